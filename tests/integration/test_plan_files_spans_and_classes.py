"""Plan-file rows read as the chat reads the same text (newcomer walk 2026-12-01e, findings 1
and 2): a span of days with a time («с 21 по 23 декабря» + «15:00-17:00», in two cells or
one) is a meeting every day of the span, never one day with the rest dropped nor an all-day
event with its time lost; class cells «9а,б» and «1-4, 5-е» are 9А, 9Б and grades 1–5, and
the summary shows each line's audience before saving. Files built with openpyxl and
python-docx, sent through the real import path into a real SQLite store; real templates;
frozen clock."""

from __future__ import annotations

from bot.core.models import Audience
from bot.core.planner import Planner
from bot.plan_files import import_plan_file
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import CURATOR, NOW, TZ
from tests.plan_file_world import rendered as text
from tests.plan_makers import docx, xlsx

HEADER = ["Дата", "Время", "Название", "Классы"]

store = plan_file_world.store
planner = plan_file_world.planner


async def meetings(store: SqliteStore) -> dict[str, list[str]]:
    """Title -> its stored meetings as «21.12 15:00–17:00» (all-day: «21.12 весь день»)."""
    found: dict[str, list[str]] = {}
    for e in await store.events_between(NOW, None):
        start, end = e.start.astimezone(TZ), e.end.astimezone(TZ)
        shown = "весь день" if e.all_day else f"{start:%H:%M}–{end:%H:%M}"
        found.setdefault(e.title, []).append(f"{start:%d.%m} {shown}")
    return {title: sorted(days) for title, days in found.items()}


async def test_a_span_of_days_with_a_time_is_a_meeting_every_day_as_in_the_chat(
    store: SqliteStore, planner: Planner
) -> None:
    rows = [
        HEADER,
        ["с 21 по 23 декабря", "15:00-17:00", "Турнир по шахматам", "5-11"],
        ["21-23.12", "15:00", "Неделя театра", "5-11"],
        ["21.12-23.12", "с 10 до 12", "Зимняя школа", "8-9"],
        ["с 21 по 23 декабря 15:00-17:00", None, "Всё в ячейке даты", "5-11"],
    ]
    [summary] = await import_plan_file(planner, CURATOR, "plan3.xlsx", xlsx({"План": rows}))
    shown = text([summary])
    assert shown.count("всего 3 раза, по 23 декабря") == 4, shown
    [saved, *_] = await planner.handle(CURATOR, "да")
    assert saved.template == "saved", text([saved])
    days = ["21.12", "22.12", "23.12"]
    assert await meetings(store) == {
        "Турнир по шахматам": [f"{d} 15:00–17:00" for d in days],
        "Неделя театра": [f"{d} 15:00–16:00" for d in days],  # no end: an hour, as the chat
        "Зимняя школа": [f"{d} 10:00–12:00" for d in days],
        "Всё в ячейке даты": [f"{d} 15:00–17:00" for d in days],
    }
    series = {e.title: e.series_id for e in await store.events_between(NOW, None)}
    assert None not in series.values()  # each row's meetings are one series

    # the chat, given the same text, saves the same meetings
    await planner.handle(CURATOR, "Шахматы в чате с 21 по 23 декабря 15:00-17:00, 5-11 классы")
    await planner.handle(CURATOR, "да")
    assert (await meetings(store))["Шахматы в чате"] == [f"{d} 15:00–17:00" for d in days]


async def test_a_word_table_span_with_its_time_in_the_date_cell(
    store: SqliteStore, planner: Planner
) -> None:
    table = [
        ["№", "Мероприятие", "Дата проведения", "Участники"],
        ["1", "Турнир по шахматам", "с 21 по 23 декабря 15:00-17:00", "5-11 классы"],
    ]
    await import_plan_file(planner, CURATOR, "plan.docx", docx([table]))
    await planner.handle(CURATOR, "да")
    assert await meetings(store) == {
        "Турнир по шахматам": [f"{d}.12 15:00–17:00" for d in ("21", "22", "23")]
    }


async def test_class_cells_with_shared_grades_and_grade_endings_and_the_summary_shows_them(
    store: SqliteStore, planner: Planner
) -> None:
    rows = [
        HEADER,
        ["14.12", "16:00", "Классы 9а,б", "9а,б"],
        ["18.12", "15:00", "Классы 1-4, 5-е", "1-4, 5-е"],
        ["18.12", "17:00", "Классы 1–4, 5А", "1–4, 5А"],
        ["19.12", "12:00", "Класс 5-Е", "5-Е"],  # a class letter written with a hyphen
    ]
    [summary] = await import_plan_file(planner, CURATOR, "plan5.xlsx", xlsx({"План": rows}))
    shown = text([summary])
    assert "Классы 9а,б — 14 декабря (пн), 16:00, 9А, 9Б" in shown, shown
    assert "Классы 1-4, 5-е — 18 декабря (пт), 15:00, 1–5 классы" in shown, shown
    assert "Классы 1–4, 5А — 18 декабря (пт), 17:00, 1–4 классы, 5А" in shown, shown
    await planner.handle(CURATOR, "да")
    audiences = {e.title: e.audience for e in await store.events_between(NOW, None)}
    assert audiences == {
        "Классы 9а,б": Audience(classes=frozenset({"9А", "9Б"})),
        "Классы 1-4, 5-е": Audience(grades=frozenset(range(1, 6))),
        "Классы 1–4, 5А": Audience(grades=frozenset(range(1, 5)), classes=frozenset({"5А"})),
        "Класс 5-Е": Audience(classes=frozenset({"5Е"})),
    }


async def test_a_chat_message_naming_two_classes_of_one_grade(
    store: SqliteStore, planner: Planner
) -> None:
    card = text(await planner.handle(CURATOR, "Экскурсия 14 декабря в 15:00, 9а,б"))
    assert "👥 9А, 9Б" in card, card
    assert "Экскурсия,б" not in card, card
    await planner.handle(CURATOR, "да")
    [event] = await store.events_between(NOW, None)
    assert (event.title, event.audience) == ("Экскурсия", Audience(classes=frozenset({"9А", "9Б"})))


async def test_a_time_given_under_a_span_card_keeps_every_day_of_the_span(
    store: SqliteStore, planner: Planner
) -> None:
    """The same rule where a span's time is given later: «16:00» under the open card of
    «Турнир с 21 по 23 декабря» (and «исправь N: в 15:00» on a held file row, which goes
    through the same edit) gave one meeting on the 21st and dropped the 22nd and 23rd."""
    await planner.handle(CURATOR, "Турнир по шахматам с 21 по 23 декабря, 5-11 классы")
    card = text(await planner.handle(CURATOR, "16:00"))
    assert "и ещё 2 раза" in card, card
    await planner.handle(CURATOR, "да")
    assert await meetings(store) == {
        "Турнир по шахматам": [f"{d}.12 16:00–17:00" for d in ("21", "22", "23")]
    }
