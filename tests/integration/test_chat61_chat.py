"""chat61: a shift of the card's time, an ordinal at the «добавь / замени» question, and a
student's (and a parent's) side of the conversation, through the real chat core
(tests/chat_world.py: real planner, a real store — SQLite, PostgreSQL under
tests/pg_everywhere.py — the real templates; clock Tuesday 1 December 2026, PLAN42). All
sentences are my own."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests import chat_world
from tests.chat_world import ZONE, ChatWorld, said
from tests.integration.test_poll_keeps_place import Poll, poll

__all__ = ["poll"]  # the after-event poll fixture (a student at its rating question)

partner = chat_world.partner_world
student = chat_world.plan_student


async def _saved_starts(world: ChatWorld) -> list[tuple[str, str]]:
    saved = await world.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    return sorted(
        (e.title, f"{e.start.astimezone(ZONE):%d %H:%M}–{e.end.astimezone(ZONE):%H:%M}")
        for e in saved
    )


# --- 1: a shift of the card's own time ----------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "when", "saved"),
    [
        ("сдвинь на час позже", "14 декабря (пн), 16:00–17:30", "14 16:00–17:30"),
        ("на полчаса раньше", "14 декабря (пн), 14:30–16:00", "14 14:30–16:00"),
        ("перенеси на день позже", "15 декабря (вт), 15:00–16:30", "15 15:00–16:30"),
        ("давайте на час пораньше", "14 декабря (пн), 14:00–15:30", "14 14:00–15:30"),
        ("сдвинь на час", "14 декабря (пн), 16:00–17:30", "14 16:00–17:30"),
        ("на неделю позже", "21 декабря (пн), 15:00–16:30", "21 15:00–16:30"),
    ],
)
async def test_a_shift_under_the_card_moves_the_card(
    partner: ChatWorld, reply: str, when: str, saved: str
) -> None:
    """Before: «Извините, не понял — карточка не изменилась» («перенеси на день позже»:
    «Не понял, какое мероприятие изменить»), though a saved event is shifted so."""
    await said(partner, "Мастер-класс по робототехнике 14 декабря 15:00–16:30 для 8 классов")
    templates, card = await said(partner, reply)
    assert templates == ["event_card"], (reply, card)
    assert f"🗓 {when}" in card, (reply, card)
    assert "📌 Мастер-класс по робототехнике" in card, card
    await said(partner, "да")
    assert await _saved_starts(partner) == [("Мастер-класс по робототехнике", saved)]


async def test_a_clock_time_under_the_card_is_no_shift(partner: ChatWorld) -> None:
    """Guard: «на 17:00» is the clock time, «в 3 часа» is no three-hour shift."""
    await said(partner, "Мастер-класс по робототехнике 14 декабря 15:00–16:30 для 8 классов")
    templates, card = await said(partner, "давайте на 17:00")
    assert templates == ["event_card"], card
    assert "🗓 14 декабря (пн), 17:00" in card, card


# --- 1′: an ordinal at the «добавь / замени / оставь оба?» question -----------------------


async def _two_drafts(partner: ChatWorld) -> None:
    """The card «Лекция о космосе» open, then «Квиз по физике»: the add / replace question."""
    await said(partner, "Лекция о космосе 15 декабря в 15:00 для 9А")
    templates, _ = await said(partner, "Квиз по физике 16 декабря в 16:00 для 9А")
    assert templates == ["draft_choice"]


@pytest.mark.parametrize(
    ("reply", "kept"),
    [
        ("отмени вторую", "Лекция о космосе"),
        ("убери второе", "Лекция о космосе"),
        ("оставь первую", "Лекция о космосе"),
        ("отмени первую", "Квиз по физике"),
        ("оставь вторую", "Квиз по физике"),
        ("удали прежнее", "Квиз по физике"),
    ],
)
async def test_an_ordinal_at_the_draft_question_picks_one(
    partner: ChatWorld, reply: str, kept: str
) -> None:
    """Before: «отмени вторую» said «В списке нет №2: я ещё не показывал вам список» and
    asked the question again; «оставь первую» was «Не понял ответ». The question names the
    earlier draft first and the new one second."""
    await _two_drafts(partner)
    templates, answer = await said(partner, reply)
    assert "draft_choice" not in templates, answer
    assert "draft_choice_kept" not in templates, answer
    assert "not_on_list" not in templates, answer
    await said(partner, "да")
    saved = await partner.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    assert [e.title for e in saved] == [kept], (reply, answer)


# --- 2: a student's reminder wishes are kept ------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "не напоминай мне",
        "больше не напоминай",
        "не надо напоминать",
        "не присылай напоминания",
        "не напоминайте",
        "мне не нужны напоминания",
        "выключи напоминания",
    ],
)
async def test_a_student_turns_reminders_off_in_own_words(student: ChatWorld, words: str) -> None:
    """Before: «Извините, не понял» (only «не напоминай» alone, «без напоминаний» and
    «отключи напоминания» were read), and the next sign-up said «Напомню …»."""
    templates, answer = await said(student, words)
    assert templates == ["reminders_off"], (words, answer)
    templates, answer = await said(student, "запиши меня на лекцию про космос")
    assert templates == ["signed_up"], answer
    assert "Напоминания у вас выключены" in answer, (words, answer)
    assert "Напомню" not in answer, (words, answer)


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("напомни за час до начала", "Напомню 9 декабря в 14:00."),
        ("напоминай за 2 часа до мероприятия", "Напомню 9 декабря в 13:00."),
        ("можно напоминание за 2 часа?", "Напомню 9 декабря в 13:00."),
    ],
)
async def test_a_student_chooses_reminder_times_in_own_words(
    student: ChatWorld, words: str, kept: str
) -> None:
    """Before: «напомни за час до начала» was «Не понял, когда напоминать», «можно
    напоминание за 2 часа?» was «не понял»; the reminders stayed a day and an hour before."""
    templates, answer = await said(student, words)
    assert templates == ["reminder_times_set"], (words, answer)
    templates, answer = await said(student, "запиши меня на лекцию про космос")
    assert kept in answer, (words, answer)


async def test_a_negated_reminder_word_in_a_question_is_not_switched_off(
    student: ChatWorld,
) -> None:
    """Guard: «не напоминай про экскурсию» mutes one event, the others still remind."""
    await said(student, "запиши меня на экскурсию")
    templates, _ = await said(student, "не напоминай про экскурсию")
    assert templates == ["reminders_muted"]
    templates, answer = await said(student, "запиши меня на лекцию про космос")
    assert "Напомню" in answer, answer


# --- 2′: the poll after an event ---------------------------------------------------------


@pytest.mark.parametrize(
    "review",
    [
        "Очень понравилось, особенно когда паяли плату сами, приду ещё!",
        "Было интересно, но слишком долго рассказывали теорию",
    ],
)
async def test_a_review_typed_at_the_rating_is_kept(poll: Poll, review: str) -> None:
    """Before: «Не понял ответ на опрос» and the review was thrown away (nothing stored);
    typed at the 0–10 step, the same text was already kept as the comment."""
    [reply] = await poll.say(review)
    text = poll.text(reply)
    assert reply.template == "poll_thanks", text
    assert "оценку от 1 до 5 оставил пустой" in text, text
    [row] = await poll.rows()
    assert (row["rating"], row["comment"]) == (None, review)


@pytest.mark.parametrize("reaction", ["👍", "ну норм было", "хммм", "не знаю что сказать"])
async def test_a_reaction_at_the_rating_is_no_review(poll: Poll, reaction: str) -> None:
    """Guard: a reaction or a filler is asked the rating again; nothing stored."""
    reply = await poll.one(reaction)
    assert reply.template in ("poll_rating_again", "poll_recommend"), poll.text(reply)
    assert all(row["comment"] is None for row in await poll.rows())


@pytest.mark.parametrize(
    ("said_", "score"),
    [
        ("мне понравилось на 5", 5),
        ("всё было супер, на 5 из 5", 5),
        ("было скучновато, ставлю 3", 3),
        ("интересно, но долго, оцениваю на четыре", 4),
    ],
)
async def test_a_score_at_the_end_of_a_review_is_the_rating(
    poll: Poll, said_: str, score: int
) -> None:
    """Before: «Не понял ответ на опрос», nothing stored."""
    reply = await poll.one(said_)
    assert reply.template == "poll_recommend", poll.text(reply)
    [row] = await poll.rows()
    assert row["rating"] == score


@pytest.mark.parametrize("question", ["что на 5 декабря?", "а что будет 12 декабря на 2 этаже"])
async def test_a_question_with_a_number_at_the_rating_is_no_score(
    poll: Poll, question: str
) -> None:
    """Guard: a number inside a question or before a unit is never a rating."""
    await poll.say(question)
    assert all(row["rating"] is None for row in await poll.rows())


# --- 2″: a sign-up naming the event and a day it is not on --------------------------------


@pytest.mark.parametrize(
    ("words", "asked"),
    [
        ("запиши меня на экскурсию в четверг", "3 декабря (чт)"),
        ("запиши меня на лекцию 10 декабря", "10 декабря (чт)"),
    ],
)
async def test_a_sign_up_on_another_day_names_the_events_day(
    student: ChatWorld, words: str, asked: str
) -> None:
    """Before: «Не нашёл впереди мероприятия «экскурсию в четверг»» — the title quoted with
    the day as if it were all a title, though the excursion is on Thursday the 10th (the
    student meant its Thursday, the bot read the nearest). Nothing is signed up unasked."""
    templates, answer = await said(student, words)
    assert templates == ["signup_other_day"], answer
    assert asked in answer, answer
    title = "Экскурсия в музей янтаря" if "экскурс" in words else "Лекция о космосе"
    assert f"«{title}»" in answer, answer
    person = await student.store.get_person_by_vk(student.vk_id)
    assert person is not None
    assert await student.store.events_of_person(person.id, datetime(2026, 12, 1, tzinfo=ZONE)) == []
    templates, answer = await said(student, "да")
    assert templates == ["signed_up"], answer
    assert f"«{title}»" in answer, answer
