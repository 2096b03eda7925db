"""attack83: a deputy head, a partner methodist and a student try the bot for the first time
through the console process (`python -m bot console`, piped input), as tests/data/attack83.md
tells. The console's clock: Monday 7 December 2026, 10:00. Sentences mine."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console_loop import after, console

FORM = '"""\nКонцерт хора «Зимние голоса»\nДата: 18 декабря\nВремя: 17:25\nМесто: актовый зал\n"""'


def test_a_form_posts_clock_above_its_place_line_is_on_the_card(tmp_path: Path) -> None:
    """«Время: 17:25» above «Место: актовый зал» was read as «25 мест»: the card asked «Во
    сколько …?» of a post that said it, and a limit of 25 places nobody wrote was kept."""
    out = console(tmp_path / "plan.db", "staff", FORM, "5–11 классы", "да", "мои мероприятия")
    asked = after(out, "Концерт хора «Зимние голоса»")
    assert "Во сколько" not in asked, asked
    card = after(out, "5–11 классы")
    assert "🗓 18 декабря (пт), 17:25" in card, card
    assert "17:25 Концерт хора" in after(out, "мои мероприятия"), out


OPEN_DAY = (
    "Приглашаем учеников 10-11 классов на день открытых дверей колледжа 19 декабря в 12:00, "
    "главный корпус. Регистрация до 15 декабря."
)


def test_a_sign_up_after_the_registration_deadline_is_refused_with_its_day(
    tmp_path: Path,
) -> None:
    """The card said «⏳ Регистрация до 15 декабря»; on 17 December a student's «записаться
    1» was answered «Вы записаны ✅» with no word of it. A sign-up made before the deadline
    stays."""
    db = tmp_path / "plan.db"
    console(
        db, "partner", OPEN_DAY, "да", "/я студент 10А", "что на следующей неделе?", "записаться 1"
    )
    out = console(
        db,
        "partner",
        "/я студент 11Б",
        "что на этой неделе?",
        "записаться 1",
        "/я студент 10А",
        "мои мероприятия",
        now="2026-12-17T10:00",
    )
    late = after(out, "записаться 1")
    assert "Вы записаны" not in late, late
    assert "регистрация шла до 15 декабря (вт) включительно" in late, late
    assert "1. День открытых дверей колледжа" in after(out, "мои мероприятия"), out


PLAN_LINES = (
    "План мероприятий на декабрь\n"
    "15.12 14:00 Беседа «Береги лес», 6А, 6Б, каб. 112\n"
    "17.12 09:30-11:00 Поездка в планетарий, 8В\n"
    "\n"
    "22.12 16:00 Конкурс чтецов, 3-4 классы, библиотека\n"
)


def test_a_text_file_of_plan_lines_is_read_as_a_pasted_plan(tmp_path: Path) -> None:
    """A .txt plan typed one event a line, as it would be pasted into the chat, was refused
    «Не нашёл … строку заголовков … столбцы «Дата» и «Название»» — a table's words for a
    text; a .docx of the same lines was read (bot.exports.paragraphs)."""
    plan = tmp_path / "декабрь.txt"
    plan.write_text(PLAN_LINES, encoding="utf-8")
    out = console(tmp_path / "plan.db", "staff", f"/file {plan}", "да", "что на следующей неделе?")
    read = after(out, f"/file {plan}")
    assert "строку заголовков" not in read, read
    assert "3 мероприятия готовы к сохранению" in read, read
    week = after(out, "что на следующей неделе?")
    assert "09:30–11:00 Поездка в планетарий" in week, week
    assert "14:00 Беседа «Береги лес», каб. 112, 6А, 6Б" in week, week
