"""Publication stamps of pasted posts: the clock time a site printed beside its news item.

A post copied from a news page often keeps the moment it was published: "14:51 «Эковесна»:
акция …", "16:08" alone on the first line, "11 мая 2022 года 10:28" on a line of its own,
"12:45, 11 мая 2022", "Опубликовано 03.03.2022 в 10:15". That time is when the item was
written, never the event's start. `take_stamps` takes such stamps (and the date on the same
line) from the Scanner before the temporal rules run. The signs used, each general:

- a label ("опубликовано", "дата публикации", "обновлено"; an English template's "Posted",
  "Updated") before a date and a time;
- a time written before a date with a year ("12:45, 11 мая 2022"): events are written date
  first, news sites print the stamp time first;
- a line holding nothing but a date and a time, or a time opening the post, whose minutes
  are not a multiple of five: events start on round times, publication clocks do not;
- a line holding nothing but a date with its year and a time ("03.12.2026 12:40", "3 декабря
  2026 | 12:40", "03.12.2026 - 12:40"), any minutes, when that moment is not after the
  post's own (an announcement dates its event ahead; a site stamps the item when it is put
  up), after the site's rubric too ("Общество 13 августа 2025 15:53"), a full stop between
  them too ("19 октября 2006 года. 13:00");
- a clock opening the post, round minutes too, when its line names no day, the next line
  opens with no clock and a day is written further on ("14:15 Спорт", "15:15 «Лыжня
  здоровья» в парке"): a news page's time above its headline;
- a clock joined to a date with its year by a bullet ("12:26 • 18 сентября, 2014"), a label
  of a change ("Дата изменения: 20.02.2014 07:25:10"), an ISO date with its clock after a
  comma ("2016-02-27, 12:11");
- the days, clocks and weekdays above a temperature reading at the post's head ("сб, 20
  апр. / 08:20 / +12 °С, ясно"): a page header's today and weather;
- a clock alone on its line above a number alone ("15:30 / 256"): an item's footer, its time
  and its count of views;
- a line holding nothing but a clock and the word «сегодня» or «вчера», the clock first or the
  word with a comma ("11:19 Сегодня", "Вчера, 14:05"), not after the post's own moment: a news
  feed's time of the item (an announcement writes "сегодня в 18:00", the day first);
- a span from midnight to midnight on one line ("16. aprill 00:00 - 16. aprill 00:00",
  "07.06.2002 00:00 — 07.06.2002 00:00"): a site template printing an event without hours;
  its clocks are taken, the days left to the temporal rules;
- a line at the head holding nothing but a clock and then a day with no year ("12:40 20
  ноября"), its moment (the day's nearest year) not after the post's own: a page's stamp
  (an event is written day first);
- a date written month first in the nominative ("Суббота, Ноябрь 23, 2024"): a site
  template's date, never how a Russian writer names an event's day;
- a line holding nothing but a clock written with seconds and a weekday or a day, in either
  order ("16:20:59 Пятница, 29 марта", "Среда, 2 декабря 08:41:17"): a page's clock or a
  feed's stamp (people give an event's hours and minutes, machines print the seconds); the
  whole line is taken, its day too, any moment; such a clock anywhere on a line beside a day
  just before it or a day with its year just after it ("Отправлено: Редактор сайта от
  18.05.2012, 14:18:17 Представители …"), unless it is a round clock with zero seconds (a
  template's event time, "12.04.2024 19:00:00"): taken with that day (fresh82);
- a site's credit line and the day it took the item ("Источник: Вести. Дата: 6 мая 2010", the
  label on the next line too), the day with its year and not after the post's own: a feed's
  reprint stamp (an event's day is labelled «Дата проведения», «Дата мероприятия»);
- a numeric date with its year closing the post's first line after the headline's words
  ("… приглашает на праздник 09.09.2025"), not after the post's own day, the lines below
  naming a day of their own: the news item's date (the headline's own digits allowed when its
  sentence closed before the date: «… посетили театр «Мост». 26.11.2024», fresh74); closing
  it with a clock whose minutes are not a multiple of five ("… «Музей — хранитель истории»
  05.11.2025 18:42"), that moment not after the post's own: the item's publication moment;
- a numeric date with its year opening one of the post's first lines, the line going on with
  words or a day of its own, not a clock or a word of time ("27.02.2017 День открытых дверей",
  "11.01.2024 12 января в школе …"), not after the post's own day, a day written after it:
  the news item's date; a two-digit year too, a site's separator after it ("31.03.2018 - …",
  "10.09.15 | Москва", "… • …") or nothing else on its line (fresh72).
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.language import calendar as cal
from bot.core.language.calendar import WEEKDAY
from bot.core.language.first_scan import with_first_scan
from bot.core.language.morphology import parses
from bot.core.language.post_dates import DATE_ANY, date_of
from bot.core.language.sentences import sentence_at
from bot.core.language.title_grammar import EVENT_LEMMAS
from bot.core.language.tokens import Scanner, gate
from bot.core.titles import KIND_WORDS

_CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
_ODD_CLOCK = r"(?:[01]?\d|2[0-3]):[0-5][1-46-9]"
_YEAR = r"(?:19|20)\d\d(?:[ \t]*(?:г\.|года|г\b))?"
_DAY_WORD = rf"\d{{1,2}}[ \t]+[а-яіїє]{{3,}}\.?(?:[ \t]+{_YEAR})?"
# "08-02-2018" and "17/10/2011" too (a site's template; slashes only with the full year)
_DAY_NUM = (
    r"\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d|\d{1,2}-\d{1,2}-(?:19|20)\d\d|\d{1,2}/\d{1,2}/(?:19|20)\d\d"
)
_DAY = rf"(?:{_DAY_WORD}|{_DAY_NUM})"
_DAY_WITH_YEAR = rf"(?:\d{{1,2}}[ \t]+[а-яіїє]{{3,}}\.?,?[ \t]+{_YEAR}|{_DAY_NUM})"

_LABELLED = re.compile(
    r"(?:опубликован\w*|дата\s+(?:публикации|размещения|создания|изменения|редактирования)"
    r"|размещен\w*|обновлен\w*"
    # an English site template's labels ("Posted 19 декабря 2013,, 04:12", "Updated …")
    r"|posted|published|modified|updated|created)"
    # a site user's login and a short weekday may come between ("Опубликовано admin - чт,
    # 12.01.2017 - 11:32"), a dash between the date and the clock
    # (the runs of blanks possessive, each before a mark, a letter or a digit: the runs before
    # and inside the login's part split a long run every way, over 10 s in parse_message for
    # «Размещено» + 1,000 spaces + «x 15 декабря»; review 2026-12-02, H4; the same matches)
    # or the weekday in full alone ("Дата публикации: Вторник, 14 марта 2017 22:30")
    r"\s*+[:|,.-]?(?:[ \t]*+(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)"
    r"[ \t]*+,|[ \t]*+[a-zа-я][\w.@-]{0,30}[ \t]*+-?[ \t]*+"
    r"(?:(?:пн|вт|ср|чт|пт|сб|вс)[ \t]*+,)?)?"
    rf"\s*+{_DAY}\s*+(?:,{{1,2}}|в|-|\|)?\s*+{_CLOCK}(?::[0-5]\d)?"
)
_TIME_THEN_YEAR = re.compile(rf"(?<![\d.:]){_CLOCK}[ \t]*[,|•·][ \t]*{_DAY_WITH_YEAR}")
_LINE_STAMP = re.compile(
    rf"^[ \t]*(?:{_DAY}[ \t]*,?[ \t]*(?:в[ \t]+)?)?{_ODD_CLOCK}(?:[ \t]*,?[ \t]*{_DAY})?[ \t]*$",
    re.MULTILINE,
)
# a site's date line may open with the weekday ("Вторник, 04 апреля 2023 15:26")
# or a short one ("чт, 24/09/2020 - 09:00")
_WEEKDAY_OPENING = (
    r"(?:(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"
    r"|(?<![а-я])(?:пн|вт|ср|чт|пт|сб|вс)(?![а-я])\.?)[ \t]*,?[ \t]*)?"
)
# or with the site's rubric ("Общество 13 августа 2025 15:53")
_RUBRIC = r"(?:[а-я]{3,}[ \t]*[|•·]?[ \t]*)?"
# or after a breadcrumb trail ("Городская Дума > Анонс > 24-05-2012, 18:16")
_CRUMBS = r"(?:[^\n>]{1,60}?>[ \t]*){0,4}"
# or with a site's «Дата:» label ("Дата: 25 марта 2022 в 12:38", below the site's menu)
_DATE_LABEL = r"(?:(?:дата|date)[ \t]*:[ \t]*)?"
_DATED_LINE = re.compile(
    rf"^[ \t]*{_CRUMBS}{_RUBRIC}{_DATE_LABEL}{_WEEKDAY_OPENING}(?P<day>{_DAY_WITH_YEAR})[ \t]*"
    # a slash between them too ("14 мая 2015 / 10:00", fresh61)
    r"(?:,|\.|\||/|в|\(|[-–—])?[ \t]*(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?::[0-5]\d)?\)?"
    r"\.?[ \t]*(?:\|[^\n]{0,40})?$",  # a full stop after it too ("30 октября 2009 г., 10:00.")
    re.MULTILINE,
)
# the same moment at the post's head in other shapes: the clock first, seconds and all
# ("11:32:25 08-02-2018"), a site's "Дата:" label before it ("Дата: 20 апреля 2023 в 11:11"),
# or the item's first words after it ("29-03-2013, 13:55 В библиотеке проводится акция")
_HEAD_MOMENT = re.compile(
    rf"^[ \t]*(?:(?:дата|date)[ \t]*:[ \t]*)?(?:{_WEEKDAY_OPENING}(?P<day>{_DAY_WITH_YEAR})"
    r"[ \t]*(?:,|\||в)?[ \t]*(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?::[0-5]\d)?"
    r"|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?::[0-5]\d)?[ \t]*,?[ \t]*"
    rf"(?P<day2>{_DAY_WITH_YEAR}))(?![\d.:-])",
    re.MULTILINE,
)
# a clock with a colon opening a post, before its headline or the site's rubric ("14:15
# Спорт", "15:15 «Лыжня здоровья» в парке"): round minutes too, when its line names no day
_HEADLINE_CLOCK = re.compile(r"\A\s*(?:[01]?\d|2[0-3]):[0-5]\d(?=[ \t]*\S|[ \t]*\n)(?![ \t]*[-–—])")
_LINE_OPENS_WITH_CLOCK = re.compile(r"[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?![.:/]?\d)")
HEAD_LINES = 200  # characters: a past moment this close to the top is the item's stamp
_OPENING_CLOCK = re.compile(rf"\A\s*{_ODD_CLOCK}(?=\s)(?!\s*[-–—])")
# an ISO date ("date 2025-12-19", "2026-02-07"), with a page's label before it if any
# with the clock a page printed beside it, seconds too ("2018-08-10 07:42:47"): taken with the
# date, that clock never attaches to the event's own day further on
_ISO_DAY = re.compile(
    r"(?:\b(?:date|дата)\s*:?\s*)?\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:\b|(?=[Tt]\d))(?![:-]\d)"
    r"(?:(?:[ \tTt]|,[ \t]*)(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?\b)?"
)
# a date written month first, the month in the nominative, a comma before the year
# ("Суббота, Ноябрь 23, 2024"): a site template's date (the English "F j, Y"); a Russian
# writer puts the day first and the month in the genitive, so this is never the event's day
_MONTH_FIRST = re.compile(
    rf"{_WEEKDAY_OPENING}(?<![а-я])(?:январь|февраль|март|апрель|май|июнь|июль|август"
    r"|сентябрь|октябрь|ноябрь|декабрь)[ \t]+\d{1,2}[ \t]*,[ \t]*(?:19|20)\d\d(?!\d)"
)
gate(_MONTH_FIRST, re.compile(r"\d,[ \t]*(?:19|20)\d\d"))
# a clock with seconds alone on its line beside a weekday or a day ("16:20:59 Пятница, 29
# марта", "Среда, 2 декабря 08:41:17"): a page's live clock or a feed's stamp
_SECONDS = r"(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d(?![\d.:])"
_WEEKDAY_NAME = r"(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)"
_WEEKDAY_OR_DAY = rf"(?:{_WEEKDAY_OPENING}{_DAY}|{_WEEKDAY_NAME})"
_SECONDS_LINE = re.compile(
    rf"^[ \t]*(?:{_SECONDS}[ \t]*[,|•·-]?[ \t]*{_WEEKDAY_OR_DAY}"
    rf"|{_WEEKDAY_OR_DAY}[ \t]*[,|•·-]?[ \t]*{_SECONDS})[ \t]*$",
    re.MULTILINE,
)
gate(_SECONDS_LINE, re.compile(r":[0-5]\d:[0-5]\d"))
# the same clock anywhere on a line, beside a day (fresh82): «Отправлено: Редактор сайта от
# 18.05.2012, 14:18:17 Представители …», «… для пятиклассников [02.10.2021 11:27:51].»
_SECONDS_CLOCK = re.compile(_SECONDS)
gate(_SECONDS_CLOCK, re.compile(r":[0-5]\d:[0-5]\d"))
# the day just before it (a weekday between too: «21 апреля 2023 г. пятница, 09:13:44»), read
# over the few characters before the clock only
_DAY_BEFORE_SECONDS = re.compile(
    rf"(?<![\d.])(?:{_DAY})[ \t]*,?[ \t]*(?:{_WEEKDAY_NAME}[ \t]*,?[ \t]*)?(?:в[ \t]+)?$"
)
# or a day with its year just after it («11:32:25 08-02-2018»)
_DAY_AFTER_SECONDS = re.compile(rf"[ \t]*,?[ \t]*(?:{_DAY_WITH_YEAR})(?![\d.])")
_SECONDS_REACH = 40  # characters before the clock where its day is looked for
gate(
    _LABELLED,
    re.compile("опубликован|дата|размещен|обновлен|posted|published|modified|updated|created"),
)
gate(_TIME_THEN_YEAR, re.compile(r"(?:19|20)\d\d"))
gate(_TIME_THEN_YEAR, re.compile(r"[:.][0-5]\d[ \t]*[,|•·]"))  # "12:45, …": a clock, then a comma
gate(_LINE_STAMP, re.compile(r":[0-5][1-46-9]"))
gate(_DATED_LINE, re.compile(r"(?:19|20)\d\d"))
gate(_OPENING_CLOCK, re.compile(r":[0-5][1-46-9]"))
gate(_ISO_DAY, re.compile(r"\d-\d\d-\d"))


def take_stamps(sc: Scanner, now: datetime | None = None) -> int:
    """Take every publication stamp (its time and the date beside it) from the scanner;
    `now` (school wall clock) enables the dated-line sign, which needs the post's moment.

    Returns how many stamps were taken (0 when the post has none)."""
    taken = 0
    if now is not None:
        for m in sc.find(_DATED_LINE):
            if _not_after(m.group("day"), m.group("h"), m.group("m"), now):
                sc.take_match(m)
                taken += 1
        for m in _HEAD_MOMENT.finditer(sc.text, 0, HEAD_LINES + 60):  # the head only
            if m.start() >= HEAD_LINES or not sc.is_free(m.start(), m.end()):
                continue
            day, h, mm = (m.group("day"), m.group("h"), m.group("m"))
            if day is None:
                day, h, mm = (m.group("day2"), m.group("h2"), m.group("m2"))
            if _not_after(day, h, mm, now):
                sc.take_match(m)
                taken += 1
    for pattern in (
        _LABELLED,
        _TIME_THEN_YEAR,
        _LINE_STAMP,
        _OPENING_CLOCK,
        _MONTH_FIRST,
        _SECONDS_LINE,
    ):
        for m in sc.find(pattern):
            sc.take_match(m)
            taken += 1
    if now is not None:
        taken += _take_iso_stamps(sc, now)
        taken += _take_relative_stamps(sc, now)
        taken += _take_yearless_stamps(sc, now)
        taken += _take_credited_days(sc, now)
        taken += _take_added_by_days(sc, now)
        taken += _take_headline_day(sc, now)
        taken += _take_opening_days(sc, now)
        taken += _take_clock_over_headline(sc, now)
    taken += _take_headline_clock(sc)
    taken += _take_seconds_stamps(sc)
    taken += _take_empty_spans(sc)
    taken += _take_weather_head(sc)
    for m in sc.find(_COUNTED_CLOCK):
        sc.take_match(m)
        taken += 1
    return taken


def _take_seconds_stamps(sc: Scanner) -> int:
    """Take each clock written to the second (_SECONDS_CLOCK) that stands beside a day — the
    day just before it (_DAY_BEFORE_SECONDS, within _SECONDS_REACH characters) or a day with
    its year just after it (_DAY_AFTER_SECONDS) — with that day: a site's moment of storing
    the item, wherever on its line, any moment (people give an event's hours and minutes;
    machines print the seconds). A round clock with zero seconds («12.04.2024 19:00:00») may
    be a template's event time and is left. Returns how many were taken."""
    taken = 0
    for m in sc.find(_SECONDS_CLOCK):
        minutes, seconds = m.group(0).split(":")[1:]
        if seconds == "00" and int(minutes) % 5 == 0:
            continue
        reach = max(0, m.start() - _SECONDS_REACH)  # `$` holds at the clock (endpos)
        before = _DAY_BEFORE_SECONDS.search(sc.text, reach, m.start())
        after = _DAY_AFTER_SECONDS.match(sc.text, m.end())
        if before is None and after is None:
            continue
        start = before.start() if before is not None else m.start()
        end = after.end() if after is not None else m.end()
        if sc.is_free(start, end):
            sc.take(start, end)
            taken += 1
    return taken


