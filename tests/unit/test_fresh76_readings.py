"""Readings behind the misses of tests/data/real_posts_broad37.jsonl at first sight
(tests/data/fresh76.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

import pytest

from tests.title_probe import parsed as _parse

# a hashtag is a label glued into one word: its verbs («поможем», «сделаем», «уберём») tell
# no tense, so a report's day written beside one stays this year's (told in the past)
_TAGGED_REPORTS = [
    (
        "С 1 по 28 сентября в школе действовала акция «Твори добро» под девизом "
        "#Поможем_четвероногому_другу.",
        "2021-09-30T12:00",
        "2021-09-01",
        "2021-09-28",
    ),
    (
        "20 сентября ученики 7 класса провели субботник на пришкольном участке "
        "#Сделаем_двор_чище #ДобрыеДела",
        "2021-09-24T12:00",
        "2021-09-20",
        None,
    ),
    (
        "12 марта в библиотеке прошла встреча с поэтом #Почитаем_вместе. Ребята читали стихи.",
        "2024-03-15T12:00",
        "2024-03-12",
        None,
    ),
]


@pytest.mark.parametrize(("text", "now", "start", "end"), _TAGGED_REPORTS)
def test_a_hashtag_tells_no_tense(text: str, now: str, start: str, end: str | None) -> None:
    got = _parse(text, now)
    assert (got["start"], got["end"]) == (start, end), got
    assert "past" in got["doubts"], got


def test_a_report_told_ahead_beside_a_hashtag_stays_ahead() -> None:
    # the sentence's own verb says the days lie ahead: a year ahead stays the reading
    got = _parse("С 1 по 28 сентября в школе будет идти акция #Поможем_другу", "2021-09-30T12:00")
    assert got["start"] == "2022-09-01", got


# hashtags closing the event's sentence are labels, never part of the event's name
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "С 1 по 28 сентября в школе прошла неделя добра #СделаемМирДобрее #ДобрыеДела",
            "Неделя добра",
        ),
        ("20 октября в школе пройдёт субботник #Уберём_двор", "Субботник"),
        (
            "В субботу 20 ноября в 12:00 в библиотеке пройдёт квиз «Знатоки» #библиотека #квиз",
            "Квиз «Знатоки»",
        ),
    ],
)
def test_closing_hashtags_leave_the_title(text: str, title: str) -> None:
    assert _parse(text, "2021-09-30T12:00")["title"] == title


# «в помощь» + the dative: what an action or a fair is for, as «в поддержку» + the genitive
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "С 16 по 20 ноября школа провела акцию в помощь бездомным животным.",
            "Акция в помощь бездомным животным",
        ),
        (
            "В субботу в школе пройдёт ярмарка в помощь детскому дому.",
            "Ярмарка в помощь детскому дому",
        ),
        (
            "В пятницу в библиотеке пройдёт сбор вещей в помощь семьям участников СВО.",
            "Сбор вещей в помощь семьям участников СВО",
        ),
    ],
)
def test_a_purpose_in_the_dative_stays_in_the_title(text: str, title: str) -> None:
    assert _parse(text, "2020-12-07T12:00")["title"] == title


def test_a_purpose_in_the_genitive_is_kept_as_before() -> None:
    got = _parse("С 16 по 20 ноября в школе прошла акция в поддержку бойцов.", "2020-12-07T12:00")
    assert got["title"] == "Акция в поддержку бойцов", got


# a plan's, a statute's or a decree's date («… на II квартал (от 25.06.2025 г.)», «положение
# о конкурсе от …», «согласно указу от …») is the day the document was signed, never an event
_QUEST = (
    "\n27 октября в пятницу в детской библиотеке прошёл осенний квест для читателей. "
    "Ребята разгадывали загадки."
)


@pytest.mark.parametrize(
    "head",
    [
        "Утвержден план мероприятий на II квартал 2025 года (от 25.06.2025 г.)",
        "Обновлено положение о конкурсе (от 25.06.2025 г.)",
        "Согласно указу от 12.05.2026 г. в районе проходит месячник чтения.",
    ],
)
def test_a_documents_date_is_not_the_event(head: str) -> None:
    got = _parse(head + _QUEST, "2017-10-30T12:00")
    assert got["start"] == "2017-10-27", got


def test_a_day_planned_from_a_date_stays_the_event() -> None:
    # «запланированы встречи от 5 ноября»: a word of planning, no document's name
    got = _parse(
        "В библиотеке запланированы встречи от 5 ноября. Ребята будут разгадывать загадки и "
        "читать книги вслух для младших.",
        "2017-10-30T12:00",
    )
    assert got["start"] == "2017-11-05", got


# an hour given to a theme is a kind of event, a library's and a school's staple: its name
# in quotes goes with it, never another noun of the post («чтение», «семейное чтение»)
_HOUR_TAIL = " Ребята узнали историю праздника и посмотрели фильм. Закончился час чтением стихов."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "30 ноября библиотека провела для учащихся 6 класса час памяти «Камнем стал».",
            "Час памяти «Камнем стал»",
        ),
        (
            "30 ноября в библиотеке прошёл познавательный час «Зимние забавы» для второклассников.",
            "Познавательный час «Зимние забавы»",
        ),
        (
            "30 ноября в сельском клубе для школьников прошёл час мужества «Герои Отечества».",
            "Час мужества «Герои Отечества»",
        ),
    ],
)
def test_an_hour_given_to_a_theme_is_a_kind(text: str, title: str) -> None:
    assert _parse(text + _HOUR_TAIL, "2023-12-01T12:00")["title"] == title


def test_an_hour_of_duration_is_no_kind() -> None:
    got = _parse(
        "Соревнования продлятся около часа. 30 ноября в спортзале прошла эстафета для 3 классов."
        + _HOUR_TAIL,
        "2023-12-01T12:00",
    )
    assert got["title"] == "Эстафета", got


# an animal shelter is a place: volunteers visit it, hand things over in it
_SHELTER_TAIL = " Ребята передали корм, пледы и лекарства. Администрация благодарит всех."


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "7 октября волонтёрский отряд посетил приют «Лохматая душа». Акция «Добро» была "
            "объявлена в нашей школе.",
            "приют «Лохматая душа»",
        ),
        ("7 октября школьники побывали в приюте для бездомных собак.", "приют"),
        ("В субботу в 11:00 волонтёры едут в приют «Верный друг».", "приют «Верный друг»"),
    ],
)
def test_a_shelter_is_a_place(text: str, venue: str) -> None:
    assert _parse(text + _SHELTER_TAIL, "2025-10-08T12:00")["venue"] == venue


def test_sheltering_is_no_place() -> None:
    got = _parse(
        "Семья приютила котёнка. 7 октября в школе прошла акция «Добрые сердца»." + _SHELTER_TAIL,
        "2025-10-08T12:00",
    )
    assert got["venue"] == "школа", got


# a chat line's school place with a lower-case adjective before it («в школьной
# библиотеке», «на школьном стадионе»): the adjective goes with the place, none is left
# dangling in the title
@pytest.mark.parametrize(
    ("text", "venue", "title"),
    [
        ("В пятницу в 12:00 в школьной библиотеке урок мужества.", "библиотека", "Урок мужества"),
        ("Урок мужества в пятницу в 12:00 в школьной библиотеке.", "библиотека", "Урок мужества"),
        ("Во вторник на школьном стадионе пройдёт эстафета для 3 классов.", "стадион", "Эстафета"),
        (
            "В среду в 15:00 в школьной столовой мастер-класс по выпечке.",
            "столовая",
            "Мастер-класс по выпечке",
        ),
    ],
)
def test_a_school_places_adjective_leaves_the_title(text: str, venue: str, title: str) -> None:
    got = _parse(text, "2023-12-01T12:00")
    assert (got["venue"], got["title"]) == (venue, title), got


# a day closing its sentence, the full stop taken with the date, is told in its own sentence:
# a later sentence of what the host does in the present («Клуб часто проводит турниры»)
# never makes a report's day a year ahead
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Турнир по шашкам «Белая ладья» прошёл в клубе 12 марта. Клуб часто проводит "
            "турниры для детей.",
            "2025-03-12",
            None,
        ),
        (
            "Акция «Добрые крышечки» прошла в школе с 1 по 5 марта. Школа регулярно собирает "
            "крышечки.",
            "2025-03-01",
            "2025-03-05",
        ),
        (
            "В гимназии с 3 по 8 февраля прошла неделя чтения «Книжный марафон». Гимназия "
            "ежегодно проводит такие недели.",
            "2025-02-03",
            "2025-02-08",
        ),
    ],
)
def test_a_days_full_stop_keeps_it_in_its_sentence(text: str, start: str, end: str | None) -> None:
    got = _parse(text, "2025-03-20T12:00")
    assert (got["start"], got["end"]) == (start, end), got


def test_a_day_ahead_before_a_present_sentence_stays_ahead() -> None:
    got = _parse(
        "Акция «Добрые крышечки» пройдёт в школе с 1 по 5 апреля. Школа регулярно собирает "
        "крышечки.",
        "2025-03-20T12:00",
    )
    assert (got["start"], got["end"]) == ("2025-04-01", "2025-04-05"), got
