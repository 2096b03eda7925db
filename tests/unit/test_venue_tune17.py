"""Venues of long posts (issue 10, point 5), round venues17: general rules for what eval14
(released for tuning) and the earlier sets showed failing, each tried on sentences written for
it (not copied from any post) and on ones it must leave alone."""

from __future__ import annotations

import pytest

from tests.title_probe import long_post_venue as parsed_venue


def _venue(text: str) -> str:
    return parsed_venue(text) or ""


# --- a place noun fused with a compounding stem ("киноцентр", "экопарк") is a place noun ------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "15 мая в киноцентре «Октябрь» стартует фестиваль школьных фильмов. "
            "Фестиваль проходит в Новгороде уже пятый раз.",
            "киноцентр «Октябрь»",
        ),
        (
            "20 марта в экопарке «Сосновый бор» пройдёт весенний субботник.",
            "экопарк «Сосновый бор»",
        ),
        (
            "В субботу, 14 октября, в медиацентре «Точка» состоится встреча с блогером.",
            "медиацентр",
        ),
        ("Турнир по мини-футболу пройдёт 3 декабря в спортклубе «Заря».", "спортклуб «Заря»"),
    ],
)
def test_a_fused_place_noun_is_a_place(text: str, wanted: str) -> None:
    assert wanted in _venue(text)


def test_a_fused_word_that_is_no_place_stays_out() -> None:
    venue = _venue("Кинофестиваль «Золотой ключик» пройдёт 12 мая в Казани.")
    assert "фестивал" not in venue.lower()


# --- names in „…“ and “…” quotes are quoted names like «…» ----------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("3 июня возле Дворца молодёжи „Орион“ пройдёт праздник двора.", "Орион"),
        ("10 мая в клубе “Радуга” состоится отчётный концерт студии.", "Радуга"),
        ("10 мая в клубе „Радуга” состоится отчётный концерт студии.", "Радуга"),
    ],
)
def test_a_name_in_other_quotes_names_the_place(text: str, wanted: str) -> None:
    assert wanted in _venue(text)


# --- a place named in brackets right after a labelled address is the building there -----------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Забег пройдёт 5 мая. Место проведения: г. Орёл, ул. Садовая, д. 5 (стадион «Труд»).",
            ["стадион «Труд»", "Садовая"],
        ),
        (
            "Концерт начнётся 12 апреля в 15:00.\nАдрес: ул. Мира, 12 (Дом культуры «Юбилейный»)",
            ["Дом культуры «Юбилейный»", "Мира"],
        ),
    ],
)
def test_a_bracketed_place_after_a_labelled_address(text: str, wanted: list[str]) -> None:
    venue = _venue(text)
    assert all(w in venue for w in wanted), venue


def test_a_bracketed_remark_after_a_labelled_address_is_no_place() -> None:
    venue = _venue("Ярмарка пройдёт 5 мая. Место проведения: ул. Садовая, д. 5 (вход со двора).")
    assert "Садовая" in venue
    assert "вход" not in venue


# --- a bracketed address opening with its town belongs to the name before it ----------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "12 мая МАОУ «Лицей №5» (г. Калуга, ул. Мира, 4) примет участников олимпиады.",
            ["Лицей №5", "Мира"],
        ),
        (
            "Согласно плану работы 3 марта ГУО «Гимназии № 2 г. Бреста» (г. Брест, ул. Лесная, 3) "
            "состоится областной турнир юных физиков.",
            ["Гимназии № 2", "Лесная"],
        ),
        (
            "Открытие недели театра — 23 января в 14:00. МБУ ДО «Дом творчества»» "
            "(г.Тверь, пл.Мира, дом 2). Приглашаются все классы.",
            ["Дом творчества", "Мира"],
        ),
    ],
)
def test_a_name_before_a_bracketed_town_and_address(text: str, wanted: list[str]) -> None:
    venue = _venue(text)
    assert all(w in venue for w in wanted), venue


# --- a place located by its square or street without a house number ---------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Концерт хора состоится 5 мая в ДК на пл. Ленина.", ["ДК", "Ленина"]),
        ("Выставка рисунков откроется 3 марта в библиотеке на улице Гагарина.", ["Гагарина"]),
    ],
)
def test_a_place_on_a_named_square_or_street(text: str, wanted: list[str]) -> None:
    venue = _venue(text)
    assert all(w in venue for w in wanted), venue


# --- the Eternal Flame is a memorial, where ceremonies are held -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "9 мая в 11:00 у Вечного огня состоится митинг памяти.",
        "22 июня в 4 утра у Вечного огня в Смоленске пройдёт акция «Свеча памяти».",
    ],
)
def test_the_eternal_flame_is_a_place(text: str) -> None:
    assert "Вечного огня" in _venue(text)


def test_a_fire_is_no_place() -> None:
    venue = _venue("15 марта в 12:00 в школе №3 пройдёт урок о том, как не допустить огня в лесу.")
    assert "огн" not in venue


# --- an abbreviation leaves out the conjunction's letter ("РЦНК") -----------------------------


def test_an_abbreviation_without_the_conjunction_is_shown_with_the_name() -> None:
    text = (
        "С 3 по 9 мая Российский центр науки и культуры в Праге организует неделю книги. "
        "3 мая в РЦНК состоится открытие выставки."
    )
    assert "РЦНК" in _venue(text)


# --- a region in the event's sentence or the headline: the last resort, after any town --------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "В Тверской области пройдёт акция «Чистый берег»\n12 мая школьники уберут берега рек.",
            "Тверская область",
        ),
        ("12 мая в Алтайском крае стартует слёт юных экологов.", "Алтайский край"),
    ],
)
def test_a_region_when_no_narrower_place_is_named(text: str, wanted: str) -> None:
    assert wanted in _venue(text)


def test_a_town_comes_before_its_region() -> None:
    venue = _venue("12 мая в Ярославской области, в Рыбинске, откроется слёт юных экологов.")
    assert "Рыбинск" in venue


def test_a_region_named_in_passing_is_no_venue() -> None:
    text = (
        "Конкурс чтецов пройдёт 12 мая.\nВ прошлом году в Тульской области в нём "
        "участвовали 300 школьников."
    )
    assert "Тульская" not in _venue(text)


# --- the place whose guests, visitors or doors the event sentence names is where it is ---------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "15 августа посетители Звенигородской обсерватории смогут понаблюдать за Луной.",
            "Звенигородская обсерватория",
        ),
        (
            "В субботу, 20 апреля, с 9.00 до 13.00 двери городской станции переливания крови "
            "будут открыты для всех желающих.",
            "станция переливания крови",
        ),
        ("12 июня гостей Приморского парка ждёт концерт духового оркестра.", "Приморский парк"),
    ],
)
def test_the_place_of_the_guests_or_the_doors(text: str, wanted: str) -> None:
    assert wanted in _venue(text)


def test_guests_of_a_place_do_not_beat_the_place_stated() -> None:
    text = "12 июня в Доме культуры «Заря» пройдёт концерт для гостей фестиваля и жителей района."
    assert "Заря" in _venue(text)


# --- a street's abbreviation opens a word: "каникул." ends one ---------------------------------


def test_a_word_ending_in_ul_is_no_street() -> None:
    text = (
        "Турнир по шахматам пройдёт 3 ноября в Доме школьника. Турнир традиционно проводится "
        "во время каникул.\n\n29 октября 2012, Тверь"
    )
    venue = _venue(text)
    assert "Дом школьника" in venue
    assert "29" not in venue
