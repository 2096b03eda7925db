"""What is said about the curator's agreement of events (newcomer walk 2026-12-02t, #16): a
curator's «согласовано», «согласую интенсив», «согласовать всё от КГТУ», «не согласовываю
…», anyone's «что ждёт согласования?», a partner's «что у меня согласовано?» and «а мою
встречу одобрили?». Pure: text in, an `Agreement` (bot.core.language.meaning) or None.
Who may agree is not decided here (bot.core.permissions.can_agree)."""

from __future__ import annotations

import re

from bot.core.language.cancel_phrases import reference_lemmas
from bot.core.language.meaning import Agreement, AgreementKind
from bot.core.language.tokens import normalize

# the verb of agreeing in its forms: «согласовано», «согласую», «согласовываю», «одобряю»,
# «утверждаю», «согласовать», «согласуйте»
_AGREE = (
    r"(?:согласован[оа]?|согласовыва(?:ю|ем)|согласу(?:ю|ем|й|йте)|согласовать"
    r"|одобр(?:яю|яем|ено|ена|ить)|утвержда(?:ю|ем)|утвержден[оа]?|утвердить|подтверждаю)"
)
_REFUSE = re.compile(
    r"^(?:я\s+)?не\s+(?:согласовыва\w*|согласу\w*|согласован\w*|одобр\w*|утвержда\w*"
    r"|утверж\w*|подтвержда\w*)(?:[\s:,—–-]+(?P<ref>.+))?$"
)
# «отмени согласование …», «отзови согласование …», «сними согласование с …»: an agreement
# withdrawn (attack v, #15), read as a refusal of that event
_WITHDRAW = re.compile(
    r"^(?:я\s+)?(?:отмени(?:те)?|отменяю|отзови(?:те)?|отзываю|сними(?:те)?|снимаю)\s+"
    r"(?:сво[её]\s+|мо[её]\s+|это\s+)?согласовани[еяю]"
    r"(?:[\s:,—–-]+(?:с|со|для|у)?\s*(?P<ref>.+))?$"
)
_ALL = re.compile(
    rf"^(?:я\s+)?{_AGREE}\s+(?:все\s+(?:мероприятия|события|встречи)|вс[её])"
    r"(?:[\s,]+(?:от|у|для)?\s*(?P<org>.+?))?$"
)
_ONE = re.compile(rf"^(?:я\s+)?{_AGREE}(?:[\s:,—–-]+(?P<ref>.+))?$")
# an exception inside an agreement: «всё, кроме КГТУ», «всё, но не КГТУ», «за исключением …»
_EXCEPT = re.compile(r"(?:^|\s)(?:кроме|исключая|но\s+не|за\s+исключением)(?=\s|$)")
_WAITING = re.compile(
    r"(?:жд[её]т|ждут|ожида\w*)\s+(?:моего\s+|вашего\s+)?согласовани"
    r"|на\s+согласовании|(?:что|какие|какое)\s+(?:ещ[её]\s+)?(?:не\s+согласован\w*"
    r"|(?:нужно|надо)\s+согласовать|согласовать)|^не\s*согласованн?ые"
)
_MINE = re.compile(
    r"^(?:а\s+)?(?:что|какие|какое|сколько)?(?:\s+(?:из\s+)?(?:у\s+)?(?:меня|нас|моих|наших))"
    r"\s+(?:уже\s+)?(?:согласован\w*|одобрен\w*|утвержден\w*)"
    r"|^(?:мои|наши)\s+согласовани\w*"
)
# a past «согласовали / одобрили / утвердили» or a short participle asked about one event
_ASKED = re.compile(
    r"(?:^|\s)(?P<verb>согласовал\w*|одобрил\w*|утвердил\w*|согласован[аоы]?|одобрен[аоы]?"
    r"|утвержден[аоы]?)(?=\s|$)"
)
_ASK_FILLERS = re.compile(
    r"(?:^|\s)(?:а|и|ли|уже|что|с|со|её|ее|его|их|мо[юяей]\w*|наш\w*|куратор\w*|вы|мне"
    r"|скажите|подскажите|пожалуйста|там|ну|так|это|школ[аеуы]|администраци\w*|завуч\w*)(?=\s|$)"
)
# A question about the list of one's events whose words name no event, answered with the
# list: their words were quoted back as a missing title «Среди ваших мероприятий нет «…»»
# (newcomer walks 2026-12-03y Y13 and 2026-12-03z Z5). Two shapes: the question opens with
# «какие/что из/сколько» + an event noun, whatever follows («какие мероприятия со школой №7
# согласованы?») — _WHICH_EVENTS on the whole question; or nothing but such words is left
# once the verb is taken out («какие из наших школа согласовала?», «что из нашего плана
# согласовали?», «какие уже одобрены?») — _WHICH_OF_MINE on the rest.
_EVENT_NOUNS = r"(?:мероприяти\w*|событи\w*|встреч\w*|заняти\w*|заяв\w*|план\w*)"
_WHICH_EVENTS = re.compile(
    r"^(?:а\s+|и\s+)?(?:какие|что\s+из|сколько|много\s+ли)\s+(?:(?:из\s+)?(?:моих|наших|ваших)\s+)?"
    rf"{_EVENT_NOUNS}(?=\s|$)"
)
_WHICH_OF_MINE = re.compile(
    r"^(?:а\s+)?(?:какие|какое|какой|что|сколько)(?:\s+(?:из|у))?"
    r"(?:\s+(?:наш\w*|мо[иеёй]\w*|всех|ваш\w*))?"
    rf"(?:\s+{_EVENT_NOUNS})?"
    r"(?:\s+(?:уже|школ[аеуы]|администраци\w*|куратор\w*|завуч\w*))*$"
)


