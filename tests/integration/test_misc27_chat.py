"""Newcomer walk 2026-12-03ad (tests/data/newcomer_walk_2026-12-03ad.md), findings AD5, AD6,
AD8: the curator's per-partner count names its period and covers the school year, a bare
list number after a list the teacher saw picks that item, and a cancelled sign-up says how
to sign up again. The real planner over a real store (SQLite), the real templates, a frozen
clock; the plan of the walk (tests/integration/test_walk26_class_teacher.py)."""

from __future__ import annotations

from pathlib import Path

from bot.core.models import NewEvent
from tests.chat_world import CURATOR, ChatWorld, curator_world, said
from tests.integration.test_walk26_class_teacher import (
    NOW,
    PETYA,
    TEACHER,
    _class_teacher,
    _plan,
    _sheets,
    at,
)


async def _earlier_event(world: ChatWorld, partner_id: int) -> None:
    """A lecture of the same partner held in October, before the question is asked."""
    await world.store.add_events(
        [
            NewEvent(
                "Лекция о роботах",
                partner_id,
                at("2026-10-14T15:00"),
                at("2026-10-14T16:00"),
                agreed_at=at("2026-10-01T09:00"),
            )
        ],
        None,
    )


# --- AD5: «сколько мероприятий у каждого партнёра?» counts the school year, and says so ----


async def test_the_per_partner_count_covers_the_school_year_and_names_it(
    tmp_path: Path,
) -> None:
    """On Saturday 19 December at 14:00 (the quest was held at 12:00) the answer was «С 19
    декабря … Кванториум — 1» with the quest listed: now the whole school year, named,
    counts the October lecture, the hackathon and the quest."""
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        ids = await _plan(world)
        hackathon = await world.store.get_event(ids["Хакатон «Умный город»"])
        assert hackathon is not None
        await _earlier_event(world, hackathon.organisation_id)
        world.planner.clock.set(at("2026-12-19T14:00"))
        for text in (
            "сколько мероприятий у каждого партнёра?",
            "сколько мероприятий по партнёрам за учебный год",
            "сколько мероприятий в этом учебном году у каждого партнёра?",
        ):
            templates, answer = await said(world, text, CURATOR)
            assert templates == ["events_list"], (text, answer)
            first = answer.splitlines()[0]
            assert "Учебный год 2026/27" in first, (text, first)
            assert "1 сентября 2026 — 31 августа 2027" in first, (text, first)
            assert "Всего: 3 мероприятия: Кванториум — 3." in answer, (text, answer)
            assert "Лекция о роботах" in answer, (text, answer)


async def test_a_per_partner_count_of_a_named_period_keeps_it(tmp_path: Path) -> None:
    """A period the curator names is the one counted: «в декабре» is December only."""
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        ids = await _plan(world)
        hackathon = await world.store.get_event(ids["Хакатон «Умный город»"])
        assert hackathon is not None
        await _earlier_event(world, hackathon.organisation_id)
        world.planner.clock.set(at("2026-12-19T14:00"))
        templates, answer = await said(
            world, "сколько мероприятий в декабре у каждого партнёра?", CURATOR
        )
        assert templates == ["events_list"], answer
        assert answer.splitlines()[0] == "📅 Декабрь", answer
        assert "Всего: 2 мероприятия: Кванториум — 2." in answer, answer


# --- AD6: a bare number after a list picks that item of the last list --------------------


async def test_a_bare_number_after_the_week_list_names_that_event(tmp_path: Path) -> None:
    """The class teacher saw the week's list, asked «кто записался на квест?», then typed
    «1» (was «Извините, не понял»): №1 of the list, the hackathon, is named with what its
    number is for; «кто записался на 1» (was «не нашёл … «1»») and then «кто записался?»
    give its 9Б figure; a number the list lacks is «в списке нет»."""
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await _plan(world)
        await _class_teacher(world)
        _, listed = await said(world, "что на следующей неделе?", TEACHER)
        assert "1. 16:00–17:00 Хакатон «Умный город»" in listed, listed
        await said(world, "кто записался на квест?", TEACHER)
        templates, answer = await said(world, "1", TEACHER)
        assert templates == ["list_pick"], answer
        assert answer.startswith("№1: «Хакатон „Умный город“» — 17 декабря (чт), 16:00"), answer
        assert "«кто записался на 1»" in answer, answer
        assert "«отмени 1»" not in answer, answer  # a partner's event: not the teacher's to change
        for question in ("кто записался на 1", "кто записался?"):
            templates, answer = await said(world, question, TEACHER)
            assert templates == ["signup_count"], (question, answer)
            assert "Хакатон „Умный город“" in answer, (question, answer)
            assert "из 9Б пока никто не записался" in answer, (question, answer)
        templates, answer = await said(world, "7", TEACHER)
        assert templates == ["not_on_list"], answer


