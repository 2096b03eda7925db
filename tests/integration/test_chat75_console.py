"""chat75 through the console process (`python -m bot console`, piped input), as a teacher
or a student types it (tests/data/chat75.md): a one-day event's end clock, a number to the
«which one to extend?» list, a series' last day, a shift under an open move card, «мне
обязательно идти?», a chat line's «после 14:30», and «записаться 1» after the event became
a teachers' meeting. The console's clock: Monday 7 December 2026, 10:00. Sentences mine."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console_loop import after, console

LECTURE = "Лекция 15 декабря в 15:00 в актовом зале, 9А"
TRIP = "Экскурсия в музей 21 декабря в 12:00, 9А"
CLUB = "Кружок робототехники каждый вторник в 15:00 с 8 по 29 декабря в каб. 204, 7А"


def test_a_lecture_extended_to_a_clock_keeps_its_start(tmp_path: Path) -> None:
    """«продли лекцию до 17:00» was «Извините, не понял»; now the card of its end."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        LECTURE,
        "да",
        "продли лекцию до 17:00",
        "да",
        "мои мероприятия",
        "лекция закончится в 14:00",
        "продлите, пожалуйста, её до 17.00",
    )
    card = after(out, "продли лекцию до 17:00")
    assert "Изменить окончание «Лекция» — до 17:00?" in card, card
    assert "Станет: 15 декабря (вт), 15:00–17:00" in card, card
    assert "Окончание изменено ✅ «Лекция» — теперь 15 декабря (вт), 15:00–17:00" in out, out
    assert "15:00–17:00 Лекция" in after(out, "мои мероприятия")
    early = after(out, "лекция закончится в 14:00")
    assert "начинается в 15:00" in early, early
    assert "раньше начала" in early, early
    same = after(out, "продлите, пожалуйста, её до 17.00")
    assert "и так заканчивается в 17:00" in same, same


def test_the_signed_up_student_is_told_the_lecture_lasts_longer(tmp_path: Path) -> None:
    """The notice said «перенесено» of a lecture whose start stayed; now «продлится до 17:00»
    (and «закончится раньше — в 16:30»)."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        LECTURE,
        "да",
        "/я студент 9А",
        "я из 9А",
        "запиши меня на лекцию",
        "/я куратор",
        "продли лекцию до 17:00",
        "да",
        "лекция закончится в 16:30",
        "да",
    )
    told = [line.strip() for line in out.splitlines() if "🔁" in line]
    assert told[0].startswith("🔁 Мероприятие «Лекция» продлится до 17:00: теперь"), told
    assert told[1].startswith("🔁 Мероприятие «Лекция» закончится раньше — в 16:30"), told


def test_a_number_answers_which_exhibition_to_extend(tmp_path: Path) -> None:
    """«2» to «какое продлить до 10 января?» was «я ещё не показывал вам список»."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        "Выставка «Зима» с 8 по 20 декабря в музее, 5 классы",
        "весь день",
        "да",
        "Выставка рисунков с 9 по 22 декабря в холле, 6 классы",
        "весь день",
        "да",
        "продли выставку до 10 января",
        "2",
    )
    listed = after(out, "продли выставку до 10 января")
    assert "Напишите номер из списка" in listed, listed
    card = after(out, "2")
    assert "Изменить последний день «Выставка рисунков» — 10 января (вс)?" in card, card
    assert "Станет: 9 декабря — 10 января" in card, card


