"""What a student (or a parent in a student's chat) asks that the plan answers only in part
(chat64's walk):

- who runs an event: «кто проводит?», «кто ведёт экскурсию?», «а кто организатор лекции?»
  (`who_runs`: the title words as written, "" for the event in context; None when the
  text is not this question). The plan knows the organising organisation only;
- a reminder at a given moment: «напомни мне завтра», «напомни в 8 утра», «напомните
  вечером про экскурсию» (`reminder_at`): the bot reminds a set time before every start
  («за N до начала», bot.core.language.reminder_times), never at a moment of the person's
  choosing; «напомни за час» is no such request (its own command, read before); a lead
  before one event («за 3 дня до экскурсии», remind_leads) and an event alone («напомни про
  экскурсию»: its moment is asked, chat72) are;
- a parent writing for a child (`for_child`): a verb of signing up or cancelling, or a
  child who cannot come, with the child named as its object — «запишите дочь на
  экскурсию», «запиши моего сына на лекцию», «сын не сможет прийти», «ребёнок заболел»
  (ChildAsk.SIGNUP, .CANCEL), and «я мама ученика 9Б», «я родитель» (ChildAsk.PARENT). The
  child is a noun whose pymorphy3 lemma is a child's («сын», «дочь», «дочка», «ребёнок»…),
  the verb a lemma of signing up or leaving; a plan question about a child («мой сын в 7Б,
  что у них на неделе?») is left to the plan reader, and so is a text naming children in
  the plural («запишите детей …») or a day or clock: an organiser's announcement.

Pure: no store, no clock.
"""

from __future__ import annotations

import enum
import re

from bot.core.language.asked_event import event_words
from bot.core.language.event_questions import event_question, names_no_event
from bot.core.language.invitations import asking
from bot.core.language.morphology import parses
from bot.core.language.remind_leads import lead_of_event
from bot.core.language.sentences import sentences
from bot.core.language.tokens import normalize

MAX_QUESTION = 80  # characters: a longer text is a post or a story
_WORD = re.compile(r"[а-яё]+")

# «кто проводит?», «а кто ведёт экскурсию?», «кто организатор лекции о космосе?»
_WHO_RUNS = re.compile(
    r"^(?:(?:а|и|ну)\s+)?кто\s+(?:(?:будет|там)\s+)*"
    r"(?:провод\w*|провед\w*|вед[её]т|вести|организу\w*|организатор\w*|читает|рассказыва\w*)"
    r"(?:\s+(?:это|его|е[её]|там))*(?:\s+(?P<event>[а-яa-z0-9«»\"\s-]+?))?\s*\??$"
)


def who_runs(text: str) -> str | None:
    """The title words of the event whose organiser `text` asks about ("" — the event in
    context), or None when `text` is no such question (module docstring)."""
    line = " ".join(normalize(text).split()).strip(" .!")
    if not line or len(line) > MAX_QUESTION:
        return None
    found = _WHO_RUNS.match(line)
    if found is None:
        return None
    written = (found.group("event") or "").strip(' «»"')
    if names_no_event(written):
        return None  # «кто ведёт в четверг?»: a day's plan (`who_runs_as_plan`, chat66)
    return " ".join(event_words(written.split()))


def who_runs_as_plan(text: str) -> str:
    """`text` as a question about the plan when it asks who runs what happens on a day or in
    a period («кто ведёт в четверг?» -> «что в четверг?», «кто проводит экскурсию 10
    декабря?» -> «что экскурсию 10 декабря?»): the plan's list of that day names each
    event's organiser, all the plan knows of who runs it (chat66: the day was read as the
    event's title words, «Не нашёл … по словам «четверг»»). `text` itself otherwise."""
    line = " ".join(normalize(text).split()).strip(" .!")
    found = _WHO_RUNS.match(line) if line and len(line) <= MAX_QUESTION else None
    written = (found.group("event") or "").strip(' «»"') if found else ""
    return f"что {written}?" if written and names_no_event(written) else text


