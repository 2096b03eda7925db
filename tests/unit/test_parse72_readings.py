"""Readings left by parse69, parse70, fresh69 and fresh70 (tests/data/parse72.md), each
checked on sentences of our own, never a tuned post's words."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.drafts import card_context
from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

TODAY = "2026-12-05T12:00"  # a Saturday


def _parse(text: str, now: str = TODAY) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# 1. a clocked run begun before now and going on past it is `running` (not asked «уже
# прошло»), its day's hours kept: a daily repeat whose last day is today or later, or a run
# from a clocked start to the end of a later day
@pytest.mark.parametrize(
    ("text", "start", "end", "until"),
    [
        (
            # an exhibition's or a fair's week of hours is one run since parse74
            "Кружок работает с 1 по 20 декабря с 10:00 до 18:00.",
            "2026-12-01T10:00",
            "2026-12-01T18:00",
            "2026-12-20",
        ),
        (
            "Каток открыт со 2 по 9 декабря, с 11 до 19 часов.",
            "2026-12-02T11:00",
            "2026-12-02T19:00",
            "2026-12-09",
        ),
        (
            "С 10:00 3 декабря до 7 декабря в музее проходит выставка.",
            "2026-12-03T10:00",
            "2026-12-07",
            None,
        ),
        (
            "С 1 по 5 декабря в спортзале проходят игры, с 9:00 до 15:00.",
            "2026-12-01T09:00",
            "2026-12-01T15:00",
            "2026-12-05",
        ),
    ],
)
def test_a_clocked_run_going_on_is_running(
    text: str, start: str, end: str, until: str | None
) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end), got
    rec = got["recurrence"]
    assert (rec or {}).get("until") == until, got
    assert "running" in got["doubts"], got
    assert "past" not in got["doubts"], got


# the card says it has begun and names its last day, not the first day's end
def test_the_card_of_a_clocked_run_going_on_names_its_last_day() -> None:
    now = datetime.fromisoformat(TODAY)
    intent = parse_message("Выставка работает с 1 по 20 декабря с 10:00 до 18:00.", now)
    assert isinstance(intent, EventIntent)
    said = card_context(intent.draft, now)["running"]
    assert said == {"since": date(2026, 12, 1), "until": date(2026, 12, 20)}, said


# what it leaves alone: a repeat over, a repeat ahead, a one-day event with hours gone
@pytest.mark.parametrize(
    ("text", "doubt"),
    [
        ("Выставка работала с 20 ноября по 4 декабря с 10:00 до 18:00.", "past"),
        ("Выставка будет работать с 7 по 20 декабря с 10:00 до 18:00.", None),
        ("4 декабря с 10:00 до 18:00 прошла ярмарка.", "past"),
    ],
)
def test_the_clocked_running_reading_leaves_alone(text: str, doubt: str | None) -> None:
    got = _parse(text)
    assert "running" not in (got["doubts"] or []), got
    if doubt:
        assert doubt in got["doubts"], got


AHEAD = "2026-12-01T12:00"


# 2. a verb of beginning done once (perfective: «начнутся», «откроются», «стартуют») with
# a clock over a span of days tells the run's opening, whatever the subject's number — a
# plural subject («соревнования», «состязания», «сборы») names one event as often as many
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Соревнования пройдут с 5 по 7 декабря. Соревнования начнутся в 10:00.",
            "2026-12-05T10:00",
            "2026-12-07",
        ),
        (
            "С 12 по 14 декабря в спортзале пройдут состязания. Состязания откроются в 9:30.",
            "2026-12-12T09:30",
            "2026-12-14",
        ),
        (
            "С 12 по 14 декабря пройдут сборы, начнутся они в 10:00.",
            "2026-12-12T10:00",
            "2026-12-14",
        ),
        (
            "С 12 по 14 декабря в школе пройдут «Весёлые старты». Они стартуют в 11:00.",
            "2026-12-12T11:00",
            "2026-12-14",
        ),
    ],
)
def test_a_plural_subject_beginning_once_opens_the_run(text: str, start: str, end: str) -> None:
    got = _parse(text, AHEAD)
    assert (got["start"], got["end"], got["recurrence"]) == (start, end, None), got


# an imperfective verb of beginning is each day's clock: the daily repeat stays
@pytest.mark.parametrize(
    "text",
    [
        "С 12 по 14 декабря пройдёт ярмарка. Ярмарка открывается в 10:00.",
        "С 12 по 14 декабря пройдут игры. Игры начинаются в 10:00.",
        "С 12 по 14 декабря в школе пройдут сборы. Занятия начинаются в 9:00.",
        # the parts of the event (a plural noun new to the text) begin each day
        "С 12 по 14 декабря пройдёт турнир по волейболу. Игры начнутся в 10:00.",
    ],
)
def test_a_beginning_told_every_day_stays_a_daily_repeat(text: str) -> None:
    got = _parse(text, AHEAD)
    assert got["recurrence"] == {"freq": "daily", "until": "2026-12-14"}, got


# 3. a span opened at a clock beside its first day («с 10:00 5 декабря до 7 декабря») ends on
# the «до» day, also after a word of sign-up: the day closes the span, it is no deadline
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Приём заявок с 10:00 5 декабря до 7 декабря.", "2026-12-05T10:00"),
        ("Приём работ на выставку 5 декабря с 9:30 до 7 декабря.", "2026-12-05T09:30"),
        ("Запись в кружки со 11.00 5 декабря до 7 декабря.", "2026-12-05T11:00"),
    ],
)
def test_a_span_opened_at_a_clock_ends_on_its_until_day(text: str, start: str) -> None:
    got = _parse(text, AHEAD)
    assert (got["start"], got["end"]) == (start, "2026-12-07"), got


# a «до» day after a sign-up word with no span of its own stays a deadline
@pytest.mark.parametrize(
    "text",
    [
        "Лекция 10 декабря в 18:00, запись с 10:00 до 7 декабря.",
        "Концерт 10 декабря в 18:00, заявки принимаются до 7 декабря.",
    ],
)
def test_a_sign_up_until_a_day_stays_a_deadline(text: str) -> None:
    got = _parse(text, AHEAD)
    assert (got["start"], got["end"], got["choices"]) == ("2026-12-10T18:00", None, []), got


# 4. news of an event begun with no day written is of the post's day: the start is today,
# doubted (`begun_today`, asked) while the text says nothing of when it ends
LONG_TAIL = (
    " Ребята примут участие в играх и конкурсах, встретятся с интересными людьми и побывают"
    " на экскурсиях. Организаторы приглашают родителей поддержать детей и принять участие в"
    " совместных мероприятиях, фотографии будут опубликованы на сайте школы."
)


@pytest.mark.parametrize(
    "text",
    [
        "В школах района стартовала благотворительная акция «Добрые крышечки»." + LONG_TAIL,
        "В загородных лагерях области открылась осенняя смена." + LONG_TAIL,
        "Сегодня в школе открылась выставка детского рисунка." + LONG_TAIL,
        "В гимназии прямо сейчас проходит турнир по шахматам." + LONG_TAIL,
    ],
)
def test_news_of_an_event_begun_with_no_day_is_of_the_posts_day(text: str) -> None:
    got = _parse(text)
    assert (got["start"], got["all_day"]) == ("2026-12-05", True), got
    assert "begun_today" in got["doubts"], got
    assert "past" not in got["doubts"], got


# what stays: news of an event over («прошла», no day: no event read) and an announcement
# ahead with no day (its day asked, no start)
@pytest.mark.parametrize(
    "text",
    [
        "В школах района прошла благотворительная акция «Добрые крышечки»." + LONG_TAIL,
        "В гимназии пройдёт турнир по шахматам." + LONG_TAIL,
    ],
)
def test_news_with_no_day_not_begun_keeps_no_start(text: str) -> None:
    got = _parse(text)
    assert got["start"] is None, got


# what began is a sign-up, or the text reports the event done: no run begun today
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Начался приём заявок на районный конкурс чтецов." + LONG_TAIL, None),
        ("Стартовала регистрация на городской турнир по шахматам." + LONG_TAIL, None),
        (
            "Сегодня в школе состоялся турнир по шахматам. Начался турнир с жеребьёвки."
            + LONG_TAIL,
            "2026-12-05",
        ),
    ],
)
def test_a_sign_up_begun_or_an_event_done_is_no_run_begun(text: str, start: str | None) -> None:
    got = _parse(text)
    assert got["start"] == start, got
    assert "begun_today" not in (got["doubts"] or []), got


# 5. a run begun on a day gone that the text says goes on today or tomorrow lasts to that
# day: `running`, not a day gone
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "4 декабря в районе открылись игры «Зарница». Сегодня игры продолжатся.",
            "2026-12-04",
            "2026-12-05",
        ),
        (
            "Вчера в школе начался турнир по шахматам. Сегодня турнир продолжится.",
            "2026-12-04",
            "2026-12-05",
        ),
        (
            "3 декабря стартовали соревнования по лыжам. Завтра соревнования продолжатся.",
            "2026-12-03",
            "2026-12-06",
        ),
        (
            "4 декабря в районе открылись игры «Зарница». Сегодня они продолжатся.",
            "2026-12-04",
            "2026-12-05",
        ),
    ],
)
def test_a_run_told_going_on_today_lasts_to_today(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end), got
    assert got["doubts"] == ["running"], got


# something else going on today is not the event's run
@pytest.mark.parametrize(
    "text",
    [
        "4 декабря в школе прошёл концерт. Сегодня продолжится приём заявок на конкурс.",
        "4 декабря в школе прошёл концерт хора. Работа над новыми песнями продолжится.",
    ],
)
def test_something_else_going_on_is_not_the_events_run(text: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == ("2026-12-04", None), got


# 5b. a clock span told in a list item of an event of its own (its own verb of taking
# place, a subject the event's sentence does not name) is that event's: the long post's
# draft that took it is asked its time (`end_elsewhere`), never saved silent
_SIDE = (
    "12 апреля в городе пройдет большой весенний субботник. Участники приведут в порядок"
    " газоны, соберут прошлогоднюю траву и покрасят скамейки. Для желающих подготовили"
    " мероприятия:\n► {} Ребята сделают поделки из ложек и бутылок;\n► взрослые посадят"
    " деревья."
)


def test_a_side_events_clock_span_is_doubted() -> None:
    text = _SIDE.format("В парке с 10:00 до 13:00 пройдет экологический мастер-класс.")
    got = _parse(text, "2026-04-01T12:00")
    assert "end_elsewhere" in got["doubts"], got


@pytest.mark.parametrize(
    "told",
    [
        "Субботник пройдет в парке с 10:00 до 13:00.",
        "Он пройдет в парке с 10:00 до 13:00.",
        "Работать будем в парке с 10:00 до 13:00.",
    ],
)
def test_the_events_own_clock_span_is_not_doubted(told: str) -> None:
    got = _parse(_SIDE.format(told), "2026-04-01T12:00")
    assert (got["start"], got["end"]) == ("2026-04-12T10:00", "2026-04-12T13:00"), got
    assert "end_elsewhere" not in got["doubts"], got


# 3 in a long post: the same span, and a plain «до» deadline beside the event's day stays
_POST_TAIL = (
    " Работы принимаются в кабинете 12. Итоги подведём на линейке, рисунки будут выставлены"
    " в холле школы, приглашаем всех желающих принять участие и показать своё мастерство."
)


def test_a_long_posts_span_opened_at_a_clock_ends_on_its_until_day() -> None:
    text = "Приём заявок на конкурс рисунков с 10:00 5 декабря до 7 декабря." + _POST_TAIL
    got = _parse(text, AHEAD)
    assert (got["start"], got["end"]) == ("2026-12-05T10:00", "2026-12-07"), got


def test_a_long_posts_deadline_stays() -> None:
    text = (
        "Конкурс рисунков пройдёт 10 декабря в 15:00 в актовом зале. Заявки принимаются до 7"
        " декабря." + _POST_TAIL
    )
    got = _parse(text, AHEAD)
    assert (got["start"], got["end"]) == ("2026-12-10T15:00", None), got
