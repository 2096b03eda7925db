"""Venues of long posts (issue 10, point 5), round tune10: general mechanisms seen failing on
the venues of the released sets (real_posts_eval6/eval7 and the broad sets), tried on
sentences written for each rule (not copied from any post) and on ones each rule must leave
alone."""

from __future__ import annotations

import pytest

from bot.core.language.places import find_venue
from tests.title_probe import parsed_venue

# --- the writer's spelling: a venue keeps "е" where the post never writes "ё" ----------------


def test_a_venue_keeps_the_writers_e_for_yo() -> None:
    text = (
        "Уважаемые родители! 14 мая в 11.00 приходите в Зеленый сквер у реки: ребята "
        "из кружка покажут весеннюю программу, а после будет чаепитие."
    )
    venue = parsed_venue(text)
    assert "Зеленый сквер" in (venue or "")


def test_a_venue_keeps_yo_when_the_post_writes_it() -> None:
    text = (
        "Уважаемые родители! 14 мая в 11.00 приходите в Зелёный сквер у реки: ребята "
        "из кружка покажут весеннюю программу, а после будет чаепитие."
    )
    venue = parsed_venue(text)
    assert "Зелёный сквер" in (venue or "")


# --- "Где?" opening a line: a question label, like "Где:" ------------------------------------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Приглашаем на осенний праздник урожая!\nКогда? 3 октября, суббота, в 11 часов.\n"
            "Где? Во дворе клуба «Ровесник», за спортивной площадкой\nВозьмите с собой кружки.",
            "клуба «Ровесник»",
        ),
        (
            "Приглашаем на проводы зимы!\nКогда? 1 марта в 12 часов.\nГде? Рядом со стадионом "
            "«Труд», на поляне\nАвтобус отправится от Дома культуры в 11:30.",
            "стадионом «Труд»",
        ),
    ],
)
def test_a_where_question_opening_a_line_labels_the_place(text: str, venue: str) -> None:
    got = find_venue(text, None)
    assert venue in (got or ""), got


def test_a_where_question_inside_a_sentence_is_no_label() -> None:
    text = (
        "Многие спрашивают: где? Отвечаем всем сразу. Концерт хора состоится 12 декабря в "
        "17:00 в актовом зале гимназии №3, вход свободный."
    )
    got = find_venue(text, None)
    assert "гимназ" in (got or ""), got


# --- a place phrase by its grammar: "в/на" + locative adjectives + a locative noun -----------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (  # a proper name: its first word capitalised, the noun no known place noun
            "Уважаемые коллеги! 5 марта в Троицкой слободе пройдёт ярмарка народных промыслов, "
            "ученики 6-х классов покажут свои поделки.",
            "Троицкая слобода",
        ),
        (
            "Выставка детской графики будет открыта с 3 по 20 февраля в Северном крыле "
            "усадьбы, вход по билетам.",
            "Северное крыло",
        ),
        (  # a lower-case phrase governed by the event's verb, named by a genitive and a name
            "Соревнования по спортивному ориентированию пройдут 18 апреля в сосновом бору "
            "посёлка «Лесной», регистрация участников с 9:30.",
            "сосновый бор посёлка «Лесной»",
        ),
        (
            "12 мая на тренировочном поле стадиона №3 состоится финал школьной футбольной "
            "лиги, болельщиков просим взять флаги.",
            "стадион",
        ),
    ],
)
def test_a_place_phrase_is_read_by_its_grammar(text: str, venue: str) -> None:
    got = find_venue(text, None)
    assert venue.lower() in (got or "").lower(), got


def test_a_site_whose_noun_is_also_a_rare_place_name_names_its_place() -> None:
    # "городке" is a town's name only in pymorphy3's second, rare reading
    text = "8 мая в 10:00 на спортивном городке лицея №7 пройдёт эстафета для начальной школы."
    assert find_venue(text, None) == "лицей №7"


@pytest.mark.parametrize(
    "text",
    [
        # a document, an area, a time, a frame and an event's name are no places
        "Конкурс чтецов пройдёт 14 марта в Ленинградской области, условия — в Положении о "
        "конкурсе, который проводится в рамках проекта «Живое слово».",
        "Акция пройдёт в Новом году, 10 января, в формате онлайн-марафона.",
        # a quote right after the noun names the event, not the place
        "14 марта состоится лекция о космосе в русской поэзии «Звёздный путь».",
    ],
)
def test_what_is_no_place_phrase(text: str) -> None:
    got = find_venue(text, None)
    for word in ("Положени", "Новый год", "рамк", "поэзи", "формат"):
        assert word.lower() not in (got or "").lower(), got


