"""Adversarial walk r (2026-12-02, the student and class-teacher side) in the chat: the real
planner over a real store (SQLite; PostgreSQL under tests/pg_everywhere.py), a frozen clock
and the real templates. The school plan is the walk's (five events, a full excursion); the
sentences are written for these tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store
from tests.integration.test_poll_keeps_place import Poll, payload_actions, poll

__all__ = ["poll"]  # the after-event poll fixture (a student at its first question)

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, STUDENT, PETYA, MASHA, TEACHER = 100, 301, 302, 303, 400
PLAN = (
    "Лекция о космосе 9 декабря с 15:00 до 16:00, 9 классы, ауд. 204",
    "Мастер-класс по робототехнике 9 декабря с 15:30 до 17:00, 9Б, ауд. 310",
    "Экскурсия в музей янтаря 12 декабря в 11:00, 9 классы, 2 места",
    "Вечер настольных игр 10 декабря с 19:00 до 21:00, 9-11 классы, библиотека",
    "Олимпиада по математике 7 декабря в 8:30, 9А, каб. 12",
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@dataclass
class School:
    store: SqliteStore
    planner: Planner
    clock: FixedClock
    renderer: Renderer

    async def replies(self, vk_id: int, text: str) -> list[Reply]:
        replies = await self.planner.handle(vk_id, text)
        for reply in replies:
            assert reply.template != "error", text
        return replies

    async def say(self, vk_id: int, text: str) -> str:
        replies = await self.replies(vk_id, text)
        return "\n".join(self.renderer.render(r.template, r.context) for r in replies)

    async def templates(self, vk_id: int, text: str) -> list[str]:
        return [r.template for r in await self.replies(vk_id, text)]

    async def going(self, vk_id: int) -> list[tuple[str, str]]:
        person = await self.store.get_person_by_vk(vk_id)
        assert person is not None
        held = await self.store.events_of_person(person.id, at("2026-12-01T00:00"))
        return sorted((e.title, status) for e, status in held)

    async def ids(self) -> dict[str, int]:
        events = await self.store.events_between(at("2026-12-01T00:00"), None)
        return {e.title: e.id for e in events}


@pytest.fixture
async def school(tmp_path: Path) -> AsyncIterator[School]:
    """The walk's plan added by the curator on Wednesday 2 December 2026, 10:00; the
    students of 9Б (STUDENT, PETYA) and 9А (MASHA) have named their classes."""
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(at("2026-12-02T10:00"))
    planner = Planner(store, clock, PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    world = School(store, planner, clock, Renderer())
    school_org = await store.create_organisation("Школа", OrgKind.SCHOOL)
    await store.save_person(CURATOR, Role.CURATOR, "Завуч", school_org.id)
    for line in PLAN:
        await world.say(CURATOR, line)
        assert (await world.templates(CURATOR, "да"))[0] == "saved", line
    await store.save_person(STUDENT, Role.STUDENT, "Ученик", class_name="9Б")
    await store.save_person(PETYA, Role.STUDENT, "Петя", class_name="9Б")
    await store.save_person(MASHA, Role.STUDENT, "Маша", class_name="9А")
    await store.save_person(TEACHER, Role.STAFF, "Ольга Петровна", school_org.id)
    yield world
    await store.close()


# --- #4, #16: spoken words and slang ---------------------------------------------------------


async def test_next_week_in_slang_is_next_week(school: School) -> None:
    """«че на некст неделе» on Thursday 3 December: the events of 7–13 December, never the
    rest of this week with «мероприятий нет»."""
    school.clock.set(at("2026-12-03T10:00"))
    for question in ("че на некст неделе", "на некст неделе", "на след неделе чо есть для 9б"):
        text = await school.say(PETYA, question)
        assert "7–13 декабря" in text, (question, text)
        assert "Мастер-класс по робототехнике" in text, (question, text)


async def test_weekend_in_slang(school: School) -> None:
    school.clock.set(at("2026-12-07T10:00"))  # Monday: the weekend of 12–13 December
    text = await school.say(PETYA, "шо есть на выхах")
    assert "Экскурсия в музей янтаря" in text, text
    assert "Вечер настольных игр" not in text, text


async def test_a_wrong_class_fixed_in_passing(school: School) -> None:
    await school.say(PETYA, "я из 10А")
    assert await school.templates(PETYA, "ой я в 9Б") == ["class_set"]
    person = await school.store.get_person_by_vk(PETYA)
    assert person is not None
    assert person.class_name == "9Б"
    assert await school.templates(PETYA, "я 10а") == ["class_set"]


# --- #8: a class teacher's own questions --------------------------------------------------


async def _signed_up(school: School) -> None:
    """STUDENT: the master class and the excursion; PETYA: the excursion (its 2 seats now
    taken); MASHA (9А): the excursion's waiting list."""
    assert await school.templates(STUDENT, "запиши меня на робототехнику") == ["signed_up"]
    assert await school.templates(STUDENT, "запиши меня на экскурсию") == ["signed_up"]
    assert await school.templates(PETYA, "запиши меня на экскурсию") == ["signed_up"]
    assert await school.templates(MASHA, "запиши меня на экскурсию") == ["signup_waiting"]


