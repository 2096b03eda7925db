"""The conversation's silent-wrong cases left by newcomer walk 2026-12-04ag
(tests/data/newcomer_walk_2026-12-04ag.md): a correction or a request typed at the
add / replace / keep-both question, after which «да» updated the saved event the person
was no longer looking at (AG9); «запиши меня» right after a list item was picked by its
number (asked «which?» again); a question on an open card («а накладки есть?», AG8); an
empty week answer that named no next event (AG11). Real planner, real SQLite store, real
templates, frozen clock (Tuesday 1 December 2026); sentences our own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.core.models import Role
from tests import chat_world
from tests.chat_world import NOW, ZONE, ChatWorld, said

world = chat_world.partner_world

# --- AG9: what is typed at «добавь / замени / оставь оба» -----------------------------------

SAVED = "Лекция о роботах 15 декабря в 15:00, 9А, ауд. 204"
RESENT = "Лекция о роботах 16 декабря в 15:00, 9А"  # the card offers to update the saved one
NEW = "Мастер-класс по 3D-печати в субботу в 12:00 для 9А"  # 5 December (Saturday)


async def _stored(world: ChatWorld) -> list[tuple[str, int, int]]:
    events = await world.store.events_between(NOW, NOW + timedelta(days=90))
    local = [(e.title, e.start.astimezone(ZONE)) for e in events]
    return sorted((title, at.day, at.hour) for title, at in local)


async def _asked_add_or_replace(world: ChatWorld) -> None:
    """The lecture saved, re-sent a day later (the «Обновить его?» card), then NEW sent:
    the add / replace / keep-both question is open."""
    for text, template in ((SAVED, "event_card"), ("да", "saved"), (RESENT, "event_card")):
        templates, answer = await said(world, text)
        assert templates[0] == template, (text, answer)
    assert "Обновить его?" in answer, answer
    templates, answer = await said(world, NEW)
    assert templates == ["draft_choice"], answer


@pytest.mark.parametrize(
    "correction",
    [
        "давайте лучше в воскресенье",
        "нет, лучше в воскресенье",
        "ой, не в субботу, а в воскресенье",
        "дата 6 декабря",
        "перенесите на воскресенье",
    ],
)
async def test_a_correction_at_the_add_question_changes_the_new_draft(
    world: ChatWorld, correction: str
) -> None:
    """The new event is the one just written: a correction typed at the question is about
    it, and the reply shows it changed with the question still open. Before: «Не понял, что
    исправить», the question closed, and the next «да» updated the saved lecture."""
    await _asked_add_or_replace(world)
    templates, answer = await said(world, correction)
    assert templates == ["draft_choice_corrected"], answer
    assert "6 декабря (вс), 12:00" in answer, answer
    assert "«добавь»" in answer, answer
    templates, answer = await said(world, "да")  # names no choice: nothing saved or updated
    assert "updated" not in templates, answer
    assert "saved" not in templates, answer
    assert await _stored(world) == [("Лекция о роботах", 15, 15)], answer
    templates, answer = await said(world, "оставь оба")  # the new one first, as corrected
    assert templates == ["event_card"], answer
    assert "🗓 6 декабря (вс), 12:00" in answer, answer


@pytest.mark.parametrize(
    ("correction", "shown"),
    [("нет, в 14:00", "5 декабря (сб), 14:00"), ("время 16:30", "5 декабря (сб), 16:30")],
)
async def test_a_time_correction_at_the_add_question_changes_the_new_drafts_time(
    world: ChatWorld, correction: str, shown: str
) -> None:
    """A correction frame («нет, …», «время …») makes a short time the new draft's; a bare
    «в 14:00» is still named as placed nowhere (walk aa, Z5: it may answer the earlier
    draft's question)."""
    await _asked_add_or_replace(world)
    templates, answer = await said(world, "в 14:00")
    assert templates == ["draft_choice_again"], answer
    templates, answer = await said(world, correction)
    assert templates == ["draft_choice_corrected"], answer
    assert shown in answer, answer
    await said(world, "да")
    assert await _stored(world) == [("Лекция о роботах", 15, 15)]


async def test_a_correction_at_the_add_question_about_a_new_plan_changes_nothing(
    world: ChatWorld,
) -> None:
    """Two new events: which one a correction is about cannot be told; nothing changes, the
    question stays open and «да» saves nothing."""
    await _asked_add_or_replace(world)
    await said(world, "Квест по музею 8 декабря в 14:00 для 9А")
    templates, answer = await said(world, "давайте лучше в воскресенье")
    assert templates[-1].startswith("draft_choice"), answer
    assert "Что сделать с новым планом" in answer, answer
    templates, answer = await said(world, "да")
    assert "updated" not in templates, answer
    assert "saved" not in templates, answer
    assert await _stored(world) == [("Лекция о роботах", 15, 15)]


async def test_a_move_naming_the_saved_event_at_the_add_question_shows_its_card(
    world: ChatWorld,
) -> None:
    """A move that names the saved event is that event's move card, shown: «да» moves it,
    as the card said (the question about the new event is not what «да» answers then)."""
    await _asked_add_or_replace(world)
    templates, answer = await said(world, "перенеси лекцию о роботах на 17 декабря")
    assert templates == ["change_card"], answer
    assert "Лекция о роботах" in answer, answer
    templates, answer = await said(world, "да")
    assert await _stored(world) == [("Лекция о роботах", 17, 15)], answer


@pytest.mark.parametrize("request_", ["что на этой неделе?", "мои мероприятия", "помощь"])
async def test_yes_after_a_request_at_the_add_question_changes_nothing_unseen(
    world: ChatWorld, request_: str
) -> None:
    """A request answered at the question leaves it open (and says so): the next «да»
    updates no saved event the person last saw two messages before. Before: «да» updated
    the lecture to 16 December and only then showed the new event."""
    await _asked_add_or_replace(world)
    templates, answer = await said(world, request_)
    assert "Что сделать с «Мастер-класс по 3D-печати»?" in answer, (templates, answer)
    templates, answer = await said(world, "да")
    assert "updated" not in templates, answer
    assert "saved" not in templates, answer
    assert await _stored(world) == [("Лекция о роботах", 15, 15)], answer


async def test_a_choice_after_a_request_at_the_add_question_still_works(world: ChatWorld) -> None:
    """The question kept open by a request is answered as before: «замени» goes on with the
    new event, the re-sent card dropped, the saved lecture untouched."""
    await _asked_add_or_replace(world)
    await said(world, "что на этой неделе?")
    templates, answer = await said(world, "замени")
    assert templates == ["event_card"], answer
    assert "📌 Мастер-класс по 3D-печати" in answer, answer
    await said(world, "да")
    assert await _stored(world) == [
        ("Лекция о роботах", 15, 15),
        ("Мастер-класс по 3D-печати", 5, 12),
    ]


# --- «запиши меня» right after a list item was picked --------------------------------------

# (title, day of December 2026, class): this week's two for 9Б, the week after next's one
# for 9Б, and next week's one for 10А only
PLAN = (
    ("Мастер-класс по пайке", 3, "9Б"),
    ("Лекция о космосе", 4, "9Б"),
    ("Концерт хора", 9, "10А"),
    ("Экскурсия в музей янтаря", 17, "9Б"),
)


@pytest.fixture
async def student(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    """A student of 9Б (SPEAKER) and КГТУ's PLAN, each 15:00–16:00 in каб. 21."""
    async with chat_world.school_chat(tmp_path, Role.STUDENT, PLAN, "9Б") as opened:
        yield opened


@pytest.mark.parametrize("sign_me_up", ["запиши меня", "записаться", "запишите меня"])
async def test_sign_me_up_after_picking_a_list_number_signs_up_for_that_item(
    student: ChatWorld, sign_me_up: str
) -> None:
    """«2» names the list's №2 and says «записаться 2» works; «запиши меня» then means it.
    Before: «На какое записать? Напишите номер из списка выше (1–2)»."""
    templates, answer = await said(student, "что на этой неделе?")
    assert templates == ["events_list"], answer
    templates, answer = await said(student, "2")
    assert templates == ["list_pick"], answer
    assert "Лекция о космосе" in answer, answer
    templates, answer = await said(student, sign_me_up)
    assert templates[0] == "signed_up", answer
    assert "Лекция о космосе" in answer, answer
    _, mine = await said(student, "мои мероприятия")
    assert "Лекция о космосе" in mine, mine
    assert "пайке" not in mine, mine


async def test_sign_me_up_after_a_list_with_nothing_picked_still_asks_which(
    student: ChatWorld,
) -> None:
    await said(student, "что на этой неделе?")
    templates, answer = await said(student, "запиши меня")
    assert templates == ["signup_which_number"], answer


async def test_a_list_shown_after_the_pick_is_asked_about_again(student: ChatWorld) -> None:
    """The pick is of the list it was made on: a new list shown since makes «запиши меня»
    ask which of the new list, never sign up for the earlier pick."""
    await said(student, "что на этой неделе?")
    await said(student, "2")
    await said(student, "что на этой неделе?")
    templates, answer = await said(student, "запиши меня")
    assert templates == ["signup_which_number"], answer


# --- AG8: a question on an open card ----------------------------------------------------

CARD = "Экскурсия в ботанический сад 12 декабря в 15:00 для 6Б, актовый зал"


@pytest.mark.parametrize("question", ["а накладки есть?", "накладок нет?", "а пересечения есть?"])
async def test_asking_about_clashes_on_a_card_answers_from_it(
    world: ChatWorld, question: str
) -> None:
    await said(world, CARD)
    templates, answer = await said(world, question)
    assert templates == ["card_unchanged"], answer
    assert "не понял" not in answer.casefold(), answer
    assert "Накладок нет" in answer, answer
    await said(world, "да")
    assert await _stored(world) == [("Экскурсия в ботанический сад", 12, 15)]


async def test_asking_about_clashes_on_a_clashing_card_names_them(world: ChatWorld) -> None:
    for text in ("Лекция о растениях 12 декабря в 15:30 для 6Б, ауд. 5", "да", CARD):
        await said(world, text)
    templates, answer = await said(world, "а накладки есть?")
    assert templates == ["card_unchanged"], answer
    assert "не понял" not in answer.casefold(), answer
    assert "Лекция о растениях" in answer, answer
    assert "Накладок нет" not in answer, answer


@pytest.mark.parametrize("question", ["а можно без классов?", "а для каких классов?"])
async def test_asking_about_classes_on_a_card_answers_from_it(
    world: ChatWorld, question: str
) -> None:
    await said(world, CARD)
    templates, answer = await said(world, question)
    assert templates == ["card_unchanged"], answer
    assert "не понял" not in answer.casefold(), answer
    assert "6Б" in answer, answer
    await said(world, "да")  # the card unchanged: saved for 6Б
    [event] = await world.store.events_between(NOW, None)
    assert event.audience.classes == {"6Б"}, event.audience


async def test_the_classes_answers_way_to_the_whole_school_works(world: ChatWorld) -> None:
    """The answer's «все классы» («для всей школы») changes the card as it says."""
    await said(world, CARD)
    _, answer = await said(world, "а можно без классов?")
    assert "«все классы» — для всей школы" in answer, answer
    templates, card = await said(world, "все классы")
    assert templates == ["event_card"], card
    assert "👥 все классы" in card, card


# --- AG11: an empty week names the next event -------------------------------------------


async def test_an_empty_week_names_the_classes_next_event(student: ChatWorld) -> None:
    """Nothing for 9Б on 7–13 December (10А's concert is not 9Б's): the answer names 9Б's
    next event, the excursion on the 17th. Before: «мероприятий нет.» and nothing more."""
    templates, answer = await said(student, "что на следующей неделе?")
    assert templates == ["no_events"], answer
    assert "На 7–13 декабря для 9Б мероприятий нет." in answer, answer
    assert "Ближайшее — «Экскурсия в музей янтаря», 17 декабря (чт), 15:00" in answer, answer
    assert "Концерт хора" not in answer, answer


async def test_an_empty_week_with_nothing_after_it_names_nothing(student: ChatWorld) -> None:
    templates, answer = await said(student, "что на неделе 21 декабря?")
    assert templates == ["no_events"], answer
    assert "Ближайшее" not in answer, answer


# --- walk40 AH1: «запиши меня» after an empty week's «Ближайшее — …» ----------------------


@pytest.mark.parametrize("first", [None, "что на этой неделе?"])
async def test_sign_me_up_after_an_empty_week_means_the_next_event_named(
    student: ChatWorld, first: str | None
) -> None:
    """The empty week's answer names 9Б's next event; a bare «запиши меня» then means it,
    whether or not a list was shown earlier. Before (newcomer walk 2026-12-04ah, AH1): with
    no list «Такого мероприятия в плане нет — возможно, кнопка из старого сообщения»
    (the event is in the plan), after this week's list «На какое записать? … (1–2)» about
    the list the person no longer looks at."""
    if first is not None:
        templates, answer = await said(student, first)
        assert templates == ["events_list"], answer
    templates, answer = await said(student, "что на следующей неделе?")
    assert templates == ["no_events"], answer
    assert "Ближайшее — «Экскурсия в музей янтаря»" in answer, answer
    templates, answer = await said(student, "запиши меня")
    assert templates[0] == "signed_up", answer
    assert "Экскурсия в музей янтаря" in answer, answer
    _, mine = await said(student, "мои мероприятия")
    assert "Экскурсия в музей янтаря" in mine, mine
    assert "пайке" not in mine, mine
    assert "космосе" not in mine, mine


async def test_a_list_number_after_an_empty_week_still_means_the_earlier_list(
    student: ChatWorld,
) -> None:
    """An empty answer keeps the last list: «записаться 2» is still its №2."""
    await said(student, "что на этой неделе?")
    await said(student, "что на следующей неделе?")
    templates, answer = await said(student, "записаться 2")
    assert templates[0] == "signed_up", answer
    assert "Лекция о космосе" in answer, answer
