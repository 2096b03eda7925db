"""Venues of long posts (issue 10, point 5), round venues15: general rules for what eval12
(released for tuning) and the earlier sets showed failing, each tried on sentences written for
it (not copied from any post) and on ones it must leave alone."""

from __future__ import annotations

import pytest

from tests.title_probe import long_post_venue as parsed_venue


def _venue(text: str) -> str:
    return parsed_venue(text) or ""


# --- an official name nests a quoted name in a quoted name («ЦДТ «Радуга»») -----------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Смотр строя пройдёт 14 февраля в 11:00 в МАУ ДО «ЦДТ «Радуга» (ул. Лесная, 7).",
            "МАУ ДО «ЦДТ «Радуга»»",
        ),
        ("Фестиваль состоится 3 марта в 15:00 в МБУК «ДК «Октябрь».", "МБУК «ДК «Октябрь»»"),
        (
            "Выставка откроется 5 апреля в ГАУК «Музей «Дом купца Иванова»».",
            "ГАУК «Музей «Дом купца Иванова»»",
        ),
    ],
)
def test_a_nested_quoted_name_is_read_whole(text: str, wanted: str) -> None:
    assert wanted in _venue(text)


def test_a_plain_quoted_name_is_read_as_before() -> None:
    assert "МБУК «Октябрь»" in _venue("Фестиваль состоится 3 марта в 15:00 в МБУК «Октябрь».")


# --- an afisha's field name alone on its line, the value on the next ----------------------


def test_a_field_name_on_its_own_line_labels_the_next_line() -> None:
    text = (
        "Органный вечер для всей семьи.\nДата 12 марта 2027, 18:00\nМесто проведения\n"
        "ГБУК «Дом органной музыки», ул. Садовая, 5, Калуга\n"
    )
    assert "Дом органной музыки" in _venue(text)


def test_a_table_header_labels_nothing() -> None:
    text = (
        "Программа недели.\nДата проведения\n|\nМероприятие\n|\nМесто проведения\n|\n"
        "12 марта\n10.00\n|\nВикторина\n|\nактовый зал\n"
    )
    assert "|" not in _venue(text)


# --- a labelled value that sends the reader to the description names no place -------------


def test_a_placeholder_label_gives_way_to_the_place_the_body_names() -> None:
    text = (
        "Встреча с писателем 14 марта в 16:00\nместо: Адрес проведения (смотри в описании)\n\n"
        "Встреча пройдёт в районной библиотеке им. Гайдара (ул. Мира, 3)."
    )
    assert "библиотека им. Гайдара" in _venue(text)


def test_a_place_still_to_be_named_is_no_venue() -> None:
    assert _venue("Турнир 14 марта в 16:00\nМесто проведения: уточняется\nВход свободный.") == ""


def test_a_labelled_place_is_kept() -> None:
    text = "Турнир 14 марта в 16:00\nМесто проведения: спортзал школы № 3\nВход свободный."
    assert "спортзал школы № 3" in _venue(text)


# --- "местом проведения выбрана …": a passive of choosing names the place -------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Турнир 5 мая в 12:00. Местом проведения выбрана площадка у стадиона «Торпедо» "
            "на ул. Зелёной.",
            "площадка у стадиона «Торпедо»",
        ),
        (
            "Местом проведения выбран парк «Сосновый бор». Праздник начнётся 1 июня в 11:00.",
            "парк «Сосновый бор»",
        ),
    ],
)
def test_the_place_chosen_for_the_event(text: str, wanted: str) -> None:
    assert wanted in _venue(text)


# --- "пр-д" is "проезд"; an abbreviation in brackets after an address owns it --------------


def test_a_passage_written_short_is_an_address() -> None:
    assert "Ломоносовский пр-д, д. 4" in _venue(
        "Экскурсия 12 мая в 10:00 по адресу: Ломоносовский пр-д, д. 4."
    )


def test_an_abbreviation_in_brackets_after_an_address_is_its_owner() -> None:
    venue = _venue("Олимпиада пройдёт 20 марта по адресу: г. Казань, Восточный пр-д., д. 12 (КФУ).")
    assert "КФУ" in venue
    assert "Восточный пр-д" in venue


# --- a lake's or a river's name stays in the nominative after its genitive noun -------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Регата пройдёт 4 июля в 12:00 на набережной реки Волхов.", "набережная реки Волхов"),
        ("Экскурсия состоится 7 июля на набережной озера Светлое в 10:00.", "озера Светлое"),
    ],
)
def test_a_natural_feature_keeps_its_name(text: str, wanted: str) -> None:
    assert wanted in _venue(text)


def test_a_small_letter_word_after_a_river_is_no_name() -> None:
    venue = _venue("Регата пройдёт 4 июля в 12:00 на набережной реки в центре города.")
    assert "реки в" not in venue


# --- "имени 1 Мая", "имени 50-летия Октября": a name after «имени» opening with a number -----


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Спектакль покажут 10 марта в 18:00 в ДК имени 1 Мая.", "ДК имени 1 Мая"),
        (
            "Концерт пройдёт 8 марта в 17:00 в клубе имени 50-летия Октября.",
            "клуб имени 50-летия Октября",
        ),
    ],
)
def test_a_name_after_imeni_may_open_with_a_number(text: str, wanted: str) -> None:
    assert wanted in _venue(text)


# --- a town opening a headline ("В Сургуте состоятся …") when the body names none ------------


def test_a_headline_town_when_the_body_names_no_place() -> None:
    text = (
        "В Твери пройдёт турнир по шахматам\n\n14 марта в нашем городе пройдёт турнир "
        "по быстрым шахматам среди школьников."
    )
    assert _venue(text) == "Тверь"


def test_the_body_town_over_the_headline_country() -> None:
    text = (
        "В России пройдёт фестиваль науки\n\nС 8 по 11 сентября в Казани пройдёт фестиваль "
        "науки для школьников."
    )
    assert _venue(text) == "Казань"


def test_a_body_sentence_opening_with_a_country_is_no_venue() -> None:
    text = (
        "Праздник двора\n\nВ России этот день отмечают с 1950 года. 1 июня в 12:00 соседи "
        "соберутся на празднике."
    )
    assert "Россия" not in _venue(text)
