"""Concise titles (issue 10 §6, the twenty-second round): "в" + a plural animate noun in the
form of the nominative is the group one joins ("посвящение в суворовцы", "приём в
юнармейцы"), so it belongs to the kind's name; a place after "в" does not. Our own
sentences."""

from __future__ import annotations

import pytest

from bot.core.language.title import concise_title


def whole(text: str) -> str | None:
    """The concise title of `text`, its one sentence holding the event's date."""
    return concise_title(text, (0, len(text)))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Посвящение в первоклассники состоится 1 сентября в 9:00 в актовом зале.",
            "Посвящение в первоклассники",
        ),
        (
            "21 сентября в Зале Славы музея пройдёт торжественное посвящение в суворовцы.\n\n"
            "Около ста воспитанников училища пройдут ритуал.",
            "Торжественное посвящение в суворовцы",
        ),
        ("Приём в юнармейцы состоится 9 мая в 10:00 у Вечного огня.", "Приём в юнармейцы"),
    ],
)
def test_joining_a_group_of_people_belongs_to_the_kind(text: str, wanted: str) -> None:
    assert whole(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Концерт в актовом зале состоится 5 октября.", "Концерт"),
        ("Лекция в библиотеке пройдёт 5 октября в 15:00.", "Лекция"),
    ],
)
def test_a_place_after_v_stays_out(text: str, wanted: str) -> None:
    assert whole(text) == wanted