# «напомни», «напомните», «напомнишь?», «можешь напомнить»
_REMIND = re.compile(
    r"(?<![а-яё])(?:напомни(?:те|шь)?|(?:можешь|можете|можно)\s+(?:мне\s+)?напомнить)(?![а-яё])"
)
# «за час», «за 2 часа до начала»: the offset the reminders take (their own command)
_OFFSET = re.compile(r"(?<![а-яё])за\s+(?:\d|пол|час|день|сутк|минут|недел|два|две|три)")
# a moment of the person's choosing: a day word, a clock, a part of the day
_MOMENT = re.compile(
    r"(?<![а-яё])(?:завтра|сегодня|послезавтра|утром|вечером|дн[её]м|ночью|накануне"
    r"|в\s+день|в\s+\d{1,2}(?:[:.]\d{2})?|к\s+\d{1,2}|через\s+\w+|в\s+(?:понедельник|вторник"
    r"|среду|четверг|пятницу|субботу|воскресенье)|\d{1,2}\s+[а-я]+бр[яь]|\d{1,2}\.\d{1,2})"
)


def reminder_at(text: str) -> bool:
    """Whether `text` asks to be reminded at a moment it names (module docstring)."""
    line = " ".join(normalize(text).split())
    asked = _REMIND.search(line) if len(line) <= MAX_QUESTION else None
    if asked is None or _asks_now(line[asked.end() :]):
        return False
    if lead_of_event(line) is not None:  # «за 3 дня до экскурсии», «за час про лекцию»
        return True
    if _OFFSET.search(line):  # «напомни за час» is the settings'
        return False
    if any(_to_others(w) for w in _WORD.findall(line)):
        return False  # «напомните ученикам завтра …»: a message for others, not a reminder
    return _MOMENT.search(line) is not None or _about_only(line[asked.end() :])


# «(мне) (пожалуйста) про экскурсию»: the words after «напомни» name an event and no moment
_ABOUT_ONLY = re.compile(
    r"^(?:[\s,]*(?:мне|нам|пожалуйста))*[\s,]*(?:про|об?|насч[её]т)\s+(?P<words>[а-яё][а-яё\s-]*?)"
    r"(?:[\s,]+пожалуйста)?[\s.!]*$"
)


def _about_only(rest: str) -> bool:
    """Whether the words after «напомни» (`rest`) name one event and nothing else —
    «напомни про экскурсию», «напомните мне, пожалуйста, о лекции»: a reminder whose moment
    is asked («Когда напомнить?» with the usual leads as buttons, chat72)."""
    found = _ABOUT_ONLY.match(rest)
    words = found.group("words").split() if found is not None else []
    return bool(words) and event_words(words) == words


def _asks_now(rest: str) -> bool:
    """Whether the words after «напомни» (`rest`) make it no reminder for the speaker: an
    interrogative opens them — an indirect question, a fact asked for now («напомни, во
    сколько экскурсия в четверг?», «напомните пожалуйста, где будет лекция», «напомни-ка, в
    каком кабинете») — or a dative other than «мне»/«нам» names whom to remind («напомните
    всем», «напомните своим», «напомни маме»: a teacher's post or a message for others).
    Particles, interjections, prepositions and «мне»/«нам» before them are passed over by
    grammar (pymorphy3); a moment named first («напомни мне завтра, что взять») is a
    reminder's (review64)."""
    for word in _WORD.findall(rest):
        found = parses(word)
        if not found:
            return False
        if asking(found):
            return True
        tag = found[0].tag
        if "datv" in tag.grammemes and tag.person != "1per":
            return True  # «всем», «маме»: someone else is to be reminded
        if tag.POS not in _PASSED and "datv" not in tag.grammemes:  # «мне», «нам» passed
            return False
    return False


