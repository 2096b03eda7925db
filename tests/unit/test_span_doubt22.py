"""A long post whose event's sentence names a span of days («С 15 по 17 декабря … пройдут
соревнования») while the draft is one day, or a daily series at a clock written in another
sentence (a judges' meeting, an opening), is asked about (`span_cut`, a date doubt: «В
объявлении указаны дни с 15 по 17 декабря, а я записал …») instead of being saved as one
day (twenty-second round, span22; measured on the sets as first seen,
benchmarks/doubt_transfer.py `--first-sight`). A span whose sentence writes the series'
clock («15–17 декабря с 10:00 до 14:00») is a series as written: not asked. Sentences our
own."""

from __future__ import annotations

from datetime import date, datetime, time

from bot.core.drafts import DATE_DOUBTS, missing_field
from bot.core.language.answers import _days_in_a_row
from bot.core.language.doubts import ASKED
from bot.core.language.intents import parse_message
from bot.core.language.post_draft import with_span_doubt
from bot.core.language.post_facts import PostFacts
from bot.core.language.start_doubts import hours_of_day, named_span
from bot.core.models import EventDraft, EventIntent

NOW = datetime.fromisoformat("2026-11-23T10:00")

_JUDGES = (
    "С 15 по 17 декабря в нашем городе в четвёртый раз пройдут командные межшкольные "
    "соревнования по шахматам «Белая ладья». В этом году впервые команды будут награждаться "
    "кубками, а к соревнованиям допускаются школьники 5–9 классов. В составе команды три "
    "мальчика, одна девочка и тренер. Судейская коллегия соберётся 15 декабря "
    "в 13:00 в кабинете 12 школы № 5."  # on «день приезда» the span is whole: test_start83
)
_WRITTEN_CLOCK = (
    "С 15 по 17 декабря с 10:00 до 14:00 в нашем городе пройдут командные межшкольные "
    "соревнования по шахматам «Белая ладья». В этом году впервые команды будут награждаться "
    "кубками, а к соревнованиям допускаются школьники 5–9 классов. В составе команды три "
    "мальчика, одна девочка и тренер."
)
_WHOLE_SPAN = (
    "С 15 по 17 декабря в нашем городе пройдут командные межшкольные соревнования по шахматам "
    "«Белая ладья». В этом году впервые команды будут награждаться кубками, а к соревнованиям "
    "допускаются школьники 5–9 классов. В составе команды три мальчика, одна девочка и тренер."
)


def _draft(text: str) -> EventDraft:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    return intent.draft


def test_a_series_at_a_clock_of_another_sentence_is_asked() -> None:
    draft = _draft(_JUDGES)
    assert draft.start == datetime(2026, 12, 15, 13, 0)  # noqa: DTZ001 - school wall clock
    assert "span_cut" in draft.doubts
    assert draft.span == (date(2026, 12, 15), date(2026, 12, 17))
    assert missing_field(draft, audience_asked=True) == "date"


def test_the_doubt_is_asked_before_saving() -> None:
    assert "span_cut" in ASKED
    assert "span_cut" in DATE_DOUBTS


def test_a_series_whose_clock_is_written_with_its_span_is_not_asked() -> None:
    draft = _draft(_WRITTEN_CLOCK)
    assert draft.recurrence is not None
    assert "span_cut" not in draft.doubts
    assert draft.span is None


def test_a_whole_span_of_days_is_not_asked() -> None:
    draft = _draft(_WHOLE_SPAN)
    assert (draft.start, draft.end) == (
        datetime(2026, 12, 15),  # noqa: DTZ001
        datetime(2026, 12, 17),  # noqa: DTZ001
    )
    assert "span_cut" not in draft.doubts


_TEXT = "соревнования пройдут с 26 по 29 марта в школе № 5. награждение 28 марта в 15:00."


def test_the_span_of_the_events_sentence_is_read() -> None:
    event = (0, _TEXT.index(".") + 1)
    assert named_span(_TEXT, event, NOW) == (date(2027, 3, 26), date(2027, 3, 29))


