"""review47's findings 5 and 8 on chat47's merged changes, and more yes/no and past-tense
questions a teacher or student types. Real planner, real SQLite store, real templates,
frozen clock (Tuesday 1 December 2026); sentences our own."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

student = chat_world.plan_student
class_teacher = chat_world.class_teacher


# --- review47 #5: an abbreviation's dot inside one yes/no question ends no sentence ---------


@pytest.mark.parametrize(
    ("question", "template", "shown"),
    [
        (
            "Будет ли в 18:00 родительское собрание 9Б 10 декабря в каб. 21?",
            "no_events",
            "10 декабря",
        ),
        ("будет ли лекция 9 декабря в 15:00 в ауд. 21?", "events_list", "Лекция о космосе"),
        ("Будет ли экскурсия в музей им. Канта 10 декабря в 15:00?", "events_list", "10 декабря"),
        ("будет ли репетиция хора у 10А 9 декабря в 15:00 в каб.21?", "events_list", "Репетиция"),
        (
            "подскажите, будет ли в 15:00 экскурсия 10 декабря в г. Калининграде?",
            "events_list",
            "Экскурсия в музей янтаря",
        ),
    ],
)
async def test_an_abbreviation_inside_a_yes_no_question_keeps_it_a_question(
    class_teacher: ChatWorld, question: str, template: str, shown: str
) -> None:
    """Before: an event card («📌 Родительское собрание», «📌 Лекция»): `_YES_NO_ALONE`
    let only a clock's dot pass, so «каб. 21» read as a second sentence."""
    templates, answer = await said(class_teacher, question)
    assert templates == [template], (question, answer)
    assert shown in answer, answer


async def test_a_street_abbreviation_with_a_date_and_no_clock_lists_the_day(
    class_teacher: ChatWorld,
) -> None:
    """Before: «Во сколько «Ли концерт на ул. Ленина?»?» — a draft titled by its particle."""
    templates, answer = await said(class_teacher, "пройдёт ли концерт 16 декабря на ул. Ленина?")
    assert templates == ["events_list"], answer
    assert "Концерт хора" in answer, answer


async def test_a_second_sentence_after_an_abbreviation_still_announces(
    class_teacher: ChatWorld,
) -> None:
    """Guard (review46 H1): a yes/no opening followed by its event in a sentence of its own
    is an announcement, even with «каб.» in it."""
    templates, answer = await said(
        class_teacher, "Будет ли интересно? Приходите 12 декабря в 18:00 в каб. 21 на концерт!"
    )
    assert templates == ["event_card"], answer


# --- review47 #8: the plan asked about in the past tense, in other word orders ---------


@pytest.mark.parametrize(
    "question",
    [
        "были ли запланированы мероприятия на 20 мая?",
        "были ли запланированы экскурсии на 20 мая?",
        "было ли что-то запланировано на 20 мая?",
        "что планировалось на 20 мая?",
        "а что намечалось на 20 мая?",
        "планировалось ли что-то на 20 мая?",
    ],
)
async def test_a_past_plan_in_other_word_orders_is_the_day_gone(
    class_teacher: ChatWorld, question: str
) -> None:
    """Before: «На 20 мая 2027 года …» (the first five), an «Во сколько …?» draft (the
    last); «что было запланировано на 31 мая?» already read May 2026."""
    templates, answer = await said(class_teacher, question)
    assert templates == ["no_events"], (question, answer)
    assert "20 мая 2026" in answer, (question, answer)


@pytest.mark.parametrize(
    "question", ["что запланировали на 20 мая?", "что запланировано на 20 мая?"]
)
async def test_a_plan_made_is_still_the_coming_day(class_teacher: ChatWorld, question: str) -> None:
    """Guard: a perfective «запланировали» / «запланировано» says what the plan holds now."""
    _, answer = await said(class_teacher, question)
    assert "20 мая 2027" in answer, (question, answer)


# --- more yes/no questions typed -------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["будит ли лекция 9 декабря в 15:00?", "будет-ли лекция 9 декабря в 15:00?"],
)
async def test_a_misspelt_yes_no_question_is_a_question(
    class_teacher: ChatWorld, question: str
) -> None:
    """Before: an event card «📌 Лекция» 9 December 15:00."""
    templates, answer = await said(class_teacher, question)
    assert templates == ["events_list"], (question, answer)
    assert "Лекция о космосе" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "проходила ли лекция о космосе 9 декабря?",
        "состоится ли лекция 9 декабря в 15:00?",
    ],
)
async def test_other_verbs_of_taking_place_open_a_yes_no_question(
    class_teacher: ChatWorld, question: str
) -> None:
    """Before: «Во сколько «Лекция о космосе»?» / an event card: only «будет», «пройдёт»,
    «был» and «прошёл» opened a yes/no question."""
    templates, _ = await said(class_teacher, question)
    assert templates in (["events_list"], ["no_events"]), question


@pytest.mark.parametrize(
    "question",
    [
        "будет ли лекция в ср 9 декабря в 15:00 в каб 21?",
        "Будет ли в 15:00 лекция 9 декабря по адресу ул. Ленина, д. 5?",
    ],
)
async def test_a_room_without_its_dot_or_an_address_is_no_title_word(
    class_teacher: ChatWorld, question: str
) -> None:
    """Before: «… со словами «лекция», «каб» / «адрес» в названии нет»."""
    templates, answer = await said(class_teacher, question)
    assert templates == ["events_list"], (question, answer)
    assert "Лекция о космосе" in answer, answer
