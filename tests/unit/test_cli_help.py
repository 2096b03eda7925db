"""`python -m bot … --help` says what every option is and its default (walk 2026-12-01d
finding 16: `--as`, `--host` and `--port` had no help and the default port was nowhere)."""

from __future__ import annotations

import argparse

import pytest

from bot.__main__ import build_parser


def help_of(command: str) -> str:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sub.choices[command].format_help()


def test_console_says_who_you_are_by_default() -> None:
    text = help_of("console")
    assert "--as" in text
    assert "default: partner" in text


@pytest.mark.parametrize(("option", "default"), [("--host", "0.0.0.0"), ("--port", "8080")])
def test_webhook_names_its_address_and_defaults(option: str, default: str) -> None:
    text = " ".join(help_of("webhook").split())
    assert option in text
    assert f"default: {default}" in text


def test_every_option_has_a_help_text() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name in ("console", "run", "webhook", "migrate"):
        for action in sub.choices[name]._actions:
            if action.option_strings and "--help" not in action.option_strings:
                assert action.help, f"{name} {action.option_strings[0]} has no help"
