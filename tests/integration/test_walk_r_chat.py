"""Adversarial walk r (2026-12-02, the student side) in the chat: the planner over a real
store (SQLite; PostgreSQL under tests/pg_everywhere.py), a frozen clock and the real
templates; what is stored is read back from the store. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from bot.core.models import Event, NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.scheduling import NotificationLoop
from bot.storage.sqlite_store import open_store
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld
from tests.integration.test_notifications import TZ, Outbox
from tests.integration.test_notifications import at as notice_at
from tests.integration.test_poll_keeps_place import STUDENT as STUDENT_OF_POLL
from tests.integration.test_poll_keeps_place import Poll, poll

world = chat_world.partner_world
__all__ = ["poll"]  # the after-event poll fixture (a student at its first question)

STUDENT = 301


async def _say(world: ChatWorld, text: str, vk_id: int | None = None) -> str:
    replies = await world.planner.handle(world.vk_id if vk_id is None else vk_id, text)
    return "\n".join(world.text(r) for r in replies)


async def _student(world: ChatWorld, class_name: str = "9Б", vk_id: int = STUDENT) -> None:
    await world.store.save_person(vk_id, Role.STUDENT, "Ученик", class_name=class_name)


async def _add(world: ChatWorld, text: str) -> None:
    await _say(world, text)
    await _say(world, "да")


async def _going(world: ChatWorld, vk_id: int = STUDENT) -> list[str]:
    person = await world.store.get_person_by_vk(vk_id)
    assert person is not None
    held = await world.store.events_of_person(person.id, datetime(2026, 12, 1, tzinfo=ZONE))
    return sorted(e.title for e, _ in held)


async def _events(world: ChatWorld) -> list[Event]:
    return await world.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)


# --- finding 1: a correction changes the answer it names --------------------------------


async def test_a_correction_naming_the_rating_given_changes_the_rating(poll: Poll) -> None:
    """«ой я поставил 5 а хотел 3» after 5 and 10: the rating 5 becomes 3, the 10 stays."""
    await poll.one("5")
    await poll.one("10")
    await poll.one("нет")
    [corrected] = await poll.say("ой я поставил 5 а хотел 3")
    assert corrected.template == "poll_corrected"
    assert "3 из 5 (было 5)" in poll.text(corrected)
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"]) == (3, 10)


async def test_a_correction_that_could_mean_either_score_asks_which(poll: Poll) -> None:
    """After 5 and 10, «ой я поставил 4 а хотел 3» names no score given and 3 fits both
    scales: nothing changes, the student is asked which; the phrase offered works."""
    await poll.one("5")
    await poll.one("10")
    await poll.one("нет")
    [which] = await poll.say("ой я поставил 4 а хотел 3")
    assert which.template == "poll_correct_which"
    assert "сейчас 5 из 5" in poll.text(which)
    assert "сейчас 10 из 10" in poll.text(which)
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"]) == (5, 10)
    await poll.say("исправь ответ про друга на 3")
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"]) == (5, 3)


async def test_a_correction_that_fits_only_the_rating_scale_is_said_so(poll: Poll) -> None:
    """«исправь оценку мероприятия на 2» names the rating; the reply names the question."""
    await poll.one("4")
    await poll.one("9")
    corrected, question = await poll.say("исправь оценку мероприятия на 2")
    assert "оценка мероприятия" in poll.text(corrected)
    assert question.template == "poll_comment"
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"]) == (2, 9)


async def test_a_recommendation_correction_says_it_is_the_recommendation(poll: Poll) -> None:
    await poll.one("4")
    await poll.one("9")
    corrected, _ = await poll.say("исправь на 7")
    assert "посоветуете" in poll.text(corrected)
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"]) == (4, 7)


async def test_better_eight_at_the_comment_step_corrects_the_score(poll: Poll) -> None:
    """Walk r, #17: «лучше 8» where the comment is asked puts the 9 right, not a comment."""
    await poll.one("4")
    await poll.one("9")
    corrected, question = await poll.say("лучше 8")
    assert corrected.template == "poll_corrected"
    assert question.template == "poll_comment"
    assert (await poll.one("нет")).template == "poll_thanks"
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"], row["comment"]) == (4, 8, None)


