"""Patterns found by benchmarks/regex_growth.py (review 2026-12-02, H4) that backtracked
polynomially over a long run of spaces: each reading runs in a child process that must finish
within a generous limit (not a timed assertion of speed: the old code took over a minute, or
minutes, on each), and the reading itself is checked too."""

from __future__ import annotations

from tests.child_process import read_in_child


def test_a_from_hour_before_a_long_run_of_spaces_is_read_at_once() -> None:
    """«Лекция 15 декабря с 10» + 8,000 spaces (the chat's limit) + «до 12»: the from-to
    range's three \\s* around the optional «ч» and part of the day were cubic over the run
    (over a minute to read the message). The range is still read across the spaces."""
    out = read_in_child(
        """
        from datetime import datetime
        from bot.core.language.intents import parse_message
        for tail in ("до 12", "x"):
            text = "Лекция 15 декабря с 10" + " " * 8_000 + tail
            draft = parse_message(text, datetime(2026, 12, 2, 10, 0)).draft
            print(draft.start, draft.end)
        """
    )
    assert out.split("\n") == [
        "2026-12-15 10:00:00 2026-12-15 12:00:00",
        "2026-12-15 10:00:00 None",
    ], out


def test_a_digit_or_half_before_a_long_run_of_spaces_is_searched_once() -> None:
    """A digit (a class, «5-дневный») or «в половине» before 100,000 spaces: two \\s* around
    an optional hyphen were quadratic over the run (minutes for these). Each search ends,
    and finds what it found before in a short text."""
    out = read_in_child(
        """
        from bot.core.language import audience, post_draft, spoken_times, times
        blank = " " * 100_000 + "x"
        cases = (
            (times._TIME_RANGE_FROM_TO, "с 10" + blank),
            (spoken_times._HALF_PAST, "в половине" + blank),
            (audience._LOOSE_CLASS, "для 9" + blank),
            (post_draft._DAYS_LONG, "5" + blank),
        )
        print([pattern.search(text) for pattern, text in cases])
        print(audience._LOOSE_GATE.search("9" + blank).end())
        print(times._TIME_RANGE_FROM_TO.search("с 10 ч утра  до 12").groups())
        print(spoken_times._HALF_PAST.search("в пол - второго").group(1))
        print(audience._LOOSE_CLASS.search("для 9 - «а» класса").group("quoted"))
        print(audience._LIST_GOES_ON.match("9а и 10 - «б» класс", 2) is not None)
        print(post_draft._DAYS_LONG.search("5 - дневный турнир").group(1))
        """
    )
    assert out.split("\n") == [
        "[None, None, None, None]",
        "100002",
        "('10', None, 'утра', '12', None, None)",
        "второго",
        "а",
        "True",
        "5",
    ], out


def test_a_grade_before_a_long_run_of_spaces_is_searched_once() -> None:
    """«для 9», «9» or «для» before 100,000 spaces: _FOR's and _SUFFIX's two \\s* around an
    optional colon or hyphen were quadratic over the run in every class rule that uses them
    (minutes for these). Each search ends; lists and ranges read as before."""
    out = read_in_child(
        """
        from bot.core.language import audience
        blank = " " * 100_000 + "x"
        cases = (
            (audience._GRADE_LIST, "для 9" + blank),
            (audience._GRADE_LIST, "для" + blank),
            (audience._GRADE_RANGE, "9" + blank),
        )
        print([pattern.search(text) for pattern, text in cases])
        print(audience._GRADE_LIST.search("для 9 - х , 10-11 и 5 классов").group(1))
        print(audience._GRADE_RANGE.search("для: 5 - х - 7-ых классов").groups())
        print(audience._CLASS_WORD_AFTER.match(" - классы").end())
        """
    )
    assert out.split("\n") == [
        "[None, None, None]",
        "9 - х , 10-11 и 5",
        "('5', '7')",
        "9",
    ], out


def test_a_digit_before_a_long_run_of_line_breaks_is_gated_at_once() -> None:
    """The counted-clock gate `\\d\\s*\\n\\s*\\d` split a run of line breaks after a digit
    every way before failing (quadratic: 4.5 s of an 8,000-character message of «… с 10» and
    line breaks; minutes for 100,000). The gate holds where it held (a clock, a line break, a
    number: since speedgate41 it is read from the line break back, so its match starts there)."""
    out = read_in_child(
        """
        from bot.core.language import stamps, tokens
        gate = tokens._GATES[stamps._COUNTED_CLOCK][-1]
        print(gate.search("1" + "\\n" * 100_000 + "x"))
        print(gate.search("12:30\\n 5") is not None, gate.search("1 \\t 2"))
        """
    )
    assert out.split("\n") == ["None", "True None"], out
