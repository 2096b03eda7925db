"""Round 19 small fixes (branch fixsmall19): a weekday that contradicts a day number
(newcomer walk 2026-12-03x, left under X2), … — the real planner over a real store, the
real templates, a frozen clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

from bot.core.language.buttons import ButtonAction
from tests.chat_world import ZONE, ChatWorld, curator_world, said

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=ZONE)  # Thursday; 17 December is a Thursday too
STUDENT = 600


# --- a weekday and a day number that contradict each other ------------------------------


async def test_a_weekday_that_is_not_the_numbered_days_is_named_and_both_days_offered(
    tmp_path: Path,
) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await said(world, "Экскурсия в музей 17 декабря в 15:00, 8Б")
        await said(world, "да")
        await said(world, "Лекция о космосе 18 декабря в 12:00, 8Б")
        await said(world, "да")
        await said(world, "я из 8Б", STUDENT)
        world.vk_id = STUDENT
        [reply] = await world.say("что в пятницу 17?")
        text = world.text(reply)
        # the 17th is shown, and the student is told it is a Thursday, not a Friday
        assert "17 декабря — четверг, а не пятница" in text, text
        assert "Экскурсия в музей" in text
        assert "4 декабря" not in text  # not this week's Friday, silently
        picks = [b for row in reply.buttons for b in row if b.payload["a"] == ButtonAction.PICK]
        assert len(picks) == 1, reply.buttons
        [friday] = await world.press(picks[0].payload)  # the other reading: that week's Friday
        assert "18 декабря (пт)" in world.text(friday)
        assert "Лекция о космосе" in world.text(friday)
        # a weekday beside a date with a month, or «17го»: the same (not 17 December 2027,
        # the next year whose 17 December is a Friday)
        for asked in ("что в пятницу 17 декабря?", "а чё в пт 17го?", "что в пятницу, 17.12?"):
            text = world.text((await world.say(asked))[0])
            assert "17 декабря — четверг, а не пятница" in text, asked
            assert "2027" not in text, asked
        # a weekday that agrees is answered as before, with nothing to choose
        [thursday] = await world.say("что в четверг 17?")
        assert "а не" not in world.text(thursday)
        assert not [b for row in thursday.buttons for b in row if b.payload["a"] == "pick"]
        # no events on the numbered day: still named, still offered
        [empty] = await world.say("что в понедельник 15?")  # the 15th is a Tuesday
        assert empty.template == "no_events"
        assert "15 декабря — вторник, а не понедельник" in world.text(empty)


# --- «на все» after a weekly series' list: every coming meeting, not only the listed ones --

CLUB = "Шахматный кружок по средам в 15:00-16:00 со 2 декабря по 24 февраля, 9 классы, каб. 5"


@asynccontextmanager
async def club_world(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    """The curator's chat on 1 December 2026 with CLUB saved (13 Wednesdays) and STUDENT of 9А
    known; closed after."""
    now = datetime(2026, 12, 1, 10, 0, tzinfo=ZONE)
    async with curator_world(tmp_path / "plan.db", now) as world:
        await said(world, CLUB)
        await said(world, "да")
        await said(world, "я из 9А", STUDENT)
        yield world


async def test_signing_up_for_all_of_a_series_takes_every_coming_meeting(
    tmp_path: Path,
) -> None:
    """13 Wednesdays, 2 December 2026 – 24 February 2027; «запиши меня на …» lists those
    of the next 60 days (9) and says how many there are in all; «на все» takes all 13."""
    async with club_world(tmp_path) as world:
        templates, which = await said(world, "запиши меня на шахматный кружок", STUDENT)
        assert templates == ["signup_which"], which
        assert "9." in which  # the list stays short
        assert "10." not in which
        assert "всего 13" in which, which
        assert "на все 13" in which, which
        templates, reply = await said(world, "запиши меня на все", STUDENT)
        assert templates[0] == "signed_up_many", reply
        assert "на 13 мероприятий" in reply, reply
        assert "24 февраля" in reply, reply
        student = await world.store.get_person_by_vk(STUDENT)
        assert student is not None
        club = await world.store.events_between(world.planner.clock.now(), None)
        held = [e for e in club if await world.store.signup_status(e.id, student.id) == "going"]
        assert len(held) == 13, held


async def test_all_under_a_months_plan_is_the_months_meetings_only(tmp_path: Path) -> None:
    """«что в декабре?» lists the кружок's five December meetings: «на все» is those five,
    not the series (the list was no «запиши меня на кружок»)."""
    async with club_world(tmp_path) as world:
        await said(world, "что в декабре?", STUDENT)
        templates, reply = await said(world, "запиши меня на все", STUDENT)
        assert templates[0] == "signed_up_many", reply
        assert "на 5 мероприятий" in reply, reply
