"""review64b: `--school KEY` on a city's PostgreSQL database (newcomer61) with a key no
school of the city has. Runs against the session's real PostgreSQL server (`pg_database`);
`main` is the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.storage.postgres.shared import school_keys
from tests.integration.test_newcomer61_city_cli import add_event, arun, city

__all__ = ["city"]


async def test_an_unknown_school_key_on_a_city_database_is_refused(
    city: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: `import plan.csv --school g23` (g32 mistyped) created the schema school_g23,
    migrated it and saved the plan there — «сохранено», where no school's worker reads it;
    an export of it said «нет мероприятий». It refuses now, naming the city's schools."""
    await add_event(city, "g32", "Лекция гимназии")
    await add_event(city, "l23", "Лекция лицея")
    (tmp_path / "plan.csv").write_text(
        "Дата;Время;Название;Классы;Место\n16.12.2099;15:00-16:00;Кружок;9Б;каб. 21\n",
        encoding="utf-8",
    )
    assert await arun("import", "plan.csv", "--school", "g23") == 2
    err = capsys.readouterr().err
    assert "g32, l23" in err, err
    assert await school_keys(city) == ["g32", "l23"]
    assert await arun("export", "ics", "--school", "g23", "-o", "-") == 2
    assert "g32, l23" in capsys.readouterr().err
