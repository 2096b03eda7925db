"""Readings behind the misses of tests/data/real_posts_broad19.jsonl at first sight
(tests/data/fresh51.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# A news agency's dateline: the town in capitals, a comma or a dash, the day the item was put
# up ("ТВЕРЬ - 4 нояб.", "ОМСК, 12 марта — ИА …"). It is when the news was written, never the
# event's day; the event's own day comes later in the text.
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "Шашисты из Твери сыграют в турнире\nТВЕРЬ - 4 нояб. Команда школы №5 выступит"
            " в турнире по шашкам, сообщает пресс-служба.\nТурнир пройдет 9 ноября в Доме"
            " культуры.",
            "2019-11-05T12:00",
            "2019-11-09",
        ),
        (
            "Юные шахматисты сыграют с гроссмейстером\nОМСК, 12 марта — ИА Омск-Информ."
            " Сеанс одновременной игры состоится 16 марта во Дворце творчества.",
            "2021-03-12T18:00",
            "2021-03-16",
        ),
        (
            "Школьники сдадут нормы ГТО\nНИЖНИЙ НОВГОРОД, 20 апреля. Фестиваль ГТО для"
            " учащихся пройдет 23 апреля на стадионе «Локомотив».",
            "2022-04-20T12:00",
            "2022-04-23",
        ),
    ],
)
def test_an_agency_dateline_is_not_the_event_day(text: str, now: str, start: str) -> None:
    assert _parse(text, now)["start"] == start


def test_a_report_under_an_agency_dateline_never_takes_the_dateline_day() -> None:
    # the item was put up on the 4th about a tournament of the 2nd: the 2nd, or asked —
    # never the 4th (read as next year's 4 November before)
    text = (
        "Шашисты из Твери победили в турнире\nТВЕРЬ - 4 нояб. Команда школы №5 победила"
        " в турнире по шашкам.\nТурнир прошел 2 ноября в Доме культуры."
    )
    assert _parse(text, "2019-11-05T12:00")["start"] in ("2019-11-02", None)


def test_a_capitalised_heading_before_an_event_day_still_dates_the_event() -> None:
    # a word in capitals before the day, but the day is the event's: it comes ahead
    got = _parse("КОНЦЕРТ - 14 декабря в 18:00 в актовом зале школы.", "2026-12-05T12:00")
    assert got["start"] == "2026-12-14T18:00"


# A weekday in a sentence told in the past tense alone («В субботу в школе прошла ярмарка»,
# «Выставка открылась в четверг») names the latest such day up to today, not the next one:
# the report's event, which was read a week ahead before.
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        ("В субботу в школе прошла благотворительная ярмарка.", "2019-10-21T12:00", "2019-10-19"),
        (
            "Выставка «Мир роботов» открылась в четверг в городском музее.",
            "2013-12-26T15:00",
            "2013-12-26",
        ),
        (
            "Во вторник ученики седьмых классов побывали на экскурсии в пожарной части.",
            "2024-03-08T10:00",
            "2024-03-05",
        ),
    ],
)
def test_a_weekday_told_in_the_past_is_the_latest_one(text: str, now: str, start: str) -> None:
    assert _parse(text, now)["start"] == start


@pytest.mark.parametrize(
    "text",
    [
        "В субботу в школе пройдет благотворительная ярмарка.",
        "В субботу в школе состоится ярмарка, а в прошлом году она собрала много гостей.",
        "В четверг открылась запись на экскурсию в пожарную часть в субботу.",
    ],
)
def test_a_weekday_ahead_stays_ahead(text: str) -> None:
    # 2019-10-21 is a Monday: the Saturday ahead is the 26th
    got = _parse(text, "2019-10-21T12:00")["start"]
    assert isinstance(got, str)
    assert got >= "2019-10-21"


def test_a_relative_clause_tells_nothing_of_the_sentence_tense() -> None:
    # «…, в которой есть …, …» describes the exhibition; the sentence's own verb is past
    text = (
        "Выставка «Мир роботов», в которой есть робот-пианист и робот-художник, который"
        " нарисует портрет, открылась в четверг в городском музее."
    )
    assert _parse(text, "2013-12-26T15:00")["start"] == "2013-12-26"


# A higher level's stage told in a relative clause («…на краевой этап конкурса, который
# пройдёт с 7 по 10 число») is a later stage's days, told in passing, like a final's: the
# post's own event starts where it says (here tomorrow) and runs until its own last day.
@pytest.mark.parametrize(
    "stage",
    [
        "на краевой этап конкурса, который будет проходить с 14 по 17 числа",
        "на региональный этап, который пройдет с 14 по 17 октября",
        "на всероссийский тур олимпиады, который состоится с 14 по 17 октября",
    ],
)
def test_a_higher_stage_in_a_relative_clause_is_not_the_event(stage: str) -> None:
    text = (
        "Конкурс чтецов в Комсомольске\nС завтрашнего дня в городе стартует конкурс чтецов"
        " среди учеников пятых-седьмых классов. Он будет проходить до 4 октября. Победитель"
        f" отправится {stage}. Участникам предстоит прочитать стихотворение и отрывок из прозы."
    )
    got = _parse(text, "2019-09-30T12:00")
    assert (got["start"], got["end"]) == ("2019-10-01", "2019-10-04")
