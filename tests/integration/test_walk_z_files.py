"""Newcomer walk 2026-12-03z (tests/data/newcomer_walk_2026-12-03z.md): a college's plan file
made by hand the way offices make them — a title merged over the first row, an empty row,
«Ответственный» with phones, two events on one line («Экскурсия …; мастер-класс …» at
«11:00; 12:30»), a signature under the table. Each file is built here with openpyxl or
python-docx and sent through the real import path into a real SQLite store."""

from __future__ import annotations

import pytest

from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import CURATOR, NOW, TZ, planner, send
from tests.plan_makers import docx, xlsx

store = plan_file_world.store
planner = planner

TITLE = "План профориентационных мероприятий колледжа для МАОУ СОШ №7 на III четверть"
HEAD = [
    "№ п/п",
    "Наименование мероприятия",
    "Дата",
    "Время",
    "Место проведения",
    "Участники",
    "Ответственный",
    "Примечание",
]


def rows(title: str, clock: str) -> list[list[object]]:
    return [
        [TITLE],
        [],
        HEAD,
        [
            1,
            "День открытых дверей",
            "12.01",
            "15:00",
            "актовый зал",
            "9-11 кл.",
            "Петрова А.В., +7 (4012) 55-12-34",
            "по записи",
        ],
        [
            2,
            title,
            "27.01",
            clock,
            "музей колледжа, ауд. 210",
            "10А, 10Б",
            "Сидорова Е.Н., 8 (4012) 55-12-40",
            "сбор в холле",
        ],
        [],
        ["", "Директор колледжа ____________ Л.М. Смирнова"],
    ]


async def stored(store: SqliteStore) -> list[tuple[str, str]]:
    events = await store.events_between(NOW, None)
    return sorted((e.start.astimezone(TZ).strftime("%d.%m %H:%M"), e.title) for e in events)


# --- Z6: two events on one line are two events, each at its own time --------------------


@pytest.mark.parametrize(
    ("title", "clock", "expected"),
    [
        (
            "Экскурсия в музей колледжа; мастер-класс по сервировке стола",
            "11:00; 12:30",
            [
                ("27.01 11:00", "Экскурсия в музей колледжа"),
                ("27.01 12:30", "Мастер-класс по сервировке стола"),
            ],
        ),
        (
            "Экскурсия в музей колледжа\nмастер-класс по сервировке стола",
            "11.00\n12.30-13.30",
            [
                ("27.01 11:00", "Экскурсия в музей колледжа"),
                ("27.01 12:30", "Мастер-класс по сервировке стола"),
            ],
        ),
        (  # one event at two times: two sessions of it
            "Экскурсия в музей колледжа",
            "11:00, 13:00",
            [
                ("27.01 11:00", "Экскурсия в музей колледжа"),
                ("27.01 13:00", "Экскурсия в музей колледжа"),
            ],
        ),
    ],
)
async def test_two_clocks_in_a_time_cell_are_two_events(
    store: SqliteStore, planner: Planner, title: str, clock: str, expected: list[tuple[str, str]]
) -> None:
    answer = await send(planner, "plan.xlsx", xlsx({"III четверть": rows(title, clock)}))
    for _, name in expected:
        assert name in answer, answer
    await planner.handle(CURATOR, "да")
    got = [pair for pair in await stored(store) if pair[0].startswith("27.01")]
    assert got == expected, got


async def test_the_same_in_a_word_table(store: SqliteStore, planner: Planner) -> None:
    table = [
        [str(c) for c in r]
        for r in rows(
            "Экскурсия в музей колледжа; мастер-класс по сервировке стола", "11:00; 12:30"
        )[2:5]
    ]
    await send(planner, "plan.docx", docx([table]))
    await planner.handle(CURATOR, "да")
    got = [pair for pair in await stored(store) if pair[0].startswith("27.01")]
    assert [t for _, t in got] == ["Экскурсия в музей колледжа", "Мастер-класс по сервировке стола"]


# --- Z10: the signature under the table is no bad row ------------------------------------


async def test_a_signature_under_the_table_is_not_a_row_with_an_error(
    store: SqliteStore, planner: Planner
) -> None:
    answer = await send(planner, "plan.xlsx", xlsx({"III четверть": rows("Экскурсия", "11:00")}))
    assert "нет даты" not in answer, answer
    assert "Строки с ошибками" not in answer, answer
    assert "Экскурсия" in answer, answer
    assert "День открытых дверей" in answer, answer
