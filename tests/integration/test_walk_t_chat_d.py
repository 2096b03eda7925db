"""Walk t (2026-12-02, partners and the curator agreeing a term's plan) in the chat: findings
13, 11 and 17, over a real store (SQLite), a frozen clock and the real templates. Sentences
written for these tests."""

from __future__ import annotations

from datetime import timedelta

from bot.core.models import EventStatus
from bot.core.ports import FixedClock
from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world


async def _say(world: ChatWorld, text: str) -> tuple[list[str], str]:
    replies = await world.planner.handle(world.vk_id, text)
    return [r.template for r in replies], "\n".join(world.text(r) for r in replies)


async def _add(world: ChatWorld, text: str) -> None:
    """`text` sent and confirmed: one more event stored."""
    stored = len(await world.store.events_between(world.planner.clock.now(), None))
    await _say(world, text)
    await _say(world, "да")
    assert len(await world.store.events_between(world.planner.clock.now(), None)) == stored + 1


# --- finding 13: a polite cancellation after a greeting ----------------------------------


async def test_a_polite_cancellation_after_a_greeting_gets_the_cancel_card(
    world: ChatWorld,
) -> None:
    """«Добрый день! К сожалению, встречу 16-го придётся отменить, у нас заболел спикер.
    Отмените, пожалуйста»: the cancel card of the meeting on the 16th, no draft «Добрый
    день»; after «да» the event is cancelled and the reason kept."""
    await _add(world, "Профориентационная встреча 16 декабря 14:40-16:10, актовый зал, 8-9 классы")
    await _add(world, "Лекция по физике 17 декабря в 15:00, 9 классы")
    templates, card = await _say(
        world,
        "Добрый день! К сожалению, встречу 16-го придётся отменить, у нас заболел спикер. "
        "Отмените, пожалуйста",
    )
    assert templates == ["change_card"], (templates, card)
    assert "Профориентационная встреча" in card
    assert "Добрый день" not in card
    templates, done = await _say(world, "да")
    assert "cancelled" in templates, (templates, done)
    live = await world.store.events_between(world.planner.clock.now(), None)
    assert [e.title for e in live if e.status is not EventStatus.CANCELLED] == ["Лекция по физике"]


async def test_a_greeting_then_a_request_naming_the_event_gets_the_card(
    world: ChatWorld,
) -> None:
    """«Здравствуйте! Отмените, пожалуйста, лекцию 17 декабря» and «Лекция 17 декабря.
    Отмените её, пожалуйста»: the lecture's cancel card each time."""
    await _add(world, "Профориентационная встреча 16 декабря 14:40-16:10, актовый зал, 8-9 классы")
    await _add(world, "Лекция по физике 17 декабря в 15:00, 9 классы")
    for text in (
        "Здравствуйте! Отмените, пожалуйста, лекцию 17 декабря",
        "Коллеги, добрый день! Лекция 17 декабря. Отмените её, пожалуйста",
    ):
        templates, card = await _say(world, text)
        assert templates == ["change_card"], (text, templates, card)
        assert "Лекция по физике" in card, card
        await _say(world, "нет")


# --- finding 11: a rename naming a day is a rename, never a new event ---------------------


async def test_renaming_an_event_that_is_over_says_so_and_adds_nothing(world: ChatWorld) -> None:
    """«назови экскурсию 3 декабря «Янтарь в искусстве»» on 5 December: the excursion is
    over, so the reply says past events stay as they were; no draft for 3 December of next
    year, nothing stored or changed."""
    await _add(world, "Экскурсия в музей 3 декабря 10:00-11:30, 8 классы")
    clock = world.planner.clock
    assert isinstance(clock, FixedClock)
    clock.set(clock.now() + timedelta(days=4))
    templates, shown = await _say(world, "назови экскурсию 3 декабря «Янтарь в искусстве»")
    assert templates == ["edit_event_over"], (templates, shown)
    assert "Экскурсия в музей" in shown
    templates, shown = await _say(world, "да")
    assert "saved" not in templates, (templates, shown)
    since = clock.now() - timedelta(days=30)
    stored = await world.store.events_between(since, None)
    assert [e.title for e in stored] == ["Экскурсия в музей"]


async def test_renaming_a_coming_event_named_by_its_day_is_a_rename(world: ChatWorld) -> None:
    """«назови экскурсию 10 декабря «Янтарь в искусстве»»: the change card of the
    excursion's title; after «да» it has the new title and no other event is added."""
    await _add(world, "Экскурсия в музей 10 декабря 10:00-11:30, 8 классы")
    await _add(world, "Лекция по физике 10 декабря в 15:00, 9 классы")
    templates, card = await _say(world, "назови экскурсию 10 декабря «Янтарь в искусстве»")
    assert templates == ["change_card"], (templates, card)
    await _say(world, "да")
    stored = await world.store.events_between(world.planner.clock.now(), None)
    assert sorted(e.title for e in stored) == ["Лекция по физике", "Янтарь в искусстве"]


# --- finding 17: a long message's capitals are no organiser asked about -------------------


async def test_a_long_partner_message_is_no_question_about_an_organiser(world: ChatWorld) -> None:
    """«Добрый день! Есть ещё идея: в зимние каникулы провести … в Blender, … на ул.
    Генерала Соммера, 19 …»: «Есть» opens it, yet it is an event being offered — its draft's
    day is asked, never «Не нашёл организатора «Blender Генерала Соммера Мест»»."""
    templates, shown = await _say(
        world,
        "Добрый день! Есть ещё идея: в зимние каникулы провести для 7–8 классов интенсив по "
        "3D-моделированию в Blender, 2 дня по 3 часа, с 11:00 до 14:00, у нас в офисе на ул. "
        "Генерала Соммера, 19 (3 этаж). Мест — 20.",
    )
    assert "unknown_organiser" not in templates, (templates, shown)
    assert "Интенсив" in shown, (templates, shown)


async def test_a_short_question_about_an_organiser_still_names_it(world: ChatWorld) -> None:
    """«есть что у Музей янтаря на следующей неделе» with no such organiser: it is still a
    question, and the reply says the organiser is not known."""
    templates, shown = await _say(world, "есть что у Музей янтаря на следующей неделе")
    assert templates == ["unknown_organiser"], (templates, shown)


async def test_a_students_polite_request_after_a_greeting_cancels_the_signup(
    world: ChatWorld,
) -> None:
    """A student's «Добрый день! Отмените, пожалуйста, лекцию по физике» is the same
    request as without the greeting: their sign-up is cancelled, not «не понял»."""
    student = 301
    await _add(world, "Лекция по физике 17 декабря в 15:00, 9 классы")
    await world.planner.handle(student, "я из 9А")
    signed = await world.planner.handle(student, "запиши меня на лекцию по физике")
    assert "signed_up" in [r.template for r in signed], [r.template for r in signed]
    replies = await world.planner.handle(
        student, "Добрый день! Отмените, пожалуйста, лекцию по физике"
    )
    shown = "\n".join(world.text(r) for r in replies)
    assert "not_understood" not in [r.template for r in replies], shown
    assert "Лекция по физике" in shown, shown
