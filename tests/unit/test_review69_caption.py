"""review69: a caption listing months with commas («на январь, февраль 2027 г.») states no
period now. files69's caption_period read it as its first month alone, January, so every
February row of the file would have been held «вне срока плана». Captions of my own."""

from __future__ import annotations

import pytest

from bot.exports.caption_period import caption_period


@pytest.mark.parametrize(
    "caption",
    [
        "План мероприятий на январь, февраль 2027 г.",
        "План на январь, февраль и март",
        "ПЛАН НА НОЯБРЬ 2026, ДЕКАБРЬ 2026",
        "План на октябрь,ноябрь",
    ],
)
def test_a_list_of_months_is_not_its_first_month(caption: str) -> None:
    assert caption_period([[caption]]) is None


@pytest.mark.parametrize(
    ("caption", "months"),
    [
        ("План на январь 2027 г.", {1}),
        ("План на октябрь–декабрь 2026 г.", {10, 11, 12}),
        ("План на декабрь 2026 года и январь 2027 года", {12, 1}),
        ("План на декабрь, утверждён 30.11.2026", {12}),
    ],
)
def test_one_month_or_a_run_still_reads(caption: str, months: set[int]) -> None:
    period = caption_period([[caption]])
    assert period is not None
    assert period.months == frozenset(months), period
