"""The title a person gives in answer to «Как назвать мероприятие?» (a card's ✏️ Название,
«название: …», a saved event's ✏️ Название).

A title typed by hand is kept as written, but for its first letter: «встреча с писателем
Овчинцевым» is a title «Встреча с писателем Овчинцевым» (newcomer walk 2026-12-03aa, Z12:
saved and listed lower case), as the names in a plan are written; a quoted name («книжный
клуб»), an abbreviation (МГУ) or a word with a capital inside (iТоп) is kept. A long
answer — the whole post pasted again, or a paragraph of it — is no title: the card showed
it whole, cut at 200 characters, as the new title (newcomer walk 2026-12-02u, a post pasted
at «Как назвать мероприятие?»). Such an answer is read the way a post is read: its event's
name (title.concise_title).

Pure: no store, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.language.sentences import sentences
from bot.core.language.title import concise_title
from bot.core.language.title_words import MAX_TITLE

# characters: a one-sentence answer up to this length is a title as typed (a hand-typed title
# may run past a card's 80 characters: «Лекция «Космос рядом»: астрономия сегодня и завтра, …»);
# the same bound as a card's labelled correction (field_corrections.MAX_FIELD_REPLY)
LONG_ANSWER = 120


_FIRST_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def title_case(title: str) -> str:
    """`title` with its first letter capitalised when it opens with a word in lower case
    («встреча с писателем» -> «Встреча с писателем», «ит-квиз» -> «Ит-квиз»); as written
    when it opens with anything else — a quote («книжный клуб» stays in its quotes as
    typed), a digit, a capital (МГУ, ИТ) — or with a word that has a capital inside (iТоп,
    eSports: a brand's own spelling)."""
    first = _FIRST_WORD.match(title)
    if first is None or not first[0][:1].islower() or any(c.isupper() for c in first[0]):
        return title
    return title[:1].upper() + title[1:]


@dataclass(frozen=True, slots=True)
class AnsweredTitle:
    """`title`: the new title; `shortened`: True when the answer was long and `title` is the
    name read from it (the card then says so)."""

    title: str
    shortened: bool = False


def answered_title(text: str) -> AnsweredTitle | None:
    """The title `text` gives: as typed (spaces collapsed, title_case) when it is at most
    MAX_TITLE characters, or one sentence on one line of at most LONG_ANSWER characters;
    else the event's name read from it by concise_title, or its first sentence cut at a
    word to MAX_TITLE characters when no name is read (both title_case too). None for an
    empty text."""
    written = " ".join(text.split())
    if not written:
        return None
    stripped = text.strip()
    one_sentence = "\n" not in stripped and len(sentences(stripped)) <= 1
    if len(written) <= MAX_TITLE or (one_sentence and len(written) <= LONG_ANSWER):
        return AnsweredTitle(title_case(written))
    named = concise_title(stripped, None)
    if named:
        return AnsweredTitle(title_case(" ".join(named.split())[:MAX_TITLE]), shortened=True)
    start, end = sentences(stripped)[0] if sentences(stripped) else (0, len(stripped))
    first = " ".join(stripped[start:end].split())
    if len(first) > MAX_TITLE:
        first = first[: first.rfind(" ", 0, MAX_TITLE + 1)].rstrip(" ,;:—–-") or first[:MAX_TITLE]
    return AnsweredTitle(title_case(first), shortened=True)
