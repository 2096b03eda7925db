"""title74: the event a post is about read in its start's clause — on the date-less «begun
today» path too; counts and «из» in its complements; «в/на» + accusative after a verbal noun
of going or joining; a phrase too long for a title cut at its quoted name. Sentences written
for the test (tests/data/title74.md), none from a post."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import EventIntent, parse_message
from bot.core.language.title_held import held_event, held_title

NOW = datetime.fromisoformat("2026-12-01T10:00")  # school wall clock, as the parser reads it


def _title(text: str) -> str:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    return intent.draft.title


def _held(sentence: str) -> str | None:
    return held_event(sentence, (0, len(sentence) - 1))


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        (
            "Смена для 400 школьников из Мариуполя стартовала в петербургском лагере.",
            "Смена для 400 школьников из Мариуполя",
        ),
        (
            "Турнир среди 12 команд из школ района прошёл в спортзале.",
            "Турнир среди 12 команд из школ района",
        ),
        (
            "Открылась ярмарка для 30 мастеров из соседних сёл.",
            "Ярмарка для 30 мастеров из соседних сёл",
        ),
    ],
)
def test_a_count_and_from_in_the_held_phrase(sentence: str, held: str) -> None:
    """A count before a plural genitive («для 400 школьников») and «из» + genitive are the
    event's complements: the subject before its verb is read through them."""
    assert _held(sentence) == held


def test_a_day_after_ko_is_no_count() -> None:
    """«ко 2 мая»: a day (a singular month), not a count; the phrase stops before it."""
    assert _held("Концерт ко 2 мая пройдёт в актовом зале.") is None


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("Церемония вступления в Юнармию прошла в парке Победы.", "Церемония вступления в Юнармию"),
        (
            "В субботу пройдёт праздник посвящения в читатели школьной библиотеки.",
            "Праздник посвящения в читатели школьной библиотеки",
        ),
        (
            "Торжественная церемония приёма в Российское движение детей и молодёжи состоится "
            "в пятницу.",
            "Торжественная церемония приёма в Российское движение детей и молодёжи",
        ),
    ],
)
def test_what_one_joins_belongs_to_the_name(sentence: str, held: str) -> None:
    """«в» + accusative after a verbal noun of joining is what one joins: the name's."""
    assert _held(sentence) == held


def test_a_long_phrase_is_cut_at_its_name() -> None:
    """The whole phrase is longer than 80 characters: it ends at its quoted name, not at a
    purpose cut short («… для подготовки школьников к региональной олимпиаде»)."""
    sentence = (
        "В лагере стартовала профильная смена «Юный химик» для подготовки школьников к "
        "региональной олимпиаде по химии и биологии."
    )
    assert _held(sentence) == "Профильная смена «Юный химик»"


def test_a_short_phrase_keeps_its_tail() -> None:
    """Within 80 characters the whole phrase stays, its name inside."""
    sentence = "В лагере стартовала смена «Юный химик» для школьников из сельских школ."
    assert _held(sentence) == "Смена «Юный химик» для школьников из сельских школ"


def test_the_headline_names_what_the_event_prepares_for() -> None:
    """The headline names the olympiad; the start's clause holds a session whose own name
    comes before the olympiad it prepares for: the session (смена) is the event."""
    text = (
        "Школьники готовятся к областной олимпиаде\n"
        "На базе лицея стартовала профильная смена «Физика без границ» для подготовки к "
        "областной олимпиаде."
    )
    start = text.index("На базе")
    got = held_title(text, (start, len(text) - 1), "Областная олимпиада")
    assert got == "Профильная смена «Физика без границ» для подготовки к областной олимпиаде"


