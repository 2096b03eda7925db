"""Newcomer walk 57 (tests/data/newcomer57.md): a command said with a courtesy around it
(«пригласить партнёра КГТУ пожалуйста», «согласую 1 спасибо», «без сводки, спасибо»), with
its question mark («мои мероприятия?», «накладки?», «помощь?»), or as «помогите». Real
planner, real SQLite store, real templates, frozen clock (Tuesday 1 December 2026);
sentences our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import chat_world
from tests.chat_world import NOW, ChatWorld, curator_world, said

student = chat_world.plan_student
teacher = chat_world.plan_teacher
world = chat_world.partner_world


async def test_a_courtesy_after_an_invitation_is_not_the_partners_name(tmp_path: Path) -> None:
    """Before: «Код приглашения для партнёра «КГТУ пожалуйста»»."""
    async with curator_world(tmp_path / "c.db", NOW) as curator:
        for typed in ("пригласить партнёра КГТУ пожалуйста", "пригласить партнёра КГТУ, спасибо"):
            _templates, answer = await said(curator, typed)
            assert "«КГТУ»" in answer, (typed, answer)
            assert "пожалуйста" not in answer, (typed, answer)
            assert "спасибо" not in answer, (typed, answer)


async def test_a_courtesy_after_agreeing_is_not_the_reference(tmp_path: Path) -> None:
    """Before: «Не нашёл … по словам «1 спасибо»», «Не нашёл организатора «пожалуйста»»."""
    async with curator_world(tmp_path / "c.db", NOW) as curator:
        partner = 300
        org = await curator.store.create_organisation("Музей", chat_world.OrgKind.PARTNER)
        await curator.store.save_person(partner, chat_world.Role.PARTNER, "Анна", org.id)
        for line in ("Лекция о роботах 15 декабря в 15:00, 9А", "Экскурсия 16 декабря в 11:00, 8Б"):
            await said(curator, line, partner)
            await said(curator, "да", partner)
        await said(curator, "что ждёт согласования?")
        _templates, answer = await said(curator, "согласую 1 спасибо")
        assert "1 спасибо" not in answer, answer
        assert "Лекция о роботах" in answer, answer
        assert "Не нашёл" not in answer, answer
        _templates, answer = await said(curator, "согласовать всё, пожалуйста")
        assert "Не нашёл" not in answer, answer
        assert "пожалуйста" not in answer, answer
        assert "Экскурсия" in answer, answer


@pytest.mark.parametrize(
    ("typed", "template"),
    [
        ("мои мероприятия?", "my_"),
        ("мои записи пожалуйста", "my_"),
        ("пожалуйста, мои мероприятия", "my_"),
        ("мои мероприятия 🙏", "my_"),
        ("помощь?", "help"),
        ("помощь пожалуйста", "help"),
        ("помогите", "help"),
        ("помогите пожалуйста!", "help"),
    ],
)
async def test_a_plain_command_with_a_question_mark_or_a_courtesy(
    student: ChatWorld, typed: str, template: str
) -> None:
    """Before: each «Извините, не понял»."""
    templates, answer = await said(student, typed)
    assert "не понял" not in answer, (typed, answer)
    assert templates, (typed, answer)
    assert templates[0].startswith(template), (typed, templates, answer)


async def test_signing_up_followed_by_thanks(student: ChatWorld) -> None:
    """Before: «записаться 2 спасибо» — «Извините, не понял»."""
    await said(student, "что на следующей неделе?")
    _templates, answer = await said(student, "записаться 2 спасибо")
    assert "Вы записаны" in answer, answer


async def test_digest_off_followed_by_thanks(teacher: ChatWorld) -> None:
    """Before: «без сводки, спасибо» — «Извините, не понял»."""
    templates, answer = await said(teacher, "без сводки, спасибо")
    assert "не понял" not in answer, answer
    assert templates == ["digest_off"], (templates, answer)


async def test_clashes_with_a_question_mark_and_no_card_are_the_plans(teacher: ChatWorld) -> None:
    """Before: «накладки?» with no card open — «Сейчас нет открытой карточки …»."""
    _templates, answer = await said(teacher, "накладки?")
    assert "нет открытой карточки" not in answer, answer
    _, plain = await said(teacher, "накладки")
    assert answer == plain


async def test_clashes_with_a_question_mark_under_a_card_still_ask_about_the_card(
    world: ChatWorld,
) -> None:
    """Kept: «накладки?» under an open card is about that card."""
    await said(world, "Лекция 15 декабря в 15:00, 9А")
    templates, answer = await said(world, "накладки?")
    assert "нет открытой карточки" not in answer, answer
    assert "event_card" in templates or templates == ["card_unchanged"], (templates, answer)


async def test_thanks_alone_stay_thanks(student: ChatWorld) -> None:
    for typed in ("спасибо", "ок спасибо", "спасибо большое!", "пожалуйста"):
        _templates, answer = await said(student, typed)
        assert "не понял" not in answer or typed == "пожалуйста", (typed, answer)


@pytest.mark.parametrize("typed", ["да, спасибо", "да спасибо!", "сохрани, пожалуйста", "да 👍"])
async def test_yes_with_thanks_under_a_card_saves_it(world: ChatWorld, typed: str) -> None:
    """Before: «да, спасибо» — «Извините, не понял — карточка не изменилась», nothing saved."""
    await said(world, "Мастер-класс по робототехнике 15 декабря с 15:00 до 16:30, 9А, ауд. 204")
    templates, answer = await said(world, typed)
    assert "Сохранено" in answer, (typed, templates, answer)


async def test_no_thanks_under_a_card_does_not_save_it(world: ChatWorld) -> None:
    await said(world, "Мастер-класс по робототехнике 15 декабря с 15:00 до 16:30, 9А, ауд. 204")
    _templates, answer = await said(world, "нет, спасибо")
    assert "Сохранено" not in answer, answer
    assert "не понял" not in answer, answer
    _, mine = await said(world, "мои мероприятия")
    assert "Мастер-класс" not in mine, mine


async def test_a_master_class_asked_about_under_its_card_is_not_a_question_of_classes(
    world: ChatWorld,
) -> None:
    """Before: «а мой мастер-класс одобрили» under the card — «Классы на карточке: 9А …»:
    the «класс» of «мастер-класс» was read as asking about the classes."""
    await said(world, "Мастер-класс по робототехнике 15 декабря с 15:00 до 16:30, 9А, ауд. 204")
    _, answer = await said(world, "а мой мастер-класс одобрили")
    assert "Классы на карточке" not in answer, answer
    _, answer = await said(world, "а для каких классов?")
    assert "Классы на карточке" in answer, answer


@pytest.mark.parametrize("typed", ["что на следущей неделе", "на следущей неделе что есть?"])
async def test_next_week_misspelt_is_next_week(student: ChatWorld, typed: str) -> None:
    """Before: «что на следущей неделе» (a «ю» left out) listed this week, 30 November – 6
    December, with no word that the period was not read."""
    _, answer = await said(student, typed)
    assert "7–13 декабря" in answer, (typed, answer)


@pytest.mark.parametrize("typed", ["есть накладки?", "есть накладки", "а есть пересечения?"])
async def test_are_there_clashes_with_no_card_are_the_plans(teacher: ChatWorld, typed: str) -> None:
    """Before: «есть накладки?» listed the whole plan from today («📅 С 1 декабря …»)."""
    _, answer = await said(teacher, typed)
    _, plain = await said(teacher, "накладки")
    assert answer == plain, (typed, answer)


async def test_are_there_clashes_under_a_card_ask_about_the_card(world: ChatWorld) -> None:
    await said(world, "Лекция 15 декабря в 15:00, 9А")
    templates, answer = await said(world, "есть накладки?")
    assert templates == ["card_unchanged"], (templates, answer)


@pytest.mark.parametrize("typed", ["скачать план", "скачать план на декабрь", "хочу скачать план"])
async def test_download_the_plan_is_its_file(teacher: ChatWorld, typed: str) -> None:
    """Before: «скачать план» — «Извините, не понял» (only «скачать план в excel» was read)."""
    templates, answer = await said(teacher, typed)
    assert "не понял" not in answer, (typed, answer)
    assert "export_ready" in " ".join(templates) or "📊" in answer, (typed, templates, answer)


async def test_next_misspelt_in_a_title_is_kept(world: ChatWorld) -> None:
    """Before: «Квест След уровень» — the title's «Следущий» was read as «след» (review57, #8)."""
    _, answer = await said(world, "Квест Следущий уровень 15 декабря в 15:00, 9А")
    assert "Квест Следущий уровень" in answer, answer


async def test_courtesy_joined_by_and_stays_in_the_title(world: ChatWorld) -> None:
    """Before: «Урок вежливости пожалуйста» — only the last courtesy word was taken off,
    leaving its «и» pair half (review57, #8)."""
    _, answer = await said(world, "12 декабря в 15:00 для 9А урок вежливости пожалуйста и спасибо")
    assert "пожалуйста и спасибо" in answer, answer
