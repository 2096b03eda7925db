"""A student who moved to another class (newcomer walk 2026-12-01h, #10), through the planner
(real SQLite store, frozen clock, real templates): «я перешёл в 10А» is understood, the new
class is kept, and the sign-ups to events of the old class are kept but named, with how to
leave them; «удали мои данные» gets an answer saying whom to ask, never «не понял»."""

from __future__ import annotations

from tests.integration.test_conversation_changes import CURATOR, STUDENT, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture


async def test_a_move_to_another_class_names_the_old_classes_sign_ups(world: World) -> None:
    await add(world, CURATOR, "Экскурсия в порт 15 декабря в 12:00, 9Б")
    await add(world, CURATOR, "Концерт 16 декабря в 12:00, 5-11 классы")  # 10А too
    await world.say(STUDENT, "я из 9Б")
    assert [r.template for r in await world.say(STUDENT, "запиши меня на экскурсию")] == [
        "signed_up"
    ]
    assert [r.template for r in await world.say(STUDENT, "запиши меня на концерт")] == ["signed_up"]
    [moved] = await world.say(STUDENT, "я перешёл в 10А")
    assert moved.template == "class_set"
    text = world.text(moved)
    assert "10А" in text
    assert "Экскурсия в порт" in text  # for 9Б: kept, and said so
    assert "Концерт" not in text  # open to 10А as well
    assert "не пойду" in text
    person = await world.store.get_person_by_vk(STUDENT)
    assert person is not None
    assert person.class_name == "10А"
    going = [e.title for e, s in await world.store.events_of_person(person.id, world.clock.now())]
    assert sorted(going) == ["Концерт", "Экскурсия в порт"]


async def test_she_moved_too(world: World) -> None:
    await world.say(STUDENT, "я из 9Б")
    [moved] = await world.say(STUDENT, "я перешла в 10а класс")
    assert moved.template == "class_set"
    assert "Экскурсия" not in world.text(moved)


async def test_delete_my_data_says_whom_to_ask(world: World) -> None:
    for text in ("удали мои данные", "удалите мои данные, пожалуйста"):
        [reply] = await world.say(STUDENT, text)
        assert reply.template == "data_deletion", text
        assert "куратор" in world.text(reply)
