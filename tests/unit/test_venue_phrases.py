"""Venue candidates read by grammar (bot/core/language/venue_phrases.py): the case each
preposition governs, where a phrase is cut, the nominative it is shown in. Sentences written
for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from bot.core.language import places, venue_choice, venue_phrases
from bot.core.language.venue_phrases import phrases


def shown(text: str) -> list[str]:
    """Every way each phrase of `text` is shown, in order."""
    return [value for phrase in phrases(text) for value, _ in phrase.shown]


def paths(text: str) -> dict[str, str]:
    return {value: path for phrase in phrases(text) for value, path in phrase.shown}


# --- the case a preposition governs ---------------------------------------------------


def test_locative_after_v_with_agreeing_adjectives() -> None:
    assert shown("Спектакль покажут в малом концертном зале.") == ["Малый концертный зал"]


def test_locative_after_na_of_a_square() -> None:
    assert "Соборная площадь" in shown("Ярмарка откроется на Соборной площади.")


def test_genitive_after_u_and_vozle() -> None:
    assert shown("Собираемся у северного входа.") == ["Северный вход"]
    assert shown("Стоянка автобусов возле старой водонапорной башни.")[0] == (
        "Старая водонапорная башня"
    )


def test_instrumental_after_ryadom_s() -> None:
    assert shown("Палатки поставим рядом с лодочной станцией.") == ["Лодочная станция"]


def test_accusative_after_v_is_a_destination() -> None:
    found = paths("Приглашаем ребят в детскую художественную школу.")
    assert found == {"Детская художественная школа": "phrase_motion"}


def test_a_word_in_another_case_gives_no_phrase() -> None:
    # "у" governs the genitive; "реке" is dative or locative
    assert shown("Дети у реке.") == []


# --- what is never a place --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Занятия пройдут в течение недели.",
        "Подробности на сайте гимназии.",
        "Встреча состоится в субботу.",
        "Решение примут в 2027 году.",
        "Совет прошёл у Марии Ивановны.",
    ],
)
def test_time_frame_medium_and_person_give_no_phrase(text: str) -> None:
    assert shown(text) == []


# --- where a phrase ends ----------------------------------------------------------------


def test_a_genitive_chain_goes_on_and_is_also_shown_alone() -> None:
    assert shown("Репетиция в фойе Дома культуры речников.") == [
        "Фойе Дома культуры речников",
        "Фойе",
        "Дом культуры речников",
    ]


def test_cut_at_a_verb() -> None:
    assert shown("В читальном зале библиотеки расскажут о книгах.")[0] == (
        "Читальный зал библиотеки"
    )


def test_cut_at_a_clock_and_a_date() -> None:
    assert shown("Линейка во дворе лицея в 8:30.")[0] == "Двор лицея"
    assert shown("Сбор на стадионе 12 мая.") == ["Стадион"]


def test_cut_at_a_comma_and_a_conjunction() -> None:
    assert shown("Игры в спортивном зале, потом чай.") == ["Спортивный зал"]
    assert shown("Выставка в галерее и в парке.") == ["Галерея", "Парк"]


def test_a_number_and_a_name_belong_to_the_place() -> None:
    found = shown("Турнир пройдёт в гимназии № 3 имени В. И. Даля.")
    assert found[0] == "Гимназия № 3 имени В. И. Даля"


def test_an_abbreviation_and_a_quoted_name() -> None:
    assert shown("Праздник в ДК «Заря» начнётся вечером.")[0] == "ДК «Заря»"


def test_an_indeclinable_noun_keeps_its_form() -> None:
    assert shown("Обед в кафе «Пирожок».")[0] == "Кафе «Пирожок»"


def test_a_frame_noun_shows_whose_place_it_is() -> None:
    found = paths("Сборы пройдут на базе спортивной школы № 2.")
    assert found["Спортивная школа № 2"] == "phrase_chain"


def test_a_labelled_line() -> None:
    found = paths("Место проведения: Дом ремёсел, ул. Садовая, 4\nВход свободный")
    assert found == {"Дом ремёсел, ул. Садовая, 4": "phrase_label"}


# --- the switch -------------------------------------------------------------------------


def test_candidates_join_venue_candidates_only_when_enabled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Друзья! Встреча клуба пройдёт в уютной кофейне на набережной."
    without = {c.shown for c in places.venue_candidates(text, (8, len(text)))}
    monkeypatch.setattr(venue_phrases, "ENABLED", True)
    found = places.venue_candidates(text, (8, len(text)))
    added = {c.shown: c.path for c in found if c.shown not in without}
    assert added.get("Уютная кофейня") == "phrase"
    assert all(path in venue_choice.PATHS for path in added.values())
    vector = venue_choice.features(found[0], found, text, (8, len(text)))
    assert len(vector) == len(venue_choice.FEATURES)
