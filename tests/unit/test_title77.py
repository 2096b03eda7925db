"""title77: general readings of the concise title in Russian announcements — a kind followed
by its unquoted proper name in apposition ("праздник Масленица"). Sentences written for the
test (tests/data/title77.md), none from a post."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import EventIntent, parse_message
from bot.core.language.title_apposed_name import with_apposed_name

NOW = datetime.fromisoformat("2026-03-01T10:00")  # school wall clock, as the parser reads it


def _title(text: str) -> str:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    return intent.draft.title


@pytest.mark.parametrize(
    ("text", "title", "want"),
    [
        ("В субботу пройдёт праздник Масленица.", "Праздник", "Праздник Масленица"),
        (
            "22 марта на площади состоится национальный праздник Науруз.",
            "Национальный праздник",
            "Национальный праздник Науруз",
        ),
        # the kind in another case: the name stays in the nominative
        ("На празднике Масленица дети пекли блины.", "Праздник", "Праздник Масленица"),
        # a capitalised adjective with the lower-case noun agreeing with it
        ("Приглашаем на акцию Бессмертный полк.", "Акция", "Акция Бессмертный полк"),
        # a noun name with its lower-case genitive
        ("В мае пройдёт фестиваль Дружба народов.", "Фестиваль", "Фестиваль Дружба народов"),
        # guards: a person (a performer), a city, an abbreviation (an organiser), a genitive,
        # a sentence's next word, a title with a quoted name already
        ("В школе пройдёт концерт Анна Смирнова исполнит романсы.", "Концерт", None),
        ("В субботу пройдёт фестиваль Москва ждёт гостей.", "Фестиваль", None),
        ("Пройдут соревнования МЧС по пожарной безопасности.", "Соревнования", None),
        ("Пройдёт праздник Весны и труда.", "Праздник", None),
        ("Пройдёт праздник. Дети споют песни.", "Праздник", None),
        ("Пройдёт фестиваль «Радуга» Дружба.", "Фестиваль «Радуга»", None),
        ("В субботу пройдёт экскурсия Петров расскажет о музее.", "Экскурсия", None),
    ],
)
def test_a_kind_takes_its_unquoted_name_in_apposition(
    text: str, title: str, want: str | None
) -> None:
    assert with_apposed_name(text, title) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "22 марта на площади перед театром состоится национальный праздник Науруз. "
            "По традиции его отмечают все тюркские народы. Приглашаем всех жителей города.",
            "Национальный праздник Науруз",
        ),
        (
            "В субботу, 14 марта, в городском парке пройдёт праздник Масленица. Гостей ждут "
            "блины, хороводы и катание на санях. Вход свободный для всех.",
            "Праздник Масленица",
        ),
        (
            "15 марта в доме культуры состоится фестиваль Радуга. В нём примут участие "
            "детские хоры района. Вход свободный для всех жителей.",
            "Фестиваль Радуга",
        ),
    ],
)
def test_a_post_names_its_event_by_the_kind_and_its_unquoted_name(text: str, want: str) -> None:
    assert _title(text) == want
