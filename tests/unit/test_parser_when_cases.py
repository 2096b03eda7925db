"""Issue 10, the "when" side, on short messages of the kind partners and staff type: ages and
head-counts are never times, abbreviations of "следующий", a weekday that contradicts its
date, deadlines, lessons, vague parts of the day. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json, when_to_json
from bot.core.dialog import Dialog, DraftField, MissingField
from bot.core.draft_json import draft_to_json
from bot.core.drafts import ask_reply, is_complete, line_problem, missing_field
from bot.core.language.intents import parse_message
from bot.core.language.meaning import AddEvents, DraftAnswer
from bot.core.language.understand import understand
from bot.core.models import EventDraft
from bot.render import Renderer

NOW = datetime.fromisoformat("2026-11-30T10:00")  # a Monday


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


def _draft(text: str) -> EventDraft:
    intent = parse_message(text, NOW)
    return intent.draft  # type: ignore[union-attr, no-any-return]


@pytest.mark.parametrize(
    ("text", "start", "ages"),
    [
        ("Мастер-класс для детей от двух до 17 лет 5 декабря", "2026-12-05", [2, 17]),
        ("Спектакль для зрителей от трёх до семи лет в субботу", "2026-12-05", [3, 7]),
        ("Квиз 12 декабря, участники от 10 до 14 лет", "2026-12-12", [10, 14]),
    ],
)
def test_ages_in_words_or_digits_are_never_times(text: str, start: str, ages: list[int]) -> None:
    got = _parse(text)
    assert (got["start"], got["ages"]) == (start, ages)
    assert got["time_known"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Турнир от 15 до 40 человек 5 декабря",
        "Игра 5 декабря, команды от 6 до 12 участников",
    ],
)
def test_head_counts_in_a_short_message_are_never_times(text: str) -> None:
    got = _parse(text)
    assert got["start"] == "2026-12-05"
    assert got["time_known"] is False


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("собрание в след. среду в 15:00", "2026-12-09T15:00"),
        ("Кружок в сл. четверг в 16:00", "2026-12-10T16:00"),
        ("совещание в пн след. недели в 15:00", "2026-12-07T15:00"),
        ("совещание во вторник следующей недели в 9:00", "2026-12-08T09:00"),
    ],
)
def test_abbreviated_next_means_next_week(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert "след" not in str(got["title"])


def test_a_weekday_contradicting_its_date_is_asked_with_both_days() -> None:
    got = _parse("Концерт в среду, 17 декабря в 18:00")  # 17 December 2026 is a Thursday
    assert "weekday_mismatch" in got["doubts"]  # type: ignore[operator]
    assert set(got["choices"]) == {"2026-12-17T18:00", "2026-12-16T18:00"}  # type: ignore[arg-type]
    draft = _draft("Концерт в среду, 17 декабря в 18:00")
    assert missing_field(draft, audience_asked=True) == "date"
    reply = ask_reply(draft, "date")
    assert len(reply.buttons) == 2
    assert "четверг" in Renderer().render(reply.template, reply.context)


@pytest.mark.parametrize(
    "text",
    ["Концерт в четверг, 17 декабря в 18:00", "Лекция 17.12 (чт) в 15:00", "Встреча пт 4.12"],
)
def test_a_matching_weekday_raises_no_doubt(text: str) -> None:
    assert "weekday_mismatch" not in _parse(text)["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "start", "deadline"),
    [
        ("Лекция 15 дикабря в 15:00, регистрация до 10 декабря", "2026-12-15T15:00", "2026-12-10"),
        (
            "Концерт 20 декабря в 17:00, заявки принимаются по 15.12",
            "2026-12-20T17:00",
            "2026-12-15",
        ),
        ("Олимпиада 18 декабря, запись до 12 декабря", "2026-12-18", "2026-12-12"),
    ],
)
def test_a_deadline_in_a_short_message_is_its_own_field(
    text: str, start: str, deadline: str
) -> None:
    got = _parse(text)
    assert (got["start"], got["deadline"]) == (start, deadline)
    title = str(got["title"]).lower()
    assert "регистрац" not in title
    assert "заявки" not in title
    assert "запись" not in title


@pytest.mark.parametrize(
    "text",
    ["консультация завтра после 6 урока", "Встреча с родителями 3 декабря после 7-го урока"],
)
def test_after_a_lesson_is_never_a_clock_time(text: str) -> None:
    got = _parse(text)
    assert got["time_known"] is False
    assert "18:00" not in str(got["start"])
    assert "19:00" not in str(got["start"])
    assert "lesson_time" in got["doubts"]  # type: ignore[operator]
    assert "урок" not in str(got["title"])
    draft = _draft(text)
    assert missing_field(draft, audience_asked=True) == "time"
    reply = ask_reply(draft, "time")
    assert "урок" in Renderer().render(reply.template, reply.context)


def test_a_vague_part_of_the_day_is_asked_about() -> None:
    draft = _draft("концерт в пятницу вечером")
    assert draft.start is not None
    assert draft.start.date().isoformat() == "2026-12-04"
    assert "vague_time" in draft.doubts
    assert missing_field(draft, audience_asked=True) == "time"
    reply = ask_reply(draft, "time")
    assert "время суток" in Renderer().render(reply.template, reply.context)


def test_a_day_and_month_with_a_slash_and_a_room_number() -> None:
    got = _parse("мастер класс 10/12 в 16:00 каб 2.11")
    assert got["start"] == "2026-12-10T16:00"
    assert got["grades"] == []
    assert got["venue"] == "каб. 2.11"


def test_an_hour_of_the_day_leaves_nothing_in_the_title() -> None:
    assert _parse("Лекция в час дня 5 декабря")["title"] == "Лекция"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Выставка откроется 5 декабря, работает с 6 по 20 декабря", {"05", "06"}),
        ("Концерт 5 декабря, репетиция 4 декабря в 14:00", {"04", "05"}),
    ],
)
def test_a_date_beside_another_date_or_range_offers_both(text: str, days: set[str]) -> None:
    got = _parse(text)
    assert "several_dates" in got["doubts"]  # type: ignore[operator]
    assert {str(c)[8:10] for c in got["choices"]} == days  # type: ignore[attr-defined]
    assert missing_field(_draft(text), audience_asked=True) == "date"


@pytest.mark.parametrize(
    "text",
    ["Кружок 1, 8, 15 и 22 декабря в 15:00", "Выставка с 6 по 20 декабря", "Турнир 5-6 декабря"],
)
def test_one_list_or_range_is_not_several_dates(text: str) -> None:
    assert "several_dates" not in _parse(text)["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "Дата публикации: 30.11.2026. Приглашаем на открытие выставки детского рисунка "
        "5 декабря. Выставка работает до 20 декабря.",
        "30 ноября 2026 г.\nМузей приглашает школьников на экскурсию по залам 5 декабря. "
        "Сбор у входа, экскурсия для 5-8 классов.",
        "Новости, 30.11.2026\nВ субботу, 5 декабря, библиотека проводит литературный квиз для "
        "старшеклассников. Участие бесплатное.",
    ],
)
def test_a_dateline_of_today_never_wins_over_the_event_date(text: str) -> None:
    got = _parse(text)
    assert str(got["start"]).startswith("2026-12-05")
    assert "several_dates" not in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "start"),
    [("завтро в 3", "2026-12-01T15:00"), ("в пятницу в 5 вечера", "2026-12-04T17:00")],
)
def test_a_time_without_a_name_is_an_event_draft_asking_for_its_title(
    text: str, start: str
) -> None:
    got = _parse(text)
    assert (got["intent"], got["start"], got["title"]) == ("event", start, "")
    draft = _draft(text)
    assert missing_field(draft, audience_asked=True) == "title"
    reply = ask_reply(draft, "title")
    assert "Как назвать" in Renderer().render(reply.template, reply.context)


def test_the_typo_of_a_nameless_event_is_corrected() -> None:
    got = _parse("завтро в 3")
    assert {"written": "завтро", "read": "завтра"} in got["corrections"]  # type: ignore[operator]


def test_the_answer_to_the_title_question_names_the_draft() -> None:
    dialog = Dialog(
        pending=[draft_to_json(_draft("завтро в 3"))],
        waiting=MissingField(DraftField.TITLE),
    )
    answer = understand("Консультация по физике", dialog, NOW)
    assert isinstance(answer, DraftAnswer)
    assert answer.filled is not None
    assert answer.filled.title == "Консультация по физике"
    assert answer.filled.start == datetime.fromisoformat("2026-12-01T15:00")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "В честь 23 февраля в школе пройдёт турнир по мини-футболу 20 февраля в 15:00",
            "2027-02-20T15:00",
        ),
        ("Посвящённый 8 марта концерт 6 марта в 17:00", "2027-03-06T17:00"),
        ("Ко Дню Конституции 12 декабря выставка 10 декабря в 12:00", "2026-12-10T12:00"),
    ],
)
def test_an_occasion_named_in_passing_is_not_the_day(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert "several_dates" not in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Турнир 1 час 30 минут, 5 декабря в 11:00", "2026-12-05T11:00", "2026-12-05T12:30"),
        ("Квест 5 декабря в 11:00, длится 2 часа 15 минут", "2026-12-05T11:00", "2026-12-05T13:15"),
    ],
)
def test_a_length_in_hours_and_minutes_is_a_duration(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        (
            "Мастер-класс по керамике 5 декабря и с 10 по 12 декабря в 15:00",
            [("2026-12-05T15:00", None), *((f"2026-12-{d}T15:00", None) for d in (10, 11, 12))],
        ),
        (
            "Спектакль для детей 26 декабря и со 2 по 6 января",
            [("2026-12-26", None), ("2027-01-02", "2027-01-06")],
        ),
    ],
)
def test_days_and_ranges_listed_together_are_sessions(
    text: str, sessions: list[tuple[str, str | None]]
) -> None:
    got = _parse(text)
    assert [(s["start"], s["end"]) for s in got["sessions"]] == sessions  # type: ignore[attr-defined]
    assert got["start"] == sessions[0][0]
    assert got["doubts"] == []


def test_days_named_inside_the_event_range_keep_the_range() -> None:
    text = (
        "Уважаемые коллеги! С 7 по 14 декабря в городе состоится неделя науки. В планетарии "
        "7 декабря школьники соберут телескоп. Занятия пройдут и в технопарке — посетить его "
        "можно 7 и 9 декабря."
    )
    got = _parse(text)
    assert (got["start"], got["end"]) == ("2026-12-07", "2026-12-14")


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("в пн след. недели", "2026-12-07T00:00", None),
        ("что на след. неделе?", "2026-12-07T00:00", "2026-12-14T00:00"),
        ("в след. среду", "2026-12-09T00:00", None),
    ],
)
def test_abbreviated_next_in_when(phrase: str, start: str, end: str | None) -> None:
    got = when_to_json(phrase, NOW)
    assert (got["start"], got["end"]) == (start, end)


def test_a_nameless_line_of_a_pasted_plan_is_not_saved_unseen() -> None:
    plan = understand("Лекция по химии 3 декабря в 15:00\n4 декабря в 16:00", Dialog(), NOW)
    assert isinstance(plan, AddEvents)
    nameless = [d for d in plan.drafts if not d.title]
    assert len(nameless) == 1
    assert line_problem(nameless[0]) == "no_title"
    assert not is_complete(nameless[0])
    macro = Renderer().env.from_string('{% import "_macros.j2" as m %}{{ m.line_problem(line) }}')
    assert macro.render(line={"why": "no_title"}) == "нет названия"
