"""review64: «напомни» followed by an interrogative asks for a fact now (an indirect
question: «напомни, во сколько экскурсия в четверг?»), never a reminder at the moment it
names; a moment before the interrogative still asks for one («напомни мне завтра, что
взять»). Sentences of my own."""

from __future__ import annotations

import pytest

from bot.core.language.organiser_questions import organiser_question
from bot.core.language.student_asks import ChildAsk, for_child, reminder_at, without_parent


@pytest.mark.parametrize(
    "text",
    [
        "напомни, во сколько экскурсия в четверг?",
        "напомните пожалуйста где будет лекция в среду",
        "напомни когда завтра экскурсия",
        "а напомни-ка, в каком кабинете концерт в пятницу?",
        "напомните нам, какой автобус в 8 утра",
        "напомни, кто ведёт кружок по субботам",
        "можешь напомнить, сколько стоит билет на завтра?",
        "Завтра в 15:00 репетиция хора в актовом зале, напомните всем",
        "Кружок в пятницу в 16:00, каб. 12. Напомните своим!",
        "напомни маме завтра про собрание",
    ],
)
def test_an_indirect_question_after_remind_is_no_reminder(text: str) -> None:
    assert not reminder_at(text)


@pytest.mark.parametrize(
    "text",
    [
        "напомни мне завтра, что взять с собой",
        "напомни в 8 утра",
        "напомните вечером про экскурсию",
        "можешь напомнить мне в пятницу?",
        "напомните нам в среду про лекцию",
    ],
)
def test_a_moment_named_before_any_question_is_still_a_reminder(text: str) -> None:
    assert reminder_at(text)


@pytest.mark.parametrize(
    ("text", "bring"),
    [
        ("что нужно взять с собой на экскурсию?", True),
        ("а во что одеться?", True),
        ("нужна ли сменка?", True),
        ("сколько стоит?", False),
        ("это платно?", False),
        ("а сертификат будет?", False),
        ("можно с другом?", False),
    ],
)
def test_what_to_bring_is_told_from_other_organiser_questions(text: str, bring: bool) -> None:
    """Only a question on what to bring or wear is answered from the description's line
    on it (review64)."""
    asked = organiser_question(text)
    assert asked is not None
    assert asked.bring is bring


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("я папа, когда лекция о космосе?", "когда лекция о космосе?"),
        ("я мама Пети — есть места на экскурсию?", "есть места на экскурсию?"),
        ("это мама. Где будет концерт?", "где будет концерт?"),
        ("я мама ученика 7Б, что у них на неделе?", None),  # its class is the question's
        ("я мама ученика 9Б", None),
        ("я папа, спасибо", None),
    ],
)
def test_a_parents_introduction_before_a_question(text: str, rest: str | None) -> None:
    assert without_parent(text) == (rest if rest is not None else text)


@pytest.mark.parametrize(
    "text", ["я мама ученика 7Б, что у них на неделе?", "я папа, когда лекция о космосе?"]
)
def test_a_parent_asking_a_question_is_not_only_introduced(text: str) -> None:
    assert for_child(text) is None


def test_a_parent_introduced_alone_is_still_answered() -> None:
    assert for_child("я мама ученика 9Б") is ChildAsk.PARENT
