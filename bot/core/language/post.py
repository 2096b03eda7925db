"""Long announcements as partners paste them: which of several dates is the event's own.

A pasted post names many dates: a letter's date ("письмом … от 8 сентября"), a past event
("вчера, 21 февраля, состоялись…"), an occasion ("в честь 23 февраля"), a registration
deadline ("заявки принимаются до 10 декабря"). `prepare_post` runs before the temporal rules:
it takes (hides) every such date from the Scanner, keeps the deadline, and when several
sentences carry dates it keeps those of the sentence most tied to the event ("состоится",
"пройдёт", "начало", "Дата:") and hides the others. Ages ("от 7 до 10 лет"), head-counts
("от 15 до 40 человек", post_ages.py) and links are taken too, so they are never read as times.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, datetime, timedelta

from bot.core.language import calendar as cal
from bot.core.language.begun_runs import ending_names_onset
from bot.core.language.branch_trie import with_trie
from bot.core.language.calendar import MONTH
from bot.core.language.chat_deadline import opens_at_clock
from bot.core.language.deadlines import (
    DEADLINE,
    DEADLINE_LABEL,
    RANGE_IN,
    WINDOW_LABEL,
    WINDOW_OPENS,
)
from bot.core.language.first_scan import compile_with_scan, with_first_scan
from bot.core.language.headline_copy import copies_reported_day, tenseless_headline
from bot.core.language.links import joins_by_link
from bot.core.language.lowered import finditer_span
from bot.core.language.morphology import parses
from bot.core.language.moscow_time import take_moscow_time
from bot.core.language.nowadays import take_nowadays
from bot.core.language.observed_report import observed_report_day
from bot.core.language.open_until import open_until
from bot.core.language.opening_hours import take_booking_hours, take_breaks, take_signup_windows
from bot.core.language.parts import TemporalParts
from bot.core.language.post_ages import take_headcounts
from bot.core.language.post_clocks import (
    CEREMONY_WORDS,
    HOURS_SAID,
    free_clock,
    programme_lines,
    take_closing_clocks,
    take_continued_ends,
    take_example_clocks,
    take_formalities,
    take_hour_lengths,
    take_later_days_clocks,
    take_night_openings,
    take_past_clocks,
    take_preparation_clocks,
    take_stray_clocks,
    take_times,
    take_weekday_beside,
    weekday_clause,
)
from bot.core.language.post_cues import (
    CALLED_OFF_HINT,
    CLOSED,
    UNTIL_OPENING,
    VISITS,
    WINDOW_AFTER,
    WINDOW_BEFORE,
    called_off,
    first_stage,
    framed_day_inside,
    goes_on,
    later_stage_of,
    same_day_later,
    take_closed_days,
    take_other_weekdays,
    take_uncued_relative_days,
)
from bot.core.language.post_dates import (
    DATE_ANY,
    asides,
    date_of,
    first_day_of,
    headline_date,
    just_passed,
    later_session,
    past_year,
    several_slots,
    span_of,
    within_span,
)
from bot.core.language.post_facts import PostFacts
from bot.core.language.post_other_events import (
    KIND_WORD,
    ONSET,
    ONSET_DATE,
    RANGE_OPENING,
    background_span,
    formality_before,
    is_sign_up,
    names_part_of,
    other_days_ahead,
    report_day,
    reported_dates,
    reports_gone_day,
    side_meeting,
    span_closings,
    whole_events_of_part,
)
from bot.core.language.post_scoring import (
    CUE_SCORE,
    EVENT_CUES,
    MAX_RIVALS,
    PAST_WORDS,
    QUOTED_NAME,
    REPORTED,
    TIME_ANY,
    blanked,
    cue_referred_back,
    date_ahead,
    date_clause,
    future_verb,
    has_clock,
    later_clock,
    listed_clock,
    reported_before_that,
    sentence_blocks,
    sentence_score,
)
from bot.core.language.post_stages import (
    add_stage,
    closings_within_spans,
    final_after_span,
    headline_span,
    labelled_end,
    later_stage_only,
    restated_span,
    span_holding,
    spans_days,
    works_window,
)
from bot.core.language.prefilter import may_match
from bot.core.language.school_year import take_other_first_school_days
from bot.core.language.sentences import sentence_across_wraps, sentences
from bot.core.language.stamps import is_dateline, take_stamps
from bot.core.language.start_doubts import side_matter
from bot.core.language.title_grammar import EVENT_LEMMAS
from bot.core.language.title_words import KIND, kind_key
from bot.core.language.tokens import Scanner, gate, normalize
from bot.core.language.told_past import began
from bot.core.titles import KIND_WORDS

LONG_POST = 100  # characters, with two sentences or more; shorter messages are chat lines

_URL = re.compile(r"https?://[^\s)»\"']+|(?<![\w.@])(?:vk\.com|t\.me)/[^\s)»\"']+")
_ONLINE = re.compile(
    r"онлайн|он-лайн|дистанционн|трансляци|вебинар|видеоконференц|zoom|зум\b|в\s+эфире"
    r"|сферум|телемост|видеосвяз|skype|скайп|microsoft\s+teams"
    r"|прям\w+\s+эфир|портал\w*|вконтакте|в\s+социальн\w+\s+сет\w+"
)
# a literal each of these patterns needs: a post without it skips the pattern's search
gate(_URL, re.compile("/"))


# a document's date: «письмо … от», «приказ от», «(№ 12) от», and a plan's, a statute's or a
# decree's («календарный план … на II квартал 2025 года (от 25.06.2025 г.)», «положение о
# конкурсе от …», «указ от …»): the day it was signed, never an event's
_DOCUMENT = compile_with_scan(
    r"(?:письм\w*|приказ\w*|распоряжени\w*|постановлени\w*|решени\w*|протокол\w*|закон\w*"
    r"|(?<![а-яё])план(?:а|ом|е|у|ы|ов)?(?![а-яё])|положени[еяю]|(?<![а-яё])указ(?:а|ом|е|у)?(?![а-яё])"
    r"|регламент\w*|№\s*[\w/-]+)[^.!?\n]{0,60}?\bот\s*$"
)
_LAST_DAY_AFTER = re.compile(
    r"\s*(?:г\.|года)?\s*[—–-]?\s*последн\w+\s+(?:день|срок)\s+(?:при[её]ма|подачи|регистрац)"
)
_NUMBER_AFTER = re.compile(r"\s*(?:г\.|года)?\s*(?:№|n\s*\d)")  # a document's number
_LABEL_HINT = re.compile("срок|последн|дедлайн")  # cheap tests before the longer patterns
_CLOSED_HINT = re.compile("выходн|санитарн|работа|закрыт")
_CLOSED_WORDS = ("выходн", "санитарн", "работа", "закрыт")  # the same, as substrings
_OCCASION_BEFORE = compile_with_scan(
    # "в честь этого события 29 декабря": the occasion named back, the date the event's own
    r"(?:в\s+честь(?!\s+(?:эт|то|сво)\w*\s+[а-я]+[\s,]*$)|\bко?\s+дн\w+|посвящ\w+|\bк\s*$|\bко\s*$|праздник\w*\s*$)[^.!?\n]{0,25}$"
    r"|\b(?:отмеча\w+|праздну\w+)(?:\s+[а-я]+)?\s+(?:с|со)?\s*$"  # "которую отмечают с 4 по 10 …"
)
# the weekday of the last day, in the genitive, between «до» and its date («продлятся до
# воскресенья, 25 ноября»): the same day named twice
_UNTIL_WEEKDAY = r"(?:\s+(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья),?)?"
_UNTIL = compile_with_scan(
    r"(?:продл\w+|продолж\w+|заверш\w+|законч\w+|работа\w+|длит\w+|будет\s+открыт\w*|доступн\w*)"
    rf"[^.!?\n]{{0,25}}?\b(?:до|по){_UNTIL_WEEKDAY}\s*$"
    # "Она будет проводиться до 13 июня", "будут проходить до 31 марта", "Выставка пройдёт
    # до 16 июля": it runs until then (the words in a row: "где будет
    # проводиться «диктант», до 25 марта могут …" is another clause's date)
    r"|\b(?:провод(?:ится|ятся|иться)|проход(?:ит|ят|ить)|пройд[её]т|пройдут)"
    r"\s+(?:[а-я]+\s+)?(?:до|по)\s*$"
    # what visitors may do up to the day ("её можно будет посетить вплоть до 9 марта",
    # "увидеть работы смогут до 20 мая"): the thing is open until then
    r"|\b(?:посетить|увидеть|осмотреть)[^.!?\n]{0,25}?\b(?:вплоть\s+)?до\s*$"
)
_LASTS_UNTIL = compile_with_scan(
    r"\b(?:продл\w+|продолж(?:ится|атся)|будет\s+длиться|будут\s+длиться|длит\w+)"
    r"[^.!?\n]{0,25}?\b(?:до|по)\s+(?:\d|конца\s+" + MONTH + ")"  # «до конца ноября» too
    r"|\bпровод(?:ится|ятся|иться)\s+(?:[а-я]+\s+)?(?:до|по)\s+\d"
    r"|\b(?:заверш|законч|оконч)(?:ится|атся)(?:\s+[а-я]+){0,2}\s+\d"
)
# a contest's works taken until a day: «Работы (рисунки, эссе) принимаются до», «Приём
# конкурсных работ — до», «Конкурсные работы направляются до»; never «Заявки принимаются до»
_WORKS_UNTIL = re.compile(
    r"(?:(?:при[её]м\w*|сбор\w*|подач\w*)\s+(?:[а-яё]+\s+)?работ(?![а-яё])"
    r"|(?<![а-яё])работ[ыа]?(?:\s*\([^)]{0,80}\))?\s+(?:[а-яё]+\s+)?"
    r"(?:принима|собира|направля|присыла|загружа)\w*)"
    r"[^.!?\n\d]{0,40}?\bдо\s*$"
)
_ONSET_REACH = 160  # the rest of the sentence and the next one, about
# an ending said with the day right after its verb ("завершатся они 20 сентября") after an
# onset said before it: the span's last day
# («Завершится олимпиада в день космонавтики - 12 апреля»: a few words and a dash between)
_ENDS_ON = compile_with_scan(
    r"\b(?:заверш|законч|оконч)(?:ится|атся)(?:\s+[а-я]+){0,5}\s*(?:[—–-]\s*)?$"
)
# the negation right before a date ("пройдут не 1 сентября", "не 4 июля, а 27 июня", "а не
# с 14 на 15 мая"): the day the event is said not to be on ("не позднее", "не ранее" put a
# word between them and are deadlines and bounds, read elsewhere)
_NEGATED = compile_with_scan(r"(?<![а-я])не\s*$")
# a bound, not a day: «не позднее 15 декабря», «не позже пятницы» («Итоги подведут не позднее
# 1 декабря») says by when, never when the event is held
_BOUND = compile_with_scan(r"(?<![а-я])не\s+(?:позднее|позже)\s*$")
# the short passive participle of «провести» alone, no form of «быть» before it («7 апреля в
# школах проведены беседы»): a holding told done, as «прошли» tells it; «будет проведена» is
# ahead, «была проведена» is read by PAST_WORDS («была») with its cue
_HELD_DONE = compile_with_scan(
    r"(?<![а-яё])(?<!был\s)(?<!была\s)(?<!было\s)(?<!были\s)(?<!будет\s)(?<!будут\s)"
    r"(?:проведен[аоы]?|проведён)(?![а-яё])"
)
_WILL = re.compile(r"(?<![а-яё])(?:будет|будут|планиру\w*|запланирован\w*)(?![а-яё])")
# an anniversary told of a day («9 февраля будет годовщина сражения», «20 марта — 100-летие
# со дня основания»): a day remembered, not one an event is held on, unless the clause holds
# the event too («в годовщину … пройдёт митинг») or marks it («музей отметит 100-летие»)
_ANNIVERSARY = re.compile(r"(?<![а-яё])(?:годовщин\w*|\d+-?лети[ея]\s+со\s+дня)")
_HELD = re.compile(
    r"(?<![а-яё])(?:пройд|состо|провод|провед|начн|стартов|старту|откро|приглаша|организу|встрет"
    r"|отмет|отмеча|праздну|отпразд)"
)
# the date right after "о проведении", "о начале", "об открытии": the day of what is
# reported, governed by the noun of holding it ("информирует о проведении 21-22 ноября …")
# … a range's «с» / «со» between («о проведении с 28 по 30 октября форума»)
_ABOUT_HELD = compile_with_scan(
    r"\b(?:о|об)\s+(?:проведени\w*|начал[еа]|старте|открытии)(?:\s+(?:с|со))?\s*$"
)
# a letter's subject: an office informs of the holding of the event on its day ("Комитет …
# информирует о проведении 21-22 ноября … форума") — the letter's own event (starts42)
_LETTER_SUBJECT = re.compile(
    r"\b(?:информиру\w*|сообща\w*|уведомля\w*|извеща\w*)\s+(?:вас\s+)?о\s+проведени\w*(?:\s+(?:с|со))?\s*$"
)
_UNTIL_MONTH_END = re.compile(
    rf"\b(?:продл\w+|продолж\w+|буд(?:ет|ут)\s+длиться|работа\w+)\s+до\s+конца\s+({MONTH})"
)
# a street's name before a number ("на проспекте Мира, 9/11", "ул. Кирова, д. 5/12")
_HOUSE_BEFORE = re.compile(
    r"\b(?:улиц\w*|ул|проспект\w*|пр-т\w*|пр|переул\w*|пер|бульвар\w*|б-р|шоссе|набережн\w*"
    r"|наб|площад\w*|пл|проезд\w*|тракт\w*)\.?\s+(?:[а-яё-]+\.?\s+){0,2}[а-яё-]+,?\s*"
    r"(?:(?:д|дом)\.?\s*)?$"
)
_NUMERIC = re.compile(r"\d{1,2}/\d{1,2}")  # "9/11": a slash, no month word, no year
# a day before a dash or «по» right before a date: "19.12. — 20.12.2019", "с 19.12 по
# 20.12.2019", and with its own month or year: "С 24 февраля по 6 марта 2026 года", "с
# 03.09.2024 года по 10.10.2024 года" — that date closes a span (its year dates the span as a
# whole), never a report's day alone
_SPAN_OPENING = compile_with_scan(
    rf"(?<![\d.])\d{{1,2}}(?:\.\d{{1,2}}(?:\.(?:(?:19|20)?\d\d)?)?|\s+{MONTH}(?:\s*(?:19|20)\d\d)?)"
    r"\s*(?:года|г\.)?\s*(?:[-–—]|по)\s*$"
)
_OCCASION_AFTER = re.compile(r"^[\s,-]*(?:[а-я]+\s+){0,2}(?:отмеча\w+|праздну\w+)")
# the host will keep the day the relative clause dates ("Зоопарк отпразднует День парков,
# который будет отмечаться 22 мая, …"): that date is the celebration's, not an aside
_HOST_KEEPS = re.compile(
    r"\b(?:отпразднуе?т|отпразднуют|отметит|отметят)\s[^.!?\n]{0,60}?,\s*котор\w+\s+"
    r"(?:будет\s+|будут\s+)?(?:отмеча|праздну)\w*\s*$"
)


# a digit, a time word or a short weekday: three patterns that each open with what `re` scans
# for at C speed (a digit; the words' first letters), instead of one it tries at every position;
# "(?:пн|…)\b(?<!\w\w\w)" is "\b(?:пн|…)\b" with the first boundary checked after the two letters
_TEMPORAL_WORDS = (
    re.compile(r"\d"),
    with_first_scan(  # `re` skips to the words' first letters (first_scan.py), and their
        with_trie(  # words gathered by first letter (branch_trie.py): the same matches
            re.compile(
                r"сегодня|завтра|вчера|накануне|полдень|полноч|утр[аио]|вечер|ночь|ночи|обед|час|недел"
                r"|ежеднев"
                r"|январ|феврал|марта|апрел|мая|июн|июл|август|сентябр|октябр|ноябр|декабр"
                r"|кажд|понедельник|вторник|сред|четверг|пятниц|суббот|воскрес|учебного\s+года|знаний"
                r"|день\s+победы|день\s+россии|день\s+защиты|день\s+народного|день\s+космонавтики"
                r"|день\s+учителя|день\s+государственного|первома|дня\s+победы|дня\s+защиты"
                # a season's first or last day («в первый день весны», «в последний летний
                # день»: relative_days._SEASON_EDGE; parse78)
                r"|день\s+(?:лета|осени|зимы|весны)|дн[яе]\s+(?:лета|осени|зимы|весны)"
                r"|летн(?:ий|его|ем)\s+д|осенн(?:ий|его|ем)\s+д|зимн(?:ий|его|ем)\s+д"
                r"|весенн(?:ий|его|ем)\s+д"
            )
        )
    ),
    with_first_scan(re.compile(r"(?:пн|вт|ср|чт|пт|сб|вс)\b(?<!\w\w\w)")),
)


def temporal_view(sc: Scanner, facts: PostFacts) -> Scanner:
    """A Scanner over the sentences of the post that can hold a date or a time (the event's
    sentence and any with a number or a time word), without what was already taken: the
    temporal rules read the same dates and times in a fraction of the text."""
    rest = sc.remainder()
    text = sc.text
    _, words, weekdays = _TEMPORAL_WORDS  # the digits are read from `digits` below
    digits, digit_ends = facts.digits or _digit_runs(text)  # once, not once per sentence
    kept: list[str] = []
    facts.view = []
    for begin, end in facts.sentences:
        if facts.view and end <= facts.view[-1][1]:
            continue  # joined to the sentence before across a hard wrap
        first = bisect_right(digit_ends, begin)  # the first run of digits ending after begin
        if (
            (begin, end) == facts.event_sentence
            or (begin < end and first < len(digits) and digits[first][0] < end)  # a digit
            or words.search(text, begin, end) is not None  # (no generator, no tuple slice)
            or weekdays.search(text, begin, end) is not None
        ):
            begin, end = _across_wraps(begin, end, sc)
            kept.append(_unprotected(sc, rest, begin, end).replace("\n", " "))
            facts.view.append((begin, end))
    return Scanner(_VIEW_JOIN.join(kept))


def _across_wraps(begin: int, end: int, sc: Scanner) -> tuple[int, int]:
    """The sentence text[begin:end] with the lines a hard wrap cut from it after it («4 мая
    во всех\nобщеобразовательных школах района состоялась выставка …»: the verb that tells
    the day gone is on the next line; parse78), never reaching back into the view."""
    if sc.text[end : end + 1] != "\n":
        return begin, end
    stop = sentence_across_wraps(begin, sc.text, sc.original)[1]
    return begin, max(end, stop)


_VIEW_JOIN = ".\n"  # between the sentences of temporal_view


def start_sentence(
    facts: PostFacts, parts: TemporalParts, text: str = "", today: date | None = None
) -> tuple[int, int] | None:
    """The post's sentence the start's day was read from, when the post has no event
    sentence (no dated sentence was weighed: "с 1-го по 5-е апреля" is read by the temporal
    rules only): the first day phrase of temporal_view's reading whose day is the start's,
    mapped back from the view to the post; when the day was read from a word counted from
    `today` ("Субботник пройдёт завтра": no day phrase is kept for it), the first sentence of
    the view (in `text`) with that word. None when there is none."""
    if facts.event_sentence is not None or parts.day_first is None or not facts.view:
        return None
    read = [span for span in parts.day_spans if span[2] == parts.day_first]
    if not read:
        return _relative_day_sentence(facts, parts.day_first, text, today)
    at = min(read)[0]
    offset = 0
    for begin, end in facts.view:
        if at < offset + end - begin:
            return (begin, end) if at >= offset else None
        offset += end - begin + len(_VIEW_JOIN)
    return None


# a day counted from today: "сегодня" (0), "завтра" (1), "послезавтра" (2)
_COUNTED_DAY = re.compile(r"(?i)(?<![а-яё])(сегодня|завтра|послезавтра)(?![а-яё])")
_DAYS_ON = {"сегодня": 0, "завтра": 1, "послезавтра": 2}


def _relative_day_sentence(
    facts: PostFacts, day: date, text: str, today: date | None
) -> tuple[int, int] | None:
    """The first sentence of temporal_view (a span of `text`) with a word counting `day`
    from `today` ("завтра" when the start is tomorrow), or None."""
    if today is None or not text or not RELATIVE_START:
        return None
    for begin, end in facts.view:
        for m in _COUNTED_DAY.finditer(text, begin, end):
            if today + timedelta(days=_DAYS_ON[m.group(1).lower()]) == day:
                return (begin, end)
    return None


PAST_SENTENCE = True  # title56: a report's past day's sentence names what it reports
RELATIVE_START = True  # title53: the sentence of "завтра" is where the start was read


# _TEMPORAL_WORDS[0] as runs: a sentence holds one if it overlaps
_DIGITS = compile_with_scan(r"\d+")


def _digit_runs(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The runs of digits of `text` (start, end) and their ends: text[begin:end] holds a
    digit when the first run ending after `begin` (bisected among the ends) starts before
    `end`."""
    digits = [m.span() for m in _DIGITS.finditer(text)]
    return digits, [end for _, end in digits]


