"""Two plan tables on one sheet, the second in another column order (newcomer walk
2026-12-01f, #12): its header and rows were read with the first table's columns and all
reported as errors («не понял дату («Название»)», «нет названия»)."""

from __future__ import annotations

from bot.core.planner import Planner
from bot.plan_files import import_plan_file
from bot.render import Renderer
from tests import plan_file_world
from tests.plan_file_world import CURATOR, NOW, TZ
from tests.plan_makers import xlsx

SHEET = [
    ["План мероприятий с КГТУ"],
    ["Дата", "Время", "Название", "Классы"],
    ["15.12.2026", "15:00", "Лекция о мостах", "9Б"],
    ["16.12.2026", "11:00", "Экскурсия в порт", "8А"],
    [],
    ["План мероприятий с музеем"],
    ["Название", "Классы", "Дата", "Время"],
    ["Урок в музее", "7А", "17.12.2026", "10:00"],
    ["Квест по залам", "6Б", "18.12.2026", "12:30"],
]


store = plan_file_world.store
planner = plan_file_world.planner


async def test_a_second_table_in_another_column_order_is_read_with_its_own_header(
    planner: Planner,
) -> None:
    [*_, summary] = await import_plan_file(planner, CURATOR, "plan.xlsx", xlsx({"План": SHEET}))
    text = Renderer().render(summary.template, summary.context)
    assert summary.template == "import_summary", text
    titles = [item["event"]["title"] for item in summary.context["items"]]
    assert titles == ["Лекция о мостах", "Экскурсия в порт", "Урок в музее", "Квест по залам"]
    assert "не понял дату" not in text, text
    assert "нет названия" not in text, text
    [saved, *_] = await planner.handle(CURATOR, "да")
    assert saved.template == "saved"
    stored = {
        e.title: (e.start.astimezone(TZ).strftime("%d.%m %H:%M"), sorted(e.audience.classes))
        for e in await planner.store.events_between(NOW, None)
    }
    assert stored["Урок в музее"] == ("17.12 10:00", ["7А"])
    assert stored["Квест по залам"] == ("18.12 12:30", ["6Б"])