# a credit line ("Источник: …", "Автор: …", "По материалам …") and, on it or on the next line,
# a bare «Дата:» label before a day with its year: when a feed took the item
_CREDITED_DAY = re.compile(
    r"^[ \t]*(?:источник|автор|текст|фото|по[ \t]+материалам)[ \t]*:?[^\n]{0,80}?"
    r"(?:[.;,|][ \t]*|[ \t]*\n[ \t]*)дата[ \t]*:[ \t]*"
    rf"(?P<day>{_DAY_WITH_YEAR})[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
gate(_CREDITED_DAY, re.compile("дата"))


def _take_credited_days(sc: Scanner, now: datetime) -> int:
    """Take the day of each credit line's «Дата:» label (_CREDITED_DAY) that is not after
    `now`'s day: a news feed's reprint stamp, never the event's day. Returns how many."""
    return _take_days_not_after(sc, _CREDITED_DAY, now)


def _take_days_not_after(sc: Scanner, pattern: re.Pattern[str], now: datetime) -> int:
    """Take the `day` group of each match of `pattern` whose day is not after `now`'s day
    (a stamp never dates the future). Returns how many were taken."""
    taken = 0
    for m in sc.find(pattern):
        day = date_of(m.group("day"), now)
        if day is not None and day <= now.date():
            sc.take(m.start("day"), m.end("day"))
            taken += 1
    return taken


# a site's footer naming who put the item up and the day ("Категория: Спорт | Добавил: admin
# (30.05.2017)", a uCoz page's): the day of publishing, never the event's
_ADDED_BY = re.compile(
    r"(?<![а-яё])добавил[аи]?[ \t]*:[ \t]*[^\n()|]{1,40}?[ \t]*\([ \t]*"
    rf"(?P<day>{_DAY_WITH_YEAR})[ \t]*\)"
)
gate(_ADDED_BY, re.compile("добавил"))


def _take_added_by_days(sc: Scanner, now: datetime) -> int:
    """Take the day of each «Добавил: … (day)» footer (_ADDED_BY) that is not after `now`'s
    day: when the item was put up on the site. Returns how many."""
    return _take_days_not_after(sc, _ADDED_BY, now)


# a news item's headline closed by the day it was put up ("Музей приглашает на праздник
# 09.09.2025"): a numeric date with its year ending the post's first line, after three words
# and no other digit (the line is cut first: no pattern runs over a long text)
_HEADLINE_DAY = re.compile(r"[ \t](?P<day>\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)[ \t]*$")
_HEADLINE_WORD = re.compile(r"[а-яёa-z]{2,}", re.IGNORECASE)
# the headline's sentence closed before the day («… посетили театр "Мост". 26.11.2024»): the
# day stands apart from it, so the headline's own digits («24 ноября», «6В») do not make it
# the headline's date
_SENTENCE_CLOSED = re.compile(r"[а-яёa-z»\"”)][.!?][ \t]*$", re.IGNORECASE)


# the headline closed by a day with its year and a clock ("… истории\" 05.11.2025 18:42")
_HEADLINE_MOMENT = re.compile(
    r"[ \t](?P<day>\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)[ \t]+"
    r"(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)[ \t]*$"
)


def _take_headline_moment(sc: Scanner, line: str, now: datetime) -> int:
    """Take the day and clock closing the post's first line `line` (_HEADLINE_MOMENT) after
    three words and no other digit, when the minutes are not a multiple of five and the
    moment is not after `now`: a publication clock (events start on round times), as on a
    line of its own. Returns 0 or 1."""
    m = _HEADLINE_MOMENT.search(line)
    if m is None or int(m.group("m")) % 5 == 0:
        return 0
    if len(_HEADLINE_WORD.findall(line, 0, m.start())) < 3:
        return 0
    if any(c.isdigit() for c in line[: m.start()]) or not sc.is_free(m.start("day"), m.end()):
        return 0
    if not _not_after(m.group("day"), m.group("h"), m.group("m"), now):
        return 0
    sc.take(m.start("day"), m.end())
    return 1


def _take_headline_day(sc: Scanner, now: datetime) -> int:
    """Take the day closing the post's first line (_HEADLINE_DAY) when it is not after
    `now`'s day, the lines below name a day of their own and nothing makes the headline's day
    the event's (_dates_the_event): the item's stamp, never the event's day (an
    announcement's headline dates the event ahead); or the day and clock closing it, a
    publication clock (_take_headline_moment). Returns 0 or 1."""
    line_end = sc.text.find("\n")
    line = sc.text if line_end < 0 else sc.text[:line_end]
    if _take_headline_moment(sc, line, now):
        return 1
    m = _HEADLINE_DAY.search(line)
    if m is None or len(_HEADLINE_WORD.findall(line, 0, m.start())) < 3:
        return 0
    apart = _SENTENCE_CLOSED.search(line, 0, m.start()) is not None
    if (not apart and _names_a_moment(line, m.start())) or not sc.is_free(
        m.start("day"), m.end("day")
    ):
        return 0
    day = date_of(m.group("day"), now)
    if day is None or day > now.date():
        return 0
    below = DATE_ANY.search(sc.text, m.end())
    if below is None or _dates_the_event(line[: m.start()], sc.text, m.end(), below.start()):
        return 0
    sc.take(m.start("day"), m.end("day"))
    return 1


# a clock below the headline ("Начало в 18:00", "с 9.00") and the end of its sentence
_BODY_CLOCK = re.compile(rf"(?<![\d.:]){_CLOCK}(?![\d])")
# an hour told with its word in a headline («в 18 часов», «в 10 ч.»)
_HOUR_WORD = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])[ \t]*ч(?:ас|\.|[ \t]|$)")


