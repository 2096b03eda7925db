"""The curator's words about invitation codes (newcomer walk 2026-12-03y, Y8; leftconv21):
«коды приглашений» and its kin ask for the open codes, «отозвать код ABCD2345» withdraws
one; a cancel of an event by number or title is still a cancel."""

from __future__ import annotations

import pytest

from bot.core.language.commands import (
    Command,
    CommandKind,
    WithdrawCodeCommand,
    parse_command,
)


@pytest.mark.parametrize(
    "text",
    [
        "коды приглашений",
        "Коды приглашений?",
        "мои коды приглашений",
        "какие коды приглашений выданы?",
        "неиспользованные коды",
        "покажи коды",
    ],
)
def test_the_open_codes_asked(text: str) -> None:
    assert parse_command(text) == Command(CommandKind.INVITE_CODES)


@pytest.mark.parametrize(
    "text",
    [
        "отозвать код ABCD2345",
        "отзови код abcd2345",
        "Отменить код приглашения: ABCD2345",
        "аннулировать код ABCD2345",
    ],
)
def test_a_code_withdrawn(text: str) -> None:
    assert parse_command(text) == WithdrawCodeCommand("ABCD2345")


@pytest.mark.parametrize("text", ["отмени 2", "отмени концерт", "отозвать"])
def test_other_words_are_no_withdrawal(text: str) -> None:
    assert not isinstance(parse_command(text), WithdrawCodeCommand)
