"""Small cases of the rules behind newcomer walk 2026-12-01f findings 2, 3, 4, 10, 11, 15:
a plan's undated lines lend their facts to its rows, a place written in comma-separated
parts is one venue, abbreviation dots stay, a time of day with its place is a name."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.language.intents_many import parse_many
from bot.core.language.place_display import fit_venue
from bot.core.language.places import find_venue
from bot.core.models import EventDraft, EventIntent
from bot.render import Renderer

NOW = datetime.fromisoformat("2026-12-01T10:00")  # a Tuesday


def _at(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


def _drafts(text: str) -> list[EventDraft]:
    return [i.draft for i in parse_many(text, NOW) if isinstance(i, EventIntent)]


def _one(text: str) -> EventDraft:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


# --- plans: a heading's audience and kind, a closing place, a deadline line --------------


def test_rows_without_classes_take_the_headings_and_own_classes_win() -> None:
    drafts = _drafts(
        "Библиотека приглашает 6–7 классы на встречи в декабре:\n"
        "9 декабря в 13:00 — беседа о книгах\n"
        "16 декабря в 13:00 — литературная игра для 7Б"
    )
    assert [d.title for d in drafts] == ["Беседа о книгах", "Литературная игра"]
    assert drafts[0].audience.grades == frozenset({6, 7})
    assert drafts[1].audience.classes == frozenset({"7Б"})


def test_a_closing_place_label_is_every_rows_venue_unless_a_row_names_its_own() -> None:
    drafts = _drafts(
        "14 декабря в 12:00 — турнир по шахматам\n"
        "15 декабря в 12:00 — викторина «Знатоки», актовый зал\n"
        "Место проведения: ДК «Родина», пр. Мира, 5"
    )
    assert [d.venue for d in drafts] == ["ДК «Родина», пр. Мира, 5", "актовый зал"]


def test_a_confirmation_deadline_closing_a_plan_is_no_row() -> None:
    drafts = _drafts(
        "10 декабря в 10:00 — зарядка с чемпионом\n"
        "11 декабря в 10:00 — эстафета\n"
        "Подтвердите участие до 8 декабря."
    )
    assert [d.title for d in drafts] == ["Зарядка с чемпионом", "Эстафета"]
    assert {d.deadline for d in drafts} == {_at("2026-12-08T00:00").date()}


def test_rows_naming_only_a_class_take_the_headings_kind() -> None:
    drafts = _drafts(
        "Приглашаем 5-е классы на спектакль в театр кукол:\n"
        "5А — 14 декабря в 11:00\n5Б — 15 декабря в 11:00"
    )
    assert len(drafts) == 2
    assert all(d.title.startswith("Спектакль") for d in drafts)  # the heading's kind
    assert [sorted(d.audience.classes) for d in drafts] == [["5А"], ["5Б"]]
    assert [d.start for d in drafts] == [_at("2026-12-14T11:00"), _at("2026-12-15T11:00")]


def test_untitled_dated_lines_under_a_name_are_one_events_sessions() -> None:
    [draft] = _drafts("Кружок «Юный химик»\n8 декабря в 16:00\n15 декабря в 16:00\nГде: каб. 21")
    assert draft.title == "Кружок «Юный химик»"
    assert len(draft.sessions) == 2


def test_a_card_with_date_and_time_labels_stays_one_event() -> None:
    [draft] = _drafts("Концерт хора\nДата: 18 декабря\nВремя: 17:00\nМесто: актовый зал")
    assert draft.start == _at("2026-12-18T17:00")


def test_dated_meetings_with_their_own_places_in_brackets_are_separate_events() -> None:
    drafts = _drafts(
        "Экскурсии на предприятие: 9 декабря в 11:00 (цех №2, ул. Заводская, 7), "
        "16 декабря в 11:00 (лаборатория, пр. Мира, 12). Для 10 классов."
    )
    assert [d.venue for d in drafts] == ["цех №2, ул. Заводская, 7", "лаборатория, пр. Мира, 12"]
    assert all(d.audience.grades == frozenset({10}) for d in drafts)


def test_brackets_that_name_no_place_do_not_split_a_message() -> None:
    assert len(_drafts("Лекция 9 декабря в 11:00 (вход свободный) и 16 декабря в 11:00 (9А)")) <= 1


# --- venues: comma-separated parts and abbreviation dots --------------------------------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Семинар 9 декабря в 15:00, 9А, учебный корпус БФУ, ул. Невского, 14, каб. 12",
            "учебный корпус БФУ, ул. Невского, 14, каб. 12",
        ),
        ("Консультация 9 декабря в 15:00, 9А. Адрес: ИТМО, ауд. 1410", "ИТМО, ауд. 1410"),
        (
            "Диктант 9 декабря в 15:00, 9А, Центр чтения, ул. Гоголя, 3",
            "Центр чтения, ул. Гоголя, 3",
        ),
    ],
)
def test_a_place_written_in_parts_is_one_venue(text: str, venue: str) -> None:
    draft = _one(text)
    assert draft.venue == venue
    assert venue.split(",")[0] not in draft.title


def test_a_title_phrase_before_a_room_stays_in_the_title() -> None:
    draft = _one("Лекция в МГУ, ауд. 204, 9 декабря в 15:00, 9А")
    assert draft.title.startswith("Лекция")
    assert draft.venue is not None
    assert draft.venue.startswith("ауд. 204")


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Школа №3, ул. Ленина, д. 5, каб. 12", "Школа №3, ул. Ленина, д. 5, каб. 12"),
        ("Театр «Сказка»., пр. Победы, 1", "Театр «Сказка», пр. Победы, 1"),
        ("Дом культуры, Морская наб., 3.", "Дом культуры, Морская наб., 3"),
        ("Гимназия, корп. 2, ауд.", "Гимназия, корп. 2, ауд."),
    ],
)
def test_abbreviation_dots_stay_and_stray_ones_go(written: str, shown: str) -> None:
    assert fit_venue(written) == shown


def test_a_labelled_room_keeps_its_number_after_the_abbreviations_dot() -> None:
    post = (
        "Колледж приглашает старшеклассников на день профессий. Дата: 9 декабря, "
        "начало в 12:00.\nМесто проведения: учебный корпус, пер. Садовый, 4, каб. 105"
    )
    assert find_venue(post, None) == "учебный корпус, пер. Садовый, 4, каб. 105"


# --- titles: a time of day with its place; a bracket left with «только» -----------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Вечер в библиотеке 10 декабря в 18:00, 8А", "Вечер в библиотеке"),
        ("Утро в планетарии 10 декабря в 9:00, 3Б", "Утро в планетарии"),
        ("Лекция в библиотеке 10 декабря в 18:00, 8А", "Лекция"),
    ],
)
def test_a_time_of_day_keeps_its_place_in_the_name(text: str, title: str) -> None:
    assert _one(text).title == title


def test_a_bracket_left_with_only_a_particle_is_dropped() -> None:
    draft = _one("Экскурсия на хлебозавод 10 декабря в 10:00 (только 4 классы)")
    assert draft.title == "Экскурсия на хлебозавод"
    assert draft.audience.grades == frozenset({4})


def test_a_request_to_confirm_participation_by_a_day_is_a_deadline() -> None:
    draft = _one(
        "Игра «Что? Где? Когда?» 17 декабря в 14:00, 10А, просим подтвердить участие до 12 декабря"
    )
    assert draft.start == _at("2026-12-17T14:00")
    assert draft.deadline == _at("2026-12-12T00:00").date()


# --- the question about two days a week apart -------------------------------------------


@pytest.mark.parametrize("weekday_shown", [True, False])
def test_the_weekday_question_only_when_a_weekday_was_written(weekday_shown: bool) -> None:
    text = Renderer().render(
        "ask_date",
        {
            "title": "Лекция",
            "doubts": ["several_dates"],
            "corrections": [],
            "start": None,
            "all_day": False,
            "choices": [_at("2026-12-09T15:00"), _at("2026-12-16T15:00")],
            "weekday_written": weekday_shown,
        },
    )
    assert ("«Среда» — это" in text) is weekday_shown
    assert "9 декабря" in text
    assert "16 декабря" in text


# --- newcomer walk 2026-12-01g, #1: a meeting time or a reply deadline is no row ----------


@pytest.mark.parametrize(
    "closing",
    [
        "Сбор у главного входа в 9:45.",
        "Встреча у гардероба в 13.40",
        "Место сбора: фойе, в 10:30",
        "Просим подтвердить участие до 5 декабря в 12:00.",
        "Заявки принимаются до 4 декабря, 17:00",
    ],
)
def test_a_closing_meeting_point_or_deadline_with_a_clock_is_no_row(closing: str) -> None:
    drafts = _drafts(
        "Театр приглашает 5-е классы на спектакли:\n"
        "5А — 14 декабря в 11:00\n"
        "5Б — 15 декабря в 11:00\n"
        f"{closing}"
    )
    assert [d.start for d in drafts] == [_at("2026-12-14T11:00"), _at("2026-12-15T11:00")]
    assert all(d.audience.classes for d in drafts)


def test_a_dated_row_that_also_names_a_deadline_stays_a_row() -> None:
    drafts = _drafts(
        "Олимпиада по математике 8 декабря в 10:00, заявки до 5 декабря\n"
        "Олимпиада по физике 9 декабря в 10:00\n"
    )
    assert [d.start for d in drafts] == [_at("2026-12-08T10:00"), _at("2026-12-09T10:00")]


@pytest.mark.parametrize("place_first", [True, False])
def test_a_programme_with_its_place_line_first_or_second_keeps_classes_and_place(
    place_first: bool,
) -> None:
    """Newcomer walk 2026-12-01g, #2: with «Место проведения:» as the first line every row
    lost the heading's classes, and the shared place was lost too."""
    place = "Место проведения: Дом культуры, ул. Ленина, 5, зал 2"
    heading = "Цикл встреч «Наука рядом» для 7–8 классов"
    top = [place, heading] if place_first else [heading, place]
    drafts = _drafts(
        "\n".join(
            [*top, "14 декабря в 14:00 — лекция о вулканах", "16 декабря в 15:00 — опыты с водой"]
        )
    )
    assert len(drafts) == 2
    assert all(sorted(d.audience.grades) == [7, 8] for d in drafts)
    assert all(d.venue and "Дом культуры" in d.venue for d in drafts)
