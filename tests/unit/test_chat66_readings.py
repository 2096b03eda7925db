"""chat66: the readings under the chat's fixes, with sentences of my own — a greeting before
a request, who runs what on a day, the class of setting verbs, a plan's line by its ordinal
in any order, a half of a month."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language import courtesy, period_parts, small_talk
from bot.core.language.card_verbs import sets_value
from bot.core.language.meaning import SmallTalkKind
from bot.core.language.morphology import parses
from bot.core.language.student_asks import who_runs_as_plan
from bot.core.language.understanding.card_answers import _ordinal_and_change
from bot.core.language.understanding.draft_answers import period_part_alone

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time


@pytest.mark.parametrize(
    "text",
    [
        "Здравствуйте, я мама. Во сколько экскурсия?",
        "Добрый день! Я папа Маши. Где будет лекция",
        "Привет, я из 9Б, что завтра?",
    ],
)
def test_a_greeting_and_intro_then_a_request_is_no_small_talk(text: str) -> None:
    assert small_talk.small_talk(text) is None


@pytest.mark.parametrize(
    "text", ["Здравствуйте, я мама Пети.", "Добрый день! Я методист КГТУ", "Привет! Это Оля"]
)
def test_a_greeting_and_intro_alone_is_a_greeting(text: str) -> None:
    assert small_talk.small_talk(text) is SmallTalkKind.GREETING


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Здравствуйте, я мама. Во сколько экскурсия?", "я мама. Во сколько экскурсия?"),
        ("Привет. Кто ведёт в четверг?", "Кто ведёт в четверг?"),
        ("Добрый вечер! что завтра", "что завтра"),
        ("Привет", "Привет"),  # nothing after it
        ("Приветственное слово директора 5 декабря", "Приветственное слово директора 5 декабря"),
    ],
)
def test_without_greeting(text: str, rest: str) -> None:
    assert small_talk.without_greeting(text) == rest


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("кто ведёт в субботу?", "что в субботу?"),
        ("а кто проводит кружок 12 декабря", "что кружок 12 декабря?"),
        ("кто организатор на этой неделе?", "что на этой неделе?"),
        ("кто ведёт кружок?", "кто ведёт кружок?"),  # no day: who_runs' own question
    ],
)
def test_who_runs_on_a_day_is_the_days_plan(text: str, asked: str) -> None:
    assert who_runs_as_plan(text) == asked


@pytest.mark.parametrize(
    "verb", ["перенеси", "поменяй", "поставь", "сдвинь", "давай", "назначь", "отложи"]
)
def test_setting_verbs(verb: str) -> None:
    assert sets_value(parses(verb)[0].normal_form)


# verbs of asking, showing, sending or telling, and verbs nobody thought of: none sets
@pytest.mark.parametrize(
    "verb", ["скинь", "глянь", "подскажи", "перечисли", "пришли", "напечатай", "спой", "проверь"]
)
def test_other_verbs_fail_safe(verb: str) -> None:
    assert not sets_value(parses(verb)[0].normal_form)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("вторую перенеси на 17:00", ("вторую", "на 17:00")),
        ("перенеси третью на 18 декабря", ("третью", "на 18 декабря")),
        ("поменяй во второй место на актовый зал", ("второй", "место на актовый зал")),
        ("третье мероприятие сдвинь на 12:00", ("третье", "на 12:00")),
        ("вторую на 17:00", ("", "")),  # no verb: the older reading's
        ("Второй тур олимпиады 18 декабря", ("", "")),
        ("скинь вторую на завтра", ("", "")),  # an asking verb
    ],
)
def test_ordinal_and_change_in_any_order(text: str, found: tuple[str, str]) -> None:
    assert _ordinal_and_change(text) == found


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("лекции в первой половине января", (date(2027, 1, 1), date(2027, 1, 15))),
        ("экскурсии во второй половине февраля", (date(2027, 2, 16), date(2027, 2, 28))),
    ],
)
def test_a_half_of_a_month(text: str, days: tuple[date, date]) -> None:
    found = period_parts.PERIOD_PART.search(text)
    assert found is not None
    assert period_parts._part(found, NOW.date()) == days


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("в первой половине декабря", True),
        ("в конце недели", True),
        ("во второй половине месяца.", True),
        ("что в первой половине декабря?", False),
        ("в первой половине декабря?", False),
        ("15 декабря", False),
    ],
)
def test_a_period_part_alone(text: str, alone: bool) -> None:
    assert period_part_alone(text) is alone


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("подскажите, во сколько экскурсия?", "во сколько экскурсия?"),
        ("Скажи пожалуйста, где будет лекция", "где будет лекция"),
        ("подскажи в какое время сбор", "в какое время сбор"),
        ("подскажите расписание на завтра", "подскажите расписание на завтра"),
        ("скажите спасибо учителям 5 декабря", "скажите спасибо учителям 5 декабря"),
    ],
)
def test_without_telling_lead(text: str, rest: str) -> None:
    assert courtesy.without_telling_lead(text) == rest
