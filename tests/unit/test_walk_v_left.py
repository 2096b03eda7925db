"""Findings of walk v (tests/data/newcomer_walk_2026-12-02v.md, F5, F6) and attack w (#14)
left open by the eighteenth round: straight quotes paired as a careful reader pairs them, a
letter's greeting above a news headline, a show named after «покажут», a place noun located
by a named place. The walk's posts are tuned material (/tmp/walkv_data, pasted here as the
walker sent them); the other sentences were written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.language.place_located import located_by
from bot.core.language.title_heading import read_heading
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_quotes import accusative_named
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-05-01T10:00")  # the parser takes naive wall-clock time
SIGNED = "\n\nС уважением, Марина Викторовна, методист. Тел. 8 (900) 123-45-67"


def _draft(text: str, now: datetime = NOW) -> tuple[str, str | None]:
    parsed = parse_message(text, now)
    assert isinstance(parsed, EventIntent), text
    return parsed.draft.title, parsed.draft.venue


P03 = (
    "Здравствуйте!\n\nВ городском зоопарке сейчас ведется подготовка к детскому празднику, "
    'который состоится 24 мая и будет приурочен ко "Дню Европарков". В программе праздника - '
    'веселые экологические викторины, конкурс рисунков на асфальте "Живая планета", выставка '
    'детских рисунков "Мир заповедной природы", выступление музыкального коллектива "Лель" '
    "дома детского творчества.\n\nЗоопарк, отдел просвещения"
)


@pytest.mark.parametrize(
    ("text", "word", "phrase"),
    [
        (
            'Праздник приурочен ко "Дню птиц". В программе праздника - викторины, конкурс '
            'поделок "Скворечник".',
            "Дню",
            "День птиц",
        ),
        ('Праздник приурочен ко "Дню птиц". Конкурс "Весна".', "Дню", "День птиц"),
        ('Праздник ко Дню птиц "Скворушка" пройдёт 5 мая.', "Дню", "День птиц «Скворушка»"),
    ],
)
def test_a_straight_mark_after_a_word_closes_the_name_it_ends(
    text: str, word: str, phrase: str
) -> None:
    """F6 (p03): the mark after «Европарков» closes its name; the text up to the next name's
    opening mark is no name of the day."""
    at = text.index(word)
    assert kind_phrase(text, at, at + len(word)) == phrase


def test_p03_title_is_not_built_between_two_quoted_names() -> None:
    title, _ = _draft(P03, datetime.fromisoformat("2007-05-20T10:00"))
    assert "Европарков" in title
    assert "В программе" not in title
    assert "«." not in title


@pytest.mark.parametrize(
    "greeting", ["Добрый день!", "Здравствуйте, коллеги!", "Уважаемые родители!"]
)
def test_a_greeting_line_is_no_heading_and_the_headline_below_it_is_read(greeting: str) -> None:
    """F6 (p12): a letter's greeting above a forwarded news post hid its headline."""
    text = f"{greeting}\n\nВ Самаре покажут «Снежную королеву»\n5 марта на сцене …"
    heading = read_heading(text)
    assert heading.headline is not None
    assert text[heading.headline[0] : heading.headline[1]].startswith("В Самаре покажут")


@pytest.mark.parametrize(
    ("quote", "nominative"),
    [("«Муху-цокотуху»", "«Муха-цокотуха»"), ("«Снежную королеву»", "«Снежная королева»")],
)
def test_a_shown_name_in_the_accusative_is_read_in_the_nominative(
    quote: str, nominative: str
) -> None:
    """Both nouns of a hyphened compound are put back in the nominative."""
    assert accusative_named(quote) == nominative


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Добрый день!\n\nВ Смоленске покажут «Муху-цокотуху»\n22 августа на сцене "
            "областного театра кукол - детский спектакль-розыгрыш. История, описанная в "
            "одноимённой сказке Корнея Чуковского, любима многими поколениями россиян. "
            "Режиссёр-постановщик - Павел Акинин. Начало спектакля в 11. 00. Стоимость "
            "билетов от 180 до 300 рублей." + SIGNED,
            "Детский спектакль-розыгрыш «Муха-цокотуха»",
        ),
        (
            "Здравствуйте, коллеги!\n\nВ Самаре покажут «Снежную королеву»\n5 марта на сцене "
            "театра юного зрителя - музыкальный спектакль для всей семьи. Сказка Андерсена "
            "знакома всем с детства. Начало спектакля в 12:00. Билеты в кассе театра." + SIGNED,
            "Музыкальный спектакль «Снежная королева»",
        ),
    ],
)
def test_the_show_a_headline_says_is_shown_names_the_event(text: str, title: str) -> None:
    """F6 (p12): «покажут «…»» in the headline names the show; the body's unnamed show
    phrase is its kind (was «Детский спектакль-розыгрыш», the name lost)."""
    assert _draft(text)[0] == title


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("на площади перед Драмтеатром.", " перед Драмтеатром"),
        ("на площади перед Саратовским цирком.", " перед Саратовским цирком"),
        ("в сквере возле Дома культуры.", " возле Дома культуры"),
        ("на площадке у школы № 5.", " у школы № 5"),
        ("на площади перед городским ДК", " перед городским ДК"),
        ("на площади у входа", ""),
        ("на площади перед началом", ""),
    ],
)
def test_a_locating_phrase_after_a_place_noun(text: str, phrase: str) -> None:
    noun = text.split()[1]
    assert located_by(text, text.index(noun) + len(noun)) == phrase


P09 = (
    "Добрый день!\n\nСегодня четверг 2 мая 2024\n\n78 Майская легкоатлетическая эстафета, "
    "посвященная 79-годовщине Победы в Великой Отечественной войне. Она будет состоять из 11 "
    "этапов, её общая протяжённость - 4493 метра. Для дошколят - 6 этапов по 60 метров. В ней "
    "примут участие около 2000 человек. Старт для самых маленьких назначен на 10:00. В 11:00 "
    "пройдет церемония открытия Майской эстафеты на площади перед Драмтеатром. В 11:30 "
    "начинаются забеги для школьников, а в 12:20 стартуют взрослые команды.\n\nСпорткомитет"
)


@pytest.mark.parametrize(
    ("text", "now", "venue"),
    [
        (P09, "2024-05-02T08:00", "площадь перед Драмтеатром"),
        (
            "Добрый день!\n\nГородской праздник, посвящённый Дню защиты детей, состоится 1 июня. "
            "В 11:00 на площади перед Горсоветом начнётся концертная программа, а затем "
            "пройдут игры и конкурсы для школьников.\n\nОтдел молодёжи",
            "2026-05-01T10:00",
            "площадь перед Горсоветом",
        ),
    ],
)
def test_a_square_keeps_the_named_place_that_locates_it(text: str, now: str, venue: str) -> None:
    """F5 (p09): «на площади перед Драмтеатром» gave «площадь» alone."""
    assert _draft(text, datetime.fromisoformat(now))[1] == venue
