"""How parser output is compared with the development corpora (shared by tests and benchmarks).

The rules are the corpora's own (see tests/data/README.md and the corpus README).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
EVENT_FIELDS = ("intent", "start", "end", "grades", "classes", "venue", "title", "recurrence")
QUERY_FIELDS = ("intent", "from", "to", "grades", "classes")


def load(name: str) -> list[dict[str, Any]]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def events_cases() -> list[dict[str, Any]]:
    """events_dev.jsonl as copied from the shared corpus (its line 7 was fixed at the source)."""
    return load("events_dev.jsonl")


MAX_TITLE = 80


def real_post_results(case: dict[str, Any], got: dict[str, Any]) -> dict[str, bool]:
    """Start+end, venue and concise title of one real post (see the corpus README).

    `venue_contains` and `title_contains` may be a string or a list (each must occur);
    a venue of "*" accepts any venue (an online event included); a title must also be at
    most 80 characters. `alt` lists other acceptable [start, end] pairs.
    """
    pairs = [[case.get("start"), case.get("end")], *case.get("alt", [])]
    results = {"start_end": [got.get("start"), got.get("end")] in pairs}
    if "venue_contains" in case:
        venue = (got.get("venue") or "").lower()
        wanted = case["venue_contains"]
        if wanted == "*":
            results["venue"] = bool(venue or got.get("online"))
        else:
            needles = wanted if isinstance(wanted, list) else [wanted]
            results["venue"] = all(n.lower() in venue for n in needles)
    if "title_contains" in case:
        title = (got.get("title") or "").lower()
        needles = case["title_contains"]
        needles = needles if isinstance(needles, list) else [needles]
        results["title"] = len(title) <= MAX_TITLE and all(n.lower() in title for n in needles)
    return results


def event_field_results(case: dict[str, Any], got: dict[str, Any]) -> dict[str, bool]:
    """Which checked fields of one events_dev case the parser got right."""
    results = {"intent": got.get("intent") == case["intent"]}
    for key in ("start", "end", "from", "to", "grades", "classes", "recurrence"):
        if key in case:
            results[key] = got.get(key) == case[key]
    if "venue_contains" in case:
        results["venue"] = case["venue_contains"].lower() in (got.get("venue") or "").lower()
    if "title_contains" in case:
        results["title"] = case["title_contains"].lower() in (got.get("title") or "").lower()
    return results


def _truncate(stamp: str, grain: str) -> datetime:
    at = datetime.fromisoformat(stamp)
    if grain == "hour":
        return at.replace(minute=0)
    if grain in ("day", "week"):
        return at.replace(hour=0, minute=0)
    if grain == "month":
        return at.replace(day=1, hour=0, minute=0)
    if grain == "year":
        return at.replace(month=1, day=1, hour=0, minute=0)
    return at


def duckling_matches(case: dict[str, Any], got: dict[str, Any]) -> bool:
    """A Duckling case is right when the start (and end) agree at the case's grain."""
    kind = case["kind"]
    if kind == "instant":
        accepted = [case["start"], *case.get("alt_start", [])]
        return got.get("start") is not None and any(
            _truncate(got["start"], case["grain"]) == _truncate(a, case["grain"]) for a in accepted
        )
    if kind == "interval":
        if got.get("start") != case["start"] or got.get("end") is None:
            return False
        if got["end"] == case["end"]:
            return True
        inclusive = datetime.fromisoformat(case["end"]) - timedelta(days=1)
        return case["grain"] == "day" and datetime.fromisoformat(got["end"]) == inclusive
    if kind == "before":
        return got.get("start") is None and got.get("end") == case["end"]
    return bool(got.get("start") == case["start"])
