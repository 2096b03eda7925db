"""Every text the bot sends: jinja2 templates under locales/<lang>/, one file per message id.

Templates get data (datetimes, audiences, counts), never pre-formatted strings; the filters
here decide the wording of dates and audiences with babel's Russian calendar data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateNotFound

from bot.core.language.person_cases import name_in_case
from bot.core.language.quote_marks import straight_as_guillemets
from bot.core.models import Audience
from bot.core.replies import Button
from bot.core.run_ends import run_last_day
from bot.core.titles import names_venue

LOCALES_DIR = Path(__file__).resolve().parents[1] / "locales"
DEFAULT_LOCALE = "ru"

_ENVIRONMENTS: dict[tuple[str, Path], Environment] = {}


class Renderer:
    """Renders message ids and button labels for one locale, falling back to Russian."""

    def __init__(self, locale: str = DEFAULT_LOCALE, root: Path = LOCALES_DIR) -> None:
        self.locale = locale
        self.env = _ENVIRONMENTS.get((locale, root)) or self._new_environment(root)

    def _new_environment(self, root: Path) -> Environment:
        """The jinja2 environment of (self.locale, root), built once per process.

        Compiling a template costs tens of milliseconds; every Renderer of one locale and folder
        shares one environment, so each template is compiled once, not once per Renderer. The
        filters are bound to this first Renderer: they read only its locale, which the key
        holds, and render through the shared environment.
        """
        locale = self.locale
        folders = [root / locale] + ([root / DEFAULT_LOCALE] if locale != DEFAULT_LOCALE else [])
        env = Environment(
            loader=FileSystemLoader([str(f) for f in folders]),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            autoescape=False,
            finalize=_typographic,
            cache_size=-1,  # every template stays compiled: there are a few hundred
        )
        env.filters.update(
            date_ru=self.date_ru,
            weekday_ru=self.weekday_ru,
            time=clock,
            when=self.when,
            period=self.period,
            month_ru=self.month_ru,
            score=self.score,
            audience=self.audience,
            plural=plural,
            quote=quote,
            venue_shown=venue_shown,
            name_case=name_case,
        )
        return _ENVIRONMENTS.setdefault((locale, root), env)

    def render(self, template: str, context: Mapping[str, Any] | None = None) -> str:
        """The text of message `template` (a file `<template>.j2`) with `context`."""
        text = self.env.get_template(f"{template}.j2").render(**(context or {}))
        return _tidy(text)

    def button_label(self, button: Button) -> str:
        """The text of `button` (its template buttons/<label>, rendered with its context)."""
        return self.render(f"buttons/{button.label}", button.context)

    def has(self, template: str) -> bool:
        """Whether template `template` (an id, without .j2) exists."""
        try:
            self.env.get_template(f"{template}.j2")
        except TemplateNotFound:
            return False
        return True

    def audience(self, audience: Audience, genitive: bool = False) -> str:
        """ "9–11 классы", "10А, 10Б", "все классы", "педагоги", "родители 10А" (genitive:
        "9–11 классов", "педагогов", "родителей 10А", for "для …");
        wording from parts/audience.j2."""
        return self.render(
            "parts/audience",
            {
                "genitive": genitive,
                "everyone": audience.is_everyone,
                "runs": grade_runs(audience.grades),
                "grade_count": len(audience.grades),
                "classes": sorted(audience.classes, key=lambda c: (len(c), c)),
                "staff": audience.staff,
                "parents": audience.parents,
            },
        )

    def date_ru(self, value: date | datetime, weekday: bool = True, year: bool = False) -> str:
        """ "15 декабря (вт)"; with weekday=False just "15 декабря"; with year=True
        "15 декабря 2027 года (ср)"."""
        shown = value.date() if isinstance(value, datetime) else value
        text = str(format_date(shown, "d MMMM", locale=self.locale))
        if year:
            text = f"{text} {shown.year} года"
        return f"{text} ({self.weekday_ru(shown)})" if weekday else text

    def weekday_ru(self, value: date | datetime, full: bool = False) -> str:
        """ "вт": babel's abbreviated weekday without the trailing dot ("вторник" when `full`)."""
        shown = value.date() if isinstance(value, datetime) else value
        return str(format_date(shown, "EEEE" if full else "EEE", locale=self.locale)).rstrip(".")

    def score(self, value: float | None) -> str:
        """ "4,6": an average with one decimal in the locale's style; "—" when unknown."""
        if value is None:
            return "—"
        return str(format_decimal(value, "0.0", locale=self.locale))

    def month_ru(self, value: date | datetime) -> str:
        """ "ноябрь 2026": a month in the nominative, with its year."""
        return str(format_date(value, "LLLL y", locale=self.locale))

    def period(self, start: date, end: date | None) -> str:
        """A range of days: "15 декабря (вт)", "7–13 декабря", "30 ноября — 6 декабря",
        "декабрь" for a whole month, or an open range "с 15 декабря"; see parts/period.j2."""
        same_month = end is not None and (start.year, start.month) == (end.year, end.month)
        whole_month = (
            end is not None and same_month and start.day == 1 and (end + timedelta(1)).day == 1
        )
        return self.render(
            "parts/period",
            {
                "single": end is not None and end == start,
                "open": end is None,
                "same_month": same_month and end != start,
                "month": format_date(start, "LLLL", locale=self.locale) if whole_month else None,
                "start": start,
                "end": end,
            },
        )

    def when(self, event: Any, year: bool = False) -> str:
        """Date and time of an event-like object or mapping: "15 декабря (вт), 15:00–16:30";
        with year=True the year follows the day: "2 сентября 2027 года (чт), 15:00"."""
        start: datetime = _field(event, "start")
        end: datetime | None = _field(event, "end")
        if _field(event, "all_day", False):
            days = self._days(start, end)
            return f"{days} {start.year} года" if year else days
        day = self.date_ru(start, year=year)
        if _field(event, "end_given", True) and end is not None:
            if (last := run_last_day(start, end)) is not None:  # «5 декабря, 10:00 — 7 декабря»
                return f"{day}, {clock(start)} — {self.date_ru(last, year=year)}"
            if end.date() == start.date():
                return f"{day}, {clock(start)}–{clock(end)}"
            return f"{day}, {clock(start)} — {self.date_ru(end, year=year)}, {clock(end)}"
        return f"{day}, {clock(start)}"

    def _days(self, start: datetime, end: datetime | None) -> str:
        """An all-day event: `end` is the midnight after its last day."""
        last = (end - timedelta(days=1)).date() if end is not None else start.date()
        if last > start.date():
            return self.period(start.date(), last)
        return self.date_ru(start)