# --- finding 2: requests at a poll's comment step are run, not stored -------------------


async def _second_signup(poll: Poll) -> int:
    """A later event of the poll's organiser, the poll's student signed up for it."""
    first = await poll.store.get_event(poll.event_id)
    assert first is not None
    start = first.start + timedelta(days=4)
    [later] = await poll.store.add_events(
        [NewEvent("Экскурсия", first.organisation_id, start, start + timedelta(hours=2))], None
    )
    [signed] = await poll.planner.handle(STUDENT_OF_POLL, "", {"a": "signup", "id": later.id})
    assert signed.template == "signed_up"
    return later.id


async def _held(poll: Poll) -> list[str]:
    person = await poll.store.get_person_by_vk(STUDENT_OF_POLL)
    assert person is not None
    return [e.title for e, _ in await poll.store.events_of_person(person.id, poll.clock.now())]


async def test_stop_writing_at_the_comment_step_is_no_comment(poll: Poll) -> None:
    await _second_signup(poll)
    await poll.one("5")
    await poll.one("10")
    replies = await poll.say("больше не пиши мне")
    assert [r.template for r in replies] == ["poll_closed_for_request", "stop_messages"]
    assert "напоминания выключены" in poll.text(replies[1])
    assert "отпиши меня от всех" in poll.text(replies[1])
    [row] = await poll.rows()
    assert row["comment"] is None
    person = await poll.store.get_person_by_vk(STUDENT_OF_POLL)
    assert person is not None
    assert await poll.store.reminder_prefs(person.id) == (False, None)


async def test_unsign_from_all_after_the_poll_cancels_and_is_no_comment(poll: Poll) -> None:
    """Walk r, #2: «отпиши меня от всех мероприятий» right after the poll's thanks (when a
    text is added to the comment) cancels the student's sign-up (the only one: at once, as
    «отпишись от всего» does) and is not quoted."""
    await _second_signup(poll)
    assert await _held(poll) == ["Экскурсия"]
    await poll.one("5")
    await poll.one("10")
    assert (await poll.one("Было здорово")).template == "poll_thanks"
    [reply] = await poll.say("отпиши меня от всех мероприятий")
    assert reply.template == "signup_cancelled"
    assert "Экскурсия" in poll.text(reply)
    assert await _held(poll) == []
    [row] = await poll.rows()
    assert row["comment"] == "Было здорово"


async def test_unsign_from_all_at_the_comment_step(poll: Poll) -> None:
    await _second_signup(poll)
    await poll.one("4")
    await poll.one("8")
    templates = [r.template for r in await poll.say("отпишись от всего")]
    assert templates == ["poll_closed_for_request", "signup_cancelled"]
    assert await _held(poll) == []
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"], row["comment"]) == (4, 8, None)


# --- finding 20: «Переписаться» names the sign-up it drops ------------------------------


async def test_switching_names_the_signup_left(world: ChatWorld) -> None:
    await _add(world, "Лекция о космосе 9 декабря с 15:00 до 16:00, 9 классы, ауд. 204")
    await _add(world, "Мастер-класс по робототехнике 9 декабря с 15:30 до 17:00, 9Б, ауд. 310")
    await _student(world)
    await _say(world, "запиши меня на мастер-класс", STUDENT)
    [overlap] = await world.planner.handle(STUDENT, "запиши меня на лекцию о космосе")
    assert overlap.template == "signup_overlap"
    [[switch]] = overlap.buttons
    [signed] = await world.planner.handle(STUDENT, "", switch.payload)
    text = world.text(signed)
    assert signed.template == "signed_up"
    assert "Запись на «Мастер-класс по робототехнике»" in text
    assert "отменена" in text
    assert text.index("отменена") < text.index("Вы записаны")
    assert await _going(world) == ["Лекция о космосе"]


