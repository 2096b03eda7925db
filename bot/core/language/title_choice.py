"""Which of two mentions of an event names it, when the scores alone do not tell: the dated
sentence's kind with its name or subject against a bare one elsewhere, a headline's kind with
its own subject against a differently named mention in the body, a stage of an event against
the whole event's name, and a subject noun phrase with the quoted name it stands before.
Used by title.py."""

from __future__ import annotations

import re

from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_words import KIND, MAX_TITLE, QUOTE, kind_key

# the verb announcing an event, then up to two adjectives, right before a kind
_CUE_BEFORE = re.compile(
    r"(?<![а-яё])(?:состоится|состоятся|пройд[её]т|пройдут|откро[ею]тся|начн[её]тся"
    r"|стартует|стартуют)\s+(?:[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\s+){0,2}$"
)
_CONTENT = re.compile(r"[А-ЯЁа-яё]{4,}")
# "к 30-летию …", "ко Дню матери": the occasion a kind is held for, right after it
_OCCASION = re.compile(r"(?i)\s+ко?\s")
# a stage of an event that says which event ("Региональный этап олимпиады по физике")
_STAGE_OF = re.compile(r"(?i)^(?:[а-яё]+\s+)?(?:этап|тур|финал|полуфинал)\s+[а-яё]+\s+\S")


def dated_name(
    text: str,
    event_sentence: tuple[int, int] | None,
    headline: tuple[int, int],
    best: str,
    start: int,
    phrase: str,
) -> bool:
    """Whether a kind phrase at `start` stands in the event's dated sentence (not the
    headline's) and carries a quoted name, or a subject ("по …") right after the announcing
    verb, that the `best` phrase so far lacks ("приглашаем 4 января в 12.00 на спектакль
    «Живое сердце игрушки»" against the headline's "новогодние праздники"; "14-15 февраля
    пройдут соревнования по мини-футболу" against "турнир школ-интернатов")."""
    return (
        event_sentence is not None
        and event_sentence[0] <= start < event_sentence[1]
        and "«" not in best
        and (
            "«" in phrase
            or (" по " in phrase and " по " not in best and _announced_at(text, start))
        )
        and not event_sentence[0] <= headline[0] < event_sentence[1]
    )


def _announced_at(text: str, start: int) -> bool:
    """Whether the kind phrase at `start` is the subject right after an announcing verb
    ("пройдут областные соревнования по …")."""
    return _CUE_BEFORE.search(text, max(0, start - 60), start) is not None


def head_named(text: str, head: tuple[int, int], quote: str) -> str:
    """The phrase of a subject's head noun at text[head] with the quoted name the subject
    stands before ("Кукольный спектакль и чаепитие «Варежка» состоятся" -> "Кукольный
    спектакль «Варежка»"); the name alone when both do not fit a card."""
    phrase = kind_phrase(text, *head)
    if quote in phrase:
        return phrase
    return f"{phrase} {quote}" if len(phrase) + len(quote) < MAX_TITLE else quote


def same_subject(phrase: str, name: str) -> bool:
    """Whether the subject after the kind of `phrase` (if any) shares a word with `name`
    (by its first four letters: "о символах республики" and «Символы Якутии»): a kind that
    says what it is about is another event than a named one about something else ("урок по
    истории ЧМ-2018" and «Моя будущая профессия»). An occasion is no subject: "к" or "ко" and
    a dative after a kind says what the event is held for, not what it is about ("конкурс к
    юбилею города" may bear any name)."""
    found = KIND.search(phrase)
    tail = phrase[found.end() :] if found else ""
    if _OCCASION.match(tail):
        return True
    subject = _CONTENT.findall(tail)
    if not subject:
        return True
    stems = {kind_key(w) for w in _CONTENT.findall(name)}
    return any(kind_key(w) in stems for w in subject)


def stage_of_event(phrase: str) -> bool:
    """Whether `phrase` is a stage that says which event ("Региональный этап олимпиады по
    физике"): the stage is the event, not the whole event another mention names."""
    return _STAGE_OF.match(phrase) is not None


def named_after_subject(phrase: str, name: str) -> bool:
    """Whether `phrase` has a proper name after its kind, capitalised as Russian writes a
    feast's or a person's name ("Праздник Троицы"), that the quoted name of the same kind's
    mention `name` shares (by first four letters: "праздник «Троица в Константинове»"): that
    mention names the same event. Not a stage ("Этап олимпиады им. Максвелла"), nor a
    common noun ("Фестиваль колледжей" and its item "фестиваль «Колледж.doc»")."""
    found = KIND.search(phrase)
    quote = QUOTE.search(name)
    if found is None or quote is None or stage_of_event(phrase):
        return False
    stems = {kind_key(w) for w in _CONTENT.findall(quote.group(0))}
    return any(
        w[:1].isupper() and kind_key(w) in stems for w in _CONTENT.findall(phrase, found.end())
    )
