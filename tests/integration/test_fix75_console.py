"""fix75 #4 through `python -m bot console`: the console's made-up names («Ученик»,
«Партнёр Музей янтаря», «Ученик 9Б Петя») are a role word and a class or an organisation,
never what a person is greeted by (newcomer74 L6); a person's own name is (the chat's
«Ольга»: tests/integration/test_chat66_chat.py). All lines are my own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.test_console import run_console


@pytest.mark.parametrize(
    ("role", "lines", "greeting"),
    [
        ("student", ["привет"], "Здравствуйте! 👋"),
        ("staff", ["добрый день"], "Здравствуйте! 👋"),
        ("partner", ["/я партнёр Музей янтаря", "здравствуйте"], "Здравствуйте! 👋"),
        ("curator", ["/я ученик 9Б Петя", "привет"], "Здравствуйте, Петя! 👋"),
    ],
)
def test_the_console_greets_no_role_word(
    tmp_path: Path, role: str, lines: list[str], greeting: str
) -> None:
    out = run_console(tmp_path / "console.db", role, *lines)
    assert greeting in out, out
    for word in ("Ученик", "Педагог", "Партнёр", "Куратор", "Музей"):
        assert f"Здравствуйте, {word}" not in out, out


def test_the_console_greets_a_name_that_is_a_noun_too(tmp_path: Path) -> None:
    """parse76: «Любовь» (a noun first, a name too) is the person's name."""
    out = run_console(tmp_path / "console.db", "curator", "/я ученик 9Б Любовь", "привет")
    assert "Здравствуйте, Любовь! 👋" in out, out