def _names_a_moment(line: str, end: int) -> bool:
    """Whether the headline `line` names a day or a clock of its own before `end` (where its
    closing date stands): «Концерт 24 ноября 26.11.2024», «… в 18:00 28.11.2024» date the
    event in the headline itself, so the closing date is not told apart as the item's stamp.
    Other numbers are counts or names («Более 300 зрителей посетили спектакль», «Ученики 6В
    класса побывали в музее», «5 команд сразились …») and date nothing: the headline still
    closes with the day it was put up."""
    if not any(c.isdigit() for c in line[:end]):
        return False  # the cheapest test first: most headlines hold no digit
    return bool(
        DATE_ANY.search(line, 0, end) or _BODY_CLOCK.search(line, 0, end)
        or _HOUR_WORD.search(line, 0, end)
    )  # fmt: skip


def _dates_the_event(headline: str, text: str, start: int, next_day: int) -> bool:
    """Whether the text's own wording makes the headline's closing date the event's day: the
    headline's verb is in the future («Турнир пройдёт 05.12.2026», «… состоится …»), or a
    clock below (`text[start:]`) ends its sentence before the next day the text names
    (`next_day`): the start clock of the headline's day («…05.12.2026\nНачало в 18:00.
    Запись до 4 декабря»), while a news item's text names the event's day with its clock."""
    for word in _HEADLINE_WORD.findall(headline):
        found = parses(word)
        if found and "VERB" in found[0].tag and "futr" in found[0].tag:
            return True
    clock = _BODY_CLOCK.search(text, start, next_day)
    if clock is None:
        return False
    return sentence_at(clock.start(), text)[1] < next_day  # sentences.py's own boundaries


