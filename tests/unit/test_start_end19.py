"""The event's start and end (sixteenth round, starts19): the floor of the real posts this round
fixed, cited by set:line, and small sentences written for this file, one group per construction
(each with cases the rule must leave alone):

- a one-day event ends at its closing's clock («В 16.00 – церемония награждения и закрытие
  соревнований», «На 16:00 запланирована церемония закрытия»), never a closing of another
  day, of a road, or one before the start;
- a preparatory step's labelled clock («время начала регистрации – 09:20», «Сбор участников:
  9.00») is the desk's when the post labels the event's own start too («время начала
  олимпиады – 10:15», «Старт: 10.00»);
- a site's date line may open with a short weekday («чт, 24/09/2020 - 09:00»): the page's stamp;
- a weather widget's lines under its reading («-4˚C / Переменная облачность / Пробки 3/10»)
  hold no day;
- a verb of the present announcing a day ahead («открывается 2 ноября …, сообщает
  пресс-служба») keeps the day the event's, as a future verb does; a present verb of
  reporting («сообщает») does not;
- the clock of an office's break («В 13:00 сотрудники уходят на часовой обед», «обед с
  13:00-15:00») is never the event's; a programme's lunch line and another clause stay;
- a start whose programme slot lines the participants up or sorts them into their start pens
  («11:00 – 11:30 – распределение участников по стартовым карманам») is asked about, the next
  clock offered (doubt `several_times`), as a registration slot already was;
- a contest's span of stages runs until its final named within a week after it («28-29 мая …
  матчи групповой стадии. А 30 мая решится исход турнира»); a final weeks later does not; the
  clock written after the final's day is that day's, never the span's first day's, and the
  final's day is no rival start;
- times listed after the event's own clock on its day («… в 10:00, мастер-классы в 12:00 и
  14:00») are its later parts, not its sessions: the start stays the event's clock.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.corpus_score import load, real_post_results
from bot.cli_parse import intent_to_json
from bot.core.language.closing_time import closing_clock
from bot.core.language.doubts import ASKED
from bot.core.language.intents import parse_message
from bot.core.language.start_doubts import after_preparation

NOW = datetime.fromisoformat("2026-12-01T09:00")  # a Tuesday


def _parse(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


def _span(text: str, now: datetime = NOW) -> tuple[object, object]:
    got = _parse(text, now)
    return got["start"], got["end"]


# --- the floor: real posts this round fixed (set:line), each must stay right ---------------

FIXED = [
    ("real_posts_eval12.jsonl", 38),  # «На 16:00 запланирована церемония закрытия»
    ("real_posts_eval14.jsonl", 10),  # «В 16.00 – церемония награждения и закрытие …»
    ("real_posts_eval12.jsonl", 17),  # «время начала регистрации – 09:20; … олимпиады – 10:15»
    ("real_posts_eval16.jsonl", 48),  # «чт, 24/09/2020 - 09:00»: the page's stamp
    ("real_posts_eval14.jsonl", 23),  # «Пробки 3/10»; «открывается 2 ноября …, сообщает …»
    ("real_posts_eval12.jsonl", 5),  # «В 13:00 сотрудники уходят на часовой обед»
    ("real_posts_eval16.jsonl", 44),  # «28-29 мая … А 30 мая решится исход турнира!»
    ("real_posts_eval15.jsonl", 13),  # «с 1 по 14 ноября …, а 15 ноября состоится финал»
    ("real_posts_eval16.jsonl", 36),  # «С 12 по 21 мая …, а 26 мая в 13.00 … финал»
    ("real_posts_eval16.jsonl", 50),  # «начнётся в 11.00 … мультфильм в 13.00, 14.30 и 16.00»
]


@pytest.mark.parametrize(("name", "line"), FIXED)
def test_fixed_real_posts_stay_right(name: str, line: int) -> None:
    case = load(name)[line - 1]
    got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
    assert real_post_results(case, got)["start_end"], (name, line, got["start"], got["end"])


def test_eval16_floor_and_asks_ceiling() -> None:
    right = asked = 0
    for case in load("real_posts_eval16.jsonl"):
        got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
        if real_post_results(case, got)["start_end"]:
            right += 1
            asked += bool(set(got["doubts"] or []) & ASKED)
    assert right >= 49
    # 8 since multi26: line 12's semi-final at 10:00 and its final «20 апреля в Череповце»
    # (no clock of its own) are asked, no longer the final dropped unsaid
    assert asked <= 8


# --- a one-day event's end is its closing ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Первенство школ по лыжным гонкам пройдет 12 декабря в парке «Сосновый бор». "
            "Старт в 11.00. В 15.00 – церемония награждения и закрытие соревнований.",
            "2026-12-12T11:00",
            "2026-12-12T15:00",
        ),
        (
            "12 декабря в спортзале школы №3 состоится турнир по волейболу среди 8-11 "
            "классов. Начало в 10:00, финальные игры пройдут с 13:00 до 13:30. На 14:00 "
            "запланирована церемония закрытия.",
            "2026-12-12T10:00",
            "2026-12-12T14:00",
        ),
        (
            "Программа фестиваля 12 декабря в ДК «Юность»:\n10:00 – 10:30 – регистрация\n"
            "11:00 – открытие\n15:30 – 16:00 – официальная церемония закрытия\nПриходите!",
            "2026-12-12T11:00",
            "2026-12-12T16:00",
        ),
        # unchanged: the closing of a road, another day's closing, one before the start
        (
            "12 декабря в 10:00 на площади состоится праздник для школьников города. "
            "Закрытие движения по улице Ленина в 16:00.",
            "2026-12-12T10:00",
            None,
        ),
        (
            "12 декабря в 10:00 в музее откроется выставка детских рисунков для 1-4 классов. "
            "Закрытие выставки состоится 20 декабря в 16:00.",
            "2026-12-12T10:00",
            None,
        ),
        (
            "Турнир пройдет 12 декабря в спортзале школы №5, начало в 16:00. Закрытие "
            "регистрации в 15:00.",
            "2026-12-12T16:00",
            None,
        ),
    ],
)
def test_a_closing_clock_ends_a_one_day_event(text: str, start: str, end: str | None) -> None:
    assert _span(text) == (start, end)


def test_the_closing_clock_of_a_slot_is_its_end() -> None:
    assert str(closing_clock("15:30 – 16:00 – официальная церемония закрытия")) == "16:00:00"
    assert closing_clock("Закрытие выставки 20 декабря в 16:00.") is None
    assert closing_clock("Сегодня в 18:00 торжественное закрытие смены.") is None


# --- a labelled preparatory clock beside the labelled start --------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Олимпиада по математике для 9-11 классов состоится 12 декабря в школе №7.\n"
            "- время начала регистрации – 09:20;\n- время начала олимпиады – 10:15;\n"
            "Просим не опаздывать.",
            "2026-12-12T10:15",
        ),
        (
            "Забег «Зелёная миля» пройдет 12 декабря в парке Победы. Сбор участников: 9.00. "
            "Торжественное открытие: 9.45. Старт: 10.00.",
            "2026-12-12T09:45",
        ),
        # unchanged: the step's clock stays when the post labels no start of the event
        (
            "Субботник в школьном саду пройдет 12 декабря для 5-7 классов. Сбор участников: "
            "9.00 у главного входа.",
            "2026-12-12T09:00",
        ),
    ],
)
def test_a_labelled_step_clock_beside_a_labelled_start(text: str, start: str) -> None:
    assert _span(text)[0] == start


# --- page headers ----------------------------------------------------------------------------


def test_a_dated_line_opening_with_a_short_weekday_is_the_page_stamp() -> None:
    text = (
        "Турнир по шахматам пройдет в Доме школьника\n\nпн, 30/11/2026 - 09:00\n\n"
        "Командный чемпионат города по шахматам для 5-11 классов пройдет 5 декабря."
    )
    assert _span(text) == ("2026-12-05", None)


def test_a_weekday_line_with_a_clock_ahead_stays_the_event_s() -> None:
    text = "Шахматный турнир\n\nсб, 05/12/2026 - 10:00\n\nТурнир пройдет в Доме школьника."
    assert _span(text) == ("2026-12-05T10:00", None)


def test_a_weather_widget_holds_no_day() -> None:
    text = (
        "Сейчас в Калининграде\n-4˚C\nПеременная облачность, без осадков\nПробки 3/10\n\n"
        "Фестиваль детского кино пройдет в Доме кино\n\nФестиваль детского кино "
        "«КиноМай» откроется в субботу в Доме кино, сообщает комитет по культуре."
    )
    assert _span(text)[0] == "2026-12-05"


# --- a present verb announcing a day ahead ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Детский кинофестиваль «КиноМай» открывается 5 декабря в Доме кино, сообщает "
            "пресс-служба комитета по культуре. Церемония открытия пройдет в Большом зале.",
            "2026-12-05",
        ),
        # unchanged: the day of a report said in the present is the report's
        (
            "Об этом 30 ноября сообщает пресс-служба комитета по культуре. Фестиваль "
            "детского кино пройдет 5 декабря в Доме кино.",
            "2026-12-05",
        ),
    ],
)
def test_a_present_verb_announces_its_day(text: str, start: str) -> None:
    assert _span(text)[0] == start


# --- an office's break -----------------------------------------------------------------------


def test_an_office_break_is_no_start() -> None:
    text = (
        "12 декабря в школьном саду стартует акция «Посади дерево» для 5-9 классов. "
        "Записаться можно по телефону с 09:00 до 18:00. В 13:00 сотрудники уходят на "
        "часовой обед."
    )
    assert _span(text) == ("2026-12-12", None)


def test_a_programme_lunch_line_stays_a_step() -> None:
    text = (
        "Программа семинара для учителей 12 декабря в школе №4:\n13:00 – 14:00 – обед\n"
        "14:00 – 16:00 – мастер-классы\n16:00 – 16:30 – подведение итогов"
    )
    assert _span(text)[0] == "2026-12-12T13:00"


# --- a preparatory slot at the start's clock -------------------------------------------------


@pytest.mark.parametrize(
    ("slot", "offered"),
    [
        ("11:00 – 11:30 – распределение участников по стартовым карманам;", [11, 40]),
        ("11:00 – 11:30 – построение участников;", [11, 40]),
        # unchanged: a warm-up is the event's own first step
        ("11:00 – 11:30 – разминка команд;", None),
    ],
)
def test_a_preparatory_slot_offers_the_next_clock(slot: str, offered: list[int] | None) -> None:
    text = f"программа забега:\n{slot}\n11:40 – 12:00 – церемония открытия;\n12:00 – старт"
    got = after_preparation(text, datetime.fromisoformat("2026-12-12T11:00"))
    assert [[at.hour, at.minute] for at in got] == ([offered] if offered else [])


def test_the_real_post_with_start_pens_is_asked_about() -> None:
    case = load("real_posts_eval16.jsonl")[20]
    got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
    assert "several_times" in got["doubts"]
    assert "2024-09-21T11:40" in got["choices"]


# --- a span of stages runs until its final -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Футбольный турнир среди школьных команд 5-7 классов\n\n14-15 декабря на стадионе "
            "«Спутник» команды встретятся в матчах групповой стадии. А 16 декабря решится "
            "исход турнира!",
            "2026-12-14",
            "2026-12-16",
        ),
        (
            "Турнир по мини-футболу для 8-11 классов\n\nС 7 по 11 декабря пройдут игры по "
            "районам, а 14 декабря на стадионе «Труд» состоится городской финал.",
            "2026-12-07",
            "2026-12-14",
        ),
        # unchanged: a final weeks later, and a semi-final
        (
            "Турнир знатоков для 8-11 классов\n\nОтборочные туры пройдут 7-9 декабря в школе "
            "№5, финал состоится 28 декабря.",
            "2026-12-07",
            "2026-12-09",
        ),
        (
            "Турнир по волейболу для 8-11 классов\n\nС 7 по 9 декабря пройдут игры в "
            "группах, а 10 декабря состоится полуфинал.",
            "2026-12-07",
            "2026-12-09",
        ),
    ],
)
def test_a_span_of_stages_runs_until_its_final(text: str, start: str, end: str) -> None:
    assert _span(text) == (start, end)


def test_the_final_s_clock_is_its_day_s() -> None:
    text = (
        "Турнир по мини-футболу для 8-11 классов\n\nС 7 по 11 декабря пройдут игры по "
        "районам, а 14 декабря в 13.00 на стадионе «Труд» состоится городской финал."
    )
    got = _parse(text)
    assert (got["start"], got["end"]) == ("2026-12-07", "2026-12-14")
    assert "several_dates" not in got["doubts"]


# --- later parts of the day are no sessions ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "sessions"),
    [
        ("День открытых дверей 5 декабря в 10:00, мастер-классы в 12:00 и 14:00.", "T10:00", 0),
        # unchanged: sessions that the event's clock opens, and sessions alone
        ("Экскурсия 5 декабря, сеансы в 11:00, 13:00 и 15:00.", "T11:00", 3),
        ("Экскурсия в музей 5 декабря в 11:00 и 13:00 для 5-х классов.", "T11:00", 2),
    ],
)
def test_later_parts_of_the_day_are_no_sessions(text: str, start: str, sessions: int) -> None:
    got = _parse(text)
    assert got["start"] == "2026-12-05" + start
    assert len(got["sessions"]) == sessions
