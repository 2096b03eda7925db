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

from bot.core.language.morphology import lemma
from bot.core.language.title_heading import has_finite_verb, without_chrome
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
    kind = lemma(bare)
    for word in _WORD.finditer(text):
        if lemma(word.group()) != kind:
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
    heading = _heading_name(text, kind)
    return f"{bare[0].upper()}{bare[1:]} «{heading}»" if heading else None


# a heading's words: letters, hyphens, commas and spaces only (no digit, quote or colon)
_HEADING_LINE = re.compile(r"[А-ЯЁ][А-ЯЁа-яё ,-]{3,58}[А-ЯЁа-яё]")
# an indirect question, the form of many a talk's or tour's name: «Как рождалась коллекция»,
# «Почему небо голубое», «Что скрывает старый дом»
_QUESTION_WORD = re.compile(r"(?:Как|Почему|Зачем|Откуда|Что|Кто|Где|Куда|Чем)(?![а-яё])")
# a letter's greeting or an invitation, never a name (as title_heading reads them)
_GREETING = re.compile(r"(?i)приглаша|уважаем|добр|здравству|дорог|коллег|внимани|поздравл")
HEADING_WORDS = (2, 8)  # a name's length in words
HEADING_BODY = 60  # characters of the post below it, at least


def _heading_name(text: str, kind: str) -> str | None:
    """The post's own heading as the name of its event of the bare kind `kind` (a lemma):
    a first line of two to eight words, letters only, right above a paragraph that names the
    kind (so the heading is that event's), that does not itself name the kind (a headline
    about the event) and has no finite verb unless it is an indirect question («Как
    рождалась коллекция.» above «На экскурсии …»: walk u, p03; «В Томске открылась
    выставка» is news, not a name); its closing full stop dropped. None when the post opens
    otherwise."""
    first, newline, rest = text.strip().partition("\n")
    line = first.strip().rstrip(".!").strip()
    if not newline or len(rest.strip()) < HEADING_BODY or not _HEADING_LINE.fullmatch(line):
        return None
    words = _WORD.findall(line)
    low, high = HEADING_WORDS
    if not low <= len(words) <= high or _GREETING.search(line):
        return None
    if any(lemma(word) == kind for word in words) or without_chrome(text) != text:
        return None  # «Экскурсия в музей» above its post; «Анонс», «Афиша»: a page's label
    if has_finite_verb(line) and not _QUESTION_WORD.match(line):
        return None
    below = next((ln for ln in rest.splitlines() if ln.strip()), "")
    if not any(lemma(word) == kind for word in _WORD.findall(below)):
        return None  # «Все новости» above «Общее»: the page's, not this event's heading
    return line
