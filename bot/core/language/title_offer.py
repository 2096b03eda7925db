"""A name to offer for a card whose title is a bare kind of event (newcomer walk 2026-12-02u,
F8): the post «… подарит гостям спектакль в стихах «Зайкина избушка» …» was shown and saved
as «Спектакль». Russian names an event by its kind and then its own name in quotes, the kind
first («спектакль «Зайкина избушка»», «экскурсию «Янтарная комната»», «мастер-класс по
лепке «Снеговик»»); when the parser kept only the kind, the quoted name that follows that
kind in the post (up to three words apart) is the event's name, offered as «Спектакль
«Зайкина избушка»». A quote standing elsewhere («торговый центр «А'СТОР ПЛАЗА»», a school
«На бис!») names a place or an organiser and is never offered. Pure: text in, text out.
"""

from __future__ import annotations

import re

from bot.core.language.morphology import parses
from bot.core.language.title_words import QUOTE, is_kind_word, short_quote

_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")
# up to three words between the kind and its quoted name: «спектакль в стихах «…»»
_BETWEEN = re.compile(r"(?:[^\S\n]+[А-ЯЁа-яё0-9-]+,?){0,3}[^\S\n]*")
# «в ТЦ «…»», «в ДК «…»», «МАУК «…»»: a place's or an organisation's abbreviation before it
_ABBREVIATION = re.compile(r"(?<![А-ЯЁа-яё])[А-ЯЁ]{2,}(?![А-ЯЁа-яё])")


def offered_title(title: str, text: str, venue: str | None = None) -> str | None:
    """«Спектакль «Зайкина избушка»» for the bare kind `title` («Спектакль»: one word, a kind
    of event, title_words.KIND) and the post `text` that names it with a quoted name right
    after that kind (in any case: «спектакль», «спектакля»); None when the title is more than
    a kind, or no quoted name follows the kind in the post. A quote that is the place's
    (in `venue`, the draft's) or follows an abbreviation («концерт в ДК «Янтарь»») is a
    place's or an organiser's name, not the event's."""
    bare = title.strip()
    if not _WORD.fullmatch(bare) or not is_kind_word(bare):
        return None
    kind = _lemma(bare)
    for word in _WORD.finditer(text):
        if _lemma(word.group()) != kind:
            continue
        between = _BETWEEN.match(text, word.end())
        end = between.end() if between else word.end()
        quote = QUOTE.match(text, end)
        if quote is None:
            continue
        name = short_quote(quote.group())
        if venue and name[1:-1].lower() in venue.lower():
            continue
        if _ABBREVIATION.search(text, word.end(), end):
            continue
        if len(name) > 4:  # «…» of at least three letters
            return f"{bare[0].upper()}{bare[1:]} {name}"
    return None


def _lemma(word: str) -> str:
    """The dictionary form of `word` (pymorphy3's first reading), lower-cased."""
    found = parses(word.lower())
    return found[0].normal_form if found else word.lower()
