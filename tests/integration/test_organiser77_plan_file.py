"""organiser77 through a plan file sent to the real planner (tests/plan_file_world.py): the
«Организатор» column meets the partners as a message does — a cell typed with a Latin
look-alike letter («KГТУ») is the Cyrillic КГТУ, not a second partner; a cell naming two
known museums («Музей») makes «да» ask which and save nothing. Rows are my own."""

from __future__ import annotations

from bot.core.models import OrgKind
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import CURATOR, planner_at, rendered, send

store = plan_file_world.store
HEADER = "Дата;Время;Название;Организатор;Аудитория;Место\n"


async def _names(store: SqliteStore) -> list[str]:
    return sorted(org.name for org in await store.list_organisations())


async def _answer_to_da(
    store: SqliteStore, partners: list[str], rows: str
) -> tuple[str, dict[str, int]]:
    """`partners` known, CURATOR sends a CSV plan of `rows` (after HEADER) and says «да»:
    the answer's text and each saved event's organisation id by title."""
    for name in partners:
        await store.create_organisation(name, OrgKind.PARTNER)
    planner = planner_at(store)
    await send(planner, "plan.csv", (HEADER + rows).encode())
    answer = rendered(await planner.handle(CURATOR, "да"))
    events = await store.events_between(planner.clock.now(), None)
    return answer, {e.title: e.organisation_id for e in events}


async def test_a_look_alike_cell_is_the_known_partner(store: SqliteStore) -> None:
    """Was: «да» added a partner «KГТУ» (a Latin K) beside КГТУ and «MЧС» beside МЧС."""
    saved, owners = await _answer_to_da(
        store,
        ["КГТУ", "МЧС"],
        "15.12.2026;15:00–16:00;Лекция о флоте;KГТУ;9 классы;ауд. 1\n"
        "16.12.2026;10:00–11:00;Учения;MЧС;8 классы;школьный двор\n",
    )
    assert "Сохранено" in saved, saved
    assert await _names(store) == ["КГТУ", "МЧС", "Школа"]
    ids = {org.name: org.id for org in await store.list_organisations()}
    assert owners == {"Лекция о флоте": ids["КГТУ"], "Учения": ids["МЧС"]}, owners


async def test_a_cell_naming_two_museums_asks_which(store: SqliteStore) -> None:
    """Was: «да» added a third partner «Музей» and gave it the excursion."""
    answer, owners = await _answer_to_da(
        store,
        ["Музей янтаря", "Музей Мирового океана"],
        "15.12.2026;15:00–16:00;Экскурсия;Музей;9 классы;ул. Мира, 1\n"
        "16.12.2026;10:00–11:00;Лекция;Музей янтаря;8 классы;ул. Мира, 1\n",
    )
    assert "у меня несколько таких партнёров" in answer, answer
    assert "• Музей янтаря" in answer, answer
    assert "• Музей Мирового океана" in answer, answer
    assert "Сохранено" not in answer, answer
    assert owners == {}
    assert "Музей" not in await _names(store)
