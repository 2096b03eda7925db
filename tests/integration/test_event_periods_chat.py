"""An event written with only a period («Лекция в следующей четверти», «Экскурсия на
следующей неделе», «Турнир в каникулы») is kept as a draft and its day is asked within that
period, the period named with its dates; a day outside it is refused with the reason, then
the usual questions, the card and «да» save it (adversarial walk h#13: the whole message
was answered «не понял»). Real planner, real SQLite store, real templates, frozen clock
(Tue 1 Dec 2026 10:00, Kaliningrad)."""

from __future__ import annotations

from datetime import date, datetime

from bot.core.school_calendar import SchoolCalendar, next_vacations
from bot.render import Renderer
from tests import chat_world
from tests.chat_world import NOW, ZONE, ChatWorld

world = chat_world.partner_world

TERMS = SchoolCalendar().year_of(date(2026, 9, 1)).terms
NEXT_TERM = next(t for t in TERMS if t.start > NOW.date())


async def _said(world: ChatWorld, text: str) -> tuple[str, str]:
    replies = await world.say(text)
    return replies[0].template, "\n".join(world.text(r) for r in replies)


def _day(day: date) -> str:
    """A day as the replies write it: «12 января»."""
    return Renderer().date_ru(day, weekday=False)


async def test_a_term_only_event_is_asked_its_day_and_saved(world: ChatWorld) -> None:
    template, shown = await _said(world, "Лекция о космосе в следущей четверти, 9 классы")
    assert template == "ask_date", shown
    assert f"с {_day(NEXT_TERM.start)} по {_day(NEXT_TERM.end)}" in shown, shown
    assert f"{NEXT_TERM.number}-я четверть" in shown, shown
    assert "не понял" not in shown.lower(), shown
    outside = NEXT_TERM.end.replace(day=1).replace(month=NEXT_TERM.end.month % 12 + 1)
    template, shown = await _said(world, _day(outside))
    assert template == "ask_date", shown  # refused, with the reason and the period again
    assert f"с {_day(NEXT_TERM.start)} по {_day(NEXT_TERM.end)}" in shown, shown
    assert "не в" in shown or "вне" in shown, shown
    template, shown = await _said(world, "15 января")
    assert template == "ask_time", shown
    template, shown = await _said(world, "в 15:00")
    assert template == "event_card", shown
    assert "Лекция о космосе" in shown, shown
    assert "15 января" in shown, shown
    template, shown = await _said(world, "да")
    assert template == "saved", shown
    [event] = await world.store.events_between(NOW, None)
    assert event.title == "Лекция о космосе"
    assert event.start == datetime(2027, 1, 15, 15, 0, tzinfo=ZONE)


async def test_a_weekday_answer_is_the_one_of_the_named_week(world: ChatWorld) -> None:
    template, shown = await _said(world, "Экскурсия в планетарий на следующей неделе, 7А")
    assert template == "ask_date", shown
    assert "с 7 декабря по 13 декабря" in shown, shown
    template, shown = await _said(world, "когда-нибудь")  # no day: asked again, period named
    assert template == "ask_date_again", shown
    assert "с 7 декабря по 13 декабря" in shown, shown
    template, shown = await _said(world, "в четверг")
    assert template == "ask_time", shown
    await _said(world, "в 11:00")
    template, shown = await _said(world, "да")
    assert template == "saved", shown
    [event] = await world.store.events_between(NOW, None)
    assert event.start == datetime(2026, 12, 10, 11, 0, tzinfo=ZONE)


async def test_the_vacation_is_named_and_yes_keeps_a_day_outside(world: ChatWorld) -> None:
    vacation = next_vacations(NOW.date(), SchoolCalendar(), count=1)[0]
    template, shown = await _said(world, "Турнир по шахматам в каникулы, 5-7 классы")
    assert template == "ask_date", shown
    assert f"с {_day(vacation.start)} по {_day(vacation.end)}" in shown, shown
    assert "каникулы" in shown.lower(), shown
    template, shown = await _said(world, "20 января")
    assert template == "ask_date", shown
    assert "«да»" in shown, shown  # the writer may keep that day after all
    template, shown = await _said(world, "да")
    assert template == "ask_time", shown
    await _said(world, "в 12:00")
    template, shown = await _said(world, "да")
    assert template == "saved", shown
    [event] = await world.store.events_between(NOW, None)
    assert event.start == datetime(2027, 1, 20, 12, 0, tzinfo=ZONE)


async def test_no_to_a_day_outside_the_period_asks_the_day_again(world: ChatWorld) -> None:
    """Walk 2026-12-01l, #9: «нет» to «… это не в декабре. Если всё же 15 января — ответьте
    «да»» deleted the whole draft; it means «not that day»: the day is asked again, within the
    period, and the time written first is kept."""
    template, shown = await _said(world, "Концерт хора в декабре в 17:00, 6 классы")
    assert template == "ask_date", shown
    template, shown = await _said(world, "12 января")
    assert "«да»" in shown, shown
    template, shown = await _said(world, "нет")
    assert template == "ask_date", shown
    assert "Декабрь — с 1 декабря по 31 декабря" in shown, shown
    template, shown = await _said(world, "22 декабря")
    assert template == "event_card", shown
    assert "22 декабря (вт), 17:00" in shown, shown


async def test_no_to_the_guessed_year_asks_the_day_again(world: ChatWorld) -> None:
    """«нет» to «…имеется в виду 20 ноября 2027 года?» means another day, as the question
    says («Если нет — на какой день …?»): the draft stays and the day is asked again."""
    template, shown = await _said(world, "Лекция о профессиях 20 ноября в 15:00, 9 классы")
    assert "2027" in shown, shown
    template, shown = await _said(world, "нет")
    assert template == "ask_date_year_no", shown  # «Тогда на какой день …?»
    template, shown = await _said(world, "18 декабря")
    assert template == "event_card", shown
    assert "18 декабря (пт), 15:00" in shown, shown
