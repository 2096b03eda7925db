"""Round 50: title candidates the parser did not generate (benchmarks/title_gaps.py) — a
quoted name given with a naming word away from its kind word, preferred over a kind only
described (title_named_as.py). Sentences of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.title_named_as import (
    named_as,
    named_as_phrase,
    named_mention,
    one_of_named,
    only_described,
)
from tests.title_probe import card_title

DECEMBER = datetime.fromisoformat("2026-12-01T10:00")


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Весной в клубе откроется программа для подростков, получившая название «Город "
            "мастеров».",
            "Программа «Город мастеров»",
        ),
        (
            "Главное зимнее представление театра в этом году называется «Снеговик и лиса».",
            "Зимнее представление театра «Снеговик и лиса»",
        ),
        ("Сеансы под весёлым названием «Ура! Каникулы!» начнутся в среду.", "«Ура! Каникулы!»"),
        ("Школьный клуб носит название «Юный химик» уже десять лет.", "«Юный химик»"),
    ],
)
def test_a_name_given_with_a_naming_word_is_read_with_its_kind(text: str, wanted: str) -> None:
    found = list(named_as(text))
    assert len(found) == 1
    assert named_as_phrase(text, found[0]) == wanted


def test_a_kind_in_another_sentence_is_not_the_named_ones() -> None:
    text = "Концерт прошёл вчера. Под названием «Зимняя сказка» откроется каток."
    (found,) = named_as(text)
    assert found.kind is None


@pytest.mark.parametrize(
    "phrase", ["Акция", "Лекции", "Экологическая акция", "Новогодние ёлки", "Большой концерт"]
)
def test_a_kind_with_adjectives_only_is_only_described(phrase: str) -> None:
    assert only_described(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "Фильмы о России",
        "Фестиваль «Лето»",
        "День открытых дверей",
        "Торжественная церемония вручения паспортов",
        "Масленица",
        "Концерт 5 класса",
    ],
)
def test_a_kind_with_a_name_or_complement_is_more_than_described(phrase: str) -> None:
    assert not only_described(phrase)


def test_a_post_prefers_the_name_it_gives_over_a_kind_only_described() -> None:
    text = (
        "Театры города приглашают детей на новогодние ёлки. Билеты уже продаются.\n"
        "Главное новогоднее представление в этом году называется «Снеговик и лиса». Показы "
        "пройдут с 27 декабря в 12:00 в большом зале."
    )
    assert "Снеговик и лиса" in card_title(text, DECEMBER)


def test_a_named_side_item_does_not_take_a_kind_with_its_complement() -> None:
    text = (
        "Завтра, 3 декабря, в 12:00 в администрации состоится торжественная церемония "
        "вручения паспортов школьникам. На церемонии наградят волонтёров за организацию игр "
        "под общим названием «Право»."
    )
    assert "церемония вручения паспортов" in card_title(text, DECEMBER).lower()


@pytest.mark.parametrize(
    ("text", "described", "wanted"),
    [
        (
            "В парке пройдёт экологическая акция. Акция «Чистый берег» начнётся в 10:00.",
            "Экологическая акция",
            "Акция «Чистый берег»",
        ),
        (
            "Бесплатные лекции для школьников. В субботу лекция о вулканах Камчатки.",
            "Бесплатные лекции",
            "Лекция о вулканах Камчатки",
        ),
    ],
)
def test_a_kind_only_described_has_its_named_mention(
    text: str, described: str, wanted: str
) -> None:
    assert named_mention(text, described) == wanted


@pytest.mark.parametrize(
    ("text", "described"),
    [
        # another adjective: another event of the same kind
        (
            "Большой шахматный праздник. Семейный праздник «День города» пройдёт позже.",
            "Большой шахматный праздник",
        ),
        # "по всей стране" is an extent, not a subject
        (
            "Всероссийский открытый урок пройдёт в школах. Урок по всей стране.",
            "Всероссийский открытый урок",
        ),
        # a lower-case quote is no name
        ("Тотальный диктант. Сделаем диктант «по-настоящему тотальным».", "Тотальный диктант"),
        # a plural kind is a series, a singular mention one of its items
        (
            "Выпускные экзамены начнутся 20 мая. Первым будет экзамен по русскому языку.",
            "Выпускные экзамены",
        ),
        # a mention inside another quoted name is not the event's
        ("Весенняя акция. Проект «Акция о природе» завершён.", "Весенняя акция"),
    ],
)
def test_no_named_mention_of_another_event(text: str, described: str) -> None:
    assert named_mention(text, described) is None


def test_a_post_titles_a_kind_only_described_by_its_quoted_name() -> None:
    text = (
        "Экологическая акция пройдёт 12 декабря в 10:00 в городском парке. Волонтёры проведут "
        "акцию «Чистый берег» на набережной."
    )
    assert "«Чистый берег»" in card_title(text, DECEMBER)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Ребята поедут на один из самых известных спектаклей театра «Сфера» — «Три "
            "сестры» по пьесе Чехова.",
            ["Спектакль «Три сестры»"],
        ),
        (
            "Один из лучших концертов года — «Звёзды джаза» — пройдёт в филармонии.",
            ["Концерт «Звёзды джаза»"],
        ),
        ("Это одна из задач школы — «учить думать».", []),  # no event kind among the Ks
    ],
)
def test_one_of_a_kind_named_after_a_dash(text: str, wanted: list[str]) -> None:
    assert [named_as_phrase(text, f) for f in one_of_named(text)] == wanted


def test_a_post_titles_one_of_the_kind_by_its_name() -> None:
    text = (
        "Спектакль плюс экскурсия: школьники едут в заповедник\n"
        "Сегодня, 1 декабря, в 12:00 ребята поедут на один из самых известных спектаклей "
        "театра «Сфера» — «Три сестры» по пьесе Чехова."
    )
    assert "«Три сестры»" in card_title(text, DECEMBER)
