"""newcomer77 end to end through `python -m bot console` (tests/data/newcomer77.md): a
methodist of a regional museum pastes her December programme for schools (three events in
one message), asks what else the school holds on her days; the curator agrees it. The
school's console zone is Kaliningrad; the clock is frozen on Monday 7 December 2026. All
sentences are my own."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-07T10:00"
PROGRAMME = (
    '"""',
    "Добрый день! Направляем программу областного музея для школьников на декабрь:",
    "1. Интерактивное занятие «Рождество в старом Кёнигсберге» — 15 декабря с 10 до 14, "
    "3–4 классы, зал этнографии.",
    "2. Экскурсия «Янтарный путь» — 18 декабря в 12:00, 7–8 классы, по предварительной записи.",
    "3. Мастер-класс «Новогодняя игрушка» 22 декабря в 15:30, 5-е классы, актовый зал.",
    '"""',
)


def _school(db: Path) -> None:
    run_console(
        db,
        "curator",
        "Контрольная работа по окружающему миру 15 декабря в 11:00, 4А",
        "да",
        "Новогодний утренник 22 декабря в 15:00, 5-е классы, актовый зал",
        "да",
        now=NOW,
    )


def _replies(out: str) -> str:
    """The bot's part of a console transcript (the pasted lines echoed are left out)."""
    return "\n".join(part.split("\n    ")[0] for part in out.split("Бот:")[1:])


def test_a_registration_clause_is_no_part_of_a_plan_lines_title(tmp_path: Path) -> None:
    """The line «Экскурсия «Янтарный путь» — 18 декабря в 12:00, 7–8 классы, по
    предварительной записи.» was titled «Экскурсия «Янтарный путь» —, по предварительной
    записи» in the plan, the curator's notice and every list: how one gets in is no name."""
    db = tmp_path / "plan.db"
    out = run_console(db, "partner", *PROGRAMME, "да", "мои мероприятия", now=NOW)
    bot = _replies(out)
    assert "2. Экскурсия «Янтарный путь» — 18 декабря (пт), 12:00" in bot, out
    assert "Сохранено ✅ 3 мероприятия" in bot, out
    assert "предварительной записи" not in bot, out
    assert "—," not in bot, out


def test_a_partner_asks_what_else_the_school_holds_on_her_days(tmp_path: Path) -> None:
    """«а что ещё в школе в эти дни?» after saving the programme was answered «Начиная с 7
    декабря мероприятий со словом «день» в названии нет.»: «в эти дни» are the days of her
    own events, and the school's events on them are listed (nothing on other days)."""
    db = tmp_path / "plan.db"
    _school(db)
    run_console(
        db,
        "curator",
        "Родительское собрание 9А 17 декабря в 18:00, кабинет 21",
        "да",
        now=NOW,
    )
    out = run_console(db, "partner", *PROGRAMME, "да", "а что ещё в школе в эти дни?", now=NOW)
    answer = out.split("а что ещё в школе в эти дни?")[-1]
    assert "со словом" not in answer, out
    assert "В дни ваших мероприятий: 15 декабря (вт), 18 декабря (пт), 22 декабря (вт)" in answer
    assert "Контрольная работа по окружающему миру" in answer, out
    assert "Новогодний утренник" in answer, out
    assert "Родительское собрание" not in answer, out


def test_in_these_days_with_no_events_of_ones_own_says_so(tmp_path: Path) -> None:
    """A partner with nothing planned asking «что в школе в те же дни?» is told why the bot
    cannot tell which days, and how to ask, not given a search for the word «день»."""
    db = tmp_path / "plan.db"
    _school(db)
    out = run_console(db, "partner", "что в школе в те же дни?", now=NOW)
    answer = out.split("что в школе в те же дни?")[-1]
    assert "У вас пока нет предстоящих мероприятий" in answer, out
    assert "со словом" not in answer, out


def test_a_plan_lines_time_is_corrected_in_everyday_words(tmp_path: Path) -> None:
    """Under the pending programme «экскурсия не в 12, а в 12:30» was «Не понял, что
    исправить», and «мастер-класс на 16:00» a new event «Мастер-класс» with «добавь /
    замени / оставь оба» (where «замени» dropped the whole programme): a line named by its
    title's words gets the new time, as «исправь 2: в 12:30» does; the other lines stay."""
    db = tmp_path / "plan.db"
    out = run_console(
        db,
        "partner",
        *PROGRAMME,
        "экскурсия не в 12, а в 12:30",
        "мастер-класс на 16:00",
        "да",
        now=NOW,
    )
    bot = _replies(out)
    assert "Исправил строку 2 («Экскурсия „Янтарный путь“»)" in bot, out
    assert "Исправил строку 3 («Мастер-класс „Новогодняя игрушка“»)" in bot, out
    assert "Не понял" not in bot, out
    assert "Оставить оба" not in bot, out
    assert "Сохранено ✅ 3 мероприятия" in bot, out
    out = run_console(db, "partner", "мои мероприятия", now=NOW)
    assert "12:30 Экскурсия «Янтарный путь»" in out, out
    assert "16:00 Мастер-класс «Новогодняя игрушка»" in out, out
    assert "10:00–14:00 Интерактивное занятие" in out, out


def test_a_curators_hello_names_what_waits_for_agreement(tmp_path: Path) -> None:
    """The curator's «добрый день» with the museum's three events waiting said only
    «Здравствуйте! 👋 Что пересекается в плане — «накладки» …», though the README's curator
    table promises «⏳ Ждут вашего согласования: N» (and «помощь» counted 3); with nothing
    waiting the line is not there."""
    db = tmp_path / "plan.db"
    out = run_console(db, "curator", "добрый день", now=NOW)
    assert "Ждут вашего согласования" not in out, out
    run_console(db, "partner", *PROGRAMME, "да", now=NOW)
    out = run_console(db, "curator", "добрый день", now=NOW)
    assert "⏳ Ждут вашего согласования: 3 — «что ждёт согласования?»" in out, out
