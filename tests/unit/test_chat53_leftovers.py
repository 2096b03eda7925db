"""chat53's pure readers: a question inviting the reader, a title named with slips, a clash
question naming a day, the filters a follow-up keeps, and their place in the dialog's
stored state. The sentences are my own."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.dialog import Dialog
from bot.core.features.queries import _filters_kept, _kept_filters
from bot.core.language.commands import CommandKind, parse_command
from bot.core.language.intents import parse_message
from bot.core.language.invitations import invites_reader
from bot.core.language.meaning import EventClashes, EventDetails
from bot.core.language.understanding.clash_questions import event_clashes_asked, event_end_asked
from bot.core.models import Audience, QueryIntent
from bot.core.titles import close_mention

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time


@pytest.mark.parametrize(
    "question",
    [
        "Придёте на концерт?",
        "Вы придёте на наш концерт?",
        "Ты пойдёшь с нами на ярмарку?",
        "Будете на спектакле?",
        "А вы приедете к нам на фестиваль?",
    ],
)
def test_a_second_person_yes_no_question_invites_the_reader(question: str) -> None:
    assert invites_reader(question)


@pytest.mark.parametrize(
    "question",
    [
        "А ярмарка будет?",  # the third person: about the plan
        "Подскажете, что ещё в декабре?",  # an interrogative word: asks the bot
        "Скажете, когда следующий концерт?",
        "Сколько человек вы ждёте?",
        "Какой концерт вы посоветуете?",
        "Можете показать концерты в декабре?",  # an infinitive: asks the bot to act
        "Придёте на концерт.",  # not a question
        "Концерт хора в пятницу?",  # no verb
    ],
)
def test_other_questions_invite_no_one(question: str) -> None:
    assert not invites_reader(question)


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("зимняя скаска", "Спектакль «Зимняя сказка»"),
        ("зимней скаски", "Спектакль «Зимняя сказка»"),
        ("тайная комнта", "Квест «Тайная комната»"),
        ("янтарной комнаты", "Экскурсия «Янтарная комната»"),
    ],
)
def test_a_name_with_slips_mentions_its_title(query: str, title: str) -> None:
    assert close_mention(query, title)


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("тайная комнта", "Экскурсия «Янтарная комната»"),  # one word is not the name
        ("весенняя капель", "Спектакль «Зимняя сказка»"),
        ("олимпиада", "Лекция о космосе"),
        ("", "Лекция о космосе"),
        ("о и в", "Лекция о космосе"),  # no word of four letters: names nothing
    ],
)
def test_other_words_mention_no_title(query: str, title: str) -> None:
    assert not close_mention(query, title)


def test_a_clash_question_naming_a_day_narrows_to_it() -> None:
    asked = event_clashes_asked("с чем пересекается «Зимняя сказка» 9 декабря?", NOW)
    day = date(2026, 12, 9)
    assert asked == EventClashes("зимняя сказка", days=(day, day))


@pytest.mark.parametrize(
    "text",
    [
        "есть ли накладки у 9Б?",  # a class, not an event's name
        "с чем пересекается лекция 204?",  # a number that names no day
    ],
)
def test_a_number_that_is_no_day_is_no_event_clash_question(text: str) -> None:
    assert event_clashes_asked(text, NOW) is None


def test_a_clash_question_without_a_day_names_none() -> None:
    asked = event_clashes_asked("с чем пересекается «Зимняя сказка»?", NOW)
    assert asked == EventClashes("зимняя сказка")


def _query(**given: object) -> QueryIntent:
    return QueryIntent(date(2027, 1, 1), date(2027, 1, 31), Audience(), **given)  # type: ignore[arg-type]


def test_a_follow_up_takes_the_filters_it_does_not_name() -> None:
    kept = {"organiser": "Музей янтаря", "room": "актовый зал", "title": "лекция"}
    followed = _kept_filters(_query(follows_on=True), kept)
    assert followed.organiser == "Музей янтаря"
    assert followed.room == "актовый зал"
    assert followed.title == "лекция"


def test_a_follow_up_keeps_the_filters_it_names() -> None:
    kept = {"organiser": "Музей янтаря", "title": "лекция"}
    followed = _kept_filters(_query(ours=True, title="ярмарка"), kept)
    assert followed.organiser is None  # «у нас» is resolved as the asker's own
    assert followed.title == "ярмарка"


def test_only_the_filters_asked_are_kept() -> None:
    assert _filters_kept(_query(), None) is None
    assert _filters_kept(_query(room="спортзал", room_free=True), "КГТУ") == {
        "organiser": "КГТУ",
        "room": "спортзал",
        "room_free": "yes",
    }


def test_the_filters_round_trip_and_older_states_load_without_them() -> None:
    dialog = Dialog(period_filters={"organiser": "КГТУ", "title": "лекция"})
    assert Dialog.load(dialog.dump()) == dialog
    older = {key: value for key, value in dialog.dump().items() if key != "period_filters"}
    assert Dialog.load(older).period_filters is None


def test_filters_of_another_shape_drop_the_state() -> None:
    """An unreadable state is dropped (a fresh dialog), as any other unreadable part is."""
    stored = Dialog(listed=[3]).dump() | {"period_filters": ["КГТУ"]}
    assert Dialog.load(stored) == Dialog()


def test_a_follow_up_asking_what_anew_keeps_no_title() -> None:
    kept = {"organiser": "КГТУ", "title": "лекция"}
    asked = parse_message("а что в январе?", NOW)
    assert isinstance(asked, QueryIntent)
    assert asked.asks_anew
    followed = _kept_filters(asked, kept)
    assert followed.title is None
    assert followed.organiser == "КГТУ"
    other = parse_message("что у КГТУ в январе?", NOW)
    assert isinstance(other, QueryIntent)
    assert not other.asks_anew


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("ярмарка во сколько заканчивается?", "ярмарка"),
        ("до скольки будет экскурсия?", "экскурсия"),
        ("сколько длится лекция о космосе?", "лекция космосе"),  # «когда …?»'s words
        ("когда закончится спектакль?", "спектакль"),
    ],
)
def test_an_end_asked_with_a_title_is_that_events_details(text: str, title: str) -> None:
    assert event_end_asked(text, NOW) == EventDetails(title)


@pytest.mark.parametrize(
    "text",
    [
        "до скольки?",  # no title: the open card's question
        "сколько будет длиться?",
        "когда закончится четверть?",  # the calendar, no event
        "до скольки уроки?",
        "ярмарка заканчивается в 16:00",  # not a question
    ],
)
def test_other_end_questions_are_not_an_events(text: str) -> None:
    assert event_end_asked(text, NOW) is None


@pytest.mark.parametrize(
    "text", ["покажи мои записи", "покажите мои мероприятия", "покажи мне мои записи"]
)
def test_show_my_sign_ups_is_the_mine_command(text: str) -> None:
    command = parse_command(text)
    assert command is not None
    assert command.kind is CommandKind.MINE


def test_show_the_plan_is_no_mine_command() -> None:
    assert parse_command("покажи план на неделю") is None
