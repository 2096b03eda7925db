"""A cover note of a plan file still to come (newcomer walk 2026-12-02t, #25) is small talk
answered «жду файл»; requests, questions and notes naming a day or time are not."""

from __future__ import annotations

import pytest

from bot.core.language.meaning import SmallTalkKind
from bot.core.language.small_talk import announces_file, small_talk


@pytest.mark.parametrize(
    "text",
    [
        "Добрый день! Отправляем уточнённый план, в январе есть изменения",
        "во вложении файл с планом",
        "Высылаю таблицу",
        "прикладываю документ",
    ],
)
def test_a_cover_note_announces_a_file(text: str) -> None:
    assert announces_file(text)
    assert small_talk(text) is SmallTalkKind.FILE_COMING


@pytest.mark.parametrize(
    "text",
    [
        "пришлите план на январь",  # a request to the bot
        "кому отправлять план?",  # a question
        "Отправляем план: лекция 15 декабря в 15:00",  # the event itself
        "отправляем детей на экскурсию",  # nothing sent to the bot
        "Добрый день!",
    ],
)
def test_other_messages_announce_nothing(text: str) -> None:
    assert not announces_file(text)
