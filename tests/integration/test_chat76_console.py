"""chat76 through the console process (`python -m bot console`, piped input), as a teacher
or a student types it (tests/data/chat76.md): a bare hour («продли лекцию до 17»), an end
moved by a length («продли на час», «сократи на 15 минут»), the end card's own buttons, a
meeting added to a saved series, and a student's withdrawal in everyday words. The
console's clock: Monday 7 December 2026, 10:00. Sentences mine."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console_loop import after, console

LECTURE = "Лекция 15 декабря в 15:00 в актовом зале, 9А"
TRIP = "Экскурсия в музей 21 декабря в 12:00, 9А"
CLUB = "Кружок робототехники каждый вторник в 15:00 с 8 по 29 декабря в каб. 204, 7А"
SHOW = "Выставка «Зима» с 8 по 20 декабря в музее, 5 классы"


def test_a_bare_hour_after_extend_is_a_clock(tmp_path: Path) -> None:
    """«продли лекцию до 17» was «Извините, не понял» (chat75 said: read as the 17th)."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        LECTURE,
        "да",
        "продли лекцию до 17",
        "да",
        "продли лекцию до 5",
        "нет",
        "мои мероприятия",
    )
    card = after(out, "продли лекцию до 17")
    assert "Изменить окончание «Лекция» — до 17:00?" in card, card
    assert "[1] Да, изменить окончание" in card, card
    assert "Окончание изменено ✅ «Лекция» — теперь 15 декабря (вт), 15:00–17:00" in out, out
    five = after(out, "продли лекцию до 5")
    assert "Станет: 15 декабря (вт), 15:00–17:00" in five or "и так заканчивается" in five, five
    assert "15:00–17:00 Лекция" in after(out, "мои мероприятия")


def test_a_bare_number_is_a_day_for_a_run_and_asked_for_a_series(tmp_path: Path) -> None:
    """An exhibition's «до 25» is 25 December; a club's «до 17» may be either — asked."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        SHOW,
        "весь день",
        "да",
        "продли выставку до 25",
        "нет",
        CLUB,
        "да",
        "продли кружок до 17",
    )
    show = after(out, "продли выставку до 25")
    assert "Изменить последний день «Выставка „Зима“» — 25 декабря (пт)?" in show, show
    assert "[1] Да, изменить последний день" in show, show
    asked = after(out, "продли кружок до 17")
    assert "«До 17» — это время или число?" in asked, asked
    assert "до 17:00" in asked, asked
    assert "до 17 декабря" in asked, asked


def test_the_end_moved_by_a_length(tmp_path: Path) -> None:
    """«продли на час», «продлите на полчаса», «сократи на 15 минут», «пусть закончится на 30
    минут позже» were all «Извините, не понял»."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        LECTURE,
        "да",
        "продли лекцию на час",
        "нет",
        "продлите на полчаса",
        "да",
        "сократи лекцию на 15 минут",
        "да",
        "пусть закончится на 30 минут позже",
        "нет",
        "мои мероприятия",
    )
    hour = after(out, "продли лекцию на час")
    assert "Изменить окончание «Лекция» — до 17:00?" in hour, hour  # a default hour, 16:00
    assert "Хорошо, ничего не меняю" in after(out, "нет")
    half = after(out, "продлите на полчаса")
    assert "Станет: 15 декабря (вт), 15:00–16:30" in half, half
    shorter = after(out, "сократи лекцию на 15 минут")
    assert "Станет: 15 декабря (вт), 15:00–16:15" in shorter, shorter
    later = after(out, "пусть закончится на 30 минут позже")
    assert "Станет: 15 декабря (вт), 15:00–16:45" in later, later
    assert "15:00–16:15 Лекция" in after(out, "мои мероприятия")


