"""title76: which event a post is about when its title names another thing of the post —
a one-word title that is only a dependent of the event held (group G of title74's failures),
a named day that is the occasion of the event timed at noon, or that a sentence says is
observed (group F). Sentences written for the test (tests/data/title76.md), none from a
post."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import EventIntent, parse_message
from bot.core.language.sentences import sentences
from bot.core.language.title_held import held_title
from bot.core.language.title_occasion import occasion_event
from bot.core.language.title_timed import timed_event

NOW = datetime.fromisoformat("2026-12-01T10:00")  # school wall clock, as the parser reads it


def _title(text: str) -> str:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    return intent.draft.title


def _held_over(sentence: str, title: str) -> str:
    return held_title(sentence, (0, len(sentence) - 1), title)


@pytest.mark.parametrize(
    ("sentence", "title", "want"),
    [
        # the one-word title is the held event's dependent: the event is the held phrase
        (
            "С 5 декабря в театре кукол проходят показы спектаклей для школьных групп.",
            "Спектакли",
            "Показы спектаклей для школьных групп",
        ),
        (
            "В субботу в клубе пройдёт турнир по шахматам для младших школьников.",
            "Шахматы",
            "Турнир по шахматам для младших школьников",
        ),
        # guards: the title is the held phrase's own head, with what qualifies it
        ("В субботу в клубе пройдёт первенство района по шахматам.", "Первенство", "Первенство"),
        ("14 декабря пройдёт Всероссийская олимпиада школьников.", "Олимпиада", "Олимпиада"),
        ("14 декабря пройдёт экскурсия для пятиклассников.", "Экскурсия", "Экскурсия"),
    ],
)
def test_one_word_title_that_is_a_dependent_gives_way_to_the_held_event(
    sentence: str, title: str, want: str
) -> None:
    assert _held_over(sentence, title) == want


def test_a_post_about_shows_of_plays_is_titled_by_the_shows() -> None:
    text = (
        "Школьники посетили театр кукол.\n"
        "С 5 декабря в театре кукол проходят показы спектаклей для школьных групп."
    )
    assert _title(text) == "Показы спектаклей для школьных групп"


NOON = datetime.fromisoformat("2026-12-05T12:00")  # wall clock, as the parser reads it
MIDNIGHT = datetime.fromisoformat("2026-12-05T00:00")


@pytest.mark.parametrize(
    ("text", "day", "start", "want"),
    [
        # the named day is the occasion; the clause timed by noon's name says what is held
        (
            "Сегодня отмечается День матери. С полудня в фойе пройдёт семейный фестиваль.",
            "День матери",
            NOON,
            "Семейный фестиваль",
        ),
        (
            "В субботу отмечаем День волонтёра. Ровно в полдень стартует акция «Тёплые руки».",
            "День волонтёра",
            NOON,
            "Акция «Тёплые руки»",
        ),
        (
            "Сегодня отмечается Ночь музеев. В полночь в галерее начнётся экскурсия по залам.",
            "Ночь музеев",
            MIDNIGHT,
            "Экскурсия по залам",
        ),
        (
            "Сегодня отмечается Ночь музеев. Около полуночи в галерее начнётся концерт хора.",
            "Ночь музеев",
            MIDNIGHT,
            "Концерт хора",
        ),
        # guards: "полдня" is half a day, no clock; another hour is not noon
        (
            "Сегодня отмечается День матери. На полдня в фойе пройдёт семейный фестиваль.",
            "День матери",
            NOON,
            None,
        ),
        (
            "Сегодня отмечается День матери. В 14:00 в фойе пройдёт семейный фестиваль.",
            "День матери",
            NOON,
            None,
        ),
    ],
)
def test_noon_and_midnight_by_name_time_the_event_of_a_named_day(
    text: str, day: str, start: datetime, want: str | None
) -> None:
    assert timed_event(text, day, sentences(text), [], start, False) == want


def test_a_festival_from_noon_on_a_named_day_is_the_post_s_event() -> None:
    text = (
        "День матери отметят в городском парке\n\n"
        "Праздничные мероприятия состоятся в парке в субботу, 5 декабря. Здесь с полудня до "
        "пяти часов вечера пройдёт семейный фестиваль, где для гостей подготовлены игры, "
        "мастер-классы и концерт.\nДля детей откроют мастерскую открыток."
    )
    assert _title(text) == "Семейный фестиваль"


def _span(text: str, part: str) -> tuple[int, int]:
    at = text.index(part)
    return at, at + len(part)


@pytest.mark.parametrize(
    ("text", "observed", "day", "want"),
    [
        # a sentence saying the named day is observed holds no event: the held one is it
        (
            "Волонтёры провели урок доброты в третьем классе. Сегодня, 5 декабря, отмечается "
            "Международный день добровольцев.",
            "Сегодня, 5 декабря, отмечается Международный день добровольцев.",
            "Международный день добровольцев",
            "Урок доброты",
        ),
        (
            "5 декабря в России отмечают День добровольца. В актовом зале пройдёт встреча с "
            "волонтёрами поискового отряда.",
            "5 декабря в России отмечают День добровольца.",
            "День добровольца",
            "Встреча с волонтёрами поискового отряда",
        ),
        (
            "Завтра празднуется День матери. В библиотеке состоится литературная гостиная для "
            "мам и бабушек.",
            "Завтра празднуется День матери.",
            "День матери",
            "Литературная гостиная для мам и бабушек",
        ),
        # guards: a headline names the day; only a vague action is held; a programme's items
        # after a colon; the day is held
        (
            "День матери\n5 декабря в России отмечают День матери. В актовом зале пройдёт "
            "праздничный концерт для мам.",
            "5 декабря в России отмечают День матери.",
            "День матери",
            None,
        ),
        (
            "5 декабря отмечается День добровольца. В школе прошла акция.",
            "5 декабря отмечается День добровольца.",
            "День добровольца",
            None,
        ),
        (
            "5 декабря отмечаем День матери. Клуб подготовил программу: в 14:00 начнутся "
            "семейные старты и чаепитие.",
            "5 декабря отмечаем День матери.",
            "День матери",
            None,
        ),
        (
            "5 декабря в школе пройдёт День здоровья. Пройдёт эстафета для младших классов.",
            "5 декабря в школе пройдёт День здоровья.",
            "День здоровья",
            None,
        ),
    ],
)
def test_a_day_said_to_be_observed_is_the_occasion_of_the_event_held(
    text: str, observed: str, day: str, want: str | None
) -> None:
    assert occasion_event(text, _span(text, observed), day) == want


def test_no_start_sentence_reads_the_sentence_observing_the_day() -> None:
    text = "Сегодня в России отмечается День матери. В клубе пройдёт концерт хора для мам."
    assert occasion_event(text, None, "День матери") == "Концерт хора для мам"


def test_a_post_on_a_day_observed_is_titled_by_the_meeting_held() -> None:
    text = (
        "5 декабря в России отмечают День добровольца. В актовом зале пройдёт встреча с "
        "волонтёрами поискового отряда. Приглашаем всех старшеклассников."
    )
    assert _title(text) == "Встреча с волонтёрами поискового отряда"
