"""A kind followed by its unquoted proper name in apposition: "праздник Масленица".

Russian often names an event without quotes, by a capitalised noun set right after the kind
word and left in the nominative whatever the kind's case: "пройдёт праздник Масленица",
"на фестивале Радуга выступят хоры", "состоится национальный праздник Науруз". A reader
calls the event by the kind and that name. The title chooser reads the kind's noun phrase
and stops before the capitalised word; this module gives the name back.

What counts as the name: the first capitalised word after the kind (not an abbreviation in
capitals, which is most often an organiser: "соревнования МЧС"), read by pymorphy3 in the
nominative and not as a person's or a place's name ("концерт Анна Смирнова" is a performer,
"фестиваль Москва" a city), with its lower-case genitive words ("Дружба народов"). A
capitalised adjective ("акция Чистый берег") is left to title_phrase, which takes it when
the post quotes the name elsewhere (round 19's policy). A genitive ("праздник Весны",
"День Победы") belongs to the kind's own phrase and is never this name.

Used by title.py (concise_title). Round 42, tests/data/title77.md."""

from __future__ import annotations

import re

from bot.core.language.lowered import lowered
from bot.core.language.stem_runs import stems_end
from bot.core.language.title_words import MAX_TITLE, is_kind_word, word_parses

_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")
_GAP = re.compile(r"[ \t]+")  # the name follows the kind on the same line, after spaces only
_CAPITAL = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?")  # "Масленица", not "МЧС"
# _mention_end's lower-case reading: a stem's letters, the spaces between words, and the
# letters and hyphen no mention is glued to
_LETTERS = re.compile(r"[а-яё]*")
_SPACES = re.compile(r"\s+")
_WORD_CHARS = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя-")
_GENITIVE_WORDS = 2  # "Дружба народов", "Радуга детского творчества"
_PERSON_OR_PLACE = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


def with_apposed_name(text: str, title: str) -> str | None:
    """`title` (a noun phrase with no quoted name, ending in a kind of event, title_words.KIND)
    with the proper name `text` writes right after the title's words the first time it writes
    them in any case: "Праздник" + "пройдёт праздник Масленица" → "Праздник Масленица",
    "Национальный праздник" + "на национальном празднике Науруз" → "Национальный праздник
    Науруз". None when the title has a quote, does not end in a kind, `text` does not write
    its words, no such name follows their first mention, or the result would be longer than
    title_words.MAX_TITLE characters."""
    if "«" in title or '"' in title:
        return None
    words = _WORD.findall(title)
    if not words or len(" ".join(words)) != len(title.strip()) or not is_kind_word(words[-1]):
        return None
    mention = _mention_end(text, words)
    if mention is None:
        return None
    name = _name_at(text, mention)
    if name is None:
        return None
    named = f"{title.strip()} {name}"
    return named if len(named) <= MAX_TITLE else None


def _mention_end(text: str, words: list[str]) -> int | None:
    """The offset in `text` after the first mention of `words` (_mention's pattern), or None.
    Without compiling a pattern per title (a new title misses `re`'s cache): each word's
    stem is looked for in the lower case (lowered.lowered: one character for one, and `re`'s
    IGNORECASE reads the same), where the pattern's classes are plain letters; a text with a
    character outside lowered's safe set is searched by the pattern itself."""
    low = lowered(text)
    if low is None:
        found = _mention(words).search(text)
        return found.end() if found is not None else None
    stems = [_stem(w).lower() for w in words]
    at = low.find(stems[0])
    while at >= 0:
        if not (at and low[at - 1] in _WORD_CHARS):
            end = stems_end(low, at, stems, _LETTERS, _SPACES)
            if end is not None and not (end < len(low) and low[end] in _WORD_CHARS):
                return end  # no letter or hyphen right after the last word
        at = low.find(stems[0], at + 1)
    return None


def _stem(word: str) -> str:
    """The first letters of `word` a mention must write: all but its last two, at least
    three."""
    return word[: max(3, len(word) - 2)]


def _mention(words: list[str]) -> re.Pattern[str]:
    """A pattern of `words` in any case: each word's first letters (all but its last two,
    at least three) and any ending, separated by spaces."""
    parts = [re.escape(_stem(w)) + r"[а-яё]*" for w in words]
    return re.compile(r"(?i)(?<![А-ЯЁа-яё-])" + r"\s+".join(parts) + r"(?![А-ЯЁа-яё-])")


def _name_at(text: str, at: int) -> str | None:
    """The proper name in the nominative right after `at` (spaces between), or None."""
    gap = _GAP.match(text, at)
    if gap is None:
        return None
    first = _CAPITAL.match(text, gap.end())
    if first is None or not _nominative_name(first.group(0)):
        return None
    if _adjective(first.group(0)):
        # "акция Чистый берег": a capitalised adjective and its noun, never quoted in the
        # post, stay out (round 19's policy, test_title_rules19: a name quoted elsewhere is
        # taken by title_phrase._quoted_elsewhere)
        return None
    if _opens_a_clause(text, first):
        return None
    return first.group(0) + _genitive_after(text, first.end())


def _opens_a_clause(text: str, name: re.Match[str]) -> bool:
    """Whether the plural noun `name` is the subject of the verb right after it, agreeing
    in number: "в празднике Дети читают стихи" opens a clause (or a name in quotes the post
    left out), not the kind's apposition; "на фестивале Радуга выступят хоры" does not (a
    singular name, the verb's subject comes later). fresh73's guard, met again in round 42."""
    found = word_parses(name.group(0))
    if not found or found[0].tag.number != "plur":
        return False
    gap = _GAP.match(text, name.end())
    verb = _WORD.match(text, gap.end()) if gap is not None else None
    if verb is None:
        return False
    after = word_parses(verb.group(0).lower())
    return bool(after) and after[0].tag.POS == "VERB" and after[0].tag.number == "plur"


def _genitive_after(text: str, at: int) -> str:
    """The lower-case genitive words (at most _GENITIVE_WORDS) right after `at` that go on a
    noun name ("Движение первых", "Дружба народов"), with a leading space; "" when none."""
    words: list[str] = []
    end = at
    while len(words) < _GENITIVE_WORDS:
        gap = _GAP.match(text, end)
        word = _WORD.match(text, gap.end()) if gap is not None else None
        if word is None or not word.group(0).islower() or not _genitive(word.group(0)):
            break
        words.append(word.group(0))
        end = word.end()
    return "".join(f" {w}" for w in words)


def _genitive(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of `word` is a genitive noun or adjective."""
    found = word_parses(word)
    return bool(found) and found[0].tag.POS in ("NOUN", "ADJF") and found[0].tag.case == "gent"


def _nominative_name(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of `word` is a nominative noun or adjective that
    is no person's or place's name (an unknown word guessed as a noun counts)."""
    found = word_parses(word)
    if not found:
        return False
    tag = found[0].tag
    if tag.POS not in ("NOUN", "ADJF") or tag.case != "nomn":
        return False
    return not any(mark in tag for mark in _PERSON_OR_PLACE)


def _adjective(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of `word` is an adjective."""
    found = word_parses(word)
    return bool(found) and found[0].tag.POS == "ADJF"
