"""«отпиши меня от всех»: one list of phrases, one recogniser (unsign_phrases.parse_unsign
answers EVERY); the command table no longer has a second copy of them."""

from __future__ import annotations

import pytest

from bot.core.language.commands import CommandKind, parse_command
from bot.core.language.unsign_phrases import EVERY, parse_unsign

ALL_OF_THEM = [
    # once the command table's own phrases
    "отпиши меня от всех",
    "отпишите меня от всех мероприятий",
    "отпишись от всего",
    "отписаться от всех записей",
    "выпиши меня отовсюду",
    "отпиши меня отовсюду",
    "отменить все мои записи",
    "удалить записи",
    "отмените мои записи",
    "не пойду никуда",
    "не пойду ни на что",
    "не пойду ни на одно",
    # parse_unsign's
    "удалите все мои записи",
    "отпиши меня пожалуйста от всех мероприятий сразу",
    "передумал идти на все",
]


@pytest.mark.parametrize("text", ALL_OF_THEM)
def test_every_sign_up_is_recognised_in_one_place(text: str) -> None:
    assert parse_unsign(text) == EVERY
    command = parse_command(text)
    assert command is None or command.kind is not CommandKind.UNSIGN, text


def test_the_command_table_has_no_copy_of_the_phrases() -> None:
    assert "UNSIGN_ALL" not in CommandKind.__members__


@pytest.mark.parametrize("text", ["отмени запись", "не пойду", "отпиши меня от лекции"])
def test_one_sign_up_is_not_every_sign_up(text: str) -> None:
    assert parse_unsign(text) != EVERY
