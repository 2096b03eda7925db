"""A part of an event dated in another sentence (doubts43): when the sentence read as the
event's names only a part of an event — its closing, opening, awards («Торжественное закрытие
выставки пройдёт 10 января в 15:00») — and another dated sentence of the post has that event
(«С 7 по 20 декабря … работает выставка»), the event's own days are offered beside the part's
(`several_dates`): the post was saved as the closing's day, silently.
"""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T09:00")

EXHIBITION = (
    "Выставка «Зимние узоры» в краеведческом музее\n\n"
    "С 7 по 20 декабря в краеведческом музее работает выставка детских рисунков «Зимние"
    " узоры». Экскурсии для школьных групп проводятся по будням в 11:00 и 14:00, запись по"
    " телефону. Вход свободный для учащихся.\n\n"
    "Торжественное закрытие выставки пройдёт 10 января в 15:00, на нём наградят победителей"
    " конкурса рисунков."
)

TOURNAMENT = (
    "Турнир по мини-футболу среди школьных команд\n\n"
    "С 14 по 18 декабря в спортивном зале школы № 5 идёт турнир по мини-футболу. Игры"
    " начинаются каждый день после уроков.\n\n"
    "Награждение участников турнира состоится 25 декабря в 16:00 в актовом зале."
)


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


def test_the_exhibition_is_offered_beside_its_closing() -> None:
    got = _parse(EXHIBITION)
    days = {str(c)[:10] for c in got["choices"] or []} | {str(got["start"])[:10]}
    assert str(got["start"]).startswith("2026-12-07") or (
        "several_dates" in (got["doubts"] or []) and {"2026-12-07", "2027-01-10"} <= days
    ), (got["start"], got["choices"], got["doubts"])


def test_the_closing_keeps_its_own_clock() -> None:
    got = _parse(EXHIBITION)
    closing = [str(c) for c in [got["start"], *(got["choices"] or [])] if "2027-01-10" in str(c)]
    assert all(c == "2027-01-10T15:00" for c in closing), closing


def test_the_tournament_is_offered_beside_its_awards() -> None:
    got = _parse(TOURNAMENT)
    days = {str(c)[:10] for c in got["choices"] or []} | {str(got["start"])[:10]}
    assert str(got["start"]).startswith("2026-12-14") or (
        "several_dates" in (got["doubts"] or []) and "2026-12-14" in days
    ), (got["start"], got["choices"], got["doubts"])


OPENING = (
    "Выставка минералов в Доме детского творчества\n\n"
    "С 6 по 28 февраля в Доме детского творчества работает выставка минералов «Камни Урала»."
    " Для школьных групп проводятся экскурсии по будням в 10:00 и 12:00.\n\n"
    "Торжественное открытие выставки — 6 февраля в 15:00."
)


def test_an_opening_on_the_first_day_of_a_span_with_daily_hours_is_the_span() -> None:
    # the opening's own clock is no longer replaced by the daily hours, and the event stays
    # the span all day (starts42's reading)
    got = _parse(OPENING)
    assert (got["start"], got["end"], got["all_day"]) == ("2027-02-06", "2027-02-28", True)


def test_clocks_listed_for_one_day_are_still_its_sessions() -> None:
    got = _parse("Мастер-класс по лепке пройдёт 12 декабря в 11:30 или в 12:30 в библиотеке.")
    assert [s["start"] for s in got["sessions"]] == ["2026-12-12T11:30", "2026-12-12T12:30"]