def test_a_run_is_extended_by_days_not_hours(tmp_path: Path) -> None:
    """«продли выставку на неделю» moves its last day; «на час» is told why not."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        SHOW,
        "весь день",
        "да",
        "продли выставку на неделю",
        "нет",
        "продли выставку на час",
    )
    week = after(out, "продли выставку на неделю")
    assert "Изменить последний день «Выставка „Зима“» — 27 декабря (вс)?" in week, week
    hour = after(out, "продли выставку на час")
    assert "продлить его на часы или минуты нельзя" in hour, hour


def test_a_series_end_change_says_what_it_changes(tmp_path: Path) -> None:
    """The scope question and the not-answered note said «Перенести»/«Перенос» of an end."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        CLUB,
        "да",
        "продли кружок до 17:00",
        "всю серию",
        "мои мероприятия",
    )
    scope = after(out, "продли кружок до 17:00")
    assert "Изменить окончание только этой встречи" in scope, scope
    card = after(out, "всю серию")
    assert "[1] Да, изменить окончание" in card, card
    note = after(out, "мои мероприятия")
    assert "Изменение окончания «Кружок робототехники» вы не подтвердили" in note, note


def test_a_meeting_is_added_to_a_series_and_removed(tmp_path: Path) -> None:
    """«добавь ещё занятие 20 декабря» became a draft titled «Добавь ещё занятие»; now the
    series' meeting on its card, saved into the series (its cancel asks which meetings)."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        CLUB,
        "да",
        "добавь ещё занятие 20 декабря",
        "да",
        "ещё одна встреча кружка в пятницу в 16:00",
        "нет",
        "мои мероприятия",
        "отмени кружок 20 декабря",
        "только эту",
        "да",
    )
    note = after(out, "добавь ещё занятие 20 декабря")
    assert "➕ Новая встреча серии «Кружок робототехники» (сейчас 4 встречи" in note, note
    for line in ("📌 Кружок робототехники", "🗓 20 декабря (вс), 15:00", "📍 каб. 204", "👥 7А"):
        assert line in note, note
    friday = after(out, "ещё одна встреча кружка в пятницу в 16:00")
    assert "(сейчас 5 встреч" in friday, friday
    assert "🗓 11 декабря (пт), 16:00" in friday, friday
    mine = after(out, "мои мероприятия")
    assert "20 декабря (вс)" in mine, mine
    assert "11 декабря" not in mine, mine
    scope = after(out, "отмени кружок 20 декабря")
    assert "повторяется (5 встреч впереди)" in scope, scope
    assert "Отменено ❌ «Кружок робототехники», 20 декабря (вс), 15:00." in out, out


def test_a_new_meeting_with_someone_is_an_event_of_its_own(tmp_path: Path) -> None:
    """Guard: «Ещё одна встреча с ветераном …» is a post, not the club's meeting."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        CLUB,
        "да",
        "Ещё одна встреча с ветераном 20 декабря в 15:00 в актовом зале, 9А",
    )
    card = after(out, "Ещё одна встреча с ветераном 20 декабря в 15:00 в актовом зале, 9А")
    assert "Новая встреча серии" not in card, card
    assert "Я понял так" in card, card


def test_a_student_withdraws_in_everyday_words(tmp_path: Path) -> None:
    """«если что, не пойду» was «Извините, не понял»; a question or the school day is no
    withdrawal."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        TRIP,
        "да",
        "/я студент 9А",
        "я из 9А",
        "запиши меня на экскурсию",
        "не пойду без друга?",
        "не пойду в школу завтра, заболел",
        "мои записи",
        "если что, не пойду",
        "запиши меня на экскурсию",
        "передумал идти",
        "запиши меня на экскурсию",
        "скорее всего не приду на экскурсию",
        "да",  # chat77: a hedged withdrawal is asked first
        "запиши меня на экскурсию",
        "отпишите меня",
    )
    for asked in ("не пойду без друга?", "не пойду в школу завтра, заболел"):
        assert "отменена" not in after(out, asked), asked
    assert "Экскурсия в музей" in after(out, "мои записи")
    for said in ("если что, не пойду", "передумал идти", "отпишите меня"):
        assert "Запись на «Экскурсия в музей» отменена" in after(out, said), said
    # chat77: «скорее всего» is a doubt — asked («Запись пока остаётся …»), «да» cancels
    hedged = out.split("Вы: скорее всего не приду на экскурсию\n", 1)[1].split("Вы: запиши", 1)[0]
    assert "Запись пока остаётся" in hedged, hedged
    assert "Запись на «Экскурсия в музей» отменена" in hedged, hedged
