"""Every commit of benchmarks/doubt_transfer.py's FIRST_SIGHT (the parser of each released
set's last held-out run, eval6 to eval17) still reads its sets: its `bot/` is taken from git
and run in a child process on the first posts of each set, which come back parsed, with a
start for most of them (twenty-first round, doubts21: eval14–eval17 added)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from benchmarks.doubt_transfer import FIRST_SIGHT, read_at

ROOT = Path(__file__).resolve().parents[2]


def _in_history(commit: str) -> bool:
    """Whether `commit` is in this clone's history (a shallow clone lacks old commits)."""
    found = subprocess.run(
        ["git", "-C", str(ROOT), "cat-file", "-e", f"{commit}^{{commit}}"], capture_output=True
    )
    return found.returncode == 0


def test_first_sight_reaches_eval17() -> None:
    named = {name for _, names in FIRST_SIGHT for name in names}
    assert {f"eval{n}" for n in range(6, 18)} <= named


def test_first_sight_reaches_broad18() -> None:
    """doubt51: broad17 and broad18 as main f5f914e3 read them at first sight (fresh49.md,
    fresh50.md), where four silent wrong starts took a page's date line for the day."""
    named = {name for _, names in FIRST_SIGHT for name in names}
    assert {"broad17", "broad18"} <= named


@pytest.mark.parametrize(("commit", "names"), FIRST_SIGHT)
def test_each_first_sight_commit_parses_its_sets(commit: str, names: tuple[str, ...]) -> None:
    if not _in_history(commit):
        pytest.skip(f"{commit} is not in this clone's history (shallow clone)")
    rows = read_at(commit, names, head=2)
    assert [(r["set"], r["line"]) for r in rows] == [(n, i) for n in names for i in (1, 2)]
    assert any(r["has_start"] for r in rows)
