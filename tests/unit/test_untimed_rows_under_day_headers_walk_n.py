"""A line under a day header without its clock (adversarial walk 2026-12-02n, #9): it takes
the header's day and only its time is missing; a contact line under a header is still no
row. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from bot.core.language.intents_many import parse_many
from bot.core.language.plan_rows import untimed_row, with_day_headers
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-02T10:00")  # a Wednesday

PLAN = (
    "График на декабрь\n"
    "16 декабря:\n"
    "Семинар по экологии в 13:00, 7В\n"
    "Игра «Что? Где? Когда?» в 15:30, 9Б\n"
    "Турнир по настольному теннису для 6Б\n"
    "18 декабря:\n"
    "Литературная гостиная 12:00, 8В\n"
    "Контакты: Сидорова, тел. 8-912-345-67-89 (с 9 до 15)"
)


def test_an_untimed_line_under_a_day_header_takes_the_headers_day() -> None:
    drafts = [i.draft for i in parse_many(PLAN, NOW) if isinstance(i, EventIntent)]
    found = {d.title: d for d in drafts}
    assert len(drafts) == 4
    tennis = found["Турнир по настольному теннису"]
    assert tennis.start is not None
    assert tennis.start.date().isoformat() == "2026-12-16"
    assert not tennis.time_known


def test_untimed_rows_and_contact_lines_under_a_header() -> None:
    assert untimed_row("Турнир по настольному теннису для 6Б")
    assert untimed_row("• Открытый урок по физике")
    assert not untimed_row("Семинар по экологии в 13:00, 7В")  # its clock: title_led_row
    assert not untimed_row("Приходите всей семьёй")
    lines = ["18 декабря:", "Лекция 12:00, 8В", "Контакты: Сидорова, 8-912-345-67-89 (с 9 до 15)"]
    assert with_day_headers(lines)[-1] == lines[-1]