def _unprotected(sc: Scanner, rest: str, begin: int, end: int) -> str:
    """rest[begin:end] with the characters the scanner protects (a quoted name, or a long
    quotation the view would cut: «Это было … 29 декабря 1979 года …») blanked: the view
    splits quotations across its sentences, which would free what the post's own reading
    kept away from the temporal rules."""
    protected = sc.protected
    at = protected.find(1, begin, end)
    if at == -1:
        return rest[begin:end]
    pieces: list[str] = []  # free runs as they are, protected runs as spaces (run by run)
    low = begin
    while at != -1:
        pieces.append(rest[low:at])
        free = protected.find(0, at, end)
        low = end if free == -1 else free
        pieces.append(" " * (low - at))
        at = protected.find(1, low, end)
    pieces.append(rest[low:end])
    return "".join(pieces)


def is_long(text: str) -> bool:
    """A pasted post rather than a chat line: long, with more than one sentence."""
    return len(text) >= 2 * LONG_POST or (
        len(text) >= LONG_POST and len(sentences(normalize(text))) >= 2
    )


def prepare_post(sc: Scanner, now: datetime) -> PostFacts:
    """Take from the scanner what must never be read as the event's date or time."""
    facts = PostFacts()
    text = sc.text
    relative = _take_never_dates(sc, facts, now)
    candidates: list[tuple[int, int, int, list[re.Match[str]]]] = []
    works: int | None = None  # the score of a contest's works window, if one is kept
    dated: list[bool] = []  # per sentence: whether DATE_ANY occurs in it, taken or not
    digits, digit_ends = facts.digits = _digit_runs(text)
    for begin, end in facts.sentences:
        first = bisect_right(digit_ends, begin)  # no digit, no date phrase: nothing to weigh
        if not (begin < end and first < len(digits) and digits[first][0] < end):
            dated.append(False)
            continue
        found = list(DATE_ANY.finditer(text, begin, end))
        dated.append(bool(found))
        dates = [
            m
            for m in found
            if sc.is_free(m.start(), m.end()) and not listed_clock(text, m, (begin, end))
        ]
        kept = []
        for m in dates:
            if _hide(sc, m, (begin, end), facts, now):
                take_weekday_beside(sc, m, begin, end)
            else:
                kept.append(m)
        for m in asides(text, begin, kept):  # "В рамках Недели науки (с 5 по 11 апреля) 7 …"
            sc.take_match(m)
            kept.remove(m)
        if kept:
            clause = date_clause(text[begin:end], kept[0].start() - begin, kept[0].end() - begin)
            score = sentence_score(text[begin:end], clause)
            window = (max(0, kept[0].start() - 120), kept[0].start())
            if may_match(_STAGE_RELATIVE, text, *window) and _STAGE_RELATIVE.search(text, *window):
                score -= CUE_SCORE  # "В финал, который состоится 19 марта, выйдут …"
            if headline_date(text, kept[0], end, now):  # "11 февраля. Барнаул. Лыжные эстафеты…"
                score = max(score, CUE_SCORE + 1)
            window = (max(begin, kept[0].start() - 60), kept[0].start())
            if may_match(_LETTER_SUBJECT, text, *window) and _LETTER_SUBJECT.search(text, *window):
                score = max(score, CUE_SCORE + 1)  # "… информирует о проведении 21-22 ноября"
            if headline_span(text, kept, begin, end, now):  # "С 10 января по 28 февраля
                score = max(score, CUE_SCORE)  # 2025 г. — книжная выставка «…»"
            if works_window(text, kept[0], begin, now):
                score = max(score, CUE_SCORE - 1)
                works = score if works is None else max(works, score)
            candidates.append((score, begin, end, kept))
    if (
        candidates
        and (len(candidates) > 1 or facts.told)
        and tenseless_headline(text, candidates[0][1:3])
        and copies_reported_day(
            candidates[0][3], reported_dates(text, facts, candidates, sc.original), now
        )
    ):  # «Итоги праздника 12 марта» over «12 марта прошёл праздник»: the report's day again
        for m in candidates[0][3]:
            facts.told.append((m, candidates[0][1], candidates[0][2]))
            sc.take_match(m)
        candidates = candidates[1:]
    # «на краевой этап, который пройдёт с 7 по 10 числа»: a later stage's days, no month;
    # most posts lack «числ», which one `find` tells before the whole-text scan (speed56)
    numbered = _NUMBERS_SPAN.finditer(text) if may_match(_NUMBERS_SPAN, text) else iter(())
    for m in numbered:
        window = (max(0, m.start() - 120), m.start())
        if sc.is_free(m.start(), m.end()) and _STAGE_RELATIVE.search(text, *window):
            sc.take_match(m)
    if works is not None:  # "Выставка лучших работ откроется 24 октября": after the contest
        candidates = [
            (min(c[0], works - 1) if _WORKS_SHOWN.search(text, c[1], c[2]) else c[0], *c[1:])
            for c in candidates
        ]
    candidates = _reports_over_nameless(sc, facts, candidates, now)  # «… прошёл 6 апреля. …
    if not candidates:
        reported = None if relative else report_day(sc, facts, now)
        if reported is None and not relative:
            reported = observed_report_day(sc, facts, now)  # «3 декабря … отмечает День …»
        if reported is None:
            return facts
        candidates = [reported]
    blocks = sentence_blocks(facts.sentences, dated)
    candidates = [
        (
            score
            + later_clock(text, begin, end, blocks[begin])
            + cue_referred_back(text, score, end, blocks[begin]),
            begin,
            end,
            kept,
        )
        for score, begin, end, kept in candidates
    ]
    candidates = closings_within_spans(text, candidates, now)
    background = background_span(text, facts.sentences, candidates)
    if background is not None:  # «Ранее сообщалось, что …»: another story, never the event
        candidates = [
            (min(c[0], -1) if background[0] <= c[1] < background[1] else c[0], *c[1:])
            for c in candidates
        ]

    # the top score first, then (among its sentences only: each reads a day) a date ahead
    # before one just passed, then the earliest sentence
    top = max(c[0] for c in candidates)
    best = max(
        (c for c in candidates if c[0] == top),
        key=lambda c: (not just_passed(c[3][0], now), -c[1]),
    )
    best = span_holding(text, candidates, best, now) or best  # «с 20 по 22 июля … 21 июля …»
    lead = _relative_lead(sc, facts.sentences, best, now) if relative else None
    begun = None
    if lead is not None and isinstance(lead[2], date):  # a run begun today beside a dated
        begun, lead = lead[2], None  # event: the event leads, the run's day offered (rivals)
    if lead is not None:  # "Она пройдёт сегодня с 15 до 20 часов … Там 30 октября …"
        for _, begin, end, kept in candidates:
            for m in kept:
                sc.take_match(m)
            take_times(sc, begin, end)
        facts.event_sentence = lead[:2]
        take_night_openings(sc)
        take_other_weekdays(sc, facts.event_sentence)
        take_other_first_school_days(sc, facts.event_sentence)
        return facts
    facts.event_sentence = (best[1], best[2])
    first_day, last_day = facts.event_span = span_of(text, best[3], now)
    works_pick = works_window(text, best[3][0], best[1], now)
    if works_pick:  # "Приём работ с 1 по 25 февраля … с 9.00 до 17.00": the desk's hours
        take_times(sc, best[1], blocks[best[1]])
    untimed = works_pick or (
        not has_clock(text, best[1], best[2]) and not _HOURS.search(text, best[1], best[2])
    )  # "7 февраля с 18 – 23 часов": the event's own hours
    facts.programme_times = (
        untimed
        and (
            (first_day is not None and last_day is not None and last_day > first_day)
            or programme_lines(text, best[2]) >= _PROGRAMME_SLOTS
        )
        and not _DAILY_HOURS.search(text, best[2])
    )
    if untimed and first_day is not None and first_day == last_day:
        take_formalities(sc, best[2])  # "9.30 - регистрация … 10.00 - открытие турнира"
    tied = best[0] >= CUE_SCORE  # the pick's sentence says "состоится", "приглашаем", …
    staged = first_stage(text[best[1] : best[2]])  # "Школьный этап проводится с 15 по 22 …"
    timed = not works_pick and has_clock(text, best[1], blocks[best[1]])
    if not timed and len(candidates) > 2:  # the event's day in two other sentences at least
        same_day = [
            (c[1], c[2]) for c in candidates if first_day_of(c[3][0].group(0), now) == first_day
        ]
        facts.several_slots = several_slots(text, same_day, facts.event_sentence)
    if first_day is not None and first_day == last_day and not timed:
        facts.until = facts.until or restated_span(text, candidates, best, first_day, now)
    if last_day is not None and spans_days(first_day, last_day):
        facts.final_day = final_after_span(text, candidates, best, last_day, now)
        take_later_days_clocks(sc, best[3][1:], last_day, now)
    own_meeting = side_meeting(text, best[1], best[3])  # the post is about a meeting
    for score, begin, end, kept in candidates:  # as likely as the pick: the bot offers both
        day = first_day_of(kept[0].group(0), now)
        facts.weighed.append((score, day, begin, end))
        facts.dated.extend(
            (m.start(), m.end(), first_day_of(m.group(0), now), date_of(m.group(0), now))
            for m in kept
        )
        likely = score == best[0] or not tied  # an untied pick: every other date stays open
        stage = staged and day is not None and later_stage_of(text[begin:end], day, first_day)
        going_on = day is not None and goes_on(text[begin:end], day, first_day)
        later = stage or going_on
        fresh = (
            day is not None and day not in facts.rivals and not reports_gone_day(text, kept, now)
        )
        inside = within_span(day, first_day, last_day) and not framed_day_inside(
            text[begin:end], score >= CUE_SCORE, day, (first_day, last_day)
        )
        if stage and not going_on and fresh and not inside and day is not None:
            add_stage(facts, day, span_of(text, kept, now)[1], now)
        before = (
            formality_before(text, begin, end, kept, day, first_day)
            # «ранее планировалось 8 …»
            or (
                may_match(_FORMER_PLAN, text, begin, end)
                and _FORMER_PLAN.search(text, begin, end) is not None
            )
            or (side_meeting(text, begin, kept) and not own_meeting)  # «Заседание судейской
        )  # коллегии … 9 февраля»: the contest's gathering, never another start of it
        if likely and fresh and not later and not inside and not before:
            if _after_pick(day, first_day) and is_sign_up(text, begin, end, kept[0]):
                continue  # «Запись в студию начнётся 21 декабря» after the concert: no start
            session = later_session(text, begin, blocks[begin], day, first_day) if timed else None
            if session is not None:  # "23 апреля в 20:00 … 24 апреля в 20:00": its sessions
                facts.later_sessions.append(session)
            else:
                facts.rivals.append(day)  # type: ignore[arg-type]
    # "Торжественное закрытие выставки …"
    if may_match(CEREMONY_WORDS, text, best[1], best[2]) and CEREMONY_WORDS.search(
        text, best[1], best[2]
    ):
        facts.rivals.extend(whole_events_of_part(text, candidates, best, first_day, facts, now))
    if side_matter(text[best[1] : best[2]]):  # "Награждение … состоится 11 декабря": ask
        facts.rivals.extend(other_days_ahead(text, facts, candidates, first_day, now))
    if begun is not None and begun != first_day and begun not in facts.rivals:
        facts.rivals.insert(0, begun)
    del facts.rivals[MAX_RIVALS:]
    spanned = untimed and spans_days(first_day, last_day)
    kinds = (
        {kind_key(m.group(0)) for m in finditer_span(KIND, text, best[1], best[2])}
        if spanned
        else set()
    )
    for score, begin, end, kept in candidates:
        if (begin, end) == facts.event_sentence or labelled_end(text, best[2], begin):
            continue
        for m in kept:
            sc.take_match(m)
        if (
            score < 0
            or timed
            or (kinds and names_part_of(text, begin, end, kinds))  # "у выставки … в 13.00"
            # "3.2. Муниципальный этап — 6 марта в 10.00": a later stage inside an untimed
            # span of days keeps its clock, never the span's first day's (broad9 #8)
            or (spanned and later_stage_only(text[begin:end], kept, first_day, now))
            or not any(
                within_span(first_day_of(m.group(0), now), first_day, last_day) for m in kept
            )
        ):  # "Семинар судей 19 февраля в 18:00": that day's time; "3 января с 9:20 до 9:45
            # пройти регистрацию" when the event's sentence gives its own time ("в 10:00")
            # an announcement of its own ("9 сентября пройдёт сеанс. Начало в 10:30.") takes
            # the times of its block too; a bare date line ("- 23 окт.") only its own
            cued = EVENT_CUES.search(text, begin, end) is not None
            take_times(sc, begin, blocks[begin] if cued else end)
    if background is not None:
        take_times(sc, *background)  # the earlier news' clocks
    own_clock = timed and free_clock(sc, best[1], blocks[best[1]])  # not a desk's, taken
    if own_clock or (untimed and spans_days(first_day, last_day)):
        take_stray_clocks(sc, facts.sentences, (best[1], blocks[best[1]]))
    if own_clock:
        take_past_clocks(sc, best[2], blocks[best[1]])
    take_night_openings(sc)
    take_other_weekdays(sc, facts.event_sentence)
    return facts


