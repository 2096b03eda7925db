"""Fault injection at scale: N `kill -9`s of the real bot process across delivery scenarios.

Run: `.venv/bin/python benchmarks/bench_faults.py [--kills 50] [--seed 1] [--students 1200]
[--events 3] [--only reminders]`.

Each scenario runs `python -m bot run` of this checkout as a subprocess against the local
VK-compatible server (tests/e2e/vk_server.py, which drops a repeated random_id to the same
peer like VK) and a temporary database, SIGKILLs it at seeded random moments (inside VK's
answer to messages.send, or anywhere during the fan-out), restarts it, and at the end counts
at the server what every recipient got (tests/faults/harness.py explains the kills). Printed
per scenario and in total: kills, lost, duplicated, resends VK deduplicated (per recipient),
messages.send calls, and the worst recovery time (kill → first message of the new process,
which includes the new process's start-up). Target: 0 lost and 0 duplicated in 50 kills.

The kills are shared out over SCENARIOS. Other scenarios (plan saves, moves) plug in as an
async function `(workdir, kills, seed, args) -> Outcome` added to SCENARIOS.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.e2e.vk_server import FakeVK
from tests.faults.harness import Outcome, describe, run_fanout_kills

Scenario = Callable[[Path, int, int, argparse.Namespace], Awaitable[Outcome]]


async def reminders(workdir: Path, kills: int, seed: int, args: argparse.Namespace) -> Outcome:
    """Reminder fan-outs of `--events` × `--students`, kills only."""
    return await _with_vk(workdir, kills, seed, args, lose_answers=0.0)


async def reminders_lost_answers(
    workdir: Path, kills: int, seed: int, args: argparse.Namespace
) -> Outcome:
    """The same, and VK's answer to 10 % of the calls is lost after delivery (HTTP 500)."""
    return await _with_vk(workdir, kills, seed, args, lose_answers=0.1)


async def _with_vk(
    workdir: Path, kills: int, seed: int, args: argparse.Namespace, *, lose_answers: float
) -> Outcome:
    vk = FakeVK()
    await vk.start()
    try:
        return await run_fanout_kills(
            vk,
            workdir,
            kills,
            seed,
            events=args.events,
            students=args.students,
            lose_answers=lose_answers,
        )
    finally:
        await vk.stop()


SCENARIOS: dict[str, Scenario] = {
    "reminders": reminders,
    "reminders_lost_answers": reminders_lost_answers,
}


def share(kills: int, names: list[str]) -> dict[str, int]:
    """`kills` spread over the scenarios as evenly as possible."""
    base, extra = divmod(kills, len(names))
    return {name: base + (i < extra) for i, name in enumerate(names)}


async def main(args: argparse.Namespace) -> int:
    logging.getLogger("aiohttp.server").setLevel(logging.CRITICAL)  # the injected 500s
    names = [args.only] if args.only else list(SCENARIOS)
    total = Outcome()
    started = time.monotonic()
    for index, (name, kills) in enumerate(share(args.kills, names).items()):
        if not kills:
            continue
        with tempfile.TemporaryDirectory(prefix=f"faults-{name}-") as tmp:
            outcome = await SCENARIOS[name](Path(tmp), kills, args.seed + index, args)
        print(f"[{name}]")
        for line in describe(outcome):
            print(f"  {line}")
        _add(total, outcome)
    print(f"[total, {time.monotonic() - started:.0f} s]")
    for line in describe(total):
        print(f"  {line}")
    ok = total.lost == 0 and total.duplicated == 0
    print(f"target 0 lost, 0 duplicated in {total.kills} kills: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


def _add(total: Outcome, outcome: Outcome) -> None:
    total.kills += outcome.kills
    total.expected += outcome.expected
    total.lost += outcome.lost
    total.duplicated += outcome.duplicated
    total.raw_sends += outcome.raw_sends
    total.deduplicated += outcome.deduplicated
    total.recoveries += outcome.recoveries
    total.kinds.update(outcome.kinds)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--students", type=int, default=1_200)
    parser.add_argument("--events", type=int, default=3)
    parser.add_argument("--only", choices=sorted(SCENARIOS))
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(asyncio.run(main(parse_args())))
