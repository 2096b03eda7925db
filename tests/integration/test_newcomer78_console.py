"""newcomer78 end to end through `python -m bot console` (tests/data/newcomer78.md): the class
teacher of 7Б, who has never used a bot, asks what her class has this month, asks the bot to
remind the class of a museum's event, and asks the school's plan of one day; a student of 7Б
lists what is next. The clock is frozen on Monday 7 December 2026. All sentences are my own."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-07T10:00"


def _plan(db: Path) -> str:
    """A museum's excursion for the 7th grades and the school's class hour of 7Б at the same
    time on 16 December, and the museum's workshop for 7Б on the 18th in the museum's
    classroom; the partner's transcript."""
    out = run_console(
        db,
        "partner",
        "Экскурсия «Янтарная комната» 16 декабря в 14:00, 7 классы, Музей янтаря",
        "да",
        "Мастер-класс по янтарной мозаике 18 декабря в 15:00 для 7Б, учебный класс музея",
        "да",
        now=NOW,
    )
    run_console(db, "curator", "Классный час 16 декабря в 14:00, 7Б", "да", now=NOW)
    return out


def _replies(out: str) -> str:
    """The bot's part of a console transcript (others' messages, indented, left out)."""
    return "\n".join(part.split("\n    ")[0] for part in out.split("Бот:")[1:])


def test_a_museums_classroom_at_a_lines_end_is_the_place(tmp_path: Path) -> None:
    """«…, учебный класс музея» at a line's end was read into the title («Мастер-класс по
    янтарной мозаике, учебный класс музея») with no place (newcomer77's leftover): a room
    named by its use («учебный», «компьютерный») is the place, in the nominative also when
    written «в учебном классе»; «открытие компьютерного класса» keeps its title."""
    db = tmp_path / "plan.db"
    bot = _replies(_plan(db))
    assert "📌 Мастер-класс по янтарной мозаике\n" in bot, bot
    assert "📍 учебный класс музея" in bot, bot
    assert "Сохранено ✅ «Мастер-класс по янтарной мозаике», 18 декабря" in bot, bot
    out = run_console(
        tmp_path / "other.db",
        "curator",
        "Урок информатики 17 декабря в 10:00, 7Б, в компьютерном классе",
        "нет",
        "Открытие компьютерного класса 17 декабря в 12:00, 7Б",
        now=NOW,
    )
    first, second = _replies(out).split("Я понял так:")[1:3]
    assert "📌 Урок информатики\n" in first, out
    assert "📍 компьютерный класс" in first, out
    assert "📌 Открытие компьютерного класса\n" in second, out
    assert "📍" not in second, out


def test_a_class_teacher_asks_the_bot_to_remind_her_class(tmp_path: Path) -> None:
    """«напомни классу про мастер-класс» was answered «Извините, не понял.»: the bot sends
    no message in a teacher's name, but reminds every student signed up by itself — it says
    so, and how the class's students get those reminders; «напомни мне про …» stays the
    teacher's own reminder."""
    db = tmp_path / "plan.db"
    _plan(db)
    out = run_console(
        db,
        "staff",
        "я классный руководитель 7Б",
        "напомни классу про мастер-класс",
        "Напомните, пожалуйста, ученикам 7Б об экскурсии",
        "напомни мне про мастер-класс",
        now=NOW,
    )
    bot = _replies(out)
    assert "не понял" not in bot, out
    assert bot.count("Разослать напоминание всему 7Б от вашего имени я не могу") == 2, out
    assert "каждому ученику, который записался на мероприятие, я напоминаю сам" in bot, out
    assert "«я из 7Б»" in bot, out
    assert "Когда напомнить о «Мастер-класс по янтарной мозаике»" in bot, out


def test_one_days_plan_names_its_day_once(tmp_path: Path) -> None:
    """«что у школы 16 декабря?» was answered «📅 16 декабря (ср)», an empty line and «16
    декабря (ср)» again above the events: a one-day answer names its day once; a week's
    list keeps its day lines."""
    db = tmp_path / "plan.db"
    _plan(db)
    out = run_console(db, "staff", "что у школы 16 декабря?", "что на следующей неделе?", now=NOW)
    day, week = _replies(out).split("📅")[1:3]
    assert day.count("16 декабря (ср)") == 1, out
    assert "1. 14:00 Экскурсия «Янтарная комната»" in day, out
    assert "\n16 декабря (ср)\n" in week, out
    assert "\n18 декабря (пт)\n" in week, out


def test_a_students_list_warns_of_two_events_of_the_class_at_one_time(tmp_path: Path) -> None:
    """A 7Б student's «что дальше?» listed the museum's excursion and the class hour, both
    16 December at 14:00, with no word of it (the class teacher's list named the clash): the
    student's list says they are at one time and whom to ask; a lone event says nothing."""
    db = tmp_path / "plan.db"
    _plan(db)
    out = run_console(db, "student", "я из 7Б", "что дальше?", "что 18 декабря?", now=NOW)
    listed, lone = _replies(out).split("📅")[-2:]
    assert "⚠️ В одно время у вашего класса:" in listed, out
    assert (
        "• «Экскурсия „Янтарная комната“» (16 декабря (ср), 14:00) и «Классный час» "
        "(16 декабря (ср), 14:00)" in listed
    ), out
    assert "куда идти, подскажет классный руководитель" in listed, out
    assert "В одно время" not in lone, out