def _take_never_dates(sc: Scanner, facts: PostFacts, now: datetime) -> bool:
    """prepare_post's first phase: take what is never the event's date or time (the
    publication stamp, links, head-counts, desks' and breaks' clocks, a run until a
    month's end, closed days, nowadays' «сегодня»), and fill facts.online, online_url,
    moscow_time, until and sentences. Whether the post says «сегодня»/«завтра» of a day
    it may be held on (its relative days still to read)."""
    text = sc.text
    take_stamps(sc, now)  # "14:51 «Эковесна»…", "11 мая 2022 года 10:28": when it was published
    for m in sc.find(_URL):
        facts.online_url = facts.online_url or sc.original[m.start() : m.end()].rstrip(".,;")
        sc.take_match(m)
    facts.online = sc.holds(_ONLINE)  # sc.text is `text`: its literal prefilter decides first
    if not facts.online and facts.online_url:  # "урок «…», ссылка https://vk.com/…": join there
        facts.online = joins_by_link(text, text.find(facts.online_url))
    if not facts.online:
        facts.online_url = None
    facts.moscow_time = take_moscow_time(sc)
    take_headcounts(sc)
    take_hour_lengths(sc)
    take_signup_windows(sc)  # "с 9:30 до 11:40 начнется прием заявок": the desk, not the event
    take_booking_hours(sc)  # "Записаться можно … с 9 утра": when booking opens
    take_continued_ends(sc)  # "С 10:00 до 12:00 … трансляция. Затем до позднего вечера …"
    take_breaks(sc)  # "В 13:00 сотрудники уходят на часовой обед": the office's lunch
    take_preparation_clocks(sc)  # "регистрация начнётся в 7.30 … В 9 часов начнётся олимпиада"
    take_closing_clocks(sc)  # "18 марта пройдёт фестиваль … Церемония награждения — в 15.00"
    take_example_clocks(sc)  # "Например, в 17 часов в зале состоится лекция …": one item
    for m in sc.find(_UNTIL_MONTH_END):  # "который продлится до конца октября"
        month = cal.month_number(m.group(1))
        if month is not None:
            facts.until = cal.month_end(cal.next_month_named(month, now.date()))
            sc.take_match(m)
    facts.sentences = sentences(sc.text)
    if _closed_hint(text):
        take_closed_days(sc, EVENT_CUES)
    relative = "сегодня" in text or "завтра" in text
    if relative:  # "Сегодня обряд … не только дань обычаям": nowadays, not the event's day
        _take_quoted_days(sc)
        relative = take_nowadays(sc, facts.sentences) or _free_word(sc, "завтра")
    if relative and not DATE_ANY.search(text):  # "Сегодня публикуем … Завтра состоится …"
        take_uncued_relative_days(sc, facts.sentences, EVENT_CUES)
    return relative