async def _class_teacher(school: School, class_name: str) -> None:
    """TEACHER claims `class_name` and the curator confirms it by the notice's button (a
    claim alone gives no counts: tests/integration/test_class_teacher_confirmed.py)."""
    replies = await school.replies(TEACHER, f"я классный руководитель {class_name}")
    notice = next(r for r in replies if r.buttons)
    [confirm] = notice.buttons[0]
    await school.planner.handle(CURATOR, "", dict(confirm.payload))


@pytest.mark.parametrize(
    "question",
    ["кто из моего класса записался?", "сколько из 9Б записалось", "кто из 9б идёт", "мои ученики"],
)
async def test_a_class_teacher_asks_about_their_class(school: School, question: str) -> None:
    await _signed_up(school)
    await _class_teacher(school, "9Б")
    [reply] = await school.replies(TEACHER, question)
    text = school.renderer.render(reply.template, reply.context)
    assert reply.template == "signup_count_overview", text
    assert "Записи 9Б" in text, text
    assert "«Экскурсия в музей янтаря», 12 декабря (сб), 11:00: из 9Б — 2" in text, text
    assert "из 9Б — 1" in text, text  # the master class
    assert "всего" not in text, text  # only the class's own figures (attack 2026-12-02s #2)
    assert "Олимпиада" not in text  # 9А's event is not 9Б's
    for name in ("Ученик", "Петя", "Маша"):
        assert name not in text  # counts, never names
    details = await school.say(TEACHER, "4")
    assert "из 9Б записались 2 ученика" in details, details


async def test_a_class_teacher_asks_for_names(school: School) -> None:
    await _signed_up(school)
    await _class_teacher(school, "9Б")
    templates = await school.templates(TEACHER, "а кто именно из 9б идет на экскурсию? фамилии")
    assert templates == ["signup_count_no_names", "signup_count"]
    text = await school.say(TEACHER, "записались ли мои на экскурсию?")
    assert "из 9Б записались 2 ученика" in text, text
    assert "Петя" not in text


async def test_a_student_asking_about_a_class_gets_no_counts(school: School) -> None:
    await _signed_up(school)
    assert await school.templates(PETYA, "кто из 9б идёт") == ["signup_count_students"]


# --- #9: a student's cancel words -------------------------------------------------------


@pytest.mark.parametrize("words", ["я передумал", "отмени", "отпиши меня", "отмени робототехнику"])
async def test_a_students_cancel_words_cancel_their_sign_up(school: School, words: str) -> None:
    await school.say(STUDENT, "запиши меня на робототехнику")
    assert await school.templates(STUDENT, words) == ["signup_cancelled"], words
    assert await school.going(STUDENT) == []
    ids = await school.ids()
    event = await school.store.get_event(ids["Мастер-класс по робототехнике"])
    assert event is not None
    assert event.status.value != "cancelled"  # the event stays


async def test_cancel_words_with_several_sign_ups_ask_which(school: School) -> None:
    await _signed_up(school)
    await school.say(STUDENT, "мои мероприятия")
    [which] = await school.replies(STUDENT, "я передумал")
    assert which.template == "unsign_which"
    assert len(await school.going(STUDENT)) == 2


async def test_unsign_from_everything(school: School) -> None:
    await _signed_up(school)
    [listed] = await school.replies(STUDENT, "отпишись от всего")
    text = school.renderer.render(listed.template, listed.context)
    assert listed.template == "unsign_all", text
    assert "Мастер-класс по робототехнике" in text
    assert "Экскурсия в музей янтаря" in text
    assert len(await school.going(STUDENT)) == 2  # nothing cancelled before the button
    every = listed.buttons[0][0]
    assert school.renderer.button_label(every) == "Отменить все (2)"
    replies = await school.planner.handle(STUDENT, "", dict(every.payload))
    assert [r.template for r in replies] == ["unsign_all_done", "signup_promoted"]
    assert await school.going(STUDENT) == []
    assert await school.going(MASHA) == [("Экскурсия в музей янтаря", "going")]  # moved up
    again = await school.planner.handle(STUDENT, "", dict(every.payload))
    assert [r.template for r in again] == ["unsign_all_done"]  # nothing twice


async def test_a_partners_change_of_mind_cancels_nothing(school: School) -> None:
    assert await school.templates(CURATOR, "я передумал") == ["not_understood"]


# --- #10: «запиши меня» after a list of several --------------------------------------------


async def test_sign_me_up_after_a_list_asks_which(school: School) -> None:
    await school.say(STUDENT, "что на следующей неделе")
    [which] = await school.replies(STUDENT, "запиши меня")
    text = school.renderer.render(which.template, which.context)
    assert which.template == "signup_which_number", text
    assert "1–4" in text
    assert await school.templates(STUDENT, "3") == ["signed_up"]
    assert await school.going(STUDENT) == [("Вечер настольных игр", "going")]


