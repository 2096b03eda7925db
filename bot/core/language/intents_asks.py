"""Whether a message asks about the plan: a question («что завтра?», «будет ли концерт 12
декабря?»), a query or a request to send the plan («пришлите план на неделю») — or announces
an event although it opens like one (an invitation after its first sentence, a programme of
clock-time lines, a poster of dated lines). Read by intents._parse before the event path;
the query itself is read by intents_query.py.
"""

from __future__ import annotations

import re

from bot.core.language.announcing import INVITING
from bot.core.language.asked_clause import future_asked
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.post import is_long
from bot.core.language.prefilter import may_match
from bot.core.language.sentences import sentences

# the verb a yes/no question about the plan opens with: «будет ли …», «было ли …», «прошли
# ли …», the plan's own past «планировалось ли …», «намечалось ли …», «запланировано ли …»
# (review47 #8); «проходила ли …», «состоится ли …»; «будит» typed for «будет», «будет-ли»
# with a hyphen (fixchat47)
_YES_NO_VERB = (
    r"(?:был[аио]?|буд[еи]т|будут|пройд[её]т|прош[её]л|прошл[аио]|пройдут|прошли"
    r"|проходил[аио]?|состо[ия]тся|состоял(?:ся|ась|ось|ись)"
    r"|(?:за)?планирова(?:лось|лись|но|ны)|намеча(?:лось|лись)|намечен[оы])"
)
_QUERY_LEAD = re.compile(
    r"^[^\wа-я]*(?:(?:а|и|ну|ой|привет|здравствуйте|добрый\s+день)[\s,!]+)?"
    r"(?:(?:скажи|скажите|подскажи|подскажите|покажи|покажите|напомни|напомните)"
    r"(?:\s*,\s*|\s+)(?:пожалуйста\s*,?\s*)?)?"
    r"(?:что|ч[её]|чо|чем|какие|какое|какой|куда|где|когда|во\s+сколько|есть\s+ли|есть\s+что"
    r"|есть\s+чего|есть"
    # «было ли что-то 31 мая?», «будет ли что-нибудь в субботу?»: a yes-no question about
    # the plan names what it asks for right after «ли»; «Будет ли интересно? Приходите …»,
    # «Пройдёт ли зима без чудес?» open announcements rhetorically (review46 H1)
    rf"|{_YES_NO_VERB}(?:\s+|\s*-\s*)ли"
    r"\s+(?:(?:у\s+нас|в\s+школе|там)\s+)?"
    r"(?:что(?:-?(?:то|нибудь|либо))?|ч[её]-?(?:то|нибудь)|как(?:ие|ое|ой|ая)(?:-?(?:то|нибудь))?"
    r"|мероприяти[ея]|событи[ея]|занятия|кружки|экскурсии|концерты)"
    r"|(?:(?:весь|вс[её]|полный|общий|целый)\s+)?(?:мероприятия|события|план|расписание|список"
    r"|календарь)|афиша|анонс|покажи|покажите|показать)(?![а-я])"
)  # «весь план», «все мероприятия»: the whole plan from today (newcomer walk 2026-12-02t, #24)
# sending or telling the plan (chat57): «пришлите план», «скинь мне расписание»,
# «расскажите, что в декабре» (polite_requests._TELLING reads the same verbs) — the rest
# read by _QUERY_LEAD, in a message of one sentence: an announcement opens with the same
# verbs («Расскажите, что вы знаете о космосе! Викторина …»)
_SENDING_LEAD = re.compile(
    r"^[^\wа-я]*(?:(?:а|и|ну)[\s,!]+)?"
    r"(?:расскажи|расскажите|пришли|пришлите|скинь|скиньте|отправь|отправьте)"
    r"(?:\s+(?:мне|нам))?(?:\s*,\s*|\s+)(?:пожалуйста\s*,?\s*)?"
)
# a short question whose question word comes last: «а на выходных что», «завтра что будет?»,
# «на прошлой неделе что было?» (conv44, noticed)
_QUERY_TAIL = re.compile(
    r"(?:^|\s)(?:что|ч[её]|чо)"
    r"(?:[\s-]+(?:есть|будет|будут|было|были|там|нибудь|интересного|у\s+нас))*"
    r"[\s?!.]*$"
)
# «выхи», «на выходных?»: the weekend alone is the question «что на выходных?»
_WEEKEND_ALONE = re.compile(r"^[^\wа-я]*(?:на\s+)?(?:выходн(?:ые|ых)|вых(?:и|ах))[\s?!.]*$")
_SHORT_QUESTION = 60  # characters: a longer text ending in «что» is not a chat question
# a clock time: a question about the plan names days, an event names its hour
_CLOCKISH = re.compile(r"\d[:.]\d\d|\bв\s+\d{1,2}(?:\s|$)(?!кл)")


# an invitation after the opening sentence: «Что нас ждёт в декабре? Приходите 12 декабря …»
# announces an event however it opens (review46 H1): an invitation word anywhere after the
# first sentence end (searched from there: one pass, where «[.?!…]\s.*?invitation» retried
# the lazy run to the end of the text from every sentence end)
_SENTENCE_END = re.compile(r"[.?!…]\s")
# — a call to come only (announcing.py), never a verb told ahead: a question's later
# sentence may tell its event ahead («Когда будет концерт? Говорят, он пройдёт в декабре»)
INVITATION = compile_with_scan(
    rf"(?<![а-я])(?:приходите|{INVITING}|ждём\s+(?:вас|всех)|ждем\s+(?:вас|всех))"
    r"(?![а-я])"
)


