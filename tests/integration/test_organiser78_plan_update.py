"""organiser78: a corrected plan file sent again («обнови прежние», bot.core.features
.plan_updates) whose new row names an organiser fitting two known partners («Музей» with
two museums) asks which, as the plain «да» does (organiser77), and saves nothing — not
the row under the school, not a third partner. Through the real planner
(tests/plan_file_world.py); rows are my own."""

from __future__ import annotations

from bot.core.models import OrgKind
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import CURATOR, planner_at, rendered, saved_events, send

store = plan_file_world.store
HEADER = "Дата;Время;Название;Организатор;Аудитория;Место\n"
FIRST = "15.12.2026;15:00–16:00;Лекция о янтаре;Музей янтаря;8 классы;ул. Мира, 1\n"
MOVED = "15.12.2026;16:00–17:00;Лекция о янтаре;Музей янтаря;8 классы;ул. Мира, 1\n"
NEW = "17.12.2026;10:00–11:00;Экскурсия по залам;Музей;9 классы;ул. Мира, 1\n"


async def test_updating_with_a_row_naming_two_museums_asks_which(store: SqliteStore) -> None:
    for name in ("Музей янтаря", "Музей Мирового океана"):
        await store.create_organisation(name, OrgKind.PARTNER)
    planner = planner_at(store)
    await send(planner, "plan.csv", (HEADER + FIRST).encode())
    assert "Сохранено" in rendered(await planner.handle(CURATOR, "да"))
    before = await saved_events(store)
    offered = await send(planner, "plan.csv", (HEADER + MOVED + NEW).encode())
    assert "Обновить прежние" in offered, offered
    answer = rendered(await planner.handle(CURATOR, "обнови прежние"))
    assert "у меня несколько таких партнёров" in answer, answer
    assert "• Музей Мирового океана" in answer, answer
    assert "Пока не уточните, не сохраняю" in answer, answer
    assert await saved_events(store) == before  # nothing moved, nothing added
    names = sorted(org.name for org in await store.list_organisations())
    assert names == ["Музей Мирового океана", "Музей янтаря", "Школа"], names
