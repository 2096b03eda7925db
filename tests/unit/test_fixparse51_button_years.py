"""Issue 10, point 4: a day offered on a button names its year when it lies outside the
current school year (1 September – 31 August): «21 ноября 2027 года (вс)» said on
23 November 2026, never a bare «21 ноября (вс)» that reads as this year's."""

from __future__ import annotations

from datetime import date, datetime

from bot.core.dialog import Dialog
from bot.core.draft_json import draft_to_json
from bot.core.drafts import ask_reply, span_buttons
from bot.core.features.card_unchanged import readings_reply
from bot.core.features.plan_summaries import choice_rows
from bot.core.language.draft_corrections import Reading
from bot.core.models import EventDraft
from bot.render import Renderer

NOW = datetime.fromisoformat("2026-11-23T10:00")


def _labels(buttons: tuple[tuple[object, ...], ...]) -> list[str]:
    renderer = Renderer()
    return [renderer.button_label(b) for row in buttons for b in row]  # type: ignore[arg-type]


def test_a_choice_in_the_next_school_year_names_its_year() -> None:
    days = (datetime.fromisoformat("2027-11-21T11:00"), datetime.fromisoformat("2026-11-28T11:00"))
    draft = EventDraft(title="Концерт", start=days[0], choices=days, doubts=("several_dates",))
    labels = _labels(ask_reply(draft, "date", NOW).buttons)
    assert any("21 ноября 2027 года" in label for label in labels)
    assert not any("2026" in label for label in labels)  # this school year's day stays bare


def test_a_span_in_the_next_school_year_names_its_year() -> None:
    draft = EventDraft(
        title="Выставка",
        start=datetime.fromisoformat("2027-11-21T00:00"),
        all_day=True,
        doubts=("span_cut",),
        span=(date(2027, 11, 21), date(2027, 11, 25)),
    )
    labels = _labels(span_buttons(draft, NOW))
    assert all("2027" in label for label in labels)


def test_the_same_span_this_school_year_stays_bare() -> None:
    draft = EventDraft(
        title="Выставка",
        start=datetime.fromisoformat("2026-11-26T00:00"),
        all_day=True,
        doubts=("span_cut",),
        span=(date(2026, 11, 26), date(2026, 11, 30)),
    )
    labels = _labels(span_buttons(draft, NOW))
    assert labels
    assert not any("2026" in label for label in labels)


def test_a_plan_lines_day_in_the_next_school_year_names_its_year() -> None:
    days = (datetime.fromisoformat("2027-11-29T18:00"), datetime.fromisoformat("2027-12-03T18:00"))
    draft = EventDraft(title="Концерт", start=days[0], choices=days, doubts=("weekday_mismatch",))
    dialog = Dialog(pending=[draft_to_json(draft)])
    labels = _labels(choice_rows(dialog, NOW))
    assert labels
    assert all("2027 года" in label for label in labels), labels


def test_a_readings_day_in_the_next_school_year_names_its_year() -> None:
    day = Reading("day", "дата 11.09.2027", day=date(2027, 9, 11))
    hour = Reading("hour", "время 11:00", hour=11)
    reply = readings_reply("11", (day, hour), saved=False, now=NOW)
    labels = _labels(reply.buttons)
    assert any("11 сентября 2027 года" in label for label in labels), labels
