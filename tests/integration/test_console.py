"""The console transport as a newcomer uses it: `python -m bot console` with piped input."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def console_env(db: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "BOT_DB": str(db),
        "BOT_TZ": "Europe/Kaliningrad",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("VK_TOKEN", None)
    env.pop("BOT_ADMINS", None)
    env.pop("PYTHONUNBUFFERED", None)
    return env


def run_console(db: Path, role: str, *lines: str, now: str | None = None) -> str:
    clock = ["--now", now] if now else []
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--as", role, *clock],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        # files the console writes (exports) stay beside the test's database, not in the
        # checkout (a PostgreSQL URL given as `db`: the temporary directory)
        cwd=db.parent if isinstance(db, Path) else tempfile.gettempdir(),
        env=console_env(db),
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
    assert "📨 Кому: Партнёр (id 3)" in second


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
    out = run_console(
        tmp_path / "s.db", "student", "ывапр олдж", "Лекция 1 декабря в 15:00", "помощь"
    )
    assert "Извините, не понял" in out
    assert "Добавлять мероприятия могут педагоги и партнёры" in out
    assert "я из 9Б" in out


def test_frozen_clock_echo_move_and_cancel(tmp_path: Path) -> None:
    db = tmp_path / "now.db"
    out = run_console(
        db,
        "partner",
        "Лекция в пятницу в 15:00, 9 классы",
        "да",
        "что на этой неделе?",
        "перенеси 1 на 17:00",
        "да",
        "отмени 1",
        "да",
        now="2026-11-23T10:00",
    )
    assert "Вы: Лекция в пятницу в 15:00, 9 классы" in out
    assert "27 ноября (пт), 15:00" in out
    assert "📅 23–29 ноября" in out
    assert "теперь 27 ноября (пт), 17:00" in out
    assert "Отменено ❌ «Лекция», 27 ноября (пт), 17:00." in out


def start_console(db: Path, role: str) -> subprocess.Popen[str]:
    """`python -m bot console --as ROLE` with pipes, once its intro is printed (the console
    is then in its first notification tick or waiting for input)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "console", "--as", role],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=console_env(db),
    )
    assert proc.stdout is not None
    assert "Согласовано" in proc.stdout.readline()
    return proc


def interrupted_exit(
    proc: subprocess.Popen[str], target: int | None = None, sig: int = signal.SIGINT
) -> tuple[int, str]:
    """`sig` (Ctrl-C's SIGINT unless told) to the console (to thread id `target` when
    given: kill(2) on a thread id wakes that thread first) and its exit code and stderr.
    stdin stays open, so an exit can only come from the signal; 60 s is a hang's bound, not
    a speed limit."""
    try:
        os.kill(target or proc.pid, sig)
        proc.wait(timeout=60)
        assert proc.stderr is not None
        return proc.returncode, proc.stderr.read()
    finally:
        proc.kill()


# (seconds after the intro, a message typed first or ""): in the first tick, waiting for input,
# while a message is read and answered
MOMENTS = (
    (0.0, ""),
    (0.01, ""),
    (0.05, ""),
    (0.1, ""),
    (0.3, ""),
    (0.0, "что в декабре 2099?"),
    (0.05, "что в декабре 2099?"),
    (0.3, "что в декабре 2099?"),
)


def test_ctrl_c_exits_without_a_traceback_at_any_moment(tmp_path: Path) -> None:
    """Ctrl-C right after the intro (in the first notification tick), a little later
    (waiting for input) and while a message is handled: always 130, no traceback, and the
    event saved before is still there and the database whole (fix77)."""
    db = tmp_path / "c.db"
    saved = run_console(db, "partner", "Лекция о космосе 15 декабря 2099 в 15:00, 9 классы", "1")
    assert "Сохранено ✅" in saved
    for moment, message in MOMENTS:
        proc = start_console(db, "partner")
        if message:
            assert proc.stdin is not None
            proc.stdin.write(message + "\n")
            proc.stdin.flush()
        time.sleep(moment)
        code, err = interrupted_exit(proc)
        assert (code, moment, message) == (130, moment, message)
        assert "Traceback" not in err, err
    listed = run_console(db, "partner", "что в декабре 2099?")
    assert "Лекция о космосе" in listed
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux's /proc")
def test_ctrl_c_taken_by_a_worker_thread_still_exits(tmp_path: Path) -> None:
    """Under load the kernel may hand the process's SIGINT to the stdin reader or
    aiosqlite's thread while the main thread sleeps in the event loop; before fix77 nothing
    then woke the loop and the console hung for ever (round 42's loaded runs). kill(2) on a
    worker's thread id makes that delivery certain."""
    db = tmp_path / "t.db"
    run_console(db, "student", "помощь")
    aimed = 0
    for attempt in range(3):
        proc = start_console(db, "student")
        time.sleep(0.5)  # past the first tick: the main thread waits for a line
        workers = sorted(int(t) for t in os.listdir(f"/proc/{proc.pid}/task") if int(t) != proc.pid)
        assert workers  # the stdin reader and aiosqlite's thread at least
        aimed += 1
        code, err = interrupted_exit(proc, workers[attempt % len(workers)])
        assert code == 130
        assert "Traceback" not in err, err
    assert aimed == 3