# «сегодня», «завтра» written inside a name in quotes («История дороги. Вчера. Сегодня.
# Завтра», «Сегодня и завтра нашего края»): the name's words, never the post's day
_QUOTED_DAY = re.compile(r"(?<![а-я])(?:сегодня|завтра)(?![а-я])")


def _take_quoted_days(sc: Scanner) -> None:
    """Take every «сегодня»/«завтра» of sc.text (lower-cased) inside a closed «…» (QUOTED_NAME)."""
    for quoted in QUOTED_NAME.finditer(sc.text):
        for m in _QUOTED_DAY.finditer(sc.text, quoted.start(), quoted.end()):
            sc.take_match(m)


def _free_word(sc: Scanner, word: str) -> bool:
    """Whether `word` occurs in sc.text (lower-cased) somewhere the scanner has not taken."""
    at = sc.text.find(word)
    while at >= 0 and not sc.is_free(at, at + len(word)):
        at = sc.text.find(word, at + len(word))
    return at >= 0


# the contest's works shown after it: "Выставка лучших работ", "работы будут представлены
# на выставке"
_WORKS_SHOWN = re.compile(
    r"выставк\w*\s+(?:[а-яё]+\s+){0,2}работ(?![а-яё])"
    r"|работ\w*\s+(?:[а-яё]+\s+){0,3}(?:представ|выстав|экспонир)\w*"
)


