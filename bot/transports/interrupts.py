"""Ctrl-C for a coroutine that waits on other threads (the console's stdin reader, aiosqlite).

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


@contextmanager
def cancelled_by_ctrl_c() -> Iterator[Callable[[], bool]]:
    """While open, SIGINT cancels the current task (every Ctrl-C, from any thread's
    delivery); yields `interrupted()`, True once a Ctrl-C has cancelled it. The task's
    pending cancellation is withdrawn (`uncancel`) when it was ours, so a caller that catches
    the CancelledError can finish normally. Where the loop cannot take signals (Windows, a
    thread other than the main one) nothing is installed and asyncio.run's own handling
    stays (a KeyboardInterrupt out of asyncio.run)."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    seen = 0

    def on_sigint() -> None:
        nonlocal seen
        seen += 1
        if task is not None:
            task.cancel()

    def interrupted() -> bool:
        if task is not None:
            for _ in range(min(seen, task.cancelling())):
                task.uncancel()
        return seen > 0

    try:
        loop.add_signal_handler(signal.SIGINT, on_sigint)
    except (NotImplementedError, RuntimeError, ValueError):
        yield interrupted
        return
    try:
        yield interrupted
    finally:
        loop.remove_signal_handler(signal.SIGINT)
