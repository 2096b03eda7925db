"""Readings behind the first-sight title misses of the fresh sets (tests/data/title64.md),
each checked on sentences of our own, never the sets' words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _title(text: str, now: str = "2024-02-20T12:00") -> object:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))["title"]


# An apposition after a dash explains the noun before it in the same case («накануне
# праздника — Дня защитника Отечества», «ко Дню матери — празднику всех мам —»): when that
# noun is an occasion (after «накануне», «в преддверии», «в честь», «ко» …), so is the day or
# the kind in apposition; the event is what the clause's verb holds.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "17 февраля, накануне праздника — Дня защитника Отечества, в школе урок мужества"
            " провел ветеран флота.",
            "Урок мужества",
        ),
        (
            "14 февраля, в преддверии праздника — Дня защитника Отечества, в школе прошла"
            " военно-спортивная игра.",
            "Военно-спортивная игра",
        ),
        (
            "22 ноября ко главному празднику осени — Дню матери — в клубе провели выставку"
            " рисунков.",
            "Выставка рисунков",
        ),
        (
            "Ко Дню матери — празднику всех мам — в клубе 22 ноября провели выставку рисунков.",
            "Выставка рисунков",
        ),
        (
            "5 марта, в канун праздника — Дня весны, в гимназии прошла весёлая игра. Ребята"
            " пели песни.",
            "Весёлая игра",
        ),
    ],
)
def test_an_occasions_apposition_is_the_occasion(text: str, title: str) -> None:
    assert _title(text) == title


# A dash apposition with no occasion before it keeps its own reading (the nominative
# «праздник — День города» is the event), and an occasion without a dash stays one.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("12 июня в парке пройдёт праздник — День города.", "Праздник — День города"),
        (
            "7 марта накануне Международного женского дня в школе состоялся праздничный концерт.",
            "Праздничный концерт",
        ),
    ],
)
def test_an_apposition_without_an_occasion_keeps_its_reading(text: str, title: str) -> None:
    assert _title(text) == title


# «Посвящение в юные пешеходы»: joining a group of people is told by «в» and the plural
# animate noun in its nominative form, and the group's adjectives take that form too
# (pymorphy3: a plural nominative adjective before the noun); the phrase keeps them.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Посвящение в юные пешеходы учащихся первых классов прошло 15 сентября в школе."
            " Ребята получили значки.",
            "Посвящение в юные пешеходы учащихся первых классов",
        ),
        (
            "Посвящение в юные экологи воспитанников детского сада состоялось 3 октября в"
            " парке. Дети посадили деревья.",
            "Посвящение в юные экологи воспитанников детского сада",
        ),
        (
            "Посвящение в юные инспекторы движения пятиклассников гимназии прошло 20 сентября"
            " на площадке. Ребятам вручили удостоверения.",
            "Посвящение в юные инспекторы движения пятиклассников гимназии",
        ),
    ],
)
def test_joining_a_group_keeps_its_adjectives(text: str, title: str) -> None:
    assert _title(text) == title


# A kind's holders told by a long chain of genitives that «и» joins («концерт учащихся и
# преподавателей … школ и школ искусств … «…»»), however long, still lead to the kind's own
# quoted name: the name is read whole (past the first 160 characters too), never cut off.
@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "Праздничный концерт учащихся и преподавателей детских музыкальных школ и школ"
            " искусств города Читы и Дома культуры района «Весенняя капель» состоится 12 марта"
            " в 17:00. Вход свободный.",
            "концерт",
            "«Весенняя капель»",
        ),
        (
            "Отчётный концерт хоровых и инструментальных коллективов детских школ искусств"
            " города Перми и областного колледжа «Музыка весны» пройдёт 20 апреля в 18:00."
            " Билеты в кассе.",
            "концерт",
            "«Музыка весны»",
        ),
        (
            "Большой благотворительный концерт детских и молодёжных творческих коллективов"
            " общеобразовательных учреждений города Твери и Тверской области и областного"
            " Дворца творчества детей и молодёжи «Сердце отдаём детям» в поддержку семей.\n"
            "Концерт пройдёт 12 марта в 18:00 в большом зале.",
            "концерт",
            "«Сердце отдаём детям»",
        ),
    ],
)
def test_a_long_holders_chain_keeps_the_name(text: str, kind: str, name: str) -> None:
    title = str(_title(text))
    assert kind in title.lower()
    assert name in title


# The instrumental agent of a passive («методическим объединением учителей был проведён
# конкурс», «кружком юных краеведов проведена викторина») is who holds the event: the
# event is the passive's subject (pymorphy3: an instrumental without a preposition in a
# clause of a short passive participle). Beside an active verb the instrumental stays an
# event («Праздник завершился концертом учеников»).
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Новости\n15 марта в библиотеке методическим объединением учителей литературы был"
            " проведен конкурс чтецов среди пятиклассников. В конкурсе приняли участие десять"
            " школ.",
            "Конкурс чтецов",
        ),
        (
            "Новости\n5 марта кружком юных краеведов была проведена викторина для младших"
            " школьников. Победители получили призы.",
            "Викторина",
        ),
        (
            "Новости\n20 февраля в гимназии методическим объединением учителей истории"
            " проведена интеллектуальная игра для восьмиклассников. Победила команда 8 «А».",
            "Интеллектуальная игра",
        ),
        (
            "Новости\n20 февраля в школе прошёл праздник. Праздник завершился концертом учеников.",
            "Концерт учеников",
        ),
    ],
)
def test_a_passives_agent_is_not_the_event(text: str, title: str) -> None:
    assert _title(text) == title


# A top line in capitals marks no name by its capital letters: its verb is read as in the
# same line written small («КОНКУРС ЧТЕЦОВ ПРОЙДЁТ В ГИМНАЗИИ» is a news headline, not a
# heading that names the event), so the body's named kind is the title either way.
@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("КОНКУРС ЧТЕЦОВ ПРОЙДЁТ В ГИМНАЗИИ", "Конкурс «Живое слово»"),
        ("Конкурс чтецов пройдёт в гимназии", "Конкурс «Живое слово»"),
    ],
)
def test_a_headline_in_capitals_is_read_as_written_small(top: str, title: str) -> None:
    text = f"{top}\nГимназия проводит конкурс «Живое слово». Он состоится 12 марта в 14:00 в зале."
    assert _title(text) == title


@pytest.mark.parametrize(
    "top",
    [
        "АКЦИЯ ПО СБОРУ КНИГ ДЛЯ СЕЛЬСКИХ БИБЛИОТЕК ПРОЙДЕТ В СУББОТУ",
        "Акция по сбору книг для сельских библиотек пройдет в субботу",
    ],
)
def test_a_capitals_headline_gives_way_to_the_named_kind(top: str) -> None:
    text = (
        f"{top}\nВолонтеры города проведут акцию «Книга в подарок». Принести книги можно в"
        " субботу 24 февраля с 11:00 до 17:00 в сквер у библиотеки."
    )
    assert _title(text) == "Акция «Книга в подарок»"