# hours said to hold on each of the event's days ("с 10 до 19 часов в любой из этих дней",
# "ежедневно с 11:00 до 18:00"): the event's own hours on its first day, no programme slot
_DAILY_HOURS = compile_with_scan(
    r"\b(?:в\s+любой\s+из\s+(?:эт\w+\s+|дв\w+\s+|тр\w+\s+)?дней|ежедневно|каждый\s+день"
    r"|во\s+все\s+дни|в\s+оба\s+дня)(?![а-я])"
)
_RELATIVE_DAY = re.compile(
    r"\b(?:сегодня|завтра|послезавтра|(?:сегодняшн|завтрашн|послезавтрашн)\w+\s+дн[яеь]\w*)(?![а-я])"
)  # «с завтрашнего дня стартует …» too


def _relative_lead(
    sc: Scanner,
    spans: list[tuple[int, int]],
    best: tuple[int, int, int, list[re.Match[str]]],
    now: datetime,
) -> tuple[int, int, date | None] | None:
    """The sentence before the pick that says the event happens «сегодня» / «завтра» with
    its hours (or, when the pick has no event cue, without them) and an event cue, as tied
    to the event as the pick ("Акция пройдёт сегодня с 15
    до 20 часов … Там 30 октября с 12 часов пройдёт возложение цветов"): a post names its own
    event first, by the day it was written on, and a later dated sentence is another activity.
    Sentences with a written date are weighed as candidates already. None when there is none.
    `best`: the pick (score, start, end, its date matches). Returns the lead's span and None,
    or, for a run begun on its day whose only claim is its onset beside a pick holding a
    dated event of its own (_own_event), the run's day instead: the dated event leads and
    the run's day is offered beside it (fixdoubt58), never the event's day dropped unsaid."""
    text = sc.text
    best_score, best_begin = best[0], best[1]
    for begin, end in spans:
        if begin >= best_begin:
            return None
        day = _RELATIVE_DAY.search(text, begin, end)
        if day is None or not sc.is_free(day.start(), day.end()):
            continue
        sentence = text[begin:end]
        # hours make the day the event's beside a pick with an event cue; beside a pick with
        # none («Итоги подведут 16 мая», «Победителей объявят 20 января») the cue is enough
        timed = has_clock(text, begin, end) or HOURS_SAID.search(sentence)
        if DATE_ANY.search(sentence):
            continue
        # "Сегодня … открылась неделя науки": a run that began today is the post's event,
        # the later dated sentences its parts, with or without hours (doubt56.md)
        onset = _BEGAN_HINT.search(sentence) is not None and began(sentence)
        if not (timed or onset or best_score < CUE_SCORE):
            continue
        score = sentence_score(sentence, sentence)
        if score < CUE_SCORE and (onset or _GOING_ON_NOW.search(sentence)):
            score += CUE_SCORE  # "Сегодня … открывается выставка": the present announces it
        if (PAST_WORDS.search(sentence) and not onset) or score < max(best_score, CUE_SCORE):
            continue
        # (a run begun today at its clock beside a pick with its own clock: each clock is
        # its own sentence's day, the dated event leads as well — parse60)
        own_clock = timed and has_clock(text, best[1], best[2])
        if onset and (not timed or own_clock) and _own_event(text, best[1], best[2]):
            return begin, end, now.date() + timedelta(days=_DAYS_AHEAD[day.group(0)[:5]])
        return begin, end, None
    return None


