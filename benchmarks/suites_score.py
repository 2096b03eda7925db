"""Scoring of `when` answers against other date parsers' Russian test cases.

A case of tests/data/other_parsers_ru.jsonl carries the suite's own expectation converted to
our shape (`start`, `end`: naive local ISO minutes) and a `check` telling how far the suite's
value pins the answer down (see tests/data/README.md, "Other parsers' Russian test suites"):

- `minute`: our start equals the expected start to the minute (and our end the expected end);
- `clock`: only the time of day of our start is compared (the suite gives no date);
- `monthday`: only the month and day of our start are compared (the suite gives no year);
- `weekday`: only the weekday of our start is compared (the suite asserts nothing else);
- `day`: the start's date is compared (the suite fills the time of day with its own filler);
  an expected end is compared by date, our exclusive midnight end counting as the day before
  (an answer without an end ends with its grain: a month grain is the whole month);
- `within`: the suite names one point of a period ("в прошлом месяце" → the 1st); our answer
  is right when that point lies inside our interval (`end`, or the start's grain when open);
- `none`: the suite expects no time at all.

A case with `convention` follows a rule of its suite that differs from ours (for example
`prefer_current_year`: a year-less past date stays in the current year); such cases are
scored apart and kept out of the headline figure.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

_MONTHS_OF_GRAIN = {"month": 1, "year": 12}
_SPAN_OF_GRAIN = {
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(weeks=1),
}


def suite_matches(case: dict[str, Any], got: dict[str, Any]) -> bool:
    """Whether `got` (the JSON of `python -m bot when`) meets the case's check; see above."""
    check = case["check"]
    if check == "none":
        return got.get("start") is None and got.get("end") is None
    start = got.get("start")
    if start is None:
        return False
    expected = str(case["start"])
    if check == "clock":
        return bool(start[11:16] == expected[11:16])
    if check == "monthday":
        return bool(start[5:10] == expected[5:10])
    if check == "weekday":
        return datetime.fromisoformat(start).weekday() == datetime.fromisoformat(expected).weekday()
    if check == "within":
        return _within(datetime.fromisoformat(expected), got)
    if check == "day":
        return start[:10] == expected[:10] and _end_day_matches(case.get("end"), got)
    same_end = case.get("end") is None or got.get("end") == case["end"]
    return bool(start[:16] == expected[:16] and same_end)


def _end_day_matches(expected: str | None, got: dict[str, Any]) -> bool:
    if expected is None:
        return True
    if got.get("end"):
        end = datetime.fromisoformat(got["end"])
    elif got.get("grain") in ("day", "week", "month", "year"):  # "июль 2023": the whole month
        end = _grain_end(datetime.fromisoformat(got["start"]), str(got["grain"]))
    else:
        return False
    if end.hour == 0 and end.minute == 0:
        end -= timedelta(days=1)  # our day intervals end at the next midnight, exclusive
    return end.date().isoformat() == expected[:10]


def _within(point: datetime, got: dict[str, Any]) -> bool:
    first = datetime.fromisoformat(got["start"])
    if got.get("end"):
        last = datetime.fromisoformat(got["end"])
    else:
        last = _grain_end(first, str(got.get("grain") or "minute"))
    return first <= point < last


def _grain_end(first: datetime, grain: str) -> datetime:
    months = _MONTHS_OF_GRAIN.get(grain)
    if months is None:
        return first + _SPAN_OF_GRAIN.get(grain, timedelta(minutes=1))
    index = first.year * 12 + first.month - 1 + months
    return first.replace(year=index // 12, month=index % 12 + 1)
