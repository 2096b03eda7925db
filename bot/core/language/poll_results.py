"""«а где посмотреть результаты?» — a question where the after-event poll's results are
(newcomer walk 2026-12-03z, Z4: asked by an 11th-grader right after answering, it was read
as a search for an upcoming event called «результаты»).

The grammar, on the whole message (at most MAX_QUESTION characters):

    [а|и] [где|как] [можно|мне] VERB_OF_SEEING … RESULTS [опроса|голосования|оценок]
    [а] RESULTS (опроса|голосования|оценок|отзывов) [где|…]?

- VERB_OF_SEEING: «посмотреть», «смотреть», «увидеть», «узнать», «глянуть», «найти»;
- RESULTS: «результаты», «итоги», «оценки», «отзывы», «рейтинг».

A question about an event's own results («когда объявят результаты олимпиады?») names no
verb of seeing and no poll, and is left to the event questions; a curator's «итоги …» is a
report request, read before this.
"""

from __future__ import annotations

import re

from bot.core.language.tokens import normalize

MAX_QUESTION = 80
_RESULTS = r"(?:результат\w*|итог\w*|оценк\w*|отзыв\w*|рейтинг\w*)"
_POLL = r"(?:опрос\w*|голосовани\w*|анкет\w*)"
_SEE = r"(?:по)?(?:смотреть|увидеть|узнать|глянуть|найти)"
_SHAPES = (
    # «а где посмотреть результаты?», «где можно увидеть итоги опроса», «можно посмотреть оценки?»
    re.compile(
        rf"^(?:[аи]\s+)?(?:где|как|куда)?\s*(?:(?:можно|мне|я|могу|бы)\s+)*{_SEE}\s+"
        rf"(?:(?:общие|все|эти|свои|мои|наши)\s+)?{_RESULTS}(?:\s+{_POLL})?$"
    ),
    # «а результаты опроса где?», «итоги голосования можно посмотреть?»
    re.compile(rf"^(?:[аи]\s+)?{_RESULTS}\s+{_POLL}(?:\s+[а-яё]+){{0,3}}$"),
)


def asks_poll_results(text: str) -> bool:
    """True when `text` asks where the after-event poll's results can be seen."""
    line = " ".join(normalize(text).split()).strip(" .!?,")
    if not line or len(line) > MAX_QUESTION or "\n" in text.strip():
        return False
    return any(shape.match(line) for shape in _SHAPES)
