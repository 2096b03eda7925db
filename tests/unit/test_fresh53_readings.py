"""Readings behind the misses of tests/data/real_posts_broad21.jsonl at first sight
(tests/data/fresh53.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# A number with a decimal point before a magnitude («2.5 тыс. изделий», «1.2 тыс. бегунов») is
# a quantity: never a day and a month (2 May, 1 February) taken for the event's day.
@pytest.mark.parametrize(
    ("text", "now"),
    [
        (
            "14 ноября ученики 6 класса побывали на хлебозаводе. Им показали, как выпекают"
            " батоны: за смену здесь производят 2.5 тыс. изделий. Ребята попробовали свежий"
            " хлеб и поблагодарили технологов.",
            "2024-11-18T12:00",
        ),
        (
            "В рамках профориентации 14 ноября была организована экскурсия на хлебозавод. На"
            " предприятии трудятся 1.2 тыс. человек. Ребята попробовали свежий хлеб.",
            "2024-11-18T12:00",
        ),
    ],
)
def test_a_decimal_quantity_is_no_date(text: str, now: str) -> None:
    got = _parse(text, now)
    assert got["start"] in (None, "2024-11-14")
    assert not got["choices"]


def test_a_dotted_date_before_pupils_stays_a_date() -> None:
    text = (
        "Внимание! 25.05 школьники нашей гимназии выступят на отчётном концерте в актовом"
        " зале. Приглашаем родителей и выпускников, вход свободный."
    )
    assert _parse(text, "2025-05-20T12:00")["start"] == "2025-05-25"


# A site's publication line with the weekday in full between its label and the day
# («Дата публикации: Среда, 3 апреля 2024 18:05») is when the item was posted, never the event.
def test_a_publication_line_with_its_weekday_is_no_event_day() -> None:
    text = (
        "Конкурс рисунков «Весна в моём городе»\n"
        "Дата публикации: Среда, 3 апреля 2024 18:05\n"
        "С 10 апреля по 30 апреля 2024 года школьники района могут прислать свои рисунки на"
        " конкурс. Итоги подведут в мае."
    )
    got = _parse(text, "2024-04-03T18:05")
    assert got["start"] == "2024-04-10"
    assert got["end"] == "2024-04-30"


# The start said as a step shared with a preparatory one («Старт и построение в 11:00») is
# the event's start: a desk's clock said before it («Регистрация в 9:30») is the desk's.
def test_a_start_shared_with_a_step_keeps_its_clock() -> None:
    text = (
        "Весенний кросс пройдёт 12.04.2025 в парке Победы. Регистрация команд в 9:30."
        " Старт и построение в 10:00. К участию приглашаются команды школ города."
    )
    assert _parse(text, "2025-04-08T12:00")["start"] == "2025-04-12T10:00"


# The last day's weekday in the genitive between «до» and the day («продлится до субботы,
# 14 июня») names the same day: the run's end, never another event's day.
def test_the_last_days_weekday_after_until_keeps_the_end() -> None:
    text = (
        "Выставка детских поделок откроется в библиотеке во вторник, 10 июня. Экспозиция"
        " продлится до субботы, 14 июня. Приглашаем школьников и их родителей."
    )
    got = _parse(text, "2025-06-05T12:00")
    assert got["start"] == "2025-06-10"
    assert got["end"] == "2025-06-14"


# A numeral counting weekdays («пройдут в три субботы») is how many days, never a clock
# («в три» = 15:00) set on the event's day.
def test_a_count_of_weekdays_is_no_clock() -> None:
    text = (
        "Мастер-классы для школьников пройдут в три субботы\n"
        "Первый мастер-класс по лепке состоится в субботу, 8 марта, в библиотеке на"
        " Садовой. Приглашаются ученики 1-4 классов, вход свободный."
    )
    got = _parse(text, "2025-03-03T12:00")
    assert got["start"] == "2025-03-08"


# «С <day> … проходит/работает» said after that day: a run going on since it, this year's day
# gone — never the same day a year ahead.
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "С 3 февраля в школьной библиотеке проходит выставка книг о космосе. Ребята"
            " знакомятся с историей полётов и рисуют ракеты. Все желающие могут прийти на"
            " выставку на переменах.",
            "2025-02-12T12:00",
            "2025-02-03",
        ),
        (
            "Со 2 октября в спортзале работает секция настольного тенниса для учеников 5-9"
            " классов. Занятия ведёт тренер спортивной школы, инвентарь выдают на месте.",
            "2024-10-09T12:00",
            "2024-10-02",
        ),
    ],
)
def test_a_run_told_in_the_present_since_a_day_gone_is_this_years(
    text: str, now: str, start: str
) -> None:
    assert _parse(text, now)["start"] == start


def test_a_run_that_will_open_keeps_the_year_ahead_rule() -> None:
    text = (
        "С 3 февраля в школьной библиотеке будет проходить выставка книг о космосе. Ребята"
        " смогут познакомиться с историей полётов. Приглашаем всех на переменах."
    )
    assert _parse(text, "2025-02-12T12:00")["start"] == "2026-02-03"


# Class letters in straight quotes («5 "А" и 5 "Б" классов») are the classes' marks: the mark
# closing one letter opens no quoted name, so « и 5 » is never the title.
def test_class_letters_in_straight_quotes_give_no_quoted_title() -> None:
    text = (
        '17 октября ученики 5 "А" и 5 "Б" классов посетили кондитерскую фабрику.'
        " Экскурсия по цехам была организована в рамках проекта «Профессии рядом». Ребятам"
        " показали, как делают зефир, и угостили свежей продукцией."
    )
    got = _parse(text, "2024-10-21T12:00")
    assert "и 5" not in str(got["title"])
    assert got["classes"] == ["5А", "5Б"]


# An anniversary in the genitive right after a square's or a park's noun («на площади
# 50-летия Октября», «в сквере 70-летия Победы») is the place's own name, kept with its noun.
@pytest.mark.parametrize(
    ("phrase", "venue"),
    [
        ("на площади 50-летия Октября", "площадь 50-летия Октября"),
        ("в сквере 70-летия Победы", "сквер 70-летия Победы"),
    ],
)
def test_an_anniversary_after_a_squares_noun_names_it(phrase: str, venue: str) -> None:
    text = (
        f"9 мая в 11:00 {phrase} начнётся митинг, посвящённый Дню Победы. Школьники прочтут"
        " стихи о войне, после митинга пройдёт концерт творческих коллективов."
    )
    assert _parse(text, "2025-05-05T12:00")["venue"] == venue


# A post whose head counts the events it announces («пройдут два концерта») gives each one's
# day: both are offered (`several_dates`), never one kept without a word.
def test_a_post_counting_its_events_offers_each_day() -> None:
    text = (
        "В районном центре пройдут два концерта для школьников\n"
        "В субботу, 12 апреля, в Доме культуры выступит детский хор «Капель». Начало в 12:00.\n"
        "В субботу, 19 апреля, в музыкальной школе пройдёт концерт духового оркестра."
        " Концерт начнётся в 15:00."
    )
    got = _parse(text, "2025-04-07T12:00")
    assert "several_dates" in got["doubts"]
    assert {c[:10] for c in got["choices"]} == {"2025-04-12", "2025-04-19"}


def test_a_count_of_days_is_no_count_of_events() -> None:
    text = (
        "Фестиваль детского творчества пройдёт два дня\n"
        "Фестиваль откроется в субботу, 12 апреля, в Доме культуры. Начало в 12:00. Гостей"
        " ждут мастер-классы и выступления творческих коллективов."
    )
    got = _parse(text, "2025-04-07T12:00")
    assert "several_dates" not in got["doubts"]


# A first line of plural kinds joined by «и» («Экскурсии и походы») is a site's category, as
# one joined by commas is: never the event's title.
def test_a_category_joined_by_and_is_no_heading() -> None:
    text = (
        "Экскурсии и походы\n"
        "Туристический клуб школы организует для учеников 7-8 классов походы выходного дня."
        " С 14 мая стартует весенний туристический слёт, который продлится до 16 мая."
        " Участникам нужно взять спальник и удобную обувь."
    )
    got = _parse(text, "2025-05-05T12:00")
    assert got["title"] != "Экскурсии и походы"
    assert "слёт" in str(got["title"]).lower() or "слет" in str(got["title"]).lower()


# A court named by its level («районный суд», «в областном суде») is a place pupils visit;
# «на суд жюри» is no place.
def test_a_court_by_its_level_is_a_place() -> None:
    text = (
        "5 марта десятиклассники лицея посетили городской суд Заречного района. Судья"
        " рассказала о своей профессии, ребята побывали в зале судебных заседаний и"
        " задали вопросы о поступлении на юридический факультет."
    )
    got = _parse(text, "2025-03-07T12:00")
    assert "городской суд Заречного района" in str(got["venue"])


def test_the_judges_verdict_is_no_place() -> None:
    text = (
        "12 марта в актовом зале гимназии пройдёт конкурс чтецов. Участники представят на"
        " суд жюри стихи о весне, победителей наградят грамотами."
    )
    got = _parse(text, "2025-03-07T12:00")
    assert "суд" not in str(got["venue"])