# a numeric date with its year opening a line, then a space and the line's words or a day
# of its own ("27.02.2017 День открытых дверей …", "11.01.2024 12 января в школе …"), never
# a clock or a word of time after it ("15.12.2024 в 10:00", "15.12.2024 с 9 до 12"); with
# dashes or a full stop after it too ("29-10-2020. Проверьте себя …": a site's template)
# a two-digit year too («10.09.15 | Москва»), and a site's separator between the date and the
# words («31.03.2018 - Экологический урок», «… | Москва», «… • …»), or the date alone on its
# line above the item (fresh72)
_OPENING_DAY = re.compile(
    r"^[ \t]*(?P<day>\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d|\d{1,2}-\d{1,2}-(?:19|20)\d\d)"
    r"(?!\d|[.:]\d)(?:\.?[ \t]+|[ \t]*[-–—|•·][ \t]*|[ \t]*(?=\n))"
    r"(?!(?:в|во|с|со|до|по|к|начало|от|и)\b|\d{1,2}[:.]\d\d)"
    r"(?=[а-яёa-z«\"]|\d{1,2}[ \t]+[а-яё]|\n)",
    re.MULTILINE | re.IGNORECASE,
)


def _take_opening_days(sc: Scanner, now: datetime) -> int:
    """Take the date opening one of the post's first STAMP_HEAD non-empty lines
    (_OPENING_DAY) when it is not after `now`'s day and a day is written after it: the news
    item's date above or before its text ("27.02.2017 День открытых дверей\nВ минувшую
    субботу 25 февраля …"), never the event's day (an announcement dates its event ahead).
    Returns how many were taken."""
    taken = 0
    lines = 0
    at = 0
    text = sc.text
    while at < len(text) and lines < STAMP_HEAD:
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        if text[at:stop].strip():
            lines += 1
            m = _OPENING_DAY.match(text, at, stop)
            if m is not None and sc.is_free(m.start("day"), m.end("day")):
                day = date_of(m.group("day").replace("-", "."), now)  # "29-10-2020" too
                if day is not None and day <= now.date() and DATE_ANY.search(text, m.end("day")):
                    sc.take(m.start("day"), m.end("day"))
                    taken += 1
        at = stop + 1
    return taken


