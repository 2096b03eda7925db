"""review50's parser findings 1, 4 and 5 (tests/data/fixparse50.md): the review's inputs and
variants of my own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

_NOW = "2026-12-05T10:00"


def _parsed(text: str, now: str = _NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# 1. A past verb that decides, sets, moves or opens something plans a coming day: the day
# keeps the rule of the year ahead (no `past` doubt).
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Выпускной вечер решили провести 20 июня в актовом зале.", "2027-06-20"),
        ("Стало известно: выпускной назначили на 27 июня.", "2027-06-27"),
        ("Открылась запись на летнюю смену лагеря 15 июня.", "2027-06-15"),
        ("Родительское собрание перенесли на 1 сентября.", "2027-09-01"),
        ("Педсовет договорились собрать 10 августа в учительской.", "2027-08-10"),
        ("Экскурсию в музей отложили на 3 июля.", "2027-07-03"),
        ("Началась регистрация команд на турнир 20 июля.", "2027-07-20"),
    ],
)
def test_a_past_verb_planning_a_day_keeps_the_year_ahead(text: str, start: str) -> None:
    got = _parsed(text)
    assert str(got["start"]).startswith(start)
    assert "past" not in (got.get("doubts") or [])


# ...while a sentence that only reports what was done keeps the day gone.
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("12 ноября в библиотеке состоялась встреча с писателем.", "2026-11-12"),
        ("12 ноября ребята смогли посетить краеведческий музей.", "2026-11-12"),
        ("10 ноября на линейке наградили победителей олимпиады.", "2026-11-10"),
    ],
)
def test_a_report_in_the_past_keeps_its_day_gone(text: str, start: str) -> None:
    assert str(_parsed(text)["start"]).startswith(start)


# 4. A quoted name of the same kind mentioned in a sentence told in the past is another
# (past) event's: the event's own title stays.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Новогодний концерт состоится 20 декабря в 18:00 в актовом зале. Напомним, что в "
            "прошлом году концерт «Зимняя сказка» собрал полный зал.",
            "Новогодний концерт",
        ),
        (
            "Спортивный праздник пройдёт 19 декабря в 11:00 в спортзале. Праздник «Папа, мама, "
            "я — спортивная семья» в ноябре собрал 20 команд.",
            "Спортивный праздник",
        ),
        (
            "Экологическая акция пройдёт 15 декабря в 12:00 у школы. Сообщаем, что акция "
            "«Чистый берег» весной объединила сто волонтёров.",
            "Экологическая акция",
        ),
    ],
)
def test_a_named_mention_told_in_the_past_is_another_event(text: str, title: str) -> None:
    assert _parsed(text)["title"] == title


# ...while a mention in a sentence of the coming event still names it.
def test_a_named_mention_of_the_coming_event_still_names_it() -> None:
    text = (
        "Экологическая акция пройдёт 15 декабря в 12:00 у школы. Акция «Чистый берег» "
        "соберёт волонтёров со всего района."
    )
    assert "Чистый берег" in str(_parsed(text)["title"])


# 5. «продлится два дня» sets the event's last day only when the event is its subject: another
# subject in its clause («Регистрация продлится два дня») tells of something else.
@pytest.mark.parametrize(
    "text",
    [
        "Фестиваль 14 декабря. Регистрация продлится два дня.",
        "Фестиваль 14 декабря. Приём заявок продлится три дня.",
        "Конкурс рисунков 14 декабря, голосование продлится два дня.",
    ],
)
def test_another_subjects_lasting_is_not_the_events(text: str) -> None:
    got = _parsed(text)
    assert str(got["start"]).startswith("2026-12-14")
    assert got["end"] is None
    assert got["recurrence"] is None


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Фестиваль 14 декабря. Фестиваль продлится два дня.", "2026-12-15"),
        ("Фестиваль 14 декабря, он продлится два дня.", "2026-12-15"),
        ("Выставка рисунков откроется 14 декабря и продлится три дня.", "2026-12-16"),
    ],
)
def test_the_events_own_lasting_gives_its_last_day(text: str, end: str) -> None:
    assert _parsed(text)["end"] == end


# A timed start keeps the days it lasts: one session a day to the last day, the start's clock.
@pytest.mark.parametrize(
    ("text", "start", "until"),
    [
        ("Турнир 14 декабря в 11:00, он продлится три дня.", "2026-12-14T11:00", "2026-12-16"),
    ],
)
def test_a_timed_start_keeps_the_days_it_lasts(text: str, start: str, until: str) -> None:
    got = _parsed(text)
    assert got["start"] == start
    assert got["recurrence"] == {"freq": "daily", "until": until}


def test_an_opening_clock_over_the_days_it_lasts_is_one_run() -> None:
    """«начало в 10:00» names the run's opening, not every day's clock (parse70)."""
    got = _parsed("Олимпиада 14 декабря, продлится два дня, начало в 10:00")
    assert (got["start"], got["end"], got["recurrence"]) == ("2026-12-14T10:00", "2026-12-15", None)
