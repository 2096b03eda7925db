"""A reading behind a miss of tests/data/real_posts_broad46.jsonl at first sight
(tests/data/fresh85.md), checked on posts of our own, never the set's words.

«Выставка пройдёт до 16 июля»: the perfective future «пройдёт» / «пройдут» right before «до»
and a day tells how long a run goes on, as «продлится до» and «будет проходить до» do — the
run's last day, never the day of the event a long post announces. Before, the sentence's
«пройдёт» made it the event's and the bound its start, so a run told opened on a named day
was read as going on from today only."""

from __future__ import annotations

import pytest

from tests.title_probe import parsed as _parse

# a run told opened (or opening) on a named day, its last day written after «пройдёт до»:
# the run from the named day to that day
_RUNS = [
    (
        "Фотовыставка «Осенние краски» открылась 12 октября в холле районной библиотеки. "
        "На ней представлены снимки участников городского фотоклуба. Экспозиция пройдёт до "
        "30 октября, вход свободный.",
        "2025-10-14T09:00",
        "2025-10-12",
        "2025-10-30",
    ),
    (
        "В читальном зале центральной библиотеки 2 февраля открылась книжная выставка "
        "«Сталинградская битва». Выставка пройдет до 28 февраля, приглашаем классы.",
        "2024-02-05T12:00",
        "2024-02-02",
        "2024-02-28",
    ),
    (
        "Акция «Чистый берег» стартует 3 мая на набережной реки Сейм. Школьные отряды "
        "соберут мусор у воды и высадят деревья. Акция пройдёт до 17 мая.",
        "2023-04-28T10:00",
        "2023-05-03",
        "2023-05-17",
    ),
    (
        "Дни открытых лабораторий в техникуме открылись 9 ноября. Мастер-классы для "
        "девятиклассников пройдут до 20 ноября по будням в мастерских корпуса № 2.",
        "2026-11-10T08:00",
        "2026-11-09",
        "2026-11-20",
    ),
]


@pytest.mark.parametrize(("text", "now", "first", "last"), _RUNS)
def test_a_run_taking_place_until_a_day_ends_on_it(
    text: str, now: str, first: str, last: str
) -> None:
    got = _parse(text, now)
    assert (got["start"], got["end"]) == (first, last), got


# the event's own day after «пройдёт» with no «до» stays the event's day
def test_a_day_after_proidet_without_do_is_the_events_day() -> None:
    got = _parse(
        "Городской конкурс чтецов «Родное слово» пройдёт 21 марта в актовом зале гимназии "
        "№ 4. Заявки принимаются до 14 марта у классных руководителей.",
        "2025-03-10T10:00",
    )
    assert got["start"] == "2025-03-21", got