# whom a teacher asks to remind, besides a plural dative noun: «классу», «всему 7Б», «7 «Б»»
_CLASS_ADDRESSEE = re.compile(
    r"(?<![а-яё])(?:(?:моему|нашему|своему|всему)\s+)?(?:классу|\d{1,2}\s*-?\s*[«\"]?[а-я](?![а-яё]))"
)
# «как напомнить ученикам …?»: the same request asked as a question
_HOW_REMIND = re.compile(r"(?<![а-яё])как\s+(?:мне\s+|можно\s+)?напомнить(?![а-яё])")
# a clock: a text with one is an announcement or an event, never this request
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def reminds_others(text: str) -> bool:
    """Whether `text` asks the bot to remind other people — a class or pupils — rather than
    the writer: «напомни классу про мастер-класс», «напомните ученикам 7Б об экскурсии»,
    «напомни 7Б про экскурсию», «как напомнить ученикам о мероприятии?» (newcomer78's walk:
    a class teacher's first wish was answered «Извините, не понял»). The addressee comes
    within the first three words after the verb; a text with a clock, or longer than a
    question, is a post or an event and never this request."""
    line = " ".join(normalize(text).split())
    if len(line) > MAX_QUESTION or _CLOCK.search(line):
        return False
    asked = _REMIND.search(line) or _HOW_REMIND.search(line)
    if asked is None:
        return False
    rest = line[asked.end() :]
    head = " ".join(_WORD_OR_CLASS.findall(rest)[:3])
    if _CLASS_ADDRESSEE.search(head):
        return True
    return any(_to_others(w) for w in _WORD.findall(head))


_WORD_OR_CLASS = re.compile(r"\d{1,2}\s*-?\s*[«\"]?[а-я](?![а-яё])|[а-яё]+")


_PASSED = frozenset({"PRCL", "INTJ", "PREP"})  # «пожалуйста», «ка», «а»; «в», «во», «на»


def _to_others(word: str) -> bool:
    """Whether `word` is a plural noun in the dative («ученикам», «детям», «родителям»)."""
    return any({"NOUN", "datv", "plur"} <= set(r.tag.grammemes) for r in parses(word)[:1])


class ChildAsk(enum.StrEnum):
    """What a parent asks for a child: a sign-up, a cancelled one, or says who they are."""

    SIGNUP = "signup"
    CANCEL = "cancel"
    PARENT = "parent"


_CHILD_LEMMAS = frozenset({"сын", "сынок", "дочь", "дочка", "доча", "ребёнок", "ребенок"})
_PARENT_LEMMAS = frozenset({"родитель", "мама", "папа", "мать", "отец"})
_SIGNUP_LEMMAS = frozenset({"записать", "записывать", "зарегистрировать"})
_CANCEL_LEMMAS = frozenset({"отписать", "выписать", "отменить", "снять", "заболеть"})
# «не сможет», «не придёт», «не пойдёт»: the child will not come
_WONT_COME = re.compile(r"(?<![а-яё])не\s+(?:сможет|придёт|придет|пойдёт|пойдет|будет)(?![а-яё])")
# a day or a clock: an announcement («… 15 декабря в 15:00»), not a parent's request
_DATED = re.compile(
    r"\d{1,2}[:.]\d{2}|\d{1,2}\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август"
    r"|сентябр|октябр|ноябр|декабр)"
)
# «я мама …», «я — папа …», «я родитель ученика 9Б», «пишет мама …»
_I_AM = re.compile(r"^(?:здравствуйте[,!.]?\s+)?(?:я\s*[-—]?\s*|пишет\s+|это\s+)(?P<who>[а-яё]+)")


# a parent's introduction as its own clause, then the rest: «я папа, когда лекция?»
_INTRO_THEN = re.compile(_I_AM.pattern + r"[^,.!:;?]*?(?:[,.!:;]+|\s+[-—–]+)\s*(?P<rest>.+)$")


