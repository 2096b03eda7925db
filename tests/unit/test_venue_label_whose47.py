"""«Место проведения <whose, in the genitive> —» labels this event's place only when the
genitive words name this event — a generic occasion («мероприятия», «соревнований»,
«конкурса») or words the event's own sentence uses («финального этапа» of «Финал …»).
«прошлого концерта», «отборочного тура», «родительского собрания» name another occasion:
their place does not beat the place the event's sentence names (fixparse47, review47 2)."""

from __future__ import annotations

import pytest

from bot.core.language.places import _label
from tests.title_probe import long_post_venue as parsed_venue


@pytest.mark.parametrize(
    ("text", "venue", "not_venue"),
    [
        (
            "Концерт пройдёт 14 декабря в 18:00 в ДК «Родина». Место проведения прошлого "
            "концерта — актовый зал школы.",
            "Родина",
            "актовый зал",
        ),
        (
            "Финал конкурса чтецов пройдёт 14 декабря в 18:00 в ДК «Родина». Место проведения "
            "отборочного тура – школа №5, 10 декабря.",
            "Родина",
            "школа №5",
        ),
        (
            "Ёлка для первоклассников пройдёт 26 декабря в 11:00 в актовом зале. Место "
            "проведения родительского собрания — кабинет 21.",
            "актов",
            "кабинет 21",
        ),
        (
            "Спектакль покажут 20 декабря в 17:00 в актовом зале. Место проведения генеральной "
            "репетиции — кабинет музыки.",
            "актов",
            "кабинет музыки",
        ),
        (
            "Лыжная гонка пройдёт 21 декабря на стадионе «Труд». Место проведения зимнего "
            "турслёта — база «Лесная».",
            "Труд",
            "Лесная",
        ),
    ],
)
def test_another_occasions_place_does_not_beat_the_events(
    text: str, venue: str, not_venue: str
) -> None:
    got = parsed_venue(text) or ""
    assert venue in got
    assert not_venue not in got


def test_a_generic_occasion_still_labels_the_events_place() -> None:
    text = (
        "Мероприятие пройдёт 20 декабря в 12:00 в школе №3. Место проведения мероприятия — "
        "спортивный зал на втором этаже."
    )
    assert "спортивный зал" in (parsed_venue(text) or "")


def test_a_bare_и_is_no_genitive_word() -> None:
    label = _label("Место проведения и сбора — спортзал школы.")
    assert label is None or "и сбора" not in label.group(0)[: label.start(1) - label.start()]


def test_the_events_own_kind_in_the_genitive_labels_its_place() -> None:
    text = (
        "Праздник двора пройдёт 20 декабря в 12:00 во дворе дома 5. Место проведения "
        "праздника — детская площадка."
    )
    assert "детская площадка" in (parsed_venue(text) or "")
