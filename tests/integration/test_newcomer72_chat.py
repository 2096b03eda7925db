"""newcomer72: a student joins an exhibition going on (tests/data/newcomer72.md). A 9Б
student of PLAN42 (tests/chat_world.py: Tuesday 1 December 2026, 10:00 Kaliningrad); the
exhibition is saved straight into the store in the shape the parser gives an all-day run.
Through the real planner over a real store (SQLite; PostgreSQL under
tests/pg_everywhere.py). All sentences are my own."""

from __future__ import annotations

from datetime import date, datetime

from bot.core.digest import DigestDue, digest_reply
from bot.core.models import Audience, NewEvent, OrgKind
from bot.core.planner import Planner
from tests import chat_world, plan_file_world
from tests.chat_world import CURATOR, ZONE, ChatWorld, said
from tests.plan_file_world import send
from tests.plan_makers import xlsx

student = chat_world.plan_student


async def _drawings_exhibition(student: ChatWorld) -> None:
    """A museum's all-day «Выставка рисунков» for 9Б, 30 November – 20 December 2026 (its end
    the midnight after the last day), already going on at the world's Tuesday 1 December."""
    museum = await student.store.create_organisation("Музей", OrgKind.PARTNER)
    start = datetime(2026, 11, 30, tzinfo=ZONE)
    end = datetime(2026, 12, 21, tzinfo=ZONE)
    audience = Audience(classes=frozenset({"9Б"}))
    new = NewEvent("Выставка рисунков", museum.id, start, end, all_day=True, audience=audience)
    await student.store.add_events([new], None)


async def test_joining_a_run_going_on_says_the_event_not_it(student: ChatWorld) -> None:
    """«Вы записаны ✅ «Выставка „…“» … Оно уже идёт» — a neuter «оно» after a feminine title."""
    await _drawings_exhibition(student)
    templates, text = await said(student, "запиши меня на выставку рисунков")
    assert templates == ["signed_up"], text
    assert "Мероприятие уже идёт — до 20 декабря включительно" in text, text
    assert "Оно уже" not in text, text


# --- a plan file's rows with a day but no time -----------------------------------------

store = plan_file_world.store
planner = plan_file_world.planner


async def test_a_row_without_time_names_its_day(planner: Planner) -> None:
    """Two rows of one title (a contest in each half-year) were both «Конкурс чтецов — нет
    времени»: which is which, and what day was read, the summary did not say."""
    rows = [
        ["Мероприятие", "Классы", "I полугодие", "II полугодие"],
        ["Конкурс чтецов «Живое слово»", "5-8", "18.12", "12.03"],
    ]
    text = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "Конкурс чтецов «Живое слово» — нет времени (18 декабря (пт))" in text, text
    assert "Конкурс чтецов «Живое слово» — нет времени (12 марта (пт))" in text, text


# --- the Monday digest lists a run begun before the week under the week's first day ------


async def test_the_digest_lists_a_run_begun_before_the_week_on_its_monday(
    student: ChatWorld,
) -> None:
    """The curator's digest «🗓 Неделя 7 декабря — 13 декабря» opened with «6 декабря (вс) •
    весь день Выставка …»: a day outside its week, where lists say «идёт (до …)» on the
    week's first day (days_view's `first_day`)."""
    await _drawings_exhibition(student)
    await said(student, "привет", CURATOR)
    curator = await student.store.get_person_by_vk(CURATOR)
    assert curator is not None
    reply = await digest_reply(student.store, DigestDue("k", curator, date(2026, 12, 7)), ZONE)
    lines = student.text(reply).splitlines()
    assert "30 ноября (пн)" not in lines, lines
    at = lines.index("7 декабря (пн)")
    assert lines[at + 1].startswith("• ⏳ весь день (до 20 декабря) Выставка рисунков"), lines


# --- «мои напоминания» while the card asks a question ------------------------------------

partner_world = chat_world.partner_world


async def test_my_reminders_asked_while_a_time_is_asked_lists_them(
    partner_world: ChatWorld,
) -> None:
    """«мои напоминания» at «Во сколько «Выставка „Зима“»?» was «Не понял время», while «мои
    мероприятия» and «что на этой неделе?» there are answered and the draft kept."""
    templates, text = await said(
        partner_world, "Выставка «Зима» с 10 по 20 декабря в музее, 5 классы"
    )
    assert templates == ["ask_time"], text
    templates, text = await said(partner_world, "мои напоминания")
    assert "moment_reminders_list" in templates, text
    assert "Не понял время" not in text, text
    templates, text = await said(partner_world, "весь день")
    assert "event_card" in templates, text


async def test_a_saved_run_is_not_offered_a_clock_to_move_to(partner_world: ChatWorld) -> None:
    """«Сохранено ✅ «Выставка „Зима“», 10–20 декабря. Чтобы перенести, напишите «перенеси на
    17:00»» — a clock for eleven days all day; a run's example moves it whole."""
    await said(partner_world, "Выставка «Зима» с 10 по 20 декабря в музее, 5 классы")
    await said(partner_world, "весь день")
    templates, text = await said(partner_world, "да")
    assert "saved" in templates, text
    assert "«перенеси на неделю позже»" in text, text
    assert "перенеси на 17:00" not in text, text
    templates, text = await said(partner_world, "перенеси на неделю позже")
    assert "Станет: 17–27 декабря" in text, text
