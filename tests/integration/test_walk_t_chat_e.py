"""Walk t (2026-12-02, partners and the curator agreeing a term's plan) in the chat: findings
17, 18, 19 and 22, over a real store (SQLite), a frozen clock and the real templates.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from bot.core.dialog import Dialog
from bot.core.models import OrgKind, Role
from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld
from tests.chat_world import said as _say

world = chat_world.partner_world

MUSEUM = 201  # a second partner's methodist


async def _museum(world: ChatWorld) -> None:
    museum = await world.store.create_organisation("Музей янтаря", OrgKind.PARTNER)
    await world.store.save_person(MUSEUM, Role.PARTNER, "Анна", museum.id)


# --- finding 22: «Адрес тот же» ----------------------------------------------------------


async def test_same_address_takes_the_partners_last_venue(world: ChatWorld) -> None:
    """The museum's second post ends «Адрес тот же»: the card shows the place of its last
    event (not another partner's), and «да» stores it there."""
    await _museum(world)
    await _say(world, "Лекция 14 декабря 15:00-16:00, 9 классы, ауд. 204")
    await _say(world, "да")
    await _say(world, "Экскурсия 15 декабря 10:00-11:30, 8А, пл. Маршала Василевского, 1", MUSEUM)
    await _say(world, "да", MUSEUM)
    post = (
        "Добрый день! Напоминаем, что мы также ждём 8А и 8Б 16 декабря к 10:00 на экскурсию "
        "по экспозиции «Янтарь в искусстве». Продолжительность 1,5 часа. Адрес тот же."
    )
    templates, card = await _say(world, post, MUSEUM)
    assert templates == ["event_card"], (templates, card)
    assert "📍 пл. Маршала Василевского, 1" in card, card
    await _say(world, "да", MUSEUM)
    stored = await world.store.events_between(world.planner.clock.now(), None)
    assert sorted(e.venue or "" for e in stored) == [
        "ауд. 204",
        "пл. Маршала Василевского, 1",
        "пл. Маршала Василевского, 1",
    ]


async def test_same_place_in_other_words(world: ChatWorld) -> None:
    """«там же», «по тому же адресу», «как в прошлый раз» mean the last place too."""
    await _say(world, "Лекция 14 декабря 15:00-16:00, 9 классы, ауд. 204")
    await _say(world, "да")
    for said in ("там же", "по тому же адресу", "место как в прошлый раз"):
        templates, card = await _say(world, f"Семинар 18 декабря 15:00-16:00, 10 классы, {said}")
        assert templates == ["event_card"], (said, templates, card)
        assert "📍 ауд. 204" in card, (said, card)
        await _say(world, "нет")


async def test_same_address_without_an_earlier_event_asks_where(world: ChatWorld) -> None:
    """A first post saying «Адрес тот же» has no place to take: «Где пройдёт …?», and the
    answer is the card's place."""
    templates, shown = await _say(world, "Экскурсия 16 декабря 10:00-11:30, 8А. Адрес тот же.")
    assert templates == ["ask_edit"], (templates, shown)
    assert "Где пройдёт" in shown
    templates, card = await _say(world, "ул. Мира, 5")
    assert templates == ["event_card"], (templates, card)
    assert "📍 ул. Мира, 5" in card


# --- finding 18: an event asked for «в каникулы» ------------------------------------------

INTENSIVE = "Интенсив по 3D-моделированию в каникулы, с 11:00 до 14:00, 7–8 классы, ул. Мира, 5"


async def _vacation(world: ChatWorld) -> None:
    await _say(world, "каникулы с 29 декабря по 11 января", CURATOR)


async def test_a_day_asked_in_the_vacation_is_no_warning(world: ChatWorld) -> None:
    """The bot asked for a day «в каникулы» and got 30 December: the card says the day is
    in the vacation, but asks no «Сохранить всё равно?»."""
    await _vacation(world)
    templates, asked = await _say(world, INTENSIVE)
    assert templates == ["ask_date"], (templates, asked)
    templates, card = await _say(world, "30 декабря")
    assert templates == ["event_card"], (templates, card)
    assert "зимние каникулы" in card
    assert "всё равно" not in card, card
    assert "Накладок нет ✅" in card


async def test_free_times_of_a_vacation_event_are_in_the_vacation(world: ChatWorld) -> None:
    """31 December is a day off inside the vacation: the card says so (a day off, not «или
    каникулы»), and the free times it offers are vacation days, not 12 January."""
    await _vacation(world)
    await _say(world, INTENSIVE)
    replies = await world.planner.handle(world.vk_id, "31 декабря")
    [card] = replies
    assert card.template == "event_card"
    shown = world.text(card)
    assert "приходится на нерабочий день." in shown, shown
    slots = card.context["slots"]
    assert slots, shown
    days = [slot["start"].date() for slot in slots]  # type: ignore[index]
    assert all(date(2026, 12, 29) <= d <= date(2027, 1, 11) for d in days), days
    assert "в каникулы" in shown


async def test_a_vacation_day_not_asked_for_is_still_warned(world: ChatWorld) -> None:
    """A message that does not say «в каникулы» and falls in them is warned as before."""
    await _vacation(world)
    templates, card = await _say(
        world, "Интенсив по 3D-моделированию 30 декабря 11:00-14:00, 7–8 классы, ул. Мира, 5"
    )
    assert templates == ["event_card"], (templates, card)
    assert "приходится на нерабочий день или каникулы" in card, card


# --- finding 19: an event handed to a class teacher --------------------------------------

TEACHER = 301  # the 8А class teacher
STUDENT = 302


async def _excursion_and_teacher(world: ChatWorld) -> None:
    """КГТУ's excursion for 8А on 17 December, and Марина, who said she leads 8А."""
    await _say(world, "Экскурсия на верфь 17 декабря 10:00-11:30, 8А, ул. Мира, 5")
    await _say(world, "да")
    school = await world.planner.own_organisation()
    await world.store.save_person(TEACHER, Role.STAFF, "Марина", school.id)
    await world.planner.identify(CURATOR, "Завуч")
    await _say(world, "я классный руководитель 8А", TEACHER)


async def test_handing_an_event_to_a_class_teacher_opens_no_draft(world: ChatWorld) -> None:
    """«передай экскурсию 17 декабря классному руководителю 8А»: the excursion is for 8А, so
    Марина hears of it anyway (digest, moves and cancels); no draft «Экскурсия» is opened."""
    await _excursion_and_teacher(world)
    templates, shown = await _say(
        world, "передай экскурсию 17 декабря классному руководителю 8А", CURATOR
    )
    assert templates == ["hand_over"], (templates, shown)
    assert "Марина" in shown, shown
    assert "Передавать не нужно" in shown
    assert "Назначить ответственного нельзя" in shown
    curator = await world.store.get_person_by_vk(CURATOR)
    assert curator is not None
    assert not Dialog.load(await world.store.get_dialog(curator.id)).pending


async def test_appointing_a_responsible_teacher_under_an_open_draft(world: ChatWorld) -> None:
    """«назначь ответственным за экскурсию классного руководителя 9А» while the curator's
    own draft asks for its classes: the excursion is not for 9А and 9А has no class teacher
    in the bot, appointing is not possible — and the draft is kept, not «не понял»."""
    await _excursion_and_teacher(world)
    await _say(world, "Лекция 18 декабря в 15:00", CURATOR)
    templates, shown = await _say(
        world, "назначь ответственным за экскурсию классного руководителя 9А", CURATOR
    )
    assert templates == ["hand_over", "draft_kept"], (templates, shown)
    assert "не для 9А" in shown, shown
    assert "в боте пока нет" in shown
    assert "Назначить ответственного нельзя" in shown


async def test_telling_two_class_teachers(world: ChatWorld) -> None:
    """«отметь классным руководителям 8А и 9А экскурсию и мастер-класс»: one line per
    class, never «не понял»."""
    await _excursion_and_teacher(world)
    templates, shown = await _say(
        world, "отметь классным руководителям 8А и 9А экскурсию и мастер-класс", CURATOR
    )
    assert templates == ["hand_over"], (templates, shown)
    assert "• 8А — Марина" in shown, shown
    assert "• 9А" in shown


async def test_a_student_hands_nothing_over(world: ChatWorld) -> None:
    """A student's «передай классному руководителю 9Б экскурсию» is no school request."""
    await _excursion_and_teacher(world)
    await world.store.save_person(STUDENT, Role.STUDENT, "Вася", class_name="9Б")
    templates, shown = await _say(world, "передай классному руководителю 9Б экскурсию", STUDENT)
    assert templates == ["not_understood"], (templates, shown)


# --- finding 17: «2 дня по 3 часа» --------------------------------------------------------

IDEA = (
    "Добрый день! Есть ещё идея: в зимние каникулы провести для 7–8 классов интенсив по "
    "3D-моделированию в Blender, 2 дня по 3 часа, с 11:00 до 14:00, у нас в офисе на ул. "
    "Генерала Соммера, 19 (3 этаж). Мест — 20."
)


async def test_two_days_are_asked_for_and_stored(world: ChatWorld) -> None:
    """The long idea is an event (no question about an organiser): «На какие 2 дня …?», and
    «29 и 30 декабря» makes two meetings, both stored on «да»."""
    await _vacation(world)
    templates, asked = await _say(world, IDEA)
    assert templates == ["ask_date"], (templates, asked)
    assert "На какие 2 дня" in asked
    templates, card = await _say(world, "29 и 30 декабря")
    assert templates == ["event_card"], (templates, card)
    assert "ещё 1 раз" in card, card
    await _say(world, "да")
    stored = await world.store.events_between(world.planner.clock.now(), None)
    days = sorted(e.start.astimezone(chat_world.ZONE).date() for e in stored)
    assert days == [date(2026, 12, 29), date(2026, 12, 30)]


async def test_one_day_of_two_is_named_on_the_card(world: ChatWorld) -> None:
    """One day answered for «2 дня»: the card says the message has two, and its «✏️ Дата и
    время» takes «29–30 декабря» as both days."""
    await _vacation(world)
    await _say(world, IDEA)
    [card] = await world.planner.handle(world.vk_id, "29 декабря")
    shown = world.text(card)
    assert "В сообщении — 2 дня, а здесь 1 встреча" in shown, shown
    [edit] = [b for row in card.buttons for b in row if b.context.get("field") == "when"]
    await world.planner.handle(world.vk_id, "", edit.payload)
    templates, again = await _say(world, "29–30 декабря")
    assert templates == ["event_card"], (templates, again)
    assert "ещё 1 раз" in again, again
    assert "В сообщении — 2 дня" not in again
