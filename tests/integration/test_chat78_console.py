"""chat78 through the console process (`python -m bot console`, piped input), as a teacher,
a curator or a student types it (tests/data/chat78.md): «Ещё одна» out of a new event's
title. The console's clock: Monday 7 December 2026, 10:00. Sentences mine."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console_loop import after, console


def test_a_new_event_opening_with_one_more_keeps_no_more_in_its_title(tmp_path: Path) -> None:
    """«Ещё одна встреча с ветераном …» (a meeting «с …», no series' meeting) was read by the
    post parser with «Ещё одна» in its title."""
    veteran = "Ещё одна встреча с ветераном 20 декабря в 12:00 в актовом зале, 9А"
    lecture = "ещё одна лекция о космосе 18 декабря в 15:00 каб. 21, 9Б"
    clay = "Ещё один интересный мастер-класс по керамике 19 декабря в 14:00 в каб. 12, 7А"
    evening = "Ещё не вечер 19 декабря в 18:00 в актовом зале, 7А"
    out = console(
        tmp_path / "plan.db", "curator", veteran, "нет", lecture, "нет", clay, "нет", evening
    )
    assert "📌 Встреча с ветераном\n" in after(out, veteran), after(out, veteran)
    assert "📌 Лекция о космосе\n" in after(out, lecture), after(out, lecture)
    assert "📌 Интересный мастер-класс по керамике\n" in after(out, clay), after(out, clay)
    assert "📌 Ещё не вечер\n" in after(out, evening), after(out, evening)  # no event noun


LECTURE = "Лекция 15 декабря в 16:00 в актовом зале, 9А"


def test_this_event_is_for_the_parents_is_an_audience_change_with_its_card(
    tmp_path: Path,
) -> None:
    """«это мероприятие для родителей», «для 9-х классов», «только для учителей» about the
    event just saved were «Извините, не понял»; «классы: родители» was not understood and
    «классы: 9А, родители» answered «Так уже записано»."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        LECTURE,
        "да",
        "это мероприятие для родителей",
        "да",
        "верни",
        "для 9-х классов",
        "нет",
        "только для учителей",
        "нет",
        "классы: 9А, родители",
        "нет",
        "для родителей и учеников",
        "для 9А что на неделе?",
    )
    parents = after(out, "это мероприятие для родителей")
    assert "Изменить «Лекция»?\nКлассы: 9А → родители 9А\n" in parents, parents
    saved = out.split("Вы: это мероприятие для родителей\n", 1)[1].split("Вы: верни", 1)[0]
    assert "Изменено ✅ «Лекция» — 15 декабря (вт), 16:00, актовый зал, родители 9А" in saved
    assert "Вернул как было" in after(out, "верни"), after(out, "верни")
    grades = after(out, "для 9-х классов")
    assert "Классы: 9А → 9-е классы" in grades, grades
    staff = after(out, "только для учителей")
    assert "Классы: 9А → педагоги" in staff, staff
    both = after(out, "классы: 9А, родители")
    assert "Классы: 9А → родители 9А" in both, both  # was «Так уже записано»
    for typed in ("для родителей и учеников", "для 9А что на неделе?"):
        assert "Изменить «Лекция»?" not in after(out, typed), after(out, typed)


def test_whom_for_said_on_an_open_card_changes_the_card(tmp_path: Path) -> None:
    """On a new event's card «это мероприятие для родителей» answered «не понял — карточка
    не изменилась», and «только для учителей» after it would show «родители педагогов»."""
    meeting = "Встреча с психологом 15 декабря в 18:00 в каб. 12, 9А"
    out = console(
        tmp_path / "plan.db",
        "curator",
        meeting,
        "это мероприятие для родителей",
        "только для учителей",
    )
    assert "👥 родители 9А\n" in after(out, "это мероприятие для родителей")
    assert "👥 педагоги\n" in after(out, "только для учителей"), after(out, "только для учителей")


CLUB = "Кружок робототехники каждый вторник в 15:00 с 8 по 29 декабря в каб. 204, 7А"


def test_a_club_extended_by_a_month_gets_the_months_meetings_as_one_card(tmp_path: Path) -> None:
    """«продли кружок на месяц» only explained that meetings are added one at a time."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        CLUB,
        "да",
        "продли кружок на месяц",
        "да",
        "продли кружок до 9 февраля",
    )
    month = after(out, "продли кружок на месяц")
    assert "одним словом я не могу" not in month, month
    assert "добавлю 4 встречи: 5, 12, 19 и 26 января" in month, month
    assert "каждую неделю до 26 января (вт)" in month, month  # the card
    saved = out.split("Вы: продли кружок на месяц\n", 1)[1].split("Вы: продли кружок до", 1)[0]
    assert "Сохранено ✅ «Кружок робототехники»: 4 встречи" in saved, saved
    again = after(out, "продли кружок до 9 февраля")  # the four joined the series
    assert "(сейчас 8 встреч, последняя — 26 января (вт), 15:00)" in again, again
    assert "добавлю 2 встречи: 2 и 9 февраля" in again, again


def test_a_series_extended_past_the_most_meetings_takes_only_as_many(tmp_path: Path) -> None:
    """A daily club of 38 meetings ahead, «продли на месяц»: only two more fit in a series
    (drafts.MAX_OCCURRENCES, attack78's limit of «добавь ещё занятие»)."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        "Шахматный клуб каждый день в 15:00 с 8 декабря по 14 января, каб. 205, 7А",
        "да",
        "продли шахматный клуб на месяц",
    )
    month = after(out, "продли шахматный клуб на месяц")
    assert "добавлю 2 встречи" in month, month
    assert "Больше 40 предстоящих встреч в одной серии не бывает" in month, month
