"""A plan's rows whose day had passed this school year (a date without a year, read as the
next year's) are asked «…имеется в виду 2027 год?». The question is answered, never lost
(newcomer walk 2026-12-01i, finding 2 and #10's first bullet): «да» and «Сохранить всё» take
the asked year and save those rows with the ready ones; «нет» saves nothing, keeps the plan
and says how to give the row its year («исправь 2: …»), and «исправь» then works; the same
for a plan pasted in the chat. A single event's year question gets a button and an example
with a year. Real planner, real SQLite store, real xlsx file, real templates, frozen clock."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.plan_files import import_plan_file, pasted_table_rows
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.chat_world import open_world
from tests.plan_file_world import CURATOR, TZ, buttons, planner_at
from tests.plan_file_world import rendered as text
from tests.plan_makers import xlsx

MAY = datetime(2027, 5, 15, 10, 0, tzinfo=TZ)
HEADER = ["Дата", "Время", "Название", "Классы"]
ROWS = [
    ["15.10", "15:00", "Лекция о роботах", "9"],
    ["31 декабря", "12:00", "Концерт", "5-7"],
    ["1 сентября", "09:00", "Линейка", "1-11"],
    ["20.05", "14:00", "Экскурсия", "8"],
]
PASTED = (
    "Лекция о роботах 15.10 в 15:00, 9 классы\n"
    "Концерт 31 декабря в 12:00, 5-7 классы\n"
    "Экскурсия 20.05 в 14:00, 8 классы"
)

store = plan_file_world.store


async def stored(store: SqliteStore) -> dict[str, str]:
    events = await store.events_between(MAY, None)
    return {e.title: e.start.astimezone(TZ).strftime("%d.%m.%Y %H:%M") for e in events}


async def test_yes_saves_the_rows_asked_about_in_the_asked_year(store: SqliteStore) -> None:
    planner = planner_at(store, MAY)
    [summary] = await import_plan_file(
        planner, CURATOR, "plan.xlsx", xlsx({"План": [HEADER, *ROWS]})
    )
    shown = text([summary])
    assert shown.count("имеется в виду 2027 год?") == 3, shown
    assert "Сохранить все 4" in shown, shown  # the question counts the rows asked about
    saved = await planner.handle(CURATOR, "да")
    assert saved[0].template == "saved", text(saved)
    assert await stored(store) == {
        "Лекция о роботах": "15.10.2027 15:00",
        "Концерт": "31.12.2027 12:00",
        "Линейка": "01.09.2027 09:00",
        "Экскурсия": "20.05.2027 14:00",
    }
    assert "Сохранено ✅ 4 мероприятия" in text(saved), text(saved)


async def test_the_save_all_button_takes_the_asked_year_too(store: SqliteStore) -> None:
    planner = planner_at(store, MAY)
    [summary] = await import_plan_file(
        planner, CURATOR, "plan.xlsx", xlsx({"План": [HEADER, *ROWS]})
    )
    await planner.handle(CURATOR, "", dict(buttons(summary)["Сохранить всё"].payload))
    assert len(await stored(store)) == 4


async def test_no_keeps_the_plan_and_says_how_to_give_the_year(store: SqliteStore) -> None:
    planner = planner_at(store, MAY)
    await import_plan_file(planner, CURATOR, "plan.xlsx", xlsx({"План": [HEADER, *ROWS]}))
    answer = await planner.handle(CURATOR, "нет")
    said = text(answer)
    assert "исправь 2: 15.10.2027" in said, said
    assert "строки 2, 3, 4" in said, said
    assert await stored(store) == {}
    fixed = await planner.handle(CURATOR, "исправь 2: 16.10.2027 в 15:00")
    assert "нет несохранённого плана" not in text(fixed), text(fixed)
    assert "Исправил строку 2" in text(fixed), text(fixed)
    await planner.handle(CURATOR, "да")
    assert (await stored(store))["Лекция о роботах"] == "16.10.2027 15:00"


async def test_discard_button_still_drops_the_plan(store: SqliteStore) -> None:
    planner = planner_at(store, MAY)
    [summary] = await import_plan_file(
        planner, CURATOR, "plan.xlsx", xlsx({"План": [HEADER, *ROWS]})
    )
    dropped = await planner.handle(CURATOR, "", dict(buttons(summary)["Не сохранять"].payload))
    assert dropped[0].template == "discarded", text(dropped)
    assert await stored(store) == {}


async def test_a_pasted_plan_in_may_is_saved_with_the_asked_year(store: SqliteStore) -> None:
    planner = Planner(
        store,
        FixedClock(MAY),
        PlannerConfig(tz=TZ, admins=frozenset({CURATOR})),
        pasted_tables=pasted_table_rows,
    )
    [summary] = await planner.handle(CURATOR, PASTED)
    shown = text([summary])
    assert shown.count("имеется в виду 2027 год?") == 2, shown
    await planner.handle(CURATOR, "да")
    assert await stored(store) == {
        "Лекция о роботах": "15.10.2027 15:00",
        "Концерт": "31.12.2027 12:00",
        "Экскурсия": "20.05.2027 14:00",
    }


async def test_no_to_a_pasted_plan_keeps_it_for_a_fix(store: SqliteStore) -> None:
    planner = Planner(
        store,
        FixedClock(MAY),
        PlannerConfig(tz=TZ, admins=frozenset({CURATOR})),
        pasted_tables=pasted_table_rows,
    )
    await planner.handle(CURATOR, PASTED)
    said = text(await planner.handle(CURATOR, "нет"))
    assert "исправь 1: 15.10.2027" in said, said
    fixed = await planner.handle(CURATOR, "исправь 1: 15.06.2027 в 15:00")
    assert "Исправил строку 1" in text(fixed), text(fixed)


async def test_a_single_events_year_question_has_a_button_and_a_dated_example(
    tmp_path: Path,
) -> None:
    world = await open_world(tmp_path / "one.db", MAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    try:
        [ask] = await world.say("Лекция о роботах 15.10 в 15:00, 9А")
        said = world.text(ask)
        assert "имеется в виду 15 октября 2027 года (пт)?" in said, said
        assert "«15 декабря»" not in said, said  # a yearless example would be asked again
        assert "2027»" in said, said
        offered = buttons(ask)
        [yes] = [label for label in offered if "2027" in label]
        [card] = await world.press(dict(offered[yes].payload))
        assert card.template == "event_card", world.text(card)
        assert "15 октября 2027 года (пт), 15:00" in world.text(card), world.text(card)
    finally:
        await world.store.close()


async def test_no_to_a_single_events_year_keeps_the_draft_and_asks_the_day(
    tmp_path: Path,
) -> None:
    world = await open_world(tmp_path / "one.db", MAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    try:
        [ask] = await world.say("Лекция о роботах 15.10 в 15:00, 9А")
        assert "Не сохранять" in buttons(ask), list(buttons(ask))
        [again] = await world.say("нет")
        said = world.text(again)
        assert "«Лекция о роботах»" in said, said
        assert "с годом" in said, said
        assert "удалён" not in said, said
        [card] = await world.say("16.10.2027 в 15:00")
        assert card.template == "event_card", world.text(card)
        assert "16 октября 2027 года (сб), 15:00" in world.text(card), world.text(card)
    finally:
        await world.store.close()


async def test_saved_names_the_rows_it_did_not_save(store: SqliteStore) -> None:
    """A row held for another reason (no time) is not saved by «да», as the summary said;
    «Сохранено» names it, so it does not vanish without a word."""
    planner = planner_at(store, MAY)
    rows = [HEADER, *ROWS, ["25.05", "", "Классный час", "8а"]]
    await import_plan_file(planner, CURATOR, "plan.xlsx", xlsx({"План": rows}))
    said = text(await planner.handle(CURATOR, "да"))
    assert "Сохранено ✅ 4 мероприятия" in said, said
    assert "строка 6: Классный час" in said, said
    assert "Классный час" not in await stored(store)


async def test_a_file_of_only_rows_asked_about_is_kept_for_the_answer(store: SqliteStore) -> None:
    """Every row asked about its year, none ready: the plan is still kept for «да»."""
    planner = planner_at(store, MAY)
    rows = [HEADER, *ROWS[:2]]
    [summary] = await import_plan_file(planner, CURATOR, "plan.xlsx", xlsx({"План": rows}))
    assert "Сохранить все 2 (строки 2, 3 — в 2027 году)?" in text([summary]), text([summary])
    await planner.handle(CURATOR, "да")
    assert await stored(store) == {
        "Лекция о роботах": "15.10.2027 15:00",
        "Концерт": "31.12.2027 12:00",
    }


@pytest.mark.parametrize("typed", ["Не сохранять", "не сохраняй"])
async def test_typed_discard_label_drops_a_single_event_asked_its_year(
    tmp_path: Path, typed: str
) -> None:
    """Newcomer walk 2026-12-01j, #2: the year question's reply says «Если мероприятие не
    нужно — «Не сохранять»», but typing those words was taken as «нет» and asked the day
    again, in a loop; typed, the button's label does what the button does."""
    world = await open_world(tmp_path / "one.db", MAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    try:
        await world.say("Лекция о роботах 15.10 в 15:00, 9А")
        [dropped, *_] = await world.say(typed)
        assert "с годом" not in world.text(dropped), world.text(dropped)
        [nothing] = await world.say("да")
        assert nothing.template == "nothing_pending", world.text(nothing)
        assert await world.store.events_between(MAY, MAY + timedelta(days=400)) == []
    finally:
        await world.store.close()
