"""Issue 11 through the console process (`python -m bot console`, piped input): the whole
feedback loop on the console's clock (point 8), several people in one console, and the
conversation fixes of points 5 and 7 as a console user sees them."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.core.models import Role
from bot.transports.console_world import Persona, clock_target, parse_persona
from tests.integration.test_console import ROOT, console_env

TZ = ZoneInfo("Europe/Kaliningrad")


def console(db: Path, role: str, *lines: str, now: str = "2026-12-07T10:00") -> str:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--as", role, "--now", now],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=console_env(db),
        timeout=120,
        check=True,
    )
    assert "Traceback" not in done.stderr
    return done.stdout


def after(out: str, typed: str) -> str:
    """What the console printed after the line the person typed (up to the next one)."""
    start = out.index(f"Вы: {typed}\n") + len(f"Вы: {typed}\n")
    end = out.find("\nВы: ", start)
    return out[start : end if end != -1 else None]


def test_clock_commands() -> None:
    now = datetime(2026, 12, 7, 10, 0, tzinfo=TZ)
    assert clock_target("+2ч", now) == now + timedelta(hours=2)
    assert clock_target("+ 1 д", now) == now + timedelta(days=1)
    assert clock_target("+3ч30мин", now) == now + timedelta(hours=3, minutes=30)
    assert clock_target("+1д 2ч", now) == now + timedelta(days=1, hours=2)
    assert clock_target("+3ч30лет", now) is None
    assert clock_target("+30мин", now) == now + timedelta(minutes=30)
    assert clock_target("2026-12-15T17:00", now) == datetime(2026, 12, 15, 17, 0, tzinfo=TZ)
    assert clock_target("2026-12-15 17:00", now) == datetime(2026, 12, 15, 17, 0, tzinfo=TZ)
    assert clock_target("2026-12-01T17:00", now) is None  # the past
    assert clock_target("вчера", now) is None
    assert clock_target("+2 попугая", now) is None
    # «м» alone is minutes, as Russian abbreviates «20 м» on timers; a month is never a minute
    assert clock_target("+20м", now) == now + timedelta(minutes=20)
    assert clock_target("+1ч 20м", now) == now + timedelta(hours=1, minutes=20)
    assert clock_target("+1мес", now) is None


def test_person_commands() -> None:
    assert parse_persona("студент 9б") == Persona(Role.STUDENT, "9Б")
    assert parse_persona("партнёр КГТУ") == Persona(Role.PARTNER, "КГТУ")
    assert parse_persona("куратор") == Persona(Role.CURATOR)
    assert parse_persona("директор") is None
    # walk 2026-12-01k, #15: the `--as` names, and two students of one class
    assert parse_persona("staff") == Persona(Role.STAFF)
    assert parse_persona("студент 9 б Петя") == Persona(Role.STUDENT, "9Б", "Петя")
    assert parse_persona("ученица 10-а") == Persona(Role.STUDENT, "10А")


def test_feedback_loop_in_the_console(tmp_path: Path) -> None:
    """Sign-up → reminder → poll (buttons as numbered options) → answer → nudge for the one
    who did not answer → «итоги», with a waiting list, all in one console."""
    out = console(
        tmp_path / "loop.db",
        "partner",
        "Лекция о космосе 15 декабря с 15:00 до 16:00, 9 классы, 1 место",
        "да",
        "/я студент 9Б",
        "что на следующей неделе?",
        "записаться 1",
        "/я студент 9А",
        "что на следующей неделе?",
        "записаться 1",
        "/я студент 9Б",
        "/время 2026-12-14T15:30",
        "/время +23ч",
        "/время +2ч",
        "5",
        "9",
        "Очень понравилось",
        "/время +1д",
        "/я куратор",
        "итоги декабря",
        "/время 2026-12-21T09:00",
    )
    assert "На «Лекция о космосе» мест пока нет — вы в листе ожидания" in out  # 9А
    day_before = after(out, "/время 2026-12-14T15:30")
    assert "🕒 Часы консоли: 14 декабря (пн), 15:30." in day_before
    assert "⏰ Напоминание: Лекция о космосе" in day_before  # 24 h before, to the student
    assert "📨 Кому: Партнёр (id 3)" in day_before  # and to the organiser
    assert "⏰ Напоминание" in after(out, "/время +23ч")  # one hour before
    poll = after(out, "/время +2ч")
    # the person typing: a bot message
    assert "Бот: Как прошло мероприятие «Лекция о космосе»" in poll
    assert "[1] 1  [2] 2  [3] 3  [4] 4  [5] 5  [6] Меня не было" in poll
    assert "Насколько вероятно" in after(out, "5")
    assert "Спасибо за отзыв" in after(out, "Очень понравилось")
    nudge = after(out, "/время +1д")
    # the organiser has not answered: their own nudge, without «Меня не было»
    assert "оцените, пожалуйста, как прошло ваше мероприятие «Лекция о космосе»" in nudge
    assert "Меня не было" not in nudge
    assert "Ученик 9Б" not in nudge  # the student has
    report = after(out, "итоги декабря")
    assert "оценка 5,0" in report
    assert "«Очень понравилось»" in report
    monday = after(out, "/время 2026-12-21T09:00")
    assert "🗓 Неделя 21 декабря — 27 декабря" in monday  # the Monday digest


def test_waiting_list_promotion_between_two_students(tmp_path: Path) -> None:
    out = console(
        tmp_path / "wait.db",
        "partner",
        "Экскурсия 16 декабря в 15:00, 9 классы, 1 место",
        "да",
        "/я студент 9Б",
        "что на следующей неделе?",
        "записаться 1",
        "/я студент 9А",
        "что на следующей неделе?",
        "записаться 1",
        "/я студент 9Б",
        "мои мероприятия",
        "не пойду 1",
    )
    assert "На «Экскурсия» мест пока нет — вы в листе ожидания" in out  # 9А
    freed = after(out, "не пойду 1")
    assert "📨 Кому: Ученик 9А" in freed
    assert "Освободилось место" in freed


def test_console_duplicates_and_small_talk(tmp_path: Path) -> None:
    db = tmp_path / "talk.db"
    console(db, "curator", "День открытых дверей КГТУ 15 декабря с 15:00 до 17:00, 11 классы", "да")
    out = console(
        db,
        "partner",
        "привет",
        "День открытых дверей 15 декабря в 15:00, 11А",
        "спасибо",
        "👍",
    )
    assert "Здравствуйте" in after(out, "привет")
    assert "похоже на то же мероприятие" in out
    assert "несохранённый черновик" in after(out, "спасибо")
    assert "не понял" not in out


def test_console_start_and_student_questions(tmp_path: Path) -> None:
    db = tmp_path / "student.db"
    console(db, "partner", "День открытых дверей 12 декабря в 11:00, 9-11 классы", "да")
    out = console(
        db,
        "student",
        "а завтра что-нибудь есть?",
        "что есть на выходных?",
        "запиши меня на день открытых дверей",
        "не напоминай",
        "/время +1ч",
    )
    assert "На 8 декабря" in after(out, "а завтра что-нибудь есть?")
    assert "День открытых дверей" in after(out, "что есть на выходных?")
    signed = after(out, "запиши меня на день открытых дверей")
    assert "Вы записаны ✅" in signed
    assert "Напомню 11 декабря в 11:00 и 12 декабря в 10:00." in signed
    assert "не понял" not in out


def test_switching_person_shows_the_message_their_buttons_belong_to(tmp_path: Path) -> None:
    """After «/я …» the console showed a bare row «[1] 1 … [6] Меня не было» with no
    question: the person switched to must see the bot's message the options answer."""
    out = console(
        tmp_path / "switch.db",
        "partner",
        "Экскурсия 15 декабря с 15:00 до 16:00, 9 классы",
        "да",
        "/я студент 9Б",
        "что на следующей неделе?",
        "записаться 1",
        "/я студент 9А",
        "что на следующей неделе?",
        "записаться 1",
        "/время 2026-12-15T16:10",
        "/я студент 9Б",
        "4",
    )
    switched = after(out[out.rindex("Вы: /я студент 9Б") :], "/я студент 9Б")
    assert "Как прошло мероприятие «Экскурсия»" in switched
    assert "[1] 1  [2] 2  [3] 3  [4] 4  [5] 5  [6] Меня не было" in switched
    assert "Насколько вероятно" in after(out, "4")


def test_switching_back_to_the_starting_partner_and_two_students_of_one_class(
    tmp_path: Path,
) -> None:
    """Walk 2026-12-01k, #15: «/я партнёр» made a new «Партнёр» with no events, «/я staff»
    was refused, and «/я студент 9Б» twice was the same student."""
    out = console(
        tmp_path / "back.db",
        "partner",
        "Экскурсия 15 декабря с 15:00 до 16:00, 9 классы, мест: 1",
        "да",
        "/я staff",
        "/я студент 9Б Петя",
        "записаться на экскурсию",
        "/я студент 9Б Вася",
        "записаться на экскурсию",
        "/я партнёр",
        "мои мероприятия",
    )
    assert "Педагог" in after(out, "/я staff")
    assert "Вы записаны" in after(out, "записаться на экскурсию")
    second = out[out.rindex("Вы: /я студент 9Б Вася") :]
    assert "листе ожидания" in after(second, "записаться на экскурсию")  # another student
    assert "Экскурсия" in after(out, "мои мероприятия")  # the starting partner's own event
