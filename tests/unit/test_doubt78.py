"""doubt78's readings, sentences our own in several shapes (the clock: Monday 7 December
2026, 10:00, or Saturday 5 December 18:00):

- a weekday a move points to is the day set, ahead, whatever the verb's tense: «Концерт
  перенесли на вторник» is tomorrow, not last Tuesday (relative_days._told_gone); said on a
  Monday, «… перенесли на понедельник» is a week ahead (parse79's reading, kept at the
  merge; doubt78 had asked between today and a week ahead); a participle naming the thing
  («Концерт, назначенный на субботу, прошёл …») still tells the Saturday gone;
- a paste headed by a date alone, «05.12.2026», over «Завтра состоится концерт …»: the day
  after the head's date is offered beside it (head_day_words);
- «НА БОЛЬШОЙ ПЕРЕМЕНЕ» in capitals is told apart from a written break and the contest
  (times.break_in_capitals; the question itself: tests/integration/test_doubt78_chat.py).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.head_day_words import head_named_day
from bot.core.language.intents import parse_message
from bot.core.language.times import break_in_capitals
from bot.core.models import EventDraft, EventIntent

MONDAY = datetime.fromisoformat("2026-12-07T10:00")
SATURDAY = datetime.fromisoformat("2026-12-05T18:00")


def _draft(text: str, now: datetime = MONDAY) -> EventDraft:
    intent = parse_message(text, now)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


@pytest.mark.parametrize(
    "text",
    [
        "Концерт 12 декабря перенесли на понедельник",
        "Внимание! Ярмарку 9 декабря перенесли на понедельник.",
        "Ярмарку перенесли на понедельник.",
        "Собрание отложили на понедельник.",
        "Концерт хора 12 декабря перенесли на понедельник, начало в 15:00",
        "Внимание! Школьную ярмарку 9 декабря перенесли на понедельник из-за карантина. "
        "Приглашаем учеников 5–9 классов и родителей в актовый зал школы.",  # a long post
    ],
)
def test_a_move_to_todays_weekday_is_a_week_ahead(text: str) -> None:
    """Merged with parse79 (relative_days._moved_to): an event is never moved to the day
    the move is announced on by naming its weekday («на сегодня» says that), so on a Monday
    «… перенесли на понедельник» is the next Monday, not asked (doubt78 asked between today
    and a week ahead; the lead kept parse79's reading, for every verb of moving)."""
    draft = _draft(text)
    assert draft.start is not None
    assert draft.start.date() == date(2026, 12, 14), draft.start
    assert "several_dates" not in draft.doubts, draft.doubts


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Концерт перенесли на вторник", date(2026, 12, 8)),
        ("Концерт перенесён на вторник.", date(2026, 12, 8)),
        ("Экскурсию отложили на четверг.", date(2026, 12, 10)),
        ("Внимание! Субботник перенесли на субботу из-за дождя.", date(2026, 12, 12)),
        (
            "Уважаемые родители! Концерт хора перенесли на среду. Ждём всех ребят 5 классов и "
            "их родителей в актовом зале школы, начало в 15:00.",
            date(2026, 12, 9),
        ),
    ],
)
def test_a_move_to_another_weekday_is_ahead(text: str, day: date) -> None:
    draft = _draft(text)
    assert draft.start is not None
    assert draft.start.date() == day, draft.start
    assert "past" not in draft.doubts, draft.doubts


@pytest.mark.parametrize(
    "text",
    [
        "В субботу прошла ярмарка.",
        "Концерт, назначенный на субботу, прошёл успешно.",
        "Концерт, перенесённый на субботу, прошёл успешно.",
    ],
)
def test_a_weekday_told_gone_stays_gone(text: str) -> None:
    draft = _draft(text)
    assert draft.start is not None
    assert draft.start.date() == date(2026, 12, 5), draft.start


@pytest.mark.parametrize(
    ("text", "head", "named"),
    [
        ("05.12.2026\nЗавтра состоится концерт хора", date(2026, 12, 5), date(2026, 12, 6)),
        ("5 декабря 2026 г.\nЗавтра в 15:00 концерт", date(2026, 12, 5), date(2026, 12, 6)),
        ("05.12.2026\nПослезавтра пройдёт ярмарка", date(2026, 12, 5), date(2026, 12, 7)),
        ("04.12.2026\nЗавтра в школе субботник.", date(2026, 12, 4), date(2026, 12, 5)),
    ],
)
def test_a_heads_date_and_the_bodys_tomorrow(text: str, head: date, named: date) -> None:
    assert head_named_day(text, SATURDAY) == (head, named)


