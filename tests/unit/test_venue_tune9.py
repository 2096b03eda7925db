"""Venues of long posts (issue 10, point 5), round tune9: general mechanisms seen failing on the
untuned venues of tests/data/real_posts_broad8t.jsonl and real_posts_broad8d.jsonl, tried on
sentences written for each rule (not copied from any post) and on ones each rule must leave
alone."""

from __future__ import annotations

import pytest

from bot.core.language.place_words import find_address, right_words
from bot.core.language.places import find_venue
from tests.title_probe import parsed_venue

# --- place nouns the parser did not know -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "12 декабря в 11:00 на аэродроме «Сокол» пройдут соревнования юных авиамоделистов. "
            "Участники запустят модели планеров и самолётов, зрителей ждут показательные полёты.",
            "аэродром «Сокол»",
        ),
        (
            "Ярмарка ремёсел откроется 19 декабря в 12:00 в Ольгинском хуторе. Гостей ждут "
            "мастер-классы гончаров и кузнецов, катание на лошадях и горячий чай.",
            "Ольгинский хутор",
        ),
        (
            "Соревнования по настольному теннису пройдут 14 декабря в 10:00 в интернате №3. В "
            "турнире сыграют команды пяти школ района, победителей наградят кубками.",
            "интернат №3",
        ),
        (
            "День открытых дверей пройдёт 16 декабря в 13:00 на факультете журналистики МГУ. "
            "Абитуриенты узнают о вступительных испытаниях и познакомятся с преподавателями.",
            "факультет журналистики МГУ",
        ),
        (
            "Завтра в 10:00 в училище олимпийского резерва пройдёт фестиваль ГТО для старших "
            "классов. Участники сдадут нормативы по бегу и прыжкам в длину.",
            "училище олимпийского резерва",
        ),
    ],
)
def test_more_place_nouns(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


# --- several places in the plural are not the venue ------------------------------------------


def test_places_in_the_plural_yield_to_a_named_one() -> None:
    text = (
        "12 декабря в 14:00 в школах района пройдёт урок мужества. Главным гостем станет "
        "ветеран, его встреча с учениками пройдёт в гимназии №2."
    )
    assert parsed_venue(text) == "гимназия №2"


def test_named_places_in_the_plural_still_count() -> None:
    text = (
        "С 23 по 29 декабря в кинозалах ДК «Строитель» пройдёт фестиваль семейных фильмов. "
        "Школьников ждут мультфильмы и встречи с режиссёрами, вход по билетам."
    )
    venue = parsed_venue(text)
    assert venue is not None
    assert "Строитель" in venue


# --- a place's name written to the end: a sentence's end, close initials, a long landmark ----


def test_a_name_ending_the_sentence_is_kept() -> None:
    text = (
        "Экологический десант 5 декабря в 10:00 высадится на острове Канта. Школьники уберут "
        "берег, инвентарь выдадут на месте."
    )
    assert parsed_venue(text) == "остров Канта"
    assert right_words("на острове Канта. Школьники", len("на острове")) == " Канта"


def test_initials_written_close_are_part_of_the_name() -> None:
    text = (
        "Турнир по шахматам пройдёт 13 декабря в 15:00 в областном Дворце культуры и народного "
        "творчества им. С.М. Кирова. В турнире сыграют 40 школьников города."
    )
    assert parsed_venue(text) == "областной Дворец культуры и народного творчества им. С.М. Кирова"


def test_a_landmark_of_several_capitalised_words_is_kept_whole() -> None:
    text = (
        "Экскурсия по старому городу начнётся 6 декабря. Встреча в 12:00 в сквере возле "
        "Троицкого Кафедрального Собора. Длительность экскурсии — 2 часа."
    )
    assert parsed_venue(text) == "сквер возле Троицкого Кафедрального Собора"


# --- a clock is never part of a place --------------------------------------------------------


def test_a_street_name_never_holds_a_clock() -> None:
    assert find_address("упражнения на пресс и пр.\nНачало в 10:00, старт у стадиона.") is None
    found = find_address("по адресу ул. 8 Марта, 12 в 10:00")
    assert found is not None
    assert found.group(0) == "по адресу ул. 8 Марта, 12"


def test_a_labelled_place_loses_the_clock_after_it() -> None:
    text = (
        "Новогодний квест для семей пройдёт 20 декабря. Место встречи — у главного входа в "
        "11:00. Команды получат карты и задания от Деда Мороза."
    )
    assert find_venue(text, None) == "у главного входа"
    kept = "Турнир пройдёт 20 декабря. Место проведения — спортзал школы №5. Начало в 11:00."
    assert find_venue(kept, None) == "спортзал школы №5"


# --- an abbreviation declined after its adjectives ------------------------------------------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Спектакль для 5-6 классов покажут 10 декабря в 12:00 в областном ТЮЗе. Билеты "
            "раздадут классные руководители.",
            "ТЮЗ",
        ),
        (
            "Показ студенческих фильмов пройдёт 11 декабря в 16:00 в московском ВГИКе, "
            "приглашаются старшеклассники и их родители.",
            "ВГИК",
        ),
    ],
)
def test_a_declined_abbreviation_after_adjectives(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


def test_a_common_noun_in_capitals_is_no_place() -> None:
    text = (
        "Встреча с выпускниками пройдёт 11 декабря в 16:00. Они расскажут об учёбе в нашем "
        "любимом ВУЗе и ответят на вопросы старшеклассников."
    )
    assert parsed_venue(text) != "ВУЗ"


# --- a place named in straight quotes; a quoted name after its adjectives --------------------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            'Лыжные гонки для 5-7 классов пройдут 24 января в "Сосновой роще", начало в '
            "11:00. Заявки принимают учителя физкультуры.",
            "Сосновая роща",
        ),
        (
            'Концерт хора состоится 20 декабря в 18:00 в "Малом зале филармонии". Вход '
            "свободный для учеников и родителей.",
            "Малый зал филармонии",
        ),
        (
            "13 декабря в московском «Кванториуме» пройдут соревнования по робототехнике "
            "среди школьников, вход для болельщиков свободный.",
            "Кванториум",
        ),
        (
            "Финал турнира пройдёт 14 декабря в 12:00 в нижегородском «Технограде», "
            "команды покажут своих роботов.",
            "Техноград",
        ),
    ],
)
def test_quoted_places(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


def test_a_quoted_event_after_a_preposition_is_no_place() -> None:
    text = (
        'Школьники примут участие в "Ночи музеев" 18 мая. Сбор в 17:00 у школы, с собой '
        "взять проездной."
    )
    venue = parsed_venue(text)
    assert venue is None or "Ноч" not in venue


# --- an organisation's abbreviation in the event's sentence, an address in another ----------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "5 декабря в 11:00 в ЦДТ им. А.С. Макаренко состоится конкурс чтецов «Зимушка» для "
            "учеников 3-5 классов. Заявки принимаются до 1 декабря по адресу: ул. Ленина, 37, "
            "кабинет 5.",
            "ЦДТ им. А.С. Макаренко",
        ),
        (
            "12 декабря в 18:00 в ГДК им. В.И. Ленина пройдёт новогодний концерт школьных "
            "коллективов. Билеты продаются в кассе по адресу: пр. Мира, 10.",
            "ГДК им. В.И. Ленина",
        ),
    ],
)
def test_the_event_sentences_abbreviation_beats_another_clauses_address(
    text: str, venue: str
) -> None:
    assert parsed_venue(text) == venue


def test_an_abbreviation_with_its_own_address_keeps_it() -> None:
    text = (
        "Турнир по волейболу пройдёт 12 декабря в 10:00 в ДЮСШ по адресу: ул. Мира, 5. Команды "
        "регистрируются заранее."
    )
    assert parsed_venue(text) == "ДЮСШ, ул. Мира, 5"
