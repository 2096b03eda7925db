"""Ctrl-C and SIGTERM for a coroutine that waits on other threads (stdin reader, aiosqlite).

`asyncio.run` (Python 3.11) catches SIGINT with `signal.signal`: Python runs that handler
only in the main thread, between bytecodes, and no byte is written to the event loop's
self-pipe. The kernel gives a process-wide SIGINT to whichever thread takes it first, so
when the stdin reader thread or aiosqlite's worker thread takes it while the main thread
sleeps in the selector waiting for them, nothing wakes the main thread: the handler is never
run and the console hangs (round 42's loaded runs; a SIGINT sent to a worker thread's id
reproduces it every time, tests/integration/test_console.py).
`loop.add_signal_handler` makes the C-level handler write the signal to the loop's
wakeup fd (`signal.set_wakeup_fd`), which wakes the selector from any thread.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def cancelled_by_stop_signals() -> Iterator[Callable[[], int | None]]:
    """While open, SIGINT (Ctrl-C) and SIGTERM (`kill`, a service manager stopping the
    process) cancel the current task, from any thread's delivery; yields `stopped_by()`, the
    number of the first such signal once one has cancelled the task (None before). The
    task's pending cancellations are withdrawn (`uncancel`) when they were ours, so a caller
    that catches the CancelledError can finish normally (close its store) and exit with
    128 + that number, as a shell reports a signal. Where the loop cannot take signals
    (Windows, a thread other than the main one) nothing is installed: asyncio.run's own
    Ctrl-C handling stays (a KeyboardInterrupt out of asyncio.run) and SIGTERM keeps its
    default action."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    seen: list[int] = []

    def on_signal(signum: int) -> None:
        seen.append(signum)
        if task is not None:
            task.cancel()

    def stopped_by() -> int | None:
        if task is not None:
            for _ in range(min(len(seen), task.cancelling())):
                task.uncancel()
        return seen[0] if seen else None

    installed: list[signal.Signals] = []
    try:
        for signum in STOP_SIGNALS:
            try:
                loop.add_signal_handler(signum, on_signal, int(signum))
            except (NotImplementedError, RuntimeError, ValueError):
                break
            installed.append(signum)
        yield stopped_by
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)
