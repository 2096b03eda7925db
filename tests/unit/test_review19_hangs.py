"""Messages that made a reader backtrack for minutes (review19, 2026-12-02): each is read in
a child process that must finish within a generous limit (the old code took minutes or
more on each: cubic backtracking over the blanks the Scanner leaves where it took words),
and the reading itself is checked too."""

from __future__ import annotations

from tests.child_process import read_in_child


def test_a_long_run_of_classes_after_na_is_read_at_once() -> None:
    """«на» + 400 × «10 классы» (4,000 characters): _DURATION_MARKED's three \\s* over the
    blanked classes. Its classes are read."""
    out = read_in_child(
        """
        from datetime import datetime
        from bot.core.language.intents import parse_message
        from bot.core.models import EventIntent
        text = "Лекция 15 декабря в 10:00 на " + "10 классы " * 400 + "x"
        intent = parse_message(text, datetime(2026, 12, 2, 10, 0))
        draft = intent.draft if isinstance(intent, EventIntent) else None
        print(sorted(draft.audience.grades) if draft else type(intent).__name__)
        """
    )
    assert out == "[10]", out


def test_a_clock_before_a_long_blank_run_is_searched_once() -> None:
    """A clock, or a day and a clock, then 100,000 blanks (what the Scanner leaves of taken
    words): the clock-range and dated-span patterns' adjacent \\s* backtracked
    quadratically (a 9,500-character post with «в 10:00» and a list of classes took 17 s to
    read). Each search must end, finding no range."""
    out = read_in_child(
        """
        from bot.core.language import dated_clock_spans, times
        blank = " " * 100_000 + "x"
        cases = (
            (times._TIME_RANGE_CLOCK, "10:00" + blank),
            (dated_clock_spans._DAY_FIRST, "15 декабря в 10:00" + blank),
            (dated_clock_spans._CLOCK_FIRST, "10:00 15 декабря" + blank),
        )
        print([pattern.search(text) for pattern, text in cases])
        """
    )
    assert out == "[None, None, None]", out


def test_the_clock_patterns_read_as_before() -> None:
    """The possessive spaces change no reading: ranges with «ч», «до», a dash, a label."""
    from bot.core.language import dated_clock_spans, times

    assert times._TIME_RANGE_CLOCK.search("с 10:00 ч  -  12:30").groups()[:4] == (  # type: ignore[union-attr]
        "10",
        "00",
        "12",
        "30",
    )
    assert times._TIME_RANGE_CLOCK.search("10.00 до 11.45") is not None
    spans = (
        "5 марта в 10:00 — 7 марта в 18:00",
        "Начинается: 1 марта 2026 в 10:00. Заканчивается: 1 марта 2026 в 14:00",
        "15 декабря 2026 г. , в 10:00 по 16 декабря в 12:00",
    )
    for text in spans:
        assert dated_clock_spans._DAY_FIRST.search(text.lower()) is not None, text
    assert dated_clock_spans._CLOCK_FIRST.search("с 10:00 5 марта до 18:00 7 марта") is not None


def test_a_why_question_with_a_long_run_of_marks_is_read_at_once() -> None:
    """«почему отменили x» + 50,000 × « .» + « y»: the reference's lazy `.+?` before
    `[\\s?!.]*$` retried the whole run of marks at each of its characters (quadratic: 6.5 s
    for 32,000 characters). The question is still read, its marks left off."""
    out = read_in_child(
        """
        from bot.core.language.cancel_phrases import why_cancelled
        print(why_cancelled("почему отменили x" + " ." * 50_000 + " y")[-3:])
        print(why_cancelled("почему отменили лекцию 10 декабря?!. "))
        """
    )
    assert out.split("\n") == [". y", "лекцию 10 декабря"], out


def test_a_command_with_a_long_run_of_dots_is_read_at_once() -> None:
    """parse_command cut the closing «!.…» and spaces with `[!.…\\s]+$`, which retried the
    rest of the run at each of its characters when the message did not end with them
    (« .» × 4,000 + «?»: 1 s of the chat's 8,000 characters; 100,000: minutes). What is
    cut is the same: «да...» is still «да»."""
    out = read_in_child(
        """
        from bot.core.language.choices import change_scope, draft_choice
        from bot.core.language.commands import parse_command
        print(parse_command(" ." * 50_000 + "?"))
        print(parse_command("да . . . !!! … ").kind)
        print(draft_choice(" ." * 50_000 + "?"), change_scope(" ." * 50_000 + "?"))
        print(draft_choice("добавить!..").value)
        """
    )
    assert out.split("\n") == ["None", "yes", "None None", "add"], out
