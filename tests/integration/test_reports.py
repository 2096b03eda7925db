"""Figures in the chat: "итоги ноября" for the curator, a partner's own figures, refusals."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, KGTU_REP, MUSEUM_REP = 1, 10, 11
STUDENTS = range(100, 110)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[tuple[SqliteStore, Planner]]:
    store = await open_store(tmp_path / "plan.db", TZ)
    planner = Planner(
        store, FixedClock(at("2026-11-30T12:00")), PlannerConfig(tz=TZ, admins=frozenset({1}))
    )
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    museum = await store.create_organisation("Музей янтаря", OrgKind.PARTNER)
    await store.save_person(KGTU_REP, Role.PARTNER, "Анна", kgtu.id)
    await store.save_person(MUSEUM_REP, Role.PARTNER, "Олег", museum.id)
    lecture, tour, october = await store.add_events(
        [
            NewEvent("Лекция о роботах", kgtu.id, at("2026-11-10T15:00"), at("2026-11-10T16:00")),
            NewEvent("Экскурсия", museum.id, at("2026-11-12T11:00"), at("2026-11-12T13:00")),
            NewEvent("Октябрьский квиз", kgtu.id, at("2026-10-05T15:00"), at("2026-10-05T16:00")),
        ],
        None,
    )
    # Ten students go to the lecture, four to the tour; answers as if from the poll.
    lecture_scores = [(5, 10), (5, 9), (4, 8), (4, 6), (5, 10)]  # rating, recommend
    for i, vk_id in enumerate(STUDENTS):
        person = await store.save_person(vk_id, Role.STUDENT, f"Ученик {i}", None, "9Б")
        await store.sign_up(lecture.id, person.id)
        if i < len(lecture_scores):
            rating, recommend = lecture_scores[i]
            await store.save_feedback(
                lecture.id, person.id, "student", attended=1, rating=rating, recommend=recommend
            )
        if i < 4:
            await store.sign_up(tour.id, person.id)
    first = await store.get_person_by_vk(STUDENTS[0])
    assert first is not None
    await store.save_feedback(tour.id, first.id, "student", attended=1, rating=3, recommend=5)
    await store.save_feedback(tour.id, first.id, "student", comment="Мало времени у витрин")
    await store.save_feedback(october.id, first.id, "student", attended=1, rating=1)
    yield store, planner
    await store.close()


async def test_curator_gets_the_month_per_partner(env: tuple) -> None:
    _, planner = env
    [reply] = await planner.handle(CURATOR, "итоги ноября")
    assert reply.template == "report"
    total = reply.context["total"]
    assert (total.events, total.signups, total.responses) == (2, 14, 6)
    assert total.rating == round((5 + 5 + 4 + 4 + 5 + 3) / 6, 2)
    # NPS over six answers: promoters 10, 9, 10; detractors 6 and 5 -> (3 - 2) / 6.
    assert total.nps == round(100 * (3 - 2) / 6)
    partners = dict(reply.context["partners"])
    assert partners["КГТУ"].rating == 4.6
    assert partners["КГТУ"].nps == 40
    assert partners["Музей янтаря"].comments == 1
    text = Renderer().render(reply.template, reply.context)
    assert "Итоги, ноябрь 2026" in text
    assert (
        "КГТУ: 1 мероприятие, записались 10, ответили 5 (50 %), были 5, оценка 4,6, NPS 40" in text
    )
    assert "«Мало времени у витрин» — Экскурсия" in text
    assert "Октябрьский квиз" not in text


async def test_curator_asks_about_one_partner_over_the_school_year(env: tuple) -> None:
    _, planner = env
    [reply] = await planner.handle(CURATOR, "отзывы по кгту")
    assert reply.context["organisation"] == "КГТУ"
    assert reply.context["total"].events == 2  # October's quiz is in the school year too
    titles = [item["event"]["title"] for item in reply.context["events"]]
    assert titles == ["Лекция о роботах", "Октябрьский квиз"]  # best rated first
    text = Renderer().render(reply.template, reply.context)
    assert "По месяцам:" in text
    assert "октябрь 2026" in text


async def test_a_partner_sees_only_its_own_figures(env: tuple) -> None:
    _, planner = env
    [others] = await planner.handle(MUSEUM_REP, "итоги КГТУ за ноябрь")
    # newcomer walk 2026-12-01b: not silently one's own figures under another's name
    assert (others.template, others.context) == (
        "report_of_others",
        {"name": "КГТУ", "own": "Музей янтаря"},
    )
    [reply] = await planner.handle(MUSEUM_REP, "итоги за ноябрь")
    assert reply.context["organisation"] == "Музей янтаря"
    assert [i["event"]["title"] for i in reply.context["events"]] == ["Экскурсия"]
    assert reply.context["partners"] == []


async def test_only_the_curators_report_suggests_another_partners_reviews(env: tuple) -> None:
    """Newcomer walk 2026-12-02t #25: a partner's «итоги» suggested «отзывы по КГТУ», which
    that partner is then refused; the example is the curator's alone."""
    _, planner = env
    [partner] = await planner.handle(MUSEUM_REP, "итоги за ноябрь")
    partner_text = Renderer().render(partner.template, partner.context)
    assert "Другой период: «итоги октября»" in partner_text, partner_text
    assert "отзывы по" not in partner_text, partner_text
    [curator] = await planner.handle(CURATOR, "итоги ноября")
    assert "«отзывы по КГТУ»" in Renderer().render(curator.template, curator.context)


async def test_students_and_unknown_partners_get_a_polite_answer(env: tuple) -> None:
    store, planner = env
    [student] = await planner.handle(STUDENTS[0], "итоги ноября")
    assert student.template == "report_not_allowed"
    [unknown] = await planner.handle(CURATOR, "отзывы по Политеху")
    assert unknown.template == "unknown_organiser"
    assert unknown.context["name"] == "Политеху"
    assert len(await store.list_organisations()) >= 2  # nothing was created or lost


async def test_a_quiet_period_says_so(env: tuple) -> None:
    _, planner = env
    [reply] = await planner.handle(CURATOR, "итоги за прошлую неделю")
    assert reply.context["total"].events == 0
    assert "мероприятий не было" in Renderer().render(reply.template, reply.context)
