"""Small talk («спасибо», «👍») and a sign-up or its cancel said in words («запиши меня на 6 и 7»,
«запиши меня на все», «не пойду на олимпиаду», «не напоминай про …»), with a «👍» under a card
read as its «да».
"""

from __future__ import annotations

import re

from bot.core.dialog import Confirmation, Dialog, Nothing
from bot.core.language import signup_phrases, small_talk, unsign_phrases
from bot.core.language.commands import Command, CommandKind, parse_command
from bot.core.language.meaning import (
    DataDeletion,
    ForgetMoments,
    Intent,
    ListMoments,
    MuteByTitle,
    SchoolDayAbsence,
    SignupByTitle,
    SignupMany,
    SmallTalk,
    SmallTalkKind,
    UnsignAll,
    UnsignByTitle,
)
from bot.core.language.numerals import number_value
from bot.core.language.remind_moments import forget_moment, forget_numbered, lists_moments
from bot.core.language.understanding.list_answers import listed_target, with_target

# «запиши меня на все», «на все встречи», «записаться на всё сразу»: every event of the last
# list (a кружок's meetings listed by «запиши меня на кружок»; newcomer walk 2026-12-01b)
_ALL_LISTED = re.compile(
    r"^(?:(?:запиши(?:те)?|записать|записаться)\s+(?:меня\s+)?|хочу\s+)?на\s+"
    r"(?:вс[её]|все\s+(?:встречи|занятия))(?:\s+(?P<count>\d{1,2}|[а-яё]+))?(?:\s+сразу)?"
    r"\s*[.!)]*$"
)


def _all_counted(count: str | None, dialog: Dialog) -> bool:
    """Whether the count after «на все» («на все три», «все 3») is the last list's length
    (or none is said; «сразу» is no count): a count the list does not have picks nothing."""
    if count is None or count == "сразу":
        return True
    value = int(count) if count.isdigit() else number_value(count)
    return value == len(dialog.listed)


def small_talk_or_signup(text: str, dialog: Dialog) -> Intent | None:
    """Small talk, a sign-up said in words («запиши меня на 6 и 7» from the last list,
    «запиши меня на день открытых дверей», «на пайку тоже запиши») or its cancel («не
    пойду на олимпиаду», «не пойду на второе»); None for anything else."""
    talk = small_talk.small_talk(text)
    if talk is SmallTalkKind.ACK and (dialog.pending or dialog.incoming or _waits(dialog)):
        talk = None  # «ок» under a card or a question is its answer, as before
    if talk is not None and not _approves_card(text, dialog):
        return SmallTalk(talk)
    if small_talk.asks_data_deletion(text):  # «удали мои данные»: whom to ask
        return DataDeletion()
    drafting = bool(dialog.pending)  # «можно в актовом зале» answers the draft's question
    every = _ALL_LISTED.match(" ".join(text.lower().split()))
    if dialog.listed and not drafting and every and _all_counted(every["count"], dialog):
        numbers = tuple(range(1, len(dialog.listed) + 1))  # «запиши меня на все»
        return SignupMany(numbers, tuple(listed_target(dialog, n) for n in numbers), every=True)
    # «отмени напоминание» (remind66), under a card too: it leaves the drafts (newcomer72)
    forgetting = forget_moment(text)
    if forgetting is not None:
        return ForgetMoments(forgetting)
    if (number := forget_numbered(text)) is not None:  # remind69
        return ForgetMoments("", number=number)  # «отмени напоминание 2»
    if lists_moments(text):  # «мои напоминания» (remind69); at a card's question too (newcomer72)
        return ListMoments()
    muting = None if drafting else unsign_phrases.parse_mute(text)  # «не напоминай про …»
    if muting is not None:
        return MuteByTitle(*muting)
    signup = signup_phrases.parse_signup(text, anywhere=not drafting)
    if isinstance(signup, tuple):
        return SignupMany(signup, tuple(listed_target(dialog, n) for n in signup))
    if signup is not None:
        return SignupByTitle(signup, wish=signup_phrases.wishes(text))
    unsign = unsign_phrases.parse_unsign(text)  # «не пойду на …»; while drafting only «… от всех»
    if drafting and unsign != unsign_phrases.EVERY:
        unsign = None
    hedged = unsign is not None and unsign_phrases.hedged(text)  # «наверное не приду» (chat77)
    if unsign == ():  # «я передумал», «отпиши меня»: the sign-up in context, else asked
        return with_target(Command(CommandKind.UNSIGN, hedged=hedged), dialog)
    if isinstance(unsign, tuple) and len(unsign) == 1:  # several numbers: not guessed at
        return with_target(Command(CommandKind.UNSIGN, unsign[0], hedged=hedged), dialog)
    if unsign == unsign_phrases.EVERY:  # «отпишись от всего»
        return UnsignAll()
    if isinstance(unsign, str):
        return UnsignByTitle(unsign, hedged=hedged)
    if not drafting and unsign_phrases.skips_school(text):  # «не пойду в школу завтра»
        return SchoolDayAbsence()
    return None


def _waits(dialog: Dialog) -> bool:
    """Whether the bot waits for an answer (a card, a question, a choice)."""
    return not isinstance(dialog.waiting, Nothing)


def _approves_card(text: str, dialog: Dialog) -> bool:
    """«👍» (or «👌», «✅») while a card asks «Сохранить?»: the answer «да», not small talk."""
    if not isinstance(dialog.waiting, Confirmation):
        return False
    command = parse_command(text)
    return command is not None and command.kind is CommandKind.YES
