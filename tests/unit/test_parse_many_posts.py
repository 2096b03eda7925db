"""A pasted announcement with a programme is one event; a pasted plan is one event per row.

Found by the newcomer walk of 2026-11-30 (tests/data/newcomer_walk_2026-11-30.md, L03/L07):
an announcement whose programme lines open with clock times ("09:30–10:00 — регистрация"),
or whose deadline sentence carries a date, was split into a "plan" of time-only rows put on
today and tomorrow, and «да» saved them. The texts below are written for this test.
"""

from __future__ import annotations

from datetime import datetime

from bot.core.language.intents_many import parse_many
from bot.core.models import EventIntent

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time


def _events(text: str) -> list[EventIntent]:
    intents = parse_many(text, NOW)
    assert all(isinstance(i, EventIntent) for i in intents)
    return [i for i in intents if isinstance(i, EventIntent)]


def test_an_announcement_with_a_timed_programme_is_one_event() -> None:
    post = (
        "Уважаемые коллеги!\n"
        "Балтийский федеральный университет приглашает на олимпиаду «Юный химик».\n"
        "Олимпиада состоится 12 декабря 2026 года в корпусе на ул. Университетской, 2.\n"
        "Программа:\n"
        "10:00–10:30 — регистрация\n"
        "10:30–13:00 — выполнение заданий, ауд. 112\n"
        "13:30–14:00 — разбор задач\n"
        "Заявки принимаются до 5 декабря.\n"
    )
    [event] = _events(post)
    assert event.draft.start is not None
    assert event.draft.start.date().isoformat() == "2026-12-12"


def test_a_contest_post_with_a_deadline_sentence_is_one_event() -> None:
    post = (
        "Внимание, конкурс чтецов!\n"
        "Открыт приём работ на городской конкурс «Зимние стихи». "
        "Работы принимаются по 10 декабря.\n"
        "Награждение победителей пройдёт 21 декабря в 15:00 в библиотеке им. Чехова.\n"
        "Участвуют ученики 3–7 классов.\n"
    )
    [event] = _events(post)
    assert event.draft.start is not None
    assert event.draft.start.date().isoformat() == "2026-12-21"


def test_a_contest_post_whose_deadline_line_reads_as_an_event_is_one_event() -> None:
    post = (
        "Внимание, конкурс!\n"
        "Объявлен приём заявок на городской конкурс поделок «Ёлочная игрушка». "
        "Заявки принимаются по 9 декабря.\n"
        "Выставка работ откроется 18 декабря в 12:00 в доме творчества.\n"
        "Участники — учащиеся 1–5 классов.\n"
    )
    [event] = _events(post)
    assert event.draft.start is not None
    assert event.draft.start.date().isoformat() == "2026-12-18"


def test_a_plan_under_a_heading_stays_a_plan() -> None:
    plan = (
        "Мероприятия КГТУ на декабрь\n"
        "Лекция по химии 10 декабря в 14:00 для 10 классов\n"
        "Экскурсия в лабораторию 17 декабря в 15:00 для 11 классов\n"
    )
    assert [e.draft.title for e in _events(plan)] == ["Лекция по химии", "Экскурсия в лабораторию"]


def test_a_plan_with_a_note_line_stays_a_plan() -> None:
    plan = (
        "План на неделю:\n"
        "пн 7.12 15:00 классный час 7А\n"
        "ср 9.12 14:00 экскурсия в музей 8Б\n"
        "пт 11.12 16:00 концерт, актовый зал\n"
        "Просьба подтвердить.\n"
    )
    assert len(_events(plan)) == 3
