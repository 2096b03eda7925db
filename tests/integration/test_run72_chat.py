"""run72: runs (an exhibition open for weeks, a competition over three days) in a student's
chat (tests/data/run72.md). A 9Б student of PLAN42 (tests/chat_world.py: Tuesday 1 December
2026, 10:00 Kaliningrad; «Лекция о космосе» 9 December 15:00–16:00, «Экскурсия в музей
янтаря» 10 December 15:00–16:00, both 9Б). Runs are saved straight into the store, in the
shapes the parser gives them (parse69: an all-day span; a timed run whose end is the
midnight after its last day). Through the real planner over a real store (SQLite;
PostgreSQL under tests/pg_everywhere.py); state read through the store's methods. All
sentences are my own."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.core.models import Audience, Event, NewEvent, OrgKind
from bot.core.run_ends import run_end
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld, said

student = chat_world.plan_student
NINE_B = Audience(classes=frozenset({"9Б"}))


async def _add(world: ChatWorld, new: NewEvent) -> Event:
    [event] = await world.store.add_events([new], None)
    return event


async def _museum(world: ChatWorld) -> int:
    found = await world.store.find_organisation("Музей")
    return (found or await world.store.create_organisation("Музей", OrgKind.PARTNER)).id


async def _drawings(world: ChatWorld) -> Event:
    """An all-day exhibition for 9Б, 30 November to 20 December (begun at the clock)."""
    start = datetime(2026, 11, 30, tzinfo=ZONE)
    end = datetime(2026, 12, 21, tzinfo=ZONE)
    new = NewEvent(
        "Выставка рисунков", await _museum(world), start, end, all_day=True, audience=NINE_B
    )
    return await _add(world, new)


async def _robots(
    world: ChatWorld, day: int = 8, last: int = 10, title: str = "Турнир роботов"
) -> Event:
    """A timed run for 9Б, `title`: from 10:00 on `day` December to the end of `last`."""
    start = datetime(2026, 12, day, 10, 0, tzinfo=ZONE)
    end = run_end(date(2026, 12, last)).replace(tzinfo=ZONE)
    new = NewEvent(title, await _museum(world), start, end, audience=NINE_B)
    return await _add(world, new)


def _at(world: ChatWorld, day: int, hour: int = 9) -> None:
    world.planner.clock.set(datetime(2026, 12, day, hour, 0, tzinfo=ZONE))  # type: ignore[attr-defined]


async def _going(world: ChatWorld, event_id: int) -> bool:
    person = await world.store.get_person_by_vk(world.vk_id)
    assert person is not None
    return await world.store.signup_status(event_id, person.id) == "going"


# --- 1. a timed run's later days are listed as going on -------------------------------


async def test_a_timed_runs_later_day_lists_it_as_going_on(student: ChatWorld) -> None:
    """On the 9th, the second day of a run opened at 10:00 on the 8th, «что сегодня?» must
    not say it starts at 10:00 that day: it is on, until the 10th."""
    await _robots(student)
    _at(student, 8)
    _, text = await said(student, "что сегодня?")
    assert "10:00 (до 10 декабря) Турнир роботов" in text, text  # its first day: as before
    _at(student, 9)
    _, text = await said(student, "что сегодня?")
    assert "идёт (до 10 декабря) Турнир роботов" in text, text
    assert "10:00 (до 10 декабря)" not in text, text


async def test_a_timed_runs_last_day_says_so(student: ChatWorld) -> None:
    await _robots(student)
    _at(student, 10)
    _, text = await said(student, "что сегодня?")
    assert "идёт (последний день) Турнир роботов" in text, text
    assert "10:00" not in text.split("Турнир роботов")[0].splitlines()[-1], text


async def test_a_week_begun_inside_a_run_lists_it_as_going_on(student: ChatWorld) -> None:
    """«что на этой неделе?» on Wednesday the 9th: the week's list opens on the 9th... or
    on its Monday; either way the run begun before the list's first day is on then."""
    await _robots(student, day=5, last=9)
    _at(student, 8)
    _, text = await said(student, "что на неделе?")
    assert "идёт (до 9 декабря) Турнир роботов" in text, text


# --- 2. withdrawing from a run going on --------------------------------------------


async def test_a_run_joined_while_on_can_be_withdrawn_by_name(student: ChatWorld) -> None:
    drawings = await _drawings(student)
    templates, text = await said(student, "запиши меня на выставку рисунков")
    assert templates == ["signed_up"], text
    templates, text = await said(student, "не пойду на выставку рисунков")
    assert templates == ["signup_cancelled"], text
    assert not await _going(student, drawings.id)