# how many days ahead of the post «сегодня» / «завтра» / «послезавтра» name (first 5 letters)
_DAYS_AHEAD = {"сегод": 0, "завтр": 1, "после": 2}
# the lemmas of nouns naming a kind of event («экскурсия», «конференция», «финал», …)
_EVENT_KIND_LEMMAS = KIND_WORDS | EVENT_LEMMAS


def _own_event(text: str, begin: int, end: int) -> bool:
    """Whether the sentence at `begin`..`end` (the pick, holding a date) names an event of
    its own: an event cue (sentence_score: «пройдёт», «состоится») or a noun of an event's kind
    outside quotes (a noun reading of pymorphy3 with its lemma in KIND_WORDS | EVENT_LEMMAS:
    «10 декабря в 15:00 — экскурсия по выставке»; any reading, as «викторина» is first read
    as the genitive of the surname «Викторин»)."""
    sentence = text[begin:end]
    if sentence_score(sentence, sentence) >= CUE_SCORE:
        return True
    unquoted = QUOTED_NAME.sub(blanked, sentence)
    for word in KIND_WORD.findall(unquoted):
        if any(p.tag.POS == "NOUN" and p.normal_form in _EVENT_KIND_LEMMAS for p in parses(word)):
            return True
    return False


def _reports_over_nameless(
    sc: Scanner,
    facts: PostFacts,
    candidates: list[tuple[int, int, int, list[re.Match[str]]]],
    now: datetime,
) -> list[tuple[int, int, int, list[re.Match[str]]]]:
    """The candidates with the dates that announce nothing dropped (announces_nothing: «10
    апреля мы окончательно определимся с их количеством») when the rest report the event in
    the past tense, naming it («День открытых дверей прошёл … 6 апреля», «3 марта
    состоялась викторина»), or, none left, when the post's past days give one report
    (post_other_events.report_day). The dropped dates are taken from `sc`; the report's day is
    then read with the doubt `past`. `candidates` unchanged otherwise."""
    text = sc.text
    nameless = [c for c in candidates if announces_nothing(text, c, facts.sentences)]
    rest = [c for c in candidates if c not in nameless]
    if not nameless:
        return candidates
    if rest and all(
        PAST_WORDS.search(text, c[1], c[2]) and _own_event(text, c[1], c[2]) for c in rest
    ):
        kept = rest
    else:
        reported = None if rest or not facts.told else report_day(sc, facts, now)
        if reported is None:
            return candidates
        kept = [reported]
    for _, _, _, dates in nameless:
        for m in dates:
            sc.take_match(m)
    return kept


