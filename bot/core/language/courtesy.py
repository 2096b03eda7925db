"""A chat message's courtesy around what it asks: «пригласить партнёра КГТУ пожалуйста»,
«согласую 1, спасибо», «пожалуйста, мои мероприятия», «без сводки 🙏». Russian adds
«пожалуйста» or a thank-you to a request anywhere at its edges; the request is read without
them, so a command's argument (an organisation's name, an event's reference) never takes
them in (newcomer walk 57: «Код приглашения для партнёра «КГТУ пожалуйста»»).

A message that is only courtesy («спасибо», «ок, спасибо», «пожалуйста») is small talk and
keeps its words (bot.core.language.small_talk answers it).
"""

from __future__ import annotations

import re

from bot.core.language.invitations import asking
from bot.core.language.morphology import parses

# the courtesy words a request is wrapped in: «пожалуйста» (and its common misspellings and
# chat shortenings), a thank-you with its intensifiers («спасибо большое», «заранее
# спасибо»); «заранее», «большое» alone are never taken off («напомни заранее»)
_WORDS = (
    r"(?:пожалу[йи]?ст[ао]|плиз|плз|пж|пжл|пжлст|пожалуйсто"
    r"|(?:(?:большое|огромное|заранее)\s+)?(?:спасибо|спс|благодарю)"
    r"(?:\s+(?:большое|огромное|заранее|вам|тебе))*)"
)
# an emoji closing a request («мои мероприятия 🙏»): a pictograph or a dingbat, with its
# variation selector or skin tone
_EMOJI = r"[\U0001F300-\U0001FAFF\u2600-\u27BF][\uFE0F\U0001F3FB-\U0001F3FF]?"
_TAIL = re.compile(
    rf"(?:(?:[\s,;.!—–-]+|^){_WORDS}|\s*{_EMOJI})(?:[\s,;.!?)]*(?:{_WORDS}|{_EMOJI}))*"
    r"(?P<marks>[\s,;.!?)]*)$",
    re.IGNORECASE,
)
_HEAD = re.compile(rf"^\s*{_WORDS}[\s,;.!—–-]+", re.IGNORECASE)
# a courtesy word joined by «и»/«или» to the words before it is one of them («урок
# вежливости пожалуйста и спасибо» names both words), not a courtesy at the message's edge
_JOINED = re.compile(r"(?<![а-яё])(?:и|или|либо)\s*$", re.IGNORECASE)
_LETTER = re.compile(r"[0-9a-zа-яё]", re.IGNORECASE)


def without_courtesy(text: str) -> str:
    """`text` without the courtesy words and emoji at its start and end; a «?» that closed
    it closes the rest («мои мероприятия, пожалуйста?» -> «мои мероприятия?»). `text`
    itself when nothing but courtesy is left."""
    rest = text
    tail = _TAIL.search(rest)
    if tail is not None and tail.start() > 0 and not _JOINED.search(rest, 0, tail.start()):
        asked = "?" in tail.group("marks") or "?" in tail.group(0)
        rest = rest[: tail.start()].rstrip(" ,;—–-") + ("?" if asked else "")
    head = _HEAD.match(rest)
    if head is not None:
        rest = rest[head.end() :]
    return rest if _LETTER.search(rest) else text


# a verb of telling that opens an indirect question, as Russian asks politely: «подскажите,
# во сколько …», «скажи пожалуйста, где …» (the imperative of «подсказать» or «сказать»,
# with «пожалуйста» and a comma at most between it and the question)
_TELL_LEAD = re.compile(
    r"^\s*(?:под)?скаж(?:и|ите)(?:\s*,\s*|\s+)(?:пожалу[йи]?ст[ао]\s*,?\s*)?(?=[а-яё])",
    re.IGNORECASE,
)


def without_telling_lead(text: str) -> str:
    """`text` without «подскажите» or «скажите» (and a «пожалуйста») that open it when an
    interrogative word (pymorphy3, invitations.asking) follows: «подскажите, во сколько
    экскурсия?» -> «во сколько экскурсия?», read as if asked directly (chat66). `text`
    itself otherwise («подскажите расписание на завтра» keeps its verb)."""
    found = _TELL_LEAD.match(text)
    if found is None:
        return text
    rest = text[found.end() :]
    return rest if _opens_with_question_word(rest) else text


def _opens_with_question_word(rest: str) -> bool:
    """Whether `rest`'s first word that is no preposition or particle (pymorphy3) is an
    interrogative: «во сколько …», «в какое время …», «где …», «а когда …»."""
    for word in _WORD.findall(rest)[:4]:
        found = parses(word.lower())
        if asking(found):
            return True
        if not found or found[0].tag.POS not in _PASSED:
            return False
    return False


_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)
_PASSED = frozenset({"PREP", "PRCL", "CONJ"})  # «во», «а», «и»