def test_a_series_last_day_cancels_later_meetings_or_says_how_to_add(tmp_path: Path) -> None:
    """«продли кружок до …» listed the series' meetings as several events, each «одного дня»;
    now a later day offers the new meetings' card (chat78; chat75 said how to add them), an
    earlier one cancels the meetings after it."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        CLUB,
        "да",
        "продли кружок до 26 января",
        "нет",
        "кружок будет идти до 15 декабря",
        "да",
        "мои мероприятия",
    )
    longer = after(out, "продли кружок до 26 января")
    # chat78: a later day of a weekly series is the card of its new meetings (was: how to
    # send them — «каждый вторник в 15:00 с 5 января по 26 января, 7А, каб. 204» as a new
    # series); the same four days, now joining this series
    assert "(сейчас 4 встречи, последняя — 29 декабря (вт), 15:00)" in longer, longer
    assert "до 26 января: добавлю 4 встречи: 5, 12, 19 и 26 января" in longer, longer
    assert "каждую неделю до 26 января (вт)" in longer, longer
    assert "Нашёл несколько" not in longer, longer
    card = after(out, "кружок будет идти до 15 декабря")
    assert "Отменить «Кружок робототехники», 22 декабря (вт), 15:00 (2 встречи серии)?" in card
    mine = after(out, "мои мероприятия")
    assert "15 декабря (вт)" in mine, mine
    assert "22 декабря" not in mine, mine
    assert "29 декабря" not in mine, mine


def test_an_hour_later_under_an_open_move_card_counts_from_the_card(tmp_path: Path) -> None:
    """Under the card «21 12:00 → 22 15:00», «на час позже» gave 21 December 13:00 (from
    the stored event); alone it was «не понял» and the card was dropped."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        TRIP,
        "да",
        "перенеси экскурсию на 22 декабря в 15:00",
        "перенеси экскурсию на час позже",
        "а можно ещё на полчаса позже?",
        "да",
    )
    first = after(out, "перенеси экскурсию на час позже")
    assert "Станет: 22 декабря (вт), 16:00" in first, first
    assert "Сдвиг считаю от прошлой карточки — 22 декабря (вт), 15:00" in first, first
    second = after(out, "а можно ещё на полчаса позже?")
    assert "Станет: 22 декабря (вт), 16:30" in second, second
    assert "Перенесено ✅ «Экскурсия в музей» — теперь 22 декабря (вт), 16:30" in out, out


def test_a_plain_move_by_an_hour_still_counts_from_the_stored_event(tmp_path: Path) -> None:
    """Guard: with no card open the shift is the stored event's, and the card says nothing."""
    out = console(tmp_path / "plan.db", "curator", TRIP, "да", "перенеси экскурсию на час позже")
    card = after(out, "перенеси экскурсию на час позже")
    assert "Станет: 21 декабря (пн), 13:00" in card, card
    assert "Сдвиг считаю" not in card, card


def test_must_i_go_asked_with_the_pronoun_first(tmp_path: Path) -> None:
    """«мне обязательно идти?» and «нам надо обязательно идти?» were «Извините, не понял»;
    «а если я не пойду?» cancelled the sign-up."""
    db = tmp_path / "plan.db"
    console(db, "curator", TRIP, "да")
    asked = (
        "мне обязательно идти?",
        "нам надо обязательно идти?",
        "на экскурсию обязательно идти?",
        "мы должны туда идти?",
        "а если я не пойду?",
    )
    out = console(db, "student", "я из 9А", "запиши меня на экскурсию", *asked, "мои записи")
    for question in asked:
        reply = after(out, question)
        assert "Запись у меня по желанию" in reply, (question, reply)
    assert "Экскурсия в музей" in after(out, "мои записи")


def test_a_chat_line_after_a_clock_asks_the_time(tmp_path: Path) -> None:
    """«… после 14:30 …» was a card at 14:30; now the time is asked, and the answer kept."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        "Урок мужества 15 декабря после 14:30 в актовом зале, 9А",
        "в 15:00",
        "да",
    )
    asked = after(out, "Урок мужества 15 декабря после 14:30 в актовом зале, 9А")
    assert "время дано со словом «после» или «не ранее»" in asked, asked
    assert "Во сколько «Урок мужества»?" in asked, asked
    assert "Сохранено ✅ «Урок мужества», 15 декабря (вт), 15:00." in out, out


def test_a_chat_line_at_a_clock_is_not_asked(tmp_path: Path) -> None:
    """Guard: «в 14:30» and «с 14:30 до 16:00» keep the card."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        "Урок мужества 15 декабря в 14:30 в актовом зале, 9А",
        "нет",
        "Урок мужества 15 декабря с 14:30 до 16:00 в актовом зале, 9А",
    )
    assert "время дано со словом" not in out, out
    assert out.count("Я понял так:") == 2, out


def test_sign_up_by_number_after_the_event_became_staff_only_tells_nothing(
    tmp_path: Path,
) -> None:
    """«записаться 1» answered «Это мероприятие для педагогов»: it told the student what
    item 1 of their old list had become."""
    db = tmp_path / "plan.db"
    console(db, "curator", "Экскурсия в музей 17 декабря в 12:00, 9А", "да")
    console(db, "student", "я из 9А", "что на следующей неделе?")
    console(db, "curator", "поменяй классы у экскурсии на педагоги", "да")
    out = console(db, "student", "записаться 1")
    reply = after(out, "записаться 1")
    assert "педагог" not in reply, reply
    assert "список, который я показывал, мог устареть" in reply, reply
    assert "Вы записаны" not in reply, reply