@pytest.mark.parametrize(
    "text",
    [
        "06.12.2026\nЗавтра концерт хора",  # dated ahead: the event's own day heading it
        "05.12.2026\nКонцерт 8 декабря. Завтра репетиция",  # another date written
        "Концерт 05.12.2026\nЗавтра репетиция",  # the head line is no date alone
        "05.12.2026\nСегодня концерт хора",  # the same day: nothing to offer
        "05.12.2026 10:15\nЗавтра концерт хора",  # a stamp with its clock: read as the stamp
        "01.12.2026\nЗавтра концерт хора",  # the day named is past
    ],
)
def test_no_head_day_offered(text: str) -> None:
    assert head_named_day(text, SATURDAY) is None


@pytest.mark.parametrize(
    "text",
    [
        "05.12.2026\nЗавтра состоится концерт хора в актовом зале",
        "5 декабря 2026\nЗавтра в 15:00 состоится концерт хора в актовом зале",
    ],
)
def test_the_heads_tomorrow_is_asked(text: str) -> None:
    draft = _draft(text, SATURDAY)
    assert "several_dates" in draft.doubts, draft.doubts
    assert [c.date() for c in draft.choices] == [date(2026, 12, 5), date(2026, 12, 6)]


@pytest.mark.parametrize(
    ("text", "capitals"),
    [
        ("ФЛЕШМОБ НА БОЛЬШОЙ ПЕРЕМЕНЕ 9 ДЕКАБРЯ", True),
        ("Флешмоб 9 декабря НА БОЛЬШОЙ ПЕРЕМЕНЕ, 5–9 классы", True),
        ("ФЛЕШМОБ НА БОЛЬШОЙ ПЕРЕМЕНЕ НЕ СОСТОИТСЯ", True),
        ("БОЛЬШОЙ ПЕРЕМЕНЕ", False),  # no «на» / «в»: no time phrase
        ("ВСЕ В ЗАЛ В БОЛЬШУЮ ПЕРЕМЕНУ!", True),
        ("Флешмоб 9 декабря на большой перемене", False),  # the break, plainly written
        ("Наши ребята выступят на Большой перемене", False),  # the contest, its capital
        ("НА БОЛЬШОЙ ПЕРЕМЕНЕ", True),
    ],
)
def test_a_break_in_capitals(text: str, capitals: bool) -> None:
    assert break_in_capitals(text) is capitals


OLYMPIAD = (
    "15 декабря в школе №7 пройдёт муниципальный этап олимпиады по математике для 7–11 "
    "классов. Участникам нужно взять с собой паспорт и ручку.\n"
    "Порядок проведения:\n"
    "{rows}\n"
    "Результаты будут опубликованы на сайте школы."
)
TOURNAMENT = (
    "Приглашаем команды на городской шахматный турнир «Белая ладья»! Турнир пройдёт 19 "
    "декабря в Доме детского творчества.\nРасписание:\n{rows}\nВход свободный."
)


@pytest.mark.parametrize(
    ("post", "rows"),
    [
        (
            OLYMPIAD,
            "08.30 - 09.15 Регистрация участников\n09.15 - 09.30 Открытие олимпиады\n"
            "09.30 - Начало олимпиады",
        ),
        (OLYMPIAD, "07.45 - 08.30 Регистрация\n08.30 - 08.50 Инструктаж\n09.00 - Начало олимпиады"),
        (
            TOURNAMENT,
            "10:00–10:30 — сбор участников\n10:30 — торжественное открытие\n11:00 — начало турнира",
        ),
        (
            TOURNAMENT,
            "10.00-10.40 - регистрация команд;\n10.40-11.00 - открытие;\n"
            "11.00 - начало первого тура;\n15.00 - награждение.",
        ),
        (TOURNAMENT, "- 09.30 - 10.00 регистрация\n- 10.00 - начало турнира\n- 14.00 - итоги"),
    ],
)
def test_a_programmes_beginning_at_another_clock_is_asked(post: str, rows: str) -> None:
    # each read silently at main 79f6663d (the start a slot's: 09:15, 07:45, 10:30, 10:40, 09:30)
    draft = _draft(post.format(rows=rows))
    assert draft.start is not None
    assert "several_times" in draft.doubts, (draft.start, draft.doubts)


@pytest.mark.parametrize(
    "rows",
    [
        # the start read is the beginning's own clock
        "Начало олимпиады в 10:00.\n09.00 - 09.50 Регистрация\n10.00 - Начало олимпиады",
        # two beginnings (two rounds): which is the event's is not told by them
        "10.00 - Начало первого тура\n14.00 - Начало второго тура",
    ],
)
def test_no_programme_beginning_asked(rows: str) -> None:
    text = OLYMPIAD.format(rows=rows)
    draft = _draft(text)
    assert "several_times" not in draft.doubts, (draft.start, draft.doubts)
