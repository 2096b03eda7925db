"""A student's question about an event that only its organiser can answer — who may come
along, what to bring or wear (adversarial walk 2026-12-02r, #18: «а родителям можно?»,
«можно с другом из 9В?», «а что брать с собой на экскурсию» got the generic «не понял»).

The plan holds the day, the time, the place, the classes and the seats; the rest of what
students ask about an event is asked of a person. The shapes, read from a short message:

- leave to come later or go earlier (chat56): «можно я приду позже?», «можно мы уйдём
  пораньше?», «можно мне попозже прийти на экскурсию?» (the speaker's verb and «позже» /
  «раньше» by pymorphy3), «можно я опоздаю?», «можно я приду к 16:00?» (a verb of coming or
  leaving and a clock: chat57): the bot keeps no arrival times;
- who may come: «можно я приду с другом?», «можно мы возьмём с собой брата?» (a verb of
  the speaker's in the first person, pymorphy3; chat54), «(а) родителям / друзьям /
  младшему брату … можно (прийти)?», «можно (прийти | пойти) с другом / подругой / братом /
  сестрой / родителями / мамой / папой …», «можно взять с собой друга», «можно другу (из 9В)?»;
- what to bring or wear: «что (нужно | надо)? (брать | взять | принести | с собой)»,
  «во что одеться», «нужна ли сменка / форма», «нужна ли сменная обувь», «сколько стоит»,
  «нужны ли деньги».

- what taking part gives or needs beyond the plan (newcomer walk 2026-12-03y, Y3), asked as a
  question: «а за это баллы дадут?», «а сертификат будет?», «грамоту дадут?», «это
  засчитают как волонтёрские часы?», «можно уйти с 7 урока на квест?», «отпустят с уроков?»;
  and a parent's question passed on: «мама спрашивает, можно ли ей со мной»;
- whether one must go (newcomer74): «можно не приходить?», «это обязательно?», «обязательно
  ли идти на лекцию?», «мы обязаны идти?».

An event may be named after «на» or «в» («что брать с собой на экскурсию»): its title
words are kept as written ("" when none). Pure: no store, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.language.morphology import parses
from bot.core.language.tokens import normalize

MAX_QUESTION = 100  # characters: a longer text is a story, not this question

_PEOPLE = (
    r"(?:родител\w*|мам\w*|пап\w*|друг\w*|друз\w*|подруг\w*|брат\w*|сестр\w*|одноклассник\w*"
    r"|знаком\w*|гост\w*|взросл\w*|бабушк\w*|дедушк\w*|младш\w+\s+\w+|старш\w+\s+\w+)"
)
_EVENT = r"(?:\s+(?:на|в)\s+(?P<event>[а-яa-z0-9«»\"\s-]+?))?"
_TAIL = r"(?:\s+(?:из|с)\s+\d{1,2}\s*-?\s*[а-я])?(?:\s+тоже)?(?:\s+(?:с\s+собой|прийти|пойти))?"
_SHAPES = (
    # «а родителям можно?», «родителям тоже можно прийти на экскурсию?»
    re.compile(
        rf"^(?:(?:а|и|ну)\s+)?{_PEOPLE}(?:\s+тоже)?\s+можно(?:\s+(?:прийти|пойти|тоже))*{_EVENT}$"
    ),
    # «можно с другом из 9В?», «можно прийти с родителями на экскурсию?», «можно взять друга»
    re.compile(
        rf"^(?:(?:а|и|ну)\s+)?можно(?:\s+(?:ли|мне|прийти|пойти|будет))*\s+"
        rf"(?:с\s+{_PEOPLE}|взять\s+(?:с\s+собой\s+)?{_PEOPLE}|{_PEOPLE}){_TAIL}{_EVENT}$"
    ),
    # «можно я приду с другом?», «а можно мы с подругой придём на квест?»: the verb
    # (`own`, `own_after`) must be the speaker's own, in the first person (_first_person)
    re.compile(
        r"^(?:(?:а|и|ну)\s+)?можно(?:\s+ли)?\s+(?:я|мы)\s+(?:(?P<own>[а-я]{2,})\s+)?"
        rf"(?:с\s+собой\s+)?(?:с\s+{_PEOPLE}|{_PEOPLE})(?:\s+(?P<own_after>[а-я]+))?{_TAIL}{_EVENT}$"
    ),
    # «что брать с собой на экскурсию», «что нужно взять?», «что надо принести»
    re.compile(
        r"^(?:(?:а|и|ну)\s+)?что\s+(?:(?:нужно|надо|необходимо|мне)\s+)*"
        r"(?:брать|взять|принести|приносить|иметь)(?:\s+с\s+собой)?" + _EVENT + r"$"
    ),
    # «во что одеться», «в чём идти», «нужна ли сменка», «нужна ли форма»
    re.compile(
        r"^(?:(?:а|и|ну)\s+)?(?:во\s+ч[её]м\s+(?:идти|приходить)|во\s+что\s+(?:одеться|одеваться)"
        r"|нужн\w+\s+ли\s+(?:сменк\w*|форм\w*|сменн\w+\s+обув\w*|деньги|паспорт\w*|документ\w*))"
        + _EVENT
        + r"$"
    ),
    # «сколько стоит», «это платно»
    re.compile(
        r"^(?:(?:а|и|ну)\s+)?(?:сколько\s+(?:стоит|стоят|платить|денег)|(?:это\s+)?платно)"
        + _EVENT
        + r"$"
    ),
)


# what taking part gives: asked only as a question (a «?» or «ли»), so that a partner's
# «Сертификаты участникам выдадут 15 декабря» stays an announcement
_REWARD = re.compile(
    r"\b(?:балл\w*|сертификат\w*|грамот\w*|диплом\w*|благодарност\w*|бонус\w*"
    r"|волонт[её]рск\w*\s+час\w*|засчита\w*|зачт[её]\w*)"
)
_LESSONS = re.compile(
    r"^(?:(?:а|и|ну)\s+)?(?:можно(?:\s+(?:ли|мне|будет))*\s+)?(?:уйти|отпрос\w+|отпуст\w+"
    r"|освобод\w+|пропустить)(?:\s+(?:ли|меня|нас))*\s+(?:с|от)?\s*(?:\d{1,2}(?:-?\w{1,3})?\s+)?"
    r"(?:урок\w*|занят\w*|физр\w*|последн\w+\s+урок\w*)" + _EVENT + r"$"
)
_PASSED_ON = re.compile(
    rf"^(?:(?:а|и|ну)\s+)?{_PEOPLE}\s+(?:спрашива\w+|интересу\w+|просит\w*\s+узнать)"
    rf"(?:\s*,)?\s+(?:можно\s+ли|а\s+можно|можно)\b"
)


# whether one must go: «можно не приходить?», «можно мне не идти на экскурсию?», «это
# обязательно?», «обязательно ли идти на лекцию?», «а мы обязаны идти?» (newcomer74): the
# bot's sign-ups are each student's own choice; whether the class must go is the school's
# (chat75) the speaker first too: «мне обязательно идти?», «нам надо обязательно идти?», «мне
# нужно идти на экскурсию?», «мы должны туда идти?», «а если я не пойду?», and the event or
# the verb first: «на экскурсию обязательно идти?», «идти обязательно?»
_GO = r"(?:приходить|прийти|идти|пойти|ходить|ехать|быть|присутствовать|участвовать)"
_WE = r"(?:мне|нам|всем|нашему\s+классу)"
_MUST = r"(?:(?:надо|нужно)(?:\s+ли)?(?:\s+обязательно)?|обязательно(?:\s+ли)?)"
_OPTIONAL = re.compile(
    r"^(?:(?:а|и|ну)\s+)?(?:"
    rf"можно(?:\s+(?:ли|мне|нам|я|мы))*\s+не\s+{_GO}"
    rf"|(?:(?:это|туда)\s+)?обязательно(?:\s+ли)?(?:\s+{_WE})?(?:\s+(?:туда\s+)?{_GO})?"
    rf"|{_WE}\s+(?:туда\s+)?(?:обязательно(?:\s+ли)?(?:\s+(?:туда\s+)?{_GO})?"
    rf"|{_MUST}\s+(?:туда\s+)?{_GO})"
    rf"|(?:надо|нужно)\s+ли\s+{_WE}\s+(?:туда\s+)?{_GO}"
    rf"|(?:я|мы)\s+(?:обязан\w*|должн\w*)(?:\s+туда)?(?:\s+{_GO})?"
    r"|(?:что\s+будет\s*,?\s+)?если\s+(?:я|мы)?\s*не\s+(?:пойду|пойд[её]м|приду|прид[её]м)"
    rf"|{_GO}\s+(?:туда\s+)?обязательно"
    r")" + _EVENT + r"$"
)
# not «must I go?»: «быть в …» is a state or a place one is in («быть в форме», «быть в
# школе»; the event one attends is «быть на …»), and a number after «в» is a clock
_STATE_OR_CLOCK = re.compile(r"(?<![а-я])(?:быть\s+в(?:о)?\s|(?:в|к)\s+\d)")
_OPTIONAL_EVENT_FIRST = re.compile(  # «на экскурсию обязательно идти?», «в музей нам надо ехать?»
    r"^(?:(?:а|и|ну)\s+)?(?:на|в)\s+(?P<event>[а-яa-z0-9«»\"\s-]+?)\s+"
    rf"(?:{_WE}\s+)?(?:{_MUST}\s+{_GO}|{_GO}\s+обязательно)$"
)

_COMPANION_SHAPES = 3  # the first _SHAPES ask who may come along
_BRING_SHAPES = (3, 4)  # these ask what to bring or wear (never the cost: review64)

# leave to come later or go earlier: «можно я приду позже?», «можно мы уйдём пораньше с
# концерта?», «можно мне попозже прийти на экскурсию?» — the speaker's verb and a comparative
# of time, in either order (read by _comes_or_goes)
_TIMING = re.compile(
    r"^(?:(?:а|и|ну)\s+)?можно(?:\s+ли)?\s+(?:я|мы|мне|нам)\s+(?P<first>[а-я]+)"
    r"(?:\s+(?P<clock>(?:к|в|до|после|около)\s+\d{1,2}[:.]\d{2})|\s+(?P<second>[а-я]+))?"
    r"(?:\s+(?:на|в|с|со|из)\s+(?P<event>[а-яa-z0-9«»\"\s-]+?))?$"
)
# the comparatives of time, in dictionary form: «позже», «попозже», «раньше», «пораньше»
_TIME_COMPARED = frozenset({"поздний", "ранний"})
# the verbs of coming and leaving, in dictionary form: «можно я приду к 16:00?», «можно мы
# уйдём в 15:30?» (a clock with another verb — «можно я позвоню в 16:00?» — is no leave)
_COMING_OR_GOING = frozenset(
    {"прийти", "приходить", "подойти", "подходить", "приехать", "подъехать", "уйти", "уходить"}
    | {"уехать", "уезжать", "приезжать", "подъезжать"}
)
# the verbs of being late, in dictionary form: «можно я опоздаю?», «можно мы задержимся?»
_BEING_LATE = frozenset({"опоздать", "опаздывать", "задержаться", "задерживаться"})


def _comes_or_goes(first: str, second: str | None, clock: str | None = None) -> bool:
    """Whether two words, in either order, are the speaker's verb (pymorphy3: a verb in the
    first person, «приду», «уйдём», or an infinitive after «мне», «прийти») and a comparative
    of time («позже», «пораньше»); or the speaker's verb of coming or leaving before a
    `clock` («приду к 16:00»: chat57); or one word, the speaker's verb of being late
    («опоздаю», «задержусь»)."""
    if clock is not None:
        return _speakers_verb(first) and any(
            p.normal_form in _COMING_OR_GOING for p in parses(first)[:1]
        )
    if second is None:
        return _speakers_verb(first) and any(
            p.normal_form in _BEING_LATE for p in parses(first)[:1]
        )
    return any(
        _speakers_verb(verb) and _earlier_or_later(when)
        for verb, when in ((first, second), (second, first))
    )


def _speakers_verb(word: str) -> bool:
    """«приду», «уйдём», «прийти»: a verb in the first person or an infinitive."""
    return any(
        p.tag.POS == "INFN" or (p.tag.POS == "VERB" and p.tag.person == "1per")
        for p in parses(word)[:2]
    )


def _earlier_or_later(word: str) -> bool:
    """«позже», «пораньше»: a comparative of «поздний» or «ранний»."""
    return any(p.tag.POS == "COMP" and p.normal_form in _TIME_COMPARED for p in parses(word)[:2])


def _first_person(found: re.Match[str]) -> bool:
    """Whether the verbs a shape caught as the speaker's own («приду», «возьмём») are verbs
    in the first person by pymorphy3 (a shape without them: True)."""
    groups = found.groupdict()
    verbs = [groups[name] for name in ("own", "own_after") if groups.get(name)]
    return all(
        any(p.tag.POS == "VERB" and p.tag.person == "1per" for p in parses(verb)) for verb in verbs
    )


@dataclass(frozen=True, slots=True)
class OrganiserQuestion:
    """A question for the event's organiser: `reference` the event's title words as written
    ("" for the event in context); `companion`: it asks whether someone may come along
    («можно с другом?»), not what to bring or what taking part gives; `timing`: it asks leave
    to come later or go earlier than the event's hours («можно я приду позже?»: chat56);
    `bring`: it asks what to bring or wear, which an event's description may say (review64:
    only then is the description quoted — «сколько стоит?» was answered with its line on
    the change of shoes); `optional`: it asks whether one must go («можно не приходить?»)."""

    reference: str
    companion: bool = False
    timing: bool = False
    bring: bool = False  # it asks what to bring or wear («что взять с собой?», «нужна ли форма?»)
    optional: bool = False  # it asks whether one must go («можно не приходить?»: newcomer74)


def organiser_question(text: str) -> OrganiserQuestion | None:
    """The question `text` asks of an event's organiser (module docstring), or None."""
    line = " ".join(normalize(text).split()).strip(" .!?,")
    if not line or len(line) > MAX_QUESTION or "\n" in text.strip():
        return None
    for number, shape in enumerate((*_SHAPES, _LESSONS)):
        found = shape.match(line)
        if found is not None and _first_person(found):
            reference = (found.group("event") or "").strip(' «»"')
            companion, bring = number < _COMPANION_SHAPES, number in _BRING_SHAPES
            return OrganiserQuestion(reference, companion=companion, bring=bring)
    optional = _OPTIONAL.match(line) or _OPTIONAL_EVENT_FIRST.match(line)
    if optional is not None and _STATE_OR_CLOCK.search(line):
        optional = None  # «нам нужно быть в форме?», «мы должны быть в 11?» (review76)
    asked = "?" in text or re.search(r"\bли\b", line) is not None
    if optional is not None and (asked or "можно" in line):  # a bare «обязательно» agrees
        return OrganiserQuestion((optional.group("event") or "").strip(' «»"'), optional=True)
    timing = _TIMING.match(line)
    if timing is not None and _comes_or_goes(
        timing.group("first"), timing.group("second"), timing.group("clock")
    ):
        return OrganiserQuestion((timing.group("event") or "").strip(' «»"'), timing=True)
    if _PASSED_ON.match(line) is not None:
        return OrganiserQuestion("")
    if asked and _REWARD.search(line) is not None and not re.search(r"\d{1,2}[:.]\d{2}", line):
        return OrganiserQuestion("")
    return None