async def test_a_run_joined_while_on_can_be_withdrawn_by_its_button(student: ChatWorld) -> None:
    drawings = await _drawings(student)
    [signed] = await student.say("запиши меня на выставку рисунков")
    [[cancel]] = signed.buttons
    [reply] = await student.press(dict(cancel.payload))
    assert reply.template == "signup_cancelled", student.text(reply)
    assert not await _going(student, drawings.id)


async def test_a_bare_no_after_joining_a_run_withdraws_it(student: ChatWorld) -> None:
    drawings = await _drawings(student)
    await said(student, "запиши меня на выставку рисунков")
    templates, text = await said(student, "не пойду")
    if templates == ["unsign_sure"]:
        templates, text = await said(student, "да")
    assert templates == ["signup_cancelled"], text
    assert not await _going(student, drawings.id)


async def test_a_timed_run_signed_before_its_start_is_withdrawn_while_on(
    student: ChatWorld,
) -> None:
    robots = await _robots(student)
    await said(student, "запиши меня на турнир роботов")
    assert await _going(student, robots.id)
    _at(student, 9)
    templates, text = await said(student, "не пойду на турнир роботов")
    assert templates == ["signup_cancelled"], text
    assert not await _going(student, robots.id)


async def test_a_one_off_event_begun_keeps_its_sign_up(student: ChatWorld) -> None:
    """Guard (attack x #1 stands): the lecture of the 9th, one hour, begun at 15:30."""
    _at(student, 8)
    [signed] = await student.say("запиши меня на лекцию о космосе")
    assert signed.template == "signed_up", student.text(signed)
    [[cancel]] = signed.buttons
    _at(student, 9, 15)
    student.planner.clock.set(datetime(2026, 12, 9, 15, 30, tzinfo=ZONE))  # type: ignore[attr-defined]
    [reply] = await student.press(dict(cancel.payload))
    assert reply.template == "signup_cancel_started", student.text(reply)


# --- 3. a run does not clash with a timed event --------------------------------------


async def test_a_lecture_inside_a_run_joined_is_signed_up(student: ChatWorld) -> None:
    """Joined to an exhibition open all month, the student signs up for the lecture of the
    9th: signed up, told the exhibition can be visited at another time."""
    drawings = await _drawings(student)
    await said(student, "запиши меня на выставку рисунков")
    templates, text = await said(student, "запиши меня на лекцию о космосе")
    assert templates == ["signed_up"], text
    assert "пересекается" not in text, text
    assert "«Выставка рисунков» идёт до 20 декабря" in text, text
    assert "В это же время у вашего класса" not in text, text  # 9Б's run is no class hour
    assert await _going(student, drawings.id)


async def test_a_run_joined_after_a_lecture_is_signed_up(student: ChatWorld) -> None:
    drawings = await _drawings(student)
    await said(student, "запиши меня на лекцию о космосе")
    templates, text = await said(student, "запиши меня на выставку рисунков")
    assert templates == ["signed_up"], text
    assert "Переписаться" not in text, text
    assert "«Лекция о космосе»" in text, text
    assert await _going(student, drawings.id)


async def test_a_long_timed_run_does_not_clash_with_a_lecture(student: ChatWorld) -> None:
    """An exhibition of robots open from 10:00 on the 2nd until the 20th (a timed run of 19
    days, visited at any hour: review72 reads the kind from the title)."""
    await _robots(student, day=2, last=20, title="Выставка роботов")
    await said(student, "запиши меня на выставку роботов")
    templates, text = await said(student, "запиши меня на лекцию о космосе")
    assert templates == ["signed_up"], text
    assert "«Выставка роботов» идёт до 20 декабря" in text, text


async def test_a_long_tournament_still_clashes_with_a_lecture(student: ChatWorld) -> None:
    """review72: a tournament open from 10:00 on the 2nd until the 20th is a long run, but
    not of a kind visited at any hour (run_ends.is_visited_kind): its players are taken, so
    the lecture of the 9th is an overlap, as before run72."""
    await _robots(student, day=2, last=20)
    await said(student, "запиши меня на турнир роботов")
    templates, text = await said(student, "запиши меня на лекцию о космосе")
    assert templates == ["signup_overlap"], text
    assert "Турнир роботов" in text, text


async def test_a_short_run_begun_clashes_but_can_be_switched_from(student: ChatWorld) -> None:
    """A competition over three days (8–10 December) may hold its people the whole time: the
    lecture of the 9th clashes with it as before, but on the 9th, the run going on, the
    sign-up can be given up, so «Переписаться?» is offered (not «уже не отменить»)."""
    robots = await _robots(student)
    await said(student, "запиши меня на турнир роботов")
    _at(student, 9)
    [overlap] = await student.say("запиши меня на лекцию о космосе")
    text = student.text(overlap)
    assert overlap.template == "signup_overlap", text
    assert "Переписаться?" in text, text
    [[switch]] = overlap.buttons
    replies = await student.press(dict(switch.payload))
    assert replies[0].template == "signed_up", student.text(replies[0])
    assert "Запись на «Турнир роботов»" in student.text(replies[0])
    assert not await _going(student, robots.id)


