"""Readings behind the misses of tests/data/real_posts_broad11.jsonl at first sight
(tests/data/fresh42.md), each checked in other words than the set's posts."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parsed(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


_TWO_DAYS = (
    "Открытые занятия в обсерватории\n\n15 марта в городе пройдет День астрономии\n\n"
    "Занятия для школьников пройдут в обсерватории университета. "
    "Занятия состоятся 15 и {second} марта, сообщает пресс-служба."
)


def test_two_days_a_week_apart_are_two_dates_not_a_span() -> None:
    got = _parsed(_TWO_DAYS.format(second=22), "2025-03-10T10:00")
    assert (got["start"], got["end"]) == ("2025-03-15", None)


def test_two_days_in_a_row_stay_a_span() -> None:
    got = _parsed(_TWO_DAYS.format(second=16), "2025-03-10T10:00")
    assert (got["start"], got["end"]) == ("2025-03-15", "2025-03-16")


def test_hours_allotted_to_the_work_are_a_length_not_a_clock_time() -> None:
    for said in ("На выполнение заданий отводится три часа.", "На тест отведено 2 часа."):
        got = _parsed(f"Экзамен по химии пройдет 24 апреля. {said}", "2019-04-20T12:00")
        assert got["start"] == "2019-04-24", said


def test_hours_with_a_clock_preposition_stay_a_time() -> None:
    got = _parsed("Экзамен по химии пройдет 24 апреля в три часа.", "2019-04-20T12:00")
    assert got["start"] == "2019-04-24T15:00"


def test_today_opening_beats_a_later_results_day() -> None:
    text = (
        "Сегодня в районной библиотеке открывается выставка-конкурс поделок «Мастерская "
        "зимы». Работы представили ученики школ района. Победителей объявят 20 января."
    )
    got = _parsed(text, "2025-01-10T09:00")
    assert got["start"] == "2025-01-10"


def test_a_results_day_alone_is_still_read() -> None:
    text = "Выставка-конкурс поделок в библиотеке. Победителей объявят 20 января."
    got = _parsed(text, "2025-01-10T09:00")
    assert got["start"] == "2025-01-20"


_HEADLINE_THEN_NAME = (
    "В Казани пройдет турнир по программированию для школьников\n\n"
    "В технопарке 21 ноября состоится турнир по программированию {name} для учеников "
    "7–11 классов. Начало в 10:00."
)


def test_a_headline_title_takes_the_latin_name_the_body_gives_its_phrase() -> None:
    got = _parsed(_HEADLINE_THEN_NAME.format(name="Code Battle"), "2025-11-17T10:00")
    assert "code battle" in str(got["title"]).lower()


def test_a_headline_title_takes_the_quoted_name_the_body_gives_its_phrase() -> None:
    text = (
        "В музее пройдет встреча с авторами детского журнала\n\n"
        "В краеведческом музее 12 мая состоится встреча с авторами городского детского "
        "журнала «Колокольчик». Начало в 14:00."
    )
    got = _parsed(text, "2025-05-05T10:00")
    assert "«колокольчик»" in str(got["title"]).lower()


def test_another_phrase_ending_in_the_same_word_lends_no_name() -> None:
    text = (
        "В Доме культуры пройдет конкурс юных исполнителей песни\n\n"
        "Конкурс юных исполнителей песни состоится 3 марта в 12:00. Прошлой осенью "
        "наш хор победил на конкурсе хоровой песни «Звонкие голоса»."
    )
    got = _parsed(text, "2025-02-25T10:00")
    assert "звонкие голоса" not in str(got["title"]).lower()


def test_a_name_given_in_the_next_sentence_joins_the_kind() -> None:
    text = (
        "Праздник для первоклассников 3 октября пройдет в библиотеке семейного чтения. "
        "Его назвали «Здравствуй, книжкин дом». Начало в 12:00."
    )
    got = _parsed(text, "2025-09-29T10:00")
    assert "«здравствуй, книжкин дом»" in str(got["title"]).lower()


def test_a_name_given_to_a_later_unrelated_thing_is_not_taken() -> None:
    text = (
        "Праздник для первоклассников 3 октября пройдет в библиотеке семейного чтения. "
        "Библиотеку открыли в 1965 году. Позже её назвали «Читай-город». Начало в 12:00."
    )
    got = _parsed(text, "2025-09-29T10:00")
    assert "читай-город" not in str(got["title"]).lower()


def test_adjectives_listed_with_commas_keep_the_name_after_their_noun() -> None:
    text = (
        "Открытый конкурс детского, юношеского и семейного декоративного творчества "
        "«Северное сияние» пройдет в Доме культуры 14 февраля."
    )
    got = _parsed(text, "2025-02-10T10:00")
    assert "«северное сияние»" in str(got["title"]).lower()


def test_a_live_broadcast_is_the_medium_not_the_event() -> None:
    text = (
        "Онлайн-встречи с краеведами пройдут в прямом эфире на сайте музея. "
        "Первая виртуальная встреча пройдет 12 ноября в 18:00 на сайте музея."
    )
    got = _parsed(text, "2025-11-05T10:00")
    assert "эфир" not in str(got["title"]).lower()
    assert "встреч" in str(got["title"]).lower()


def test_a_live_broadcast_announced_as_such_keeps_its_kind() -> None:
    got = _parsed("Прямой эфир с директором музея состоится 12 ноября в 18:00.", "2025-11-05T10:00")
    assert "эфир" in str(got["title"]).lower()


def test_a_breadcrumb_line_ending_in_the_items_moment_is_a_stamp() -> None:
    text = (
        "Городской совет > Новости > 11-03-2019, 09:47\n\n"
        "16 марта в 12 часов в библиотеке семейного чтения пройдет праздник «Книжкины именины»."
    )
    got = _parsed(text, "2019-03-11T09:47")
    assert got["start"] == "2019-03-16T12:00"
