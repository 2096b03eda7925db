"""files75: a plan row naming a month alone («декабрь», «в течение месяца» under a «ДЕКАБРЬ»
section row) is stored as what a deputy head means — an event going on all through that
month (all day, 1st to last) — not held for a day (files74). Such a run takes none of its
students' hours nor its room (bot.core.run_ends.is_through_months): no clash with every
event of the month, no lesson or holiday warnings for each of its days, and an event added
inside it later is not told it clashes. The real import path, planner and store (SQLite, or
PostgreSQL under tests/pg_everywhere.py), the clock frozen at 1 December 2026. The file as a
deputy head makes it: a merged title row, month section rows, days typed as text."""

from __future__ import annotations

from datetime import timedelta

from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import NOW, TZ, send
from tests.plan_makers import xlsx

store = plan_file_world.store
planner = plan_file_world.planner
CURATOR = plan_file_world.CURATOR
rendered = plan_file_world.rendered

ROWS = [
    ["План воспитательной работы на 2026/2027 учебный год", None, None, None, None],
    ["№", "Мероприятие", "Сроки", "Классы", "Место"],
    ["ДЕКАБРЬ", None, None, None, None],
    [1, "Месячник безопасности", "в течение месяца", "1-11", "школа"],
    [2, "Конкурс чтецов", "15.12.2026 14:00", "5", "актовый зал"],
    [3, "Акция «Покормите птиц зимой»", "декабрь", "1-4", "актовый зал"],
    [4, "Классный час «Безопасный Новый год»", "25.12 в 15:00", "1-11", "школа"],
    ["ЯНВАРЬ", None, None, None, None],
    [5, "Кросс", "январь", "5-11", None],
]
MERGED = {"План": ["A1:E1", "A3:E3", "A8:E8"]}


async def test_month_rows_are_runs_through_their_month_with_no_clash_spam(
    store: SqliteStore, planner: Planner
) -> None:
    card = await send(planner, "plan.xlsx", xlsx({"План": ROWS}, MERGED))
    assert "5 мероприятий готовы" in card, card
    assert "⚠️" not in card, card  # no clash, neither by students nor by the hall
    assert "те же ученики" not in card, card
    assert "Учебный календарь" not in card, card  # no lessons/holidays of every day
    assert "указан только срок" not in card, card
    assert "• строка 4: Месячник безопасности — декабрь, 1–11 классы" in card, card
    assert "• строка 9: Кросс — январь, 5–11 классы" in card, card
    saved = rendered(await planner.handle(CURATOR, "да"))
    assert "Сохранено ✅ 5 мероприятий" in saved, saved
    events = {e.title: e for e in await store.events_between(NOW - timedelta(days=1), None)}
    month = events["Месячник безопасности"]
    assert month.all_day
    assert month.start.astimezone(TZ).strftime("%d.%m.%Y %H:%M") == "01.12.2026 00:00"
    assert month.end.astimezone(TZ).strftime("%d.%m.%Y %H:%M") == "01.01.2027 00:00"
    cross = events["Кросс"]
    assert (cross.start.astimezone(TZ).day, cross.end.astimezone(TZ).month) == (1, 2)
    plan = rendered(await planner.handle(CURATOR, "план на декабрь"))
    assert "1. весь декабрь Месячник безопасности" in plan, plan  # not «весь день (до …)»


async def test_an_event_added_inside_the_month_is_not_told_it_clashes(
    store: SqliteStore, planner: Planner
) -> None:
    await send(planner, "plan.xlsx", xlsx({"План": ROWS}, MERGED))
    await planner.handle(CURATOR, "да")
    card = rendered(
        await planner.handle(CURATOR, "Викторина «Зимние забавы» 17 декабря в 15:00, 3 классы")
    )
    assert "Викторина" in card, card
    assert "Месячник" not in card, card
    assert "Покормите птиц" not in card, card


async def test_the_same_month_row_sent_again_is_still_the_same_event(
    store: SqliteStore, planner: Planner
) -> None:
    """A run through the month clashes with nothing — but the same row again is still «то
    же мероприятие», never a silent double."""
    await send(planner, "plan.xlsx", xlsx({"План": ROWS}, MERGED))
    await planner.handle(CURATOR, "да")
    again = await send(planner, "plan2.xlsx", xlsx({"План": ROWS}, MERGED))
    assert "ничего нового" in again.lower() or "совпада" in again, again


async def test_a_row_for_the_whole_school_year_is_a_run_from_september_to_may(
    store: SqliteStore, planner: Planner
) -> None:
    """«в течение учебного года» (files74: held, «указан только месяц или срок»): the school
    year planned, 1 September – 31 May, saved; it clashes with nothing inside it."""
    rows = [
        ["План работы школы на 2026/2027 учебный год", None, None, None],
        ["№", "Содержание работы", "Сроки", "Участники"],
        [1, "Акция «Бумажный бум»", "в течение учебного года", "1-11"],
        [2, "Классный час «Мои права»", "15.12, 15.00", "7б"],
    ]
    card = await send(planner, "year.xlsx", xlsx({"План": rows}, {"План": ["A1:D1"]}))
    assert "Акция «Бумажный бум» — 1 сентября — 31 мая, 1–11 классы" in card, card
    assert "⚠️" not in card, card
    assert "указан только" not in card, card
    await planner.handle(CURATOR, "да")
    events = {e.title: e for e in await store.events_between(NOW, None)}
    run = events["Акция «Бумажный бум»"]
    assert run.all_day
    assert (
        run.start.astimezone(TZ).date().isoformat(),
        run.end.astimezone(TZ).date().isoformat(),
    ) == (
        "2026-09-01",
        "2027-06-01",
    )


async def test_throughout_a_term_is_a_run_a_term_alone_is_still_held(
    store: SqliteStore, planner: Planner
) -> None:
    """«в течение II четверти» in «Сроки» goes on all through the quarter: the ministry's
    2 November – 30 December is November–December (no terms set), saved as that run; «III
    четверть» alone is some day in it, held with its days as files74 did."""
    rows = [
        ["План работы на 2026/2027 учебный год", None, None, None],
        ["№", "Содержание работы", "Сроки", "Участники"],
        [1, "Операция «Забота»", "в течение II четверти", "5-11"],
        [2, "Турслёт", "III четверть", "8"],
    ]
    card = await send(planner, "terms.xlsx", xlsx({"План": rows}, {"План": ["A1:D1"]}))
    assert "• строка 3: Операция «Забота» — 1 ноября — 31 декабря, 5–11 классы" in card, card
    assert "строка 4: Турслёт — указан только срок «III четверть»" in card, card
    await planner.handle(CURATOR, "да")
    assert [t for t, _, _ in await plan_file_world.saved_events(store)] == ["Операция «Забота»"]
