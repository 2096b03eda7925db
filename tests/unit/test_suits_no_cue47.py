"""«устраивает» in the sense "suits" («если вас не устраивает время», «нас всё устраивает») puts
no event on: it is no event cue, while «устраивает ярмарку» still is (fixparse47, review47
low 9)."""

from __future__ import annotations

import pytest

from bot.core.language.post_scoring import EVENT_CUES


@pytest.mark.parametrize(
    "clause",
    [
        "если вас не устраивает время, напишите классному руководителю",
        "родителей такой порядок вполне устраивает",
        "нас всё устраивает, спасибо",
        "если время кого-то не устраивает, сообщите",
    ],
)
def test_suits_is_no_event_cue(clause: str) -> None:
    assert EVENT_CUES.search(clause) is None


@pytest.mark.parametrize(
    "clause", ["совет старшеклассников устраивает ярмарку", "школа устраивает для ребят праздник"]
)
def test_putting_on_is_still_a_cue(clause: str) -> None:
    assert EVENT_CUES.search(clause) is not None
