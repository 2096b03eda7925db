"""A card's title is a well-formed noun phrase in the nominative (round 49, title_shape.py).

A title cut out of a sentence may keep the sentence's other words: a finite verb ("Первый
кадетский бал состоялся"), the start of the next sentence ("Школа. выступит хор «Капель»"),
a clause joined on after a comma ("…, а также онлайн на сайте"), a dangling preposition, or
the predicate of a definition whose subject is the event's name ("Рождество – светлый
семейный праздник"). The checker names the shape; the repair cuts the fragment to the noun
phrase when a cut is well formed. Sentences of our own, none from a tuned set."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.title_shape import definition_subject, shapes, well_formed
from tests.title_probe import card_title

DECEMBER = datetime.fromisoformat("2026-12-01T10:00")


@pytest.mark.parametrize(
    ("title", "shape"),
    [
        ("Весенний турнир по шахматам завершился", "verb"),
        ("Выставка рисунков открыта", "verb"),  # a short participle is a predicate too
        ("Библиотека. пройдёт встреча с поэтом", "break"),
        ("Конкурс чтецов, который пройдёт в актовом зале", "clause"),
        ("Мастер-класс по лепке для", "dangling"),
        ("Городскую ярмарку ремёсел", "case"),
        ("На концерт хора", "case"),
        ("экскурсия по заповеднику", "lower"),
    ],
)
def test_each_ill_formed_shape_is_named(title: str, shape: str) -> None:
    assert shape in shapes(title), shapes(title)


@pytest.mark.parametrize(
    "title",
    [
        "Весенний турнир по шахматам",
        "Спектакль «Кто сказал мяу?»",  # a quoted name may be any words
        "«Осенний бал» в гимназии",  # a name opening the title is its head
        "Лекция им. А. С. Пушкина о театре",  # abbreviations and initials end no sentence
        "Открытая лабораторная в колледже",  # an adjective standing for its noun
        "Квест-рум. Тайна старого замка",  # a heading and its subtitle, both noun phrases
        "Финал олимпиады по физике",
    ],
)
def test_a_well_formed_title_has_no_shape(title: str) -> None:
    assert shapes(title) == ()


def test_a_definition_whose_subject_is_a_name_is_read_from_the_text() -> None:
    text = "Дорогие родители! Пасха – светлый весенний праздник. Ждём всех 5 апреля."
    assert definition_subject(text, "Светлый весенний праздник") == "Пасха"
    assert "definition" in shapes("Светлый весенний праздник", text)


def test_a_definition_whose_predicate_names_the_event_keeps_it() -> None:
    # the predicate says which event ("финал турнира юных химиков"), the subject is a
    # described part ("Последняя встреча"): no name to take, the title stands
    text = "Последняя встреча – финал турнира юных химиков. Ждём всех 5 апреля."
    assert definition_subject(text, "Финал турнира юных химиков") is None


def test_a_kind_before_the_dash_is_no_name() -> None:
    assert shapes("Урок – прогулка", "Урок – прогулка. Ждём 5 апреля.") == ()


@pytest.mark.parametrize(
    ("title", "text", "repaired"),
    [
        ("Весенний турнир по шахматам завершился", None, "Весенний турнир по шахматам"),
        ("Состоится встреча с ветеранами", None, "Встреча с ветеранами"),
        ("Библиотека. пройдёт встреча с поэтом «Рифмы»", None, "Встреча с поэтом «Рифмы»"),
        ("Конкурс чтецов, который пройдёт в актовом зале", None, "Конкурс чтецов"),
        ("Мастер-класс по лепке для", None, "Мастер-класс по лепке"),
        ("Городскую ярмарку ремёсел", None, "Городская ярмарка ремёсел"),
        ("экскурсия по заповеднику", None, "Экскурсия по заповеднику"),
        ("Светлый весенний праздник", "Пасха – светлый весенний праздник. Ждём.", "Пасха"),
        ("Троица – любимый летний праздник", None, "Троица"),
    ],
)
def test_a_fragment_is_cut_to_its_noun_phrase(title: str, text: str | None, repaired: str) -> None:
    assert well_formed(title, text) == repaired


def test_a_cut_that_names_nothing_is_never_the_title() -> None:
    # "Пн. торжеств" names nothing (an abbreviation, a genitive): the words after the
    # sentence's end are the event
    title = "Пн. торжеств. вручение грамот, форма парадная"
    assert well_formed(title) == "Вручение грамот, форма парадная"


def test_a_fragment_no_cut_repairs_stays_as_it_is() -> None:
    title = "В городе перенесено на май начало приёма заявлений"
    assert shapes(title)
    assert well_formed(title) == title


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Осенний бал выпускников состоялся\n20 декабря в 18:00 в актовом зале собрались "
            "выпускники и их родители.",
            "Осенний бал выпускников",
        ),
        (
            "Турнир по шашкам пройдёт 12 декабря в 10:00 в кабинете 14, а также онлайн на "
            "сайте турнира.",
            "Турнир по шашкам",
        ),
        ("15 декабря в 17:00 Гимназия. выступит ансамбль «Родники» в большом зале.", "«Родники»"),
        (
            "Масленица – весёлый народный праздник. 14 марта в 12:00 во дворе школы гулянья.",
            "Масленица",
        ),
        (
            "В субботу, 12 декабря, в 11:00 состоится встреча с художником в библиотеке, где "
            "ребята смогут задать вопросы.",
            "Встреча с художником",
        ),
    ],
)
def test_a_card_title_is_a_noun_phrase(text: str, wanted: str) -> None:
    title = card_title(text, DECEMBER)
    assert wanted.lower() in title.lower(), title
    assert shapes(title, text) == (), title


def test_a_name_whose_quote_is_never_closed_is_not_read() -> None:
    # a title cut inside its quoted name: the name's words ("не так близки") are no predicate
    title = 'Лекция о космосе: "Планеты не так далеки друг от друга'
    assert shapes(title) == ()
    assert well_formed(title) == title


@pytest.mark.parametrize(
    ("title", "repaired"),
    [
        # who does it is no event: the verb's object is what the card tells
        ("Ученики посетят выставку роботов", "Выставка роботов"),
        ("Который расскажет о правилах", "Который расскажет о правилах"),  # a pronoun: kept
    ],
)
def test_a_cut_is_no_person_and_no_pronoun(title: str, repaired: str) -> None:
    assert well_formed(title) == repaired


def test_a_verb_clause_is_cut_from_its_comma() -> None:
    assert well_formed("Зоопарк, кто пойдёт — напишите") == "Зоопарк"
    assert "clause" in shapes("Зоопарк, кто пойдёт")


@pytest.mark.parametrize(
    ("title", "repaired"),
    [
        ("Сбор хора, всем прийти в форме", "Сбор хора"),  # an instruction joined on
        ("Прошлой неделе, ярмарка поделок", "Ярмарка поделок"),  # a leading word cut off
        ("Напоминаю: ОГЭ по истории, а также", "ОГЭ по истории"),  # an acronym names it
    ],
)
def test_a_chat_message_leftover_is_cut_to_its_noun_phrase(title: str, repaired: str) -> None:
    assert well_formed(title) == repaired


def test_an_address_opening_the_title_is_cut_off() -> None:
    title = "Коллеги, семинар по цифровой грамотности, записываемся"
    assert "address" in shapes(title)
    assert well_formed(title) == "Семинар по цифровой грамотности"
    assert shapes("Концерт, ансамбль «Родники»") == ()  # no person: no address


def test_a_class_is_no_dangling_conjunction() -> None:
    # "5а" is a class, not the number 5 and the conjunction "а"
    assert shapes("Классный час в 5а") == ()
    assert well_formed("Родители, собрание в 5а") == "Собрание в 5а"


def test_a_numbered_anniversary_is_the_head() -> None:
    # "125-летие" is the head noun; the genitive after it is its complement
    assert shapes("125-летие городской библиотеки") == ()


def test_an_acronym_is_no_preposition() -> None:
    # "ИЗО" is the subject's acronym, not the preposition "изо"
    assert shapes("Городская выставка по ИЗО") == ()
    assert well_formed("Городская выставка по ИЗО") == "Городская выставка по ИЗО"
