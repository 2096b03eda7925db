"""The event's start and end on real posts (round 48, start83): the real posts this round
fixed, cited by set:line (1-based), and sentences written for this file, one group per rule
(each with cases the rule must leave alone):

- a run told begun, naming no day, and told lasting until a later day («Акция началась. Она
  продлится до 4 декабря») is the run from today to that day, not today alone asked about;
- «о проведении с 28 по 30 октября форума»: the range after a letter's «о проведении» is the
  event's, as «о проведении 28-30 октября» already was, never a report's day hidden;
- a span of days whose first day's clock belongs to a preparatory step (arrival, warm-up,
  the admission board, a day called one of arrival) is the span all day;
- Greek letters drawn like Cyrillic ones inside Russian words («дο 16.00») read as Cyrillic;
- a contest's works named by their kind («Рисунки принимаются с 21 февраля по 2 марта»,
  «приём сочинений с …») make its window the contest's span, as «Работы принимаются с …» did.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.corpus_score import load, real_post_results
from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.running_until import lasting_until
from bot.core.language.tokens import normalize

NOW = datetime.fromisoformat("2026-03-02T10:00")  # a Monday


def _parse(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


def _span(text: str, now: datetime = NOW) -> tuple[object, object]:
    got = _parse(text, now)
    return got["start"], got["end"]


FIXED = [
    ("real_posts_broad24.jsonl", 22),  # «стартовал … Мероприятия будут проходить до 30 апреля»
    ("real_posts_broad25.jsonl", 16),  # «Акция … началась … Она продлится до 4 декабря»
    ("real_posts_eval17.jsonl", 28),  # «информирует о проведении с 28 по 30 октября … форума»
    ("real_posts_broad10.jsonl", 5),  # «7–8 февраля … Разминка: 9:00, начало стартов — 10:00»
    ("real_posts_broad10.jsonl", 31),  # «21–22 ноября … Заезд 21 ноября в 9:00»
    ("real_posts_eval19.jsonl", 11),  # «09 февраля – День приезда, … по допуску с 09:00»
    ("real_posts_eval19.jsonl", 21),  # «22 ноября — день приезда иногородних участников»
    ("real_posts_broad45.jsonl", 31),  # «Фестиваль пройдет с 11.00 дο 16.00» (Greek ο)
    ("real_posts_eval11.jsonl", 39),  # «Рисунки принимаются с 21 февраля по 2 марта 2022 года»
]


@pytest.mark.parametrize(("name", "line"), FIXED)
def test_fixed_real_posts_stay_right(name: str, line: int) -> None:
    case = load(name)[line - 1]
    got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
    assert real_post_results(case, got)["start_end"], (name, line, got["start"], got["end"])


# --- a run begun today, told lasting until a later day ----------------------------------------


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "В Самаре стартовала неделя открытых лабораторий. Она продлится до 8 марта. "
            "Школьники смогут побывать в цехах заводов и поговорить с инженерами.",
            "2026-03-08",
        ),
        (
            "В школах района начался месячник здорового питания. Мероприятия будут проходить "
            "до 27 марта: конкурсы плакатов, викторины и встречи с диетологами.",
            "2026-03-27",
        ),
    ],
)
def test_run_begun_today_lasts_until_its_day(text: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == ("2026-03-02", end)
    assert "begun_today" not in (got["doubts"] or [])


def test_run_begun_today_without_its_last_day_is_asked() -> None:
    got = _parse(
        "В Самаре стартовала неделя открытых лабораторий. Школьники смогут побывать в цехах "
        "заводов и поговорить с инженерами до конца учебного года."
    )
    assert (got["start"], got["end"]) == ("2026-03-02", None)
    assert "begun_today" in (got["doubts"] or [])


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("Выставка продлится до 8 марта.", "2026-03-08"),
        ("Игры будут проходить до 20.03 в трёх школах.", "2026-03-20"),
        ("Выставка продлилась до 1 марта.", None),  # not a day ahead: no «продлится»
        ("Выставка продлится до 1 марта.", None),  # gone already
        ("Заявки принимаются до 8 марта.", None),  # a deadline, no verb of lasting
    ],
)
def test_lasting_until(text: str, last: str | None) -> None:
    found = lasting_until(normalize(text), NOW)
    assert (found.isoformat() if found else None) == last


# --- «о проведении с … по …» ---------------------------------------------------------------


def test_range_after_about_holding_is_the_events() -> None:
    text = (
        "Нижегородская областная общественная организация «Юные экологи России» информирует "
        "о проведении с 14 по 16 апреля 2026 года в Дзержинске межрегионального слёта "
        "школьных лесничеств Приволжского федерального округа.\n"
        "Цель слёта — поддержка школьных лесничеств и обмен опытом между командами."
    )
    assert _span(text) == ("2026-04-14", "2026-04-16")


# --- a span whose first day's clock is a preparatory step's ---------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Турнир по вольной борьбе среди юношей пройдёт 14–16 марта в спорткомплексе "
            "«Олимп». Заезд команд 14 марта в 10:00, отъезд 16 марта после награждения. "
            "Квота — пять спортсменов от клуба.",
            "2026-03-14",
            "2026-03-16",
        ),
        (
            "Первенство района по лёгкой атлетике. Сроки проведения: 5–6 апреля 2026 года, "
            "стадион «Труд». Разминка: 8:30. Заявки до 1 апреля.",
            "2026-04-05",
            "2026-04-06",
        ),
        (
            "С 12 по 14 мая в Твери пройдёт областной слёт юных экологов.\n"
            "12 мая — день приезда, работа мандатной комиссии с 12:00 до 18:00.\n"
            "13 мая\n10:00 — открытие слёта;\n11:00 — полевые конкурсы.\n"
            "14 мая\n12:00 — награждение.",
            "2026-05-12",
            "2026-05-14",
        ),
    ],
)
def test_preparatory_clock_leaves_the_span_whole(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)
    assert "span_cut" not in (got["doubts"] or [])


_SWIM = (
    "Первенство по плаванию «Дельфин». Сроки и место проведения: 14–15 марта 2026 года, "
    "бассейн «Волна». Разминка: 8:30. {other} Заявки до 9 марта."
)


def test_a_step_on_another_day_is_no_rival() -> None:
    got = _parse(_SWIM.format(other="Мандатная комиссия — 12 марта с 15:00 до 17:00."))
    assert (got["start"], got["end"]) == ("2026-03-14", "2026-03-15")
    assert not got["choices"]


def test_another_event_on_another_day_stays_offered() -> None:
    got = _parse(_SWIM.format(other="Родительское собрание — 12 марта в 15:00 в школе."))
    assert (got["start"], got["end"]) == ("2026-03-14", "2026-03-15")
    assert "several_dates" in (got["doubts"] or [])


def test_a_meeting_on_the_day_of_arrival_leaves_the_span_whole() -> None:
    got = _parse(
        "С 15 по 17 апреля в нашем городе пройдут межшкольные соревнования по шашкам "
        "«Дамка». К соревнованиям допускаются школьники 3–6 классов. Судьи соберутся в "
        "день приезда 15 апреля в 14:00 в кабинете 7 гимназии № 2."
    )
    assert (got["start"], got["end"]) == ("2026-04-15", "2026-04-17")


def test_event_clock_on_the_first_day_is_kept() -> None:
    got = _parse(
        "Турнир по шашкам пройдёт 14–16 марта в Доме культуры. Первый тур 14 марта в 10:00, "
        "отъезд команд 16 марта после награждения. Квота — пять спортсменов от клуба."
    )
    assert str(got["start"]).startswith("2026-03-14T10:00")


# --- Greek letters inside Russian words ------------------------------------------------------


def test_greek_lookalikes_read_as_cyrillic() -> None:
    text = "Праздник состοится 13 марта в парке. Праздник пройдет с 11.00 дο 16.00, Раκушка."
    assert normalize(text) == normalize(text.replace("ο", "о").replace("κ", "к"))
    assert len(normalize(text)) == len(text)
    assert _span(text) == ("2026-03-13T11:00", "2026-03-13T16:00")


# --- a contest's works named by their kind ----------------------------------------------------


@pytest.mark.parametrize(
    ("works", "span"),
    [
        ("Рисунки принимаются", ("2026-03-10", "2026-03-31")),
        ("Приём сочинений —", ("2026-03-10", "2026-03-31")),
        ("Видеоролики участников принимаются", ("2026-03-10", "2026-03-31")),
    ],
)
def test_works_named_by_kind_make_the_contests_span(works: str, span: tuple[str, str]) -> None:
    text = (
        "Районный конкурс «Мой край родной»\n\n"
        "К участию приглашаются школьники 5–9 классов.\n\n"
        "Работа должна соответствовать теме конкурса.\n\n"
        f"{works} с 10 по 31 марта 2026 года в Доме детского творчества (ул. Садовая, 8)."
    )
    assert _span(text) == span
