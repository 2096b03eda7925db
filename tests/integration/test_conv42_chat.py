"""The conversation's open confusions of newcomer walk 2026-12-04ai (AI3–AI5) and walk41:
a bare day and time already past asked a title for it (AI3); after an empty follow-up
week a bare «запиши меня» or number still meant the list before it (AI4); «весь день»
on an open timed card was «не понял» (AI5); «а через неделю?» after «что на следующей
неделе для 9Б?» listed the whole school (only the asker's own class was carried). Real
planner, real SQLite store, real templates, frozen clock (Tuesday 1 December 2026);
sentences our own."""

from __future__ import annotations

from datetime import date

import pytest

from tests import chat_world
from tests.chat_world import NOW, ZONE, ChatWorld, said

world = chat_world.partner_world


student = chat_world.plan_student
teacher = chat_world.plan_teacher


# --- AI3: a bare day and time already past --------------------------------------------


async def test_a_bare_past_day_and_time_says_it_has_passed_before_any_title(
    world: ChatWorld,
) -> None:
    """«20.11.2026 (12:40)» alone on 1 December: the reply says the day has passed and asks
    for another day (or the whole event) — never «Как назвать мероприятие на 20 ноября?»
    for a day the next message drops as stale. The day answered, the title is asked for
    the new day at the time written."""
    templates, answer = await said(world, "20.11.2026 (12:40)")
    assert templates == ["ask_date"], answer
    assert "20 ноября (пт), 12:40 уже прошло." in answer, answer
    assert "Как назвать" not in answer, answer
    assert "«»" not in answer, answer
    assert "На какой день назначить мероприятие?" in answer, answer
    assert "название, день и время" in answer, answer
    templates, answer = await said(world, "9 декабря")
    assert templates == ["ask_title"], answer
    assert "Как назвать мероприятие на 9 декабря (ср), 12:40?" in answer, answer


async def test_a_whole_event_after_a_bare_past_day_is_shown_on_its_card(
    world: ChatWorld,
) -> None:
    templates, _ = await said(world, "20.11.2026 (12:40)")
    assert templates == ["ask_date"]
    templates, answer = await said(
        world, "Лекция о роботах 9 декабря с 15:00 до 16:00, 9 классы, ауд. 204"
    )
    assert "event_card" in templates, answer
    assert "📌 Лекция о роботах" in answer, answer


async def test_a_bare_day_of_a_past_month_asks_its_year_before_a_title(world: ChatWorld) -> None:
    """«20 ноября в 12:40» on 1 December: is it next year's 20 November? Asked first — the
    answer «9 декабря» was taken as the title «9 декабря» before."""
    templates, answer = await said(world, "20 ноября в 12:40")
    assert templates == ["ask_date"], answer
    assert "имеется в виду 20 ноября 2027 года" in answer, answer
    assert "«»" not in answer, answer
    assert "Как назвать" not in answer, answer
    templates, answer = await said(world, "9 декабря")
    assert templates == ["ask_title"], answer
    assert "Как назвать мероприятие на 9 декабря (ср), 12:40?" in answer, answer


async def test_a_bare_day_to_come_still_asks_its_title_first(world: ChatWorld) -> None:
    templates, answer = await said(world, "20 декабря в 12:40")
    assert templates == ["ask_title"], answer
    assert "Как назвать мероприятие на 20 декабря (вс), 12:40?" in answer, answer


# --- AI4: nothing to pick after an empty answer ---------------------------------------


async def _empty_week_after_a_list(student: ChatWorld) -> None:
    """Next week's two 9Б events listed, №2 signed up for, then the week after: empty."""
    templates, answer = await said(student, "что на следующей неделе?")
    assert templates == ["events_list"], answer
    templates, answer = await said(student, "записаться 2")
    assert templates[0] == "signed_up", answer
    templates, answer = await said(student, "а через неделю?")
    assert templates == ["no_events"], answer
    assert "На 14–20 декабря для 9Б мероприятий нет." in answer, answer
    assert "Ближайшее" not in answer, answer


async def test_sign_me_up_after_an_empty_week_says_there_is_nothing_to_pick(
    student: ChatWorld,
) -> None:
    """Before: «Вы уже записаны на «Экскурсия в музей янтаря»» — the earlier list's pick."""
    await _empty_week_after_a_list(student)
    templates, answer = await said(student, "запиши меня")
    assert templates == ["empty_answer_pick"], answer
    assert "Экскурсия" not in answer, answer
    # the class the empty answer was for is named too (newcomer walk 2026-12-04aj, AJ9)
    assert "На 14–20 декабря для 9Б мероприятий нет — в последнем ответе выбирать не из чего." in (
        answer
    )
    assert "«что в декабре?»" in answer, answer
    assert "«записаться 1»" in answer, answer  # the earlier list, by its number


@pytest.mark.parametrize("number", ["5", "2", "второе"])
async def test_a_bare_number_after_an_empty_week_says_there_is_nothing_to_pick(
    student: ChatWorld, number: str
) -> None:
    """Before: «В списке нет №5: там 2 строки. Напишите номер из последнего списка.» (and
    «2» showed the earlier list's №2), about a list no longer the last one."""
    await _empty_week_after_a_list(student)
    templates, answer = await said(student, number)
    assert templates == ["empty_answer_pick"], answer
    assert "там 2 строки" not in answer, answer
    assert "Экскурсия" not in answer, answer
    assert "в последнем ответе выбирать не из чего" in answer, answer
    example = "1" if number == "5" else "2"  # the number typed, when the earlier list has it
    assert f"«записаться {example}»" in answer, answer


