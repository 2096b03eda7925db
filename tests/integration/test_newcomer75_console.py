"""newcomer75 end to end through `python -m bot console` (tests/data/newcomer75.md): a
deputy head's December day with partners' posts, then a student before the winter holidays.
The school's console zone is Kaliningrad; the clock is frozen on Monday 7 December 2026.
All sentences are my own."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-07T10:00"
SHOW = (
    "Драматический театр приглашает 5–7 классы на новогодний спектакль «Щелкунчик» "
    "24 декабря в 11:00, пр. Мира, 4"
)
NOT_UNDERSTOOD = "не понял"


def test_a_saved_events_organiser_is_answered_not_misunderstood(tmp_path: Path) -> None:
    """«организатор спектакля — Калининградский драмтеатр» after «да» was «Извините, не
    понял»; newcomer75 then told it could not be changed; owner77: a change card, «нет»
    keeps the organiser, «измени организатора 1 на …» and «да» change it."""
    db = tmp_path / "plan.db"
    out = run_console(
        db,
        "curator",
        SHOW,
        "да",
        "организатор спектакля — Калининградский драмтеатр",
        "нет",
        "план на декабрь",
        "измени организатора 1 на Калининградский драмтеатр",
        "да",
        "план на декабрь",
        now=NOW,
    )
    assert "🏛 Организатор — Драматический театр" in out, out
    card = "Организатор: Драматический театр → Калининградский драмтеатр (такого партнёра"
    assert out.count(card) == 2, out
    assert NOT_UNDERSTOOD not in out, out
    assert "(Драматический театр)" in out.split("план на декабрь")[1], out
    assert "(Калининградский драмтеатр)" in out.split("план на декабрь")[-1], out


def test_a_partner_naming_another_organiser_is_told_whose_events_they_are(
    tmp_path: Path,
) -> None:
    """A partner with no event in view is asked which event (no card, nothing changed)."""
    out = run_console(tmp_path / "plan.db", "partner", "организатор — школа", now=NOW)
    assert "У какого мероприятия сменить организатора?" in out, out
    assert NOT_UNDERSTOOD not in out, out


def test_a_question_about_the_organiser_is_not_taken_for_a_change(tmp_path: Path) -> None:
    """«кто организатор спектакля?» stays a question (organiser_questions)."""
    db = tmp_path / "plan.db"
    out = run_console(db, "curator", SHOW, "да", "кто организатор спектакля?", now=NOW)
    assert "Изменить «" not in out, out


def test_an_empty_holiday_points_to_the_nearest_event_before_it(tmp_path: Path) -> None:
    """«что на каникулах?» with nothing on in the holidays and nothing after them was a
    dead end («На 31 декабря 2026 — 10 января 2027 для 6Б мероприятий нет.»): the nearest
    event ahead, before the holidays, is named and «запиши меня» signs up for it."""
    db = tmp_path / "plan.db"
    run_console(db, "curator", SHOW, "да", now=NOW)
    out = run_console(db, "student", "я из 6Б", "что на каникулах?", "запиши меня", now=NOW)
    assert "мероприятий нет. Ближайшее — «Новогодний спектакль „Щелкунчик“»" in out, out
    assert "Вы записаны ✅ «Новогодний спектакль „Щелкунчик“»" in out, out