# --- finding 3: staff and partners do not take students' seats --------------------------

TEACHER = 302


async def test_a_teacher_and_a_partner_are_not_signed_up(world: ChatWorld) -> None:
    """Product rule: staff accompany, they take no seat — a teacher's or partner's «запиши
    меня» is refused politely, and nothing is stored (no seat, no reminders)."""
    await _add(world, "Экскурсия в музей 12 декабря в 11:00, 9 классы, 2 места")
    school = await world.planner.own_organisation()
    await world.store.save_person(TEACHER, Role.STAFF, "Учитель", school.id)
    for vk_id, role in ((TEACHER, "педагога"), (world.vk_id, "представителя партнёра")):
        reply = await _say(world, "запиши меня на экскурсию", vk_id)
        assert "Записываются на мероприятия ученики" in reply
        assert f"поэтому {role} я не записываю" in reply
        assert await _going(world, vk_id) == []
    [event] = await _events(world)
    assert await world.store.signed_up(event.id) == []
    await _student(world)
    assert "Вы записаны" in await _say(world, "запиши меня на экскурсию", STUDENT)


# --- finding 5: organiser reminders and polls go to whoever runs the event ---------------


async def test_organiser_notices_go_to_the_author_not_every_teacher(tmp_path: Path) -> None:
    """Three school events — a teacher's, the curator's, one imported with no author — and a
    second teacher (a class teacher of 5А) who wrote none: the organiser reminders and polls
    reach each event's author (the curator for the authorless one), never the other teacher;
    the other teacher's typed «5» answers no organiser poll."""
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        clock = FixedClock(notice_at("2026-12-07T10:00"))
        outbox = Outbox()
        school = await store.create_organisation("Школа", OrgKind.SCHOOL)
        curator = await store.save_person(1, Role.CURATOR, "Куратор", school.id)
        author = await store.save_person(2, Role.STAFF, "Автор", school.id)
        other = await store.save_person(3, Role.STAFF, "Сидорова", school.id, class_name="5А")
        start, end = notice_at("2026-12-08T15:00"), notice_at("2026-12-08T16:00")
        made = [
            NewEvent("Классный час", school.id, start, end, created_by=author.id),
            NewEvent("Лекция", school.id, start, end, created_by=curator.id),
            NewEvent("Олимпиада", school.id, start, end),
        ]
        events = await store.add_events(made, None)
        loop = NotificationLoop(store, clock, TZ, outbox)
        clock.set(notice_at("2026-12-08T14:05"))  # the hour-before reminders
        await loop.tick()
        reminded = {(r.context["event"].title, p) for r in outbox.sent for p in r.recipients}
        assert reminded == {("Классный час", 2), ("Лекция", 1), ("Олимпиада", 1)}
        outbox.sent.clear()
        clock.set(notice_at("2026-12-08T16:05"))  # the organisers' polls
        await loop.tick()
        polled = {(r.context["event"].title, p) for r in outbox.sent for p in r.recipients}
        assert polled == {("Классный час", 2), ("Лекция", 1), ("Олимпиада", 1)}
        planner = Planner(store, clock, PlannerConfig(tz=TZ))
        replies = await planner.handle(other.vk_id, "5")
        assert all(r.template not in ("poll_recommend", "poll_not_participant") for r in replies)
        assert await store.feedback_of([e.id for e in events]) == []
        [asked] = await planner.handle(author.vk_id, "5")
        assert asked.template == "poll_recommend"
        assert asked.context["title"] == "Классный час"
    finally:
        await store.close()


# --- finding 6: two polls are asked one at a time ------------------------------------------


