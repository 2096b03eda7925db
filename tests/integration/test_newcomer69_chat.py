"""newcomer69: the one-off reminders' replies and the bells question as a newcomer reads them,
through the real planner over a real store (SQLite; PostgreSQL under tests/pg_everywhere.py).
A 9Б student of PLAN42 (tests/chat_world.py: Tuesday 1 December 2026, 10:00 Kaliningrad;
«Лекция о космосе» 9 December, «Экскурсия в музей янтаря» 10 December, each 15:00–16:00).
All sentences are my own."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld, said

student = chat_world.plan_student
TWO = ("напомни завтра в 8 утра про экскурсию", "напомни в пятницу в 18:30 о лекции")
partner_world = chat_world.partner_world


async def test_the_way_back_from_a_one_off_keeps_the_usual_reminders(student: ChatWorld) -> None:
    """«Передумали — …» named «не напоминай про экскурсию», which also mutes the sign-up's usual
    reminders; undoing the one-off is «отмени напоминание про …» (remind66's own rule)."""
    templates, text = await said(student, "напомни мне завтра в 8 утра про экскурсию")
    assert templates == ["moment_reminder_set"], text
    assert "Передумали — «отмени напоминание про экскурсию»" in text, text
    assert "не напоминай" not in text, text
    templates, text = await said(student, "отмени напоминание про экскурсию")
    assert templates == ["moment_reminders_forgotten"], text
    assert "Не напомню 2 декабря (ср) в 08:00" in text, text


async def test_the_way_back_names_the_title_when_no_words_were_said(student: ChatWorld) -> None:
    await said(student, "записаться на экскурсию")
    templates, text = await said(student, "напомни через 2 часа")
    assert templates == ["moment_reminder_set"], text
    assert "Передумали — «отмени напоминание про «Экскурсия в музей янтаря»»" in text, text
    templates, text = await said(student, "отмени напоминание про «Экскурсия в музей янтаря»")
    assert templates == ["moment_reminders_forgotten"], text
    assert "Не напомню 1 декабря (вт) в 12:00" in text, text


async def test_the_list_has_no_blank_line_between_its_rows(student: ChatWorld) -> None:
    for said_text in TWO:
        await said(student, said_text)
    templates, text = await said(student, "мои напоминания")
    assert templates == ["moment_reminders_list"], text
    assert "(10 декабря (чт), 15:00–16:00)\n2. 4 декабря" in text, text


async def test_cancelling_many_says_how_many_not_each_one(student: ChatWorld) -> None:
    """«отмени напоминания» over 20 rows put every moment on one line; more than three are
    counted."""
    for hours in range(1, 6):
        templates, text = await said(student, f"напомни через {hours} ч про лекцию")
        assert templates == ["moment_reminder_set"], text
    templates, text = await said(student, "отмени напоминания")
    assert templates == ["moment_reminders_forgotten"], text
    assert "Удалил все 5 разовых напоминаний" in text, text
    assert text.count("Лекция о космосе") <= 1, text
    templates, text = await said(student, "мои напоминания")
    assert "Разовых напоминаний у вас нет" in text, text


async def test_cancelling_a_few_still_names_each(student: ChatWorld) -> None:
    for said_text in TWO:
        await said(student, said_text)
    templates, text = await said(student, "отмени напоминания")
    assert templates == ["moment_reminders_forgotten"], text
    assert "2 декабря (ср) в 08:00 о «Экскурсия в музей янтаря»" in text, text
    assert "4 декабря (пт) в 18:30 о «Лекция о космосе»" in text, text


async def test_a_lesson_time_without_bells_says_who_sets_them(partner_world: ChatWorld) -> None:
    """«…расписание звонков я не знаю (его можно задать: «звонки: …»)» to a partner, who then
    wrote «звонки: …» and was told the calendar is the завуч's. The question names who sets it."""
    line_up = "Линейка 9 декабря перед 3 уроком, 5–9 классы, спортзал"
    templates, text = await said(partner_world, line_up)
    assert templates == ["ask_time"], text
    assert "его задаёт завуч сообщением «звонки: 8:00-8:45" in text, text
    templates, text = await said(partner_world, "звонки: 8:30-9:15, 9:25-10:10, 10:30-11:15")
    assert "меняет завуч" in text, text
