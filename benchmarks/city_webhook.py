"""bench_city's end-to-end mode: student messages through real `python -m bot webhook`
worker processes, the way VK's Callback API reaches a city deployment.

The benchmark writes a schools config (BOT_SCHOOLS) for every loaded school, each its own
community on one local VK-compatible server (tests/e2e/vk_server.py, which answers every
community's token), starts N webhook workers over the same PostgreSQL, and POSTs
`message_new` updates of students of all schools to the workers round-robin. A message
counts when the VK server receives the reply (messages.send to that student): update in ->
reply received, through HTTP, routing by group_id, the unit of work, rendering and the VK
API client; an update answered 503 (not committed within the webhook's COMMIT_WAIT) is
delivered again, as VK does, and counted. The load generator and the VK server share this
process and the machine's cores with the workers and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import aiohttp

from bot.render import Renderer
from tests.e2e.vk_server import FakeVK
from tests.faults import process
from tests.faults.process import BotProcess

ROOT = Path(__file__).resolve().parents[1]
FIRST_GROUP = 200_000  # community of school n: FIRST_GROUP + n
START_SECONDS = 600.0  # a worker opens and checks every school's store before it serves
SETTLE_SECONDS = 2.0  # quiet time after start-up (the first notification tick's sends)
REDELIVERIES = 6  # deliveries of one update before the benchmark gives up


def group_of(school: int) -> int:
    return FIRST_GROUP + school


def city_config(url: str, keys: list[str], tz: str) -> tuple[str, dict[str, str]]:
    """The schools TOML for `keys` (school n is community group_of(n)) and the
    environment variables holding their tokens and secrets."""
    lines = [f'db = "{url}"', "city_viewers = []", ""]
    env: dict[str, str] = {}
    for n, key in enumerate(keys):
        name = key.upper()
        lines += [
            "[[school]]",
            f'key = "{key}"',
            f'name = "Школа {n}"',
            "aliases = []",
            f"group_id = {group_of(n)}",
            f'token_env = "VK_TOKEN_{name}"',
            f'secret_env = "VK_SECRET_{name}"',
            f'tz = "{tz}"',
            "curators = []",
            "",
        ]
        env[f"VK_TOKEN_{name}"] = f"token-{key}"
        env[f"VK_SECRET_{name}"] = f"secret-{key}"
    return "\n".join(lines), env


class Replies:
    """Futures resolved when the VK server gets a messages.send to a peer."""

    def __init__(self) -> None:
        self.waiting: dict[int, asyncio.Future[float]] = {}

    def on_send(self, params: dict[str, Any]) -> None:
        raw = str(params.get("peer_ids") or params.get("peer_id") or "")
        for peer in (int(p) for p in raw.split(",") if p):
            future = self.waiting.pop(peer, None)
            if future is not None and not future.done():
                future.set_result(time.monotonic())

    async def expect(self, peer: int) -> asyncio.Future[float]:
        """A future for the next reply to `peer`, once no earlier message of the same
        student is still waiting for its own (one at a time per student)."""
        while peer in self.waiting:
            await asyncio.shield(self.waiting[peer])
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.waiting[peer] = future
        return future


async def run_webhooks(
    url: str,
    keys: list[str],
    tz: str,
    clock_start: str,
    work: list[tuple[Any, ...]],
    count: int,
    in_flight: int,
) -> dict[str, Any]:
    """Messages per second end to end with `count` webhook workers sharing `work`
    ((school, vk_id, text, payload) items), `in_flight` per worker at a time."""
    vk = FakeVK(communities={f"token-{key}": group_of(n) for n, key in enumerate(keys)})
    replies = Replies()
    vk.on_send = replies.on_send
    await vk.start()
    process.START_TIMEOUT = START_SECONDS
    with tempfile.TemporaryDirectory(prefix="bench-city-") as tmp:
        text, secrets = city_config(url, keys, tz)
        config = Path(tmp) / "schools.toml"
        config.write_text(text, encoding="utf-8")
        env = {
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(ROOT),
            "BOT_SCHOOLS": str(config),
            "BOT_CLOCK_START": clock_start,
            "BOT_TZ": tz,
            "VK_API_URL": f"{vk.base_url}/method/",
            **secrets,
        }
        bots = [BotProcess(vk, Path(tmp) / f"w{i}", env, mode="webhook") for i in range(count)]
        try:
            began = time.monotonic()
            await asyncio.gather(*(bot.start() for bot in bots))
            started = time.monotonic() - began
            await _settle(vk)
            async with aiohttp.ClientSession() as http:
                redelivered: list[int] = []
                post = _poster(http, vk, bots, keys, replies, redelivered)
                for n, item in enumerate(work[: min(20 * count, len(work))]):
                    await post(n, item)  # warm up every worker
                measured = await _drive(post, work, count * in_flight)
            rss = [_peak_rss_mb(bot) for bot in bots]
            failed = [m for m in vk.sent if m.text == Renderer().render("error")]
            if failed:
                raise RuntimeError(f"{len(failed)} messages were answered with the error reply")
        finally:
            for bot in bots:
                await bot.stop()
            await vk.stop()
    return {**measured, "started": started, "rss_mb": max(rss), "redelivered": len(redelivered)}


def _poster(
    http: aiohttp.ClientSession,
    vk: FakeVK,
    bots: list[BotProcess],
    keys: list[str],
    replies: Replies,
    redelivered: list[int],
) -> Any:
    async def post(n: int, item: tuple[Any, ...]) -> None:
        school, vk_id, text, payload = item
        update = vk.push_message(vk_id, text, payload, group_id=group_of(school))
        # an event_id of its own: the handled marks of earlier runs stay in the database,
        # and a new VK server's counter would repeat their ids (a repeat gets no reply)
        unique = {"event_id": uuid.uuid4().hex, "secret": f"secret-{keys[school]}"}
        body = json.dumps({**update, **unique})
        reply = await replies.expect(vk_id)
        bot = bots[n % len(bots)]
        for _ in range(REDELIVERIES):  # as VK: the same update again until "ok"
            async with http.post(bot.url + "/", data=body) as response:
                await response.read()
            if response.status == 200:
                break
            if response.status != 503:  # 503: not committed within COMMIT_WAIT, try again
                raise RuntimeError(f"worker {bot.url} answered {response.status}")
            redelivered.append(n)
            await asyncio.sleep(1.0)
        else:
            raise RuntimeError(f"worker {bot.url} never answered ok")
        try:
            await asyncio.wait_for(reply, 120)
        except TimeoutError:
            raise RuntimeError(f"no reply to {vk_id} ({text or payload!r}) via {bot.url}") from None

    return post


async def _drive(post: Any, work: list[tuple[Any, ...]], lanes: int) -> dict[str, Any]:
    queue = list(enumerate(work))
    began = time.monotonic()

    async def lane() -> None:
        while queue:
            n, item = queue.pop()
            await post(n, item)

    await asyncio.gather(*(lane() for _ in range(lanes)))
    seconds = time.monotonic() - began
    return {"answered": len(work), "seconds": seconds, "per_second": len(work) / seconds}


async def _settle(vk: FakeVK) -> None:
    """Wait until the workers' first notification ticks have stopped sending."""
    last = -1
    while len(vk.calls) != last:
        last = len(vk.calls)
        await asyncio.sleep(SETTLE_SECONDS)


def _peak_rss_mb(bot: BotProcess) -> float:
    """The worker's peak resident memory (Linux /proc VmHWM), in MB."""
    if bot.process is None:
        return 0.0
    try:
        status = Path(f"/proc/{bot.process.pid}/status").read_text()
    except OSError:
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0
