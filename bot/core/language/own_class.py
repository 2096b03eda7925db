"""A student saying which class they are in, however it is put (newcomer walk 2026-12-01e,
finding 7), and a class teacher asking to sign up a whole class (finding 15).

The grammar of a self-introduction, read from the front of a message:

    [greeting [,!.]] [я | мы] INTRODUCER CLASS [класс(а|е)] (end | [,.!?;:—] rest)

- greeting: «привет», «здравствуйте», «добрый день», «доброе утро», …;
- INTRODUCER: a preposition of belonging («из», «в», «с»: «я из 9Б», «мы в 8А»), the verb of
  studying («учусь в») or of moving to another class («перешёл в», «перевелась в»), a noun
  of the pupil («ученик», «ученица», «учащийся», «школьник», optionally followed by «из»),
  possession («у меня»), or «мой/наш класс» (with «:», «—», «это»); the bare CLASS alone is
  the whole message («8Б», «8Б класс»);
- CLASS: a grade 1–11 and a letter, spaced or hyphenated («10а», «11 А», «6-г»).

The subject «я»/«мы» may be left out before a verb or noun («учусь в 9Б», «ученица 8Б») but
not before a bare preposition: «в 8Б сегодня контрольная» states no one's class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.language.audience import cyrillic_letter
from bot.core.language.tokens import normalize

_GREETING = (
    r"(?:(?:привет\w*|здравствуй\w*|здрасте|добр\w+\s+(?:день|утро|вечер|время\s+суток)"
    r"|доброго\s+(?:дня|утра|вечера)|hi|hello|хай|салют)[\s,!.)]*)?"
)
_SUBJECT = r"(?:(?:я|мы)\s+)"
_PUPIL = r"(?:учени(?:к|ца|ки)|учащ(?:ийся|аяся|иеся)|школьни(?:к|ца|ки)|обучающ\w+)"
_INTRODUCER = (
    rf"(?:{_SUBJECT}(?:из|в|во|с)\s+"
    rf"|{_SUBJECT}?(?:учусь|учимся)\s+в\s+"
    # a move to another class: «я перешёл в 10А», «перевелась в 9Б», «нас перевели в 8В»
    rf"|{_SUBJECT}?(?:теперь\s+)?(?:переш[её]л|перешла|перешли|перев[её]л(?:ся|ась|ись)"
    r"|переведен[аы]?|переведён[аы]?|нас\s+перевели|меня\s+перевели)\s+(?:в|во)\s+"
    rf"|{_SUBJECT}?{_PUPIL}\s+(?:(?:из|в)\s+)?"
    r"|у\s+(?:меня|нас)\s+"
    r"|(?:мой|наш)\s+класс\s*(?:[:—–-]|это)?\s*)"
)
# the letter may be quoted («10 «В»») or a Latin look-alike typed in the other layout («9A»)
_CLASS = (
    r"(?P<grade>1[01]|[1-9])\s*-?\s*(?P<open>[«\"“„'])?\s*(?P<letter>[а-яabekmh])"
    r"(?(open)\s*[»\"”“']|)(?![а-яa-z0-9])"
)
_CLASS_WORD = r"(?:\s+класс(?:а|е|ом)?)?"
_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
# the class with its introducer (then anything may follow a comma or a stop), or alone
_STATED = re.compile(
    rf"^{_GREETING}(?P<intro>{_INTRODUCER})?{_CLASS}{_CLASS_WORD}(?:\s*(?:[,.!?;:—–]+\s*|$))"
)


@dataclass(frozen=True, slots=True)
class StatedClass:
    """A class a message states as its writer's: `class_name` normalised («8Б»), and the
    `rest` of the message after the statement (a question to answer next; "" when none)."""

    class_name: str
    rest: str


def stated_class(text: str) -> StatedClass | None:
    """The writer's class stated at the front of `text` («привет, я из 9Б», «я учусь в 10а
    классе», «Я ученица 8Б класса, что у нас есть…?», «8Б»), or None (module docstring for
    the grammar). The rest is cut from the original text, its case kept."""
    written = text.strip()
    found = _STATED.match(normalize(written))  # normalize keeps the length: offsets agree
    if found is None:
        return None
    rest = written[found.end() :].strip()
    if found.group("intro") is None and rest:
        return None  # «8Б, экскурсия …»: a bare class states the writer's only alone
    letter = cyrillic_letter(written[found.start("letter")])
    if letter not in _CYRILLIC:
        return None  # «9b»: a Latin lower-case letter that looks like no Cyrillic one
    name = f"{int(found.group('grade'))}{letter.upper()}"
    return StatedClass(name, rest)


# a request to sign up a whole class: «запишите весь 9А на …», «запиши наш класс»,
# «мы придём всем классом», «можно записать класс на экскурсию?»
_WHOLE_CLASS = re.compile(
    r"\b(?:запи(?:ши|шите|сать|сывать)|зарегистрир\w+)\s+(?:(?:весь|наш|мой|целый)\s+)*"
    r"(?:класс\b|\d{1,2}\s*-?\s*[а-я](?![а-я0-9]))"
    r"|\b(?:придём|придем|пойдём|пойдем|будем|приедем)\s+(?:\w+\s+)?(?:всем|целым)\s+классом"
    r"|\b(?:всем|целым)\s+классом\s+(?:придём|придем|пойдём|пойдем|приедем)"
    # a wish of the class, the going verb after it or none: «хотим пойти всем классом на
    # квест», «хотели бы всем классом сходить», «мы всем классом хотим на экскурсию»
    r"|\b(?:хотим|хотели\s+бы|хотели|планируем|собираемся)\s+(?:\w+\s+){0,2}(?:всем|целым)\s+классом"
    r"|\b(?:всем|целым)\s+классом\s+(?:\w+\s+)?(?:хотим|хотели|планируем|собираемся)\b"
)


def asks_whole_class_signup(text: str) -> bool:
    """True for a request to sign a whole class up at once («запишите весь 9А на день
    открытых дверей», «мы придём всем классом на 1», «можно записать наш класс?», «хотим
    пойти всем классом на квест»)."""
    return bool(_WHOLE_CLASS.search(normalize(text)))


# the asker's own class named in a question or a file request: «что у моего класса …?»,
# «план моего класса в excel», «выгрузка для нашего класса», «что в моём классе …?»
_OWN_CLASS_NAMED = re.compile(
    r"(?<![а-яё])(?:(?:у|для|в)\s+)?(?:моего|нашего|своего)\s+класс"
    r"|(?<![а-яё])в\s+(?:моём|моем|нашем|своём|своем)\s+класс"
)


def names_own_class(text: str) -> bool:
    """True when `text` speaks of its writer's own class as a possession («у моего класса»,
    «план моего класса», «для нашего класса», «в моём классе») — a class teacher's class
    (Person.class_name) is then meant (newcomer walk 2026-12-03z, Z1: «план моего класса в
    excel» was the whole school's file)."""
    return bool(_OWN_CLASS_NAMED.search(text.lower()))


def without_own_class(text: str) -> str:
    """`text` with its words for the writer's own class («у моего класса», «для нашего
    класса», «в моём классе»: names_own_class) left out."""
    return _OWN_CLASS_WORDS.sub(" ", text)


_OWN_CLASS_WORDS = re.compile(_OWN_CLASS_NAMED.pattern + r"[а-яё]*", re.IGNORECASE)