def invited_later(line: str) -> bool:
    """Whether an invitation word follows a sentence end of `line` (the look-behind reads
    the text before the search's start, as inside one pattern). Most lines hold none of the
    invitation's words, which a few `find`s tell first: its look-behind opening gives `re`
    no first character to skip to, so the search tries every position (speed56)."""
    end = _SENTENCE_END.search(line)
    return (
        end is not None
        and may_match(INVITATION, line, end.end())
        and INVITATION.search(line, end.end()) is not None
    )


# «пройдёт ли концерт 12 декабря (в 18:00)?»: any yes-no opening, a question when it is the
# whole message — one sentence ending in «?» (an announcement's rhetorical opening is
# followed by its event: review46 H1)
_YES_NO_OPENING = re.compile(
    r"^[^\wа-я]*(?:(?:а|и|ну|привет|здравствуйте|добрый\s+день)[\s,!]+)?"
    r"(?:(?:скажи|скажите|подскажи|подскажите)(?:\s*,\s*|\s+)(?:пожалуйста\s*,?\s*)?)?"
    rf"{_YES_NO_VERB}(?:\s+|\s*-\s*)ли\s"
)
_QUESTION_MARK_END = re.compile(r"\?[\s?!]*$")
# the same question with words before its verb (chat49): «экскурсия будет ли …?», «В каб. 21
# будет ли собрание …?», «ребята, а будет ли …?»; a verb made sure of, with no «ли»: «а
# экскурсия точно будет в субботу?», «концерт правда состоится …?»; a future «будет»,
# «пройдёт», «состоится» said with a question's «?» alone: «у 9Б будут занятия в четверг?»
# (the bare future only in the question's own clause, asked_clause.future_asked: review49 #2)
_YES_NO_INSIDE = re.compile(rf"(?<![а-яё]){_YES_NO_VERB}(?:\s+|\s*-\s*)ли(?![а-яё])")


def _yes_no_alone(line: str) -> bool:
    """Whether a normalized message is one yes/no question about the plan alone: a yes/no
    opening (`_YES_NO_OPENING`) and one sentence ending in «?». Sentences are read with
    sentences.py, so an abbreviation's dot («каб. 21», «ул. Ленина», «им. Канта») or a
    clock's («в 15.00») ends none (review47 #5)."""
    end = _QUESTION_MARK_END.search(line)
    if end is None or not (
        _YES_NO_OPENING.match(line)
        or _YES_NO_INSIDE.search(line)
        or future_asked(line, end.start())
    ):
        return False
    head = line[: end.start()]
    return "…" not in head and len(sentences(head)) == 1


def asks(line: str) -> bool:
    """Whether a normalized message opens like a question about the plan («что завтра?»,
    «покажи план на неделю») or is a short one whose question word comes last; a message
    that invites people after its opening sentence announces an event instead."""
    if invited_later(line):
        return False
    if _QUERY_LEAD.search(line) or _WEEKEND_ALONE.match(line):
        return True
    sending = _SENDING_LEAD.match(line)
    if (
        sending is not None
        and _QUERY_LEAD.search(line[sending.end() :]) is not None
        and len(sentences(line.rstrip(" ?!."))) == 1
    ):
        return True
    if _yes_no_alone(line):
        return True  # «Будет ли концерт 12 декабря в 18:00?»: a clock asks too (chat47)
    return (
        len(line) <= _SHORT_QUESTION
        and _QUERY_TAIL.search(line) is not None
        and _CLOCKISH.search(line) is None
    )


# a line opening with a clock time ("10.30 - регистрация"): two of them make a programme, so
# "Расписание\n23 апреля\n10.30 - …\n11.00 - …" announces an event, it asks nothing
_PROGRAMME_LINE = re.compile(r"(?m)^[ \t]*(?:[01]?\d|2[0-3])[:.\-][0-5]\d(?!\d)")
# a line opening with a date ("4 мая 2014, воскресенье"): two of them in a long post make an
# афиша of events ("Афиша планетария на май\n4 мая …\n11 мая …"), not a question
DATE_LINE = re.compile(
    r"(?m)^[ \t]*(?:0?[1-9]|[12]\d|3[01])(?:\s+(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август"
    r"|сентябр|октябр|ноябр|декабр)|\.(?:0?[1-9]|1[0-2])\.)",
    re.IGNORECASE,
)


_LABEL_LEAD = re.compile(r"(?i)^\W*(?:когда|где|что)\s*:\s*\S")


def is_programme(clean: str) -> bool:
    """Whether a message opening like a question ("Афиша …", "Расписание …") is a programme
    of events: two lines opening with a clock time, or a long post with two opening with a
    date."""
    if len(_PROGRAMME_LINE.findall(clean)) >= 2 or _LABEL_LEAD.match(clean):
        return True  # "Когда: 10 декабря, 16:00\nГде: …" labels a card, it asks nothing
    return is_long(clean) and len(DATE_LINE.findall(clean)) >= 2