# a feed's stamp: a clock and the day it was put up, alone on their line ("11:19 Сегодня",
# "Вчера, 14:05"); "Сегодня в 18:00" is how an event's time is written and is left alone,
# but not minutes no timetable sets ("сегодня в 19:02": the feed's moment, fresh64)
_RELATIVE_STAMP = re.compile(
    r"^[ \t]*(?:(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)[ \t]*,?[ \t]*(?P<day>сегодня|вчера)"
    r"|(?P<day2>сегодня|вчера)[ \t]*(?:,|в)[ \t]*(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d))[ \t]*$",
    re.MULTILINE,
)
gate(_RELATIVE_STAMP, re.compile("сегодня|вчера"))


def _take_relative_stamps(sc: Scanner, now: datetime) -> int:
    """Take each line holding nothing but a clock and «сегодня» / «вчера» ("11:19 Сегодня")
    whose moment is not after `now`: a feed's time of the item, never the event's clock.
    Returns how many were taken."""
    taken = 0
    for m in sc.find(_RELATIVE_STAMP):
        h, mm = (m.group("h"), m.group("m")) if m.group("h") else (m.group("h2"), m.group("m2"))
        if "," not in m.group(0) and m.group("day2") and mm[-1] in "05":
            continue  # "Сегодня в 18:00": the event's time as it is written
        yesterday = (m.group("day") or m.group("day2")) == "вчера"
        if yesterday or (int(h), int(mm)) <= (now.hour, now.minute):
            sc.take_match(m)
            taken += 1
    return taken


# a page's stamp with no year, the clock first, alone on its line at the head ("12:40 20
# ноября", "12:40, 20 ноября"); an event is written day first ("20 ноября в 12:40")
_YEARLESS_STAMP = re.compile(
    r"^[ \t]*(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)[ \t]*,?[ \t]*"
    r"(?P<day>\d{1,2}[ \t]+[а-я]{3,}\.?)[ \t]*$",
    re.MULTILINE,
)


def _take_yearless_stamps(sc: Scanner, now: datetime) -> int:
    """Take each line at the post's head (its first HEAD_LINES characters) holding nothing but
    a clock and then a day with no year («12:40 20 ноября»), whose moment — the day in its
    year nearest to `now` (school wall clock, naive) — is not after `now`: a page's stamp
    (starts42), as «20.11.2026 12:40» is. Returns how many were taken."""
    taken = 0
    text = sc.text
    for m in _YEARLESS_STAMP.finditer(text, 0, HEAD_LINES + 40):  # the head only
        whole = m.end() == len(text) or text[m.end()] == "\n"  # the line's end, not the head's
        if m.start() >= HEAD_LINES or not whole or not sc.is_free(m.start(), m.end()):
            continue
        day = date_of(m.group("day"), now, nearest=True)
        moment = (day, (int(m.group("h")), int(m.group("m"))))
        if day is not None and moment <= (now.date(), (now.hour, now.minute)):
            sc.take_match(m)
            taken += 1
    return taken


# a site template's event with no hours: a span from midnight to midnight on one line
# ("16. aprill 00:00 - 16. aprill 00:00"); no event lasts nothing, none runs a whole day to the
# same midnight
_EMPTY_SPAN = re.compile(
    r"(?<![\d.:])(?P<a>00[:.]00)(?![\d.:])[^\n]{0,30}?[-–—][^\n]{0,30}?"
    r"(?<![\d.:])(?P<b>00[:.]00)(?![\d.:])"
)
gate(_EMPTY_SPAN, re.compile(r"00[:.]00"))


def _take_empty_spans(sc: Scanner) -> int:
    """Take both clocks of each midnight-to-midnight span (the days beside them stay);
    returns how many spans were taken."""
    taken = 0
    for m in sc.find(_EMPTY_SPAN):
        sc.take(m.start("a"), m.end("a"))
        sc.take(m.start("b"), m.end("b"))
        taken += 1
    return taken


# a clock alone on its line above a line holding a number alone ("15:30 / 256 / Нет
# комментариев"): a news item's footer, its time and its count of views
_COUNTED_CLOCK = re.compile(r"^[ \t]*(?:[01]?\d|2[0-3]):[0-5]\d[ \t]*\n[ \t]*\d{1,7}[ \t]*$", re.M)
# The clock's minutes, a line break, a digit (was `\d(?=[^\S\n]*\n)\s*+\d`; `\d\s*\n\s*\d`
# was quadratic over a long run of line breaks after a digit: H4, regex_growth.py), read from
# the line break back (its literal opens the search; speedgate41): the clock's
# minutes and at most one space or tab before it (two or more: held), spaces or tabs and a digit
# after it, as the pattern's own `[ \t]*\n[ \t]*\d` (linear: each break looks back three
# characters and on over its own run of blanks)
gate(
    _COUNTED_CLOCK,
    re.compile(r"\n(?:(?<=:[0-5]\d\n)|(?<=:[0-5]\d[ \t]\n)|(?<=[ \t][ \t]\n))[ \t]*+\d"),
)