async def test_two_polls_are_asked_one_after_the_other(tmp_path: Path) -> None:
    """Two events of a student end before the morning the polls go out: the loop sends the
    first-ended one's poll only; its answers go to it; its thanks asks the second, whose
    rating «⭐⭐⭐⭐» is taken, and the loop does not send that poll again. Both stored."""
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        clock = FixedClock(notice_at("2026-12-02T10:00"))
        outbox = Outbox()
        org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
        await store.save_person(10, Role.PARTNER, "Анна", org.id)
        student = await store.save_person(STUDENT, Role.STUDENT, "Петя", class_name="9Б")
        lecture, games = await store.add_events(
            [
                NewEvent(
                    "Лекция", org.id, notice_at("2026-12-09T15:00"), notice_at("2026-12-09T16:00")
                ),
                NewEvent(
                    "Вечер игр",
                    org.id,
                    notice_at("2026-12-10T19:00"),
                    notice_at("2026-12-10T21:00"),
                ),
            ],
            None,
        )
        planner = Planner(store, clock, PlannerConfig(tz=TZ))
        for event in (lecture, games):
            [signed] = await planner.handle(STUDENT, "", {"a": "signup", "id": event.id})
            assert signed.template == "signed_up"
        loop = NotificationLoop(store, clock, TZ, outbox)
        clock.set(notice_at("2026-12-11T08:05"))  # both polls due (the bot was down)
        await loop.tick()
        polls = [r for r in outbox.sent if r.template == "poll" and STUDENT in r.recipients]
        assert [r.context["event"].title for r in polls] == ["Лекция"]
        outbox.sent.clear()
        [recommend] = await planner.handle(STUDENT, "5")
        assert recommend.template == "poll_recommend"
        assert recommend.context["title"] == "Лекция"
        await loop.tick()  # the lecture's poll is under way: the second still waits
        await planner.handle(STUDENT, "10")
        await loop.tick()
        assert [r for r in outbox.sent if r.template == "poll"] == []
        thanks, asked = await planner.handle(STUDENT, "нет")
        assert (thanks.template, asked.template) == ("poll_thanks", "poll_next")
        assert asked.context["event"].title == "Вечер игр"
        assert {b.payload["e"] for row in asked.buttons for b in row} == {games.id}
        [recommend] = await planner.handle(STUDENT, "⭐⭐⭐⭐")
        assert recommend.context["title"] == "Вечер игр"
        clock.set(notice_at("2026-12-11T08:10"))
        await loop.tick()
        assert [r for r in outbox.sent if r.template == "poll"] == []
        [first] = await store.feedback_of([lecture.id])
        [second] = await store.feedback_of([games.id])
        assert (first["rating"], first["recommend"], second["rating"]) == (5, 10, 4)
        assert student.id in await store.answered_by(games.id)
    finally:
        await store.close()


async def test_small_talk_while_a_poll_asks_repeats_its_question(poll: Poll) -> None:
    """«👍» while the rating is asked: the poll's question and rating buttons come back, not
    the help's buttons, so a following «4» cannot press «Календарь .ics»."""
    replies = await poll.say("👍")
    assert replies[-1].template == "poll_rating_again"
    actions = {b.payload["a"] for r in replies for row in r.buttons for b in row}
    assert actions == {"rate", "absent"}


async def test_switching_moves_up_the_next_on_the_waiting_list(world: ChatWorld) -> None:
    """The seat left by «Переписаться» goes to the first on its waiting list, who is told
    (the promotion notice was dropped before)."""
    await _add(world, "Экскурсия в музей 9 декабря с 15:00 до 17:00, 9 классы, 1 место")
    await _add(world, "Лекция о космосе 9 декабря с 16:00 до 17:00, 9 классы")
    await _student(world)
    await _student(world, vk_id=STUDENT + 10)
    await _say(world, "запиши меня на экскурсию", STUDENT)
    assert "листе ожидания" in await _say(world, "запиши меня на экскурсию", STUDENT + 10)
    [overlap] = await world.planner.handle(STUDENT, "запиши меня на лекцию")
    [[switch]] = overlap.buttons
    replies = await world.planner.handle(STUDENT, "", switch.payload)
    assert [r.template for r in replies] == ["signed_up", "signup_promoted"]
    assert replies[1].recipients == (STUDENT + 10,)
    assert await _going(world, STUDENT + 10) == ["Экскурсия в музей"]
