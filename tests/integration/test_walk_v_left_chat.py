"""Walk v (tests/data/newcomer_walk_2026-12-02v.md, F3 «Left») in the chat: a weekly plan
whose rows name their days but no clock times. The signature under it is who sends the plan,
never a line «не понял»; each row is kept and its time asked with «исправь N: 16:00», as a
row's missing day is. A real store (SQLite), a frozen clock (1 December 2026) and the real
templates; the plan written for these tests after p04's construction, not its words."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import NOW, ChatWorld, said

world = chat_world.partner_world

WEEKLY_NO_TIMES = (
    "Добрый день! Наш план на неделю:\n\n"
    "План мероприятий, проводимых с 7.12.2026 по 12.12.2026 г.\n"
    "10 декабря 2026 года на базе Дома детского творчества будет проведена викторина по "
    "истории родного края.\n"
    "11 декабря 2026 года в кружке «Юный химик» будет проведён мастер-класс «Опыты с "
    "водой».\n\n"
    "Педагог-организатор Дома детского творчества"
)


async def test_a_weekly_plan_without_times_asks_each_rows_time(world: ChatWorld) -> None:
    templates, text = await said(world, WEEKLY_NO_TIMES)
    assert templates == ["plan_incomplete"], (templates, text)
    assert "Не понял" not in text, text
    assert "Педагог-организатор" not in text, text
    assert "(строка 1) — нет времени" in text, text
    assert "(строка 2) — нет времени" in text, text
    assert "«исправь 1: 16:00»" in text, text
    templates, text = await said(world, "исправь 1: 15:00")
    assert "10 декабря (чт), 15:00" in text, text
    assert "(строка 2) — нет времени" in text, text
    await said(world, "исправь 2: 16:00")
    templates, text = await said(world, "да")
    events = await world.store.events_between(NOW, None)
    starts = sorted(e.start.astimezone(NOW.tzinfo).strftime("%d %H:%M") for e in events)
    assert starts == ["10 15:00", "11 16:00"], (starts, text)


async def test_a_signature_is_not_listed_among_lines_not_understood(world: ChatWorld) -> None:
    """A plan with times: its signature is no line «не понял» either."""
    plan = WEEKLY_NO_TIMES.replace("2026 года на", "2026 года в 15:00 на").replace(
        "2026 года в кружке", "2026 года в 16:00 в кружке"
    )
    templates, text = await said(world, plan)
    assert templates == ["plan_summary"], (templates, text)
    assert "Педагог-организатор" not in text, text
