"""Issue 11, points 1–4, through the console process (`python -m bot console` with piped
input, one process per person, one database): plan lines edited by number and the
add/replace/keep-both question, a move confirmed with «да» and undone with «верни», the
organiser and the curators told, and numbers that mean the person's last list."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOW = "2099-11-23T10:00"


def console(db: Path, role: str, *lines: str) -> str:
    """Everything the console printed for `lines` typed by a person of `role`."""
    env = {**os.environ, "BOT_DB": str(db), "BOT_TZ": "Europe/Kaliningrad"}
    for name in ("VK_TOKEN", "BOT_ADMINS", "PYTHONUNBUFFERED"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--as", role, "--now", NOW],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=True,
    )
    assert "Traceback" not in done.stderr
    return done.stdout


def test_plan_lines_are_edited_and_a_new_event_does_not_replace_the_plan(tmp_path: Path) -> None:
    out = console(
        tmp_path / "plan.db",
        "partner",
        '"""',
        "Лекция 15 декабря 2099 с 15:00 до 16:00, 9 классы",
        "Экскурсия 16 декабря 2099 в 10:00, 5 классы",
        "Концерт 17 декабря 2099 в 12:00, актовый зал, 5 классы",
        '"""',
        "исправь 2: 8 декабря 2099 в 16:00",
        "Турнир 18 декабря 2099 в 14:00, 7 классы",
        "1",  # the first button: «Добавить в план»
        "сохрани без 3",
        "мои мероприятия",
    )
    assert "✏️ Исправил строку 2 («Экскурсия»)" in out
    assert "2. Экскурсия — 8 декабря (вт), 16:00" in out
    assert "Черновик «Исправь" not in out
    assert "У вас есть несохранённый план (3 строки). Что сделать с «Турнир»?" in out
    assert "[1] Добавить в план  [2] Заменить  [3] Оставить оба" in out
    assert "4. Турнир — 18 декабря (пт), 14:00" in out
    assert "🗑 Убрал строку 3 (Концерт)." in out
    assert "Сохранено ✅ 3 мероприятия" in out
    mine = out.split("Вы: мои мероприятия", 1)[1]
    assert "Экскурсия" in mine
    assert "Турнир" in mine
    assert "Концерт" not in mine


def test_a_move_waits_for_yes_is_refused_into_the_past_and_is_undone(tmp_path: Path) -> None:
    out = console(
        tmp_path / "move.db",
        "partner",
        "Лекция 15 декабря 2099 в 15:00, 9 классы",
        "да",
        "перенеси на вчера",
        "перенеси на 17:00",
        "да",
        "верни",
        "что 15 декабря 2099?",
    )
    assert "уже в прошлом" in out
    assert "Было: 15 декабря (вт), 15:00" in out
    assert "Станет: 15 декабря (вт), 17:00" in out
    assert "[1] Да, перенести  [2] Нет, оставить" in out
    assert "Перенесено ✅ «Лекция» — теперь 15 декабря (вт), 17:00." in out
    assert "↩️ Вернул как было: «Лекция» — 15 декабря (вт), 15:00." in out
    assert out.rstrip().endswith(
        "Изменить: «перенеси 1 на 17:00», «отмени 1», «изменить 1» (место, классы, название)."
    )
    assert "1. 15:00 Лекция" in out.split("Вы: что 15 декабря 2099?", 1)[1]


def test_the_partner_and_the_curators_are_told_of_each_others_changes(tmp_path: Path) -> None:
    db = tmp_path / "told.db"
    console(db, "partner", "Лекция 15 декабря 2099 в 15:00, 9 классы", "да")
    by_curator = console(db, "curator", "что 15 декабря 2099?", "перенеси 1 на 16:00", "да")
    assert "📨 Сообщу: организатору (Партнёр (консоль))." in by_curator
    assert "📨 Кому: Партнёр (id " in by_curator
    assert "🔁 Перенесено куратором: «Лекция»" in by_curator
    by_partner = console(db, "partner", "что 15 декабря 2099?", "отмени 1", "да")
    assert "📨 Сообщу: кураторам." in by_partner
    assert "📨 Кому: Куратор (id " in by_partner
    assert "❌ Отменено (Партнёр (консоль)): Лекция — 15 декабря (вт), 16:00" in by_partner


def test_numbers_mean_the_students_last_list(tmp_path: Path) -> None:
    db = tmp_path / "numbers.db"
    console(
        db,
        "partner",
        "Лекция 15 декабря 2099 в 15:00, 9 классы",
        "да",
        "Турнир 16 декабря 2099 в 15:00, 9 классы",
        "да",
    )
    out = console(
        db,
        "student",
        "что в декабре 2099?",
        "записаться 99",
        "не пойду 1",
        "записаться 2",
        "мои мероприятия",
        "не пойду 1",
    )
    assert "В списке нет №99" in out
    assert "Вы не записаны на «Лекция» — отменять нечего." in out
    assert "Запись на «Турнир» отменена." in out
    mine = out.split("Вы: мои мероприятия", 1)[1]
    assert "1. Турнир" in mine
    assert "Лекция" not in mine
