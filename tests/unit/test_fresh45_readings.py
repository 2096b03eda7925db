"""Readings behind the misses of tests/data/real_posts_broad14.jsonl at first sight
(tests/data/fresh45.md), each checked in other words than the set's posts."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parsed(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


def test_a_number_counting_the_noun_after_it_is_no_hour() -> None:
    # "в 14 организаций", "в 3 школы": the number counts the noun in the genitive that follows
    # it (a genitive plural, or a genitive singular after 2–4), never a bare clock hour
    got = _parsed(
        "9 апреля пройдёт акция «Открытая лаборатория». Школьники смогут заглянуть "
        "в 14 организаций региона.",
        "2025-04-01T10:00",
    )
    assert got["start"] == "2025-04-09", got["start"]
    got = _parsed(
        "Выездной урок 9 апреля: лекторы приедут сразу в 3 школы района.",
        "2025-04-01T10:00",
    )
    assert got["start"] == "2025-04-09", got["start"]


def test_a_bare_hour_before_a_time_word_or_a_verb_stays_an_hour() -> None:
    got = _parsed("Концерт 9 апреля в 18 вечера в актовом зале.", "2025-04-01T10:00")
    assert got["start"] == "2025-04-09T18:00", got["start"]
    got = _parsed("Сбор 9 апреля в 10 пройдёт у главного входа.", "2025-04-01T10:00")
    assert got["start"] == "2025-04-09T10:00", got["start"]


def test_a_span_of_days_said_in_ordinal_words_is_a_span() -> None:
    # "с пятого по девятое октября": both days spelled as ordinal words, as "с 5 по 9 октября";
    # the first day is the start, never the last one read alone as a date
    got = _parsed(
        "С пятого по девятое октября в школах пройдёт неделя финансовой грамотности.",
        "2025-09-29T10:00",
    )
    assert (got["start"], got["end"]) == ("2025-10-05", "2025-10-09"), got
    got = _parsed(
        "Выставка рисунков пройдёт в библиотеке с двадцать восьмого февраля по третье марта.",
        "2025-02-20T10:00",
    )
    assert (got["start"], got["end"]) == ("2025-02-28", "2025-03-03"), got


def test_a_later_span_from_the_same_clock_gives_the_end() -> None:
    # "с 12:00 … Время проведения: с 12 до 16 часов": a span under a label of the event's time
    # that starts at the very clock the post already gave restates the start and adds its end
    got = _parsed(
        "14 мая с 12:00 в сквере у библиотеки пройдёт книжный развал. "
        "Время проведения: с 12 до 16 часов.",
        "2025-05-05T10:00",
    )
    assert (got["start"], got["end"]) == ("2025-05-14T12:00", "2025-05-14T16:00"), got


def test_a_later_span_from_another_clock_gives_no_end() -> None:
    got = _parsed(
        "14 мая в 12:00 в сквере у библиотеки начнётся книжный развал. "
        "С 12 до 13 часов — мастер-класс для детей, с 13 до 15 часов — викторина.",
        "2025-05-05T10:00",
    )
    assert got["start"] == "2025-05-14T12:00", got
    assert got["end"] is None, got


def test_a_clock_of_a_weekly_programme_is_not_the_dated_days_time() -> None:
    # "10 марта откроется выставка. По субботам в 12:00 — экскурсии": the clock belongs to the
    # repeat's own sentence (a Saturday), not to the dated opening on a Monday
    got = _parsed(
        "10 марта в библиотеке откроется выставка детских рисунков. "
        "По субботам в 12:00 для посетителей проводятся экскурсии.",
        "2025-03-03T10:00",
    )
    assert got["start"] == "2025-03-10", got["start"]


def test_a_weekly_clock_in_the_dated_sentence_stays() -> None:
    got = _parsed(
        "С 10 марта по субботам в 12:00 в библиотеке проходят занятия клуба.",
        "2025-03-03T10:00",
    )
    assert str(got["start"]).endswith("T12:00"), got["start"]


def test_a_shop_is_a_place() -> None:
    # a supermarket or a shop is a place an event happens at, as a library is: "у супермаркета
    # «Лента» на проспекте Мира, 12" names the shop, its address after it
    got = _parsed(
        "22 апреля с 10:00 до 13:00 у супермаркета «Лента» на проспекте Мира, 12 школьники "
        "проведут ярмарку поделок.",
        "2025-04-15T10:00",
    )
    assert "лента" in str(got["venue"]).lower(), got["venue"]


def test_a_department_that_told_the_news_is_no_room_of_the_venue() -> None:
    # "— …, — рассказали в отделе массовых мероприятий библиотеки": the department is who
    # told the news (a verb of saying before «в»), never a room added to the event's venue
    got = _parsed(
        "С 14 по 16 ноября в Центральной городской библиотеке пройдёт фестиваль комиксов. "
        "— Фестиваль собирает гостей уже пятый год, — рассказали в отделе массовых "
        "мероприятий библиотеки. Гостей ждут встречи с художниками.",
        "2025-11-03T10:00",
    )
    assert "отдел" not in str(got["venue"]).lower(), got["venue"]
    assert "библиотека" in str(got["venue"]).lower(), got["venue"]


def test_a_quoted_name_opening_with_a_place_noun_after_v_is_the_place() -> None:
    # "приносить в «Дом детского творчества» по адресу: …": the quoted name after a place's
    # preposition opens with its place noun; it is the place, its address after it
    got = _parsed(
        "С 20 по 30 апреля школьники собирают книги для сельских библиотек. Книги можно "
        "приносить в «Дом детского творчества» по адресу: г. Курск, ул. Ленина, 5, кабинет 3. "
        "Лучших участников наградят.",
        "2025-04-15T10:00",
    )
    assert "дом детского творчества" in str(got["venue"]).lower(), got["venue"]
