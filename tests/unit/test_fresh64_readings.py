"""Readings behind the misses of tests/data/real_posts_broad27.jsonl at first sight
(tests/data/fresh64.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# «не позднее 15 декабря» / «не позже пятницы» bounds a day: it names none, so it is never
# the event's start (the run's own days are).
@pytest.mark.parametrize(
    ("text", "now", "start", "end"),
    [
        (
            "С 5 октября по 20 ноября в районе пройдёт конкурс рисунков «Осенний лес». Итоги"
            " подведут не позднее 1 декабря.",
            "2024-09-20T12:00",
            "2024-10-05",
            "2024-11-20",
        ),
        (
            "12 марта в гимназии состоится турнир по шахматам. Результаты опубликуют не позже"
            " 20 марта.",
            "2025-03-01T12:00",
            "2025-03-12",
            None,
        ),
    ],
)
def test_a_bound_no_later_than_is_no_start(text: str, now: str, start: str, end: str) -> None:
    got = _parse(text, now)
    assert (got["start"], got["end"]) == (start, end)


# A run already begun keeps its days over a later bound («не позднее»): the bound is the
# results' or the award's, never the run's start.
def test_a_begun_run_keeps_its_days_over_a_bound() -> None:
    text = (
        "С 1 сентября по 30 ноября 2025 года в школах города проходит акция «Чистый двор»."
        " Награждение победителей состоится не позднее 15 декабря 2025 года."
    )
    got = _parse(text, "2025-09-05T12:00")
    assert (got["start"], got["end"]) == ("2025-09-01", "2025-11-30")


# A line opening with «#» is a hashtag (a site's tag or rubric), never the event's title.
@pytest.mark.parametrize(
    ("text", "now", "title"),
    [
        (
            "#Новости о конкурсе\n14 ноября в доме культуры пройдёт конкурс чтецов «Живое слово».",
            "2024-11-01T12:00",
            "живое слово",
        ),
        (
            "#Анонс соревнований\nВ субботу, 7 декабря, в парке состоится лыжный забег «Снежинка».",
            "2024-12-01T12:00",
            "снежинка",
        ),
    ],
)
def test_a_hashtag_line_is_no_title(text: str, now: str, title: str) -> None:
    got = _parse(text, now)
    assert title in str(got["title"]).lower()
    assert not str(got["title"]).startswith("#")


# «в канун Дня учителя» places the event before a holiday: the holiday is a time, never the
# event's title.
@pytest.mark.parametrize(
    ("text", "now", "title"),
    [
        (
            "3 октября 2024 года (в канун Дня учителя) в гимназии пройдёт"
            " праздничный концерт. Ученики подготовили песни, стихи и танцы для педагогов.",
            "2024-09-25T12:00",
            "концерт",
        ),
        (
            "6 мая (в канун Дня Победы) в районной библиотеке состоится"
            " встреча школьников с ветеранами. Ребята прочтут стихи и споют песни военных лет.",
            "2024-04-25T12:00",
            "встреча",
        ),
    ],
)
def test_a_holiday_after_kanun_is_no_title(text: str, now: str, title: str) -> None:
    got = _parse(text, now)
    assert title in str(got["title"]).lower()
    assert "канун" not in str(got["title"]).lower()


# An anniversary («годовщина», «N-летие со дня …») is a day remembered, not one something is
# held on: a past-told lesson dedicated to it never takes the anniversary's day silently.
@pytest.mark.parametrize(
    ("text", "now", "anniversary"),
    [
        (
            "В школе прошёл урок мужества для учеников пятых классов. Ребята слушали рассказ"
            " ветерана о войне и задавали ему вопросы. 9 февраля будет очередная годовщина"
            " сражения у деревни Кривцово.",
            "2025-02-06T12:00",
            "2025-02-09",
        ),
        (
            "В гимназии состоялся классный час о родном крае. Учитель истории рассказал о первых"
            " жителях и старых улицах. 20 марта исполнится 300-летие со дня основания города.",
            "2024-03-12T12:00",
            "2024-03-20",
        ),
    ],
)
def test_an_anniversary_day_is_no_silent_start(text: str, now: str, anniversary: str) -> None:
    got = _parse(text, now)
    assert got["start"] != anniversary or got.get("doubts")


# An anniversary the event is held on keeps its day: «в годовщину … пройдёт митинг».
def test_an_event_held_on_an_anniversary_keeps_its_day() -> None:
    text = (
        "Митинг памяти\n9 февраля, в годовщину сражения у деревни Кривцово, у памятника"
        " павшим пройдёт митинг. Приглашаем жителей района и школьников."
    )
    assert _parse(text, "2025-02-01T12:00")["start"] == "2025-02-09"


# A day on which an anniversary is marked is the celebration's own day: «отметит 100-летие».
def test_an_anniversary_marked_keeps_its_day() -> None:
    text = (
        "12 октября городская библиотека отметит 50-летие со дня открытия. В 15 часов в"
        " читальном зале начнётся праздничная встреча с читателями и авторами книг о городе."
    )
    assert _parse(text, "2024-10-01T12:00")["start"] == "2024-10-12T15:00"


# The short passive participle of «провести» («проведены», «проведена», «проведён») tells a
# holding gone, as «прошли» does: the day is this year's past one, never a year ahead; with
# «будет» it is ahead.
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "12 марта в школах района проведены классные часы о безопасности на льду. Ребятам"
            " напомнили правила поведения у водоёмов весной.",
            "2024-03-14T12:00",
            "2024-03-12",
        ),
        (
            "4 декабря в гимназии проведена олимпиада по математике для пятых классов."
            " Победители получили грамоты и сладкие призы.",
            "2024-12-06T12:00",
            "2024-12-04",
        ),
        (
            "15 мая в школе будет проведена благотворительная ярмарка поделок. Все вырученные"
            " деньги передадут в приют для животных.",
            "2024-05-01T12:00",
            "2024-05-15",
        ),
    ],
)
def test_a_held_participle_tells_the_past(text: str, now: str, start: str) -> None:
    assert _parse(text, now)["start"] == start


# A numeric date with its year opening the post, closed by a full stop or written with
# dashes («05-03-2024. Итоги …», «05.03.2024. …»), not after the post's day, with a day of its
# own after it: the item's date, never the event's.
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "05-03-2024. Приглашаем на весенний концерт!\n16 марта 2024 года в актовом зале"
            " музыкальной школы состоится отчётный концерт учащихся.",
            "2024-03-05T12:00",
            "2024-03-16",
        ),
        (
            "11.09.2023. Готовимся к осеннему забегу.\n23 сентября 2023 года в городском парке"
            " пройдёт семейный забег «Золотая осень».",
            "2023-09-11T12:00",
            "2023-09-23",
        ),
    ],
)
def test_a_stopped_opening_date_is_the_items(text: str, now: str, start: str) -> None:
    assert _parse(text, now)["start"] == start


# «сегодня в 19:02» alone on its line at a page's head, its minutes not round and not after
# the post's moment, is the feed's time of the item, never the event's clock; «Сегодня в
# 18:00» alone stays the event's time.
def test_a_feed_time_with_today_is_no_clock() -> None:
    text = (
        "сегодня в 14:37\nВ гимназии прошла встреча с выпускниками\n12 марта в актовом зале"
        " гимназии состоялась встреча старшеклассников с выпускниками прошлых лет."
    )
    assert _parse(text, "2024-03-13T15:00")["start"] == "2024-03-12"


def test_a_round_today_clock_stays_the_events() -> None:
    text = (
        "Сегодня в 18:00\nВ актовом зале гимназии начнётся концерт хора «Весна». Вход"
        " свободный, приглашаем родителей и выпускников."
    )
    assert _parse(text, "2024-03-13T12:00")["start"] == "2024-03-13T18:00"
