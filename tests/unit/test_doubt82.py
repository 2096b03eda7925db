"""doubt82's readings, sentences our own in several shapes (the clock: Monday 7 December
2026, 10:00):

- a day written only after a time limit, «не позднее D» / «не позже (чем) D» — «Турнир по
  шахматам проводится в школе не позднее 19 декабря» — is a day by which the event is held,
  not its day: today, the span today–D asked (`span_cut`), as after «до» (doubt64) and «по»
  (doubt79); silent at main (the limit saved as the event's day);
- a registration deadline followed only by the final's day («Регистрация до 10 марта. Финал
  20 марта») starts on the final's day, the deadline kept as the deadline (right at main; a
  guard).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.core.language.run_end_phrases import run_end_said
from bot.core.language.running_until import written_only_as_bound
from tests.unit.test_doubt78 import MONDAY
from tests.unit.test_doubt78 import _draft as _draft  # a post's draft read on MONDAY


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("Турнир по шахматам проводится в школе не позднее 19 декабря.", date(2026, 12, 19)),
        ("Турнир по шахматам проводится в школе не позднее 19.12.2026.", date(2026, 12, 19)),
        (
            "Классные часы «Безопасный Новый год» провести не позже 25 декабря.",
            date(2026, 12, 25),
        ),
        (
            "Открытый урок по физике проводится в срок не позднее 23 декабря 2026 года.",
            date(2026, 12, 23),
        ),
        ("Экскурсию в музей необходимо провести не позднее 22 декабря.", date(2026, 12, 22)),
        ("Родительское собрание провести не позднее 28 декабря.", date(2026, 12, 28)),
        (
            "Соревнования по волейболу провести не позднее 20 декабря, протоколы сдать до 22 "
            "декабря.",
            date(2026, 12, 20),
        ),
        (
            "Турнир по шахматам проводится в школе не позднее чем 19 декабря.",
            date(2026, 12, 19),
        ),
    ],
)
def test_a_day_written_only_after_a_time_limit_is_no_start(text: str, last: date) -> None:
    """All silent at main 88157d47 (the limit saved as the event's one day)."""
    draft = _draft(text)
    assert draft.start is not None
    assert draft.start.date() == MONDAY.date(), draft.start
    assert "span_cut" in draft.doubts, draft.doubts
    assert draft.span == (MONDAY.date(), last), draft.span


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the event's day written as such; the limit is another thing's (a form, a report)
        (
            "Концерт пройдёт 20 декабря в 15:00. Заявки подать не позднее 15 декабря.",
            "2026-12-20T15:00",
        ),
        (
            "Урок мужества пройдёт 15 декабря. Фотоотчёт прислать не позднее 17 декабря.",
            "2026-12-15T00:00",
        ),
        (
            "Экскурсия для 9-х классов состоится 16 декабря в 11:00. Списки подать не позднее 12 "
            "декабря.",
            "2026-12-16T11:00",
        ),
        (
            "Шахматный турнир пройдёт 19 декабря. Регистрация участников — не позднее 15 декабря.",
            "2026-12-19T00:00",
        ),
        # the earliest day is no limit of the kind: it may well be the day
        ("Турнир по шахматам проводится в школе не ранее 19 декабря.", "2026-12-19T00:00"),
    ],
)
def test_an_events_written_day_beside_a_limit_stays(text: str, day: str) -> None:
    draft = _draft(text)
    assert draft.start == datetime.fromisoformat(day), draft.start
    assert "span_cut" not in draft.doubts, draft.doubts


@pytest.mark.parametrize(
    ("text", "final", "deadline"),
    [
        ("Регистрация до 10 марта. Финал 20 марта.", date(2027, 3, 20), date(2027, 3, 10)),
        (
            "Регистрация команд продлится до 10 декабря. Финал турнира пройдёт 18 декабря.",
            date(2026, 12, 18),
            date(2026, 12, 10),
        ),
        (
            "Заявки на турнир по футболу принимаются до 12 декабря. Финальные игры состоятся 19 "
            "декабря в 11:00.",
            date(2026, 12, 19),
            date(2026, 12, 12),
        ),
        (
            "Приём заявок на конкурс чтецов — до 14 декабря. Финал конкурса пройдёт 21 декабря в "
            "актовом зале.",
            date(2026, 12, 21),
            date(2026, 12, 14),
        ),
        (
            "Зарегистрироваться на олимпиаду можно до 11 декабря. Заключительный этап — 17 "
            "декабря.",
            date(2026, 12, 17),
            date(2026, 12, 11),
        ),
        (
            "Регистрация участников открыта до 15 декабря, финал фестиваля — 23 декабря.",
            date(2026, 12, 23),
            date(2026, 12, 15),
        ),
    ],
)
def test_a_registration_deadline_then_the_finals_day(
    text: str, final: date, deadline: date
) -> None:
    """The start is the event's (the final's) day, never the registration's last one, which
    is kept as the deadline."""
    draft = _draft(text)
    assert draft.start is not None
    assert draft.start.date() == final, draft.start
    assert draft.deadline == deadline, draft.deadline
    assert "span_cut" not in draft.doubts, draft.doubts


