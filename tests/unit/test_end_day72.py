"""A long post's one-day start read from a sentence saying the event ends that day (doubt72,
end_day.py): the day written is the event's last, so the bot asks its first (`end_day`)
instead of saving the last day as the start. Sentences our own."""

from __future__ import annotations

from datetime import datetime

from bot.core.language.end_day import ends_on_its_day
from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-08T12:00")  # a Tuesday


def _draft(text: str):  # type: ignore[no-untyped-def]
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


def test_a_stage_that_ends_on_the_day_is_asked() -> None:
    draft = _draft(
        "В гимназии идёт школьный этап олимпиады по математике. "
        "Задания выполнят около сорока учеников. "
        "Школьный этап завершится 25 декабря."
    )
    assert draft.start is not None
    assert draft.start.day == 25
    assert "end_day" in draft.doubts


def test_a_contest_that_comes_to_an_end_is_asked() -> None:
    draft = _draft(
        "В библиотеке идёт конкурс рисунков «Зимняя сказка». "
        "Ребята приносят работы в читальный зал. "
        "Конкурс закончится 19 декабря."
    )
    assert "end_day" in draft.doubts


def test_an_event_held_on_its_day_is_not_asked() -> None:
    draft = _draft(
        "В гимназии пройдёт олимпиада по математике. "
        "Задания выполнят около сорока учеников. "
        "Олимпиада состоится 25 декабря."
    )
    assert draft.start is not None
    assert draft.start.day == 25
    assert "end_day" not in draft.doubts


def test_a_span_with_its_end_is_not_asked() -> None:
    draft = _draft(
        "С 15 декабря в школе проходит неделя математики. "
        "Ребята решают задачи на переменах. "
        "Неделя завершится 19 декабря."
    )
    assert "end_day" not in draft.doubts


def test_the_ending_verb_is_read_by_grammar() -> None:
    assert ends_on_its_day("школьный этап завершится 29 октября.")
    assert ends_on_its_day("приём работ заканчивается 5 мая.")
    assert ends_on_its_day("игры окончатся 3 марта.")
    # the noun and the participle of ending are no verb of the sentence
    assert not ends_on_its_day("завершение сезона пройдёт 3 марта.")
    assert not ends_on_its_day("на завершающем этапе 3 марта пройдёт финал.")