# a temperature reading ("+12 °С, ясно", "16.62 °C", "-4˚C"): a site's weather widget; the parser's
# clean-up may have blanked the degree sign, leaving the number, spaces and the letter С
_TEMPERATURE = with_first_scan(  # `re` skips to a sign or a digit (first_scan.py): same matches
    re.compile(
        r"(?<![\d.,])(?:[+\-−]?\d{1,2}(?:[.,]\d{1,2})?(?:[ \t]*[°˚º][ \t]*|[ \t]{2,})"
        # a signed reading whose sign of degrees the clean-up blanked to one space ("-4 C")
        r"|[+\-−]\d{1,2}[ \t])[cс]"
        r"(?=[ \t]*[,\n]|[ \t]*$)"
    )
)
_WEATHER_HEAD = 300  # characters: the page's header, above the item's headline
_HEAD_CLOCK = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d])")
_HEAD_WEEKDAY = re.compile(rf"(?<![а-я]){WEEKDAY}")
# the widget's short lines right under the reading, up to the first blank line ("Переменная
# облачность", "Пробки 3/10"): a number pair there is a reading (traffic out of ten), no day
_WIDGET_LINE = re.compile(r"\n[ \t]*([^\n]{1,40})(?=\n)")
_NUMERIC_PAIR = re.compile(r"(?<![\d.,/])\d{1,2}[./]\d{1,2}(?![\d./])")


def _take_weather_head(sc: Scanner) -> int:
    """Take the days, clocks and weekdays written above a temperature reading at the post's
    head ("сб, 20 апр. / 08:20 / +12 °С, ясно"): a news page's header shows the visitor's
    date, time and weather, never the event's day; a number pair on the widget's short lines
    under the reading ("Пробки 3/10") is one of its readings too. Returns how many were taken."""
    weather = _TEMPERATURE.search(sc.text, 0, _WEATHER_HEAD)
    if weather is None or not sc.is_free(weather.start(), weather.end()):
        return 0
    taken = 0
    for pattern in (DATE_ANY, _HEAD_CLOCK, _HEAD_WEEKDAY):
        for m in pattern.finditer(sc.text, 0, weather.start()):
            if sc.is_free(m.start(), m.end()):
                sc.take_match(m)
                taken += 1
    sc.take_match(weather)
    at = sc.text.find("\n", weather.end())
    while at != -1 and (line := _WIDGET_LINE.match(sc.text, at)) is not None:
        for m in _NUMERIC_PAIR.finditer(sc.text, line.start(1), line.end(1)):
            if sc.is_free(m.start(), m.end()):
                sc.take_match(m)
                taken += 1
        at = line.end()
    return taken


# a clock opening a post, then a day with no year, then the headline's words on the same line
# («10:00 16 сентября театр открыл сезон»): a site's clock above its item, the day the item's
_CLOCK_THEN_DAY = re.compile(
    r"\A\s*(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)[ \t]+(?P<day>\d{1,2}[ \t]+[а-я]{3,})"
    r"(?=[ \t,]+[^\d\s\u2013\u2014-])"
)


def _take_clock_over_headline(sc: Scanner, now: datetime) -> int:
    """Take the clock opening a post of several lines when the day right after it (no year:
    its year nearest to `now`, school wall clock, naive) and the headline's words follow on
    that line, and that moment is not after `now` («10:00 16 сентября театр открыл сезон»,
    read on 17 September): a page's clock printed before its item, clock first, where a
    writer names an event's day first («16 сентября в 10:00») or says «в» («В 10:00 16
    сентября …»). The day stays: it is the headline's. A one-line message keeps its clock.
    Returns 1 when the clock was taken, else 0."""
    m = _CLOCK_THEN_DAY.match(sc.text)
    if m is None or "\n" not in sc.text[m.end() :].strip() or not sc.is_free(m.start(), m.end()):
        return 0
    day = date_of(m.group("day"), now, nearest=True)
    if day is None or (day, (int(m.group("h")), int(m.group("m")))) > (
        now.date(),
        (now.hour, now.minute),
    ):
        return 0
    sc.take(m.start("h"), m.end("m"))
    return 1


def _take_headline_clock(sc: Scanner) -> int:
    """Take a clock opening the post when its line names no day, the next line does not open
    with a clock (a programme's first slot would), and a day is written further on: a news
    page prints the time of the item above its headline ("14:15 Спорт", "15:15 «Лыжня
    здоровья» в парке") while an announcement writes its day first ("5 декабря в 15:15").
    Returns 1 when it was taken, else 0."""
    m = _HEADLINE_CLOCK.match(sc.text)
    if m is None or not sc.is_free(m.start(), m.end()):
        return 0
    line_end = sc.text.find("\n", m.end())
    if line_end == -1:
        return 0  # a one-line message: its clock is the event's
    if any(ch.isdecimal() for ch in sc.text[m.end() : line_end]):
        return 0  # "15:00 5 декабря …", "10:00 – 11:00": the line's own day or range
    rest = sc.text[line_end:].lstrip()
    if _LINE_OPENS_WITH_CLOCK.match(rest) or not DATE_ANY.search(rest):
        return 0
    sc.take_match(m)
    return 1


def _not_after(day_text: str, hour: str, minute: str, now: datetime) -> bool:
    """Whether the date `day_text` ("11 мая 2022", "08-02-2018") at hour:minute is not
    after `now`: a moment already passed is when the item was put up, not an event."""
    day = date_of(day_text.replace("-", "."), now)
    return day is not None and (day, (int(hour), int(minute))) <= (
        now.date(),
        (now.hour, now.minute),
    )


