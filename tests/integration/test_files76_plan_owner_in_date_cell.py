"""files76: a school plan with no «Организатор» column names the partner inside the date
cell — «по графику БФУ», «согласно плану Музея янтаря», «по расписанию «Кванториума»». When
that partner is known and its own plan holds the row's event, the row takes the partner's
day (fix77 did this only through the «Организатор» column) and is saved as the partner's
event: the plan keeps one copy. A generic «по плану партнёра» or an unknown name is still
held for its day. The real import path, planner and store (tests.plan_file_world)."""

from __future__ import annotations

from datetime import timedelta

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import NOW, send
from tests.plan_makers import docx, xlsx

store = plan_file_world.store
planner = plan_file_world.planner
CURATOR = plan_file_world.CURATOR
rendered = plan_file_world.rendered

MUSEUM_STAFF, UNIVERSITY_STAFF = 31, 32
PARTNERS = "дата — по плану партнёра, числа в файле нет: узнайте день у партнёра"
ROWS = [
    ["№", "Мероприятие", "Сроки", "Классы"],
    [1, "Экскурсия в музей янтаря", "согласно плану Музея янтаря", "7"],
    [2, "Профпроба «Инженер»", "по графику БФУ в декабре", "9"],
    [3, "Лекция о Канте", "по плану партнёра", "10"],
    [4, "Робототехника", "по расписанию «Кванториума»", "8"],
]


async def _partners_with_events(store: SqliteStore, planner: Planner) -> None:
    museum = await store.create_organisation("Музей янтаря", OrgKind.PARTNER)
    university = await store.create_organisation("БФУ", OrgKind.PARTNER)
    await store.save_person(MUSEUM_STAFF, Role.PARTNER, "Мария", museum.id)
    await store.save_person(UNIVERSITY_STAFF, Role.PARTNER, "Олег", university.id)
    for who, text in (
        (MUSEUM_STAFF, "Экскурсия в музей янтаря 17 декабря в 11:00, 7 классы"),
        (UNIVERSITY_STAFF, "Профпроба «Инженер» 18 декабря в 15:00, 9 классы"),
    ):
        await planner.handle(who, text)
        assert "Сохранено ✅" in rendered(await planner.handle(who, "да"))


def _lines(card: str) -> dict[str, str]:
    return {line.split(":")[0]: line for line in card.splitlines() if "строка" in line}


async def test_a_partner_named_in_the_date_cell_gives_its_events_day(
    store: SqliteStore, planner: Planner
) -> None:
    await _partners_with_events(store, planner)
    card = await send(planner, "plan.xlsx", xlsx({"План": ROWS}))
    lines = _lines(card)
    assert PARTNERS not in lines["• строка 2"], card
    assert "17 декабря" in lines["• строка 2"], card
    assert PARTNERS not in lines["• строка 3"], card
    assert "18 декабря" in lines["• строка 3"], card
    assert PARTNERS in lines["• строка 4"], card  # no partner named: still asked
    assert PARTNERS in lines["• строка 5"], card  # «Кванториум» is not a known partner
    await planner.handle(CURATOR, "да")
    events = await store.events_between(NOW - timedelta(days=1), None)
    titles = [e.title for e in events]
    assert titles.count("Экскурсия в музей янтаря") == 1, (card, titles)
    assert titles.count("Профпроба «Инженер»") == 1, (card, titles)
    assert "Кванториума" not in {o.name for o in await store.list_organisations()}


async def test_the_same_in_a_word_table(store: SqliteStore, planner: Planner) -> None:
    """A .docx plan (a table, as schools type them in Word) reads its date cell alike: its
    one row is the university's event already in the plan, so nothing is to be saved (before
    files76 it was held, asking for the day)."""
    await _partners_with_events(store, planner)
    rows = [[str(cell) for cell in row] for row in (ROWS[0], ROWS[2])]
    card = await send(planner, "plan.docx", docx([rows]))
    assert "уже в плане без изменений" in card, card
    assert PARTNERS not in card, card


DATED_ROWS = [
    ["№", "Мероприятие", "Дата", "Время", "Классы"],
    [1, "Лекция о космосе", "12.12 — КГТУ", "15:00", "9"],
    [2, "Мастер-класс по 3D-печати", "14.12 (БФУ)", "16:00", "8"],
    [3, "Концерт хора", "15.12, Актовый зал", "17:00", "5"],
]


async def test_a_known_partner_after_the_date_is_the_rows_organiser(
    store: SqliteStore, planner: Planner
) -> None:
    """«12.12 — КГТУ», «14.12 (БФУ)»: the date cell names the partner (the plan has no
    «Организатор» column); a known partner is the row's organiser when it is saved.
    «15.12, Актовый зал» names no partner: the school's own event, as before."""
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    university = await store.create_organisation("БФУ", OrgKind.PARTNER)
    card = await send(planner, "plan.xlsx", xlsx({"План": DATED_ROWS}))
    assert "Сохранить" in card, card
    await planner.handle(CURATOR, "да")
    events = {e.title: e for e in await store.events_between(NOW - timedelta(days=1), None)}
    assert events["Лекция о космосе"].organisation_id == kgtu.id
    assert events["Мастер-класс по 3D-печати"].organisation_id == university.id
    assert events["Концерт хора"].organisation_id not in {kgtu.id, university.id}
    assert "Актовый зал" not in {o.name for o in await store.list_organisations()}
