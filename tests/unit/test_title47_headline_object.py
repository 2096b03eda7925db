"""The event is what the headline's verb shows or holds (round 47, tests/data/title47.md).

A news page's headline is one clause: "В планетарии покажут «Тайны Марса»", "Три концерта
джаза проведёт филармония". Its verb of showing or holding governs the thing the whole post
is about (the accusative object of a transitive verb: покажут, проведёт, устроят,
организуют). The body then lists what else happens the same days (an exhibition's opening,
a lecture, a film); the reader takes the headline's object as the event:

- when the object is a kind of event ("концерты джаза"), it is the title even though a
  body sentence dates another event of the same day;
- when the object names no kind ("покажут путешествие к кольцам Сатурна"), it is the name
  of a work, and the body's kind whose quoted name holds those words is the event.

Sentences written for the reading; none is a tuned post."""

from __future__ import annotations

from datetime import datetime

from tests.title_probe import card_title

NOW = datetime.fromisoformat("2026-03-02T10:00")


def test_the_headlines_object_kind_beats_an_opening_dated_in_the_body() -> None:
    text = (
        "Три концерта старинной музыки проведёт краеведческий музей\n\n"
        "В марте музей приглашает школьников на концерты старинной музыки в своём зале.\n\n"
        "В четверг, 5 марта, в музее состоится открытие выставки «Город мастеров». "
        "Начало концертов в 18:00."
    )
    title = card_title(text, NOW)
    assert "музык" in title.lower(), title
    assert "выставк" not in title.lower(), title


def test_a_headline_object_with_no_kind_names_the_body_programme_holding_it() -> None:
    text = (
        "В городском планетарии покажут путешествие к кольцам Сатурна\n\n"
        "Планетарий подготовил программы на весенние каникулы.\n\n"
        "7 и 8 марта для младших школьников пройдёт мультфильм «Звёздный котёнок» и лекция "
        "«Как устроена Луна». Для старших – полнокупольная программа «Путешествие к кольцам "
        "Сатурна» и лекция «Кометы»."
    )
    title = card_title(text, NOW)
    assert "сатурн" in title.lower(), title


def test_a_headline_with_no_verb_of_showing_changes_nothing() -> None:
    # the headline reports a visit, no object shown or held: the dated sentence's event stays
    text = (
        "Школьники побывали в планетарии\n\n"
        "Ученики 5 «А» класса посмотрели программу «Кольца Сатурна». А 12 марта в школе "
        "пройдёт лекция «Как устроена Луна»."
    )
    title = card_title(text, NOW)
    assert "луна" in title.lower(), title


def test_a_headline_object_of_another_kind_than_the_body_part_keeps_the_whole() -> None:
    # the headline's object is the festival, the body's dated concert is its part: the
    # festival was already the title and stays it
    text = (
        "Фестиваль детского кино проведут в Твери\n\n"
        "Фестиваль детского кино «Зеркало» пройдёт в Твери с 10 по 14 марта. Торжественное "
        "открытие фестиваля состоится 10 марта в 17:00 в кинотеатре «Звезда»."
    )
    title = card_title(text, NOW)
    assert "фестивал" in title.lower(), title
    assert "Зеркало" in title, title


def test_a_lone_kind_word_in_the_headline_does_not_displace_a_named_event() -> None:
    # "экскурсии" alone (its audience is not part of a card's name) says less than the
    # named action the body dates: the name stays the title, with nothing appended
    text = (
        "Более ста музеев области проведут экскурсии для школьников\n\n"
        "Всероссийская акция «Ночь искусств» пройдёт с 3 по 5 ноября.\n\n"
        "Музеи проведут экскурсии для школьников в рамках акции «Ночь искусств»."
    )
    title = card_title(text, NOW)
    assert "Ночь искусств" in title, title
    assert "экскурс" not in title.lower(), title


def test_a_headline_kind_the_body_never_repeats_yields_to_the_body_named_event() -> None:
    # "спектакль" in the headline, "Постановка «…»" below: the body names the same event with
    # another word, so the headline's kind says less than the body's name
    text = (
        "Школьникам покажут спектакль о войне\n\n"
        "Постановка «Письма с фронта» пройдёт 9 мая в 12:00 в Доме культуры."
    )
    title = card_title(text, NOW)
    assert "Письма с фронта" in title, title


def test_an_item_dated_within_the_headlines_event_stays_the_title() -> None:
    # the dated sentence says its olympiad is held "в рамках фестиваля": the item with the
    # date is the card's event, the headline's festival its frame (as under a heading)
    text = (
        "В Твери проведут фестиваль науки\n\n"
        "В рамках фестиваля 12 марта пройдёт олимпиада «Юный физик» для 7-8 классов."
    )
    title = card_title(text, NOW)
    assert "Юный физик" in title, title
