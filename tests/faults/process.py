"""Kill-and-restart helpers: the real `python -m bot run|webhook` as a child process.

`BotProcess` starts the bot of this checkout (PYTHONPATH points here, not at whatever
editable install the interpreter has) against the local VK-compatible server
(tests/e2e/vk_server.py) and a database file, waits until it is ready, and can `kill()` it
with SIGKILL at any moment — no cleanup, no flush, as a power cut or the OOM killer would.
Its output goes to a log file beside the database, for post-mortems.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import aiohttp

from tests.e2e.vk_server import FakeVK

# the checkout whose bot runs (FAULTS_BOT_ROOT: another one, e.g. to measure the old main)
ROOT = Path(os.environ.get("FAULTS_BOT_ROOT") or Path(__file__).resolve().parents[2])
SECRET = "s3cret"
# seconds; imports take a few seconds, and up to a minute at load 13 (six faults tests in a
# row hit the former 40 s then)
START_TIMEOUT = 90.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def bot_env(vk: FakeVK, db: Path | str, admins: tuple[int, ...]) -> dict[str, str]:
    """The environment of a bot process talking to `vk` and storing in `db`."""
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "BOT_DB": str(db),
        "BOT_TZ": "Europe/Kaliningrad",
        "BOT_ADMINS": ",".join(str(a) for a in admins),
        "BOT_SCHOOL": "Гимназия",
        "VK_TOKEN": "test-token",
        "VK_API_URL": f"{vk.base_url}/method/",
        "VK_CONFIRMATION": "c0nf1rm",
        "VK_SECRET": SECRET,
        # a batch in flight when its process is killed is resent once the outbox's in-flight
        # lease ends (bot.core.outbox.IN_FLIGHT_SECONDS, 300 s): short here (lease69)
        "BOT_OUTBOX_LEASE_SECONDS": "3",
    }


def clock_env(start: datetime) -> dict[str, str]:
    """The environment of a bot clock reading `start` (aware) now and running on from there
    at real speed for every process started with it: BOT_CLOCK_START with BOT_CLOCK_SINCE
    (bot.app_clock). A restarted or second worker resumes this clock rather than starting
    over at `start`, as the wall clock does in production — so an outbox batch a killed
    worker left in flight is due again after its real lease (lease72: before, a batch
    claimed t s after the start waited t + lease s after a restart)."""
    return {
        "BOT_CLOCK_START": start.replace(tzinfo=None).isoformat(),
        "BOT_CLOCK_SINCE": f"{time.time():.6f}",
    }


@dataclass
class BotProcess:
    """One bot process (`mode` "run" or "webhook"); restartable after a kill."""

    vk: FakeVK
    workdir: Path
    env: dict[str, str]
    mode: str = "run"
    port: int = field(default_factory=free_port)
    process: asyncio.subprocess.Process | None = None
    starts: int = 0

    async def start(self) -> float:
        """Start and wait until ready; returns the seconds that took (recovery time)."""
        began = time.monotonic()
        polls_before = len(self.vk.calls_of("groups.getLongPollServer"))
        args = [sys.executable, "-m", "bot", self.mode]
        if self.mode == "webhook":
            args += ["--host", "127.0.0.1", "--port", str(self.port)]
        self.workdir.mkdir(parents=True, exist_ok=True)
        log = (self.workdir / f"bot-{self.mode}-{self.port}.log").open("ab")
        try:
            self.process = await asyncio.create_subprocess_exec(
                *args, cwd=self.workdir, env=self.env, stdout=log, stderr=log
            )
        finally:
            log.close()
        self.starts += 1
        if self.mode == "webhook":
            await self._wait_http()
        else:
            await self.vk.wait_for(
                lambda s: len(s.calls_of("groups.getLongPollServer")) > polls_before,
                START_TIMEOUT,
            )
        return time.monotonic() - began

    async def _wait_http(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        async with aiohttp.ClientSession() as session:
            while time.monotonic() < deadline:
                if self.process is not None and self.process.returncode is not None:
                    raise RuntimeError(f"the bot exited with {self.process.returncode}")
                with contextlib.suppress(aiohttp.ClientError):
                    async with session.get(f"{self.url}/health") as response:
                        if response.status == 200:
                            return
                await asyncio.sleep(0.1)
        raise TimeoutError("the webhook server did not come up")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def kill(self) -> None:
        """SIGKILL: the process gets no chance to finish anything."""
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGKILL)
            await self.process.wait()

    async def stop(self) -> None:
        """End the process (politely first); safe to call twice."""
        if self.process is None or self.process.returncode is not None:
            return
        self.process.terminate()
        try:
            await asyncio.wait_for(self.process.wait(), 5)
        except TimeoutError:
            await self.kill()


async def post_update(
    url: str, update: dict[str, Any], limit: float = 15.0, *, secret: str = SECRET
) -> int | None:
    """POST a Callback API update as VK does (with the community's `secret`); the HTTP
    status, or None when the connection broke (the worker died) or timed out."""
    body = json.dumps({**update, "secret": secret})
    try:
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=limit)) as session,
            session.post(url + "/", data=body) as response,
        ):
            await response.read()
            return response.status
    except (aiohttp.ClientError, TimeoutError):
        return None


async def deliver_until_ok(
    bot: BotProcess, update: dict[str, Any], tries: int = 5, *, secret: str = SECRET
) -> int:
    """VK's behaviour: redeliver the same update until the worker answers 200 ("ok").
    Restarts the worker when it is down; returns the number of deliveries made."""
    for attempt in range(1, tries + 1):
        if bot.process is None or bot.process.returncode is not None:
            await bot.start()
        if await post_update(bot.url, update, secret=secret) == 200:
            return attempt
        await asyncio.sleep(0.2)
    raise AssertionError(f"update {update.get('event_id')} never answered ok")


async def kill_after(bot: BotProcess, update: dict[str, Any], seconds: float) -> None:
    """Deliver `update` and SIGKILL the worker `seconds` later (the delivery's answer, if
    any, awaited after)."""
    sending = asyncio.create_task(post_update(bot.url, update))
    await asyncio.sleep(seconds)
    await bot.kill()
    await sending
