"""A class teacher hears of their class's events (walk r, 2026-12-02, #19): a move or a cancel
of an event for their class (its class or grade named) reaches them once, the curator's card
says so, a whole-school event's change does not reach every teacher, and the Monday digest
says how many of their class are going to each event. Real planner, real SQLite store,
real templates, frozen clock (Wed 2026-12-02 10:00)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.digest import DigestDue, digest_reply
from bot.core.models import OrgKind, Person, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, TEACHER_9B, TEACHER_5A, PETYA, MASHA, KOLYA = 100, 300, 301, 400, 401, 402


@dataclass
class School:
    store: SqliteStore
    planner: Planner
    teacher: Person


@pytest.fixture
async def school(tmp_path: Path) -> AsyncIterator[School]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(datetime(2026, 12, 2, 10, 0, tzinfo=TZ))
    planner = Planner(store, clock, PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    org = await store.create_organisation("Школа", OrgKind.SCHOOL)
    await store.save_person(CURATOR, Role.STAFF, "Куратор", org.id)
    teacher = await store.save_person(TEACHER_9B, Role.STAFF, "Ольга", org.id, "9Б")
    await store.save_person(TEACHER_5A, Role.STAFF, "Сидорова", org.id, "5А")
    for message in (
        "Мастер-класс по робототехнике 9 декабря с 15:30 до 17:00, 9Б, ауд. 310",
        "Лекция о космосе 9 декабря с 15:00 до 16:00, 9 классы, ауд. 204",
        "Вечер настольных игр 10 декабря с 19:00 до 21:00, все классы, библиотека",
    ):
        await planner.handle(CURATOR, message)
        [saved, *_] = await planner.handle(CURATOR, "да")
        assert saved.template == "saved", saved.template
    for vk_id, class_name in ((PETYA, "9Б"), (MASHA, "9Б"), (KOLYA, "9А")):
        await planner.handle(vk_id, f"я из {class_name}")
    await planner.handle(PETYA, "запиши меня на мастер-класс")
    await planner.handle(PETYA, "запиши меня на вечер настольных игр")
    await planner.handle(MASHA, "запиши меня на лекцию о космосе")
    await planner.handle(KOLYA, "запиши меня на лекцию о космосе")
    yield School(store, planner, teacher)
    await store.close()


def _to(replies: list[Reply], vk_id: int) -> list[Reply]:
    return [r for r in replies if vk_id in r.recipients]


@pytest.mark.parametrize(
    ("change", "word"),
    [("перенеси мастер-класс на 16:00", "Перенесено"), ("отмени мастер-класс", "Отменено")],
)
async def test_the_class_teacher_is_told_once_of_a_move_or_cancel(
    school: School, change: str, word: str
) -> None:
    [card] = await school.planner.handle(CURATOR, change)
    card_text = Renderer().render(card.template, card.context)
    assert "классному руководителю 9Б" in card_text, card_text
    done = await school.planner.handle(CURATOR, "да")
    told = _to(done, TEACHER_9B)
    assert len(told) == 1, [r.template for r in done]
    text = Renderer().render(told[0].template, told[0].context)
    assert word in text, text
    assert "Мастер-класс по робототехнике" in text, text
    assert not _to(done, TEACHER_5A)  # 5А's teacher: not their class


async def test_a_grade_wide_event_tells_the_teacher_of_a_class_of_that_grade(
    school: School,
) -> None:
    await school.planner.handle(CURATOR, "перенеси лекцию о космосе на 17:00")
    done = await school.planner.handle(CURATOR, "да")
    assert len(_to(done, TEACHER_9B)) == 1  # «9 классы» is for 9Б
    assert not _to(done, TEACHER_5A)


async def test_a_whole_school_event_does_not_tell_every_class_teacher(school: School) -> None:
    await school.planner.handle(CURATOR, "перенеси вечер настольных игр на 18:00")
    done = await school.planner.handle(CURATOR, "да")
    assert not _to(done, TEACHER_9B)
    assert not _to(done, TEACHER_5A)
    assert _to(done, PETYA)  # the student signed up is told as before


async def test_the_digest_counts_the_teachers_class_per_event(school: School) -> None:
    # what a curator's «Подтвердить» records (bot.core.features.class_teachers)
    await school.store.set_setting(f"class_teacher:{school.teacher.id}", "9Б")
    reply = await digest_reply(school.store, DigestDue("k", school.teacher, date(2026, 12, 7)), TZ)
    lines = Renderer().render(reply.template, reply.context).split("\n")
    # the first line naming each is the week's list (the clashes section names them again)
    robots = next(ln for ln in lines if "робототехнике" in ln)
    space = next(ln for ln in lines if "космосе" in ln)
    games = next(ln for ln in lines if "настольных игр" in ln)
    assert "из 9Б записался 1" in robots, robots  # Петя
    assert "из 9Б записался 1" in space, space  # Маша; Коля is 9А's
    assert "из 9Б записался 1" in games, games  # a whole-school event is for 9Б too


async def test_an_unconfirmed_class_teachers_digest_lists_the_week_without_counts(
    school: School,
) -> None:
    """Walk t (2026-12-02), #5: the chat refuses an unconfirmed class teacher the class's
    counts on others' events; the Monday digest gave them all the same."""
    reply = await digest_reply(school.store, DigestDue("k", school.teacher, date(2026, 12, 7)), TZ)
    text = Renderer().render(reply.template, reply.context)
    assert "робототехнике" in text, text  # the class's week is listed
    assert "космосе" in text, text
    assert "записал" not in text, text
