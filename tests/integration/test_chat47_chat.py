"""The conversation's leftovers of conv46 / fixchat46 («Left») and ten more things a
student, a class teacher or a partner types that no test had. Real planner, real SQLite
store, real templates, frozen clock (Tuesday 1 December 2026 unless a test moves it);
sentences our own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest

from bot.core.models import Role
from tests import chat_world
from tests.chat_world import PLAN42, ZONE, ChatWorld, said

student = chat_world.plan_student
class_teacher = chat_world.class_teacher

# conv42's PLAN and a third 9Б event next week: a soldering class on Friday the 11th
PLAN3 = (*PLAN42, ("Мастер-класс по пайке", 11, "9Б"))


@pytest.fixture
async def student3(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    """A student of 9Б whose next week's list has three events (PLAN3)."""
    async with chat_world.school_chat(tmp_path, Role.STUDENT, PLAN3, "9Б") as opened:
        yield opened


async def _asked_which(world: ChatWorld, count: int = 2) -> None:
    """Next week listed, then «хочу записаться»: «На какое записать?» about `count` items."""
    await said(world, "что на следующей неделе?")
    templates, answer = await said(world, "хочу записаться")
    assert templates == ["signup_which_number"], answer
    assert f"1–{count}" in answer, answer


# --- 1: «было запланировано» on a day more than a quarter ahead is the day gone ----------


@pytest.mark.parametrize(
    "question", ["что было запланировано на 31 мая?", "что запланировано было на 31 мая?"]
)
async def test_a_plan_in_the_past_tense_far_ahead_is_the_day_gone(
    class_teacher: ChatWorld, question: str
) -> None:
    """Before: «На 31 мая 2027 года (пн) мероприятий нет» (181 days ahead, 184 back)."""
    templates, answer = await said(class_teacher, question)
    assert templates == ["no_events"], answer
    assert "31 мая 2026" in answer, answer


async def test_a_plan_in_the_past_tense_near_ahead_is_still_the_coming_day(
    class_teacher: ChatWorld,
) -> None:
    """Guard (conv45): «что было запланировано на 9 декабря?» is the coming 9 December,
    and «что было запланировано на 5 января?» (35 days on) the coming January."""
    _, answer = await said(class_teacher, "что было запланировано на 9 декабря?")
    assert "Лекция о космосе" in answer, answer
    _, answer = await said(class_teacher, "что было запланировано на 5 января?")
    assert "5 января" in answer, answer
    assert "2026" not in answer, answer


async def test_a_plan_asked_in_the_present_far_ahead_stays_ahead(class_teacher: ChatWorld) -> None:
    """Guard: «что запланировано на 31 мая?» (no «было») is the coming May."""
    _, answer = await said(class_teacher, "что запланировано на 31 мая?")
    assert "31 мая 2027" in answer, answer


# --- 2: a relative day at «На какое записать?» ------------------------------------------


async def test_tomorrow_with_nothing_listed_then_says_so(student: ChatWorld) -> None:
    """«на завтра» (2 December) under next week's list: before, the question again with no
    word why; now a polite «nothing listed then», the question still open."""
    await _asked_which(student)
    templates, answer = await said(student, "на завтра")
    assert templates == ["signup_none_on_day"], answer
    assert "2 декабря" in answer, answer
    templates, answer = await said(student, "2")
    assert templates == ["signed_up"], answer
    assert "Экскурсия в музей янтаря" in answer, answer


@pytest.mark.parametrize("day", ["на завтра", "завтра", "на послезавтра"])
async def test_a_relative_day_picks_the_listed_event_then(tmp_path: Path, day: str) -> None:
    """On Tuesday 8 December «на завтра» is Wednesday the 9th's lecture and «на
    послезавтра» Thursday's excursion: signed up."""
    now = datetime(2026, 12, 8, 9, 0, tzinfo=ZONE)
    async with chat_world.school_chat(tmp_path, Role.STUDENT, PLAN42, "9Б", now) as opened:
        await said(opened, "что на этой неделе?")
        templates, answer = await said(opened, "хочу записаться")
        assert templates == ["signup_which_number"], answer
        templates, answer = await said(opened, day)
        assert templates == ["signed_up"], answer
        title = "Экскурсия в музей янтаря" if "после" in day else "Лекция о космосе"
        assert title in answer, answer


# --- 3: «на обе» / «на все» under a list of three ---------------------------------------


async def test_both_under_three_asks_which_two(student3: ChatWorld) -> None:
    """«на обе» under three: before «не понял»/asked again with no word why; now «which
    two?», and «1 и 3» then signs up for those two."""
    await _asked_which(student3, 3)
    templates, answer = await said(student3, "на обе")
    assert templates == ["signup_which_two"], answer
    assert "3" in answer, answer
    templates, answer = await said(student3, "1 и 3")
    assert templates == ["signed_up", "signed_up"], answer
    assert "Лекция о космосе" in answer, answer
    assert "Мастер-класс по пайке" in answer, answer


@pytest.mark.parametrize("every", ["на все", "на все три", "на всё", "запиши на все"])
async def test_all_under_three_signs_up_for_all(student3: ChatWorld, every: str) -> None:
    """«на все» names the whole list: every one signed up for (one reply naming three)."""
    await _asked_which(student3, 3)
    templates, answer = await said(student3, every)
    assert templates == ["signed_up_many"], answer
    for title in ("Лекция о космосе", "Экскурсия в музей янтаря", "Мастер-класс по пайке"):
        assert title in answer, (every, answer)


# --- 4: a yes/no question with a clock -------------------------------------------------


