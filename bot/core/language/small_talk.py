"""Greetings, thanks and emoji: words that need a short friendly answer, not a command.

`small_talk(text)` gives the kind of a whole message made only of such words
(«привет», «добрый день!», «спасибо большое», «👍», «ок, спасибо») or None. A message that
says something more («привет, что завтра?») is not small talk: it is understood as usual.
"""

from __future__ import annotations

import re

from bot.core.language.meaning import SmallTalkKind
from bot.core.language.tokens import normalize

_GREETINGS = (
    r"(?:привет\w*|прив|здравствуй\w*|здрасте|добр(?:ый|ое|ого)\s+(?:день|утро|вечер|дня|утра)"
    r"|доброго времени суток|хай|салют|hello|hi"
    # teenagers' (newcomer walk 2026-12-03x, X4)
    r"|ку|куку|ку-ку|хей|хэй|здаров[ао]|дарова|даров|йо|qq)"
)
_KINDS: tuple[tuple[SmallTalkKind, re.Pattern[str]], ...] = (
    (SmallTalkKind.GREETING, re.compile(rf"^{_GREETINGS}$")),
    (
        SmallTalkKind.THANKS,
        re.compile(
            r"^(?:(?:ок|хорошо|отлично|понятно|ясно|супер|класс)[\s,]+)?"
            r"(?:спасибо|спс|благодарю|большое спасибо|спасибо большое|спасибочки"
            r"|thanks|thank you)(?:[\s,]+(?:большое|огромное|вам|тебе))*$"
        ),
    ),
    (
        # a bare «ок», «ладно», «пон»: heard, nothing asked (bot.core.language.understand
        # takes it as small talk only when nothing waits for «да»; newcomer walk 2026-12-03x, X4)
        SmallTalkKind.ACK,
        re.compile(
            r"^(?:ок|окей|оке|окк|ok|okay|ладно|лан|ладн|пон|понял[аи]?|понятно|ясно|ага|угу"
            r"|норм|нормально|хорошо|принято|ясненько|понятненько)(?:\s+(?:ок|ладно|спасибо))?$"
        ),
    ),
    (
        SmallTalkKind.BYE,
        re.compile(r"^(?:пока|до свидания|всего доброго|хорошего дня|до встречи)$"),
    ),
)
_PUNCTUATION = re.compile(r"[!.,?…)(\s]+")
_EMOJI_ONLY = re.compile(
    r"^[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2764\uFE0F\u200D\U0001F1E6-\U0001F1FF\s!)(:;]+$"
)


# angry, sad or thumbs-down faces: asked what is wrong, never answered with «👍» (newcomer
# walk 2026-12-02o, #17)
_UPSET = re.compile(
    "[\U0001f44e\U0001f620\U0001f621\U0001f92c\U0001f624\U0001f62d\U0001f622"
    "\U0001f61e\U0001f612\U0001f641\u2639\U0001f4a9\U0001f92e\U0001f614]"
)


def small_talk(text: str) -> SmallTalkKind | None:
    """The kind of a message that is only a greeting, thanks, goodbye or emoji; else None."""
    stripped = text.strip()
    if announces_file(stripped):
        return SmallTalkKind.FILE_COMING
    if not stripped or len(stripped) > 60:
        return None
    if _EMOJI_ONLY.match(stripped) and any(ord(ch) > 0x2000 for ch in stripped):
        return SmallTalkKind.UPSET if _UPSET.search(stripped) else SmallTalkKind.EMOJI
    line = _PUNCTUATION.sub(" ", normalize(stripped)).strip()
    line = re.sub(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]", "", line).strip()
    for kind, pattern in _KINDS:
        if pattern.match(line):
            return kind
    if not _introduces(line) or _goes_on(normalize(stripped)):
        return None
    return SmallTalkKind.GREETING


# a sentence's end: «.», «!», «?», «…» (a run of them is one end)
_SENTENCE_END = re.compile(r"[.!?…]+")


def _goes_on(said: str) -> bool:
    """Whether a greeting with who is writing (`said`, normalized) says more after them: a
    «?» anywhere, or a last sentence that neither greets nor introduces («здравствуйте, я
    мама. во сколько экскурсия» asks; «добрый день! я методист урфу» only introduces; chat66,
    review64)."""
    if "?" in said:
        return True
    sentences = [s for s in _SENTENCE_END.split(said) if re.search(r"[а-яёa-z]", s)]
    last = _PUNCTUATION.sub(" ", sentences[-1]).strip() if sentences else ""
    return not (_INTRO.match(last) or _GREETING_HEAD.match(last + " "))


# a greeting opening a message, with the marks or space after it
_GREETING_HEAD = re.compile(rf"^\s*{_GREETINGS}(?:[\s,!.…]+|$)", re.IGNORECASE)
# a greeting as its own clause: a comma, «!», «.» or «…» closes it
_GREETING_CLAUSE = re.compile(rf"^\s*{_GREETINGS}\s*[,!.…]+\s*", re.IGNORECASE)


