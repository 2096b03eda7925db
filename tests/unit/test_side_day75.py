"""A long post's only day ahead is read from a side matter's sentence (doubt75, `side_day`):
«Итоги сбора макулатуры подведут 10 декабря» in a report of the collection. The weighing
scores the sentence below zero, yet nothing likelier is dated, so the day was kept silently;
now it is asked. Sentences our own."""

from __future__ import annotations

from datetime import datetime

from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-07T10:00")  # a Monday


def _draft(text: str):  # type: ignore[no-untyped-def]
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


def test_a_collection_report_dated_only_by_its_results() -> None:
    draft = _draft(
        "Ученики собрали 300 кг макулатуры\n"
        "Ученики школы №7 вместе с родителями собрали 300 килограммов макулатуры в пятницу, "
        "в первый день акции. Итоги сбора макулатуры подведут 10 декабря."
    )
    assert draft.start == datetime.fromisoformat("2026-12-10T00:00")
    assert "side_day" in draft.doubts


def test_an_action_dated_only_by_its_announced_results() -> None:
    draft = _draft(
        "Акция «Покорми птиц зимой»\n"
        "Ребята развешивают кормушки на пришкольном участке. Результаты акции объявят 21 декабря."
    )
    assert "side_day" in draft.doubts


def test_results_beside_the_event_dated_are_no_side_day() -> None:
    draft = _draft(
        "Конкурс рисунков «Зимушка»\n"
        "Итоги конкурса подведут 18 декабря. "
        "Праздничный концерт для участников состоится 20 декабря в актовом зале."
    )
    assert draft.start == datetime.fromisoformat("2026-12-20T00:00")
    assert "side_day" not in draft.doubts


def test_a_run_told_begun_is_its_own_event() -> None:
    draft = _draft(
        "Стартовала акция «Добрые крышечки»\n"
        "10 декабря стартовала акция «Добрые крышечки», которая продлится до 25 декабря."
    )
    assert "side_day" not in draft.doubts
