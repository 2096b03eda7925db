"""Newcomer walk 2026-12-03x (tests/data/newcomer_walk_2026-12-03x.md): a deputy head's
planning cycle, the class teacher of 8Б and a student of 8Б typing as teenagers do — the
real planner over a real store, the real templates, a frozen clock."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl

from bot.core.features.class_teachers import with_confirmation
from bot.core.models import Role
from bot.plan_files import read_plan_file
from tests.chat_world import CURATOR, ZONE, curator_world, said
from tests.integration.test_console_loop import after, console

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
        # in the nominative since walk z (Z9): «К боту подключился Иванову Марию …» read wrong
        assert "Иванова Мария Петровна" in world.text(created)
        _, text = await said(world, created.context["code"], NEWCOMER)
        assert "Иванова Мария Петровна" in text
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


# --- X6: a place in brackets closing the «Мероприятие» cell of a plan with no place column --


def _museum_plan() -> bytes:
    """A museum's December plan as Russian schools lay plans out: a merged title row, an
    «Утверждаю» row, «№ п/п | Дата | Время | Мероприятие | Ответственный | Классы», two
    rows sharing a merged date cell, a second sheet of contacts."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Декабрь"
    sheet["A1"] = "План совместных мероприятий Музея Мирового океана и МАОУ СОШ № 7 на декабрь"
    sheet.merge_cells("A1:F1")
    sheet["A2"] = "«Утверждаю» Заместитель директора ____________ Т.В. Смирнова"
    sheet.merge_cells("A2:F2")
    sheet.append([])
    sheet.append(["№ п/п", "Дата", "Время", "Мероприятие", "Ответственный", "Классы"])
    sheet.append([1, date(2026, 12, 8), "15.00-16.00", "Занятие «Тайны глубин»", "Петрова", "8-е"])
    sheet.append(
        [2, None, "16.30-17.30", "Лекция «Навигация» (конференц-зал)", "Петрова", "9-11 кл."]
    )
    sheet.append([3, date(2026, 12, 16), "14.00", "Олимпиада (отборочный тур)", "Лебедев", "8Б"])
    sheet.merge_cells("B5:B6")
    contacts = book.create_sheet("Контакты")
    contacts.append(["Ответственный", "Телефон"])
    contacts.append(["Петрова Анна Сергеевна", "8 (4012) 53-17-45"])
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


async def test_a_bracketed_place_closing_a_plan_files_title_is_the_events_place(
    tmp_path: Path,
) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        rows = await read_plan_file(_museum_plan(), "plan.xlsx", NOW)
        await world.planner.handle_import(CURATOR, "plan.xlsx", rows)
        await said(world, "да")
        events = await world.store.events_between(NOW, NOW + timedelta(days=30))
        places = {event.title: event.venue for event in events}
        assert places == {
            "Занятие «Тайны глубин»": None,
            "Лекция «Навигация»": "конференц-зал",
            "Олимпиада (отборочный тур)": None,  # a note in brackets, not a place
        }


# --- X7: «кто ещё идёт?» is the sign-up question -----------------------------------------


