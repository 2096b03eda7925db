"""bot.core.language.person_cases: a person's name in a case (chat82), names written for
this test in the shapes VK and the console store them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.person_cases import name_in_case
from bot.render import Renderer

ZONE = ZoneInfo("Europe/Kaliningrad")
CASES = [
    ("Анна Петровна", "ablt", "Анной Петровной"),
    ("Анна Петрова", "ablt", "Анной Петровой"),
    ("Иван Кузнецов", "ablt", "Иваном Кузнецовым"),
    ("Петрова Анна Сергеевна", "datv", "Петровой Анне Сергеевне"),
    ("Любовь Иванова", "gent", "Любови Ивановой"),
    ("Лев Толстой", "accs", "Льва Толстого"),
    ("Ольга Шевчук", "ablt", "Ольгой Шевчук"),  # a woman's «Шевчук» does not decline
    ("Пётр Белых", "ablt", "Петром Белых"),  # nor does «Белых»
    ("Анна", "accs", "Анну"),
    ("Шевчук", "ablt", "Шевчук"),  # a surname alone: whose gender is unknown
    ("Илья Волк", "ablt", "Илья Волк"),  # «Волк» is no surname in the dictionary
    ("Педагог", "ablt", "Педагог"),  # the console's nameless teacher
    ("Anna Smith", "ablt", "Anna Smith"),
    ("Мария-Анна Ли", "ablt", "Мария-Анна Ли"),
    ("", "ablt", ""),
    ("Анна Петровна", "nomn", "Анна Петровна"),
]


@pytest.mark.parametrize(("name", "case", "expected"), CASES)
def test_a_name_in_a_case(name: str, case: str, expected: str) -> None:
    assert name_in_case(name, case) == expected


def test_an_unknown_case_is_refused() -> None:
    with pytest.raises(ValueError, match="instr"):
        name_in_case("Анна", "instr")


def test_the_templates_filter_and_the_why_cancelled_answer() -> None:
    """«спросите педагога Анну Петровну» (accusative) in the answer to «почему отменили?»."""
    text = Renderer().render(
        "why_cancelled",
        {
            "event": {
                "title": "Экскурсия",
                "start": datetime(2026, 12, 9, 12, 0, tzinfo=ZONE),
                "end": None,
            },
            "by_self": False,
            "by_curator": False,
            "by_staff": "Анна Петровна",
            "author_org": "",
            "reason": "",
        },
    )
    assert "отменил(а) педагог Анна Петровна" in text, text
    assert "спросите педагога Анну Петровну" in text, text
