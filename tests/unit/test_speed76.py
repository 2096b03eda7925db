"""speed76: the never-read figure counts no garbage collection owed by earlier posts, and the
measure of the shared word-form analysis (`regex_sites.py --openings`) answers as `re` does.

Round 42's never-read figure (`parser_costs.py --new-instructions 200`) rose 22.47M -> 23.74M a
post with one full collection of CPython's oldest generation inside the counted window and
none in the round before (tests/data/speed76.md): the window now opens on a collected heap."""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks import parser_costs


def _spied(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What parser_costs' counted runs do, in order: passes, collections, callgrind switches."""
    done: list[str] = []

    def one_pass(cases: list[Any]) -> None:
        done.append(f"pass {len(cases)}")

    def run(command: list[str], **_: Any) -> None:
        done.append(f"callgrind {command[2]}")

    monkeypatch.setattr(parser_costs, "one_pass", one_pass)
    monkeypatch.setattr(parser_costs.subprocess, "run", run)
    monkeypatch.setattr(parser_costs.gc, "collect", lambda: done.append("collect"))
    return done


def test_the_never_read_window_opens_on_a_collected_heap(monkeypatch: pytest.MonkeyPatch) -> None:
    done = _spied(monkeypatch)
    parser_costs._counted_new([("текст", None)] * 10, 3)  # type: ignore[list-item]
    assert done == ["pass 5", "collect", "callgrind on", "pass 3", "callgrind off"]


def test_the_warm_window_opens_on_a_collected_heap(monkeypatch: pytest.MonkeyPatch) -> None:
    done = _spied(monkeypatch)
    parser_costs._counted([("текст", None)] * 4)  # type: ignore[list-item]
    assert done == ["pass 4", "collect", "callgrind on", "pass 4", "callgrind off"]
