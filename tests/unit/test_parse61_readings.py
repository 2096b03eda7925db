"""Readings parse61 added for misreadings left by round 60's helpers (tests/data/parse61.md),
each checked on sentences written for the test, not on the sets' posts."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2024-03-01T12:00")
_BODY = (
    "Экскурсия в краеведческий музей для учеников 7 класса пройдет 12 марта в 10:00. "
    "Ребята увидят старинные предметы быта и познакомятся с историей родного края."
)


def _parsed(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


# today's ISO date labelled as the item's or closing the post is the page's, not the event's
@pytest.mark.parametrize(
    "footer",
    [
        "Опубликовано: 2024-03-01",
        "Дата публикации: 2024-03-01",
        "Дата: 2024-03-01",
        "2024-03-01 10:15",
        "2024-03-01",
    ],
)
def test_todays_iso_footer_is_the_page_date(footer: str) -> None:
    assert _parsed(f"{_BODY}\n{footer}")["start"] == "2024-03-12T10:00"


def test_a_report_keeps_its_own_day_beside_an_iso_footer() -> None:
    text = (
        "28 февраля в 5 «А» классе прошел классный час «Мы за здоровый образ жизни». Ребята "
        "обсудили режим дня, правильное питание и занятия спортом.\nДата: 2024-03-01"
    )
    assert _parsed(text)["start"] != "2024-03-01"


# today's ISO date in the announcing sentence, or with a clock still ahead, stays the event's
@pytest.mark.parametrize(
    "text",
    [
        "Приглашаем родителей и учеников начальной школы на концерт хора, вход свободный. "
        "Концерт пройдет в актовом зале 2024-03-01 в 15:00. Ждем всех!",
        "Концерт хора в актовом зале для родителей и учеников начальной школы, вход свободный. "
        "Начало:\n2024-03-01 15:00",
    ],
)
def test_todays_iso_event_day_stays(text: str) -> None:
    assert _parsed(text)["start"] == "2024-03-01T15:00"


# a report of today and an announcement joined in one sentence by «, а» / «; а»: two clauses,
# the announcement's day, clock and name are the event's
@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Сегодня прошёл концерт, а 12 марта в 15:00 будет ярмарка", "2024-03-12T15:00", "Ярмарка"),
        (
            "Сегодня прошла линейка; а завтра в 10:00 состоится субботник",
            "2024-03-02T10:00",
            "Субботник",
        ),
        (
            "Сегодня в 11:00 состоялся турнир по шашкам, а 5 марта в 14:00 пройдёт турнир по "
            "шахматам",
            "2024-03-05T14:00",
            "Турнир по шахматам",
        ),
        (
            "Сегодня прошла встреча с ветеранами, а завтра в 12:00 будет классный час",
            "2024-03-02T12:00",
            "Классный час",
        ),
    ],
)
def test_a_report_clause_beside_an_announcement(text: str, start: str, title: str) -> None:
    got = _parsed(text)
    assert (got["start"], got["title"]) == (start, title)


# the additive «, а также» joins no second clause: a report alone keeps its day
def test_a_report_with_a_also_keeps_today() -> None:
    got = _parsed("Сегодня в 11:00 прошёл концерт, а также ярмарка поделок")
    assert str(got["start"]).startswith("2024-03-01")


# a bare stage takes the contest named just before it, in the genitive
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "На этой неделе в нашей школе проходит турнир по шахматам среди учеников 5–7 "
            "классов. Завтра в 15:00 финал. Приглашаем болельщиков в актовый зал.",
            "Финал турнира по шахматам",
        ),
        (
            "В гимназии стартовало первенство по волейболу между командами старших классов. "
            "Полуфинал пройдет 12 марта в 14:00 в спортивном зале.",
            "Полуфинал первенства по волейболу",
        ),
        (
            "Команды школ района уже месяц играют в чемпионате по мини-футболу. Финал "
            "состоится 9 марта в 12:00 на стадионе «Юность», приходите поддержать наших.",
            "Финал чемпионата по мини-футболу",
        ),
        (
            "Олимпиада по биологии проходит онлайн для учеников 7–11 классов. Отборочный тур "
            "завершится 3 марта, а финальный этап пройдет 12 марта в 10:00 в кабинете 14.",
            "Финальный этап олимпиады по биологии",
        ),
    ],
)
def test_a_bare_stage_takes_its_contest(text: str, title: str) -> None:
    assert _parsed(text)["title"] == title


# a stage that names its contest, or with no contest named before it, stays as written
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "В школе прошли соревнования по лёгкой атлетике. Финал эстафеты пройдет 9 марта в "
            "12:00 на стадионе, приходите поддержать наших ребят.",
            "Финал эстафеты",
        ),
        (
            "Дорогие ребята и родители! Финал пройдет 9 марта в 12:00 на стадионе «Юность», "
            "приходите поддержать наших ребят.",
            "Финал",
        ),
    ],
)
def test_a_stage_naming_its_contest_stays(text: str, title: str) -> None:
    assert _parsed(text)["title"] == title


# «накануне» + a date (its genitive): the day the event comes before, never the event's own
@pytest.mark.parametrize(
    "text",
    [
        "Накануне 8 Марта в актовом зале состоится праздничный концерт для мам. Начало в 14:00, "
        "приглашаем всех.",
        "Накануне 1 апреля в школе пройдет день юмора для учеников 5–7 классов. Начало в "
        "10:00, приходите в костюмах.",
        "накануне 8 марта в 15:00 концерт для мам",
    ],
)
def test_the_day_after_nakanune_is_not_the_events(text: str) -> None:
    got = _parsed(text)
    assert got.get("start") is None or not str(got["start"]).startswith(
        ("2024-03-08", "2024-04-01")
    )


# the adverb «накануне» in a report is the day before the writing; with its day set beside it
# after a comma, that day; in an announcement after a named day, that day stays the event's
@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Накануне в школе прошел концерт для ветеранов. Ребята пели песни военных лет и "
            "читали стихи.",
            "2024-02-29",
        ),
        (
            "Накануне ребята 5 класса побывали на экскурсии в краеведческом музее. Экскурсовод "
            "рассказал им об истории края.",
            "2024-02-29",
        ),
        (
            "Накануне Нового года, 28 декабря, в школе пройдет утренник для начальных классов. "
            "Начало в 11:00.",
            "2024-12-28T11:00",
        ),
        (
            "Концерт состоится 12 марта в 15:00 в актовом зале. Накануне пройдет генеральная "
            "репетиция, приходите все.",
            "2024-03-12T15:00",
        ),
    ],
)
def test_nakanune_read_by_grammar(text: str, start: str) -> None:
    assert _parsed(text)["start"] == start


# a running thing's hours each day beside its last day: the span from its day to the last,
# all day (the hours are the doors', every day), as the labels of such posts give it
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Выставка детских рисунков «Весенняя капель» открылась сегодня в холле библиотеки. "
            "Ребята нарисовали ручьи и первые цветы.\nЭкспозиция будет доступна для посещения "
            "по 20 марта с 10.00 до 18.00. Вход свободный.",
            "2024-03-01",
            "2024-03-20",
        ),
        (
            "Фотовыставка «Наш край» открылась 27 февраля в детском клубе «Ровесник». Авторы "
            "снимков — ученики 9 классов.\nЭкспозиция будет доступна для осмотра по 25 марта с "
            "14.00 до 19.00 по адресу: улица Садовая, дом 5.",
            "2024-02-27",
            "2024-03-25",
        ),
        (
            "Выставка поделок «Зимняя сказка» открылась в понедельник, 26 февраля, в школьном "
            "музее. Ученики начальных классов сделали снеговиков и ёлки.\nПосетить выставку "
            "можно до 10 марта с 9:00 до 15:00.",
            "2024-02-26",
            "2024-03-10",
        ),
    ],
)
def test_daily_hours_of_a_running_exhibition(text: str, start: str, end: str) -> None:
    got = _parsed(text)
    assert (got["start"], got["end"], got["all_day"]) == (start, end, True)


# one day's hours with no last day stay that day's
def test_one_days_hours_stay() -> None:
    got = _parsed(
        "Выставка детских рисунков «Весенняя капель» откроется 12 марта в холле библиотеки. "
        "Ребята нарисовали ручьи и первые цветы. Посетить ее можно с 10.00 до 18.00."
    )
    assert (got["start"], got["end"]) == ("2024-03-12T10:00", "2024-03-12T18:00")