async def test_a_students_bare_number_names_the_event_and_how_to_sign_up(
    tmp_path: Path,
) -> None:
    """A student's «1» after the week list names the hackathon and «записаться 1» — never a
    sign-up made unasked; «2», the quest he holds, says so."""
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await _plan(world)
        await said(world, "что на следующей неделе?", PETYA)
        templates, answer = await said(world, "1", PETYA)
        assert templates == ["list_pick"], answer
        assert "«записаться 1»" in answer, answer
        _, mine = await said(world, "мои мероприятия", PETYA)
        assert "Хакатон" not in mine, mine
        await said(world, "что на следующей неделе?", PETYA)
        templates, answer = await said(world, "2", PETYA)
        assert templates == ["list_pick"], answer
        assert "Вы записаны ✅" in answer, answer
        assert "«записаться 2»" not in answer, answer


# --- AD8: a cancelled sign-up says how to sign up again, and that way works ---------------


async def test_a_cancelled_sign_up_says_how_to_sign_up_again(tmp_path: Path) -> None:
    """«не пойду 2» cancelled Петя's quest with no word of how to undo it; the reply now
    names «запиши меня снова» and has a button, and both sign him up again."""
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        ids = await _plan(world)
        quest = ids["Квест по музею"]
        await said(world, "что на следующей неделе?", PETYA)
        for again in ("запиши меня снова", "записаться снова", "button"):
            replies = await world.planner.handle(PETYA, "не пойду 2")
            assert [r.template for r in replies] == ["signup_cancelled"], replies
            text = world.text(replies[0])
            assert "«запиши меня снова»" in text, text
            [[button]] = replies[0].buttons
            assert button.label == "signup_again", button
            if again == "button":
                back = await world.planner.handle(PETYA, "", button.payload)
            else:
                back = await world.planner.handle(PETYA, again)
            assert back[0].template == "signed_up", (again, back)
            assert "Квест по музею" in world.text(back[0]), (again, back)
        _, mine = await said(world, "мои мероприятия", PETYA)
        assert "Квест по музею" in mine, mine
        assert quest in ids.values()


async def test_an_empty_school_year_count_names_the_year(tmp_path: Path) -> None:
    """With nothing planned the answer names the school year it looked at."""
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        templates, answer = await said(world, "сколько мероприятий у каждого партнёра?", CURATOR)
        assert templates == ["no_events"], answer
        assert answer.startswith("В учебном году 2026/27 (1 сентября"), answer


# --- free time for a two-day event: a weekend is offered only to a weekend event ----------


async def test_a_two_day_weekday_event_is_not_offered_a_weekend(tmp_path: Path) -> None:
    """A two-day conference on Thursday–Friday (lessons those days) was offered «19–20
    декабря» under «Время без уроков, каникул, праздников и воскресений» — a Saturday and a
    Sunday: a slot of two days starting on Saturday covers the Sunday the heading excludes."""
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        _, card = await said(world, "Конференция 17–18 декабря весь день, 9 классы", CURATOR)
        assert "уроки у 9-х классов" in card, card
        assert "19–20 декабря" not in card, card
        assert "26–27 декабря" not in card, card


async def test_a_weekend_event_is_offered_another_weekend(tmp_path: Path) -> None:
    """A two-day школьный турслёт on Saturday–Sunday clashing with another is offered the
    next Saturday–Sunday: the event itself is meant for a weekend."""
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await said(world, "Турслёт 19–20 декабря весь день, 9 классы", CURATOR)
        await said(world, "да", CURATOR)
        _, card = await said(world, "Сборы 19–20 декабря весь день, 9 классы", CURATOR)
        assert "⚠️ Турслёт — 19–20 декабря" in card, card
        assert "• 26–27 декабря" in card, card


# --- AD9: «Записались» is 0, not empty, for an event nobody signed up for ----------------


async def test_the_plan_file_counts_zero_sign_ups_as_0(tmp_path: Path) -> None:
    """The school's lecture nobody signed up for had an empty «Записались» cell, read as
    «not counted»: it is 0; the class hour, which takes no sign-ups, stays empty."""
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await _plan(world)
        for text in (
            "Лекция о профессиях 16 декабря в 15:00, 9 классы",
            "Классный час 18 декабря в 14:00, 9Б",
        ):
            await said(world, text, CURATOR)
            await said(world, "да", CURATOR)
        book = await _sheets(world, "выгрузка", CURATOR)
        counts = {r["Название"]: r["Записались"] for r in book["План"]}
        assert counts["Лекция о профессиях"] == 0, counts
        assert counts["Классный час"] is None, counts
        assert counts["Квест по музею"] == 2, counts
