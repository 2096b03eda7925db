"""Newcomer walk 2026-12-03x (tests/data/newcomer_walk_2026-12-03x.md): a deputy head's
planning cycle, the class teacher of 8Б and a student of 8Б typing as teenagers do — the
real planner over a real store, the real templates, a frozen clock."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bot.core.features.class_teachers import with_confirmation
from bot.core.models import Role
from tests.chat_world import ZONE, curator_world, said

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=ZONE)  # Thursday
NEWCOMER = 500
STUDENT = 600


# --- X1: «пригласить классного руководителя 8Б» invites the class teacher of 8Б ----------


async def test_a_class_teachers_code_makes_the_newcomer_the_class_teacher_of_that_class(
    tmp_path: Path,
) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        [created] = await world.say("пригласить классного руководителя 8Б")
        assert "классного руководителя 8Б" in world.text(created)
        templates, text = await said(world, created.context["code"], NEWCOMER)
        assert templates[0] == "invite_accepted"
        assert text.split("\n")[0] == "Готово! Вы подключены как классный руководитель 8Б ✅"
        assert "подключился 8Б" not in text  # «8Б» is the class, not the teacher's name
        assert "классный руководитель 8Б" in text.split("👋")[1]
        person = await world.store.get_person_by_vk(NEWCOMER)
        assert person is not None
        assert person.role is Role.STAFF
        assert (await with_confirmation(world.store, person)).class_confirmed
        assert person.class_name == "8Б"


async def test_a_class_teachers_code_with_a_name_keeps_the_name(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        [created] = await world.say("пригласить классного руководителя 8 Б Иванову Марию Петровну")
        assert "классного руководителя 8Б" in world.text(created)
        assert "Иванову Марию Петровну" in world.text(created)
        _, text = await said(world, created.context["code"], NEWCOMER)
        assert "Иванову Марию Петровну" in text
        person = await world.store.get_person_by_vk(NEWCOMER)
        assert person is not None
        assert person.class_name == "8Б"


# --- X2: a weekday and a day number ask about that day, even after a week's list ---------


async def test_a_weekday_with_a_day_number_is_that_day_not_this_weeks(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await said(world, "я из 8Б", STUDENT)
        _, week = await said(world, "чё на след неделе?", STUDENT)
        assert "7–13 декабря" in week
        _, plain = await said(world, "а в четверг?", STUDENT)  # the list's Thursday, as before
        assert "10 декабря (чт)" in plain
        await said(world, "чё на след неделе?", STUDENT)
        for asked in ("а чё в четверг 17го?", "что в четверг 17?", "чё в чт, 17"):
            _, text = await said(world, asked, STUDENT)
            assert "17 декабря (чт)" in text, asked
            assert "10 декабря" not in text, asked


# --- X3: «мастер класс» and «мастеркласс» name a «Мастер-класс» -------------------------


async def test_a_master_class_typed_apart_or_fused_is_found_by_name(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await said(world, "Мастер-класс «Корабль в бутылке» 17 декабря в 15:00, 8Б, каб. 5")
        await said(world, "да")
        await said(world, "я из 8Б", STUDENT)
        for asked in ("запиши на мастер класс", "запиши меня на мастеркласс"):
            templates, text = await said(world, asked, STUDENT)
            assert "signup_title_not_found" not in templates, text
            assert "«Корабль в бутылке»" in text.replace("„", "«").replace("“", "»"), asked
            await said(world, "не пойду на корабль в бутылке", STUDENT)


# --- X4, X5: a 14-year-old's «прив», «ку», «ок», «пон», «го 1», «го на экскурсию» ----------


async def test_teenagers_greetings_and_acknowledgements_get_a_short_friendly_answer(
    tmp_path: Path,
) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await said(world, "я из 8Б", STUDENT)
        for greeting in ("прив", "ку", "Прив!"):
            templates, text = await said(world, greeting, STUDENT)
            assert templates == ["small_talk"], greeting
            assert text.startswith("Здравствуйте"), greeting
        for heard in ("ок", "пон", "ладно", "понятно 👍"):
            templates, text = await said(world, heard, STUDENT)
            assert templates == ["small_talk"], heard
            assert text.startswith("👌"), heard
            assert "нечего подтверждать" not in text
            assert len(text.split("\n")) <= 3, text


async def test_ok_under_an_open_card_still_saves_it(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await said(world, "Лекция о космосе 15 декабря в 15:00, 8Б, ауд. 204")
        templates, _ = await said(world, "ок")
        assert templates == ["saved"]


async def test_go_with_a_number_or_a_name_signs_the_student_up(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await said(world, "Экскурсия на судно «Витязь» 10 декабря в 14:00, 8Б, причал 3")
        await said(world, "да")
        await said(world, "Лекция о космосе 9 декабря в 15:00, 8Б, ауд. 204")
        await said(world, "да")
        await said(world, "я из 8Б", STUDENT)
        _, week = await said(world, "чё на след неделе", STUDENT)
        assert "1. 15:00 Лекция о космосе" in week
        _, by_number = await said(world, "го 1", STUDENT)
        assert by_number.startswith("Вы записаны ✅ «Лекция о космосе»"), by_number
        _, by_name = await said(world, "го на экскурсию", STUDENT)
        assert by_name.startswith("Вы записаны ✅ «Экскурсия на судно"), by_name
