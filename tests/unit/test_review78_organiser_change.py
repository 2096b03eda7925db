"""review78 (tests/data/review78.md): words about a saved event that name no new organiser
are no organiser change (organiser_change.saved_organiser). owner77 read anything after
«это мероприятие» as the owner and anything after «организатор» and a colon or «на» as the
name: «это мероприятие для 9А» answered «Не понял, какой организации передать …: «для 9А»»,
«организатор в 14:00» took the list's 14th event and the organiser «00». Sentences are mine."""

from __future__ import annotations

import pytest

from bot.core.language.organiser_change import OrganiserChangeSaid, saved_organiser
from bot.core.language.organiser_named import SCHOOL


@pytest.mark.parametrize(
    "text",
    [
        "это мероприятие для 9А",
        "это мероприятие на 2 часа",
        "это мероприятие в актовом зале",
        "это мероприятие завтра",
        "это мероприятие с 9 до 11",
        "это мероприятие отменили",
        "это мероприятие платное",
        "это мероприятие обязательное",
        "оно мероприятие только для желающих",
        "концерт - мероприятие для родителей",
        "лекция — мероприятие для старшеклассников",
        "организатор в 14:00",
        "организатор придёт в 15:00",
        "организатор на связи",
        "организатор на месте",
    ],
)
def test_words_about_the_event_name_no_organiser(text: str) -> None:
    assert saved_organiser(text) is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("это мероприятие школы", OrganiserChangeSaid(SCHOOL)),
        ("это мероприятие нашей школы", OrganiserChangeSaid(SCHOOL)),
        ("это мероприятие КГТУ", OrganiserChangeSaid("КГТУ", exact=False)),
        ("это мероприятие Музея янтаря", OrganiserChangeSaid("Музея янтаря", exact=False)),
        (
            "экскурсия — мероприятие калининградского зоопарка",
            OrganiserChangeSaid("калининградского зоопарка", exact=False, reference="экскурсия"),
        ),
        ("это мероприятие библиотеки", OrganiserChangeSaid("библиотеки", exact=False)),
        ("смени организатора 4 на БФУ", OrganiserChangeSaid("БФУ", number=4)),
        ("измени организатора на Музей янтаря", OrganiserChangeSaid("Музей янтаря")),
        ("организатор у 2: Музей янтаря", OrganiserChangeSaid("Музей янтаря", number=2)),
        ("организатор — КГТУ", OrganiserChangeSaid("КГТУ")),
    ],
)
def test_an_owner_or_a_name_is_still_read(text: str, said: OrganiserChangeSaid) -> None:
    assert saved_organiser(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("организатор: 5 школа", OrganiserChangeSaid("5 школа")),
        ("это мероприятие 7 гимназии", OrganiserChangeSaid("7 гимназии", exact=False)),
    ],
)
def test_a_name_opening_with_a_number_is_still_read(text: str, said: OrganiserChangeSaid) -> None:
    assert saved_organiser(text) == said
