"""SIGTERM ends `python -m bot console` as Ctrl-C does (files76): the chat is cancelled, a
unit of work it cuts rolls back, the store is closed, exit 143 (128 + SIGTERM, as a shell
reports it) — not killed mid-write with the database's write-ahead log left open."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.integration.test_console import interrupted_exit, run_console, start_console


def terminated_exit(proc: subprocess.Popen[str], target: int | None = None) -> tuple[int, str]:
    """SIGTERM to the console (to thread id `target` when given) and its exit code and
    stderr (test_console.interrupted_exit)."""
    return interrupted_exit(proc, target, signal.SIGTERM)


# (seconds after the intro, a message typed first or ""): in the first tick, waiting for input,
# while a message that saves an event is read and answered
MOMENTS = (
    (0.0, ""),
    (0.05, ""),
    (0.3, ""),
    (0.0, "Лекция о вулканах 16 декабря 2099 в 15:00, 8 классы"),
    (0.05, "Лекция о вулканах 16 декабря 2099 в 15:00, 8 классы"),
    (0.3, "что в декабре 2099?"),
)


def test_sigterm_closes_the_store_and_exits_143_at_any_moment(tmp_path: Path) -> None:
    """SIGTERM right after the intro, while waiting for input and while a message is
    handled: always 143, no traceback, the store closed (SQLite removes the -wal file when
    the last connection closes cleanly; a killed process leaves it), the event saved before
    still listed and the database whole."""
    db = tmp_path / "s.db"
    saved = run_console(db, "partner", "Лекция о космосе 15 декабря 2099 в 15:00, 9 классы", "1")
    assert "Сохранено ✅" in saved
    wal = db.with_name(db.name + "-wal")
    for moment, message in MOMENTS:
        proc = start_console(db, "partner")
        if message:
            assert proc.stdin is not None
            proc.stdin.write(message + "\n")
            proc.stdin.flush()
        time.sleep(moment)
        code, err = terminated_exit(proc)
        assert (code, moment, message) == (143, moment, message)
        assert "Traceback" not in err, err
        assert not wal.exists(), (moment, message)
    listed = run_console(db, "partner", "что в декабре 2099?")
    assert "Лекция о космосе" in listed
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux's /proc")
def test_sigterm_taken_by_a_worker_thread_still_exits(tmp_path: Path) -> None:
    """A SIGTERM the kernel hands to the stdin reader or aiosqlite's thread must wake the
    event loop too (the Ctrl-C hang fix77 found, for the other signal)."""
    db = tmp_path / "w.db"
    run_console(db, "student", "помощь")
    for attempt in range(2):
        proc = start_console(db, "student")
        time.sleep(0.5)  # past the first tick: the main thread waits for a line
        workers = sorted(int(t) for t in os.listdir(f"/proc/{proc.pid}/task") if int(t) != proc.pid)
        assert workers
        code, err = terminated_exit(proc, workers[attempt % len(workers)])
        assert code == 143
        assert "Traceback" not in err, err