def _field(item: Any, name: str, default: Any = None) -> Any:
    if isinstance(item, Mapping):
        return item.get(name, default)
    return getattr(item, name, default)


def venue_shown(event: Any) -> bool:
    """Whether a line naming an event-like object or mapping should add its venue: it has
    one and its title does not already name it (bot.core.titles.names_venue), so
    «Экскурсия в музей янтаря» is not followed by «, музей янтаря» (walk r, #21)."""
    venue = _field(event, "venue")
    return bool(venue) and not names_venue(str(_field(event, "title", "")), venue)


def clock(value: datetime) -> str:
    """ "15:00" (values are already in the school's time zone)."""
    return value.strftime("%H:%M")


def name_case(name: str, case: str) -> str:
    """A person's name in a case for the sentence around it: «педагогом {{ by_staff|
    name_case("ablt") }}» gives «педагогом Анной Петровной» (bot.core.language.person_cases:
    pymorphy3's names; a name it does not know stays in the nominative). `case` is a
    pymorphy3 case grammeme: gent, datv, accs, ablt, loct."""
    return name_in_case(str(name), case)


def quote(text: str) -> str:
    """Russian quotes around `text`; quotes inside, «…» or straight "…", alternate by depth
    as Russian typography nests them: «Лекция „Космос“», and a name quoted inside the inner
    name in «…» again — «Музейный урок „Легенда о «Янтарной комнате»“» (newcomer76: it was
    „Легенда о „Янтарной комнате““). A closing mark with nothing open becomes “."""
    marks: list[str] = []
    depth = 0
    for char in straight_as_guillemets(text):
        if char == "«":
            depth += 1
            marks.append("„" if depth % 2 else "«")
        elif char == "»":
            marks.append("“" if depth % 2 or not depth else "»")
            depth = max(depth - 1, 0)
        else:
            marks.append(char)
    return f"«{''.join(marks)}»"


def _typographic(value: Any) -> Any:
    """Every value a template prints: a string's straight "…" pairs as «…» — a title typed
    or read from a file with a keyboard's quotes is shown as Russian typography writes it,
    in cards, lists and plan rows alike (newcomer walk 2026-12-04ag, AG5); the stored text
    is unchanged. Anything else as given."""
    return straight_as_guillemets(value) if isinstance(value, str) else value


def grade_runs(grades: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive grades as (first, last) runs: [9, 10, 11, 5] -> [(5, 5), (9, 11)]."""
    runs: list[list[int]] = []
    for grade in sorted(grades):
        if runs and grade == runs[-1][-1] + 1:
            runs[-1].append(grade)
        else:
            runs.append([grade])
    return [(r[0], r[-1]) for r in runs]


def plural(count: int, forms: str, with_count: bool = True) -> str:
    """Russian plural: plural(5, "событие,события,событий") -> "5 событий"; with
    `with_count` False the word alone, for a verb agreeing with the number:
    plural(1, "записался,записались,записались", False) -> "записался"."""
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
    return f"{count} {word}" if with_count else word


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out)


def template_ids(root: Path = LOCALES_DIR, locale: str = DEFAULT_LOCALE) -> Iterable[str]:
    """Every template id of `locale` under `root` (its .j2 files' paths without the
    suffix), sorted."""
    folder = root / locale
    return sorted(str(p.relative_to(folder).with_suffix("")) for p in folder.rglob("*.j2"))
