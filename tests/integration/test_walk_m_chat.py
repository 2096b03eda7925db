"""Adversarial walk m (2026-12-02) in the chat: the planner over a real store, a frozen clock
(Tuesday 1 December 2026, 10:00, partner_world) and the real templates; what is saved is read
back from the store. Sentences written for these tests, not the walk's."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bot.core.models import Event, OrgKind, Role
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld, curator_world, open_world

world = chat_world.partner_world


async def _say(world: ChatWorld, text: str) -> str:
    return "\n".join(world.text(r) for r in await world.say(text))


async def _saved(world: ChatWorld) -> list[tuple[str, str, str]]:
    events: list[Event] = await world.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    return sorted(
        (
            e.start.astimezone(ZONE).strftime("%d.%m %H:%M"),
            e.title,
            ",".join(sorted(e.audience.classes)),
        )
        for e in events
    )


# --- finding 2: the hours of a phone are not the event's time ------------------------------


async def test_phone_hours_on_a_reception_line_do_not_replace_the_event_time(
    world: ChatWorld,
) -> None:
    card = await _say(
        world,
        "Здравствуйте!\n"
        "Приём заявок до 14 декабря по тел. 8-911-222-33-44 (с 9 до 17).\n"
        "Планетарий приглашает 5А на лекцию «Зимнее небо» 17 декабря в 13:00.",
    )
    assert "13:00" in card
    assert "09:00" not in card
    assert "17:00" not in card
    await _say(world, "да")
    assert [s[0] for s in await _saved(world)] == ["17.12 13:00"]


# --- finding 1: a plan's contact line and "no events" notice are no events -------------------

NOTICE_PLAN = (
    "Мероприятия центра «Кванториум»\n"
    "• 08.12 в 14:00 — квиз «Роботы», 7А\n"
    "• 15.12 в 14:00 — лекция о дронах, 8Б\n"
    "• 28.12–08.01 — новогодние каникулы, мероприятий нет\n"
    "• 12.01 в 14:00 — хакатон, 9В\n"
    "Контактное лицо: Сидоров И.П., тел. 8-4012-11-22-33, звонить после 14:00"
)


async def test_a_plans_contact_and_notice_lines_are_listed_not_saved(world: ChatWorld) -> None:
    summary = await _say(world, NOTICE_PLAN)
    assert "Не сохраню, пока не исправите" not in summary
    assert "Контактное лицо: Сидоров" in summary  # among the lines not understood
    await _say(world, "да")
    saved = await _saved(world)
    assert [s[0] for s in saved] == ["08.12 14:00", "12.01 14:00", "15.12 14:00"]


# --- finding 5: «в 24:00» ends the day; «в полночь <date>» is asked --------------------------


async def test_24_00_is_saved_as_the_next_midnight(world: ChatWorld) -> None:
    card = await _say(world, "Квиз 15 января в 24:00, 8Б")
    assert "16 января" in card or "24:00" in card
    await _say(world, "да")
    assert [s[0] for s in await _saved(world)] == ["16.01 00:00"]


async def test_midnight_of_a_named_day_is_asked_not_picked(world: ChatWorld) -> None:
    reply = await _say(world, "Квиз в полночь 15 января, 8Б")
    assert "Полночь" in reply
    assert "Сохранить?" not in reply
    await _say(world, "16 января")
    await _say(world, "да")
    assert [s[0] for s in await _saved(world)] == ["16.01 00:00"]


# --- finding 13: the end after an adverb and a post's seat limit reach the card ---------------


async def test_a_posts_estimated_end_and_group_limit_are_on_the_card(world: ChatWorld) -> None:
    card = await _say(
        world,
        "Здравствуйте! Приглашаем 8-е классы на экскурсию по цеху 23 декабря. "
        "Начало в 10:00, окончание примерно в 11:20. Адрес: ул. Заводская, 5. "
        "Группа до 18 человек.",
    )
    assert "10:00–11:20" in card
    assert "Окончание не указано" not in card
    assert "18" in next(line for line in card.split("\n") if line.startswith("🎟"))


# --- finding 6: a student's «что в субботу?» on a Saturday lists today's events ---------------


async def test_a_students_question_naming_today_lists_todays_events(tmp_path: Path) -> None:
    saturday = datetime(2026, 12, 5, 10, 0, tzinfo=ZONE)
    world = await open_world(tmp_path / "plan.db", saturday, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    try:
        await _say(world, "Экскурсия на верфь сегодня в 15:00, 10А")
        await _say(world, "да")
        await world.store.save_person(301, Role.STUDENT, "Ученик", class_name="10А")
        replies = await world.planner.handle(301, "что в субботу?")
        answer = "\n".join(world.text(r) for r in replies)
        assert "Экскурсия на верфь" in answer
        assert "5 декабря" in answer
    finally:
        await world.store.close()


# --- finding 7: a term named by an ordinal word ------------------------------------------------


async def test_a_term_named_in_words_is_answered_with_its_dates(tmp_path: Path) -> None:
    wednesday = datetime(2026, 12, 2, 10, 0, tzinfo=ZONE)
    async with curator_world(tmp_path / "plan.db", wednesday) as curator:
        by_words = await _say(curator, "план на третью четверть")
        by_digit = await _say(curator, "план на 3 четверть")
    assert "С 2 декабря" not in by_words
    assert by_words.split("\n")[0] == by_digit.split("\n")[0]


# --- finding 4: «в первый учебный день» is the next term's first day, not today ----------------


async def test_the_first_school_day_is_not_today(world: ChatWorld) -> None:
    card = await _say(world, "Концерт в первый учебный день в 13:00, 4Б")
    assert "1 декабря" not in card
    assert "11 января" in card


async def test_an_unknown_period_gets_a_polite_reply_not_a_list(tmp_path: Path) -> None:
    wednesday = datetime(2026, 12, 2, 10, 0, tzinfo=ZONE)
    async with curator_world(tmp_path / "plan.db", wednesday) as curator:
        replies = await curator.say("что на новый год")
    assert [r.template for r in replies] == ["period_not_understood"]
    assert "С 2 декабря" not in curator.text(replies[0])
