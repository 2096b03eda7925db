"""Concurrent workers and crashes: lost writes in races, duplicates after kills.

Run: `.venv/bin/python benchmarks/bench_races.py` (about 2 minutes: 100 races, 10 kills),
`--races N`, `--kills N`, `--seed N`. Nothing leaves the machine: real bot processes
(`python -m bot webhook` / `run`, tests/faults/process.py) talk to FakeVK
(tests/e2e/vk_server.py) on 127.0.0.1 and share a temporary SQLite file.

1. Races. Two webhook workers on one database; in each race curator A moves an event to
   17:00 through one worker while curator B cancels it through the other (chosen at
   random), at the same moment (random skew up to 40 ms). Printed: how the races ended
   (move then cancel, both done; move refused with the conflict reply; cancel refused)
   and the lost writes — a «done» reply whose change is not in the database. Target: 0
   lost writes in 100 races.
2. Kills. A 40-event plan, «да», SIGKILL at a random moment in the next 300 ms (denser
   early), restart; half of the kills on `webhook` (the same update redelivered until
   "ok"), half on `run` (the user says «да» again). Printed: kills, how many landed
   before the commit, events lost and duplicated, the worst restart time. Target: 0 lost,
   0 duplicated.

`FAULTS_BOT_ROOT=/path/to/another/checkout` runs that checkout's bot instead (to measure
an older version with the same scenarios).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.e2e.vk_server import FakeVK
from tests.faults.process import BotProcess, bot_env
from tests.faults.scenarios import (
    CURATOR,
    SECOND_CURATOR,
    RaceTally,
    Tally,
    move_cancel_races,
    plan_save_kills_long_poll,
    plan_save_kills_webhook,
)


async def races(vk: FakeVK, tmp: Path, count: int, seed: int) -> RaceTally:
    env = bot_env(vk, tmp / "races.db", (CURATOR, SECOND_CURATOR))
    workers = [BotProcess(vk, tmp / "races", env, "webhook") for _ in range(2)]
    try:
        for worker in workers:
            await worker.start()
        return await move_cancel_races(vk, workers, tmp / "races.db", random.Random(seed), count)
    finally:
        for worker in workers:
            await worker.stop()


async def kills(vk: FakeVK, tmp: Path, count: int, seed: int) -> Tally:
    tally = Tally()
    rng = random.Random(seed)
    for mode, rounds in (("webhook", count // 2), ("run", count - count // 2)):
        db = tmp / f"kills-{mode}.db"
        bot = BotProcess(vk, tmp / f"kills-{mode}", bot_env(vk, db, (CURATOR,)), mode)
        await bot.start()
        try:
            scenario = plan_save_kills_webhook if mode == "webhook" else plan_save_kills_long_poll
            await scenario(vk, bot, db, rng, rounds, tally)
        finally:
            await bot.stop()
    return tally


async def main(args: argparse.Namespace) -> int:
    vk = FakeVK()
    await vk.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            began = time.monotonic()
            raced = await races(vk, Path(tmp), args.races, args.seed)
            print(f"races: {raced.trials} in {time.monotonic() - began:.1f} s")
            print(
                f"  move then cancel, both done: {raced.both_done}; move refused with the"
                f" conflict reply: {raced.move_refused}; cancel refused: {raced.cancel_refused}"
            )
            print(f"  lost writes: {raced.lost_writes} (target 0); apologies: {raced.errors}")
            for note in raced.notes[:5]:
                print(f"    {note}")
            began = time.monotonic()
            killed = await kills(vk, Path(tmp), args.kills, args.seed)
            print(f"kills: {killed.kills} in {time.monotonic() - began:.1f} s")
            print(f"  landed before the commit: {killed.before_commit}")
            print(f"  events lost: {killed.lost}, duplicated: {killed.duplicated} (target 0, 0)")
            print(f"  worst restart until ready: {killed.worst_recovery:.2f} s")
            for note in killed.notes[:5]:
                print(f"    {note}")
    finally:
        await vk.stop()
    failed = raced.lost_writes or killed.lost or killed.duplicated
    return 1 if failed else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--races", type=int, default=100)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    sys.exit(asyncio.run(main(parser.parse_args())))