def announces_nothing(
    text: str,
    candidate: tuple[int, int, int, list[re.Match[str]]],
    sentences: list[tuple[int, int]],
) -> bool:
    """Whether a kept date's sentence (score, begin, end, its dates; offsets into the
    lower-cased `text`, `sentences` the post's spans) announces no event: scored 0 or less,
    and neither it nor the sentence after it (which often names what it announced: «11 марта
    профессор расскажет о том, как … Лекция пройдёт в рамках …») holds a clock, hours, an
    event cue or a noun of an event's kind (_own_event). Its date then dates some other act
    («Как сообщают из приёмной комиссии, 10 апреля мы окончательно определимся с их
    количеством», «5 мая решим, кто поедет»)."""
    score, begin, end, _ = candidate
    after = [e for b, e in sentences if b >= end]
    reach = min(after, default=end)
    return (
        score <= 0
        and not has_clock(text, begin, reach)
        and not _HOURS.search(text, begin, reach)
        and not _own_event(text, begin, end)
        and not (reach > end and _own_event(text, end, reach))
    )


# a past verb of beginning's stem, the cheap test before told_past.began's parses
_BEGAN_HINT = re.compile(r"(?<![а-яё])(?:начал|открыл|стартовал)")
# a present-tense verb of starting or taking place, an event cue beside «сегодня»/«завтра»
# only («Сегодня в библиотеке открывается выставка», «Завтра начинается турнир»)
_GOING_ON_NOW = re.compile(r"\b(?:(?:открыва|начина)(?:ет|ют)ся|проход(?:ит|ят))(?![а-я])")


# a sentence giving a plan the post says was changed: «Ранее планировалось провести гонку 8
# февраля, но … она состоится позже» — the old day, never a rival start
_FORMER_PLAN = re.compile(
    r"(?<![а-я])(?:ранее|первоначально|изначально)\s+(?:[а-я]+\s+)?(?:планировал\w*|намечал\w*"
    r"|был[аио]?\s+(?:запланирован\w*|назначен\w*))"
)


def _after_pick(day: date | None, first_day: date | None) -> bool:
    """Whether `day` lies after the pick's first day (both known)."""
    return day is not None and first_day is not None and day > first_day


def _closed_hint(text: str) -> bool:
    """Whether the text has a word of closed doors (a substring test)."""
    return any(word in text for word in _CLOSED_WORDS)


_YESTERDAY = re.compile(r"(?:вчера|позавчера)\W{0,4}$")  # "…, вчера, 5 мая": a day gone by


def _window_opens_before(text: str, m: re.Match[str], begin: int) -> bool:
    """Whether the date `m` (its sentence opening at `begin`) is the day a sign-up window
    opens, told with the window's noun before it (WINDOW_BEFORE: "Регистрация участников
    откроется 8 октября"), and the post writes another day outside the sentence: the desk's
    day, never the event's (the one day a post writes may be both, and stays)."""
    before = text[begin : m.start()]
    if not (may_match(WINDOW_BEFORE, before) and WINDOW_BEFORE.search(before)):
        return False
    return any(d.start() < begin or d.start() > m.end() for d in DATE_ANY.finditer(text))