def test_migrate_creates_the_database_and_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-m", "bot", "migrate", "--db", str(db)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=console_env(db),
            timeout=60,
            check=True,
        )
        assert "схема базы обновлена" in done.stdout
    assert db.exists()


def test_exports_are_written_and_plan_files_read_in_the_console(tmp_path: Path) -> None:
    plan = tmp_path / "plan.csv"
    plan.write_text(
        "Дата;Время;Название;Классы\n"
        "16.12.2099;15:00-16:00;Лекция о космосе;9\n"
        "40.12.2099;10:00;Сломанная строка;8\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--as", "curator", "--now", "2099-11-23T10:00"],
        input=f"/file {plan}\nда\nплан на декабрь в excel\n/file missing.xlsx\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=console_env(tmp_path / "bot.db"),
        timeout=60,
        check=True,
    )
    out = done.stdout
    assert "Файл «plan.csv»: 1 мероприятие готово к сохранению" in out
    assert "строка 3: такой даты нет в календаре" in out  # 40.12.2099
    assert "Сохранено ✅" in out
    assert "📎 Файл сохранён: plan-2099-12-01--2099-12-31.xlsx" in out
    assert (tmp_path / "plan-2099-12-01--2099-12-31.xlsx").read_bytes().startswith(b"PK")
    assert "Не нашёл файл «missing.xlsx»" in out
    assert "WARNING" not in done.stderr


def test_a_file_that_is_not_a_database_gets_one_line_and_exits(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not a database, just some text " * 4, encoding="utf-8")
    for command in (["migrate", "--db", str(junk)], ["console", "--db", str(junk)]):
        done = subprocess.run(
            [sys.executable, "-m", "bot", *command],
            input="помощь\n",
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=console_env(junk),
            timeout=30,
        )
        assert done.returncode == 2
        assert done.stderr.strip().splitlines() == [
            f"{junk} — не база данных бота (SQLite). Проверьте BOT_DB или --db."
        ]


TWO_EVENTS_POST = (
    '"""',
    "Приглашаем учащихся 10–11 классов на День открытых дверей, который состоится",
    "12 декабря 2099 в 11:00 по адресу: Советский проспект, 1.",
    "Также 17 декабря 2099 в 15:30 приглашаем 9-е классы на мастер-класс «Основы",
    "программирования на Python» (ауд. 310, ул. Профессора Баранова, 43).",
    "Контактное лицо: методист Иванова, тел. 99-53-00",
    '"""',
)


def test_a_post_with_two_events_saves_both_in_the_console(tmp_path: Path) -> None:
    """Newcomer walk 2026-12-02t, #3: the second event was lost, its classes merged."""
    out = run_console(tmp_path / "two.db", "partner", *TWO_EVENTS_POST, "да", "мои мероприятия")
    assert "В сообщении два мероприятия:" in out
    assert "Сохранить оба?" in out
    listed = out[out.rindex("Ваши мероприятия") :]
    assert "11:00 День открытых дверей" in listed
    assert "10–11 классы" in listed
    assert "15:30 Мастер-класс «Основы программирования на Python»" in listed
    assert "9-е классы" in listed
    assert "9–11" not in listed


def test_only_the_first_of_a_posts_two_events_in_the_console(tmp_path: Path) -> None:
    out = run_console(
        tmp_path / "one.db", "partner", *TWO_EVENTS_POST, "только первое", "мои мероприятия"
    )
    listed = out[out.rindex("Ваши мероприятия") :]
    assert "День открытых дверей" in listed
    assert "Мастер-класс" not in listed


def test_the_curator_agrees_a_partners_event_in_the_console(tmp_path: Path) -> None:
    """Walk t, #16, as the walk ran it: the curator is told of the partner's new event and
    agrees it with «согласовано»; the partner's «согласовано» agrees nothing; the partner
    hears of the agreement and «что у меня согласовано?» shows it."""
    db = tmp_path / "console.db"
    shown = run_console(
        db,
        "curator",
        "/я партнёр Кодикс",
        "Лекция по нейросетям 15 декабря в 15:00, 9 классы, актовый зал",
        "да",
        "согласовано",
        "что у меня согласовано?",
        "/я куратор",
        "согласовано",
        "/я партнёр Кодикс",
        "что у меня согласовано?",
        now="2026-12-07T10:00",
    )
    assert "⏳ Ждёт вашего согласования (Кодикс)" in shown
    assert "Согласует мероприятия куратор" in shown
    assert "⏳ ждёт согласования" in shown
    assert "✅ Куратор согласовал ваше мероприятие" in shown
    assert "✅ согласовано 7 декабря" in shown