def _take_iso_stamps(sc: Scanner, now: datetime) -> int:
    """Take the ISO dates a page printed as its own: one before today anywhere in a post
    (an announcement dates its event ahead, and a date-time "2026-12-15 15:00" is left to
    the temporal rules), with the clock printed right after it ("2018-08-10 07:42:47"), or
    today's at the post's top ("date 2026-02-07 В следующую субботу …"), where a site puts
    its publication date. Today's further down is the page's too when a publication label
    stands before it («Опубликовано: 2026-02-07») or it closes the post («Дата: 2026-02-07»,
    «2026-02-07 10:15» as the last line, its clock not after the post's moment): a footer
    (an event's day is announced ahead, and in the sentence that names it)."""
    taken = 0
    for m in sc.find(_ISO_DAY):
        day = cal.safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day is None or day > now.date():
            continue
        if day == now.date() and m.start() >= HEAD and not _iso_footer(sc.text, m, now):
            continue
        sc.take_match(m)
        taken += 1
    return taken


_ISO_CLOCK = re.compile(r"(?:[ \tTt]|,[ \t]*)([01]\d|2[0-3]):([0-5]\d)")


def _iso_footer(text: str, m: re.Match[str], now: datetime) -> bool:
    """Whether today's ISO date `m` is labelled as the item's publication or closes the
    post, its clock (if any) not after `now`."""
    clock = _ISO_CLOCK.match(text, m.end(3))
    if clock is not None and (int(clock.group(1)), int(clock.group(2))) > (now.hour, now.minute):
        return False
    if DATELINE.search(text, max(0, m.start() - 40), m.start()):
        return True
    return not text[m.end() :].strip(" \t\n.")


DATELINE = re.compile(
    r"(?:опубликован\w*|публикаци\w*|размещен\w*|обновлен\w*|дата\s+(?:создания|размещения"
    r"|публикации|новости|изменения|редактирования))\s*[:|,.-]?\s*$"
)
PLACE_WORD = re.compile(r"\W*[а-я]+(?:-[а-я]+)*[\s,.]*")
HEAD = 40  # characters: a date alone in a sentence this close to the top is a dateline


_LOWER_WORD = re.compile(r"[а-я]{3}")  # compiled once, not looked up per call


def is_dateline(
    text: str, m: re.Match[str], begin: int, end: int, now: datetime, original: str = ""
) -> bool:
    """Whether the date `m` (in the sentence `begin`..`end` of `text`) is the post's own:
    labelled as such ("Дата публикации: 30.11.2026"), or alone in a sentence near the top or
    on the last line ("30 ноября 2026 г.", "Тула. 31 августа.", "29.09.2017 ⋅ kudago.ru")
    and not after today, or a date with its year alone on a line anywhere and not after today
    (a site's stamp under the headline: "…олимпиаде\n04.02.2020\nУчащиеся…") or opening a
    line with a comma before the item's words ("03.12.2026, /ИТАР/ Центр …"). It is when the
    post was written, never the event's day. With the post's `original` text (same length),
    a news agency's dateline anywhere is one too: the town in capitals opening the line, a
    comma or a dash, then the day ("ТВЕРЬ - 4 нояб.", "ОМСК, 12 марта — ИА …"), or the town
    written as a name with the agency's abbreviation after the day ("Казань, 14 ноября - ТАСС.")."""
    if DATELINE.search(text[max(0, m.start() - 40) : m.start()]):
        return True
    if original and _agency_dateline(original, m, now):
        return True
    if (_alone_on_line(text, m) or _opens_item(text, m)) and _YEAR_WRITTEN.search(m.group(0)):
        day = date_of(m.group(0), now)
        if day is not None and day <= now.date():
            return True
    if not (begin < HEAD or not text[end:].strip()):  # "Тула. 31 августа. ИНТЕРФАКС …"
        return False  # not at the post's top or last line (the cheapest test, looked at first)
    if _bracketed(text, m) and _YEAR_WRITTEN.search(m.group(0)):  # "(24 октября 2019) Фестиваль…"
        day = date_of(m.group(0), now)
        return day is not None and day <= now.date()
    before = text[begin : m.start()]
    if PLACE_WORD.fullmatch(before):  # "Калининград, 31.08.2026.": a news dateline
        before = ""
    if _LOWER_WORD.search(before + text[m.end() : end]):
        return False
    day = date_of(m.group(0), now)
    return day is not None and day <= now.date()


# a news agency's dateline: the town in capitals (one to three words, maybe its agency's
# name with the town in brackets) opening its line, then a comma or a dash before the day
_AGENCY_TOWN = re.compile(
    r"[ \t]*(?:[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})*[ \t]+)?(?:\(?[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})*\)?[ \t]*){1,3}"
    r"[,\u2013\u2014-][ \t]*"
)
# after the day: its end ("."), a dash before the agency, or the line's end
_AFTER_AGENCY_DAY = re.compile(r"[ \t]*(?:[.\u2013\u2014-]|$)", re.MULTILINE)


# a news agency's name in a dateline's capitals («ОМСК (ИА …)», «МОСКВА, РИА Новости»)
_AGENCIES = frozenset({"риа", "тасс", "иа", "итар", "интерфакс", "регнум"})
_CAPITALS = re.compile(r"[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})*")


def _names_a_town(prefix: str) -> bool:
    """Whether the capitals before a dateline's day name a place in the nominative
    (pymorphy3's `Geox`: «ТВЕРЬ», «НИЖНИЙ НОВГОРОД») or an agency, and no kind of event: a
    headline in capitals («НОВОГОДНИЙ КОНЦЕРТ – 5 декабря», «ДЕНЬ РОССИИ – 12 июня») is the
    event's own, never a town's dateline."""
    place = False
    for word in _CAPITALS.findall(prefix):
        lower = word.lower()
        found = parses(lower)
        if found and (found[0].normal_form in KIND_WORDS or found[0].normal_form in EVENT_LEMMAS):
            return False
        place = (
            place or lower in _AGENCIES or any({"Geox", "nomn"} <= p.tag.grammemes for p in found)
        )
    return place


# a town written as a name (one to three words) opening its line, then a comma before the day
_NAMED_TOWN = re.compile(
    r"[ \t]*[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*(?:[ \t]+[А-ЯЁ][а-яё]+){0,2}[ \t]*,[ \t]*"
)
# after the day: a dash, then the agency as its abbreviation (a word of two capitals at least:
# «ТАСС», «АиФ-СК», «НТА-Приволжье»), maybe one more word of its name, then the sentence's end
_AGENCY_ABBREVIATION = re.compile(
    r"[ \t]*[\u2013\u2014-][ \t]*[А-ЯЁA-Z][\w-]*[А-ЯЁA-Z][\w-]*"
    r"(?:[ \t]+[А-ЯЁ][а-яё]+)?[ \t]*(?:\.|$)",
    re.MULTILINE,
)


