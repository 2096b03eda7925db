"""chat64: the readings under a student's and a parent's questions (sentences my own)."""

from __future__ import annotations

import pytest

from bot.core.language.event_questions import event_question
from bot.core.language.student_asks import ChildAsk, bring_note, for_child, reminder_at, who_runs


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("кто проводит?", ""),
        ("а кто ведёт экскурсию?", "экскурсию"),
        ("кто будет вести мастер-класс?", "мастер-класс"),
        ("кто организатор лекции о космосе?", "лекции о космосе"),
        ("кто записался?", None),
        ("кто идёт на экскурсию?", None),
        ("кто проводит экскурсию и почему об этом никто ничего не сказал заранее, объясните", None),
    ],
)
def test_who_runs(text: str, reference: str | None) -> None:
    assert who_runs(text) == reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("напомни мне завтра", True),
        ("напомни в 8 утра", True),
        ("напомните вечером про экскурсию", True),
        ("а можешь напомнить 9 декабря?", True),
        ("напомни за час", False),
        ("напоминай за 2 часа до начала", False),
        ("напомни, что на неделе", False),
        ("завтра в 8 утра экскурсия", False),
        ("напомните ученикам завтра про экскурсию", False),
        ("Напомнить: 12 декабря в 15:00 олимпиада", False),
    ],
)
def test_reminder_at(text: str, expected: bool) -> None:
    assert reminder_at(text) is expected


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("запишите дочь на экскурсию", ChildAsk.SIGNUP),
        ("можно записать сына на олимпиаду?", ChildAsk.SIGNUP),
        ("мой сын не сможет прийти", ChildAsk.CANCEL),
        ("отмените, пожалуйста, запись дочки", ChildAsk.CANCEL),
        ("ребёнок заболел", ChildAsk.CANCEL),
        ("я папа ученицы 8А", ChildAsk.PARENT),
        ("Здравствуйте, я родитель", ChildAsk.PARENT),
        ("мой сын в 7б, что у них на неделе?", None),
        ("запиши меня на лекцию", None),
        ("я из 9Б", None),
        ("Лекция «Отцы и дети» 12 декабря в 15:00", None),
        ("Запишите ребёнка на мастер-класс 12 декабря в 15:00, каб. 21", None),
        ("запишите детей на экскурсию", None),
    ],
)
def test_for_child(text: str, asked: ChildAsk | None) -> None:
    assert for_child(text) is asked


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("какой кабинет?", ""),
        ("в каком зале концерт?", "концерт"),
        ("а на каком этаже?", ""),
        ("какое место в очереди у меня", None),
    ],
)
def test_a_place_asked_by_its_noun(text: str, reference: str | None) -> None:
    asked = event_question(text)
    assert (asked.reference if asked else None) == reference


def test_bring_note() -> None:
    about = "Квест по кораблю. При себе иметь паспорт! Сбор у входа."
    assert bring_note(about) == "При себе иметь паспорт!"
    assert bring_note("Лекция о звёздах. Вход свободный.") is None
    assert bring_note(None) is None
