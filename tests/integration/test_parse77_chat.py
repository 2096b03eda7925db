"""parse77: a report dated only by its publication stamp, through the real chat core
(tests/chat_world.py: a partner of КГТУ, clock Tuesday 1 December 2026, 10:00; the real
planner, a real store, the real templates). All sentences are my own."""

from __future__ import annotations

from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import chat_world, plan_file_world
from tests.chat_world import ChatWorld, said
from tests.plan_file_world import rendered

world = chat_world.partner_world
store = plan_file_world.store
planner = plan_file_world.planner
BELLS = "звонки: 8:00-8:45, 8:55-9:40, 10:00-10:45, 11:05-11:50, 12:00-12:45, 12:55-13:40"

_REPORT = (
    "Экскурсия в пожарную часть\n01.12.2026 09:47\nУченики 3А класса побывали на экскурсии в"
    " пожарной части №5. Инструктор рассказал о работе пожарных и показал ребятам машины."
)


async def test_a_report_dated_only_by_its_stamp_asks_that_day(world: ChatWorld) -> None:
    """Before: «не понял» (the stamp taken, no day left). Now the stamp's day is offered and
    asked; «да» keeps it, the site's minute (09:47) is never the event's clock."""
    templates, text = await said(world, _REPORT)
    assert "кроме даты публикации" in text, text
    assert "1 декабря" in text, text
    assert "09:47" not in text, text
    templates, text = await said(world, "да")
    assert templates == ["event_card"], text
    assert "🗓 1 декабря" in text, text
    assert "09:47" not in text, text


async def test_a_report_dated_only_by_its_stamp_takes_another_day_answered(
    world: ChatWorld,
) -> None:
    """A day answered instead of «да» is the event's."""
    templates, text = await said(world, _REPORT)
    templates, text = await said(world, "3 декабря")
    assert templates == ["event_card"], text  # the classes (3А) and the place read from the post
    assert "🗓 3 декабря (чт), весь день" in text, text
    assert "📍 пожарная часть №5" in text, text


async def test_a_concert_on_the_eve_of_8_march_offers_the_day_before(world: ChatWorld) -> None:
    """Before: «не понял» (the eve's date taken, nothing left). Now 7 March is offered and
    asked; «да» keeps it with the clock written."""
    templates, text = await said(
        world, "Накануне 8 Марта в 15:00 в актовом зале пройдёт концерт для мам, 3А."
    )
    assert "канун праздника" in text, text
    assert "7 марта" in text, text
    templates, text = await said(world, "да")
    assert templates == ["event_card"], text
    assert "🗓 7 марта" in text, text
    assert "15:00" in text, text


async def test_a_clock_the_bells_contradict_is_asked(store: SqliteStore, planner: Planner) -> None:
    """The curator gives the bells (the 6th lesson ends 13:40); «в 12:00 после 6 урока» is
    then asked (before: saved at 12:00 unasked, parse76), «в 14:00 после 6 урока» is not."""
    await planner.handle(plan_file_world.CURATOR, BELLS)
    said = rendered(
        await planner.handle(
            plan_file_world.CURATOR,
            "Консультация по математике 15 декабря в 12:00 после 6 урока, 9а",
        )
    )
    assert "Время указано по урокам" in said, said
    await planner.handle(plan_file_world.CURATOR, "отмена")
    said = rendered(
        await planner.handle(
            plan_file_world.CURATOR, "Консультация по физике 16 декабря в 14:00 после 6 урока, 9а"
        )
    )
    assert "Время указано по урокам" not in said, said
    assert "14:00" in said, said