# the words a bare agreement may carry as a reply to a card: «ок, согласовано», «да,
# согласовано», «согласовано, спасибо», «всё согласовано»
_ASSENT_WORDS = frozenset(
    ["да", "ок", "окей", "ok", "хорошо", "отлично", "конечно", "всё", "все", "спасибо"]
)
_BARE_AGREE = re.compile(rf"^{_AGREE}$")


def card_assent(text: str) -> bool:
    """Whether `text` is the verb of agreeing alone («согласовано», «согласовываю»), with
    nothing but words of assent or thanks around it («ок, согласовано», «да, согласовано»,
    «согласовано, спасибо»): under an open card, an answer to it that names no event (attack
    v, #27). A question, a refusal or any other word is not."""
    if text.rstrip().endswith("?"):
        return False
    words = re.sub(r"[!.…«»\",:;—–-]+", " ", normalize(text)).split()
    agreed = [w for w in words if _BARE_AGREE.match(w)]
    return len(agreed) == 1 and all(w in _ASSENT_WORDS or _BARE_AGREE.match(w) for w in words)


def agreement_phrase(text: str) -> Agreement | None:
    """The agreement `text` asks for or about, or None. «подтверждаю» alone stays the «да» of
    an open card (bot.core.language.commands) and is not read here."""
    words = " ".join(re.sub(r"[!.…?«»\",]+", " ", normalize(text)).split()).strip(" :;—–-")
    asked = text.rstrip().endswith("?")
    if not words or len(words) > 120:
        return None
    if _WAITING.search(words):
        return Agreement(AgreementKind.WAITING)
    if _MINE.search(words):
        return Agreement(AgreementKind.STATE)
    refused = _REFUSE.match(words) or _WITHDRAW.match(words)
    if refused and not asked:
        return Agreement(AgreementKind.REFUSE, (refused.group("ref") or "").strip())
    if not asked and _EXCEPT.search(words) and (_ALL.match(words) or _ONE.match(words)):
        return Agreement(AgreementKind.AGREE_ALL, excepted=True)
    every = _ALL.match(words)
    if every and not asked:
        return Agreement(AgreementKind.AGREE_ALL, organiser=(every.group("org") or "").strip())
    one = _ONE.match(words)
    if one and not asked:
        reference = (one.group("ref") or "").strip()
        if words == "подтверждаю" or (not reference and words.startswith("подтвержда")):
            return None
        return Agreement(AgreementKind.AGREE, reference)
    found = _ASKED.search(words)
    if found and asked:
        if _WHICH_EVENTS.match(words):  # «какие мероприятия со школой №7 согласованы?»
            return Agreement(AgreementKind.STATE)
        rest = (words[: found.start()] + " " + words[found.end() :]).strip()
        if _WHICH_OF_MINE.match(" ".join(rest.split())):
            return Agreement(AgreementKind.STATE)
        rest = " ".join(_ASK_FILLERS.sub(" ", f" {rest} ").split())
        return Agreement(AgreementKind.STATE, rest.strip(" ,"))
    return None


# nouns that stand for «my event» without naming which: «а мою встречу одобрили?»
_ANY_EVENT = frozenset({"встреча", "заявка"})


def names_an_event(reference: str) -> bool:
    """Whether the words of «а … одобрили?» name an event by its kind or title («мастер-класс
    по робототехнике», «концерт») rather than stand for one's own event in general («мою
    встречу», «наше мероприятие»): title words (cancel_phrases.reference_lemmas) beyond
    _ANY_EVENT (attack v, #25)."""
    return bool(reference_lemmas(reference) - _ANY_EVENT)