@pytest.mark.parametrize(
    ("text", "day", "bound"),
    [
        ("провести не позднее 19 декабря", date(2026, 12, 19), True),
        ("провести не позже 19.12.2026", date(2026, 12, 19), True),
        ("провести не позднее чем 19 декабря", date(2026, 12, 19), True),
        ("провести в срок не позднее 19 декабря 2026 года", date(2026, 12, 19), True),
        ("провести не ранее 19 декабря", date(2026, 12, 19), False),
        ("концерт 19 декабря, заявки не позднее 15 декабря", date(2026, 12, 19), False),
        ("позднее 19 декабря поступивших работ не будет", date(2026, 12, 19), False),
    ],
)
def test_a_time_limit_is_a_bound(text: str, day: date, bound: bool) -> None:
    assert written_only_as_bound(text, day, MONDAY) is bound


@pytest.mark.parametrize(
    "text",
    [
        "Регистрация команд продлится до 10 декабря. Финал турнира по волейболу пройдёт 18 "
        "декабря.",
        "Приём заявок продлится до 10 декабря. Концерт 18 декабря.",
        "Запись на экскурсию продлится до 9 декабря! Экскурсия состоится 14 декабря в 11:00.",
    ],
)
def test_a_deadline_then_the_events_day_is_no_run_end_request(text: str) -> None:
    """At main 88157d47 the first line was read as «продли регистрацию команд до …» (chat74's
    request) and the bot answered that there was nothing to extend."""
    assert run_end_said(text, MONDAY) is None


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("выставка продлится до 10 января", date(2027, 1, 10)),
        ("продли выставку до 10 янв. 2027", date(2027, 1, 10)),
        ("выставка продлится до 10 января. Спасибо!", date(2027, 1, 10)),
    ],
)
def test_a_run_end_request_is_still_read(text: str, last: date) -> None:
    said = run_end_said(text, MONDAY)
    assert said is not None
    assert said.last == last, said


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "В понедельник, 14 декабря, в школе стартует первенство по шахматам. «Турнир будет "
            "проходить до 18 декабря, - рассказал учитель физкультуры. - Победители поедут на "
            "городской этап». Начало игр в 10:00.",
            "2026-12-14T10:00",
            date(2026, 12, 18),
        ),
        (
            "15 декабря в музее откроется выставка рисунков. «Выставка будет работать до 25 "
            "декабря, — сообщила директор музея. — Вход для школьников свободный».",
            "2026-12-15T00:00",
            date(2026, 12, 25),
        ),
        (
            "Во вторник, 15 декабря, начнётся неделя математики. «Она продлится до 19 декабря, — "
            "пояснила завуч. — В последний день подведём итоги».",
            "2026-12-15T00:00",
            date(2026, 12, 19),
        ),
        (
            "Соревнования по волейболу стартуют 14 декабря в 15:00. «Игры будут проходить до 17 "
            "декабря, — отметил тренер. — Болельщиков ждём в спортзале».",
            "2026-12-14T15:00",
            date(2026, 12, 17),
        ),
        (
            "Фестиваль детского творчества откроется 16 декабря. «Фестиваль продлится до 20 "
            "декабря! — подчеркнула организатор. — Приходите всей семьёй».",
            "2026-12-16T00:00",
            date(2026, 12, 20),
        ),
        (
            "Акция «Покорми птиц» начнётся 8 декабря. «Акция продлится до 25 декабря, — сказал "
            "директор школы. — Кормушки можно приносить в кабинет 12».",
            "2026-12-08T00:00",
            date(2026, 12, 25),
        ),
    ],
)
def test_a_runs_last_day_in_speech_split_by_its_speaker(text: str, first: str, last: date) -> None:
    """A quotation naming its speaker inside («…, — рассказал он. — …») is direct speech up
    to the speaker: its «продлится до D» is the event's last day. All six ended nowhere at
    main 88157d47 (the quotation protected as a name)."""
    draft = _draft(text)
    assert draft.start == datetime.fromisoformat(first), draft.start
    assert draft.end is not None
    # an all-day run ends on its last day; a timed one at the midnight after it
    assert draft.end.date() == (last if draft.all_day else last + timedelta(days=1)), draft.end
    assert not draft.doubts, draft.doubts


def test_a_quoted_name_stays_protected() -> None:
    """A name in quotes keeps its words (no speaker inside): the date is the event's."""
    draft = _draft("Фестиваль «Зимние узоры» пройдёт 20 декабря в 12:00 в актовом зале.")
    assert draft.start == datetime.fromisoformat("2026-12-20T12:00"), draft.start
    assert draft.title is not None
    assert "Зимние узоры" in draft.title, draft.title
