"""A long post's timed one-day draft whose end came from outside the event's sentence and its
block — another part's range, a programme slot's end, the next row of a table — is asked
about (`end_elsewhere`, a time doubt: «Во сколько …?») instead of being saved with a guessed
end (twenty-first round, doubts21; measured leave-one-set-out on the sets as first seen,
benchmarks/doubt_transfer.py `--first-sight`). An end read on purpose — from a closing, a
range in the event's own block, a length or Moscow time — is not asked. The start and end
themselves are not changed. Sentences our own."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from benchmarks.corpus_score import load, real_post_results
from bot.cli_parse import intent_to_json
from bot.core.drafts import TIME_DOUBTS
from bot.core.language.doubts import ASKED
from bot.core.language.intents import parse_message
from bot.core.language.start_doubts import end_elsewhere, event_block

NOW = datetime.fromisoformat("2026-12-03T10:00")

_FAR_RANGE = (
    "Олимпиада по физике «Шаг в науку» пройдёт 15 декабря в кабинете физики. Приглашаются "
    "ученики 8–11 классов.\nУчастникам нужно взять с собой ручку и калькулятор.\nЗадания "
    "составили учителя нашей школы.\nЛучшие работы отправят на городской этап.\nПобедителей "
    "наградят грамотами.\nКонсультация для участников пройдёт с 14:00 до 15:30 в кабинете 21."
)


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


def test_a_range_of_another_part_far_from_the_day_is_asked() -> None:
    got = _parse(_FAR_RANGE)
    assert (got["start"], got["end"]) == ("2026-12-15T14:00", "2026-12-15T15:30")
    assert "end_elsewhere" in (got["doubts"] or [])


def test_the_doubt_is_a_time_question_the_bot_asks() -> None:
    assert "end_elsewhere" in ASKED
    assert "end_elsewhere" in TIME_DOUBTS


@pytest.mark.parametrize(
    "text",
    [
        (  # the range in the event's own block
            "Олимпиада по физике «Шаг в науку» пройдёт 15 декабря в кабинете физики. "
            "Приглашаются ученики 8–11 классов.\nУчастникам нужно взять с собой ручку и "
            "калькулятор, сменную обувь и хорошее настроение.\nОлимпиада продлится с 10:00 до "
            "12:00."
        ),
        (  # the end read from the closing, on purpose
            "Лыжные гонки на призы школы пройдут 20 декабря на стадионе «Юность». Приглашаются "
            "все желающие.\nРегистрация участников с 9:00 до 10:00. После церемонии открытия в "
            "10:30 стартуют забеги.\nВ 12:00 на стадионе состоится церемония награждения и "
            "закрытие соревнований."
        ),
        (  # no end at all
            "Олимпиада по физике «Шаг в науку» пройдёт 15 декабря в 10:00 в кабинете физики. "
            "Приглашаются ученики 8–11 классов.\nУчастникам нужно взять с собой ручку и "
            "калькулятор.\nИтоги подведут на следующей неделе."
        ),
    ],
)
def test_an_end_of_the_event_itself_is_not_asked(text: str) -> None:
    assert "end_elsewhere" not in (_parse(text)["doubts"] or [])


# the signal on its own: sentences of a small post, the event's the first
_TEXT = (
    "15 декабря пройдёт турнир по шахматам. начало в 10:00. "
    "16 декабря в 12:00 откроется выставка, она работает до 17:00. "
    "турнир продлится 2 часа."
)
_SENTENCES = [(0, 38), (39, 54), (55, 116), (117, 141)]


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime.fromisoformat(f"2026-12-15T{hour:02d}:{minute:02d}")  # naive: the post's


def test_the_block_holds_the_undated_sentences_after_the_event() -> None:
    assert event_block(_TEXT, _SENTENCES, (0, 38)) == (0, 54)  # up to the next dated one


def test_an_end_written_only_in_another_dated_sentence_is_elsewhere() -> None:
    assert end_elsewhere(_TEXT, _SENTENCES, (0, 38), _at(10), _at(17))


def test_an_end_written_nowhere_is_computed_when_a_length_or_moscow_time_is_named() -> None:
    # «турнир продлится 2 часа»: an end written nowhere is the length's, not another part's
    assert not end_elsewhere(_TEXT, _SENTENCES, (0, 38), _at(10), _at(12, 5))
    without_length = _TEXT.replace("турнир продлится 2 часа.", "приходите всей семьёй.")
    sentences = [*_SENTENCES[:3], (117, len(without_length))]
    assert end_elsewhere(without_length, sentences, (0, 38), _at(10), _at(12, 5))
    # clocks moved from Moscow time to the school's zone are written nowhere either
    assert not end_elsewhere(
        without_length, sentences, (0, 38), _at(10), _at(12, 5), moscow_time=True
    )
    # a clock written in another sentence is taken from there, a length named or not
    assert end_elsewhere(_TEXT, _SENTENCES, (0, 38), _at(10), _at(12))


def _two(first: str, second: str) -> tuple[str, list[tuple[int, int]]]:
    """A post of two sentences and their spans."""
    return f"{first} {second}", [(0, len(first)), (len(first) + 1, len(first) + 1 + len(second))]


def test_a_bare_hour_closing_a_range_in_the_block_is_read() -> None:
    second = "16 декабря в 13:00 обед."
    text, sentences = _two("15 декабря пройдёт турнир по шахматам с 10 до 13.", second)
    assert not end_elsewhere(text, sentences, sentences[0], _at(10), _at(13))
    # «до 13 января» is a day, not an hour: 13:00 comes from the other sentence
    text, sentences = _two("15 декабря откроется выставка, она работает до 13 января.", second)
    assert end_elsewhere(text, sentences, sentences[0], _at(10), _at(13))


def test_an_end_on_another_day_is_not_judged() -> None:
    assert not end_elsewhere(_TEXT, _SENTENCES, (0, 38), _at(10), _at(17) + timedelta(days=1))


def test_floor_eval17_21_a_timetables_next_row_is_right_or_asked() -> None:
    """eval17:21: «10.02.2023 / пятница / 14.00 / География / 240 мин / … / 18.00 /
    Социология»: the end 18.00 is the next row's start. Right, or asked about."""
    case = load("real_posts_eval17.jsonl")[20]
    got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
    assert real_post_results(case, got)["start_end"] or "end_elsewhere" in (got["doubts"] or [])
