"""The event's own day among several in a long post (sixth round, dates9), each rule tried
with sentences of our own in other words and with one it must not change:

- a site's publication moment at the post's head in the shapes news pages print it (the
  clock first and with seconds, a dashed date, a «Дата:» label, the item's first words on
  the same line, a date with its year in brackets) is a stamp when it is not after the
  post's own moment;
- the results or the awarding announced with a verbal noun opening the sentence
  ("Подведение итогов состоится …", "Награждение победителей пройдёт …") comes after the
  event, so the event's own date wins;
- a date alone in the post's first sentence and ahead of today is the poster's date line,
  as much the event's as «Дата: …»;
- a sign-up sentence's closing clock alone ("Регистрация: … до 19:00") ends nothing;
- a length given to each item ("5 минут на партию", a noun in the accusative after «на»)
  is not the event's length; a length spent at a place ("2 часа на свежем воздухе") is;
- a date denied and corrected ("не 4 декабря, а 27 ноября") is never the event's;
- an occasion's day referred back to with an adjective between ("В этот памятный день …
  будет проведена игра") or as the feast ("к этому празднику", "к праздничному дню") is the
  event's day;
- a post naming its days only by "сегодня"/"завтра": the day of a sentence without an event
  cue ("Сегодня публикуем …") gives way to the day of one with a cue ("Завтра состоится …").
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-11-20T12:17")


def _parse(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    "text",
    [
        "12:17:40 20-11-2026\nВ городской библиотеке 25 ноября пройдёт встреча с писателем. "
        "Приглашаем читателей всех возрастов.",
        "20-11-2026, 09:05 В городской библиотеке 25 ноября пройдёт встреча с писателем. "
        "Приглашаем читателей всех возрастов.",
        "Дата: 19 ноября 2026 в 16:42\nВ городской библиотеке 25 ноября пройдёт встреча с "
        "писателем. Приглашаем читателей всех возрастов.",
        "(20 ноября 2026) Фестиваль науки пройдёт в городском университете. «В нашем вузе "
        "25 ноября пройдёт фестиваль науки», — рассказали организаторы.",
    ],
)
def test_a_publication_moment_at_the_head_is_not_the_event(text: str) -> None:
    got = _parse(text)
    assert got["start"] == "2026-11-25"
    assert "past" not in (got["doubts"] or [])


def test_a_labelled_date_ahead_is_still_the_event() -> None:
    got = _parse(
        "Дата: 25 ноября 2026 в 16:30\nВ городской библиотеке пройдёт встреча с писателем. "
        "Приглашаем читателей всех возрастов."
    )
    assert got["start"] == "2026-11-25T16:30"


@pytest.mark.parametrize(
    "text",
    [
        "Олимпиада по информатике для 7–11 классов пройдёт 27 ноября в кабинете 214. "
        "Подведение итогов состоится 4 декабря в 15:00 в актовом зале.",
        "Конкурс чтецов начнётся 27 ноября в актовом зале. Жюри оценит выразительность "
        "чтения. Награждение победителей пройдёт 4 декабря в 15:00 на линейке.",
        "Турнир по шахматам для учеников школы пройдёт 27 ноября в библиотеке. "
        "Результаты: оглашение итогов состоится 4 декабря в 15:00.",
    ],
)
def test_results_announced_by_a_verbal_noun_come_after_the_event(text: str) -> None:
    assert (_parse(text)["start"] or "")[:10] == "2026-11-27"


def test_a_contest_day_that_also_gives_the_results_is_the_event() -> None:
    got = _parse(
        "Фестиваль проходит в три этапа:\nПриём заявок: 20 ноября – 1 декабря.\n"
        "Конкурсный день и подведение итогов: 5 декабря.\nГала-концерт: 7 декабря."
    )
    assert got["start"] == "2026-12-05"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "28 ноября. Городской парк. Турнир по мини-футболу среди школьных команд.\n"
            "Программа\n10:00 - открытие\n10:20 - игры групп\n"
            "Собрание капитанов команд состоится 26 ноября в 17:00 в спортзале школы № 3.",
            "2026-11-28T10:00",
        ),
        (
            "3 декабря.\nМузей истории города приглашает на квест «Тайны старой крепости». "
            "Начало в 12:00. Инструктаж для ведущих пройдёт 1 декабря в 15:00.",
            "2026-12-03T12:00",
        ),
        (
            "5 декабря. Лыжная база «Снежинка». Эстафета для 5–8 классов, старт в 11:00. "
            "Заседание судейской коллегии состоится 2 декабря в 16:00.",
            "2026-12-05T11:00",
        ),
    ],
)
def test_a_date_line_heading_the_post_is_the_event(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start


def test_a_sentence_opening_with_a_date_is_weighed_as_before() -> None:
    got = _parse(
        "25 ноября в город прибудут гости фестиваля. 27 ноября в 11:40 откроется праздник "
        "у Дворца культуры. Оттуда начнётся шествие участников."
    )
    assert got["start"] == "2026-11-27T11:40"  # the first sentence's date is not a date line


@pytest.mark.parametrize(
    "text",
    [
        "Турнир по шашкам для 3–6 классов\nДата: 28 ноября в 12:00\n"
        "Регистрация: накануне турнира до 18:30.\nАдрес: ул. Садовая, 5.",
        "Соревнования по плаванию пройдут 28 ноября в 12:00 в бассейне «Волна». "
        "Регистрация команд по телефону до 17:45 накануне.",
        "Квиз «Знатоки истории» состоится 28 ноября в 12:00 в библиотеке. "
        "Приём заявок на участие по почте до 20:00 в среду.",
    ],
)
def test_a_sign_up_closing_clock_ends_nothing(text: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == ("2026-11-28T12:00", None)


def test_an_event_verb_after_the_sign_up_word_keeps_its_end() -> None:
    got = _parse(
        "Регистрация открыта, а соревнования пройдут 28 ноября с 12:00 до 14:30 в спортзале. "
        "Приглашаем команды 5–7 классов."
    )
    assert (got["start"], got["end"]) == ("2026-11-28T12:00", "2026-11-28T14:30")


@pytest.mark.parametrize(
    "text",
    [
        "Блиц-турнир пройдёт 28 ноября в 12:00 в школе № 7. Контроль времени 5 минут на "
        "партию каждому участнику. Приглашаются все желающие.",
        "Экскурсия по заповеднику начнётся 28 ноября в 12:00 у ворот парка. Автобусом "
        "40 минут на дорогу, возьмите с собой воду. Приглашаем 6 классы.",
        "Конкурс чтецов пройдёт 28 ноября в 12:00 в актовом зале. Участникам даётся 3 "
        "минуты на подготовку. Приглашаются ученики 2–4 классов.",
    ],
)
def test_a_time_given_to_each_item_is_not_the_events_length(text: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == ("2026-11-28T12:00", None)


def test_a_length_spent_at_a_place_is_still_the_events_length() -> None:
    got = _parse(
        "Субботник пройдёт 28 ноября в 12:00 в школьном саду. Работаем 2 часа на свежем "
        "воздухе, перчатки выдадут."
    )
    assert (got["start"], got["end"]) == ("2026-11-28T12:00", "2026-11-28T14:00")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Всероссийский выпускной пройдёт не 4 декабря, а 27 ноября. Об этом сообщил "
            "министр. В этот день состоится концерт для выпускников.",
            "2026-11-27",
        ),
        (
            "Встреча клуба состоится не в пятницу, 27 ноября, а в субботу, 28 ноября, в 15:00. "
            "Приглашаем всех участников клуба.",
            "2026-11-28T15:00",
        ),
        (
            "Экзамен пройдёт не 4 декабря, а 5-го, в 10:00 в кабинете 12. Просим учеников "
            "не опаздывать.",
            "2026-12-05T10:00",
        ),
    ],
)
def test_a_denied_date_gives_way_to_its_correction(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert "several_dates" not in (got["doubts"] or [])


def test_two_dates_joined_by_a_are_both_kept() -> None:
    got = _parse("Лекция пройдёт 4 декабря, а 5 декабря состоится экскурсия в музей для 9 классов.")
    assert got["start"] == "2026-12-04"


@pytest.mark.parametrize(
    "text",
    [
        "28 ноября отмечается День матери. В этот тёплый праздник в школьной библиотеке "
        "будет проведена встреча с мамами учеников. Приглашаем всех желающих.",
        "28 ноября отмечается День матери. В этот памятный день в школьной библиотеке "
        "пройдёт встреча с мамами учеников. Приглашаем всех желающих.",
        "28 ноября отмечается День матери. К этому празднику в школьной библиотеке "
        "подготовят выставку рисунков и пройдёт концерт. Приглашаем всех желающих.",
    ],
)
def test_an_occasions_day_referred_back_to_is_the_events(text: str) -> None:
    assert _parse(text)["start"] == "2026-11-28"


def test_an_occasion_named_in_passing_is_still_not_the_event() -> None:
    got = _parse(
        "28 ноября отмечается День матери. Накануне праздника, 27 ноября, в школьной "
        "библиотеке пройдёт встреча с мамами учеников."
    )
    assert got["start"] == "2026-11-27"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Школьная газета\nСегодня публикуем рассказ нашего учителя о кружке. Завтра "
            "состоится премьера спектакля 9А! Ребята готовились весь год.",
            "2026-11-21",
        ),
        (
            "Сегодня мы вспоминаем историю клуба юных натуралистов. Послезавтра пройдёт "
            "экскурсия в ботанический сад для 5–6 классов.",
            "2026-11-22",
        ),
        (
            "Новости библиотеки. Сегодня рассказываем о новых книгах. Завтра в 15:00 "
            "начнётся встреча с писателем в читальном зале.",
            "2026-11-21T15:00",
        ),
    ],
)
def test_a_writers_today_gives_way_to_the_events_day(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


def test_today_with_an_event_cue_stays() -> None:
    got = _parse(
        "Сегодня в школьной библиотеке пройдёт встреча с писателем. Завтра рассказываем "
        "о новых книгах на сайте библиотеки."
    )
    assert got["start"] == "2026-11-20"
