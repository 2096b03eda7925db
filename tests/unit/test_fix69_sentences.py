"""fix69: the parser's own splits on «.» read sentences as sentences.py does: the dot of
«ул.», «им.», «г.» or an initial ends no sentence nor clause. Sentences written for the test."""

from __future__ import annotations

import re

from bot.core.language.sentences import IN_SENTENCE, dot_ends_sentence


def test_window_agrees_with_dot_ends_sentence() -> None:
    window = re.compile(f"{IN_SENTENCE}*")
    for text in (
        "Встреча у дома (ул. Лесная, 4) в среду",
        "Лицей им. В. Г. Белинского ждёт гостей",
        "Едем в г. Тверь. Потом домой",
        "Парта № 7. Дальше",
        "Всё, т. е. всё. Конец",
    ):
        stop = window.match(text).end()  # type: ignore[union-attr]
        dots = [i for i, c in enumerate(text) if c == "."]
        assert stop == next((i for i in dots if dot_ends_sentence(text, i)), len(text))