# --- #11: when, where, seats ---------------------------------------------------------------


async def test_when_and_where_of_the_event_in_context(school: School) -> None:
    await school.say(STUDENT, "запиши меня на робототехнику")
    for question in ("когда?", "где это?"):
        text = await school.say(STUDENT, question)
        assert "«Мастер-класс по робототехнике» — 9 декабря (ср), 15:30–17:00, ауд. 310" in text
        assert "Лекция о космосе" not in text  # one event, not the plan


@pytest.mark.parametrize(
    "question",
    ["есть места на экскурсию?", "во сколько экскурсия?", "сколько мест осталось на экскурсию"],
)
async def test_an_event_named_by_its_kind(school: School, question: str) -> None:
    await _signed_up(school)
    text = await school.say(MASHA, question)
    assert "«Экскурсия в музей янтаря» — 12 декабря (сб), 11:00" in text, text
    assert "Мест нет" in text, text
    assert "Вы в листе ожидания." in text, text


async def test_calendar_questions_keep_their_answer(school: School) -> None:
    assert await school.templates(STUDENT, "когда каникулы?") == ["school_year_info"]


# --- #12, #13: the student's list -----------------------------------------------------------


async def test_a_students_list_marks_own_sign_ups_and_full_events(school: School) -> None:
    await _signed_up(school)
    text = await school.say(STUDENT, "что на следующей неделе")
    assert "Мастер-класс по робототехнике, ауд. 310, 9Б (Школа) — ✅ вы записаны" in text, text
    text = await school.say(MASHA, "что на следующей неделе")
    assert "— ⏳ вы в листе ожидания" in text, text
    await school.store.save_person(304, Role.STUDENT, "Коля", class_name="9В")
    text = await school.say(304, "что на следующей неделе")
    assert "— мест нет, запись в лист ожидания" in text, text


async def test_events_over_today_are_left_out(school: School) -> None:
    school.clock.set(at("2026-12-09T19:05"))
    [listed] = await school.replies(PETYA, "что на этой неделе?")
    text = school.renderer.render(listed.template, listed.context)
    assert "Лекция о космосе" not in text, text
    assert "Мастер-класс" not in text, text
    assert "1. 19:00–21:00 Вечер настольных игр" in text, text
    assert await school.templates(PETYA, "записаться 1") == ["signed_up"]


# --- #14: emoji and words at an open poll ----------------------------------------------------


@pytest.mark.parametrize(("drawn", "score"), [("⭐⭐⭐⭐", 4), ("⭐️⭐️⭐️⭐️⭐️", 5), ("3️⃣", 3)])
async def test_a_drawn_rating_is_read(poll: Poll, drawn: str, score: int) -> None:
    reply = await poll.one(drawn)
    assert reply.template == "poll_recommend", poll.text(reply)
    [row] = await poll.rows()
    assert row["rating"] == score


@pytest.mark.parametrize("reaction", ["👍", "🔥🔥🔥", "ну норм было", "так себе"])
async def test_a_reaction_asks_the_rating_again(poll: Poll, reaction: str) -> None:
    """The evening after the nudge (the event ended at 17:30 the day before): the rating
    question again with its buttons, never small talk or «не понял»."""
    poll.clock.set(at("2026-12-09T19:31"))
    reply = await poll.one(reaction)
    text = poll.text(reply)
    assert reply.template == "poll_rating_again", text
    assert "Мастер-класс" in text, text
    assert [a for a, _ in payload_actions(reply)][:5] == ["rate"] * 5
    assert await poll.rows() == []
    assert (await poll.one("⭐⭐")).template == "poll_recommend"


async def test_a_reaction_without_a_poll_is_small_talk(poll: Poll) -> None:
    poll.clock.set(at("2026-12-20T12:00"))  # the poll long closed
    assert (await poll.one("👍")).template == "small_talk"


# --- #18, #23: whom to ask, help, «стоп» ----------------------------------------------------


@pytest.mark.parametrize(
    "question", ["а родителям можно?", "можно с другом из 9В?", "а что брать с собой?"]
)
async def test_a_question_for_the_organiser_says_whom_to_ask(school: School, question: str) -> None:
    await school.say(STUDENT, "запиши меня на экскурсию")
    [reply] = await school.replies(STUDENT, question)
    text = school.renderer.render(reply.template, reply.context)
    assert reply.template == "organiser_question", text
    assert "уточните у организатора «Экскурсия в музей янтаря» (Школа)" in text, text
    assert "классного руководителя" in text, text


async def test_what_to_bring_to_an_event_named(school: School) -> None:
    text = await school.say(PETYA, "что брать с собой на экскурсию")
    assert "«Экскурсия в музей янтаря»" in text, text


async def test_student_help_and_stop_say_how_to_cancel(school: School) -> None:
    assert "«не пойду»" in await school.say(STUDENT, "помощь")
    stop = await school.say(STUDENT, "стоп")
    assert "«не пойду»" in stop, stop
    assert "«не напоминай»" in stop, stop
