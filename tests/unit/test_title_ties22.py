"""What ties a title candidate to the event (bot/core/language/title_ties.py, issue 10 §6, the
twenty-second round): the subject of an announcing verb, of a verb saying the event took place,
the frame after "в рамках", a stage, the distance to the dated sentence. Our own sentences."""

from __future__ import annotations

from bot.core.language.title_grammar import marked_heads
from bot.core.language.title_ties import TIE_FEATURES, ties


def _tie(text: str, phrase: str, name: str) -> float:
    at = text.index(phrase)
    return ties(text, (0, len(text)), at, phrase)[TIE_FEATURES.index(name)]


def test_the_subject_of_an_announcing_verb_is_tied_to_the_event() -> None:
    text = "В субботу в парке пройдёт осенний кросс. Победителям вручат грамоты."
    assert _tie(text, "осенний кросс", "event_role") == 1.0
    assert _tie(text, "грамоты", "event_role") == 0.0


def test_the_subject_of_a_past_verb_is_a_report() -> None:
    text = "Вчера прошёл конкурс чтецов. 30 ноября состоится награждение победителей."
    assert _tie(text, "конкурс чтецов", "past_role") == 1.0
    assert _tie(text, "конкурс чтецов", "event_role") == 0.0
    assert _tie(text, "награждение победителей", "event_role") == 1.0
    assert (text.index("конкурс"), "past") in marked_heads(text)


def test_the_frame_after_v_ramkakh_and_a_stage() -> None:
    text = "В рамках Недели науки пройдёт региональный этап олимпиады по химии."
    assert _tie(text, "Недели науки", "framed") == 1.0
    assert _tie(text, "региональный этап олимпиады по химии", "stage") == 1.0
    assert _tie(text, "региональный этап олимпиады по химии", "framed") == 0.0


def test_the_distance_to_the_dated_sentence() -> None:
    text = "Лекция о звёздах. " + "Слово. " * 200 + "Встреча 5 мая."
    dated = (text.index("Встреча"), len(text))
    assert (
        ties(text, dated, text.index("Встреча"), "Встреча")[TIE_FEATURES.index("date_distance")]
        == 0
    )
    far = ties(text, dated, 0, "Лекция о звёздах")[TIE_FEATURES.index("date_distance")]
    assert far == 1.0
    assert ties(text, None, 0, "Лекция")[TIE_FEATURES.index("date_distance")] == 1.0
