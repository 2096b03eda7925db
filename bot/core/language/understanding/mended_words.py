"""A short chat message's words before it is read: spoken forms in their standard ones
(«некст» -> «след»), a week asked with its noun left out, courtesy around a request dropped;
and whether an intent's names hold a word so mended (then the words are read as typed).
"""

from __future__ import annotations

import re

from bot.core.dialog import Dialog
from bot.core.language import courtesy, small_talk, spoken
from bot.core.language.commands import Command, CommandKind, parse_command
from bot.core.language.fronted_topic import question_first
from bot.core.language.meaning import AddEvents, Intent
from bot.core.language.student_asks import who_runs_as_plan, without_parent


def names_mended(intent: Intent, typed: str) -> bool:
    """Whether a name `intent` carries (a title, a reference, an organiser: any text of
    its fields) holds a word the spoken words of `typed` were mended to (bot.core.language.
    spoken.mended_words; a new event's title also a spoken «меро»)."""
    mended = spoken.mended_words(typed, kinds=isinstance(intent, AddEvents))
    if not mended:
        return False
    names = (name.lower() for name in _texts_of(intent))
    return any(word in mended for name in names for word in re.findall(r"[а-яё]+", name))


def _texts_of(value: object, depth: int = 0) -> list[str]:
    """The strings in `value`'s dataclass fields, tuples and lists, a few levels down."""
    if isinstance(value, str):
        return [value]
    if depth > 3:
        return []
    if isinstance(value, (tuple, list, frozenset)):
        return [t for item in value for t in _texts_of(item, depth + 1)]
    if hasattr(value, "__dataclass_fields__"):
        fields = value.__dataclass_fields__
        return [t for name in fields for t in _texts_of(getattr(value, name), depth + 1)]
    return []


SPOKEN_MAX_CHARS = 200  # a longer text is a post or a plan: its words stay as written


def standard_words(text: str, dialog: Dialog, names_kept: bool = False) -> str:
    """A short one-line chat message with its spoken words in their standard forms
    (bot.core.language.spoken: «некст» -> «след», «шо» -> «что», an opening «ой» dropped;
    `names_kept`: only the words no name is made of, «некст неделе», «пж»); a week asked
    with its noun left out («а на следующей?») with the noun; a draft's answers, posts and
    pasted plans are read as written."""
    if dialog.pending or len(text) > SPOKEN_MAX_CHARS or "\n" in text.strip():
        return text
    standard = spoken.standard(text, names_kept)
    return _ELIDED_WEEK.sub(r"\g<0> неделе", standard, count=1)  # «а на следующей?»


# «а на следующей?», «а на этой что?»: a week asked again with its noun left out, as Russian
# leaves out the noun the question before named («что на этой неделе?»); after «на» such a
# feminine adjective with nothing after it but question words can only be the week's (a term
# is «в следующей четверти»; «на этой площадке» names its noun). Newcomer walk 2026-12-04ag,
# AG3: «Извините, не понял», and «что на следующей?» listed everything from today.
_ELIDED_WEEK = re.compile(
    r"(?<![а-яё])на\s+(?:этой|следующей|будущей|прошлой)(?![а-яё])"
    r"(?=(?:[\s,]*(?:что|что-нибудь|что-то|есть|будет|будут|там|интересного))*[\s?!.)]*$)",
    re.IGNORECASE,
)


_YES_OR_NO = frozenset({CommandKind.YES, CommandKind.NO})


def without_courtesy(text: str, dialog: Dialog) -> str:
    """A short one-line request with no card open, read without the «пожалуйста» or thanks
    around it (bot.core.language.courtesy); under a card only a «да» or «нет» so wrapped
    («да, спасибо», «сохрани, пожалуйста»), as any other answer there may be a title or a
    value; a message of courtesy alone and a post or a pasted plan are read as written."""
    if len(text) > SPOKEN_MAX_CHARS or "\n" in text.strip():
        return text
    if dialog.pending:
        plain = courtesy.without_courtesy(text)
        command = parse_command(plain) if plain != text else None
        answers = isinstance(command, Command) and command.kind in _YES_OR_NO
        return plain if answers else text
    if small_talk.small_talk(text) is not None:  # «ок, спасибо», «👍»: answered as small talk
        return text
    plain = courtesy.without_courtesy(small_talk.without_greeting(text))  # «Привет. …»
    plain = courtesy.without_telling_lead(plain)  # «подскажите, во сколько …?»: «во сколько …?»
    plain = question_first(without_parent(plain))  # «экскурсия когда?»: «когда экскурсия?»
    return who_runs_as_plan(plain)  # «я папа, когда …?»: «когда …?» (without_parent)
