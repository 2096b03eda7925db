"""Walk t (2026-12-02), finding 16: the curator's agreement of events, in the chat, over a real
store (SQLite), a frozen clock and the real templates. A partner's new event waits; the
curator hears of it and agrees it («согласовано», «согласую …», «согласовать всё от …»);
the partner is told and asks about it; a partner's move takes the agreement back. Nobody
but the curator agrees anything. Sentences written for these tests."""

from __future__ import annotations

from bot.core.models import Event, OrgKind, Role
from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld
from tests.chat_world import said as _say

world = chat_world.partner_world

MUSEUM = 201  # a second partner's methodist
TEACHER = 202  # a class teacher of 9А


async def _people(world: ChatWorld) -> None:
    """The curator (known once they write), the museum's methodist and a class teacher."""
    await _say(world, "помощь", CURATOR)
    museum = await world.store.create_organisation("Музей янтаря", OrgKind.PARTNER)
    await world.store.save_person(MUSEUM, Role.PARTNER, "Анна", museum.id)
    curator = await world.store.get_person_by_vk(CURATOR)
    assert curator is not None
    await world.store.save_person(TEACHER, Role.STAFF, "Ольга", curator.organisation_id, "9А")


async def _events(world: ChatWorld) -> dict[str, Event]:
    stored = await world.store.events_between(world.planner.clock.now(), None)
    return {e.title: e for e in stored}


async def _add(world: ChatWorld, text: str, vk_id: int | None = None) -> list[str]:
    """`text` sent and confirmed; the templates of the «да» replies."""
    await _say(world, text, vk_id)
    replies = await world.planner.handle(world.vk_id if vk_id is None else vk_id, "да")
    return [r.template for r in replies]


async def test_a_partners_event_waits_and_the_curator_is_told(world: ChatWorld) -> None:
    await _people(world)
    replies = await world.planner.handle(
        world.vk_id, "Мастер-класс по Python 17 декабря 15:00-16:00, 9 классы, каб. 21"
    )
    replies = await world.planner.handle(world.vk_id, "да")
    notices = [r for r in replies if r.template == "agreement_waiting_notice"]
    assert [r.recipients for r in notices] == [(CURATOR,)]
    assert notices[0].dedupe_key  # through the outbox, as every notice
    assert "Мастер-класс по Python" in world.text(notices[0])
    assert "КГТУ" in world.text(notices[0])
    assert "Сохранено" in world.text(replies[0])
    assert "накладк" not in world.text(replies[0])
    event = (await _events(world))["Мастер-класс по Python"]
    assert not event.agreed
    templates, shown = await _say(world, "что у меня согласовано?")
    assert templates == ["agreement_list"], (templates, shown)
    assert "⏳ ждёт согласования" in shown
    assert "Мастер-класс по Python" in shown


async def test_the_curators_own_event_is_agreed_at_once(world: ChatWorld) -> None:
    await _people(world)
    templates = await _add(
        world, "Концерт хора 18 декабря 15:00-16:00, 5 классы, актовый зал", CURATOR
    )
    assert "agreement_waiting_notice" not in templates
    event = (await _events(world))["Концерт хора"]
    assert event.agreed
    assert event.agreed_by is not None


async def test_the_curator_agrees_the_only_waiting_one_and_the_partner_is_told(
    world: ChatWorld,
) -> None:
    await _people(world)
    await _add(world, "Мастер-класс по Python 17 декабря 15:00-16:00, 9 классы, каб. 21")
    replies = await world.planner.handle(CURATOR, "согласовано")
    assert [r.template for r in replies] == ["agreement_done", "agreement_notice"]
    notice = replies[1]
    assert notice.recipients == (world.vk_id,)
    assert notice.dedupe_key
    assert "Куратор согласовал" in world.text(notice)
    event = (await _events(world))["Мастер-класс по Python"]
    curator = await world.store.get_person_by_vk(CURATOR)
    assert event.agreed
    assert curator is not None
    assert event.agreed_by == curator.id
    templates, shown = await _say(world, "а мой мастер-класс одобрили?")
    assert templates == ["agreement_state"], (templates, shown)
    assert "✅ согласовано 1 декабря" in shown
    templates, shown = await _say(world, "что ждёт согласования?", CURATOR)
    assert "Ничего не ждёт" in shown, shown


async def test_several_partners_agree_by_name_and_by_organiser(world: ChatWorld) -> None:
    await _people(world)
    await _add(world, "Мастер-класс по Python 17 декабря 15:00-16:00, 9 классы, каб. 21")
    await _add(world, "Лекция о роботах 18 декабря 15:00-16:00, 10 классы, каб. 22")
    await _add(world, "Экскурсия в музей 16 декабря 10:00-11:30, 8А, Музей янтаря", MUSEUM)
    templates, shown = await _say(world, "что ждёт согласования?", CURATOR)
    assert templates == ["agreement_list"]
    assert shown.count("⏳") == 3
    assert "(Музей янтаря)" in shown
    assert "(КГТУ)" in shown
    replies = await world.planner.handle(CURATOR, "согласую экскурсию в музей")
    assert [r.template for r in replies] == ["agreement_done", "agreement_notice"]
    assert replies[1].recipients == (MUSEUM,)
    events = await _events(world)
    assert events["Экскурсия в музей"].agreed
    assert not events["Мастер-класс по Python"].agreed
    replies = await world.planner.handle(CURATOR, "согласовать всё от КГТУ")
    assert replies[0].template == "agreement_done"
    assert [r.recipients for r in replies[1:]] == [(world.vk_id,)]
    assert "Мастер-класс по Python" in world.text(replies[1])
    assert "Лекция о роботах" in world.text(replies[1])
    assert all(e.agreed for e in (await _events(world)).values())


