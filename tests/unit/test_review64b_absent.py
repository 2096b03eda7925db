"""review64b: «меня не было» said as people say it, with its subject, place or reason — not
only the bare button words (bot.core.language.poll_answers.is_absent). Last round a review
typed at the rating was kept (poll_chat.review_at_rating): «я не ходил на это мероприятие»
was then stored as the review of a student counted present."""

from __future__ import annotations

import pytest

from bot.core.language.poll_answers import is_absent


@pytest.mark.parametrize(
    "text",
    [
        "я не ходил на это мероприятие",
        "меня там не было, я болел",
        "я не смогла прийти",
        "не попал туда, заболел",
        "мы не пошли на экскурсию",
        "я не присутствовала",
        "меня не было",  # the button's own words, as before
        "не был там",
    ],
)
def test_absence_said_in_a_sentence_is_absent(text: str) -> None:
    assert is_absent(text)


@pytest.mark.parametrize(
    "text",
    [
        "не было ничего интересного",
        "не было звука, плохо слышно",
        "не понравилось совсем, скучно",
        "я был, всё понравилось",
        "мне не было скучно",
        "не пришёл лектор, ждали час",
    ],
)
def test_a_review_saying_not_is_no_absence(text: str) -> None:
    assert not is_absent(text)
