"""benchmarks/same_outputs.py leaves the held-out sets (bench_parser.HELD_OUT) unread unless
asked: a helper checking a speed change must not feed them through the parser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks import same_outputs
from benchmarks.bench_parser import HELD_OUT


def test_real_sets_leave_the_held_out_sets_out_by_default() -> None:
    names = [p.name for p in same_outputs.real_sets()]
    assert names, "the tuned real-post sets are compared"
    assert not set(names) & set(same_outputs.HELD_OUT)
    assert "real_posts_eval16.jsonl" in names


def test_the_script_holds_out_the_benchmark_s_sets() -> None:
    # its own copy of the names (its dumps cannot import bench_parser) must not drift
    assert same_outputs.HELD_OUT == HELD_OUT


def test_the_held_out_flag_brings_them_in() -> None:
    names = {p.name for p in same_outputs.real_sets(held_out=True)}
    assert set(same_outputs.HELD_OUT) <= names


@pytest.mark.parametrize("held_out", [False, True])
def test_inputs_open_the_held_out_files_only_when_asked(
    monkeypatch: pytest.MonkeyPatch, held_out: bool
) -> None:
    opened: list[str] = []

    def load(path: Path) -> list[dict[str, Any]]:
        opened.append(path.name)
        return []

    monkeypatch.setattr(same_outputs, "_load", load)
    same_outputs.inputs(held_out)
    assert bool(set(opened) & set(same_outputs.HELD_OUT)) is held_out
    assert "events_dev.jsonl" in opened
