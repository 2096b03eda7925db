"""The conversation leftovers of walk44 (tests/data/walk44.md, «Noticed, left» 1-4, 6) and
conv44 (a just-ended span, the week before last asked with its question word last). Real
planner, real SQLite store, real templates, frozen clock (Tuesday 1 December 2026 unless
said); conv42's plan (chat_world.PLAN42); sentences our own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest

from bot.core.models import Role
from tests import chat_world
from tests.chat_world import PLAN42, ZONE, ChatWorld, said

world = chat_world.partner_world


teacher = chat_world.plan_teacher
student = chat_world.plan_student


@pytest.fixture
async def in_september(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    """A teacher on Wednesday 2 September 2026, the school year just begun."""
    now = datetime(2026, 9, 2, 10, 0, tzinfo=ZONE)
    async with chat_world.school_chat(tmp_path, Role.STAFF, PLAN42, now=now) as opened:
        yield opened


# --- 1: the past tense asks about the last such day -------------------------------------


@pytest.mark.parametrize("question", ["что было 31 мая?", "31 мая что было?", "что прошло 31 мая?"])
async def test_a_day_asked_in_the_past_tense_is_the_last_one(
    in_september: ChatWorld, question: str
) -> None:
    """Before: «На 31 мая 2027 года (пн) мероприятий нет.» — «было» asks about the May just
    gone (the last school year's), not the coming one."""
    templates, answer = await said(in_september, question)
    assert templates == ["no_events"], answer
    assert "31 мая 2026 года" in answer, answer


async def test_a_day_asked_in_the_future_or_present_is_still_the_coming_one(
    in_september: ChatWorld,
) -> None:
    """Guard: «что 31 мая?», «что будет 31 мая?» are the coming May, as before."""
    for question in ("что 31 мая?", "что будет 31 мая?"):
        _, answer = await said(in_september, question)
        assert "31 мая 2027 года" in answer, (question, answer)


async def test_a_day_ahead_asked_in_the_past_tense_is_last_years(teacher: ChatWorld) -> None:
    """«что было 20 декабря?» on 1 December asks about the last 20 December (2025): the
    coming one has not been yet."""
    _, answer = await said(teacher, "что было 20 декабря?")
    assert "20 декабря 2025 года" in answer, answer


async def test_a_planned_day_asked_with_a_participle_is_the_coming_one(teacher: ChatWorld) -> None:
    """Guard: «что было запланировано на 9 декабря?» asks what was planned for the coming
    day (the passive «было запланировано» is no past event)."""
    _, answer = await said(teacher, "что было запланировано на 9 декабря?")
    assert "Лекция о космосе" in answer, answer


@pytest.mark.parametrize("question", ["что с 25 по 30 ноября?", "что было с 25 по 30 ноября?"])
async def test_a_span_just_ended_is_this_years(teacher: ChatWorld, question: str) -> None:
    """Before (conv44, noticed): «На 25–30 ноября 2027 мероприятий нет.» — the span that
    ended yesterday is asked about."""
    templates, answer = await said(teacher, question)
    assert templates == ["no_events"], answer
    assert "25–30 ноября" in answer, answer
    assert "2027" not in answer, answer


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("на позапрошлой неделе что было?", "16–22 ноября"),
        ("на прошлой неделе что было?", "23–29 ноября"),
        ("а на прошлой неделе что было?", "23–29 ноября"),
        ("в понедельник что было?", "30 ноября"),
    ],
)
async def test_a_past_week_with_its_question_word_last(
    teacher: ChatWorld, question: str, period: str
) -> None:
    """Before: «Извините, не понял» — «что было» at the end was no question word
    («… что будет?» was)."""
    templates, answer = await said(teacher, question)
    assert templates == ["no_events"], answer
    assert period in answer, answer


# --- 2: a bare sign-up with nothing looked at --------------------------------------------


@pytest.mark.parametrize("request_", ["хочу записаться", "запиши", "запиши меня"])
async def test_a_bare_sign_up_first_says_what_to_do(student: ChatWorld, request_: str) -> None:
    """Before: «Такого мероприятия в плане нет — возможно, кнопка из старого сообщения» —
    no button was pressed: the student is told how to pick an event."""
    templates, answer = await said(student, request_)
    assert templates == ["signup_unavailable"], answer
    assert "кнопка" not in answer, answer
    assert "«что на этой неделе?»" in answer, answer
    assert "записаться 1" in answer, answer


async def test_a_stale_button_still_says_so(student: ChatWorld) -> None:
    """Guard: a sign-up button of an event not in the plan is still «кнопка из старого
    сообщения»."""
    replies = await student.press({"a": "signup", "id": 999})
    answer = "\n".join(student.text(r) for r in replies)
    assert "кнопка из старого сообщения" in answer, answer


# --- 3: «На какое записать?» answered by a title ------------------------------------------


@pytest.mark.parametrize("answer_", ["на экскурсию", "экскурсию", "на экскурсию в музей"])
async def test_which_one_answered_by_a_title_picks_it(student: ChatWorld, answer_: str) -> None:
    """Before: «Извините, не понял». The title of a listed event answers «which one?»."""
    await said(student, "что на следующей неделе?")
    templates, answer = await said(student, "хочу записаться")
    assert templates == ["signup_which_number"], answer
    templates, answer = await said(student, answer_)
    assert templates == ["signed_up"], answer
    assert "Экскурсия в музей янтаря" in answer, answer


async def test_which_one_answered_by_a_title_off_the_list_asks_again(
    student: ChatWorld,
) -> None:
    """Guard: a title that names none of the listed events («на концерт») signs up to
    nothing unasked."""
    await said(student, "что на следующей неделе?")
    await said(student, "хочу записаться")
    templates, answer = await said(student, "на концерт")
    assert "signed_up" not in templates, answer


