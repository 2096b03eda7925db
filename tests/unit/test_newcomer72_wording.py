"""newcomer72: replies a newcomer read wrong in the console walk (tests/data/newcomer72.md).
Templates rendered with the project's renderer; the running card read from a draft shaped
as the bot makes it when a run's hours are answered «с 10:00 до 18:00» (a daily repeat)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from bot.core.drafts import card_context
from bot.core.models import Audience, EventDraft, Recurrence
from bot.core.views import EventView
from bot.render import Renderer


def _wall(*parts: int) -> datetime:
    """A naive school wall-clock moment, as drafts hold them."""
    return datetime(*parts)  # noqa: DTZ001 - the school's wall clock


def _view(audience: Audience) -> EventView:
    return EventView(
        id=1,
        number=1,
        title="Встреча с выпускниками",
        start=datetime(2026, 12, 15, 13, 0, tzinfo=UTC),
        end=datetime(2026, 12, 15, 14, 0, tzinfo=UTC),
        all_day=False,
        end_given=False,
        venue="библиотека",
        audience=audience,
        organiser="Музей",
        capacity=None,
    )


def test_the_organisers_reminder_names_whom_in_the_genitive() -> None:
    """«Вы проводите это мероприятие для: педагоги.» — a colon and a nominative after «для»."""
    renderer = Renderer()
    staff = renderer.render("reminder", {"event": _view(Audience(staff=True)), "organiser": True})
    assert "Вы проводите это мероприятие для педагогов." in staff, staff
    grades = Audience(grades=frozenset({9, 10, 11}))
    text = renderer.render("reminder", {"event": _view(grades), "organiser": True})
    assert "Вы проводите это мероприятие для 9–11 классов." in text, text


def test_a_daily_run_begun_names_its_last_day_not_its_first() -> None:
    """An exhibition 1–31 December answered «с 10:00 до 18:00» became a daily repeat; its card
    said «▶️ Уже идёт (началось 1 декабря), последний день — 1 декабря»."""
    draft = EventDraft(
        title="Выставка «Зимний янтарь»",
        start=_wall(2026, 12, 1, 10, 0),
        end=_wall(2026, 12, 1, 18, 0),
        recurrence=Recurrence(freq="daily", until=date(2026, 12, 31)),
        doubts=("running",),
    )
    running = card_context(draft, _wall(2026, 12, 7, 10, 0))["running"]
    assert running == {"since": date(2026, 12, 1), "until": date(2026, 12, 31)}
    single = replace(draft, recurrence=None, end=_wall(2026, 12, 31, 18, 0))
    assert card_context(single, _wall(2026, 12, 7, 10, 0))["running"]["until"] == date(2026, 12, 31)
