"""Requests to hand an event to a class teacher (bot.core.language.hand_over)."""

from __future__ import annotations

from bot.core.language.hand_over import hand_over_request


def test_the_walks_three_requests() -> None:
    handed = hand_over_request("передай экскурсию 17 декабря классному руководителю 8А")
    assert handed is not None
    assert handed.classes == ("8А",)
    assert handed.reference == "экскурсию 17 декабря"
    assert handed.responsible
    appointed = hand_over_request(
        "назначь ответственным за олимпиаду по информатике классного руководителя 9А"
    )
    assert appointed is not None
    assert appointed.classes == ("9А",)
    assert appointed.responsible
    assert appointed.reference == "олимпиаду по информатике"
    told = hand_over_request("отметь классным руководителям 8А и 9А экскурсию и мастер-класс")
    assert told is not None
    assert told.classes == ("8А", "9А")
    assert not told.responsible


def test_a_class_with_a_hyphen_and_politeness() -> None:
    handed = hand_over_request("Пожалуйста, передайте классному руководителю 10-б лекцию")
    assert handed is not None
    assert handed.classes == ("10Б",)


def test_a_post_for_class_teachers_stays_a_post() -> None:
    """A grade («8-х классов») and a day, or a clock time, or a long text: a post."""
    assert (
        hand_over_request(
            "Передайте, пожалуйста, классным руководителям 8-х классов: 16 декабря экскурсия"
        )
        is None
    )
    assert hand_over_request("Передайте классному руководителю 8А: экскурсия в 10:00") is None
    assert (
        hand_over_request("передай экскурсию " + "очень " * 40 + "классному руководителю 8А")
        is None
    )


def test_no_teacher_named_is_no_hand_over() -> None:
    assert hand_over_request("передай экскурсию 17 декабря в актовый зал") is None
