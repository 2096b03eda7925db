"""The console transport as a newcomer uses it: `python -m bot console` with piped input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_console(db: Path, role: str, *lines: str) -> str:
    env = {**os.environ, "BOT_DB": str(db), "BOT_TZ": "Europe/Kaliningrad"}
    env.pop("VK_TOKEN", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--as", role],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=True,
    )
    return done.stdout


def test_two_clashing_events_are_warned_in_the_console(tmp_path: Path) -> None:
    db = tmp_path / "console.db"
    first = run_console(
        db,
        "partner",
        "Мастер-класс по робототехнике 15 декабря 2099 с 15:00 до 16:30, 9–11 классы, ауд. 204",
        "1",
    )
    assert "Накладок нет" in first
    assert "Сохранено ✅" in first
    second = run_console(db, "curator", "Лекция 15 декабря 2099 в 16:00, 10А, ауд. 204", "да")
    assert "Накладки (1)" in second
    assert "те же ученики, то же место" in second
    assert "Свободное время" in second
    assert "📨 Уведомление для пользователя 3" in second


def test_fenced_multiline_plan_and_clean_exit_on_eof(tmp_path: Path) -> None:
    out = run_console(
        tmp_path / "plan.db",
        "staff",
        '"""',
        "Лекция 1 декабря 2099 в 15:00, 9 классы",
        "Экскурсия 2 декабря 2099 в 10:00, 5 классы",
        '"""',
        "нет",
    )
    assert "В плане 2 мероприятия" in out
    assert "Черновик удалён" in out


def test_student_console_explains_and_survives_garbage(tmp_path: Path) -> None:
    out = run_console(tmp_path / "s.db", "student", "🤷🤷", "Лекция 1 декабря в 15:00", "помощь")
    assert "Извините, не понял" in out
    assert "Добавлять мероприятия могут педагоги и партнёры" in out
    assert "я из 9Б" in out
