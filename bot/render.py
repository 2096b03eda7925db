"""Every text the bot sends: jinja2 templates under locales/<lang>/, one file per message id.

Templates get data (datetimes, audiences, counts), never pre-formatted strings; the filters
here decide the wording of dates and audiences with babel's Russian calendar data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateNotFound

from bot.core.models import Audience
from bot.core.replies import Button

LOCALES_DIR = Path(__file__).resolve().parents[1] / "locales"
DEFAULT_LOCALE = "ru"


class Renderer:
    """Renders message ids and button labels for one locale, falling back to Russian."""

    def __init__(self, locale: str = DEFAULT_LOCALE, root: Path = LOCALES_DIR) -> None:
        self.locale = locale
        folders = [root / locale] + ([root / DEFAULT_LOCALE] if locale != DEFAULT_LOCALE else [])
        self.env = Environment(
            loader=FileSystemLoader([str(f) for f in folders]),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            autoescape=False,
        )
        self.env.filters.update(
            day=self.day,
            weekday=self.weekday,
            clock=clock,
            when=self.when,
            audience=self.audience,
            plural=plural,
        )

    def render(self, template: str, context: Mapping[str, Any] | None = None) -> str:
        """The text of message `template` (a file `<template>.j2`) with `context`."""
        text = self.env.get_template(f"{template}.j2").render(**(context or {}))
        return _tidy(text)

    def button_label(self, button: Button) -> str:
        return self.render(f"buttons/{button.label}", button.context)

    def has(self, template: str) -> bool:
        try:
            self.env.get_template(f"{template}.j2")
        except TemplateNotFound:
            return False
        return True

    def audience(self, audience: Audience) -> str:
        """ "9–11 классы", "10А, 10Б", "все классы": wording from parts/audience.j2."""
        return self.render(
            "parts/audience",
            {
                "everyone": audience.is_everyone,
                "runs": grade_runs(audience.grades),
                "grade_count": len(audience.grades),
                "classes": sorted(audience.classes, key=lambda c: (len(c), c)),
            },
        )

    def day(self, value: date | datetime) -> str:
        """ "15 декабря, вт" (the year only when it is not the current one is up to callers)."""
        shown = value.date() if isinstance(value, datetime) else value
        return f"{format_date(shown, 'd MMMM', locale=self.locale)}, {self.weekday(shown)}"

    def weekday(self, value: date | datetime) -> str:
        shown = value.date() if isinstance(value, datetime) else value
        return str(format_date(shown, "EEE", locale=self.locale)).rstrip(".")

    def when(self, event: Any) -> str:
        """Date and time of an event-like object: "15 декабря, вт, 15:00–16:30"."""
        start: datetime = event.start
        if event.all_day:
            last = event.end.date() if isinstance(event.end, datetime) else start.date()
            if event.end is not None and last > start.date():
                last = date.fromordinal(last.toordinal() - 1)
            if last > start.date():
                return f"{self.day(start)} — {self.day(last)}"
            return self.day(start)
        if getattr(event, "end_given", True) and event.end is not None:
            if event.end.date() == start.date():
                return f"{self.day(start)}, {clock(start)}–{clock(event.end)}"
            return f"{self.day(start)}, {clock(start)} — {self.day(event.end)}, {clock(event.end)}"
        return f"{self.day(start)}, {clock(start)}"


def clock(value: datetime) -> str:
    return value.strftime("%H:%M")


def grade_runs(grades: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive grades as (first, last) runs: [9, 10, 11, 5] -> [(5, 5), (9, 11)]."""
    runs: list[list[int]] = []
    for grade in sorted(grades):
        if runs and grade == runs[-1][-1] + 1:
            runs[-1].append(grade)
        else:
            runs.append([grade])
    return [(r[0], r[-1]) for r in runs]


def plural(count: int, forms: str) -> str:
    """Russian plural: plural(5, "событие,события,событий") -> "5 событий"."""
    one, few, many = forms.split(",")
    tail = count % 100
    if 11 <= tail <= 14:
        word = many
    elif count % 10 == 1:
        word = one
    elif 2 <= count % 10 <= 4:
        word = few
    else:
        word = many
    return f"{count} {word}"


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out)


def template_ids(root: Path = LOCALES_DIR, locale: str = DEFAULT_LOCALE) -> Iterable[str]:
    folder = root / locale
    return sorted(str(p.relative_to(folder).with_suffix("")) for p in folder.rglob("*.j2"))
