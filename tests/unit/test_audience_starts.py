"""Starts given per audience (walk v, F5): the pupils' start is the event's, and when no one
start is the pupils' the parser asks (`several_times`, the clocks as choices); posts with one
audience, or each class's own time, read as before. A rival day's own time from a date in
figures and an address of another dated sentence (walk v, F4). Sentences of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.audience_starts import audience_clocks
from bot.core.language.intents import parse_message
from bot.core.models import EventDraft, EventIntent

NOW = datetime.fromisoformat("2026-11-20T12:00")


def _draft(text: str) -> EventDraft:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


def _clocks(draft: EventDraft) -> list[str]:
    return [c.strftime("%H:%M") for c in draft.choices]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Весёлые старты 28 ноября в спорткомплексе «Олимп»: для дошкольников в 10:00, "
            "для школьников в 11:30.",
            "11:30",
        ),
        (
            "Велопробег «Осень» пройдёт 28 ноября на набережной. Первыми в 9:00 стартуют "
            "малыши. В 10:30 на старт выйдут учащиеся школ, а в 12:00 поедут взрослые.",
            "10:30",
        ),
        (
            "Новогодний спектакль 28 ноября в ДК «Юность». Для старшеклассников показ в 15:00; "
            "для детских садов показ в 10:00.",
            "15:00",
        ),
    ],
)
def test_the_pupils_start_is_the_events(text: str, start: str) -> None:
    draft = _draft(text)
    assert draft.start is not None, draft
    assert draft.start.strftime("%H:%M") == start, draft
    assert "several_times" not in draft.doubts, draft.doubts


@pytest.mark.parametrize(
    ("text", "clocks"),
    [
        (
            "Турнир по плаванию 28 ноября в бассейне «Дельфин»: для дошкольников заплывы в "
            "10:00, для ветеранов — в 13:00.",
            ["10:00", "13:00"],
        ),
        (
            "Лыжня открытия сезона 28 ноября в парке. Студенты стартуют в 11:00, взрослые "
            "любители стартуют в 12:30.",
            ["11:00", "12:30"],
        ),
    ],
)
def test_starts_of_other_audiences_are_asked(text: str, clocks: list[str]) -> None:
    draft = _draft(text)
    assert "several_times" in draft.doubts, draft
    assert _clocks(draft) == clocks


@pytest.mark.parametrize(
    "text",
    [
        "Экскурсия для школьников 28 ноября в 15:00, краеведческий музей.",
        # each class's own time: sessions of one event, as before
        "Разбор заданий олимпиады 28 ноября: 2 класс в 15.30, 3 класс в 16.10, 4 класс в 17.50.",
        "Концерт для взрослых и школьников 28 ноября в 18:00, филармония.",
    ],
)
def test_one_audience_or_each_class_is_read_as_before(text: str) -> None:
    draft = _draft(text)
    assert "several_times" not in draft.doubts, draft
    assert draft.choices == ()


def test_a_clause_with_two_audiences_names_none() -> None:
    assert audience_clocks("Концерт для взрослых и школьников в 18:00") == []


def test_a_rival_day_in_figures_is_offered_with_its_own_clock() -> None:
    # a side event of another kind (a judges' or leaders' meeting is no rival: starts44)
    draft = _draft(
        "Приглашаем школьные команды на городской турнир по волейболу, посвящённый Дню "
        "матери.\nТурнир состоится в спортзале «Старт» 29.11.2026 в 10.00. Мастер-класс "
        "для капитанов команд пройдёт 24.11.2026 г. с 16.00 в спорткомитете по адресу: "
        "ул. Лесная, 8."
    )
    assert [c.strftime("%d.%m %H:%M") for c in draft.choices] == ["29.11 10:00", "24.11 16:00"]
    assert draft.venue is not None
    assert "Лесная" not in draft.venue, draft.venue
    assert "спортзал" in draft.venue, draft.venue
