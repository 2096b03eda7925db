"""Wrong starts that carried no doubt (starts44, issue 10 point 4): the signals a careful
reader uses to know the parser's pick is doubtful, each raised as an asked doubt, and each
left alone where the pick is plainly right."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-11-20T10:00")


def _parse(text: str) -> dict:
    return intent_to_json(parse_message(text, NOW))


# a later part's clock: the event's sentence gives no time, other sentences give its parts
# their own clocks, and the one taken is not the first (start_doubts.start_elsewhere)
LATER_PART = [
    "12 декабря в городе пройдёт акция «Ночь кино». Акция объединит кинотеатры, библиотеки и "
    "клубы города.\nВ кинотеатре «Заря» покажут мультфильмы с 10 утра до 13 часов, в "
    "библиотеке «Луч» пройдёт лекция о кино с 12:00 до 14:00. В ДК «Октябрь» пройдёт концерт "
    "«Зимние песни», начало в 17:00.",
    "5 декабря состоится городская акция «Ночь искусств». Это ежегодная акция, объединяющая "
    "музеи и театры. В ней примут участие более сорока учреждений. Программа у каждого своя.\n"
    "В краеведческом музее (Мира, 12) пройдёт квиз с 6 вечера и до полуночи, театр кукол "
    "приглашает детей на занятия с 18 до 21 часа, а в галерее «Арт» пройдёт выставка-концерт "
    "«Зимний джаз», начало в 18:30.",
]


@pytest.mark.parametrize("text", LATER_PART)
def test_later_part_clock_is_asked(text: str) -> None:
    got = _parse(text)
    assert got["start"] is not None
    assert "several_times" in got["doubts"]


# the event's own onset, or the first part's clock: no doubt
OWN_ONSET = [
    "12 декабря состоится открытый турнир по шахматам среди школьников. Турнир пройдёт в "
    "шахматном клубе «Ладья».\nПриглашаются дети не старше 2012 года рождения.\nРегистрация "
    "участников с 9:00 до 9:45. Начало турнира в 10:00. Обед с 13:00 до 14:00.",
    "12 декабря в парке пройдёт праздник «Зимние забавы». Праздник подготовили волонтёры и "
    "центр досуга.\nВ программе: мастер-класс по лепке с 11:00, катание на санках с 12:00, "
    "концерт «Снежинка» в 15:00.",
    "12 декабря пройдёт велопарад. Об этом сообщили в администрации города. Велопарад – это "
    "не гонка. Праздник направлен на популяризацию велосипеда.\nСбор участников: 9.00 ч., "
    "площадь Ленина. Торжественное открытие: 9.45 ч. Старт: 10.00 ч.",
]


@pytest.mark.parametrize("text", OWN_ONSET)
def test_own_onset_is_not_asked(text: str) -> None:
    got = _parse(text)
    assert got["start"] is not None
    assert "T" in got["start"]
    assert "several_times" not in got["doubts"]


# a news item's background («Ранее сообщалось, что …» to the end of its paragraph) tells
# another story: its days and clocks are never the lead's event's
# (post_other_events.background_span)
BACKGROUND = [
    (
        "Фестиваль снежных фигур пройдёт в парке в выходные\n\nФестиваль снежных фигур "
        "«Зимние узоры» пройдёт в Центральном парке 12 и 13 декабря. Гости смогут слепить "
        "фигуру сами на мастер-классе. Ранее сообщалось, что 12 декабря в городе пройдёт акция "
        "«Ночь кино». Показы фильмов пройдут в кинотеатрах города с 18:00 12 декабря до 02:00 "
        "13 декабря.",
        ("2026-12-12", "2026-12-13"),
    ),
    (
        "Хор «Радуга» выступит в ДК «Октябрь»\n\nКонцерт хора «Радуга» состоится 14 декабря в "
        "ДК «Октябрь». В программе песни о зиме. Ранее мы писали, что 10 декабря в филармонии "
        "выступит симфонический оркестр. Концерт оркестра начнётся в 19:00.",
        ("2026-12-14", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BACKGROUND)
def test_background_news_is_not_the_event(text: str, expected: tuple[str, str | None]) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == expected


def test_background_without_a_lead_is_read() -> None:
    """A post opening with «Ранее сообщалось» has no lead before it: its move is its news."""
    got = _parse(
        "Ранее сообщалось, что концерт хора пройдёт 5 декабря. Теперь концерт перенесён на "
        "12 декабря, начало в 17:00. Билеты остаются в силе."
    )
    assert got["start"] == "2026-12-12T17:00"