def test_the_headline_naming_the_event_keeps_it() -> None:
    """The title stands in the headline and nowhere after the held event's name: kept."""
    text = (
        "Областная олимпиада по физике\n"
        "На базе лицея стартовала профильная смена «Физика без границ» для старшеклассников."
    )
    start = text.index("На базе")
    got = held_title(text, (start, len(text) - 1), "Областная олимпиада по физике")
    assert got == "Областная олимпиада по физике"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Осенняя смена для 200 школьников из Курской области стартовала в лагере «Орлёнок». "
            "Об этом 30 ноября сообщили в пресс-службе министерства. В программе смены "
            "мастер-классы, турниры и экскурсии.",
            "Осенняя смена для 200 школьников из Курской области",
        ),
        (
            "Зимняя смена для 150 ребят из сельских школ открылась в лагере «Солнечный». Как "
            "сообщили 30 ноября в департаменте, в программе мастер-классы.",
            "Зимняя смена для 150 ребят из сельских школ",
        ),
    ],
)
def test_begun_today_reads_the_begun_event(text: str, wanted: str) -> None:
    """A post with no day of its event, a day of the report only: the event begun today is
    the subject of «стартовала», not an item of its programme."""
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    assert "begun_today" in intent.draft.doubts
    assert intent.draft.title == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "14 декабря в 12:00 пройдёт церемония вступления в Российское движение детей и "
            "молодёжи «Движение первых» для учащихся 5-х классов нашей школы. Приглашаются "
            "родители.",
            "Церемония вступления в Российское движение детей и молодёжи «Движение первых»",
        ),
        (
            "Приглашаем учеников 5-х классов на квест в библиотеку 14 декабря в 14:00. "
            "Участников ждут загадки и призы. Справки по телефону.",
            "Квест",
        ),
    ],
)
def test_destination_kept_after_joining_cut_after_a_quest(text: str, wanted: str) -> None:
    """«вступления в …» keeps what one joins; «на квест в библиотеку»: the library is where
    one is invited (the venue), not the quest's name."""
    assert _title(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "14 декабря в 12:00 в актовом зале пройдёт финал всероссийского конкурса "
            "Знание.Лектор. Приглашаем всех желающих.",
            "Финал всероссийского конкурса «Знание.Лектор»",
        ),
        (
            "14 декабря стартует просветительский марафон Знание.Первые для школьников. "
            "Подробности у классных руководителей.",
            "Просветительский марафон «Знание.Первые»",
        ),
    ],
)
def test_a_name_with_a_point_inside_is_whole(text: str, wanted: str) -> None:
    """«Знание.Лектор»: two capitalised parts joined by a point with no space are one name,
    never cut at the point."""
    assert _title(text) == wanted


def test_a_sentence_point_without_a_space_joins_nothing() -> None:
    """«в школе.Завтра»: a lower-case word before the point is no name's part."""
    assert "«" not in _title(
        "Финал конкурса прошёл в школе.Завтра пройдёт награждение 14 декабря в 12:00."
    )


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "На празднике Иван Петров прочитает стихи. Праздник пройдёт 14 декабря в 12:00 в "
            "актовом зале.",
            "Праздник",
        ),
        (
            "На концерте Анна Смирнова исполнит романсы. Концерт состоится 14 декабря в 18:00 в "
            "актовом зале.",
            "Концерт",
        ),
        (
            "На концерте Анна Смирнова исполнит романсы. Приходите 14 декабря в 18:00 в актовый "
            "зал.",
            "Концерт",
        ),
        ("Концерт Анна Смирнова и друзья 14 декабря в 18:00 в актовом зале.", None),
        ("Встреча с писателем Иваном Петровым 14 декабря в 15:00 в библиотеке.", None),
    ],
)
def test_a_person_after_a_kind_in_the_locative_is_no_name(text: str, wanted: str | None) -> None:
    """«На празднике Иван Петров прочитает …»: the person is the next verb's subject; a
    kind in the nominative or a person it governs keeps its words (None: as written)."""
    title = _title(text)
    if wanted is None:
        assert title == text.split(" 14 декабря")[0]
    else:
        assert title == wanted