async def test_a_partners_or_a_teachers_agreement_agrees_nothing(world: ChatWorld) -> None:
    await _people(world)
    await _add(world, "Мастер-класс по Python 17 декабря 15:00-16:00, 9 классы, каб. 21")
    await _add(world, "Экскурсия в музей 16 декабря 10:00-11:30, 8А, Музей янтаря", MUSEUM)
    for vk_id, text in (
        (world.vk_id, "согласовано"),
        (world.vk_id, "согласовать всё"),
        (MUSEUM, "согласую мастер-класс по python"),
        (MUSEUM, "согласовано"),
        (TEACHER, "согласовано"),
        (TEACHER, "согласовать всё"),
    ):
        templates, shown = await _say(world, text, vk_id)
        assert templates == ["agreement_not_allowed"], (vk_id, text, templates, shown)
    assert not any(e.agreed for e in (await _events(world)).values())


async def test_a_partners_move_of_an_agreed_event_makes_it_wait_again(world: ChatWorld) -> None:
    await _people(world)
    await _add(world, "Мастер-класс по Python 17 декабря 15:00-16:00, 9 классы, каб. 21")
    await _say(world, "согласовано", CURATOR)
    await _say(world, "перенеси мастер-класс на 18 декабря")
    replies = await world.planner.handle(world.vk_id, "да")
    notices = {r.recipients: world.text(r) for r in replies if r.template == "change_notice"}
    assert set(notices) == {(CURATOR,), (TEACHER,)}  # the 9А class teacher hears of it too
    assert "снова ждёт вашего согласования" in notices[(CURATOR,)]
    assert "согласовани" not in notices[(TEACHER,)]  # only the curator agrees
    assert not (await _events(world))["Мастер-класс по Python"].agreed
    _templates, shown = await _say(world, "мои мероприятия")
    assert "⏳ ждёт согласования" in shown, shown


async def test_the_curators_own_move_keeps_the_agreement(world: ChatWorld) -> None:
    await _people(world)
    await _add(world, "Мастер-класс по Python 17 декабря 15:00-16:00, 9 классы, каб. 21")
    await _say(world, "согласовано", CURATOR)
    await _say(world, "перенеси мастер-класс по python на 18 декабря", CURATOR)
    await _say(world, "да", CURATOR)
    event = (await _events(world))["Мастер-класс по Python"]
    assert event.start.day == 18
    assert event.agreed


async def test_a_refusal_changes_nothing_and_says_what_to_do(world: ChatWorld) -> None:
    await _people(world)
    await _add(world, "Интенсив по 3D-моделированию 17 декабря 11:00-14:00, 7-8 классы")
    templates, shown = await _say(world, "не согласовываю интенсив по 3D-моделированию", CURATOR)
    assert templates == ["agreement_refuse"], (templates, shown)
    assert "отмени Интенсив по 3D-моделированию" in shown
    assert "перенеси" in shown
    event = (await _events(world))["Интенсив по 3D-моделированию"]
    assert not event.agreed
    assert event.status.value == "confirmed"


async def test_the_curators_plan_marks_what_waits_and_students_see_it_as_before(
    world: ChatWorld,
) -> None:
    """The curator's «что на следующей неделе?» marks the waiting events; a student's list
    is unchanged: a waiting event is listed and open to sign-ups, with no mark."""
    await _people(world)
    await _add(world, "Мастер-класс по Python 17 декабря 15:00-16:00, 9 классы, каб. 21")
    await _add(world, "Лекция о роботах 18 декабря 15:00-16:00, 9 классы, каб. 22")
    await _say(world, "согласую лекцию о роботах", CURATOR)
    _, shown = await _say(world, "что в декабре?", CURATOR)
    python = next(line for line in shown.splitlines() if "Мастер-класс по Python" in line)
    robots = next(line for line in shown.splitlines() if "Лекция о роботах" in line)
    assert "⏳ ждёт согласования" in python
    assert "согласовани" not in robots
    student = 300
    await _say(world, "я из 9А", student)
    _, listed = await _say(world, "что в декабре?", student)
    assert "Мастер-класс по Python" in listed
    assert "согласовани" not in listed
    templates, said = await _say(world, "запиши меня на мастер-класс по python", student)
    assert templates == ["signed_up"], (templates, said)


async def test_the_notices_button_agrees_its_event_and_only_for_the_curator(
    world: ChatWorld,
) -> None:
    """The waiting notice of one event carries «✅ Согласовать»: the curator's press agrees
    that event; the same payload forged by the partner agrees nothing."""
    await _people(world)
    await _say(world, "Мастер-класс по Python 17 декабря 15:00-16:00, 9 классы, каб. 21")
    replies = await world.planner.handle(world.vk_id, "да")
    [notice] = [r for r in replies if r.template == "agreement_waiting_notice"]
    [[button]] = notice.buttons
    forged = await world.planner.handle(world.vk_id, "", button.payload)
    assert [r.template for r in forged] == ["agreement_not_allowed"]
    assert not (await _events(world))["Мастер-класс по Python"].agreed
    pressed = await world.planner.handle(CURATOR, "", button.payload)
    assert [r.template for r in pressed] == ["agreement_done", "agreement_notice"]
    assert (await _events(world))["Мастер-класс по Python"].agreed
