"""chat64: the operator's lines of `python -m bot` in Russian (locales/ru/cli), as export
and import already were, and no library chatter on stderr (pymorphy3's «Loading
dictionaries from …» at INFO, as weasyprint's before). SQLite only by nature: these are
the CLI's refusals before or without a store (PostgreSQL's own are in
test_postgres_cli.py and test_copy_db.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.integration.test_console import ROOT, console_env


def _bot(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**console_env(tmp_path / "plan.db"), "PYTHONPATH": str(ROOT), **env},
        timeout=120,
        check=False,
    )


def test_an_import_reading_russian_logs_nothing_on_stderr(tmp_path: Path) -> None:
    """Before: two INFO lines of pymorphy3 («Loading dictionaries from …», «format: 2.4 …»)
    before «сохранено 1 мероприятие»."""
    plan = tmp_path / "plan.csv"
    plan.write_text(
        "Дата,Время,Название,Место\n09.12.2026,15:00,Лекция о космосе для 9 классов,"
        "в актовом зале\n",
        encoding="utf-8",
    )
    done = _bot(tmp_path, "import", str(plan))
    assert done.returncode == 0, done.stderr
    assert "сохранено 1 мероприятие" in done.stdout
    assert done.stderr == ""


def test_migrate_speaks_russian(tmp_path: Path) -> None:
    """Before: «…: up to date»."""
    done = _bot(tmp_path, "migrate")
    assert done.returncode == 0, done.stderr
    assert (
        done.stdout.strip() == f"{tmp_path / 'plan.db'}: схема базы обновлена до последней версии."
    )


def test_a_setting_that_does_not_check_out_is_one_russian_line(tmp_path: Path) -> None:
    """Before: «configuration error: BOT_TZ: unknown time zone 'Mars/Base'»."""
    done = _bot(tmp_path, "migrate", BOT_TZ="Mars/Base")
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "Ошибка настройки: BOT_TZ: неизвестный часовой пояс «Mars/Base» — нужно имя из базы"
        " IANA, например Europe/Kaliningrad."
    )
    done = _bot(tmp_path, "migrate", BOT_INVITE_DAYS="900")
    assert (
        done.stderr.strip()
        == "Ошибка настройки: BOT_INVITE_DAYS: нужно от 1 до 365 дней, а не 900."
    )


def test_copy_db_refusals_speak_russian(tmp_path: Path) -> None:
    """Before: «copy-db: expected a postgresql:// URL, got …», «copy-db refused: …: no such
    SQLite file»."""
    done = _bot(tmp_path, "copy-db", str(tmp_path / "none.db"), "sqlite:///x.db")
    assert (done.returncode, done.stderr.strip()) == (
        2,
        "copy-db: нужен адрес PostgreSQL вида postgresql://…, а не «sqlite:///x.db».",
    )
    done = _bot(tmp_path, "copy-db", str(tmp_path / "none.db"), "postgresql://127.0.0.1:1/x")
    assert done.returncode == 2
    assert done.stderr.strip() == f"copy-db отказался: файла SQLite {tmp_path / 'none.db'} нет."
