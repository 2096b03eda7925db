"""Posts naming several sessions or parts of one event never keep one of them silently
(newcomer walk 2026-12-03aa, Z14): the times of one day move with the day picked under a
weekday question, the later stages of a competition held in stages are its sessions, and
a date written with a past year in a sentence announcing the event is kept and asked about.
Sentences written for these tests, not the walk's posts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from bot.core import drafts
from bot.core.language.intents import parse_message
from bot.core.language.post_draft import with_later_stages
from bot.core.language.post_facts import PostFacts
from bot.core.models import EventDraft, EventIntent

NOW = datetime(2026, 12, 7, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time
TZ = ZoneInfo("Europe/Moscow")


def _draft(text: str) -> EventDraft:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    return intent.draft


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute))


# --- two times of one day, the weekday at odds with the date --------------------------------


def test_times_of_one_day_move_with_the_day_picked() -> None:
    # 16 January 2027 is a Saturday: the bot offers the 16th and Sunday the 17th
    draft = _draft(
        "Экскурсия по заповеднику для младших школьников в воскресенье, 16 января, "
        "в 10:00 или в 13:00."
    )
    assert "weekday_mismatch" in draft.doubts
    assert [s for s, _ in draft.sessions] == [
        _at(date(2027, 1, 16), 10, 0),
        _at(date(2027, 1, 16), 13, 0),
    ]
    moved = drafts.with_day(draft, date(2027, 1, 17))
    assert [s for s, _ in moved.sessions] == [
        _at(date(2027, 1, 17), 10, 0),
        _at(date(2027, 1, 17), 13, 0),
    ]
    assert moved.start == _at(date(2027, 1, 17), 10, 0)
    kept = drafts.with_day(draft, date(2027, 1, 16))
    assert [s for s, _ in kept.sessions] == [
        _at(date(2027, 1, 16), 10, 0),
        _at(date(2027, 1, 16), 13, 0),
    ]


def test_sessions_of_several_days_are_not_moved_onto_another_day() -> None:
    draft = _draft("Мастер-класс по лепке 8, 15 и 22 февраля в 16:00 в доме культуры.")
    assert len(draft.sessions) == 3
    moved = drafts.with_day(draft, date(2027, 2, 9))
    assert moved.sessions == ()


# --- a competition in stages: the later stage is a session, never dropped --------------------


_STAGED = (
    "Конкурс «Юный эколог» для учеников 3–6 классов. Участвовать можно из дома, задания "
    "проверяют учителя. Подготовительный тур 1 — 14 марта. Основной тур 15 — 24 марта. "
    "Дипломы пришлём после подведения итогов."
)


def test_later_stage_of_a_post_is_a_session() -> None:
    draft = _draft(_STAGED)
    assert draft.all_day
    assert (draft.start, draft.end) == (_at(date(2027, 3, 1), 0, 0), _at(date(2027, 3, 14), 0, 0))
    assert draft.sessions == (
        (_at(date(2027, 3, 1), 0, 0), _at(date(2027, 3, 14), 0, 0)),
        (_at(date(2027, 3, 15), 0, 0), _at(date(2027, 3, 24), 0, 0)),
    )


def test_an_all_day_session_spanning_days_is_saved_whole() -> None:
    events = drafts.to_new_events(
        _draft(_STAGED), organisation_id=1, tz=TZ, created_by=None, series_id=None
    )
    spans = [(e.start.date(), e.end.date()) for e in events]
    assert spans == [(date(2027, 3, 1), date(2027, 3, 15)), (date(2027, 3, 15), date(2027, 3, 25))]
    assert all(e.all_day for e in events)


_TIMED_STAGE = (
    "Школьный этап олимпиады по физике пройдёт 3 марта в 10:00 в актовом зале гимназии. "
    "Приглашаем учеников 7–11 классов. Муниципальный этап {}."
)


def test_a_one_day_later_stage_of_a_timed_post_is_a_session_at_its_own_clock() -> None:
    draft = _draft(_TIMED_STAGE.format("15 апреля в 12:00"))
    assert draft.start == _at(date(2027, 3, 3), 10, 0)
    assert draft.sessions == ((draft.start, None), (_at(date(2027, 4, 15), 12, 0), None))


def test_a_later_stage_of_days_under_a_timed_post_is_asked() -> None:
    draft = _draft(_TIMED_STAGE.format("15 — 20 апреля"))
    assert draft.start == _at(date(2027, 3, 3), 10, 0)
    assert "several_dates" in draft.doubts
    assert [c.date() for c in draft.choices] == [date(2027, 3, 3), date(2027, 4, 15)]


# --- a past year in the sentence announcing the event -----------------------------------------


def test_a_past_year_in_the_announcing_sentence_is_kept_and_asked() -> None:
    draft = _draft(
        "12 марта 2019 г. в актовом зале гимназии пройдёт городской конкурс чтецов.\n"
        "Начало конкурса в 14:00.\nПриглашаем всех желающих поддержать участников."
    )
    assert draft.start == _at(date(2019, 3, 12), 14, 0)
    assert "past" in draft.doubts


def test_a_past_year_told_in_the_past_stays_a_reference() -> None:
    draft = _draft(
        "12 марта 2019 г. в актовом зале гимназии прошёл первый конкурс чтецов.\n"
        "В этом году конкурс пройдёт 20 марта.\nНачало в 14:00."
    )
    # «в этом году» pins the calendar year (parse60): read on 7 December 2026, this year's 20
    # March is gone — asked as past, never rolled to 2027; the 2019 contest is no reading
    assert draft.start == _at(date(2026, 3, 20), 14, 0)
    assert "past" in draft.doubts


def test_a_later_stage_without_its_own_clock_under_a_timed_post_is_asked() -> None:
    draft = _draft(_TIMED_STAGE.format("состоится 15 апреля в областном центре"))
    assert draft.start == _at(date(2027, 3, 3), 10, 0)
    assert draft.sessions == ()
    assert "several_dates" in draft.doubts
    assert [c.date() for c in draft.choices] == [date(2027, 3, 3), date(2027, 4, 15)]


def test_a_round_of_a_knockout_contest_is_no_date() -> None:
    draft = _draft(
        "В детской библиотеке прошли игры 1/8 финала турнира знатоков. Команды, вышедшие "
        "в 1/4 финала, уже известны. Игра четвертьфинала состоится 14 марта в 15:00."
    )
    assert draft.start == _at(date(2027, 3, 14), 15, 0)
    assert draft.sessions == ()
    assert draft.choices == ()


def test_a_first_stage_whose_span_is_asked_gets_no_stage_sessions() -> None:
    facts = PostFacts(later_stages=[(date(2027, 5, 1), date(2027, 6, 1))])
    one_day = EventDraft(title="Конкурс стихов", start=_at(date(2027, 1, 22), 0, 0), all_day=True)
    listed = with_later_stages(one_day, facts, "")
    assert listed.sessions == (
        (_at(date(2027, 1, 22), 0, 0), None),
        (_at(date(2027, 5, 1), 0, 0), _at(date(2027, 6, 1), 0, 0)),
    )
    asked = replace(one_day, doubts=("span_cut",), span=(date(2027, 1, 22), date(2027, 4, 30)))
    assert with_later_stages(asked, facts, "") == asked
