"""Readings behind the misses of tests/data/real_posts_broad24.jsonl at first sight
(tests/data/fresh57.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# The clock of a sentence about the event's closing part — its awards («Церемония
# награждения начнётся в 16.30»), its closing («Закрытие фестиваля — в 17:00») — said without
# a day of its own, while another sentence gives the event's day: the part's clock, never the
# event's start.
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "В пятницу, 15 мая, в гимназии пройдёт городской конкурс юных программистов."
            " Команды покажут своих роботов и защитят проекты. Церемония награждения"
            " победителей начнётся в 16.30.",
            "2026-05-11T12:00",
            "2026-05-15",
        ),
        (
            "Школьный фестиваль науки состоится 20 марта в лицее № 2. Ребят ждут опыты, лекции"
            " и мастер-классы. Закрытие фестиваля — в 17:00.",
            "2026-03-16T12:00",
            "2026-03-20",
        ),
    ],
)
def test_a_closing_parts_clock_is_not_the_start(text: str, now: str, start: str) -> None:
    assert _parse(text, now)["start"] == start


@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        # the awards are the post's event, their day and clock in one sentence
        (
            "Торжественное награждение победителей олимпиады состоится 22 апреля в 15:00 в"
            " актовом зале.",
            "2026-04-18T12:00",
            "2026-04-22T15:00",
        ),
        # the dated sentence names the awards: the clock is the awards' and the event's
        (
            "25 мая — итоговая линейка и награждение отличников. Награждение начнётся в 9:00.",
            "2026-05-20T12:00",
            "2026-05-25T09:00",
        ),
        # the event's own clock said: it stays the start
        (
            "Соревнования по мини-футболу пройдут 12 октября на стадионе школы. Начало в 10:00,"
            " награждение в 14:00.",
            "2026-10-06T12:00",
            "2026-10-12T10:00",
        ),
    ],
)
def test_a_clock_of_the_awards_themselves_stays(text: str, now: str, start: str) -> None:
    assert _parse(text, now)["start"] == start


# A fire station named by its kind («в пожарной части», «в пожарно-спасательную часть»; the
# adjective required, as for a military unit: «первая часть концерта» is no place) is a place
# noun.
@pytest.mark.parametrize(
    ("text", "now", "venue"),
    [
        (
            "12 февраля ученики 4 класса побывали на экскурсии в пожарной части. Им показали"
            " машины и боевую одежду.",
            "2026-02-14T12:00",
            "пожарн",
        ),
        (
            "Во вторник, 10 марта, воспитанники подготовительной группы отправятся на экскурсию в"
            " пожарно-спасательную часть.",
            "2026-03-05T12:00",
            "пожарно-спасательн",
        ),
    ],
)
def test_a_fire_station_is_a_place(text: str, now: str, venue: str) -> None:
    assert venue in (_parse(text, now)["venue"] or "").lower()


def test_a_part_of_a_concert_is_no_place() -> None:
    text = "Первая часть концерта пройдёт 5 мая в актовом зале, вторая — в фойе."
    assert _parse(text, "2026-05-01T12:00")["venue"] == "актовый зал"