def without_greeting(text: str) -> str:
    """`text` without a greeting that opens it as its own clause («Здравствуйте, я мама. Во
    сколько экскурсия?» -> «я мама. Во сколько экскурсия?», «Привет. Кто ведёт в четверг?»
    -> «Кто ведёт в четверг?»): the request after a greeting is read as if said alone
    (chat66). `text` itself when no such greeting opens it or nothing follows it."""
    found = _GREETING_CLAUSE.match(text)
    if found is None or not re.search(r"[а-яёa-z0-9]", text[found.end() :], re.IGNORECASE):
        return text
    return text[found.end() :]


# a cover note of a file still to come (newcomer walk 2026-12-02t, #25: in VK the note and
# the file often arrive as two messages): a verb of sending, in the present or the near
# future («отправляем», «высылаю», «сейчас пришлю», «во вложении») and what is sent (a plan,
# a file, a table, a schedule); no digit, so a note that names a day or a time is the event,
# and no question mark
_SENDS = re.compile(
    r"\b(?:отправля\w*|отправлю|отправим|высыла\w*|вышлю|вышлем|направля\w*|направлю|"
    r"направим|пересыла\w*|перешлю|перешлем|присыла\w*|пришлю|пришлем|прикладыва\w*|"
    r"приклады\w*|прилага\w*|прикрепля\w*|прикреплю|скидыва\w*|скину|скинем|"
    r"во\s+вложени\w*|в\s+приложени\w*)\b"
)
_SENT = re.compile(r"\b(?:план\w*|файл\w*|таблиц\w*|расписани\w*|документ\w*|список\w*)\b")
FILE_NOTE_MAX_CHARS = 200


def announces_file(text: str) -> bool:
    """Whether `text` is only a one-line cover note of a plan file still to come
    («Добрый день! Отправляем уточнённый план, в январе есть изменения», «сейчас пришлю
    файл»): a sending verb and a plan, file or table named, and no digit at all."""
    if "\n" in text.strip() or len(text) > FILE_NOTE_MAX_CHARS or re.search(r"[\d?]", text):
        return False  # a question («кому отправлять план?») is asked, not announced
    line = normalize(text)
    return _SENDS.search(line) is not None and _SENT.search(line) is not None


def _introduces(line: str) -> bool:
    """A greeting followed only by who is writing («добрый день я методист урфу»,
    «здравствуйте это классный руководитель 9б»): no day, time or event named."""
    words = line.split()
    for size in (3, 2, 1):  # «доброго времени суток», «добрый день», «привет»
        head, rest = " ".join(words[:size]), " ".join(words[size:])
        if _KINDS[0][1].match(head) and _INTRO.match(rest):
            return _NAMES_NOTHING.search(rest) is None
    return False


# who is writing: «я …», «это …», «меня зовут …», «мы из …», «пишу из …»
_INTRO = re.compile(r"^(?:я|это|меня\s+зовут|мы|пишу)\b")
# a day, a time or a request in the introduction makes it a message, not small talk
_NAMES_NOTHING = re.compile(
    r"\d[:.]\d|\b(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|завтра|сегодня|понедельник|вторник|сред|четверг|пятниц|суббот|воскресен"
    r"|хочу|хотим|хотел|можно|подскаж|провест|добав|запиш)",
)


# a wish to have one's data removed or to leave: «удали(те) мои данные», «удалите меня»,
# «я больше не учусь в этой школе», «я ушёл из школы»
_FORGET_ME = re.compile(
    r"^(?:пожалуйста\s+)?(?:удал(?:и|ите|ить)|сотр(?:и|ите)|уберите)\s+(?:все\s+)?"
    r"(?:мои\s+(?:персональные\s+)?данные|меня|мой\s+аккаунт|обо\s+мне\s+вс[её])"
    r"(?:\s+(?:из\s+)?(?:бота|базы|системы))?(?:\s+пожалуйста)?$"
    r"|^я\s+(?:больше\s+не\s+учусь\s+(?:в\s+)?(?:этой\s+|вашей\s+)?школ\w*"
    r"|ушла?\s+из\s+(?:этой\s+|вашей\s+)?школы|перев[её]л(?:ся|ась)\s+в\s+другую\s+школу"
    r"|переш(?:ел|ёл|ла)\s+в\s+другую\s+школу)$"
)


def asks_data_deletion(text: str) -> bool:
    """Whether the whole message asks to remove the writer's data or says they left the
    school («удали мои данные», «удалите меня из бота, пожалуйста», «я больше не учусь в этой
    школе»); a longer message saying more is not this."""
    stripped = text.strip()
    if not stripped or len(stripped) > 80:
        return False
    line = _PUNCTUATION.sub(" ", normalize(stripped)).strip()
    return bool(_FORGET_ME.match(line))