# --- a bare place noun read back to the mention that names it ----------------------------------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (  # the name in a heading, in the genitive
            "Горожан зовут на юбилей сквера «Берёзки»\n12 июня в 17:00 в сквере пройдёт "
            "концерт, а дети смогут порисовать мелками.",
            "сквер «Берёзки»",
        ),
        (
            "Уже неделю Центр детского чтения принимает гостей после ремонта. 9 марта в 11:00 "
            "в центре состоится встреча с автором книг о животных.",
            "Центр детского чтения",
        ),
    ],
)
def test_a_bare_place_noun_takes_the_name_given_elsewhere(text: str, venue: str) -> None:
    got = find_venue(text, None)
    assert venue in (got or ""), got


@pytest.mark.parametrize(
    "text",
    [
        "5 июня в 12:00 в парке пройдёт концерт духового оркестра.",
        "Парк открыт до 22:00. 5 июня в 12:00 в парке пройдёт концерт духового оркестра.",
    ],
)
def test_a_bare_place_noun_stays_bare_when_no_mention_names_it(text: str) -> None:
    assert find_venue(text, None) == "парк"


# --- an organisation's abbreviation after "в" is a place among the others ---------------------


def test_an_abbreviation_is_a_place_beside_a_room_level_one() -> None:
    text = (
        "Эстафета «Весёлые старты» — в субботу 14 марта в ЦПКиО, начало в 12:00, запись "
        "команд с 11:00 до 11:30 у главной сцены."
    )
    assert "ЦПКиО" in (parsed_venue(text) or "")


def test_an_abbreviation_gives_way_to_the_name_it_stands_for() -> None:
    # the abbreviation in the event's sentence; the full name, then the hall, later
    text = (
        "День науки пройдёт в НГУ 8 февраля. В Новосибирском государственном университете "
        "для школьников прочитают открытые лекции, главная из них — в актовом зале в 12:00."
    )
    heading = (0, text.index(".") + 1)
    assert find_venue(text, heading) == (
        "актовый зал, Новосибирский государственный университет (НГУ)"
    )


@pytest.mark.parametrize("text", ["Итоги подведут в РФ 5 мая в 12:00.", "Сдаём в ЕГЭ 5 мая."])
def test_a_country_or_a_common_abbreviation_is_no_place(text: str) -> None:
    got = find_venue(text, None) or ""
    assert "РФ" not in got
    assert "ЕГЭ" not in got


# --- a street address written without its street word -----------------------------------------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (  # a name in the genitive in brackets after the place it locates
            "Лекция о северном сиянии начнётся 3 февраля в 15:00 в Доме учёных СО РАН "
            "(Пушкина, 23). Вход свободный.",
            "Пушкина, 23",
        ),
        (  # a feminine adjective in the locative after "на"
            "Мастерская открыта по выходным на Большой Садовой, 14 — 7 марта в 12:00 там "
            "пройдёт урок гончарного дела для детей.",
            "Садовой, 14",
        ),
    ],
)
def test_an_address_without_its_street_word(text: str, venue: str) -> None:
    got = find_venue(text, None)
    assert venue in (got or ""), got


def test_a_person_and_a_number_in_brackets_are_no_address() -> None:
    text = (
        "Итоги конкурса рисунков подведены: первое место у Марии (Иванова, 12). Награждение "
        "пройдёт 3 марта в 15:00 в актовом зале гимназии №2."
    )
    assert "Иванова" not in (find_venue(text, None) or "")


# --- a labelled bare address belongs to the place the post names ------------------------------


def test_a_labelled_address_is_joined_with_the_place_it_belongs_to() -> None:
    text = (
        "Выставка акварелей откроется 5 марта в 12:00 в городской галерее «Арт-этаж». Вход "
        "свободный.\nАдрес: ул. Мира, 5"
    )
    assert find_venue(text, None) == "городская галерея «Арт-этаж», ул. Мира, 5"


def test_a_labelled_address_takes_no_room_as_its_owner() -> None:
    text = "Концерт пройдёт 5 марта в 12:00 в актовом зале. Адрес: ул. Мира, 5"
    assert find_venue(text, None) == "ул. Мира, 5"


# --- "рядом с/со" + the instrumental --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Субботник пройдёт 18 апреля в 10:00 рядом со стадионом «Олимп», перчатки и мешки "
            "выдадут на месте.",
            "рядом со стадионом «Олимп»",
        ),
        (
            "Соревнования по лыжным гонкам 7 февраля в 11:00 рядом с лыжной базой «Снежинка», "
            "регистрация с 10:00.",
            "рядом с лыжной базой «Снежинка»",
        ),
    ],
)
def test_a_place_beside_another_in_the_instrumental(text: str, venue: str) -> None:
    assert find_venue(text, None) == venue
