"""bot.core.language.draft_corrections.correction: the event's words before «не X, а Y»
leave out a mistake said among them (newcomer walk 2026-12-02t, #12)."""

from __future__ import annotations

import pytest

from bot.core.language.draft_corrections import Correction, correction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ой, по янтарной комнате ошиблась: не 15, а 17",
            Correction("по янтарной комнате", "17", "15"),
        ),
        ("по лекции я ошиблась — не 25, а 26", Correction("по лекции", "26", "25")),
        ("концерт не 25, а 26", Correction("концерт", "26", "25")),  # as before
    ],
)
def test_the_event_words_leave_out_the_mistake(text: str, expected: Correction) -> None:
    assert correction(text, named=True) == expected
