"""chat77's readers and pieces, without the console (tests/data/chat77.md): a hedged
withdrawal, the school day missed, a place before the length and a month, «Ещё» out of a new
event's words, «кружка» as the club, people after «это мероприятие», calendar months, the
new templates, and the store dropping a partner nothing uses. Sentences mine; «now» is
Monday 7 December 2026."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.features.run_end_changes import months_later
from bot.core.language.cancel_phrases import reference_lemmas
from bot.core.language.organiser_change import saved_organiser
from bot.core.language.run_end_phrases import run_end_said
from bot.core.language.series_add_phrases import without_adding_words
from bot.core.language.unsign_phrases import hedged, parse_unsign, skips_school
from bot.core.models import OrgKind, Role
from bot.render import Renderer
from bot.storage import open_store
from tests.unit.test_render import EVENT

NOW = datetime(2026, 12, 7, 10, 0)  # noqa: DTZ001 - the school's naive wall clock
TZ = ZoneInfo("Europe/Kaliningrad")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("наверное не приду", ()),
        ("наверно не пойду", ()),
        ("скорее всего не приду на экскурсию", "экскурсию"),
        ("может не пойду на экскурсию", "экскурсию"),
        ("может быть, не смогу прийти", ()),
        ("возможно, не пойду на лекцию", "лекцию"),
        ("не знаю, наверно не смогу", ()),
        ("я не уверена, но не приду на олимпиаду", "олимпиаду"),
        ("кажется, не получится прийти", ()),
    ],
)
def test_a_doubt_is_still_a_withdrawal_but_hedged(text: str, target: object) -> None:
    assert parse_unsign(text) == target
    assert hedged(text)


@pytest.mark.parametrize(
    "text",
    [
        "я не пойду",
        "не пойду на экскурсию",
        "отпишите меня",
        "если что, не пойду",
        "передумал идти",
    ],
)
def test_a_plain_withdrawal_is_not_hedged(text: str) -> None:
    assert parse_unsign(text) is not None
    assert not hedged(text)


@pytest.mark.parametrize(
    "text",
    [
        "не пойду в школу завтра",
        "не пойду в школу завтра, заболел",
        "не приду завтра в школу",
        "завтра не пойду в школу",
        "наверное не приду в понедельник на уроки",
        "не пойду на физру",
    ],
)
def test_the_school_day_missed(text: str) -> None:
    assert parse_unsign(text) is None
    assert skips_school(text)


@pytest.mark.parametrize(
    "text",
    [
        "не пойду на урок мужества",
        "не пойду в школу?",
        "если не пойду в школу, что будет",
        "в школу завтра",
        "не пойду на экскурсию",
    ],
)
def test_no_school_day_missed(text: str) -> None:
    assert not skips_school(text)


@pytest.mark.parametrize(
    ("text", "reference", "by", "months"),
    [
        ("продли выставку на третьем этаже на неделю", "выставку на третьем этаже", 7, 0),
        ("продли выставку в музее на 3 дня", "выставку в музее", 3, 0),
        ("продли кружок на месяц", "кружок", None, 1),
        ("продлите выставку на два месяца", "выставку", None, 2),
        ("продли на 2 месяца", "", None, 2),
        ("сократи кружок на месяц", "кружок", None, -1),
        ("продли лекцию ещё на час", "лекцию", 0, 0),
    ],
)
def test_a_place_before_the_length_and_months(
    text: str, reference: str, by: int | None, months: int
) -> None:
    said = run_end_said(text, NOW)
    assert said is not None
    assert (said.reference, said.months) == (reference, months)
    if by is None:
        assert said.by is None
    elif by:
        assert said.by == timedelta(days=by)
    else:
        assert said.by == timedelta(hours=1)


@pytest.mark.parametrize(
    "text",
    ["продли лекцию на третьем этаже", "продли выставку на 10 января", "продли на 13 месяцев"],
)
def test_no_length(text: str) -> None:
    assert run_end_said(text, NOW) is None


@pytest.mark.parametrize(
    ("day", "months", "moved"),
    [
        (date(2026, 12, 20), 1, date(2027, 1, 20)),
        (date(2027, 1, 31), 1, date(2027, 2, 28)),
        (date(2026, 12, 29), -1, date(2026, 11, 29)),
        (date(2026, 12, 29), 2, date(2027, 2, 28)),
    ],
)
def test_calendar_months(day: date, months: int, moved: date) -> None:
    assert months_later(day, months) == moved


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("Ещё урок мужества 18 декабря в 12:00", "урок мужества 18 декабря в 12:00"),
        ("ещё один урок мужества 18 декабря", "урок мужества 18 декабря"),
        ("Добавь ещё одно занятие 20 декабря", "занятие 20 декабря"),
        ("Урок мужества 18 декабря", "Урок мужества 18 декабря"),
    ],
)
def test_the_adding_words_left_out(text: str, bare: str) -> None:
    assert without_adding_words(text) == bare


@pytest.mark.parametrize("form", ["кружка", "кружку", "кружке", "кружком", "кружок"])
def test_a_clubs_forms_are_the_club(form: str) -> None:
    assert "кружок" in reference_lemmas(form)
    assert reference_lemmas(f"{form} робототехники") == reference_lemmas("Кружок робототехники")


@pytest.mark.parametrize(
    "text",
    ["это мероприятие родителей", "это мероприятие учеников", "это мероприятие выпускников"],
)
def test_people_are_no_organiser(text: str) -> None:
    assert saved_organiser(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("это мероприятие КГТУ", "КГТУ"),
        ("это мероприятие калининградского зоопарка", "калининградского зоопарка"),
    ],
)
def test_an_organisation_after_the_event_still_is(text: str, name: str) -> None:
    said = saved_organiser(text)
    assert said is not None
    assert said.name == name


def test_the_notes_render() -> None:
    renderer = Renderer()
    evening = renderer.render(
        "run_end_read_as", {"event": EVENT, "how": "evening", "number": 9, "until": time(21)}
    )
    assert (
        "«До 9» я понял как 21:00: «Лекция» начинается в 15:00, в 9:00 утра мероприятие" in evening
    )
    shorter = renderer.render(
        "run_end_read_as",
        {"event": EVENT, "how": "assumed", "until": time(17), "by": timedelta(minutes=-15)},
    )
    assert "до 17:00, и сокращаю от этого времени" in shorter
    assert "нет" not in renderer.render("school_day_absence", {"signed": False}).split(".")[-1]
    assert "«что на следующей неделе?»" in renderer.render("school_day_absence", {"signed": False})
    hedge = renderer.render("unsign_sure", {"event": EVENT, "hedged": True})
    assert hedge.startswith("Запись пока остаётся — вы написали, что не уверены.")
    assert not renderer.render("unsign_sure", {"event": EVENT}).startswith("Запись пока")


async def test_a_partner_nothing_uses_is_dropped(tmp_path: Path) -> None:
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        school = await store.create_organisation("Школа", OrgKind.SCHOOL)
        empty = await store.create_organisation("Клуб «Звезда»", OrgKind.PARTNER)
        used = await store.create_organisation("КГТУ", OrgKind.PARTNER)
        await store.save_person(501, Role.PARTNER, "Иван", organisation_id=used.id)
        assert not await store.drop_unused_partner(school.id)
        assert not await store.drop_unused_partner(used.id)
        assert await store.drop_unused_partner(empty.id)
        assert not await store.drop_unused_partner(empty.id)
        names = {o.name for o in await store.list_organisations()}
        assert names == {"Школа", "КГТУ"}
    finally:
        await store.close()