_NAME_WORD = re.compile(r"[А-ЯЁ][а-яё]+")


def _names_a_place(prefix: str) -> bool:
    """Whether a word of `prefix` (a line's opening words, as written) is a place's name in the
    nominative (pymorphy3's `Geox`: «Казань», «Нижний Новгород»)."""
    return any(
        any({"Geox", "nomn"} <= p.tag.grammemes for p in parses(word.lower()))
        for word in _NAME_WORD.findall(prefix)
    )


def _agency_dateline(original: str, m: re.Match[str], now: datetime) -> bool:
    """Whether the date `m` follows a town in capitals that opens its line and is followed by
    a full stop or a dash ("ТВЕРЬ - 4 нояб. Команда …", "НОВОСИБИРСК, 26 дек — РИА Новости."),
    or a town written as a name, a comma, the day and a dash before the agency's abbreviation
    ("Казань, 14 ноября - ТАСС.", "Омск, 5 мая – РИА Новости."), and is not after today: a
    news agency's dateline, when the item was written."""
    if len(original) != len(m.string):
        return False
    start = original.rfind("\n", 0, m.start()) + 1
    if m.start() - start > 48:
        return False
    if _AGENCY_TOWN.fullmatch(original, start, m.start()):
        if not _names_a_town(original[start : m.start()]):
            return False
    elif not (
        _NAMED_TOWN.fullmatch(original, start, m.start())
        and _AGENCY_ABBREVIATION.match(original, m.end())
        and _names_a_place(original[start : m.start()])
    ):
        return False
    stop = original[m.start() : m.end()].rstrip().endswith(".")
    if not stop and not _AFTER_AGENCY_DAY.match(original, m.end()):
        return False  # "4 нояб." may be read with its abbreviation's full stop
    day = date_of(m.group(0), now, nearest=True)  # a day without its year: this year's
    return day is not None and day <= now.date()


_HOST = re.compile(r"\b(?:[a-zа-я0-9-]+\.)+(?:ru|рф|com|org|net|su|info)\b")
_DOMAINS = ("ru", "рф", "com", "org", "net", "su", "info")  # every host ends with one of them
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d|[./]\d\d$")


def _bracketed(text: str, m: re.Match[str]) -> bool:
    """Whether the date `m` is all a pair of brackets holds ("(24 октября 2019)")."""
    return text[: m.start()].rstrip().endswith("(") and text[m.end() :].lstrip().startswith(")")


_ANY_WORD_CHAR = re.compile(r"\w")  # compiled once, not looked up per call


# after a news item's dateline: a comma, then its agency or town, never a clock or "в 18:00"
_ITEM_AFTER_DATELINE = re.compile(r"[ \t]*,[ \t]*(?![\d\s]|(?:в|с|до|начало)\b)")


def _opens_item(text: str, m: re.Match[str]) -> bool:
    """Whether the date `m` opens its line and a comma joins it to the words of a news item
    ("03.12.2026, /ИТАР/ Центр проведёт …", "03.12.2026, Калуга."): an agency's dateline,
    written when the item was put up; an event's day opening a line gives its clock or its
    verb instead ("15.12.2026, в 18:00 …")."""
    start = text.rfind("\n", 0, m.start()) + 1
    return not text[start : m.start()].strip() and bool(_ITEM_AFTER_DATELINE.match(text, m.end()))


def _alone_on_line(text: str, m: re.Match[str]) -> bool:
    """Whether the date `m` is all its line holds besides punctuation, spaces and a site's
    host ("29.01.2026 zelenograd.ru": the page it was copied from)."""
    start = text.rfind("\n", 0, m.start()) + 1
    stop = text.find("\n", m.end())
    line = text[start : len(text) if stop == -1 else stop]
    rest = line[: m.start() - start] + line[m.end() - start :]
    if not any(domain in rest for domain in _DOMAINS):  # no host to remove (most lines)
        return not _ANY_WORD_CHAR.search(rest)
    return not _ANY_WORD_CHAR.search(_HOST.sub("", rest))


# searched over whole posts: `re` skips to their first characters (first_scan.py)
_HOST = with_first_scan(_HOST)


STAMP_HEAD = 3  # non-empty lines: a site's rubric, the headline and the stamp, in any order
_DIGIT = re.compile(r"\d")
# a line of nothing but a day with its year and a clock ("23.11.2026 12:40", "23.11.2026
# (12:40)"), a weekday before it if any: a stamp's shape whatever its moment
_BARE_MOMENT = re.compile(
    rf"[ \t]*{_WEEKDAY_OPENING}{_DAY_WITH_YEAR}[ \t]*(?:,|\.|\||в|\(|[-–—])?[ \t]*{_CLOCK}"
    r"(?::[0-5]\d)?\)?\.?[ \t]*"
)


def head_stamps(lines: list[str], now: datetime) -> frozenset[str]:
    """The lines among the first STAMP_HEAD of `lines` (stripped, non-empty) that are nothing
    but a publication stamp: every digit of the line is taken by `take_stamps` on the line
    alone («20.11.2026 12:40», «20.11.2026 (12:40)», «Опубликовано 23 ноября 2026, 12:40»,
    «Образование | 20 ноября 2026, 16:05»). `now` is the school wall clock (naive): a dated
    line is a stamp only when it is not after the post's moment, as `take_stamps` rules.

    Such a line is when a news item was put up, never a row of a pasted plan (stamp41: a
    short item under its stamp was read as a plan whose first row was the stamp's moment).
    A line naming anything besides (a title, a class, a second day) is never one.

    The one line of the whole text holding nothing but a day with its year and a clock, when
    it stands at the head, is one too, whatever its moment ("23.11.2026 (12:40)" pasted at
    10:00 that day): a plan's row names its activity; two such lines are a plan's sessions
    («Мастер-класс «Ёлка»» / «12.12.2026 15:00» / «19.12.2026 15:00») and stay rows."""
    found: set[str] = set()
    for line in lines[:STAMP_HEAD]:
        if _DIGIT.search(line) is None:
            continue
        sc = Scanner(line)
        if take_stamps(sc, now) and _DIGIT.search(sc.free_text()) is None:
            found.add(line)
    bare = [line for line in lines if _BARE_MOMENT.fullmatch(Scanner(line).text)]
    if len(bare) == 1 and bare[0] in lines[:STAMP_HEAD]:
        found.add(bare[0])
    return frozenset(found)
