"""The student side as walk r (2026-12-02) found it, wording: a line never names the venue its
title already names (#21); the double-booking question agrees with any title (#24); a long
spoken question is answered as a question, never with the refusal to add events (#15).
Real planner, real SQLite store, real templates, frozen clock (Wed 2026-12-02 10:00)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, STUDENT = 100, 400


async def _text(planner: Planner, vk_id: int, message: str) -> str:
    replies = await planner.handle(vk_id, message)
    return "\n".join(Renderer().render(r.template, r.context) for r in replies)


@pytest.fixture
async def planner(tmp_path: Path) -> AsyncIterator[Planner]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(datetime(2026, 12, 2, 10, 0, tzinfo=TZ))
    planner = Planner(store, clock, PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    school = await store.create_organisation("Школа", OrgKind.SCHOOL)
    await store.save_person(CURATOR, Role.STAFF, "Куратор", school.id)
    yield planner
    await store.close()


async def _added(planner: Planner, message: str) -> None:
    await planner.handle(CURATOR, message)
    [saved, *_] = await planner.handle(CURATOR, "да")
    assert saved.template == "saved", saved.template


@pytest.mark.parametrize(
    "message",
    [
        # the walk's own line: «2 места» after the venue left the venue in the title too
        "Экскурсия в музей янтаря 12 декабря в 11:00, 9 классы, музей янтаря, 2 места",
        # the title names the venue and the venue closes the line: the list added it again
        "Экскурсия в музей янтаря 12 декабря в 11:00, 9 классы, музей янтаря",
        "Экскурсия в музей янтаря 12 декабря в 11:00, 9 классы, Музей Янтаря, вход свободный",
    ],
)
async def test_a_students_lines_name_the_venue_once(planner: Planner, message: str) -> None:
    await _added(planner, message)
    await _text(planner, STUDENT, "я из 9Б")
    listed = await _text(planner, STUDENT, "что на следующей неделе?")
    [line] = [ln for ln in listed.split("\n") if "Экскурсия" in ln]
    assert line.lower().count("янтаря") == 1, line
    signed = await _text(planner, STUDENT, "записаться 1")
    assert "Вы записаны" in signed, signed
    assert signed.lower().count("янтаря") == 1, signed
    mine = await _text(planner, STUDENT, "мои мероприятия")
    assert mine.lower().count("янтаря") == 1, mine


async def test_a_venue_the_title_does_not_name_is_still_shown(planner: Planner) -> None:
    """The counter-case: «Лекция о космосе» does not name «ауд. 204», so the line says it."""
    await _added(planner, "Лекция о космосе 9 декабря с 15:00 до 16:00, 9 классы, ауд. 204")
    await _text(planner, STUDENT, "я из 9Б")
    listed = await _text(planner, STUDENT, "что на следующей неделе?")
    assert "Лекция о космосе, ауд. 204" in listed, listed


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Мастер-класс по робототехнике", "Лекция о космосе"),
        ("Соревнования по плаванию", "Экскурсия в музей"),
    ],
)
async def test_the_overlap_question_needs_no_pronoun_agreeing_with_a_title(
    planner: Planner, first: str, second: str
) -> None:
    """«Вы уже записаны на «Мастер-класс…» — оно идёт в то же время»: «оно» agreed with
    neither title (walk r, #24); the question now needs no agreement with a title's gender
    or number."""
    await _added(planner, f"{first} 9 декабря с 15:30 до 17:00, 9Б, ауд. 310")
    await _added(planner, f"{second} 9 декабря с 15:00 до 16:00, 9 классы, ауд. 204")
    await _text(planner, STUDENT, "я из 9Б")
    await _text(planner, STUDENT, f"запиши меня на {first.split()[0].lower()}")
    asked = await _text(planner, STUDENT, f"запиши меня на {second.split()[0].lower()}")
    assert first in asked, asked
    assert second in asked, asked
    assert "Переписаться?" in asked, asked
    for pronoun in ("оно", "она", "они", " он "):
        assert pronoun not in asked, asked


_SPOKEN = (
    "короче слушай я тут подумал что может быть мне стоит сходить на что нибудь на "
    "следующей неделе потому что мама говорит что надо больше гулять и вообще что там есть "
    "интересного а то у меня тренировка в шесть "
)


@pytest.mark.parametrize("copies", [1, 6])
async def test_a_long_spoken_question_gets_the_plan_not_a_staff_refusal(
    planner: Planner, copies: int
) -> None:
    """Walk r, #15: six copies of a spoken question got «Добавлять мероприятия могут
    педагоги и партнёры». It names next week and asks what is on: next week's plan."""
    await _added(planner, "Лекция о космосе 9 декабря с 15:00 до 16:00, 9 классы, ауд. 204")
    await _text(planner, STUDENT, "я из 9Б")
    answered = await _text(planner, STUDENT, _SPOKEN * copies)
    assert "Добавлять мероприятия" not in answered, answered
    assert "Лекция о космосе" in answered, answered


async def test_a_spoken_question_without_a_period_gets_what_the_bot_understands(
    planner: Planner,
) -> None:
    """The same kind of question naming no period: «не понял» with the student's examples, or
    (once its spoken opening «слушай» is dropped, walk r #16) the plan from today."""
    answered = await _text(
        planner, STUDENT, "слушай а есть что нибудь интересное типа в 6 вечера после тренировки"
    )
    assert "Добавлять мероприятия" not in answered, answered
    assert "что на следующей неделе?" in answered or "мероприятий нет" in answered, answered


async def test_a_student_pasting_an_announcement_is_still_told_who_adds_events(
    planner: Planner,
) -> None:
    """The counter-case: an announcement, not a question, keeps the refusal with its way in."""
    answered = await _text(planner, STUDENT, "Турнир по шахматам 10 декабря в 15:00, 9 классы")
    assert "Добавлять мероприятия могут" in answered, answered
