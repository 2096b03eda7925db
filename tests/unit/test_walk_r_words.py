"""The student and class-teacher wordings of walk r (2026-12-02): event questions, questions
for the organiser, class-teacher sign-up questions, bare and «all» cancels, drawn ratings and
reactions. Cases written for these tests."""

from __future__ import annotations

import pytest

from bot.core.language.event_questions import EventQuestion, event_question
from bot.core.language.organiser_questions import organiser_question
from bot.core.language.poll_answers import drawn_score, is_reaction, parse_score
from bot.core.language.signup_questions import OWN_CLASS, AskedSignups, signup_question
from bot.core.language.unsign_phrases import EVERY, parse_unsign


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("когда?", EventQuestion("", seats=False)),
        ("а где это?", EventQuestion("", seats=False)),
        ("во сколько лекция", EventQuestion("лекция", seats=False)),
        ("где будет мастер-класс?", EventQuestion("мастер-класс", seats=False)),
        ("а места ещё есть?", EventQuestion("", seats=True)),
        ("есть ли свободные места на квиз", EventQuestion("квиз", seats=True)),
        ("сколько мест осталось на олимпиаду?", EventQuestion("олимпиаду", seats=True)),
    ],
)
def test_event_questions(text: str, asked: EventQuestion) -> None:
    assert event_question(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "когда каникулы?",
        "когда конец четверти",
        "где в субботу концерт",
        "что на следующей неделе?",
        "когда 5 декабря",
        "Лекция о космосе 9 декабря в 15:00",
    ],
)
def test_not_event_questions(text: str) -> None:
    assert event_question(text) is None


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("а родителям можно?", ""),
        ("можно прийти с сестрой?", ""),
        ("можно взять с собой друга из 8А", ""),
        ("что нужно взять с собой на квиз", "квиз"),
        ("нужна ли сменка", ""),
        ("во что одеться на экскурсию", "экскурсию"),
    ],
)
def test_questions_for_the_organiser(text: str, reference: str) -> None:
    found = organiser_question(text)
    assert found is not None, text
    assert found.reference == reference, found


@pytest.mark.parametrize(
    "text", ["можно мне на квиз?", "можно в актовом зале", "что на выходных", "родители 9А"]
)
def test_not_questions_for_the_organiser(text: str) -> None:
    assert organiser_question(text) is None


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("кто из нашего класса идёт на квиз", AskedSignups("квиз", OWN_CLASS)),
        ("сколько из 7 б записалось?", AskedSignups("", "7Б")),
        ("сколько учеников из 10А записалось на лекцию", AskedSignups("лекцию", "10А")),
        ("мои ученики записались?", AskedSignups("", OWN_CLASS)),
        ("мой класс идёт на квиз?", AskedSignups("квиз", OWN_CLASS)),
        ("кто идёт на квиз? имена", AskedSignups("квиз", None, names=True)),
        ("сколько записалось", AskedSignups("", None)),
    ],
)
def test_class_sign_up_questions(text: str, asked: AskedSignups) -> None:
    assert signup_question(text) == asked


@pytest.mark.parametrize("text", ["мои", "мои мероприятия", "кто проводит квиз?"])
def test_not_class_sign_up_questions(text: str) -> None:
    assert signup_question(text) is None


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("я передумала", ()),
        ("ой, отпишите меня пожалуйста", ()),
        ("отпишись", ()),
        ("отпишись от всего", EVERY),
        ("отпишите меня от всех мероприятий", EVERY),
        ("удалите все мои записи", EVERY),
        ("передумал идти на квиз", "квиз"),
    ],
)
def test_cancels_of_ones_own_sign_ups(text: str, meant: object) -> None:
    assert parse_unsign(text) == meant


@pytest.mark.parametrize("text", ["не пойду", "отменить запись", "не хочу", "мы передумали"])
def test_not_a_bare_cancel(text: str) -> None:
    assert parse_unsign(text) in (None, ())
    if text in ("не пойду", "отменить запись", "не хочу"):
        assert parse_unsign(text) is None  # the commands keep their own path


@pytest.mark.parametrize(
    ("drawn", "score"), [("⭐⭐⭐", 3), ("🌟🌟🌟🌟🌟", 5), ("★", 1), ("5️⃣", 5), ("⭐ ⭐", 2)]
)
def test_drawn_scores(drawn: str, score: int) -> None:
    assert drawn_score(drawn) == score
    assert parse_score(drawn, 1, 5) == score


def test_too_many_stars_are_no_rating() -> None:
    assert parse_score("⭐⭐⭐⭐⭐⭐", 1, 5) is None
    assert parse_score("⭐⭐⭐", 0, 10) is None  # stars draw the 1–5 rating only


@pytest.mark.parametrize(
    "text", ["👍", "🔥🔥🔥", "😍", "норм", "ну норм было", "так себе", "скучно"]
)
def test_reactions(text: str) -> None:
    assert is_reaction(text)


@pytest.mark.parametrize("text", ["⭐⭐⭐⭐", "4", "что на неделе?", "спасибо", "мои мероприятия"])
def test_not_reactions(text: str) -> None:
    assert not is_reaction(text)
