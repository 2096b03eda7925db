"""A letter's subject (starts42): «Комитет … информирует о проведении 21–22 ноября 2025 года
районного молодёжного форума «…»» names the letter's own event and its day — never the
report's day, hidden like «Об этом сообщили 29 марта», and as tied to the event as a
dated headline — so a side event «пройдёт 14 ноября в 15:00» later in the letter is offered
beside it (`several_dates`), never saved silently in its place."""

from __future__ import annotations

from datetime import datetime

from benchmarks.corpus_score import load
from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T09:00")


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


def test_broad10_31_starts_on_the_forums_day() -> None:
    case = load("real_posts_broad10.jsonl")[30]
    got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
    assert str(got["start"]).startswith("2025-11-21")
    assert "several_dates" in got["doubts"]


def test_letter_subject_is_the_event() -> None:
    got = _parse(
        "Уважаемые коллеги!\n\nУправление образования информирует о проведении 18 декабря 2026 "
        "года городского фестиваля «Рождественская звезда» для учащихся 5–9 классов. Место "
        "проведения: Дворец культуры.\n\nМастер-класс для руководителей команд пройдёт 10 "
        "декабря в 16:00 в кабинете 12."
    )
    assert str(got["start"]).startswith("2026-12-18")
    assert any(str(c).startswith("2026-12-10") for c in got["choices"])


def test_a_report_of_a_day_stays_hidden() -> None:
    # «сообщили 25 ноября»: the report's day, never the event's
    got = _parse(
        "Об этом 25 ноября сообщили в пресс-службе управления образования. Городской фестиваль "
        "«Рождественская звезда» пройдёт 18 декабря 2026 года в 12:00 во Дворце культуры для "
        "учащихся 5–9 классов."
    )
    assert got["start"] == "2026-12-18T12:00"


def test_a_past_years_day_after_about_held_stays_hidden() -> None:
    # «о проведении» keeps the day from the report's reading, not from the past year's
    got = _parse(
        "Управление образования напоминает о проведении 5 мая 2019 года первого городского "
        "фестиваля «Рождественская звезда». Юбилейный фестиваль пройдёт 18 декабря 2026 года "
        "в 12:00 во Дворце культуры для учащихся 5–9 классов."
    )
    assert got["start"] == "2026-12-18T12:00"