def test_a_sentence_of_one_day_names_no_span() -> None:
    begin = _TEXT.index("награждение")
    assert named_span(_TEXT, (begin, len(_TEXT)), NOW) is None


def test_a_clock_written_with_the_span_names_none_for_a_series() -> None:
    text = "соревнования пройдут с 26 по 29 марта в 10:00 в школе № 5."
    assert named_span(text, (0, len(text)), NOW, clock=(10, 0)) is None
    assert named_span(text, (0, len(text)), NOW, clock=(13, 0)) is not None


def test_a_one_day_draft_inside_the_span_is_asked() -> None:
    # «…с 26 по 29 марта…» read as the event's sentence, while the draft took one day of it
    facts = PostFacts(event_sentence=(0, _TEXT.index(".") + 1))
    one_day = EventDraft(title="Соревнования", start=datetime(2027, 3, 28, 15, 0))  # noqa: DTZ001
    asked = with_span_doubt(one_day, facts, _TEXT, NOW)
    assert asked.doubts == ("span_cut",)
    assert asked.span == (date(2027, 3, 26), date(2027, 3, 29))


def test_a_draft_of_several_days_or_already_asked_is_left_alone() -> None:
    facts = PostFacts(event_sentence=(0, _TEXT.index(".") + 1))
    start = datetime(2027, 3, 26)  # noqa: DTZ001
    whole = EventDraft(title="С", start=start, end=datetime(2027, 3, 29), all_day=True)  # noqa: DTZ001
    assert with_span_doubt(whole, facts, _TEXT, NOW) == whole
    rivals = EventDraft(title="С", start=start, choices=(start,), doubts=("several_dates",))
    assert with_span_doubt(rivals, facts, _TEXT, NOW) == rivals


def test_answering_the_whole_span_all_day_makes_one_event_of_its_days() -> None:
    # «Все дни: 26–29 марта» typed back: the daily series at a clock gives way to the span
    series = _draft(_JUDGES)
    answer = "с 15.12.2026 по 17.12.2026, весь день"
    whole = _days_in_a_row(series, date(2026, 12, 15), answer, NOW, all_day=True)
    assert whole.recurrence is None
    assert whole.all_day
    assert (whole.start, whole.end) == (
        datetime(2026, 12, 15),  # noqa: DTZ001
        datetime(2026, 12, 17),  # noqa: DTZ001
    )


def test_an_all_day_draft_answered_with_a_span_keeps_its_last_day() -> None:
    # before: an all-day draft answered «29–30 декабря» kept 29 December alone
    day = EventDraft(title="Выставка", start=datetime(2026, 12, 29), all_day=True)  # noqa: DTZ001
    got = _days_in_a_row(day, date(2026, 12, 29), "29–30 декабря", NOW)
    assert got.end == datetime.combine(date(2026, 12, 30), time())


def test_the_old_days_of_a_move_are_not_asked() -> None:
    # «…на выходные 20-21 декабря … решено перенести…» and the draft on 24 December: the
    # span is the old plan's, the new day is the event's
    text = "из-за морозов 20-21 декабря соревнования решено перенести на 24 декабря."
    event = (0, len(text))
    assert named_span(text, event, NOW, day=date(2026, 12, 24)) is None
    assert named_span(text, event, NOW, day=date(2026, 12, 20)) is not None


def test_an_hour_named_by_its_part_of_the_day_is_a_clock_written_with_the_span() -> None:
    # «14-15 сентября с 9 утра до 6 вечера»: every day from 9 to 18, as written — no question
    text = "выставка кошек пройдёт 14-15 сентября с 9 утра до 6 вечера в драмтеатре."
    assert named_span(text, (0, len(text)), NOW, clock=(9, 0)) is None
    assert named_span(text, (0, len(text)), NOW) is not None
    assert hours_of_day("в 3 часа дня и в 11 вечера", 0, 26) == {(15, 0), (23, 0)}
