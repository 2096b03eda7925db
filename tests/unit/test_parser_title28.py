"""Concise titles on unseen real posts (round 28): a place in an oblique case is never a
title, a «№ N.» ends its sentence like any full stop, a headline's abbreviation spelled out in
the body names the event, and a set of events held for an occasion the headline announces is
named by it. Posts written for each rule as schools, parks and federations write them, not
copied from a corpus."""

from __future__ import annotations

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.sentences import sentences
from bot.core.language.title_place import is_place_fragment
from tests.title_probe import NOW, card_title


@pytest.mark.parametrize(
    "text",
    [
        # the whole message is its day, its time and where: no name of an event is written
        "20 декабря в 12:00 на Славянском бульваре.",
        "Воскресенье, 20 декабря, 12:00, на Пушкинской площади.",
        "20 декабря в 12:00 — на Театральной площади. Приглашаем всех!",
    ],
)
def test_a_place_in_the_prepositional_is_never_the_title(text: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert got["intent"] == "event", got
    title = got["title"].lower()
    # the place may be the venue, never the event's name; the name is asked instead
    assert "бульваре" not in title, got
    assert "площади" not in title, got
    assert got["venue"] in {"Славянский бульвар", "Пушкинская площадь", "Театральная площадь"}, got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # a long post opening with where: the first sentence is no name
            "В Центральном парке. 20 декабря в 12:00 соберутся жители района. Приходите "
            "всей семьёй, будет весело и интересно, вход свободный!",
            "парке",
        ),
        (  # a headline that is only where
            "На Театральной площади\n20 декабря в 12:00 соберутся жители района. Будет "
            "весело и интересно, вход свободный!",
            "площади",
        ),
    ],
)
def test_a_long_posts_place_is_never_its_title(text: str, place: str) -> None:
    assert place not in card_title(text).lower()


def test_a_headline_place_leaves_the_kind_below_to_name_the_event() -> None:
    text = (
        "На Театральной площади\n20 декабря в 12:00 пройдёт праздник двора. Будет весело "
        "и интересно, вход свободный!"
    )
    assert card_title(text) == "Праздник двора"


@pytest.mark.parametrize(
    ("phrase", "place"),
    [
        ("Славянском бульваре", True),
        ("на Театральной площади", True),
        ("Театральной площади. всех", True),
        ("в Центральном парке", True),
        # an event noun, a quoted name, a nominative head or a topic's «о» are no bare place
        ("Концерт на Славянском бульваре", False),
        ("Ёлка в Центральном парке", False),
        ("«На Славянском бульваре»", False),
        ("Площади города", False),
        ("О космосе", False),
        ("Пушкинская площадь", False),
    ],
)
def test_a_place_fragment_is_told_by_its_case(phrase: str, place: bool) -> None:
    assert is_place_fragment(phrase) is place


def test_a_number_without_its_sign_still_ends_a_sentence() -> None:
    text = "Лекция памяти В. И. Иванова в кабинете 12. Вход свободный."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Лекция памяти В. И. Иванова в кабинете 12",
        "Вход свободный.",
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # one chat line (the «№ 2.» ends no sentence): its time adverb went with the verb
            "Конкурс по чтению снова пройдёт 17 декабря в 15:00 в актовом зале лицея № 2. "
            "Приглашаются учащиеся 5–7 классов.",
            "Конкурс по чтению",
        ),
        (  # the next sentence opens with its verb: who comes, not the name
            "Весенние старты 17 декабря в 10:00 в спортзале гимназии № 3. Участвуют сборные "
            "5–6 классов.",
            "Весенние старты",
        ),
    ],
)
def test_a_chat_lines_verb_leaves_nothing_of_its_clause_in_the_title(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Как пройдут последние звонки\n"
            "24 мая в 9:00 в школах города пройдут торжественные линейки, посвящённые "
            "последнему звонку. Выпускникам вручат памятные ленты.",
            "Последний звонок",
        ),
    ],
)
def test_a_set_held_for_the_headlines_occasion_is_named_by_it(text: str, title: str) -> None:
    assert card_title(text) == title


def test_an_occasion_written_small_without_the_headline_keeps_the_kind() -> None:
    # nothing above announces the occasion: a common noun after the participle is the topic
    text = (
        "24 мая в 9:00 в школах города пройдут торжественные линейки, посвящённые "
        "последнему звонку. Выпускникам вручат памятные ленты."
    )
    assert card_title(text).startswith("Торжественные линейки")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the initials of the body's words, in the genitive there, are the headline's
            "Пройдут ВСИ\n15 декабря в 10:00 на стадионе «Труд» состоятся соревнования "
            "школьников. В программе Всероссийских спортивных игр бег, прыжки и метание мяча. "
            "Участвуют сборные 7–9 классов.",
            "Всероссийские спортивные игры (ВСИ)",
        ),
        (  # a hyphenated word gives an initial for each part
            "В школе пройдёт НПК\n18 декабря в 14:00 в актовом зале состоится конференция. "
            "Научно-практическая конференция школьников соберёт лучшие работы учащихся "
            "8–11 классов.",
            "Научно-практическая конференция школьников (НПК)",
        ),
        (  # a name in capitals that a dash below equates with a kind of event
            "Стартует РОБОФЕСТ\n16 декабря в 10:00 в технопарке «Кванториум» начнётся "
            "региональный отборочный этап. Участвуют команды 5–11 классов. РОБОФЕСТ — "
            "всероссийский робототехнический фестиваль.",
            "Фестиваль РОБОФЕСТ",
        ),
        (  # the body already brackets the abbreviation after its spelled-out form
            "В Омске пройдут ВСИ\n14–16 марта в спорткомплексе «Иртыш» команды школ встретятся "
            "снова. Военно-спортивные игры (ВСИ) проводятся для юнармейцев 8–11 классов.",
            "Военно-спортивные игры (ВСИ)",
        ),
    ],
)
def test_a_headlines_abbreviation_spelled_out_below_names_the_event(text: str, title: str) -> None:
    assert card_title(text) == title


def test_an_abbreviation_never_spelled_out_leaves_the_kind() -> None:
    # no words below have its initials: the dated sentence's kind names the event
    text = (
        "Пройдут ВСИ\n15 декабря в 10:00 на стадионе «Труд» состоятся соревнования по "
        "лёгкой атлетике. Участвуют сборные 7–9 классов, вход свободный."
    )
    assert card_title(text) == "Соревнования по лёгкой атлетике"


def test_a_headline_in_capitals_names_no_abbreviation() -> None:
    text = (
        "СТАРТУЕТ ШКОЛЬНЫЙ ЭТАП\n15 декабря в 10:00 в кабинете 21 начнётся школьный этап "
        "олимпиады по физике. Участвуют учащиеся 7–11 классов."
    )
    assert "олимпиады по физике" in card_title(text).lower()
