"""The line-editing hint under a plan's summary: a plan of one line is not offered «убери N» /
«сохрани без N» (removing its only line leaves nothing to save; newcomer walk 2026-12-01d,
finding 14), a plan of two lines still is. Through the planner with a real CSV file."""

from __future__ import annotations

from bot.core.planner import Planner
from bot.plan_files import import_plan_file
from bot.render import Renderer
from tests.integration.test_plan_files_what_it_is import CSV_TEXT, CURATOR
from tests.integration.test_plan_files_what_it_is import env as env  # the fixture


async def _summary(planner: Planner, text: str) -> str:
    [summary] = await import_plan_file(planner, CURATOR, "plan.csv", text.encode())
    assert summary.template == "import_summary", summary.template
    return Renderer().render(summary.template, summary.context)


async def test_one_line_gets_only_the_fix_hint(env: tuple) -> None:
    _, planner = env
    one_row = "\n".join(CSV_TEXT.splitlines()[:2]) + "\n"
    text = await _summary(planner, one_row)
    assert "Лекция о мостах" in text
    assert "исправь" in text, text
    assert "убери" not in text, text
    assert "сохрани без" not in text, text


async def test_two_lines_keep_the_remove_hints(env: tuple) -> None:
    _, planner = env
    text = await _summary(planner, CSV_TEXT)
    assert "убери" in text, text
    assert "сохрани без" in text, text
