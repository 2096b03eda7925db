"""The memos speed53 added (quote_marks.with_guillemets, title_shape.well_formed,
post_dates.first_day_of): each gives what a fresh reading gives, whatever was read before,
and stays bounded."""

from __future__ import annotations

from datetime import date, datetime

from bot.core.language import post_dates, quote_marks, title_shape
from bot.core.language.post_dates import first_day_of
from bot.core.language.quote_marks import with_guillemets
from bot.core.language.title_shape import well_formed


def test_with_guillemets_read_again_is_the_same():
    text = "Концерт на стадионе <Балтика> и „Морской бой“ в парке"
    first = with_guillemets(text)
    assert first == "Концерт на стадионе «Балтика» и «Морской бой» в парке"
    assert with_guillemets(text) == first
    assert with_guillemets("Без кавычек") == "Без кавычек"
    assert quote_marks.with_guillemets.cache_info().currsize <= 8


def test_well_formed_remembered_gives_a_fresh_reading():
    titles = [
        ("Первый кадетский бал состоялся", None),
        ("концерт хора", None),
        ("Концерт хора", "Концерт хора пройдёт в субботу."),
    ]
    fresh = [title_shape._well_formed(title, text) for title, text in titles]
    for _ in range(2):  # the second round is read from the memo
        assert [well_formed(title, text) for title, text in titles] == fresh
    assert fresh[1] == "Концерт хора"


def test_well_formed_memo_stays_bounded():
    for n in range(3 * title_shape._KEEP_FORMED):
        well_formed(f"Лекция номер {n}")
    assert len(title_shape._FORMED) <= title_shape._KEEP_FORMED


def test_first_day_of_depends_on_the_day_read():
    # «24 по 31 декабря» read in November is this December; read a year later, the
    # next December: the memo keys on the day read, so each reading is its own
    autumn = datetime.fromisoformat("2026-11-20T10:00")  # school wall clock
    assert first_day_of("24 по 31 декабря", autumn) == date(2026, 12, 24)
    assert first_day_of("24 по 31 декабря", autumn.replace(hour=18)) == date(2026, 12, 24)
    later = datetime.fromisoformat("2027-11-20T10:00")
    assert first_day_of("24 по 31 декабря", later) == date(2027, 12, 24)
    assert first_day_of("30 по 2 декабря", autumn) == date(2026, 11, 30)  # the month before
    assert post_dates._first_day_of.cache_info().currsize <= 1024