def without_parent(text: str) -> str:
    """`text` without a parent's introduction that opens it as a clause of its own and
    names no class, when a question follows («я папа, когда лекция о космосе?» -> «когда
    лекция о космосе?»: the question is the plan's to answer, review64); `text` itself
    otherwise («я мама ученика 7Б, что у них на неделе?» keeps its class for the reader)."""
    line = " ".join(normalize(text).split())
    found = _INTRO_THEN.match(line) if len(line) <= MAX_QUESTION else None
    if found is None or not _is_parent(found.group("who")):
        return text
    rest = found.group("rest")
    if not _asks(rest):
        return text
    if any(c.isdigit() for c in line[: found.start("rest")]) and not _one_event(rest):
        return text  # «я мама ученика 7Б, что у них на неделе?»: the class is the question's
    return rest


def _one_event(rest: str) -> bool:
    """Whether `rest` asks when or where one event it names is («где будет экскурсия?»:
    a class named before it bears on no answer, chat69), with no third-person pronoun
    that would point back at the child or the class («во сколько у них экскурсия?»)."""
    asked = event_question(rest)
    if asked is None or not asked.reference:
        return False
    return not any(_third_person(w) for w in _WORD.findall(rest))


def _third_person(word: str) -> bool:
    """Whether `word` reads (pymorphy3, any reading) as a third-person personal pronoun
    («они», «у них», «ему», «его»)."""
    return any(r.tag.POS == "NPRO" and r.tag.person == "3per" for r in parses(word))


def _is_parent(word: str) -> bool:
    """«мама», «папа», «родитель» by its likeliest pymorphy3 reading."""
    return bool({r.normal_form for r in parses(word)[:1]} & _PARENT_LEMMAS)


def _asks(rest: str) -> bool:
    """Whether `rest` is a question: a «?» or an interrogative word (pymorphy3)."""
    return "?" in rest or any(asking(parses(w)) for w in _WORD.findall(rest))


def for_child(text: str) -> ChildAsk | None:
    """What `text` asks for a child (module docstring), or None."""
    line = " ".join(normalize(text).split())
    if not line or len(line) > MAX_QUESTION:
        return None
    said = _I_AM.match(line)
    if said is not None and _is_parent(said.group("who")):
        if _asks(line[said.end() :]):
            return None  # «я мама ученика 7Б, что у них на неделе?»: the question is read
        return ChildAsk.PARENT
    words = _WORD.findall(line)
    lemmas = [r.normal_form for w in words for r in parses(w)[:1]]
    one_child = any(
        r.normal_form in _CHILD_LEMMAS and "sing" in r.tag for w in words for r in parses(w)
    )  # any reading: «дочки» reads first as a plural
    if not one_child or _DATED.search(line):
        return None  # «запишите детей на экскурсию 15 декабря в 15:00»: an organiser's event
    if _SIGNUP_LEMMAS & set(lemmas):
        return ChildAsk.SIGNUP
    if _CANCEL_LEMMAS & set(lemmas) or _WONT_COME.search(line):
        return ChildAsk.CANCEL
    return None


# a sentence of an event's description about what to bring or wear: «Возьмите с собой
# сменную обувь», «При себе иметь паспорт», «Понадобится ноутбук», «Форма одежды — спортивная»
_BRING = re.compile(
    r"с\s+собой|при\s+себе|возьм\w+|взять|захват\w+|принес\w+|понадоб\w+|форма\s+одежды"
    r"|сменн\w+\s+обув\w*|сменк\w*",
    re.IGNORECASE,
)
MAX_NOTE = 200  # characters of a description's sentence quoted


def bring_note(description: str | None) -> str | None:
    """The first sentence of an event's `description` (as the organiser wrote it) that says
    what to bring or wear, trimmed to MAX_NOTE characters; None when it says nothing so."""
    text = description or ""
    for start, end in sentences(text):  # «200 руб. на материалы», «т. е.»: one sentence
        sentence = text[start : end + 1] if text[end : end + 1] in ".!?" else text[start:end]
        if _BRING.search(sentence):
            note = " ".join(sentence.split())
            return note if len(note) <= MAX_NOTE else note[: MAX_NOTE - 1].rstrip() + "…"
    return None
