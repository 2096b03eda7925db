"""Patterns that backtracked polynomially over a long run of blanks, found by the hangs20 fuzz
and benchmarks/regex_growth.py (review 2026-12-02, H4, eighteenth round): each reading runs in
a child process that must finish within a generous limit (not a timed assertion of speed: the
old code took over a minute on each), and what is read is checked too."""

from __future__ import annotations

from tests.child_process import read_in_child


def test_a_contrast_after_a_long_run_of_blanks_is_read_at_once() -> None:
    """«не» + 1,000 line breaks + «x» under an open draft's card: the contrast «не X, а Y»
    tried every start of the replaced value in the run and split the blanks after it every
    way (over a minute for this one message). Each message ends; «не» + 7,990 spaces +
    «15, а 17» still moves the draft to the 17th."""
    out = read_in_child(
        """
        from datetime import datetime
        from bot.core.dialog import Confirmation, Dialog
        from bot.core.draft_json import draft_to_json
        from bot.core.language.intents import parse_message
        from bot.core.language.understand import understand
        now = datetime(2026, 12, 2, 10, 0)
        said = "Лекция по физике 15 декабря в 10:00 в актовом зале"
        draft = draft_to_json(parse_message(said, now).draft)
        for text in ("не" + "\\n" * 1_000 + "x", "не" + " " * 7_990 + "15, а 17"):
            got = understand(text, Dialog(pending=[dict(draft)], waiting=Confirmation()), now)
            filled = getattr(got, "filled", None)
            print(type(got).__name__, filled.start if filled is not None else None)
        """
    )
    assert out.split("\n") == [
        "CardUnchanged None",
        "DraftAnswer 2026-12-17 10:00:00",
    ], out


def test_the_correction_frames_read_as_before() -> None:
    """The contrast, the named contrast and the refusal read what they read before."""
    from bot.core.language.draft_corrections import Correction, correction

    assert correction("нет, не 5-го, а 12-го") == Correction("", "12-го", "5-го")
    assert correction("не  12 ,  а 13 декабря") == Correction("", "13 декабря", "12")
    assert correction("не  , а 13") == Correction("", "13", "")
    assert correction("концерт будет не 25, а 26", named=True) == Correction("концерт", "26", "25")
    assert correction("5-го нельзя, давайте 12-го") == Correction("", "12-го", "5-го")
    assert correction("  в 14 не получится —  лучше в 15:30") == Correction("", "в 15:30", "в 14")


def test_a_message_with_a_long_run_of_line_breaks_is_read_at_once() -> None:
    """«Лекция 15 декабря с 10» + 64,000 line breaks: three line-start rules (the list
    marker of leftovers, the session line of sessions.py, the programme's clock line of
    post.py) each ran over the rest of the run from every line start in it (quadratic:
    3.5 s at 8,000 characters, minutes here), and the session line's three `\\s*` before its
    clock split a run after «1 декабря» every way. The message is read as before."""
    out = read_in_child(
        """
        from datetime import date, datetime
        from bot.core.language import leftovers, post_clocks, sessions
        from bot.core.language.intents import parse_message
        text = "Лекция 15 декабря с 10" + "\\n" * 64_000 + "x"
        draft = parse_message(text, datetime(2026, 12, 2, 10, 0)).draft
        print(draft.start, draft.end)
        blank = "\\n" * 100_000
        print(leftovers.strip_symbols("1." + blank + " - а") == "  " + blank + "   а")
        print(sessions._lines("1 декабря" + blank + "x", date(2026, 12, 2)))
        print(post_clocks.programme_lines("9" + blank + " • 10:00\\n11:00", 0))
        print(list(post_clocks._slot_lines("x" + blank + " 10:00", 0)))
        """
    )
    assert out.split("\n") == [
        "2026-12-15 10:00:00 None",
        "True",
        "[]",
        "2",
        "[(2, 100007)]",
    ], out


def test_the_line_start_rules_read_as_before() -> None:
    """Marks before a list marker, a session's day or a slot's clock on the lines above
    still count as before."""
    from datetime import date, datetime

    from bot.core.language import leftovers, post_clocks, sessions

    assert leftovers.strip_symbols("\n\n  - чай\n1) кофе") == "\n\n    чай\n   кофе"
    today = date(2026, 12, 2)
    lines = sessions._lines("\n• 15 декабря в 10:00\n\n - 16 декабря, 11.30 - Лекция", today)
    starts = [datetime.fromisoformat(at) for at in ("2026-12-15T10:00", "2026-12-16T11:30")]
    assert lines == [(start, None) for start in starts]
    text = "Турнир\n\n  \n 9.30 - регистрация\n-\n10:00 открытие"
    assert list(post_clocks._slot_lines(text, 6)) == [(7, 16), (31, 38)]
    assert post_clocks.programme_lines(text, 6) == 2


