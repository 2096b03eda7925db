"""newcomer74 end to end through `python -m bot console` (tests/data/newcomer74.md): a busy
day's class teacher and student. The school's console zone is Kaliningrad; the clock is
frozen on Monday 7 December 2026. All sentences are my own."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-07T15:00"
QUEST = (
    "Литературный квест «По следам Гофмана» 16 декабря с 15:30 до 17:00 в читальном зале "
    "библиотеки, 8-е классы"
)


def _quest_saved(db: Path) -> None:
    """The deputy head saves the library's quest for the 8th grades (16 December)."""
    out = run_console(db, "curator", QUEST, "да", now=NOW)
    assert "Сохранено ✅ «Литературный квест „По следам Гофмана“»" in out, out


def _signed_up_student(db: Path, *lines: str) -> str:
    """A student of 8А signs up for the quest, then says `lines`; the console's output."""
    return run_console(db, "student", "я из 8А", "запиши на квест", *lines, now=NOW)


def test_a_class_wishing_to_go_together_is_told_how(tmp_path: Path) -> None:
    """«хотим пойти всем классом на …, 24 человека» from a class teacher was «Извините, не
    понял»; «запишите 8А на …» was already answered: each student signs up themselves."""
    out = run_console(
        tmp_path / "plan.db",
        "staff",
        "я классный руководитель 8А",
        "хотим пойти всем классом на литературный квест, 24 человека",
        "Мы всем классом хотели бы сходить на квест",
        now=NOW,
    )
    assert "не понял" not in out, out
    assert out.count("Записать весь 8А одним сообщением я пока не умею") == 2, out


def test_an_event_written_with_the_whole_class_is_still_an_event(tmp_path: Path) -> None:
    """A teacher's own outing «всем классом» stays a card: only a wish asks for sign-ups."""
    out = run_console(
        tmp_path / "plan.db",
        "staff",
        "Поход в кинотеатр всем классом 18 декабря в 15:00, 8А",
        now=NOW,
    )
    assert "Я понял так:" in out, out
    assert "Записать весь" not in out, out


def test_a_student_asking_whether_to_go_is_answered(tmp_path: Path) -> None:
    """«можно не приходить?» and «обязательно ли идти на …?» were «Извините, не понял»."""
    db = tmp_path / "plan.db"
    _quest_saved(db)
    out = _signed_up_student(db, "можно не приходить?", "а это обязательно?")
    assert "не понял" not in out, out
    assert out.count("Запись у меня по желанию") == 2, out
    assert (
        "Должен ли идти весь класс на «Литературный квест „По следам Гофмана“», решает школа"
        " — спросите своего классного руководителя" in out
    ), out
    assert "напишите «не пойду», и я отменю запись" in out, out


def test_changed_reminder_times_name_the_ones_replaced(tmp_path: Path) -> None:
    """«напомни за час» after a sign-up set the student's times to the hour before alone:
    the day-before reminder (promised on signing up) was dropped without a word."""
    db = tmp_path / "plan.db"
    _quest_saved(db)
    out = _signed_up_student(db, "напомни за час", "напоминай за час")
    assert "Напомню 15 декабря в 15:30 и 16 декабря в 14:30" in out, out
    assert "Буду напоминать за час до начала (раньше: за сутки и за час до начала)." in out, out
    assert out.count("(раньше:") == 1, out  # the same times again replace nothing
    assert "Напомню 16 декабря в 14:30 о «Литературный квест" in out, out


def test_a_reading_room_of_a_library_is_the_place_not_the_title(tmp_path: Path) -> None:
    """«в читальном зале библиотеки» was the place «читальный зал» and the title «Литературный
    квест „По следам Гофмана“ библиотеки» (so «Лекция библиотеки», «Библиотеки лекция»); the
    hall's owner now stays with the hall, as «в актовом зале библиотеки» always did."""
    out = run_console(
        tmp_path / "plan.db",
        "curator",
        QUEST,
        "нет",
        "В читальном зале городской библиотеки 17 декабря в 15:00 лекция, 9 классы",
        "нет",
        "Концерт 18 декабря в 15:00 в хореографическом зале колледжа, 7 классы",
        now=NOW,
    )
    assert "📌 Литературный квест «По следам Гофмана»\n" in out, out
    assert "📍 читальный зал библиотеки\n" in out, out
    assert "📌 Лекция\n" in out, out
    assert "📍 читальный зал городской библиотеки\n" in out, out
    assert "📌 Концерт\n" in out, out
    assert "📍 хореографический зал колледжа\n" in out, out


def test_a_move_under_an_open_move_card_keeps_the_cards_day(tmp_path: Path) -> None:
    """«… переносится на 22 декабря», then, the card open, «перенесите нашу экскурсию на
    10:00»: the second card moved the stored 21 December to 10:00, the 22nd silently lost;
    now it is 22 December at 10:00, as «лучше в 10:00» on the card is. After «нет» closes the
    card, a move starts from the event as stored again."""
    out = run_console(
        tmp_path / "plan.db",
        "partner",
        "Музей проводит экскурсию «Тайны солнечного камня» для 5-х классов 21 декабря в 10:30",
        "да",
        "Тайны солнечного камня переносится на 22 декабря",
        "перенесите нашу экскурсию на 10:00",
        "да",
        "перенеси экскурсию на 23 декабря",
        "нет",
        "перенеси экскурсию на 15:00",
        now="2026-12-07T11:00",
    )
    assert "Было: 21 декабря (пн), 10:30\nСтанет: 22 декабря (вт), 10:00\n" in out, out
    assert "теперь 22 декабря (вт), 10:00." in out, out
    assert "Было: 22 декабря (вт), 10:00\nСтанет: 22 декабря (вт), 15:00\n" in out, out


def test_a_building_said_before_a_bracketed_room_is_its_place(tmp_path: Path) -> None:
    """«в главном корпусе КГТУ (ауд. 255)» was the place «ауд. 255» and the title «Главный
    корпус КГТУ День открытых дверей»; with the address in the bracket the title was «) День
    открытых дверей». Now the building is the room's, in the nominative."""
    out = run_console(
        tmp_path / "plan.db",
        "curator",
        "17 декабря в 14:00 в главном корпусе КГТУ (ауд. 255) пройдёт День открытых дверей "
        "для 10–11 классов.",
        "нет",
        "17 декабря в 14:00 в главном корпусе КГТУ (Советский пр., 1, ауд. 255) пройдёт День "
        "открытых дверей для 10–11 классов.",
        "нет",
        "Лекция 18 декабря в 15:00 в здании колледжа (ауд. 5), 9 классы",
        "нет",
        "Лекция 18 декабря в 16:00 во втором корпусе (каб. 12, 3 этаж), 9 классы",
        now=NOW,
    )
    assert out.count("📌 День открытых дверей\n") == 2, out
    assert out.count("📍 ауд. 255, главный корпус КГТУ") == 2, out
    assert "📍 ауд. 5, здание колледжа\n" in out, out
    assert "📍 каб. 12, 3 этаж, второй корпус\n" in out, out
    assert out.count("📌 Лекция\n") == 2, out
