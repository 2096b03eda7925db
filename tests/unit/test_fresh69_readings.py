"""Readings behind the misses of tests/data/real_posts_broad31.jsonl at first sight
(tests/data/fresh69.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# A news item's dateline: the town opening its line, a comma, the day, then a dash and the
# agency, written as an abbreviation («- ТАСС.», «– РИА Новости.», «- ИА «Регион».»). It
# tells when the item was written, never the event's day, wherever the line stands (under a
# long headline too).
@pytest.mark.parametrize(
    "dateline",
    [
        "Казань, 14 ноября - ТАСС.",
        "Казань, 14 ноября – РИА Новости.",
        "Нижний Новгород, 14 ноября — НТА-Приволжье.",
        "Казань, 14 ноября - ИА.",
    ],
)
def test_a_dateline_with_its_agency_is_no_event_day(dateline: str) -> None:
    text = (
        "Инспекторы рассказали первоклассникам о безопасной дороге в школу и домой\n\n"
        f"{dateline} Инспекторы провели беседы с учениками начальной школы.\n"
        "13 ноября полицейские побывали в гимназии № 7 и раздали ребятам световозвращатели."
    )
    got = _parse(text, "2024-11-14T12:00")
    assert got["start"] == "2024-11-13"


# what the reading leaves alone: an event's own day after a town, with no agency after it,
# and a day ahead (a dateline is never after today)
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Казань, 20 ноября - турнир по шахматам среди школьников.", "2024-11-20"),
        ("Турнир по шахматам\n\nКазань, 20 ноября - ДЮСШ.\nНачало в 10:00.", "2024-11-20T10:00"),
    ],
)
def test_a_town_and_a_day_ahead_stay_the_event(text: str, start: str) -> None:
    got = _parse(text, "2024-11-14T12:00")
    assert got["start"] == start


# A celebration in the dative («посвящённый празднованию Дня России», «приурочена
# празднованию …») is what the event is dedicated to, like «к празднованию …»: never its day
# when the post writes one («сегодня», «завтра», a date).
@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Сегодня школьники выстроят живую цепь. Акция посвящена празднованию Дня Победы.",
            "2024-05-06",
        ),
        ("Завтра в школе пройдёт концерт, посвящённый празднованию Дня Победы.", "2024-05-07"),
        (
            "Флешмоб, посвящённый празднованию Дня России, пройдёт сегодня на набережной.",
            "2024-05-06",
        ),
    ],
)
def test_a_celebration_dedicated_to_is_no_day(text: str, start: str) -> None:
    got = _parse(text, "2024-05-06T09:00")
    assert got["start"] == start


# what the reading leaves alone: the celebration itself, or an event within it, is on the day
@pytest.mark.parametrize(
    "text",
    [
        "Празднование Дня Победы пройдёт в парке.",
        "В рамках празднования Дня Победы в парке выступит оркестр.",
    ],
)
def test_the_celebration_itself_is_on_its_day(text: str) -> None:
    got = _parse(text, "2024-05-06T09:00")
    assert got["start"] == "2024-05-09"


# A place's own name after a type's abbreviation («стадион СК Локомотив», «ФОК Импульс») goes
# on with a capitalised noun in the nominative, an inanimate masculine one too, whose
# nominative and accusative are one form (pymorphy3 may list the accusative first).
@pytest.mark.parametrize(
    ("place", "shown"),
    [
        ("на стадионе СК Локомотив", "стадион СК Локомотив"),
        ("в спорткомплексе ФОК Импульс", "спорткомплекс ФОК Импульс"),
        ("на стадионе СК Восход", "стадион СК Восход"),  # nominative first: right already
    ],
)
def test_a_name_after_an_abbreviation_goes_on(place: str, shown: str) -> None:
    text = (
        "Городское первенство по лёгкой атлетике\n\n"
        f"12 мая {place} пройдут соревнования по лёгкой атлетике среди школьных команд.\n"
        "Начало в 10:00."
    )
    got = _parse(text, "2024-05-06T12:00")
    assert got["venue"] == shown
