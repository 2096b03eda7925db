"""The class reader shared by the chat and plan files (walk p, #1 and #2): a range of class
letters names every class between («6б-6д»), and «кроме» takes classes out of the audience
instead of becoming it."""

from __future__ import annotations

from bot.core.language.audience import parse_audience
from bot.core.models import Audience


def classes(*names: str) -> Audience:
    return Audience(classes=frozenset(names))


def test_a_letter_range_names_every_class_between() -> None:
    assert parse_audience("6б-6д") == classes("6Б", "6В", "6Г", "6Д")
    assert parse_audience("для 7А – 7В классов") == classes("7А", "7Б", "7В")
    assert parse_audience("Субботник, 10а-в, двор") == classes("10А", "10Б", "10В")
    # two grades, or letters backwards: no range of one grade, the ends as written
    assert parse_audience("5а-6в") == classes("5А", "6В")


def test_krome_takes_classes_out() -> None:
    assert parse_audience("все, кроме 1-х") == Audience(grades=frozenset(range(2, 12)))
    assert parse_audience("для 5-7 классов кроме 6-х") == Audience(grades=frozenset({5, 7}))
    assert parse_audience("6а, 6б, 6в (кроме 6б)") == classes("6А", "6В")
    # one class of a grade named whole: not representable without the class list, so the
    # audience is left unread (the chat asks), never the excluded class alone
    assert parse_audience("7 классы (кроме 7Г)") == Audience()
    # «кроме» before something that is no class leaves the audience as it is
    assert parse_audience("каждый день кроме 5 декабря, 9а") == classes("9А")
