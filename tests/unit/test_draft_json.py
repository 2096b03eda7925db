"""A draft survives the dialog state: every field read back as written (a restart between
two messages must not lose a session, a deadline or the Moscow-time note)."""

from __future__ import annotations

from datetime import date, datetime

from bot.core.draft_json import draft_from_json, draft_to_json
from bot.core.models import Audience, EventDraft, Recurrence


def test_every_field_comes_back() -> None:
    start = datetime(2026, 12, 13, 10, 0)  # noqa: DTZ001 - drafts hold school wall-clock time
    draft = EventDraft(
        title="День открытых дверей",
        start=start,
        end=datetime(2026, 12, 13, 13, 0),  # noqa: DTZ001
        venue="главный корпус",
        audience=Audience(grades=frozenset({10, 11}), classes=frozenset({"9А"})),
        recurrence=Recurrence(
            freq="daily", until=date(2026, 12, 20), except_weekdays=frozenset({0})
        ),
        capacity=40,
        doubts=("several_dates",),
        corrections=(("дикабря", "декабря"),),
        deadline=date(2026, 12, 10),
        sessions=((start, None),),
        choices=(start,),
        ages=(14, 17),
        online_url="https://example.org/live",
        description="День открытых дверей 13 декабря с 11 до 14 по мск",
        moscow_shift_hours=-1,
        programme=((start, datetime(2026, 12, 13, 10, 30), "регистрация"), (start, None, "финал")),  # noqa: DTZ001
        span=(date(2026, 12, 13), date(2026, 12, 15)),  # the doubt span_cut's span of days
        dropped_stages=((date(2027, 3, 29), date(2027, 4, 11)),),  # «12 апреля» kept the other
        daily_bounded=True,  # a bare «каждый день» cut to MAX_DAILY_SPAN_DAYS
    )
    assert draft_from_json(draft_to_json(draft)) == draft
