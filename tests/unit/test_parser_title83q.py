"""Concise titles where a post names its event in quotes (round 83, title83q): a letter in
quotes designating a building is no name, so a line that only says where stays no heading.
Posts written for each rule as schools, colleges and libraries write them, not copied from a
corpus."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_place import is_place_fragment
from bot.core.language.title_words import KIND
from tests.title_probe import card_title


@pytest.mark.parametrize(
    ("phrase", "place"),
    [
        ("во дворе корпуса «В»", True),
        ('в спортивном зале корпуса "Б"', True),
        ("на крыльце здания «2А»", True),
        # a name in quotes, or an event noun, still makes the phrase more than a place
        ("в зале «Мир»", False),
        ("Ярмарка во дворе корпуса «В»", False),
    ],
)
def test_a_quoted_building_letter_leaves_a_place_only_a_place(phrase: str, place: bool) -> None:
    assert is_place_fragment(phrase) is place


def test_a_courtyard_line_with_a_building_letter_is_no_heading() -> None:
    text = (
        "Время и место\n"
        "12 декабря 2026 г. 14:00\n"
        "во дворе корпуса «В»\n"
        "«Зимние забавы» – весёлый праздник первого снега, который колледж проводит каждый год. "
        "Студентов и гостей ждут горячий чай, хороводы и народные игры."
    )
    assert "зимние забавы" in card_title(text).lower()


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Праздник, приуроченный к открытию катка, — «Ледовые забавы» пройдёт 19 декабря.",
            "Праздник «Ледовые забавы»",
        ),
        (
            "Смотр на лучший школьный музей, хранящий память о земляках, «Наследие» завершится "
            "в апреле.",
            "Смотр на лучший школьный музей «Наследие»",
        ),
        (
            "Фестиваль, организованный советом старшеклассников, «Звёздный час» соберёт "
            "лучших чтецов.",
            "Фестиваль «Звёздный час»",
        ),
        # a quote inside the clause is what the clause is about, not the kind's name
        (
            "Выставка, посвящённая повести «Белый Бим», откроется в среду.",
            "Выставка, посвящённая повести «Белый Бим»",
        ),
        # a verb before the comma: a clause of its own, the quote is a place's name
        (
            "Концерт пройдёт в сквере, расположенном у школы, «Сирень».",
            "Концерт",
        ),
    ],
)
def test_a_name_after_the_kinds_participle_clause_is_the_kinds(sentence: str, phrase: str) -> None:
    found = KIND.search(sentence)
    assert found is not None
    assert kind_phrase(sentence, found.start(), found.end()) == phrase


def test_a_post_names_its_event_after_the_participle_clause() -> None:
    text = (
        "В субботу, 19 декабря, на школьном стадионе состоится праздник для всех любителей "
        "коньков, приуроченный к открытию катка, — «Ледовые забавы». Начало в 12:00. "
        "Коньки можно взять напрокат."
    )
    assert "ледовые забавы" in card_title(text).lower()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Гимназисты присоединились к областной акции «Окна памяти», которая проходит "
            "с 3 по 9 декабря в формате онлайн-флешмоба. Рисунки и надписи появились в окнах "
            "классов.",
            "окна памяти",
        ),
        (  # a guard: the named kind opens the dated sentence, its format follows
            "Районный конкурс «Знатоки леса» пройдёт 10 декабря в формате командной викторины. "
            "Каждая школа выставляет команду из пяти человек.",
            "знатоки леса",
        ),
    ],
)
def test_a_kind_in_format_names_how_the_event_runs_not_the_event(text: str, name: str) -> None:
    assert name in card_title(text).lower()


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "«Зимняя вахта». Областная военно-спортивная игра под таким названием пройдёт "
            "12 декабря на базе кадетского корпуса.",
            "Областная военно-спортивная игра «Зимняя вахта»",
        ),
        (
            "«Добрые крышечки». Акция с этим названием стартует в гимназии 1 декабря.",
            "Акция «Добрые крышечки»",
        ),
        # no quoted name before it: nothing to point back to
        (
            "Пешеходная экскурсия под таким названием пройдёт 12 декабря.",
            "Пешеходная экскурсия",
        ),
    ],
)
def test_such_a_name_points_back_to_the_quote_before(sentence: str, phrase: str) -> None:
    found = KIND.search(sentence)
    assert found is not None
    assert kind_phrase(sentence, found.start(), found.end()) == phrase


def test_a_headline_that_is_only_the_quoted_name_keeps_naming_the_event() -> None:
    # the dated clause below holds another named action; the headline's name is the post's
    text = (
        "«Зелёный огонёк»\n"
        "«Зелёный огонёк». Акция с таким названием стартует сегодня в школах района и "
        "продлится до 20 декабря. Инспекторы проведут беседы с учениками. "
        "18 декабря будет организована акция «Пристегнись» для водителей, "
        "которые привозят детей в школу."
    )
    got = intent_to_json(parse_message(text, datetime.fromisoformat("2026-12-07T09:00")))
    assert "зелёный огонёк" in (got["title"] or "").lower(), got


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "В субботу в школе искусств прошёл отчётный концерт. В этом году он назывался "
            "«Песни родного края» и собрал полный зал.",
            "Отчётный концерт «Песни родного края»",
        ),
        (
            "Вчера в сельской библиотеке прошла встреча с поэтом. Она называлась «Строки о войне».",
            "Встреча с поэтом «Строки о войне»",
        ),
        # the pronoun of another gender stands for something else
        ("В субботу открылась выставка. Он назывался «Край».", "Выставка"),
    ],
)
def test_the_next_sentence_calling_the_kind_by_its_pronoun_names_it(
    sentence: str, phrase: str
) -> None:
    found = KIND.search(sentence)
    assert found is not None
    assert kind_phrase(sentence, found.start(), found.end()) == phrase