async def test_who_else_is_going_is_answered_not_misunderstood(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await said(world, "я из 8Б", STUDENT)
        for asked in ("кто ещё идёт?", "кто еще пойдет", "а кто ещё записался?"):
            templates, _ = await said(world, asked, STUDENT)
            assert templates == ["signup_count_students"], asked


# --- X8: an empty week's PDF points to the next week with events ------------------------


async def test_an_empty_weeks_pdf_suggests_the_next_week_with_events(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await said(world, "Лекция о космосе 9 декабря в 15:00, 8Б, ауд. 204")
        await said(world, "да")
        templates, text = await said(world, "план на неделю в pdf")
        assert templates == ["export_empty"]
        assert "30 ноября — 6 декабря" in text
        assert "7–13 декабря: «план на следующую неделю в pdf»" in text
        assert "январь" not in text
        await said(world, "Концерт 23 декабря в 15:00, 8Б, актовый зал")
        await said(world, "да")
        _, later = await said(world, "план на 14 декабря в pdf")
        assert "21–27 декабря: «план на 21 декабря в pdf»" in later


# --- X10: a class teacher's lists: the edit hint names their own event; no parents' rows -


async def test_a_class_teachers_lists_hint_their_own_events_and_skip_parents_meetings(
    tmp_path: Path,
) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await said(world, "Экскурсия на судно 8 декабря в 14:00, 8Б, причал 3")
        await said(world, "да")
        [created] = await world.say("пригласить классного руководителя 8Б")
        await said(world, created.context["code"], NEWCOMER)
        await said(world, "Родительское собрание 10 декабря в 18:00, каб. 21", NEWCOMER)
        await said(world, "да", NEWCOMER)
        _, week = await said(world, "что у моего класса на следующей неделе?", NEWCOMER)
        assert "1. 14:00 Экскурсия на судно" in week
        assert "2. 18:00 Родительское собрание" in week
        assert "«перенеси 1 на 17:00»" not in week
        assert "Изменить своё: «перенеси 2 на 17:00», «отмени 2»" in week
        _, counts = await said(world, "кто из моего класса записался?", NEWCOMER)
        assert "Экскурсия на судно" in counts
        assert "Родительское собрание" not in counts


# --- X11, X12: the waiting notice's «согласовать всё от …» reads right and works as pasted;
# an organisation named with quotes keeps its closing one


async def test_the_agree_all_hint_quotes_the_organiser_and_works_when_pasted(
    tmp_path: Path,
) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        for name, shown, code_for in (
            ("Музей Мирового океана", "«Музей Мирового океана»", 701),
            ("Колледж «Сервис»", "«Колледж „Сервис“»", 702),
        ):
            [created] = await world.say(f"пригласить партнёра {name}")
            assert f"для партнёра {shown}:" in world.text(created)
            _, joined = await said(world, created.context["code"], code_for)
            assert f"представитель {shown} ✅" in joined
            plan = "Лекция 9 декабря в 15:00, 8Б, ауд. 1\nЭкскурсия 11 декабря в 15:00, 8Б, ауд. 2"
            await said(world, plan, code_for)
            replies = await world.planner.handle(code_for, "да")
            [notice] = [r for r in replies if r.template == "agreement_waiting_notice"]
            text = world.text(notice)
            assert f"«согласовать всё от {shown}» или по одному" in text
            _, agreed = await said(world, f"согласовать всё от {shown}")
            assert agreed.startswith("Согласовано ✅"), agreed
            assert "Ещё ждут" not in agreed


# --- X9: the console finds again a person who joined with a code, in a later run ---------


def test_a_person_who_joined_with_a_code_is_found_again_in_a_later_console(
    tmp_path: Path,
) -> None:
    db = tmp_path / "plan.db"
    out = console(db, "curator", "пригласить классного руководителя 8Б")
    code = out.split("классного руководителя 8Б: ")[1].split()[0]
    console(db, "curator", "/я ученик 5А Ольга", code)
    later = console(db, "curator", "/я ученик 5А Ольга", "что у моего класса на следующей неделе?")
    assert "(id 1001)" in after(later, "/я ученик 5А Ольга")  # not a new student 1002
    assert "8Б" in after(later, "что у моего класса на следующей неделе?")


# --- X1 (its second half): a student's class is no class teacher's claim after a code ----


async def test_a_student_who_joins_as_a_teacher_claims_no_class(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await said(world, "я из 5А", NEWCOMER)
        [created] = await world.say("пригласить педагога")
        await said(world, created.context["code"], NEWCOMER)
        person = await world.store.get_person_by_vk(NEWCOMER)
        assert person is not None
        assert person.role is Role.STAFF
        assert person.class_name is None
        _, listed = await said(world, "классные руководители")
        assert "5А" not in listed