@pytest.mark.parametrize(
    ("words", "template"), [("мои записи", "my_signups"), ("отмена", "signup_declined")]
)
async def test_other_words_at_which_one_keep_their_meaning(
    student: ChatWorld, words: str, template: str
) -> None:
    """Guard: a title is read only where nothing else is understood: «мои записи» at «На
    какое записать?» lists the student's sign-ups, as before; «отмена» closes the question
    (chat47: was «Сейчас нечего подтверждать»)."""
    await said(student, "что на следующей неделе?")
    await said(student, "хочу записаться")
    templates, answer = await said(student, words)
    assert templates == [template], answer


# --- 6: a wish to go to an event the student has not been shown ---------------------------


@pytest.mark.parametrize("wish", ["хочу пойти на лекцию", "хочу на лекцию"])
async def test_a_wish_for_an_event_off_the_list_shows_it_and_asks(
    student: ChatWorld, wish: str
) -> None:
    """Before: signed up at once to «Лекция о космосе», while the list on screen held only
    the excursion. Now the lecture is shown with its sign-up button, and «1» (or the
    button) signs up."""
    await said(student, "что 10 декабря?")
    templates, answer = await said(student, wish)
    assert templates == ["signup_which"], answer
    assert "Лекция о космосе" in answer, answer
    assert "Вы записаны" not in answer, answer
    templates, answer = await said(student, "записаться 1")
    assert templates == ["signed_up"], answer
    assert "Лекция о космосе" in answer, answer


async def test_a_wish_for_a_listed_event_signs_up(student: ChatWorld) -> None:
    """Guard: the event is on the list just shown — signed up at once, as before."""
    await said(student, "что на следующей неделе?")
    templates, answer = await said(student, "хочу пойти на лекцию")
    assert templates == ["signed_up"], answer
    assert "Лекция о космосе" in answer, answer


async def test_a_sign_up_by_title_with_nothing_shown_signs_up(student: ChatWorld) -> None:
    """Guard: «запиши меня на лекцию» as the first words signs up, as before."""
    templates, answer = await said(student, "запиши меня на лекцию")
    assert templates == ["signed_up"], answer
    assert "Лекция о космосе" in answer, answer


# --- 4: «весь день» before a title opening with «День …» -----------------------------------


@pytest.mark.parametrize(
    "post",
    [
        "Весь день здоровья 12 декабря, 9А, спортзал",
        "Вес день здоровья 12 декабря, 9А, спортзал",
        "12 декабря весь день открытых дверей, 9А, спортзал",
    ],
)
async def test_the_whole_day_leaves_a_titles_own_day(teacher: ChatWorld, post: str) -> None:
    """Before: title «Здоровья» (and «Открытых дверей») — «весь день» took the «День» the
    name opens with. «день» followed by its genitive («здоровья», «открытых дверей») is the
    name's; «весь» alone still makes the event all day."""
    lines = await teacher.card_lines(post)
    assert any(line.startswith("📌 День ") for line in lines), lines
    assert "🗓 12 декабря (сб), весь день" in lines, lines


@pytest.mark.parametrize(
    "post", ["Олимпиада 12 декабря весь день, 9А", "Весь день 12 декабря олимпиада, 9А"]
)
async def test_the_whole_day_before_a_date_or_after_a_title_stays(
    teacher: ChatWorld, post: str
) -> None:
    """Guard: «весь день» next to a date or ending the line is all day, as before."""
    lines = await teacher.card_lines(post)
    assert "📌 Олимпиада" in lines, lines
    assert "🗓 12 декабря (сб), весь день" in lines, lines


# --- the rival days' buttons: each day's own clock ------------------------------------------


def _judges_post(meeting: str) -> str:
    """walk v's F4 post (a tournament, a side event on another day) with the side event's
    sentence as given. walk45: the side event was the judges' meeting, which starts44 made
    no rival day (merged in the same round), so these four failed on main 97573854; a
    master-class — a side event starts44 still offers — keeps what they guard."""
    return (
        "Здравствуйте! Приглашаем школьные команды принять участие в городском турнире по "
        "мини-футболу, посвящённом Дню конституции.\n"
        f"Турнир состоится на стадионе «Труд» 19.12.2026 в 10.00. {meeting}\n"
        "С уважением, оргкомитет."
    )


@pytest.mark.parametrize(
    "meeting",
    [
        "Мастер-класс для тренеров пройдёт в 17.00 15.12.2026 в спорткомитете.",
        "Мастер-класс для тренеров пройдёт 15.12.2026, 17:00, в спорткомитете.",
        "Мастер-класс для тренеров пройдёт 15.12 в 17.00 в спорткомитете.",
        "Мастер-класс для тренеров пройдёт 15.12.2026 г. в спорткомитете по адресу: "
        "ул. Садовая, 12. Начало мастер-класса в 17.00.",
    ],
)
async def test_a_rival_days_button_carries_its_own_clock(world: ChatWorld, meeting: str) -> None:
    """Before: the 15 December button said 10:00 — the tournament's clock carried over to
    the meeting's day, whose own 17:00 stands before the date, without «в», in a date
    without its year or in the next sentence."""
    replies = await world.say(_judges_post(meeting))
    while replies[-1].template == "ask_audience":
        replies = await world.say("все")
    buttons = [b for row in replies[-1].buttons for b in row]
    labels = [world.renderer.button_label(b) for b in buttons]
    assert any("15 декабря" in label and "17:00" in label for label in labels), labels
    assert not any("15 декабря" in label and "10:00" in label for label in labels), labels
