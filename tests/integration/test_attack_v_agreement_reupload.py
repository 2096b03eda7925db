"""Attack v (2026-12-02), finding 14, for a plan file sent again: «обнови прежние» that
widens an agreed lecture from 7А, 7Б to the whole of 5–11 or turns an agreed olympiad into
another event in the same slot makes them wait for the curator again; the rows left as they
were stay agreed. Real planner, SQLite store, xlsx files, frozen clock (the world of
test_plan_files_update_changes)."""

from __future__ import annotations

from tests.integration.test_plan_files_update_changes import (
    CURATOR,
    EXCURSION,
    FIRST,
    KGTU_REP,
    QUIZ,
    World,
)
from tests.integration.test_plan_files_update_changes import store as store  # fixtures
from tests.integration.test_plan_files_update_changes import world as world
from tests.plan_file_world import reply_text as text


async def test_a_plan_sent_again_takes_back_a_widened_or_replaced_events_agreement(
    world: World,
) -> None:
    await world.send(FIRST)
    await world.say(KGTU_REP, "да")
    [agreed, *_] = await world.say(CURATOR, "согласовать всё")
    assert agreed.template == "agreement_done", text(agreed)
    assert all(e.agreed for e in (await world.events()).values())
    second = [
        ["08.12", "15.00", "Лекция «Как устроен беспилотник»", "5-11", "ауд. 204"],
        EXCURSION,
        ["15.12.2026", "14:30-16:00", "Продажа курсов", "9-11", "каб. 12"],
        QUIZ,
    ]
    await world.send(second)
    [done, *notices] = await world.say(KGTU_REP, "обнови прежние")
    assert done.template == "plan_updated", text(done)
    after = await world.events()
    assert not after["Лекция «Как устроен беспилотник»"].agreed
    assert not after["Продажа курсов"].agreed
    assert after["Экскурсия в порт"].agreed
    assert after[QUIZ[2]].agreed
    told = [text(r) for r in notices if r.recipients == (CURATOR,)]
    assert sum("теперь снова ждёт" in t for t in told) == 2, told
