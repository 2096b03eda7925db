"""The headline's event keeps off another item's start when the body gives it a time in
words or the start's clause is a performer's act (fixparse48b, review48 finding 4).

title47 lets a news headline's object ("В школе проведут конкурс") name the post's event;
fixtitle47 holds the switch back when the body gives that event a time of its own. A time
is also said in words: told by another item ("— следом", "по окончании", "в обед") or by
the part of the day ("— вечером", "во второй половине дня"). And a clause whose finite verb
is a performer's act ("выступит хор", "споёт хор") dates that act, another event than a
contest or a tournament, though no kind word names it. A concert's performers are the
concert, and a contest's participants are the contest: those keep the headline.

The first two posts are review48's; the rest are sentences written for the reading."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.title_probe import card_title_and_start

NOW = datetime.fromisoformat("2026-12-05T09:00")


@pytest.mark.parametrize(
    ("text", "other", "headline"),
    [
        (  # review48
            "В школе проведут конкурс\n14 декабря в 12:00 в актовом зале выступит хор «Звонкие "
            "голоса». Конкурс чтецов — вечером.",
            "звонкие голоса",
            "конкурс",
        ),
        (  # review48
            "В школе проведут конкурс\n14 декабря в 12:00 в актовом зале выступит хор «Звонкие "
            "голоса». Конкурс чтецов — следом.",
            "звонкие голоса",
            "конкурс",
        ),
        (  # the part of the day in words, no verb of performing
            "Лицей проведёт турнир по шахматам\n18 декабря в 10:00 в фойе — ансамбль «Капель». "
            "Турнир по шахматам — во второй половине дня.",
            "капель",
            "турнир",
        ),
        (
            "Библиотека проведёт встречу с писателем\n15 декабря в 11:00 в зале — оркестр "
            "«Метелица». Встреча с писателем — в обед.",
            "метелица",
            "встреч",
        ),
        (  # a performer's act, no time word for the headline's event
            "Лицей проведёт турнир по шахматам\n18 декабря в 10:00 в фойе споёт детский хор "
            "«Капель». Турнир по шахматам продлится три часа.",
            "капель",
            "турнир",
        ),
    ],
)
def test_the_headline_event_timed_in_words_or_beside_an_act_keeps_off_its_start(
    text: str, other: str, headline: str
) -> None:
    title, _ = card_title_and_start(text, NOW)
    assert other in title.lower(), title
    assert headline not in title.lower(), title


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (  # a choir singing at the concert is the concert
            "Школа проведёт новогодний концерт\n22 декабря в 17:00 в актовом зале выступит хор "
            "«Капель». Концерт продлится час.",
            "концерт",
        ),
        (  # the contest's own participants perform in it
            "В школе проведут конкурс чтецов\n14 декабря в 12:00 в актовом зале выступят "
            "участники. Конкурс чтецов продлится два часа.",
            "конкурс",
        ),
        (  # "литературным вечером" is a noun, not the time of day
            "Библиотека проведёт встречу с писателем\n15 декабря в 11:00 в зале — оркестр "
            "«Метелица». Встреча с писателем станет литературным вечером.",
            "встреч",
        ),
    ],
)
def test_the_headline_event_stays_when_the_act_or_word_is_its_own(text: str, headline: str) -> None:
    title, _ = card_title_and_start(text, NOW)
    assert headline in title.lower(), title
