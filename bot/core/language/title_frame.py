"""The named event a post's opening address puts its event in: "Участникам конкурса «Живая
классика»!" above "Чтение стихотворений состоится 17 декабря": the reading is a part of the
contest, and the title keeps the contest's name ("Конкурс «Живая классика»: чтение
стихотворений"). Used by title.py (concise_title)."""

from __future__ import annotations

import re

from bot.core.language.morphology import to_nominative
from bot.core.language.title_words import KIND, MAX_TITLE, word_parses

# the post's first words, up to "!" or ":" ending the address: whom it addresses (one or
# two words before a noun in the plural), the kind's genitive and its quoted name
_ADDRESS = re.compile(
    r"\s*(?:[А-ЯЁа-яё]+\s+)?([А-ЯЁа-яё]+)\s+([а-яё-]+)\s+(«[^«»\n]{2,60}»)\s*[!:]"
)


def with_addressed_frame(text: str, title: str) -> str:
    """`title` given the named event of the post's opening address to its people (an
    animate plural noun in the dative or nominative, pymorphy3: "Участникам конкурса «…»!",
    "Уважаемые участники фестиваля «…»:") as "Конкурс «Живая классика»: чтение
    стихотворений"; the kind and its name alone when that is longer than 80 characters.
    `title` unchanged when it has a quoted name of its own or already holds the frame's,
    or the post opens with no such address. The kind is put in the nominative."""
    if "«" in title:
        return title
    found = _ADDRESS.match(text)
    if found is None or not KIND.fullmatch(found.group(2)):
        return title
    people = word_parses(found.group(1))
    if not any(
        "NOUN" in p.tag and "anim" in p.tag and p.tag.number == "plur" and p.tag.case in _ADDRESSED
        for p in people[:3]
    ):
        return title
    name = found.group(3)
    if name.lower() in title.lower():
        return title
    kind = " ".join(to_nominative([found.group(2)], governed=True))
    frame = f"{kind[:1].upper()}{kind[1:]} {name}"
    both = f"{frame}: {title[:1].lower()}{title[1:]}"
    return both if len(both) <= MAX_TITLE else frame


_ADDRESSED = frozenset({"datv", "nomn"})
