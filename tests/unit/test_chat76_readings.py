"""chat76's readers, pure (tests/data/chat76.md): a bare «до 17» kept as a number, an end
moved by a length, a series' new meeting, and a student's withdrawal in everyday words (with
the sentences that are no withdrawal). Sentences mine; «now» is Monday 7 December 2026."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.core.features.run_end_changes import day_numbered, fitting_clock
from bot.core.language.run_end_phrases import run_end_said
from bot.core.language.series_add_phrases import series_addition
from bot.core.language.unsign_phrases import parse_unsign
from bot.core.models import Audience, Event

NOW = datetime(2026, 12, 7, 10, 0)  # noqa: DTZ001 - the school's naive wall clock
TZ = ZoneInfo("Europe/Kaliningrad")


@pytest.mark.parametrize(
    ("text", "reference", "number"),
    [
        ("продли лекцию до 17", "лекцию", 17),
        ("продли лекцию до 5", "лекцию", 5),
        ("продлите, пожалуйста, лекцию до 18", "лекцию", 18),
        ("продли до 17", "", 17),
        ("выставка продлится до 25", "выставка", 25),
        ("продли выставку до 25-го", "выставку", 25),
        ("кружок будет идти до 22", "кружок", 22),
    ],
)
def test_a_bare_number_is_kept_for_the_event_to_decide(
    text: str, reference: str, number: int
) -> None:
    said = run_end_said(text, NOW)
    assert said is not None
    assert (said.reference, said.number, said.last, said.until) == (reference, number, None, None)


@pytest.mark.parametrize(
    ("text", "reference", "minutes"),
    [
        ("продли лекцию на час", "лекцию", 60),
        ("продлите на полчаса", "", 30),
        ("продли её ещё на 20 минут", "", 20),
        ("продлите, пожалуйста, на полтора часа", "", 90),
        ("пусть закончится на 30 минут позже", "", 30),
        ("пусть лекция закончится на полчаса раньше", "лекция", -30),
        ("сократи на 15 минут", "", -15),
        ("сократите семинар на полчаса", "семинар", -30),
        ("укороти лекцию на 10 минут", "лекцию", -10),
        ("перенеси окончание лекции на час позже", "лекции", 60),
        ("лекция продлится на час дольше", "лекция", 60),
        ("продли выставку на неделю", "выставку", 7 * 24 * 60),
        ("продли выставку на 3 дня", "выставку", 3 * 24 * 60),
    ],
)
def test_the_end_moved_by_a_length(text: str, reference: str, minutes: int) -> None:
    said = run_end_said(text, NOW)
    assert said is not None
    assert (said.reference, said.by) == (reference, timedelta(minutes=minutes))


@pytest.mark.parametrize(
    "text",
    [
        "продли выставку на 10 января",  # a day, not a length: no such request
        "продли лекцию на 17:00",
        "лекция продлится час",  # its length, said in a post
        "лекция продлится на час",
        "продли до 40",
        "сократи название",
    ],
)
def test_no_length_no_number(text: str) -> None:
    said = run_end_said(text, NOW)
    assert said is None or (said.by is None and said.number is None)


def _lecture(hour: int, *, series: int | None = None) -> Event:
    start = datetime(2026, 12, 15, hour, 0, tzinfo=TZ).astimezone(UTC)
    return Event(
        id=1,
        title="Лекция",
        organisation_id=1,
        start=start,
        end=start + timedelta(hours=1),
        audience=Audience(),
        series_id=series,
    )


@pytest.mark.parametrize(
    ("start", "said", "clock"),
    [(15, 17, time(17)), (15, 5, time(17)), (9, 11, time(11)), (15, 14, None), (15, 3, None)],
)
def test_a_bare_hour_fits_after_the_start(start: int, said: int, clock: time | None) -> None:
    assert fitting_clock(_lecture(start), said, TZ) == clock


def test_a_bare_day_is_the_next_such_day() -> None:
    assert day_numbered(25, date(2026, 12, 8)) == date(2026, 12, 25)
    assert day_numbered(5, date(2026, 12, 8)) == date(2027, 1, 5)
    assert day_numbered(31, date(2027, 2, 1)) == date(2027, 3, 31)


@pytest.mark.parametrize(
    ("text", "reference", "day", "at"),
    [
        ("добавь ещё занятие 20 декабря", "", date(2026, 12, 20), None),
        ("ещё одна встреча в пятницу в 15:00", "", date(2026, 12, 11), time(15)),
        ("добавь встречу кружка в пятницу в 16:00", "кружка", date(2026, 12, 11), time(16)),
        (
            "добавьте к кружку ещё одно занятие 23 декабря в 16:00",
            "кружку",
            date(2026, 12, 23),
            time(16),
        ),
        ("давай добавим ещё одну репетицию 24 декабря", "", date(2026, 12, 24), None),
        ("ещё занятие в субботу", "", date(2026, 12, 12), None),
        ("еще одно занятие кружка 20.12 в 15:00", "кружка", date(2026, 12, 20), time(15)),
        ("добавь ещё встречу на 20 декабря", "", date(2026, 12, 20), None),
    ],
)
def test_a_series_new_meeting(text: str, reference: str, day: date, at: time | None) -> None:
    said = series_addition(text, NOW)
    assert said is not None
    assert (said.reference, said.day, said.at) == (reference, day, at)


@pytest.mark.parametrize(
    "text",
    [
        "ещё одна встреча с ветераном 20 декабря",  # an event of its own
        "Ещё одна встреча 20 декабря, 9А",  # a post with its classes
        "добавь ещё одно занятие",  # no day
        "добавь в план лекцию 20 декабря",  # no meeting word
        "добавь ещё одно занятие кружка с 15 до 16 20 декабря",
        "встреча 20 декабря в 15:00",  # no word of adding
        "а ещё одно занятие в пятницу будет?",  # a question
        "ещё одна встреча в пятницу?",
    ],
)
def test_no_series_meeting(text: str) -> None:
    assert series_addition(text, NOW) is None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("если что, не пойду", ()),
        ("если что не пойду на экскурсию", "экскурсию"),
        ("если честно, не пойду", ()),
        ("если что, отпишите меня", ()),
        ("если что я не смогу прийти", ()),
        ("наверное не приду", ()),
        ("я, наверное, не пойду", ()),
        ("скорее всего не приду", ()),
        ("видимо, не смогу прийти на экскурсию", "экскурсию"),
        ("походу не пойду", ()),
        ("думаю, не пойду", ()),
        ("короче не иду на концерт", "концерт"),
        ("в общем не пойду", ()),
        ("увы, не получится прийти", ()),
        ("передумал идти", ()),
        ("передумала идти на лекцию", "лекцию"),
        ("отпишите меня", ()),
        ("отпишите меня от экскурсии", "экскурсии"),
        ("вычеркните меня", ()),
        ("уберите меня из списка", ()),
        ("уберите меня из списка на экскурсию", "экскурсию"),
        ("если что, я не пойду на экскурсию, заболел", "экскурсию"),
        ("не пойду на урок мужества", "урок мужества"),
    ],
)
def test_a_withdrawal_in_everyday_words(text: str, target: tuple[int, ...] | str) -> None:
    assert parse_unsign(text) == target


@pytest.mark.parametrize(
    "text",
    [
        "не пойду без друга?",  # a question
        "отпишите меня от экскурсии?",
        "а если я не пойду?",
        "что будет, если не приду на экскурсию?",
        "если не пойду на экскурсию, мне поставят прогул?",
        "если заболею, не пойду",  # a condition
        "не пойду в школу завтра, заболел",  # the school day, no event
        "не приду завтра в школу",
        "если что, не пойду в школу",
        "не пойду на уроки",
        "уберите стулья",
        "если что, напишу",
    ],
)
def test_no_withdrawal(text: str) -> None:
    assert parse_unsign(text) is None
