"""Attack 2026-12-02s, #6 (wording) and the walk r «Left» note on authorless school
events: the planner over a real store, a frozen clock (Tuesday 1 December 2026,
partner_world), the real templates."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.models import Audience, NewEvent, Role
from bot.core.replies import Reply
from tests import chat_world
from tests.chat_world import CURATOR, ZONE, ChatWorld
from tests.integration.test_city_schools import LECTURE as LECTURE_CITY
from tests.integration.test_city_schools import PARTNER, City, renderer
from tests.integration.test_city_schools import city as city  # the fixture

world = chat_world.partner_world

LECTURE = "Лекция «Искусственный интеллект» 10 декабря в 15:00, 9–11 классы, ауд. 204"


async def _add(world: ChatWorld, text: str) -> None:
    await world.say(text)
    [saved, *_] = await world.say("да")
    assert saved.template == "saved", world.text(saved)


# --- #6d: the dropped card's notice comes before the new question ---------------------------


async def test_a_second_move_request_says_first_that_the_open_card_was_dropped(
    world: ChatWorld,
) -> None:
    await _add(world, LECTURE)
    [card] = await world.say("перенеси лекцию на 11 декабря в 16:00")
    assert card.template == "change_card", world.text(card)
    replies = await world.say("лекцию придётся перенести")
    assert [r.template for r in replies] == ["change_not_done", "ask_move_when"], [
        world.text(r) for r in replies
    ]


# --- walk r, «Left»: an authorless school event's notices reach its curators, not every
# teacher ---------------------------------------------------------------------------------

CLASS_TEACHER, OTHER_TEACHER = 500, 501


async def _authorless_olympiad(world: ChatWorld) -> None:
    """The school's «Олимпиада» for 9Б on 10 December 15:00–16:00 with no recorded author
    (a plan imported from the command line), a 9Б class teacher and a 5А one."""
    school = await world.planner.own_organisation()
    await world.planner.identify(CURATOR, "Завуч")
    await world.store.save_person(CLASS_TEACHER, Role.STAFF, "Ольга", school.id, class_name="9Б")
    await world.store.save_person(OTHER_TEACHER, Role.STAFF, "Ирина", school.id, class_name="5А")
    start = datetime(2026, 12, 10, 15, 0, tzinfo=ZONE)
    olympiad = NewEvent(
        "Олимпиада",
        school.id,
        start,
        start + timedelta(hours=1),
        audience=Audience(classes=frozenset({"9Б"})),
    )
    await world.store.add_events([olympiad], None)


def _recipients(replies: list[Reply]) -> set[int]:
    return {vk_id for r in replies for vk_id in r.recipients}


async def test_a_clash_with_an_authorless_school_event_is_told_to_the_curators(
    world: ChatWorld,
) -> None:
    await _authorless_olympiad(world)
    await world.say("Лекция о роботах 10 декабря в 15:00, 9Б, ауд. 204")
    replies = await world.say("да")
    assert replies[0].template == "saved", world.text(replies[0])
    told = _recipients(replies[1:])
    assert CURATOR in told, [world.text(r) for r in replies]
    assert not told & {CLASS_TEACHER, OTHER_TEACHER}, told


async def test_a_change_of_an_authorless_school_event_skips_other_teachers(
    world: ChatWorld,
) -> None:
    await _authorless_olympiad(world)
    [card] = await world.planner.handle(CURATOR, "перенеси олимпиаду на 11 декабря в 15:00")
    assert card.template == "change_card", world.text(card)
    replies = await world.planner.handle(CURATOR, "да")
    assert replies[0].template == "moved", world.text(replies[0])
    told = _recipients(replies[1:])
    assert CLASS_TEACHER in told, [world.text(r) for r in replies]  # the class's teacher
    assert OTHER_TEACHER not in told, [world.text(r) for r in replies]


# --- #6b: a question naming no event quotes the words, not the parse's leftovers --------------

STUDENT = 301
CITY_STUDENT = 400


async def test_no_match_names_the_asked_words_in_their_dictionary_form(world: ChatWorld) -> None:
    await _add(world, LECTURE)
    await world.store.save_person(STUDENT, Role.STUDENT, "Ученик", class_name="9Б")
    [details] = await world.planner.handle(STUDENT, "когда лекция о космосе?")
    assert "«лекция о космосе»" in world.text(details), world.text(details)  # as typed
    for question in ("какие лекции о космосе в декабре?", "какие лекции про космос?"):
        [reply] = await world.planner.handle(STUDENT, question)
        text = world.text(reply)
        assert reply.template == "no_events", text
        assert "лекции космосе" not in text, text
        assert "«космосе»" not in text, text
        assert "«космос»" in text, text


# --- #6b: «когда лекция в лицее №23?» names a school, not title words ----------------------


async def test_a_question_naming_another_school_is_sent_to_its_community(city: City) -> None:
    await city.invite("g32")
    await city.say("g32", PARTNER, LECTURE_CITY)
    await city.say("g32", PARTNER, "да")
    await city.stores["g32"].save_person(CITY_STUDENT, Role.STUDENT, "Петя", None, "10А")
    for text in ("когда лекция в лицее №23?", "какие лекции в лицее 23 в декабре?"):
        [reply] = await city.say("g32", CITY_STUDENT, text)
        assert reply.template == "schools_asked_elsewhere", renderer.render(
            reply.template, reply.context
        )
        assert reply.context["school"] == "Лицей №23"
    [own] = await city.say("g32", CITY_STUDENT, "когда лекция в гимназии №32?")
    text = renderer.render(own.template, own.context)
    assert own.template == "events_list", text
    assert "ИИ в медицине" in text
    assert "гимнази" not in text.split("\n")[0], text  # the school is no title word