async def test_nothing_to_pick_holds_while_nothing_else_is_shown(student: ChatWorld) -> None:
    """«запиши меня», then «5»: both are told the last answer had nothing (the walk's pair)."""
    await _empty_week_after_a_list(student)
    templates, _ = await said(student, "запиши меня")
    assert templates == ["empty_answer_pick"]
    templates, answer = await said(student, "5")
    assert templates == ["empty_answer_pick"], answer


async def test_a_number_after_a_list_shown_since_picks_from_it(student: ChatWorld) -> None:
    await _empty_week_after_a_list(student)
    templates, _ = await said(student, "что на следующей неделе?")
    assert templates == ["events_list"]
    templates, answer = await said(student, "1")
    assert templates == ["list_pick"], answer
    assert "Лекция о космосе" in answer, answer


async def test_an_explicit_sign_up_number_after_an_empty_week_keeps_the_earlier_list(
    student: ChatWorld,
) -> None:
    """Guard (finding 11 of the 2026-12-01 walk): «записаться 1» names a list by its
    number, and the only numbered list is the earlier one."""
    await _empty_week_after_a_list(student)
    templates, answer = await said(student, "записаться 1")
    assert templates[0] == "signed_up", answer
    assert "Лекция о космосе" in answer, answer


async def test_a_teachers_number_after_an_empty_week_says_there_is_nothing_to_pick(
    teacher: ChatWorld,
) -> None:
    await said(teacher, "что на следующей неделе?")
    templates, answer = await said(teacher, "что 21 декабря?")
    assert templates == ["no_events"], answer
    templates, answer = await said(teacher, "3")
    assert templates == ["empty_answer_pick"], answer
    assert "«записаться" not in answer, answer


# --- the class named in the question, carried to the follow-up -------------------------


async def test_the_week_after_a_named_classes_week_is_that_classes(teacher: ChatWorld) -> None:
    """Before: «а через неделю?» listed 10А's concert — the whole school's week."""
    templates, answer = await said(teacher, "что на следующей неделе для 9Б?")
    assert templates == ["events_list"], answer
    assert "Репетиция хора" not in answer, answer
    templates, answer = await said(teacher, "а через неделю?")
    assert templates == ["no_events"], answer
    assert "На 14–20 декабря для 9Б мероприятий нет." in answer, answer
    assert "Концерт хора" not in answer, answer


async def test_a_weekday_follow_up_of_a_named_classes_week_is_that_classes(
    teacher: ChatWorld,
) -> None:
    await said(teacher, "что на следующей неделе для 9Б?")
    templates, answer = await said(teacher, "а в среду?")
    assert templates == ["events_list"], answer
    assert "Лекция о космосе" in answer, answer
    assert "Репетиция хора" not in answer, answer


async def test_a_follow_up_naming_its_own_class_is_for_that_class(teacher: ChatWorld) -> None:
    await said(teacher, "что на следующей неделе для 9Б?")
    templates, answer = await said(teacher, "а в среду для 10А?")
    assert templates == ["events_list"], answer
    assert "Репетиция хора" in answer, answer
    assert "Лекция о космосе" not in answer, answer


async def test_a_new_question_with_no_class_is_the_whole_schools(teacher: ChatWorld) -> None:
    """Only a follow-up carries the class: a question of its own asks about everyone."""
    await said(teacher, "что на следующей неделе для 9Б?")
    templates, answer = await said(teacher, "что 16 декабря?")
    assert templates == ["events_list"], answer
    assert "Концерт хора" in answer, answer


# --- AI5: «весь день» on an open card with a time --------------------------------------

CARD = "Турнир по шахматам 5 декабря в 15:00, 9А, актовый зал"


@pytest.mark.parametrize(
    "all_day",
    [
        "весь день",
        "на весь день",
        "целый день",
        "в течение дня",
        "нет, весь день",
        "время: весь день",
    ],
)
async def test_all_day_on_a_timed_card_makes_it_all_day(world: ChatWorld, all_day: str) -> None:
    """Before: «Извините, не понял — карточка не изменилась»."""
    templates, card = await said(world, CARD)
    assert templates == ["event_card"], card
    assert "🗓 5 декабря (сб), 15:00" in card, card
    templates, answer = await said(world, all_day)
    assert templates == ["event_card"], answer
    assert "🗓 5 декабря (сб), весь день" in answer, answer
    assert "15:00" not in answer, answer
    assert "Окончание не указано" not in answer, answer
    templates, answer = await said(world, "да")
    assert templates[0] == "saved", answer
    [event] = await world.store.events_between(NOW, None)
    assert event.all_day, event
    assert event.start.astimezone(ZONE).date() == date(2026, 12, 5), event


async def test_a_name_typed_at_the_day_question_of_a_bare_past_day_is_its_title(
    world: ChatWorld,
) -> None:
    """The day was asked before the name: a name typed there is the title the skipped
    question would have taken, and the day is asked again, for that event. Before the day
    question came first, such a text was «Не понял дату»."""
    templates, _ = await said(world, "20.11.2026 (12:40)")
    assert templates == ["ask_date"]
    templates, answer = await said(world, "Лекция о роботах")
    assert templates == ["ask_date"], answer
    assert "На какой день назначить «Лекция о роботах»?" in answer, answer
    templates, answer = await said(world, "9 декабря")
    assert templates == ["ask_audience"], answer
    assert "Лекция о роботах" in answer, answer


async def test_a_title_beside_all_day_leaves_the_card_as_it_is(world: ChatWorld) -> None:
    """Guard: «Олимпиада весь день» says more than the whole day; the card is not changed."""
    await said(world, CARD)
    templates, answer = await said(world, "Олимпиада весь день")
    assert templates == ["card_unchanged"], answer
    assert "5 декабря (сб), 15:00" in answer, answer
