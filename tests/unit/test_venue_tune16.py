"""Venues of long posts (issue 10, point 5), round venues16: general rules for what eval13
(released for tuning) and the earlier sets showed failing, each tried on sentences written for
it (not copied from any post) and on ones it must leave alone."""

from __future__ import annotations

import pytest

from tests.title_probe import long_post_venue as parsed_venue


def _venue(text: str) -> str:
    return parsed_venue(text) or ""


# --- a town named in the event's sentence comes before one named in passing elsewhere -------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Лицей был открыт в Томске в 1990 году по решению совета. "
            "12 мая в Северске пройдёт праздничный концерт выпускников.",
            "Северск",
            "Томск",
        ),
        (
            "Первая ярмарка прошла в Казани ещё в прошлом веке и собрала сотни мастеров. "
            "В этом году 20 июня ярмарка откроется в Елабуге.",
            "Елабуга",
            "Казань",
        ),
    ],
)
def test_the_event_sentence_names_the_town(text: str, wanted: str, unwanted: str) -> None:
    venue = _venue(text)
    assert wanted in venue
    assert unwanted not in venue


def test_a_town_named_only_in_another_sentence_is_still_the_last_resort() -> None:
    text = "Клуб основан в Калуге. 12 мая состоится встреча с ветеранами, приходите всей семьёй."
    assert "Калуга" in _venue(text)


# --- a place in the nominative with its number or name, then a comma and the address ---------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Финал олимпиады начнётся 14 марта в 10:00 (г. Пермь, лицей №3, ул. Лесная, 7).",
            "лицей №3, ул. Лесная, 7",
        ),
        (
            "Турнир по шахматам пройдёт 9 апреля в 11:00. Место: школа № 12, ул. Мира, 3.",
            "школа № 12",
        ),
        (
            "Отчётный концерт состоится 22 мая в 18:00 (Калуга, ДК «Юбилейный», пр. Ленина, 40).",
            "ДК «Юбилейный», пр. Ленина, 40",
        ),
    ],
)
def test_a_named_place_before_an_address_owns_it(text: str, wanted: str) -> None:
    assert wanted in _venue(text)


def test_a_numbered_word_that_is_no_place_does_not_own_the_address() -> None:
    text = "Встреча пройдёт 5 марта в 18:00. Приказ №6, ул. Мира, 3 — адрес оргкомитета."
    assert "Приказ" not in _venue(text)
