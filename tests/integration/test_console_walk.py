"""Found by walking through the console as the school's people would (issue 11/12 review):
each test is one place where the bot was wrong, run through the console process."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from tests.integration.test_console_loop import after, console


def _two_month_plan(path: Path) -> None:
    """One sheet per month with the same layout: row 2 exists on both sheets."""
    book = Workbook()
    december = book.active
    assert december is not None
    december.title = "Декабрь"
    december.append(["Дата", "Время", "Название", "Классы"])
    december.append(["15.12.2026", "15:00", "Лекция А", "9А"])
    december.append(["16.12.2026", "16:00", "Лекция Б", "9Б"])
    january = book.create_sheet("Январь")
    january.append(["Дата", "Время", "Название", "Классы"])
    january.append(["14.01.2027", "15:00", "Лекция В", "9В"])
    book.save(path)


def test_a_line_of_a_second_sheet_is_fixed_by_the_number_shown(tmp_path: Path) -> None:
    """Two sheets both have a row 2: the summary must not show «строка 2» twice while
    «исправь 2» edits a third line; the number shown is the number edited."""
    plan = tmp_path / "months.xlsx"
    _two_month_plan(plan)
    out = console(tmp_path / "w.db", "curator", f"/file {plan}", "исправь 3: 14 января в 17:00")
    summary = after(out, f"/file {plan}")
    assert "3 (лист «Январь», строка 2): Лекция В" in summary, summary
    assert "1 (лист «Декабрь», строка 2): Лекция А" in summary
    fixed = after(out, "исправь 3: 14 января в 17:00")
    assert "Исправил строку 3 («Лекция В»)" in fixed, fixed
    assert "Лекция В — 14 января (чт), 17:00" in fixed
    assert "Лекция Б — 16 декабря (ср), 16:00" in fixed  # untouched


def test_a_student_signs_up_for_two_numbers_without_na(tmp_path: Path) -> None:
    """«записаться 1 и 2» (the verb under the list, two numbers) was «не понял»; and help
    names every plan format the bot reads."""
    out = console(
        tmp_path / "s.db",
        "partner",
        "помощь",
        "Экскурсия 15 декабря в 15:00, 9 классы",
        "да",
        "Лекция 16 декабря в 15:00, 9 классы",
        "да",
        "/я студент 9Б",
        "что на следующей неделе?",
        "записаться 1 и 2",
    )
    assert ".ods" in after(out, "помощь")
    assert ".docx" in after(out, "помощь")
    both = after(out, "записаться 1 и 2")
    assert "не понял" not in both
    assert both.count("Вы записаны ✅") == 2, both
