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
from types import FrameType
from typing import Any

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


class Stopped(BaseException):
    """A SIGTERM or SIGINT taken by `stopped_quietly` (`signum`: its number), raised in the
    main thread wherever it was (an import, argument parsing, opening the store)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


# what `signal.signal` gives back: a handler, SIG_DFL / SIG_IGN, or None (not set from Python)
_Action = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None


def _raise_stopped(signum: int, frame: FrameType | None) -> None:
    raise Stopped(signum)


@contextmanager
def stopped_quietly() -> Iterator[None]:
    """While open, SIGTERM and SIGINT (Ctrl-C) raise `Stopped` in the main thread instead of
    the default action and KeyboardInterrupt, so a command line stopped before its own
    handlers are installed (`cancelled_by_stop_signals`: the console's, once it has started)
    can still exit with 128 + the signal's number and no traceback (files77: a SIGTERM during
    the bot's imports, seconds on a loaded machine, killed the console with exit -15).
    SIGINT is taken too because a KeyboardInterrupt cannot be caught for good on CPython
    3.11–3.13: one raised inside code run by `exec` of a string (dataclasses builds every
    `__init__` that way, so during imports) marks itself unhandled even when caught, and the
    interpreter then kills itself with SIGINT at exit (exit -2 instead of 130; CPython
    gh-128130, fixed in 3.14; stop 61's CI). The previous actions come back on leaving.
    Python runs the handler between bytecodes of the main thread only: meant for the start,
    not for a loop waiting on other threads (see `cancelled_by_stop_signals`). Outside the
    main thread (`main()` called from a worker thread, as tests do) nothing is installed."""
    previous: list[tuple[signal.Signals, _Action]] = []
    try:
        for signum in STOP_SIGNALS:
            previous.append((signum, signal.signal(signum, _raise_stopped)))
    except ValueError:  # not the main thread: signals cannot be handled here
        yield
        return
    try:
        yield
    finally:
        for signum, action in reversed(previous):
            if action is not None:  # None: set outside Python, cannot be put back
                signal.signal(signum, action)
