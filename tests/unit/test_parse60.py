"""parse60: silent wrong readings review57 found (same on the base), each read as a rule.
Sentences written for the test.

1. A clock belongs to its own sentence's day: a clock in a sentence of today («Сегодня в
   10:00 начался …») is never the clock of a day another sentence names.
2. An awards clock standing first in a post is not the start the later dated sentence gives
   («… с 14:00»): awards are a part inside the event.
3. Labelled lines («Дата:», «Время:», «Место:», «Адрес:», «Формат:», «Участники:») never give
   the title, and a labelled place ends with its sentence.
4. The subject of «проводит / организует / приглашает» is the organiser (a legal form and a
   name: «ООО «…»»), its object the event and the title.
5. «в этом году» pins the current calendar year as «в прошлом году» pins the last one; a day
   of this year already gone is then `past`, never rolled to the next year.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

SATURDAY = datetime.fromisoformat("2026-12-05T12:00")


def _parse(text: str, now: datetime = SATURDAY) -> dict[str, object]:
    return intent_to_json(parse_message(text, now, day_in_period=True))


# 1 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Сегодня в 10:00 начался турнир. Финал 12 декабря в 14:00 в спортзале",
            "2026-12-12T14:00",
        ),
        (
            "Сегодня в 9:00 стартовала олимпиада по математике. Награждение 14 декабря в 16:30",
            "2026-12-14T16:30",
        ),
        (
            "Сегодня в 11:00 открылась выставка рисунков. Экскурсия по выставке 10 декабря "
            "в 15:00 в библиотеке",
            "2026-12-10T15:00",
        ),
    ],
)
def test_a_clock_of_todays_sentence_is_not_the_dated_sentences(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Сегодня в 10:00 начался турнир. Финал 12 декабря в 14:00 в спортзале", "Финал турнира"),
        (
            "Сегодня в 9:00 стартовала олимпиада по математике. Награждение 14 декабря в 16:30",
            "Награждение олимпиады по математике",
        ),
        (
            "Сегодня в 11:00 открылась выставка рисунков. Экскурсия по выставке 10 декабря "
            "в 15:00 в библиотеке",
            "Экскурсия по выставке",
        ),
    ],
)
def test_the_dated_sentence_names_the_event(text: str, title: str) -> None:
    assert _parse(text)["title"] == title


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("12 декабря концерт. Начало в 15:00", "2026-12-12T15:00"),  # no clock of its own
        ("Концерт 12 декабря в 15:00. Сбор в 14:30", "2026-12-12T15:00"),  # a later clock
        ("Регистрация в 9:30. Турнир 12 декабря в 10:00", "2026-12-12T10:00"),
    ],
)
def test_a_dated_sentence_without_its_own_clock_keeps_the_others(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


# 2 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Награждение победителей состоится в 17:00. Фестиваль пройдёт 12 декабря с 14:00 "
            "в актовом зале.",
            "2026-12-12T14:00",
        ),
        (
            "Награждение участников в 16:00. Конкурс чтецов пройдёт 15 декабря с 13:00 в "
            "библиотеке.",
            "2026-12-15T13:00",
        ),
        (
            "Церемония награждения начнётся в 18:00. Турнир по шахматам состоится 19 декабря "
            "с 10:00.",
            "2026-12-19T10:00",
        ),
    ],
)
def test_an_awards_clock_first_is_not_the_start(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got
    assert "аграждени" not in str(got["title"]).split(".")[0], got


# 3 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "venue"),
    [
        (
            "Дата: 12 декабря. Время: 15:00. Место: школа. Лекция о космосе",
            "Лекция о космосе",
            "школа",
        ),
        (
            "Дата: 14 декабря. Время: 11:00. Место: библиотека. Мастер-класс по оригами",
            "Мастер-класс по оригами",
            "библиотека",
        ),
        (
            "Место: спортзал. Дата: 16 декабря. Время: 10:00. Турнир по волейболу",
            "Турнир по волейболу",
            "спортзал",
        ),
        (
            "Дата: 18 декабря\nВремя: 14:00\nАдрес: ул. Ленина, 5\nФормат: очно\nКонкурс чтецов",
            "Конкурс чтецов",
            None,
        ),
    ],
)
def test_labelled_lines_never_give_the_title(text: str, title: str, venue: str | None) -> None:
    got = _parse(text)
    assert got["title"] == title, got
    assert "T" in str(got["start"]), got  # «Время: 14:00\nАдрес: …»: the clock kept
    if venue is not None:
        assert got["venue"] == venue, got


# 4 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "ООО «Ромашка» проводит мастер-класс по лепке 12 декабря в 15:00 в актовом зале",
            "Мастер-класс по лепке",
        ),
        ("АО «Янтарь» организует экскурсию на завод 14 декабря в 10:00", "Экскурсия на завод"),
        (
            "ИП Смирнова проводит мастер-класс по рисованию 16 декабря в 12:00",
            "Мастер-класс по рисованию",
        ),
        (
            "МАУ «Дом творчества» проводит конкурс рисунков 17 декабря в 14:00 в библиотеке",
            "Конкурс рисунков",
        ),
    ],
)
def test_the_organiser_subject_is_not_the_title(text: str, title: str) -> None:
    got = _parse(text)
    assert got["title"] == title, got


# 5 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("В этом году 14 марта снова пройдёт фестиваль в актовом зале.", "2026-03-14"),
        ("В этом году 20 февраля в 15:00 состоится концерт", "2026-02-20T15:00"),
        ("Концерт в этом году состоится 20 февраля в актовом зале", "2026-02-20"),
        ("Ярмарка прошла 3 апреля текущего года в спортзале", "2026-04-03"),
        (
            "В прошлом году 14 марта прошёл фестиваль «Весна». А в этом году 14 марта снова "
            "пройдёт фестиваль в актовом зале.",
            "2026-03-14",
        ),
    ],
)
def test_this_year_pins_the_calendar_year(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got
    assert "past" in got["doubts"], got
    assert "этом году" not in str(got["title"]).lower(), got


@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        ("В этом году 14 марта пройдёт фестиваль", "2026-02-01T10:00", "2026-03-14"),
        ("В этом году 25 декабря пройдёт новогодний концерт", "2026-12-05T12:00", "2026-12-25"),
        ("Концерт 20 февраля", "2026-12-05T12:00", "2027-02-20"),
    ],
)
def test_this_year_ahead_stays_and_a_bare_day_still_rolls(text: str, now: str, start: str) -> None:
    got = _parse(text, datetime.fromisoformat(now))
    assert got["start"] == start, got
    assert "past" not in got["doubts"], got


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Сегодня в 10:00 в спортзале начался школьный турнир по волейболу среди команд "
            "7-11 классов. В первый день сыграли восемь команд, лучшие вышли в полуфинал. Финал "
            "турнира состоится 12 декабря в 14:00 в спортзале школы. Приходите болеть за свои "
            "команды!",
            "2026-12-12T14:00",
        ),
        (
            "Сегодня в 11:00 в библиотеке открылась выставка детских рисунков «Зимняя сказка». "
            "На выставке представлено более ста работ учеников начальной школы. 10 декабря в "
            "15:00 состоится экскурсия по выставке для 5-х классов, приглашаем всех желающих.",
            "2026-12-10T15:00",
        ),
    ],
)
def test_a_post_begun_today_at_its_clock_beside_a_dated_event_asks(text: str, start: str) -> None:
    got = _parse(text, datetime.fromisoformat("2026-12-01T10:00"))
    assert got["start"] == start, got
    assert "several_dates" in got["doubts"], got


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("А в этом году в марте пройдёт ярмарка в спортзале", "Ярмарка"),
        ("Ярмарка в этом году пройдёт в марте", "Ярмарка"),
        ("В следующем году 14 марта пройдёт фестиваль", "Фестиваль"),
    ],
)
def test_a_year_said_as_when_is_no_title(text: str, title: str) -> None:
    assert _parse(text)["title"] == title
