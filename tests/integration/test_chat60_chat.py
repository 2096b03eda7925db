"""chat60: the conversation as busy users write it, through the real chat core
(tests/chat_world.py: real planner, a real store — SQLite, PostgreSQL under
tests/pg_everywhere.py — the real templates; clock Tuesday 1 December 2026, PLAN42). All
sentences are my own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.models import Event
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld, said

teacher = chat_world.plan_teacher
class_teacher = chat_world.class_teacher
partner = chat_world.partner_world


# --- 1a: a class written apart before a date stays the class ----------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Что у 10 а 9 декабря?",
        "что у 10 А 9 декабря?",
        "для 10 а 9 декабря что есть?",
        "что у 10 а 09.12?",
        "что у 10 «А» 9 декабря?",
        "что у 10-а 9 декабря?",
    ],
)
async def test_a_spaced_class_before_a_date_stays_the_class(
    teacher: ChatWorld, question: str
) -> None:
    """Before: «Что у 10 а 9 декабря?» listed the whole school's day (9Б's lecture too)."""
    templates, answer = await said(teacher, question)
    assert templates == ["events_list"], (question, answer)
    assert "Репетиция хора" in answer, (question, answer)
    assert "Лекция о космосе" not in answer, (question, answer)


async def test_a_spaced_class_before_a_date_in_a_clash_question(teacher: ChatWorld) -> None:
    """Before: the clashes of the whole school on that day."""
    templates, answer = await said(teacher, "есть ли накладки у 10 а 9 декабря?")
    assert templates == ["clash_overview"], answer
    assert "10А" in answer, answer


async def test_two_days_joined_by_and_stay_two_days(teacher: ChatWorld) -> None:
    """Guard: «у 10 и 11 декабря» lists two days; «и» joins numbers, it is no class И."""
    templates, answer = await said(teacher, "что у нас 10 и 11 декабря?")
    assert templates == ["events_list"], answer
    assert "10–11 декабря" in answer, answer


# --- 1b: spoken words are mended in questions and commands, never in a title -------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Квест Некст уровень 12 декабря в 15:00 для 9А", "Квест Некст уровень"),
        ("Клуб Норм 14 декабря в 16:00 для 9А", "Клуб Норм"),
        ("Квиз Чо за фильм 12 декабря в 15:00 для 9А", "Квиз Чо за фильм"),
        ("Квест Шо 12 декабря в 15:00 для 9А", "Квест Шо"),
    ],
)
async def test_a_spoken_word_in_a_title_stays_as_typed(
    teacher: ChatWorld, line: str, title: str
) -> None:
    """Before: «Квест След», «Клуб Нормально», «Квиз Что за фильм», «Квест»."""
    lines = await teacher.card_lines(line)
    assert lines[1] == f"📌 {title}", lines


async def test_a_spoken_period_word_in_an_event_line_is_still_read(teacher: ChatWorld) -> None:
    """Guard: «на некст неделе в среду» is the date of the event (9 December)."""
    lines = await teacher.card_lines("Мастер-класс «Некст» на некст неделе в среду в 15:00 для 9А")
    assert lines[1] == "📌 Мастер-класс «Некст»", lines
    assert lines[2].startswith("🗓 9 декабря"), lines


async def test_a_spoken_word_in_a_cancelled_title_stays_as_typed(teacher: ChatWorld) -> None:
    """«отмени Клуб Норм» finds the event saved as typed (at 0aadb416 both the saved title
    and the looked-for words were mended to «нормально», so they met; now neither is)."""
    await said(teacher, "Клуб Норм 14 декабря в 16:00 для 9А")
    await said(teacher, "да")
    templates, answer = await said(teacher, "отмени Клуб Норм")
    assert templates != ["cancel_not_found"], answer
    assert "Клуб Норм" in answer, answer


async def test_spoken_questions_are_still_mended(teacher: ChatWorld) -> None:
    """Guard: «че на некст неделе», «шо есть на выхах?» are questions about the plan."""
    templates, answer = await said(teacher, "че на некст неделе")
    assert templates == ["events_list"], answer
    assert "Лекция о космосе" in answer, answer
    templates, answer = await said(teacher, "какие меро у 10А на некст неделе?")
    assert templates == ["events_list"], answer
    assert "Репетиция хора" in answer, answer
    assert "Лекция о космосе" not in answer, answer


# --- 2: a class teacher's walk ------------------------------------------------------------


async def _saved(world: ChatWorld, title: str) -> Event:
    [event] = [
        e
        for e in await world.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
        if e.title == title
    ]
    return event


async def test_a_class_teachers_second_draft_added_to_the_first_is_for_her_class(
    class_teacher: ChatWorld,
) -> None:
    """Before: «добавь» made the second draft a plan line «все классы», saved so on «да»,
    though alone its card said «9Б — ваш класс»."""
    await said(class_teacher, "Экскурсия в музей 15 декабря в 10:00")
    templates, _ = await said(class_teacher, "Поход в театр 16 декабря в 17:00")
    assert templates == ["draft_choice"]
    templates, summary = await said(class_teacher, "добавь")
    assert templates == ["plan_summary"], summary
    assert "все классы" not in summary, summary
    await said(class_teacher, "да")
    assert (await _saved(class_teacher, "Поход в театр")).audience.classes == {"9Б"}
    assert (await _saved(class_teacher, "Экскурсия в музей")).audience.classes == {"9Б"}


# --- 2: a partner methodist's walk --------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "clock"),
    [
        ("хотя нет, в 17:00", "17:00"),
        ("ну давай в 12:00", "12:00"),
        ("Хотя нет давайте в 16:00", "16:00"),
        ("а вот пусть будет в 18:30", "18:30"),
    ],
)
async def test_a_correction_after_discourse_words_changes_the_card(
    partner: ChatWorld, reply: str, clock: str
) -> None:
    """Before: «Хотя нет», «Ну давай» became a second draft and the bot asked «добавь или
    замени»; «замени» would have lost the master class."""
    await said(partner, "Мастер-класс по робототехнике 14 декабря в 15:00 для 8 классов, ауд. 204")
    templates, answer = await said(partner, reply)
    assert templates == ["event_card"], answer
    assert f"🗓 14 декабря (пн), {clock}" in answer, answer
    assert "📌 Мастер-класс по робототехнике" in answer, answer


async def test_a_dictated_line_without_commas_keeps_its_grades(partner: ChatWorld) -> None:
    """Before: «для 7 8 классов» gave the title «Лекция про кибербезопасность для 7» and
    the 8th grade alone."""
    lines = await partner.card_lines(
        "в пятницу 11 декабря лекция про кибербезопасность для 7 8 классов начало в 14 30"
    )
    assert lines[1] == "📌 Лекция про кибербезопасность", lines
    assert "👥 7–8 классы" in lines, lines


async def test_a_plan_line_dropped_by_its_ordinal(partner: ChatWorld) -> None:
    """Before: «убери вторую» on the summary was «Извините, не понял»."""
    await said(
        partner,
        "Лекция о космосе 15 декабря в 15:00 для 9А\nКвиз по физике 16 декабря в 16:00 для 9А\n"
        "Экскурсия 17 декабря в 10:00 для 9А",
    )
    templates, answer = await said(partner, "убери вторую")
    assert templates == ["plan_lines_dropped", "plan_summary"], answer
    assert "Квиз по физике" in answer.split("\n")[0], answer
    await said(partner, "да")
    saved = await partner.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    assert sorted(e.title for e in saved) == ["Лекция о космосе", "Экскурсия"]


async def test_a_listed_event_cancelled_and_moved_by_its_ordinal(partner: ChatWorld) -> None:
    """Before: «отмени вторую» after «мои мероприятия» was «Не нашёл … «вторую»», and
    «перенеси первое на 18 декабря» looked for a title with the word «первый»."""
    for line in ("Лекция о космосе 15 декабря в 15:00 для 9А", "Квиз 16 декабря в 16:00 для 9А"):
        await said(partner, line)
        await said(partner, "да")
    await said(partner, "мои мероприятия")
    templates, answer = await said(partner, "отмени вторую")
    assert templates == ["change_card"], answer
    assert "Квиз" in answer, answer
    await said(partner, "да")
    templates, answer = await said(partner, "перенеси первое на 18 декабря")
    assert templates == ["change_card"], answer
    await said(partner, "да")
    [event] = await partner.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    assert (event.title, event.start.day) == ("Лекция о космосе", 18)


@pytest.mark.parametrize("reply", ["лучше в 16:00", "в 16:00", "нет, в 16:00", "время 16:00"])
async def test_a_new_time_at_the_classes_question_is_kept(partner: ChatWorld, reply: str) -> None:
    """Before: «Не понял, для кого мероприятие» and the new time was lost: the card that
    came after the classes showed 15:00, and «да» saved it."""
    await said(partner, "Лекция о космосе 15 декабря в 15:00")
    templates, answer = await said(partner, reply)
    assert templates == ["when_kept", "ask_audience"], answer
    assert "16:00" in answer, answer
    templates, card = await said(partner, "для 9А")
    assert templates == ["event_card"], card
    assert "🗓 15 декабря (вт), 16:00" in card, card


async def test_a_further_change_on_the_card_after_and(partner: ChatWorld) -> None:
    """Before: «и время до 16» under the card answered «Начиная с 1 декабря мероприятий
    нет» (a plan question), «а место поменяйте на ауд 310» was «не понял», and «да» saved
    the old end and place."""
    await said(partner, "Интенсив 19 декабря 12:00–15:00 для 8–9 классов, ауд. 305")
    templates, card = await said(partner, "и время до 16")
    assert templates == ["event_card"], card
    assert "🗓 19 декабря (сб), 12:00–16:00" in card, card
    templates, card = await said(partner, "а место поменяйте на ауд 310")
    assert templates == ["event_card"], card
    assert "📍 ауд 310" in card, card
    await said(partner, "да")
    [event] = await partner.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    assert (event.end.hour, event.venue) == (16, "ауд 310")


async def test_a_plan_line_changed_by_its_ordinal(partner: ChatWorld) -> None:
    """Before: «вторую на 17:00» on a plan's summary became a new draft «Второй» and the
    bot asked «добавь / замени»."""
    await said(
        partner,
        "Лекция о космосе 15 декабря в 15:00 для 9А\nКвиз по физике 16 декабря в 16:00 для 9А",
    )
    templates, answer = await said(partner, "вторую на 17:00")
    assert "plan_summary" in templates, answer
    assert "Квиз по физике — 16 декабря (ср), 17:00" in answer, answer
    templates, answer = await said(partner, "во второй строке место актовый зал")
    assert "plan_summary" in templates, answer
    await said(partner, "да")
    saved = await partner.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    quiz = next(e for e in saved if e.title == "Квиз по физике")
    assert (quiz.start.hour, quiz.venue) == (17, "актовый зал")


async def test_an_event_opening_with_an_ordinal_under_a_plan_stays_an_event(
    partner: ChatWorld,
) -> None:
    """Guard: «Второй тур олимпиады 18 декабря в 10:00» under a plan's summary changes no
    line of it."""
    await said(
        partner,
        "Лекция о космосе 15 декабря в 15:00 для 9А\nКвиз по физике 16 декабря в 16:00 для 9А",
    )
    templates, answer = await said(partner, "Второй тур олимпиады 18 декабря в 10:00 для 9А")
    assert templates == ["draft_choice"], answer


@pytest.mark.parametrize(
    ("reply", "when"),
    [
        ("поменяй на 17 декабря", "17 декабря (чт), 15:00"),
        ("поставь в 16:30", "15 декабря (вт), 16:30"),
    ],
)
async def test_a_verb_alone_before_a_new_day_or_time_changes_the_card(
    partner: ChatWorld, reply: str, when: str
) -> None:
    """Before: «поменяй на 17 декабря» under the card became a second draft «Поменяй»."""
    await said(partner, "Лекция о космосе 15 декабря в 15:00 для 9А")
    templates, answer = await said(partner, reply)
    assert templates == ["event_card"], answer
    assert f"🗓 {when}" in answer, answer
    assert "📌 Лекция о космосе" in answer, answer


async def test_a_one_word_event_under_a_card_is_still_an_event(partner: ChatWorld) -> None:
    """Guard: «Викторина 17 декабря в 15:00» under a card is a new event (its noun)."""
    await said(partner, "Лекция о космосе 15 декабря в 15:00 для 9А")
    templates, answer = await said(partner, "Викторина 17 декабря в 15:00 для 9А")
    assert templates == ["draft_choice"], answer
