"""Pasted plans with several contact or "no events" lines (adversarial walk 2026-12-02n, #1):
those lines are set aside before the message is judged a plan or one event, so they neither
outvote the rows nor lend their phone hours or days. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from bot.core.language.intents_many import parse_many
from bot.core.language.plan_notices import is_notice_line
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-02T10:00")  # a Wednesday


def _rows(text: str) -> list[tuple[str, str]]:
    return [
        (i.draft.title, i.draft.start.strftime("%d.%m %H:%M") if i.draft.start else "-")
        for i in parse_many(text, NOW)
        if isinstance(i, EventIntent)
    ]


def test_two_rows_among_notices_stay_two_events_on_their_own_days() -> None:
    text = (
        "План кружков на декабрь\n"
        "8 декабря, 14:00 — турнир по шахматам, 6А\n"
        "9 декабря, 12:30 — мастер-класс по лепке, 5В\n"
        "21 декабря — занятий не будет\n"
        "28–30 декабря — мероприятия не проводятся\n"
        "Куратор: Смирнова А.П., 8-911-222-33-44, с 8 до 16\n"
        "E-mail: smirnova@school.ru\n"
        "Звоните с 9:00 до 15:00"
    )
    assert _rows(text) == [
        ("Турнир по шахматам", "08.12 14:00"),
        ("Мастер-класс по лепке", "09.12 12:30"),
    ]


def test_a_contact_line_with_hours_is_no_session_of_the_rows() -> None:
    text = (
        "7 декабря, 10:00 — викторина, 7Б\n"
        "11 декабря, 13:00 — экскурсия на почту, 8А\n"
        "Организатор: Кузнецов П.С., тел. 8-999-000-11-22, с 10 до 18\n"
        "E-mail: kuznetsov@mail.ru"
    )
    assert [i.draft.sessions for i in parse_many(text, NOW) if isinstance(i, EventIntent)] == [
        (),
        (),
    ]
    assert [title for title, _ in _rows(text)] == ["Викторина", "Экскурсия на почту"]


def test_labelled_responsible_curator_and_organiser_lines_are_contact_lines() -> None:
    for line in (
        "Ответственный: Орлова Н.В., с 9 до 17",
        "Ответственные: классные руководители",
        "Куратор: Белов И.И., 8-900-123-45-67",
        "• Организатор: совет старшеклассников",
        "E-mail: info@school.ru",
        "Звоните с 10 до 16",
    ):
        assert is_notice_line(line), line
    for line in ("Организаторы конкурса приглашают 9А 12 декабря в 15:00", "Куратор проекта"):
        assert not is_notice_line(line), line


def test_one_event_with_a_contact_line_keeps_its_own_time_and_the_whole_text() -> None:
    text = "Лекция о вулканах 15 декабря в 14:00, 9Б\nОтветственный: Иванов, с 9 до 17"
    (intent,) = parse_many(text, NOW)
    assert isinstance(intent, EventIntent)
    assert intent.draft.start == datetime.fromisoformat("2026-12-15T14:00")
    assert "Иванов" in intent.draft.description
