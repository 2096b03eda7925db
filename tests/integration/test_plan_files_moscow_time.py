"""A plan file or a pasted table whose times are «по московскому времени» / «МСК»: each row
is moved to the school's own zone (a school in Yekaterinburg adds two hours, one in
Kaliningrad takes one off, one in Moscow keeps the hour), the summary says which rows were
moved, and the hour saved is the school's. Real planner, real SQLite store, real xlsx file,
real templates, frozen clock."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.plan_files import import_plan_file, pasted_table_rows
from bot.render import Renderer
from bot.storage.sqlite_store import open_store
from tests.plan_makers import xlsx

CURATOR = 1
HEADER = ["Дата", "Время", "Окончание", "Название", "Классы"]
ROWS = [
    [date(2026, 12, 15), "15:00 МСК", "16:00", "Вебинар по профориентации", 9],
    [date(2026, 12, 16), "11:00", "", "Экскурсия в музей", 8],
    ["17.12.2026 10:00 (по московскому времени)", "", "", "Онлайн-урок финансовой грамотности", 10],
]


@pytest.mark.parametrize(
    ("zone", "webinar", "lesson", "moved"),
    [
        ("Asia/Yekaterinburg", (17, 18), 12, "+2 ч"),
        ("Europe/Kaliningrad", (14, 15), 9, "-1 ч"),
        ("Europe/Moscow", (15, 16), 10, None),
    ],
)
async def test_a_plan_file_in_moscow_time_is_saved_in_the_schools_zone(
    tmp_path: Path, zone: str, webinar: tuple[int, int], lesson: int, moved: str | None
) -> None:
    tz = ZoneInfo(zone)
    store = await open_store(tmp_path / "plan.db", tz)
    try:
        now = datetime(2026, 12, 1, 10, 0, tzinfo=tz)
        planner = Planner(store, FixedClock(now), PlannerConfig(tz=tz, admins=frozenset({CURATOR})))
        [summary] = await import_plan_file(
            planner, CURATOR, "plan.xlsx", xlsx({"План": [HEADER, *ROWS]})
        )
        text = Renderer().render(summary.template, summary.context)
        if moved is None:
            assert "по Москве" not in text, text
        else:
            assert f"по Москве — показываю местное ({moved})" in text, text
            assert "строка 2, строка 4" in text, text  # the rows with Moscow time, not row 3
        [saved, *_] = await planner.handle(CURATOR, "да")
        assert saved.template == "saved", Renderer().render(saved.template, saved.context)
        stored = {e.title: e for e in await store.events_between(now, None)}
        web = stored["Вебинар по профориентации"]
        assert (web.start.astimezone(tz).hour, web.end.astimezone(tz).hour) == webinar
        assert stored["Экскурсия в музей"].start.astimezone(tz).hour == 11  # local, untouched
        assert stored["Онлайн-урок финансовой грамотности"].start.astimezone(tz).hour == lesson
    finally:
        await store.close()


async def test_a_pasted_table_in_moscow_time_is_shown_in_the_schools_zone(tmp_path: Path) -> None:
    tz = ZoneInfo("Asia/Novosibirsk")
    store = await open_store(tmp_path / "plan.db", tz)
    try:
        now = datetime(2026, 12, 1, 10, 0, tzinfo=tz)
        config = PlannerConfig(tz=tz, admins=frozenset({CURATOR}))
        planner = Planner(store, FixedClock(now), config, pasted_tables=pasted_table_rows)
        table = "Дата\tВремя\tНазвание\tКлассы\n15.12.2026\t11:00 мск\tОлимпиада\t9"
        [summary] = await planner.handle(CURATOR, table)
        text = Renderer().render(summary.template, summary.context)
        assert "15:00" in text, text
        assert "по Москве" in text, text
    finally:
        await store.close()
