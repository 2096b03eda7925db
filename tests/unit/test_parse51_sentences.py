"""parse51 #5: told_past.told_in_past and stamps._dates_the_event find their sentence with
the shared splitter (sentences.sentence_at) instead of twin regexes: an abbreviation's full
stop («каб.», «ауд.», «корп.») ends no sentence there either."""

from __future__ import annotations

from bot.core.language.told_past import told_in_past


def test_an_abbreviation_ends_no_sentence_of_a_report() -> None:
    text = "12 марта в каб. 21 прошла встреча с писателем."
    assert told_in_past(text, 0, len("12 марта"))


def test_a_future_verb_after_an_abbreviation_is_still_read() -> None:
    text = "12 марта в ауд. 5 пройдёт встреча с писателем."
    assert not told_in_past(text, 0, len("12 марта"))
