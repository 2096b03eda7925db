"""benchmarks/doubt_precision.py's counting (no parsing: outcomes written here) and its set
list, which must never name the lead's sets (eval18, eval20, dev) nor the CHECK sets."""

from __future__ import annotations

from benchmarks.doubt_precision import (
    CHECK,
    NOT_READ,
    Outcome,
    default_sets,
    report,
    silent_wrong,
    tally,
)

OUTCOMES = [
    Outcome("a", 1, True, True, ("several_dates",)),
    Outcome("a", 2, False, True, ("several_dates",)),  # its sole catch
    Outcome("a", 3, False, True, ("several_dates", "past")),  # caught, not alone
    Outcome("b", 1, False, True, ()),  # silent
    Outcome("b", 2, False, False, ("several_dates",)),  # no start: not sole
    Outcome("b", 3, True, True, ("past",)),
]


def test_each_codes_right_wrong_and_sole() -> None:
    table = tally(OUTCOMES)
    assert (table["several_dates"].right, table["several_dates"].wrong) == (1, 3)
    assert table["several_dates"].sole == 1
    assert (table["past"].right, table["past"].wrong, table["past"].sole) == (1, 1, 0)


def test_silent_wrong_starts() -> None:
    assert [(o.set_name, o.index) for o in silent_wrong(OUTCOMES)] == [("b", 1)]


def test_the_report_names_the_totals_and_the_silent() -> None:
    text = report(OUTCOMES, per_set=True)
    assert "right asked 2/2" in text, text
    assert "wrong doubted 3/4" in text, text
    assert "silent wrong starts: b:1" in text, text
    assert "    a          right   1 wrong   2" in text, text


def test_the_sets_read_leave_out_the_leads_and_the_check_sets() -> None:
    names = default_sets()
    assert names, names
    assert not set(names) & {*NOT_READ, *CHECK}, names
    assert "broad43" in names, names
