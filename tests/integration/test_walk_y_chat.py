"""Newcomer walk 2026-12-03y (tests/data/newcomer_walk_2026-12-03y.md): a new curator's
first day, a museum methodist pasting the museum's posts, a 5th- and a 10th-grader — the
real planner over a real store, the real templates, a frozen clock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.core.models import EventStatus
from tests import chat_world
from tests.chat_world import CURATOR, NOW, ChatWorld, curator_world, each_answered, own, said

world = chat_world.partner_world
STUDENT = 700

SESSIONS_POST = """Дорогие друзья! 👋
Музей Мирового океана приглашает школьников на интерактивное занятие «Тайны морских глубин».
📅 10 декабря (четверг)
🕚 Сеансы в 11:00 и 13:00, продолжительность — 1 час
📍 Главный корпус, наб. Петра Великого, 1, лекционный зал
Для учащихся 5–7 классов. 6+
Участие бесплатное, по предварительной записи по телефону +7 (4012) 53-17-45.
Ждём вас! 🌊"""

QUEST = "Квест-экскурсия «Новогодний рейс» 17 декабря в 15:00, 8–10 классы, наб. Петра Великого, 1"


# --- Y1: sessions of one programme are no «накладка» of each other ----------------------


async def test_two_sessions_of_one_programme_are_not_a_duplicate_clash(world: ChatWorld) -> None:
    await world.say(SESSIONS_POST)
    saved = own(await world.say("да"))
    assert "13:00" in world.text(saved[0])  # Y9: the last session is named with its time
    _, clashes = await said(world, "накладки", CURATOR)
    assert "похоже на то же мероприятие" not in clashes
    _, agreed = await said(world, "согласовать всё", CURATOR)
    assert "Согласовано" in agreed
    assert "Накладка остаётся" not in agreed


# --- Y2: a field of a saved event fixed by naming the event -----------------------------


async def test_a_partner_fixes_the_place_of_a_named_saved_event(world: ChatWorld) -> None:
    await world.say(QUEST)
    await world.say("да")
    for text in (
        "место у квеста: НИС «Витязь», наб. Петра Великого, 1",
        "в квесте место неправильное, должно быть: НИС «Витязь», наб. Петра Великого, 1",
    ):
        _, answer = await said(world, text)
        assert "не понял" not in answer, text
        assert "НИС «Витязь», наб. Петра Великого, 1" in answer, answer
        await world.say("нет")
    await world.say("место у квеста: НИС «Витязь», наб. Петра Великого, 1")
    await world.say("да")
    events = await world.store.events_between(NOW, NOW + timedelta(days=60))
    [event] = [e for e in events if "рейс" in e.title]
    assert event.venue == "НИС «Витязь», наб. Петра Великого, 1"


# --- Y3: questions the plan cannot answer get whom to ask -------------------------------


async def test_a_students_question_about_points_or_a_certificate_is_answered_politely(
    world: ChatWorld,
) -> None:
    await world.say(QUEST)
    await world.say("да")
    await said(world, "я из 10Б", STUDENT)
    await said(world, "запиши на квест", STUDENT)
    for text in (
        "а за это баллы дадут?",
        "а сертификат будет?",
        "а это засчитают как волонтерские часы?",
        "а можно уйти с 7 урока на квест?",
        "мама спрашивает можно ли ей со мной",
        "грамоту дадут?",
    ):
        _, answer = await said(world, text, STUDENT)
        assert "не понял" not in answer, text
        assert "организатор" in answer, text


# --- Y10: the curator's «помощь» keeps each point on its own line -----------------------


async def test_the_curators_help_has_every_point_on_its_own_line(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as curator:
        _, text = await said(curator, "помощь")
        assert ".•" not in text
        assert "классного руководителя" in text  # Y7: the class teacher's code is named


# --- Y4: a session named by its day and time is the one cancelled -----------------------


async def test_cancelling_a_session_named_by_its_time_picks_that_session(
    world: ChatWorld,
) -> None:
    await world.say(SESSIONS_POST)
    await world.say("да")
    templates, text = await said(
        world,
        "к сожалению занятие «Тайны морских глубин» 10 декабря в 13:00 отменяется, "
        "сотрудник заболел",
    )
    assert templates[0] != "cancel_which", text
    assert "13:00" in text, text
    assert "11:00" not in text, text
    await world.say("только эту")  # the sessions are one series: the scope is asked
    _, done = await said(world, "да")
    assert "13:00" in done, done
    events = await world.store.events_between(NOW, NOW + timedelta(days=30))
    live = [e for e in events if e.status is not EventStatus.CANCELLED]
    assert [e.start.astimezone(NOW.tzinfo).hour for e in live] == [11]


# --- Y5: a partner of two schools asking about the other one ----------------------------


async def test_a_partner_asking_about_another_school_is_told_where_its_plan_is(
    world: ChatWorld,
) -> None:
    await world.say(QUEST)
    await world.say("да")
    other_school = (
        "а с гимназией №32 что?",
        "что запланировано с каждой школой?",
        "я работаю ещё с одной школой, как мне там добавить мероприятия?",
    )
    await each_answered(world, other_school, "schools_single", "сообщество")
    _, own = await said(world, "что у нас запланировано со школой?")
    assert "Новогодний рейс" in own  # this school's plan, as before


# --- Y6, Y7, Y8: a new curator's first-day questions ------------------------------------


async def test_a_new_curators_first_day_questions_are_answered(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as curator:
        setup = ("как назвать школу?", "название школы: МАОУ СОШ №7", "часовой пояс калининград")
        await each_answered(curator, setup, "school_setup", "Europe/Kaliningrad", "BOT_SCHOOL")
        joining = ("как пригласить учеников?", "как подключить учителей?")
        await each_answered(curator, joining, "how_to_join", "Ученикам код не нужен")
        templates, answer = await said(curator, "коды приглашений")  # leftconv21, Y8: the list
        assert templates == ["invite_codes"], answer
        assert "«пригласить партнёра КГТУ»" in answer