@pytest.mark.parametrize(
    ("question", "template", "shown"),
    [
        ("Будет ли концерт 12 декабря в 18:00?", "no_events", "12 декабря"),
        ("Будет ли экскурсия 10 декабря в 15:00?", "events_list", "Экскурсия в музей янтаря"),
        ("Пройдёт ли лекция 9 декабря в 15.00?", "events_list", "Лекция о космосе"),
    ],
)
async def test_a_yes_no_question_with_a_clock_answers_from_the_plan(
    class_teacher: ChatWorld, question: str, template: str, shown: str
) -> None:
    """Before: an event card («📌 Концерт»): a question typed alone made a draft (the
    last also read «Пройдёт» as an organiser)."""
    templates, answer = await said(class_teacher, question)
    assert templates == [template], (question, answer)
    assert shown in answer, answer


async def test_a_rhetorical_opening_with_its_event_is_still_a_card(
    class_teacher: ChatWorld,
) -> None:
    """Guard (fixchat46 H1): a yes/no opening followed by the event is an announcement."""
    templates, answer = await said(
        class_teacher, "Будет ли интересно? Приходите 12 декабря в 18:00 на концерт!"
    )
    assert templates == ["event_card"], answer


# --- 5: ten more things typed ---------------------------------------------------------


async def test_the_last_one_picks_the_last_listed(student3: ChatWorld) -> None:
    """«на последнюю»: before, asked again."""
    await _asked_which(student3, 3)
    templates, answer = await said(student3, "на последнюю")
    assert templates == ["signed_up"], answer
    assert "Мастер-класс по пайке" in answer, answer


@pytest.mark.parametrize("two", ["на первое и третье", "первое и третье", "на 1 и 3"])
async def test_two_ordinals_sign_up_for_both(student3: ChatWorld, two: str) -> None:
    """«на первое и третье»: before «Извините, не понял»."""
    await _asked_which(student3, 3)
    templates, answer = await said(student3, two)
    assert templates == ["signed_up", "signed_up"], answer
    assert "Лекция о космосе" in answer, answer
    assert "Мастер-класс по пайке" in answer, answer


@pytest.mark.parametrize("both", ["на оба мероприятия", "на оба занятия", "обе, пожалуйста"])
async def test_both_with_a_noun_under_two(student: ChatWorld, both: str) -> None:
    """«на оба мероприятия»: before «Извините, не понял»."""
    await _asked_which(student)
    templates, answer = await said(student, both)
    assert templates == ["signed_up", "signed_up"], answer


@pytest.mark.parametrize("stop", ["отмена", "отмени", "стоп", "не записывай никуда"])
async def test_cancelling_at_which_closes_the_question(student: ChatWorld, stop: str) -> None:
    """«отмена» at «На какое записать?»: before «Сейчас нечего подтверждать»."""
    await _asked_which(student)
    templates, answer = await said(student, stop)
    assert templates == ["signup_declined"], answer


@pytest.mark.parametrize(
    "question", ["куда я записан?", "на что я записана?", "где я записан", "куда я записался?"]
)
async def test_where_am_i_signed_up_lists_ones_own(student: ChatWorld, question: str) -> None:
    """Before: «О каком мероприятии?» or «не понял»; now the list «мои записи» gives."""
    await said(student, "что на следующей неделе?")
    await said(student, "записаться 2")
    templates, answer = await said(student, question)
    assert templates == ["my_signups"], answer
    assert "Экскурсия в музей янтаря" in answer, answer


@pytest.mark.parametrize("fix", ["ой, в 17:00", "ой, нет, в 17:00", "ой, не в 18, а в 17:00"])
async def test_an_oops_before_a_time_corrects_the_card(class_teacher: ChatWorld, fix: str) -> None:
    """A card, then «ой, в 17:00»: before, a second draft «Ой» and the choice of drafts."""
    await class_teacher.say("Концерт 12 декабря в 18:00 в актовом зале")
    templates, answer = await said(class_teacher, fix)
    assert templates == ["event_card"], (fix, answer)
    assert "17:00" in answer, answer


@pytest.mark.parametrize("drop", ["передумала, не надо", "передумал", "не надо, передумала"])
async def test_changing_ones_mind_on_a_card_drops_it(class_teacher: ChatWorld, drop: str) -> None:
    """Before: «Извините, не понял — карточка не изменилась»."""
    await class_teacher.say("Концерт 12 декабря в 18:00 в актовом зале")
    templates, answer = await said(class_teacher, drop)
    assert templates == ["discarded"], answer


async def test_an_askers_line_after_a_question_without_its_mark(student: ChatWorld) -> None:
    """«что будет в пятницу» and, on the next line, «я болел на прошлой неделе»: the line
    is a sentence of its own (bot.core.language.sentences), the asker's, so this Friday
    (4 December) is asked about, not last week's."""
    _, answer = await said(student, "что будет в пятницу\nя болел на прошлой неделе")
    assert "4 декабря" in answer, answer


@pytest.mark.parametrize("unsure", ["не знаю", "хз"])
async def test_an_unclear_answer_at_which_keeps_the_question(
    student: ChatWorld, unsure: str
) -> None:
    """«не знаю» at «На какое записать?»: before «не понял», and a later «на лекцию» was
    «не понял» too (the question was lost); now asked again, and the title answers it."""
    await _asked_which(student)
    templates, answer = await said(student, unsure)
    assert templates == ["signup_unclear"], answer
    templates, answer = await said(student, "на лекцию")
    assert templates == ["signed_up"], answer
    assert "Лекция о космосе" in answer, answer
