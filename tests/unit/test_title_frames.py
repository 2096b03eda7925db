"""Concise titles (issue 10, point 6): a kind named as the frame or the occasion of the
event ("в дни фестиваля", "в преддверии праздника", "накануне конкурса") is not the event's
own; the event announced inside it is. Sentences written for the rule, not copied."""

from __future__ import annotations

import pytest

from tests.title_probe import card_title


@pytest.mark.parametrize(
    ("text", "wanted", "not_wanted"),
    [
        (
            "Школьники услышат учёных в дни областного фестиваля науки\n"
            "Научные сотрудники выступят в лектории «Звёздный час», который пройдёт "
            "с 8 по 12 декабря.",
            "лектори",
            "фестивал",
        ),
        (
            "В преддверии новогоднего праздника в библиотеке состоится мастер-класс "
            "«Ёлочная игрушка» 20 декабря в 15:00.",
            "мастер-класс",
            "праздник",
        ),
        (
            "Накануне городского конкурса чтецов 14 декабря в 16:00 пройдёт консультация "
            "для участников в актовом зале гимназии.",
            "консультаци",
            "конкурс",
        ),
        (
            "В дни Всероссийского фестиваля «Безопасный мир» 9 декабря в 11:00 в школе "
            "пройдёт викторина «Знаки дорог».",
            "викторин",
            "фестивал",
        ),
    ],
)
def test_a_frame_or_occasion_is_not_thecard_title(text: str, wanted: str, not_wanted: str) -> None:
    title = card_title(text).lower()
    assert wanted in title, title
    assert not_wanted not in title, title


def test_a_festival_that_is_the_event_keeps_itscard_title() -> None:
    # the same kind without a frame word stays the event's own
    title = card_title("С 8 по 12 декабря пройдёт областной фестиваль науки для школьников.")
    assert "фестиваль науки" in title.lower(), title
