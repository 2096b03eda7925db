"""Short answers to «Как назвать «Спектакль»?» (bot.core.features.adding.ask_title_offered,
the post's own name offered beside the bare kind): «первое», «да», «оставь», «нет» pick one
of its two buttons, never become the title (attack w, #9). Pure: text in, text out.
"""

from __future__ import annotations

import re

from bot.core.language.commands import CommandKind, parse_command
from bot.core.language.slot_picks import slot_pick
from bot.core.language.tokens import normalize

# the pending draft's mark that «Как назвать?» was asked: the offered name (asked once)
TITLE_OFFERED_KEY = "title_offered"
# the pending draft's mark that «какое из них?» (two events named, one day) is open and
# unanswered: the other event's name (set_single_draft drops it once a name is taken)
TITLE_SEVERAL_KEY = "title_several"

# «оставь», «оставьте как есть», «нет, пусть будет так», «не меняй»: the bare kind is kept
_KEEP = re.compile(
    r"(?:(?:нет|не\s+надо|не\s+нужно|ну|тогда|лучше)[\s,]+)*"
    r"(?:оставь(?:те)?|оставить|оставляем|оставим|оставляй(?:те)?|пусть\s+(?:будет|остается)|"
    r"не\s+меня(?:й|йте|ть)|ничего\s+не\s+меня(?:й|йте|ть))"
    r"(?:[\s,]+(?:так|как\s+есть|без\s+изменений|старое|прежнее|это|его|название|"
    r"как\s+было|пожалуйста))*"
)
# «оба», «обе», «обоих», «обеими»: every form of the pronoun «оба» (a closed class)
_BOTH = re.compile(
    r"(?<![а-яё])(?:об[ае]|обо(?:их|им|ими)|обе(?:их|им|ими)|и\s+то\s+и\s+другое)(?![а-яё])"
)
_MAX_BOTH_WORDS = 4  # «да, оба мероприятия»; a longer text is a title or a message
MAX_ANSWER_CHARS = 60  # «нет, оставьте как есть, пожалуйста»; a longer text is a title
_QUOTES = re.compile(r"[«»\"„“”']")


def offer_answer(text: str, offer: str, title: str) -> str | None:
    """The title a short answer to «Как назвать «Спектакль»?» picks (attack w, #9: «первое»,
    «ок, первое», «оставь» became the title; «нет» threw the draft away): the offered name
    `offer` for «первое», «1», «да», «ок», «давай первый вариант»; the bare `title` for
    «второе», «2», «нет», «оставь», «оставить как есть», «нет, пусть будет «Спектакль»»;
    None for any other text (a title typed, or a new message)."""
    if len(text) > MAX_ANSWER_CHARS:
        return None
    number = slot_pick(text)
    if number in (1, 2):
        return offer if number == 1 else title
    said = _QUOTES.sub("", normalize(" ".join(text.split()))).strip(" .!?,)(")
    said = said.replace(normalize(title), "").strip(" .!?,")
    if _KEEP.fullmatch(said):
        return title
    command = parse_command(text)
    if command is not None and command.kind is CommandKind.YES:
        return offer
    if command is not None and command.kind is CommandKind.NO:
        return title
    return None


def picks_neither(text: str) -> bool:
    """Whether a short answer to «какое из них?» (two events named for one day,
    bot.core.features.adding.ask_title_several) picks no event: «да», «ок» (there is no
    offer to agree to; review60 #1: «да» took the other event) or «оба», «обе», «да, оба
    мероприятия» (a card holds one event; «оба» became the title «Оба»)."""
    if len(text) > MAX_ANSWER_CHARS or slot_pick(text) is not None:
        return False
    said = _QUOTES.sub("", normalize(" ".join(text.split()))).strip(" .!?,)(")
    if _BOTH.search(said) and len(said.split()) <= _MAX_BOTH_WORDS:
        return True
    command = parse_command(text)
    return command is not None and command.kind is CommandKind.YES
