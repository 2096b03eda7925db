"""A CSV's encoding (attack z2, #7): a KOI8-R file was read as cp1251 mojibake and refused
as «нет строки заголовков»; cp1251 (upper case too), UTF-8 and UTF-16 still read right."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.exports.importer import ImportedRow, read_plan

NOW = datetime(2026, 11, 23, 10, 0)  # noqa: DTZ001 - the parser's naive wall-clock time
PLAN = "Дата;Время;Название;Место\n15.12.2026;15:00;Экскурсия в музей;актовый зал\n"
CAPS = "ДАТА;ВРЕМЯ;НАЗВАНИЕ;МЕСТО\n15.12.2026;15:00;ОЛИМПИАДА ПО ФИЗИКЕ;КАБИНЕТ 21\n"


@pytest.mark.parametrize("encoding", ["koi8_r", "cp1251", "utf-8", "utf-8-sig", "utf-16"])
@pytest.mark.parametrize("text", [PLAN, CAPS], ids=["mixed_case", "upper_case"])
def test_a_russian_csv_reads_in_every_usual_encoding(encoding: str, text: str) -> None:
    [row] = read_plan(text.encode(encoding), "plan.csv", NOW)
    assert isinstance(row, ImportedRow)
    assert row.draft.title == text.splitlines()[1].split(";")[2]
    assert row.draft.start == datetime(2026, 12, 15, 15, 0)  # noqa: DTZ001
