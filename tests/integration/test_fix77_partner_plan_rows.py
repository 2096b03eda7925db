"""fix77: a plan row whose date cell says the day is in a partner's plan («по плану
партнёра», «по графику БФУ») is held with a reason of its own — ask the partner for the day
— not the generic «указан только месяц или срок»; a month beside it («по графику БФУ в
декабре») does not make it a run through the month (files75's month rows); once its day is
written («исправь N: …») it is saved. The real import path, planner and store, the clock
frozen at 1 December 2026 (tests.plan_file_world)."""

from __future__ import annotations

from datetime import timedelta

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.integration.test_files75_month_rows import ROWS as MONTH_ROWS
from tests.plan_file_world import NOW, TZ, send
from tests.plan_makers import xlsx

store = plan_file_world.store
planner = plan_file_world.planner
CURATOR = plan_file_world.CURATOR
rendered = plan_file_world.rendered

ROWS = [
    *MONTH_ROWS[:3],  # files75's title, header and «ДЕКАБРЬ» section rows
    [1, "Конкурс чтецов", "15.12.2026 14:00", "5", "актовый зал"],
    [2, "Экскурсия в музей янтаря", "по плану партнёра", "7", None],
    [3, "Профпроба «Инженер»", "по графику БФУ в декабре", "9-11", "БФУ"],
    [4, "Месячник безопасности", "в течение месяца", "1-11", "школа"],
    [5, "Родительский лекторий", "по согласованию", "1-11", "школа"],
]
MERGED = {"План": ["A1:E1", "A3:E3"]}
PARTNERS = "дата — по плану партнёра, числа в файле нет: узнайте день у партнёра"


async def test_rows_in_a_partners_plan_are_held_with_their_own_reason(
    store: SqliteStore, planner: Planner
) -> None:
    card = await send(planner, "plan.xlsx", xlsx({"План": ROWS}, MERGED))
    lines = {line.split(":")[0]: line for line in card.splitlines() if "строка" in line}
    assert PARTNERS in lines["• строка 5"], card
    assert "«исправь 5: ДД.ММ»" in lines["• строка 5"], card
    assert PARTNERS in lines["• строка 6"], card  # its month did not make it a run
    assert "Месячник безопасности — декабрь" in card, card  # files75's month row: a run
    assert PARTNERS not in lines["• строка 8"], card  # «по согласованию»: as before
    assert "указан только месяц или срок" in lines["• строка 8"], card


async def test_a_partners_plan_row_given_its_day_is_saved(
    store: SqliteStore, planner: Planner
) -> None:
    await send(planner, "plan.xlsx", xlsx({"План": ROWS}, MERGED))
    fixed = rendered(await planner.handle(CURATOR, "исправь 5: 17.12 в 11:00"))
    assert "Экскурсия в музей янтаря" in fixed, fixed
    saved = rendered(await planner.handle(CURATOR, "да"))
    assert "Сохранено ✅" in saved, saved
    events = {e.title: e for e in await store.events_between(NOW - timedelta(days=1), None)}
    trip = events["Экскурсия в музей янтаря"]
    assert trip.start.astimezone(TZ).strftime("%d.%m.%Y %H:%M") == "17.12.2026 11:00"
    assert "Профпроба «Инженер»" not in events  # still waits for its day


PARTNER = 30
LINKED_ROWS = [
    ["№", "Мероприятие", "Сроки", "Классы", "Организатор"],
    [1, "Экскурсия в музей янтаря", "по плану партнёра", "7", "Музей янтаря"],
    [2, "Мастер-класс «Янтарная мозаика»", "по плану партнёра", "6", "Музей янтаря"],
]


async def test_a_row_in_a_known_partners_plan_takes_the_partners_event_day(
    store: SqliteStore, planner: Planner
) -> None:
    """The partner already put the excursion in the plan (17 December, 11:00): the school's
    row «по плану партнёра» for it is that event — not held for a day the partner gave;
    a row the partner's plan has no event for is still held with its reason."""
    museum = await store.create_organisation("Музей янтаря", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Мария", museum.id)
    await planner.handle(PARTNER, "Экскурсия в музей янтаря 17 декабря в 11:00, 7 классы")
    assert "Сохранено ✅" in rendered(await planner.handle(PARTNER, "да"))
    card = await send(planner, "plan.xlsx", xlsx({"План": LINKED_ROWS}))
    lines = {line.split(":")[0]: line for line in card.splitlines() if "строка" in line}
    assert PARTNERS not in lines["• строка 2"], card
    assert "17 декабря" in lines["• строка 2"], card
    assert PARTNERS in lines["• строка 3"], card
    await planner.handle(CURATOR, "да")
    events = await store.events_between(NOW - timedelta(days=1), None)
    trips = [e for e in events if e.title == "Экскурсия в музей янтаря"]
    assert len(trips) == 1, [(card, e) for e in trips]  # the partner's event, not a second one