async def test_a_two_day_hike_all_day_still_clashes(student: ChatWorld) -> None:
    """Guard: a hike stored all day on the 9th and 10th is no long run: the lecture of the
    9th clashes with it."""
    start = datetime(2026, 12, 9, tzinfo=ZONE)
    hike = NewEvent(
        "Турслёт",
        await _museum(student),
        start,
        start + timedelta(days=2),
        all_day=True,
        audience=NINE_B,
    )
    await _add(student, hike)
    await said(student, "запиши меня на турслёт")
    templates, text = await said(student, "запиши меня на лекцию о космосе")
    assert templates == ["signup_overlap"], text


async def test_a_clocked_stretch_of_two_days_still_clashes(student: ChatWorld) -> None:
    """Guard: a hike from 10:00 on the 9th to 18:00 on the 10th keeps its students the whole
    time (its hours are given): the lecture of the 9th clashes with it, as two talks do."""
    start = datetime(2026, 12, 9, 10, 0, tzinfo=ZONE)
    hike = NewEvent(
        "Турслёт", await _museum(student), start, start + timedelta(hours=32), audience=NINE_B
    )
    await _add(student, hike)
    await said(student, "запиши меня на турслёт")
    templates, text = await said(student, "запиши меня на лекцию о космосе")
    assert templates == ["signup_overlap"], text


# --- 3b. the same rule in a teacher's clash warnings -----------------------------------

teacher = chat_world.plan_teacher


async def test_a_month_long_exhibition_shares_its_students_with_no_lecture(
    teacher: ChatWorld,
) -> None:
    """A teacher's lecture for 9Б on the 9th, elsewhere: 9Б's exhibition open all month is
    no clash (its students come at any hour) and does not push the free times offered past
    its end; the three-day competition still is one (a guard)."""
    await _drawings(teacher)
    await _robots(teacher)
    templates, text = await said(teacher, "Лекция о вулканах 9 декабря в 12:00 в каб. 30 для 9Б")
    assert templates == ["event_card"], text
    assert "Турнир роботов — 8 декабря (вт), 10:00 — 10 декабря (чт), Музей: те же ученики" in text
    assert "Выставка рисунков" not in text, text
    assert "21 декабря" not in text, text  # free times found before the exhibition's end


async def test_an_exhibition_still_takes_its_room(teacher: ChatWorld) -> None:
    """Guard: the exhibition's hall is taken all month — a concert there clashes."""
    start = datetime(2026, 11, 30, tzinfo=ZONE)
    hall = NewEvent(
        "Выставка рисунков",
        await _museum(teacher),
        start,
        start + timedelta(days=21),
        all_day=True,
        venue="актовый зал",
        audience=NINE_B,
    )
    await _add(teacher, hall)
    _, text = await said(teacher, "Концерт 9 декабря в 12:00 в актовом зале для 10А")
    assert "Выставка рисунков — 30 ноября — 20 декабря, Музей: то же место" in text, text


async def test_a_seat_of_a_run_freed_at_night_is_told_in_the_morning(student: ChatWorld) -> None:
    """A one-seat run going on: its holder withdraws at 22:00, the next on the waiting list
    gets the seat at once and hears of it at 08:00 (students get nothing at night)."""
    start = datetime(2026, 11, 30, tzinfo=ZONE)
    new = NewEvent(
        "Выставка рисунков",
        await _museum(student),
        start,
        start + timedelta(days=21),
        all_day=True,
        audience=NINE_B,
        capacity=1,
    )
    drawings = await _add(student, new)
    await said(student, "запиши меня на выставку рисунков")
    other = 777
    await said(student, "я из 9Б", other)
    templates, _ = await said(student, "запиши меня на выставку рисунков", other)
    assert templates == ["signup_waiting"]
    student.planner.clock.set(datetime(2026, 12, 1, 22, 0, tzinfo=ZONE))  # type: ignore[attr-defined]
    replies = await student.say("не пойду на выставку рисунков")
    assert replies[0].template == "signup_cancelled", student.text(replies[0])
    [promoted] = [r for r in replies if r.template == "signup_promoted"]
    assert promoted.not_before == datetime(2026, 12, 2, 8, 0, tzinfo=ZONE), promoted.not_before
    assert "Освободилось место!" in student.text(promoted)
    assert not await _going(student, drawings.id)
