"""Readings behind the misses of tests/data/real_posts_broad12.jsonl at first sight
(tests/data/fresh43.md), each checked in other words than the set's posts."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parsed(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


def test_a_name_closed_off_by_a_dash_before_a_verb_is_not_the_kind_s_name() -> None:
    # "«X» - состоится Y": the dash closes an inserted phrase and a verb announces Y; only
    # "«X» – это Y" (no verb between) equates the name with the kind
    got = _parsed(
        "15 мая во всех школах района, участниках проекта «Цифровая школа» - состоится "
        "Единый день открытых уроков. Подробности на сайте.",
        "2024-05-08T10:00",
    )
    assert got["title"] == "Единый день открытых уроков", got["title"]


def test_a_name_equated_with_the_kind_by_a_dash_stays_its_name() -> None:
    got = _parsed(
        "«Библионочь» – это большой праздник чтения. Праздник пройдёт 20 апреля в 18:00 "
        "в центральной библиотеке.",
        "2024-04-15T10:00",
    )
    assert "Библионочь" in str(got["title"]), got["title"]


def test_a_kind_word_used_as_an_adjective_brings_the_noun_it_qualifies() -> None:
    # "празднование юбилейного туристического сезона": "юбилейного" qualifies "сезона", so
    # the phrase is the noun's ("Юбилейный туристический сезон"), never a bare adjective
    got = _parsed(
        "1 июня начнётся празднование юбилейного туристического сезона на городской "
        "набережной. Вход свободный.",
        "2024-05-25T10:00",
    )
    assert "сезон" in str(got["title"]).lower(), got["title"]


def test_a_long_place_name_keeps_the_person_it_is_named_after() -> None:
    # the chain of genitives may be long; "им." always takes the name after it
    got = _parsed(
        "14 ноября в 15:00 в зале Дома культуры и народного творчества им. А.С. Попова "
        "пройдёт встреча с инженерами.",
        "2024-11-10T10:00",
    )
    assert str(got["venue"]).endswith("им. А.С. Попова"), got["venue"]


def test_an_address_or_a_contact_after_a_kind_is_no_subject_of_it() -> None:
    # "конкурс по математике" has a subject; "конкурса по адресу …", "… по телефону",
    # "… по ссылке" tell where to send or call, never what the event is about
    for tail in ("по адресу: ул. Ленина, 5", "по адресу электронной почты", "по телефону 22-33-44"):
        got = _parsed(
            f"Заявки направляются в оргкомитет городского фестиваля {tail}. Фестиваль пройдёт "
            "20 мая в Доме культуры.",
            "2024-05-10T10:00",
        )
        assert "по " not in str(got["title"]), (tail, got["title"])


def test_a_place_s_own_name_of_two_capitalised_words_stays_whole() -> None:
    # "в парке Строганова Дача": a possessive and a capitalised noun mid-sentence are one name
    got = _parsed(
        "В парке Строганова Дача состоится праздник «Мой двор», посвящённый Дню России.\n\n"
        "12.06.2024 года в 12.00 часов.",
        "2024-06-05T10:00",
    )
    assert str(got["venue"]).endswith("Строганова Дача"), got["venue"]


def test_people_after_an_opening_are_not_what_is_opened() -> None:
    # "В день открытия школьников будут пускать бесплатно": "школьников" is the object of
    # "пускать"; an opening or a closing opens a season, a show or a place, never people
    got = _parsed(
        "1 декабря в парке открывается сезон катка. В день открытия школьников будут пускать "
        "бесплатно. Начало в 12:00.",
        "2024-11-25T10:00",
    )
    assert "школьник" not in str(got["title"]).lower(), got["title"]