def _hide(
    sc: Scanner, m: re.Match[str], span: tuple[int, int], facts: PostFacts, now: datetime
) -> bool:
    """Take a date that is not the event's own; True when it was taken."""
    begin, end_of = span
    facts.hidden += 1
    text = sc.text
    before = text[max(begin, m.start() - 70) : m.start()]
    after = text[m.end() : m.end() + 40]
    if facts.told and text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")":
        day = first_day_of(m.group(0), now)
        if any(
            within_span(day, first_day_of(t.group(0), now), date_of(t.group(0), now))
            for t, _, _ in facts.told
        ):  # "10–15 апреля прошел тур … стендовой (12 апреля) … сессии": a day of the span
            sc.take_match(m)  # told before, never a rival of the report's event
            return True
    if facts.told and span_closings(text, [facts.told[-1][0], m]):
        facts.told.append((m, begin, end_of))  # "17.09.2025 – 21.09.2025 команда приняла
        sc.take_match(m)  # участие …": the last day of a span told as a report's goes with it
        return True
    numbered = _NUMBER_AFTER.match(after) and before.rstrip().endswith("от")  # "от 23.01 №02-7"
    if (
        numbered
        or _DOCUMENT.search(before)
        or is_dateline(text, m, begin, end_of, now, sc.original)
    ):
        sc.take_match(m)
        return True
    if _ROUND_OF.match(text, m.end()) and "/" in m.group(0):  # "1/8 финала": a round
        sc.take_match(m)
        return True
    if _NEGATED.search(before[-6:]):  # "пройдут не 1 сентября": not the event's day
        sc.take_match(m)
        return True
    if _NUMERIC.fullmatch(m.group(0)) and _HOUSE_BEFORE.search(before):
        sc.take_match(m)  # "на проспекте Мира, 9/11": a house number, never 9 November
        return True
    if works_window(text, m, begin, now):  # "Приём работ с 1 по 25 февраля": the contest's
        return False
    cue = DEADLINE.search(before)
    if cue is not None and opens_at_clock(before, cue.start(), len(before)):
        cue = None  # «Приём заявок с 10:00 5 декабря до 7 декабря»: the span's last day
    if cue or (_LABEL_HINT.search(before) and DEADLINE_LABEL.search(before)):
        facts.deadline = facts.deadline or date_of(m.group(0), now, nearest=True)
        if _WORKS_UNTIL.search(before) and ONSET_DATE.search(text, max(0, begin - 200), m.start()):
            # "Конкурс стартует 1 октября. Работы принимаются до 15 ноября": the contest
            # takes its works until then, its span runs to that day (broad9 #9)
            facts.until = facts.until or date_of(m.group(0), now, nearest=True)
        sc.take_match(m)
        return True
    label = WINDOW_LABEL.search(before)  # "Приём заявок: 17 марта – 10 апреля"
    if label is not None:
        if label.group("first") or RANGE_IN.search(m.group(0)):  # its last day: the deadline
            facts.deadline = facts.deadline or date_of(m.group(0), now, nearest=True)
        sc.take_match(m)
        return True
    opens = before.rstrip().endswith(("с", "со")) and WINDOW_OPENS.search(before)
    if opens or WINDOW_AFTER.match(after):  # "С 1 марта открыта запись"
        sc.take_match(m)
        return True
    if _window_opens_before(text, m, begin):  # "Регистрация откроется 8 октября. … 17 октября"
        sc.take_match(m)
        return True
    if _BOUND.search(before[-16:]):  # "Итоги подведут не позднее 1 декабря": a bound
        sc.take_match(m)
        return True
    clause = weekday_clause(text, m, begin, end_of) or date_clause(
        text[begin:end_of], m.start() - begin, m.end() - begin
    )
    if ONSET.search(clause) and _LASTS_UNTIL.search(text, m.end(), m.end() + _ONSET_REACH):
        return False  # "20 марта началась операция … Она продлится до 2 апреля": its start
    if (
        ("годовщин" in clause or "лети" in clause)  # a C-speed check before the regexes
        and _ANNIVERSARY.search(clause)
        and not _HELD.search(clause)
    ):
        sc.take_match(m)  # "9 февраля будет годовщина сражения": a day remembered
        return True
    if (
        (PAST_WORDS.search(clause) and not EVENT_CUES.search(clause))
        or _YESTERDAY.search(before)
        or ("проведен" in clause and _HELD_DONE.search(clause) and not _WILL.search(clause))
    ):
        facts.told.append((m, begin, end_of))
        if facts.past_sentence is None and PAST_SENTENCE:
            facts.past_sentence = span
        sc.take_match(m)
        return True
    sentence = text[begin:end_of]
    if (
        may_match(CALLED_OFF_HINT, sentence)
        and CALLED_OFF_HINT.search(sentence)
        and called_off(sentence, after)
    ):
        sc.take_match(m)  # "Концерт, запланированный на 5 декабря, отменяется"
        return True
    if (
        _CLOSED_HINT.search(sentence)
        and CLOSED.search(sentence)
        and not EVENT_CUES.search(sentence)
    ):
        sc.take_match(m)  # "30, 31 декабря; 1, 2 января — выходные дни": the doors are shut
        return True
    if reported_before_that(text, m.end(), end_of):  # "Сегодня, 21 марта, … сообщил о том,
        sc.take_match(m)  # что в четверг, 22 марта, … состоятся …": the report's day
        return True
    # "информирует о проведении 21-22 ноября форума": the day reported is the event's,
    # never the report's (starts42)
    about_held = _ABOUT_HELD.search(before) is not None
    if not about_held and (
        REPORTED.search(clause)
        or (
            REPORTED.search(sentence)
            and not EVENT_CUES.search(sentence)
            and not future_verb(clause)  # "22 августа вуз встретит гостей …, сообщает …"
        )
    ):  # "Об этом сегодня, 29 марта, сообщили в пресс-службе"
        sc.take_match(m)
        return True
    opening = RANGE_OPENING.search(before) or _SPAN_OPENING.search(before)
    if (
        not opening
        and past_year(m.group(0), now)  # "14 декабря 2025 года мы уже говорили…"
        and not (future_verb(clause) and not date_ahead(text, m, now))  # a re-posted notice
    ):
        facts.told.append((m, begin, end_of))  # «25.11.2021 ученики посетили …»: a report's
        sc.take_match(m)
        clock = TIME_ANY.match(text, m.end())  # "19 июня 2012 13:13 / Просмотров: 516"
        if clock is not None and sc.is_free(clock.start(), clock.end()):
            sc.take_match(clock)
        return True
    if _LAST_DAY_AFTER.match(after):  # "4 декабря — последний день приёма документов"
        facts.deadline = facts.deadline or date_of(m.group(0), now, nearest=True)
        sc.take_match(m)
        return True
    ending = _ENDS_ON.search(before[-64:])
    ends_on = ending and (  # «… откроется 7 апреля … Завершится олимпиада … 12 апреля»
        ONSET.search(text, max(0, begin - 200), m.start())
        or ending_names_onset(text, ending.group(0), ONSET.finditer(text, 0, begin))
    )
    if (
        _UNTIL.search(before[-40:])
        or ends_on
        or open_until(before)  # "Написать диктант можно онлайн до 27 ноября": it runs until then
        or (UNTIL_OPENING.fullmatch(text, begin, m.start()) and VISITS.match(after))
    ):  # "…продлится до 10 октября", "До 10 октября посетители смогут увидеть…"
        if facts.until is None:
            facts.until, facts.until_sentence = date_of(m.group(0), now), (begin, end_of)
        sc.take_match(m)
        return True
    if (
        (
            _OCCASION_BEFORE.search(before[-30:])
            and not _HOST_KEEPS.search(text, max(begin, m.start() - 120), m.start())
        )
        or _OCCASION_AFTER.search(after)
    ) and not same_day_later(text, end_of):
        facts.observed.append((m, begin, end_of))
        sc.take_match(m)
        return True
    return False


# lines after the event's sentence that open with a clock time ("11.00−12.00, центральная
# сцена. Открытие праздника"): this many make a programme, whose first slot's end is not the
# event's end
_PROGRAMME_SLOTS = 3
# hours said with "час" or a part of the day ("с 9 утра до 6 вечера"): the event's own clock
_HOURS = re.compile(r"\d\s*(?:ч\b|час|утра\b|вечера\b)")


# a fraction naming a round of a knockout contest ("игры 1/8 финала", "в 1/4 финала"): no date
_ROUND_OF = re.compile(r"\s*финал")


# a date in a relative clause about a later stage of the event ("В финал «Что? Где? Когда?»,
# который состоится 19 марта, выйдут 8 лучших команд", "на награждение, которое пройдёт …"):
# the stage's day, told in passing; its verb announces the stage, never the event itself
_STAGE_RELATIVE = compile_with_scan(
    r"\b(?:финал\w*|полуфинал\w*|суперфинал\w*|награждени\w*|закрыти[еяю]"
    r"|заключительн\w+\s+(?:этап\w*|тур\w*|игр\w*)"
    # a higher level's stage: «на краевой этап конкурса, который пройдёт …» (broad19 #4)
    r"|(?:муниципальн|городск|районн|окружн|краев|областн|регионал|республиканск|межрегионал"
    r"|всероссийск|федеральн|международн|следующ|финальн)\w*\s+(?:этап\w*|тур\w*))"
    r"(?:\s+[^,.!\n]{0,40})?,\s*(?:котор\w+|где)\s+[^,.!\n]{0,60}$"
)
# days of the month without their month («с 7 по 10 числа», «7-10 числа»)
_NUMBERS_SPAN = compile_with_scan(r"\b(?:с\s+)?\d{1,2}\s*(?:по|-|–|—|до)\s*\d{1,2}\s+числ[ао]\b")