def test_a_length_word_before_a_long_run_of_digits_is_searched_once() -> None:
    """«длительность» + 100,000 digits: the word's ending `\\w*` gave back the digits one by
    one and the number was read to the run's end from each (quadratic: 1.6 s at 8,000
    characters, minutes here). The search ends; lengths read as before."""
    out = read_in_child(
        """
        from datetime import datetime
        from bot.core.language import times
        from bot.core.language.intents import parse_message
        print(times._DURATION_MARKED.search("длительность" + "1" * 100_000 + "x"))
        for text in ("длительность 2 часа", "продолжительностью 90 минут", "длительность2часа"):
            said = "Лекция 15 декабря в 10:00, " + text
            print(parse_message(said, datetime(2026, 12, 2, 10, 0)).draft.end)
        """
    )
    assert out.split("\n") == [
        "None",
        "2026-12-15 12:00:00",
        "2026-12-15 11:30:00",
        "2026-12-15 11:00:00",
    ], out


def test_a_room_or_a_quarter_before_a_long_run_of_blanks_is_read_at_once() -> None:
    """«в кабинете» + 7,900 spaces in an event (over a minute in parse_message: three `\\s*`
    around «:» and «№» before the room's number split the run every way), «что у нас во 1»
    + 7,900 spaces + «x квартал» as a question (over 3 s at 2,000 spaces, cubic: minutes
    here). Each message ends and reads as before."""
    out = read_in_child(
        """
        from datetime import datetime
        from bot.core.dialog import Dialog
        from bot.core.language.intents import parse_message
        from bot.core.language.understand import understand
        now = datetime(2026, 12, 2, 10, 0)
        blank = " " * 7_900
        print(parse_message("Лекция 15 декабря в 10:00 в кабинете" + blank + "x", now).draft.venue)
        print(parse_message("Лекция 15 декабря в 10:00 в кабинете  №  12", now).draft.venue)
        print(type(understand("что у нас во 1" + blank + "x квартал", Dialog(), now)).__name__)
        """
    )
    assert out.split("\n") == ["кабинет", "каб. 12", "Ask"], out


def test_the_place_tails_are_cut_at_once() -> None:
    """A labelled place's clock tail, its trailing «на» and a phone's start before an area
    code, cut by `sub` over a long run of blanks: each tried every blank of the run and split
    the rest (cubic: over 10 s on 1,000 spaces). Each ends; what is cut is as before."""
    out = read_in_child(
        """
        from bot.core.language import place_display, places
        blank = " " * 100_000
        print(len(places._CLOCK_TAIL.sub("", "у амфитеатра" + blank + "x")))
        print(len(places._TRAILING_NA.sub("", "x" + blank + "!")))
        print(len(place_display._PHONE_START.sub("", "x" + blank + "!")))
        print(places._ROOM_NUMBER.match(blank + "x"))
        print(places._CLOCK_TAIL.sub("", "у амфитеатра , начало  в 11:30"))
        print(places._TRAILING_NA.sub("", "Дом культуры, по адресу :  "))
        print(place_display._PHONE_START.sub("", "Дом творчества, тел.  8"))
        print(places._ROOM_NUMBER.match("  № 12а").group(1))
        """
    )
    assert out.split("\n") == [
        "100013",
        "100002",
        "100002",
        "None",
        "у амфитеатра",
        "Дом культуры",
        "Дом творчества",
        "12а",
    ], out


def test_a_stamp_or_a_term_before_a_long_run_of_blanks_is_read_at_once() -> None:
    """«Размещено» + 7,900 spaces + «x 15 декабря» (a site's stamp label: the runs of blanks
    around its login part, then the title's first number from every blank of the run; over
    30 s at 1,000 spaces) and «что во 1» + 7,900 spaces + «x четверти» (a term: three runs
    around «-» and the ending; over 30 s at 1,000 spaces). Each ends and reads as with one
    space."""
    out = read_in_child(
        """
        from datetime import datetime
        from bot.core.dialog import Dialog
        from bot.core.language.intents import parse_message
        from bot.core.language.understand import understand
        now = datetime(2026, 12, 2, 10, 0)
        for blank in (" ", " " * 7_900):
            start = parse_message("Размещено" + blank + "x 15 декабря", now).draft.start
            asked = understand("что во 1" + blank + "x четверти", Dialog(), now)
            print(start, type(asked).__name__)
        """
    )
    assert out.split("\n") == ["2026-12-15 00:00:00 Ask"] * 2, out
