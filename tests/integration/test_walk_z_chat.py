"""Newcomer walk 2026-12-03z (tests/data/newcomer_walk_2026-12-03z.md): a college's admissions
office with a hand-made plan file, a class teacher of 8В, the curator at the end of the третья
четверть, an 11th-grader's poll — the real planner over a real store, the real templates, a
frozen clock; files are built as the transport builds them and read back."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from bot.core.models import Audience, NewEvent, OrgKind, Role
from bot.plan_files import document_maker
from tests.chat_world import CURATOR, ZONE, ChatWorld, curator_world, said

TEACHER, COLLEGE, STUDENT = 300, 400, 500
END_OF_QUARTER = datetime(2027, 3, 18, 15, 0, tzinfo=ZONE)  # a Thursday, the quarter ends 19.03
BEFORE_HOLIDAYS = datetime(2026, 12, 23, 15, 0, tzinfo=ZONE)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


async def _college_plan(world: ChatWorld) -> dict[str, int]:
    """The college's four events of the третья четверть (and one of the second), agreed, with
    one 8В pupil signed up for «Кондитер» and a rating of 4 for it: {title: id}."""
    org = await world.store.create_organisation("Колледж сервиса", OrgKind.PARTNER)
    await world.store.save_person(COLLEGE, Role.PARTNER, "Приёмная", org.id)
    rows = (
        ("Мастер-класс «Кондитер»", "2027-01-14T14:30", "2027-01-14T16:00", "8В"),
        ("Экскурсия в музей колледжа", "2027-01-27T11:00", "2027-01-27T12:00", "10А"),
        ("Профпроба «Повар»", "2027-02-17T15:00", "2027-02-17T16:30", "8В"),
        ("Мастер-класс «Бариста»", "2027-03-10T15:00", "2027-03-10T16:00", "11А"),
        ("День открытых дверей", "2026-12-12T11:00", "2026-12-12T13:00", "11А"),
    )
    events = await world.store.add_events(
        [
            NewEvent(
                title,
                org.id,
                at(start),
                at(end),
                audience=Audience(classes=frozenset({klass})),
                agreed_at=at("2026-12-01T10:00"),
            )
            for title, start, end, klass in rows
        ],
        None,
    )
    ids = {e.title: e.id for e in events}
    pupil = await world.store.save_person(STUDENT, Role.STUDENT, "Петя", None, class_name="8В")
    await world.store.sign_up(ids["Мастер-класс «Кондитер»"], pupil.id)
    await world.store.save_feedback(ids["Мастер-класс «Кондитер»"], pupil.id, "student", rating=4)
    return ids


async def _titles_in_file(world: ChatWorld, text: str, vk_id: int) -> list[str]:
    """The «Название» column of the .xlsx the bot answers `text` with (built as the transport
    builds it, read back)."""
    replies = await world.planner.handle(vk_id, text)
    [document] = [r.document for r in replies if r.document is not None]
    made = await document_maker(world.store, ZONE, world.planner.clock, "Школа")(document)
    rows = list(load_workbook(io.BytesIO(made.data))["План"].iter_rows(values_only=True))
    column = list(rows[0]).index("Название")
    return [str(row[column]) for row in rows[1:] if row[column]]


@pytest.fixture
async def before_holidays(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    async with curator_world(tmp_path / "plan.db", BEFORE_HOLIDAYS) as world:
        yield world


# --- Z1: a class teacher's «план моего класса в excel» is their class's --------------------


async def test_a_class_teachers_file_of_my_class_has_only_the_class(
    before_holidays: ChatWorld,
) -> None:
    world = before_holidays
    await _college_plan(world)
    school = await world.store.create_organisation("Школа №7", OrgKind.SCHOOL)
    await world.store.save_person(TEACHER, Role.STAFF, "Орлова", school.id)
    await said(world, "я классный руководитель 8В", TEACHER)
    for text in ("план моего класса в excel", "выгрузка для моего класса"):
        titles = await _titles_in_file(world, text, TEACHER)
        assert titles == ["Мастер-класс «Кондитер»", "Профпроба «Повар»"], (text, titles)
    _, answer = await said(world, "план моего класса в excel", TEACHER)
    assert "8В" in answer, answer
    # the whole school's file is still there for the asking
    assert len(await _titles_in_file(world, "выгрузка", TEACHER)) == 5


async def test_my_class_in_a_file_request_without_a_class_asks_which(
    before_holidays: ChatWorld,
) -> None:
    world = before_holidays
    await _college_plan(world)
    templates, answer = await said(world, "план моего класса в excel")
    assert templates == ["own_class_unknown"], answer


@pytest.fixture
async def end_of_quarter(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    async with curator_world(tmp_path / "plan.db", END_OF_QUARTER) as world:
        await _college_plan(world)
        yield world


QUARTER_TITLES = [
    "Мастер-класс «Кондитер»",
    "Экскурсия в музей колледжа",
    "Профпроба «Повар»",
    "Мастер-класс «Бариста»",
]


# --- Z2: the figures of a четверть, and of a span of days ---------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("итоги четверти", "2027-01-11"),
        ("итоги третьей четверти", "2027-01-11"),
        ("итоги за 3 четверть", "2027-01-11"),
        ("итоги за четверть", "2027-01-11"),
        ("итоги III четверти", "2027-01-11"),
        ("итоги с января по март", "2027-01-01"),
        ("итоги с 11 января по 19 марта", "2027-01-11"),
        ("отзывы за третью четверть", "2027-01-11"),
    ],
)
async def test_the_figures_of_a_quarter_or_a_span_are_reported(
    end_of_quarter: ChatWorld, text: str, first: str
) -> None:
    world = end_of_quarter
    replies = await world.planner.handle(CURATOR, text)
    [report] = [r for r in replies if r.template == "report"] or [None]
    assert report is not None, [world.text(r) for r in replies]
    assert str(report.context["first"]) == first, text
    assert str(report.context["last"]) == "2027-03-18", text  # never past today
    answer = world.text(report)
    assert "Кондитер" in answer, answer
    assert "4,0" in answer, answer
    assert "День открытых дверей" not in answer, answer  # December's, another quarter
    _, after = await said(world, "нет")  # nothing was opened as a draft «Итоги»
    assert "Черновик удалён" not in after, after


# --- Z3: the plan of a named четверть: the whole of it, in the chat and in a file ---------


@pytest.mark.parametrize(
    "text", ["план третьей четверти", "план на третью четверть", "план за 3 четверть"]
)
async def test_the_plan_of_a_named_quarter_is_the_whole_quarter(
    end_of_quarter: ChatWorld, text: str
) -> None:
    world = end_of_quarter
    [answer] = await world.planner.handle(CURATOR, text)
    titles = [e["title"] for d in answer.context.get("days", []) for e in d["events"]]
    assert titles == QUARTER_TITLES, world.text(answer)


async def test_the_file_of_a_named_quarter_is_the_whole_quarter(end_of_quarter: ChatWorld) -> None:
    world = end_of_quarter
    for text in ("план третьей четверти в excel", "выгрузка за 3 четверть"):
        assert await _titles_in_file(world, text, CURATOR) == QUARTER_TITLES, text


# --- Z4: «а где посмотреть результаты?» after the poll ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "а где посмотреть результаты?",
        "а где посмотреть результаты опроса?",
        "где можно увидеть итоги опроса",
        "а результаты опроса где?",
        "можно посмотреть оценки?",
    ],
)
async def test_a_student_asking_where_the_poll_results_are_is_told(
    end_of_quarter: ChatWorld, text: str
) -> None:
    world = end_of_quarter
    templates, answer = await said(world, text, STUDENT)
    assert templates == ["poll_results_where"], answer
    assert "Не нашёл" not in answer, answer
    assert "не понял" not in answer, answer
    assert "анонимн" in answer, answer
    assert "организатор" in answer, answer
    templates, answer = await said(world, text, CURATOR)
    assert templates == ["poll_results_where"], answer
    assert "итоги" in answer, answer


async def test_an_event_named_results_is_still_found(end_of_quarter: ChatWorld) -> None:
    world = end_of_quarter
    templates, _ = await said(world, "когда объявят результаты олимпиады?", STUDENT)
    assert templates != ["poll_results_where"]
    templates, _ = await said(world, "итоги третьей четверти", CURATOR)
    assert templates == ["report"]


# --- Z5: «какие из наших мероприятий школа согласовала?» quotes no title ------------------


@pytest.mark.parametrize(
    "text",
    [
        "какие из наших мероприятий школа согласовала?",
        "какие мероприятия согласовала школа?",
        "что из нашего плана уже согласовали?",
        "сколько наших мероприятий одобрили?",
    ],
)
async def test_a_partner_asking_which_events_are_agreed_gets_the_list(
    before_holidays: ChatWorld, text: str
) -> None:
    world = before_holidays
    await _college_plan(world)
    templates, answer = await said(world, text, COLLEGE)
    assert templates == ["agreement_list"], answer
    assert "Среди ваших мероприятий нет" not in answer, answer
    assert "Кондитер" in answer, answer
    assert "согласовано" in answer, answer


async def test_the_school_as_the_subject_still_finds_the_event_named(
    before_holidays: ChatWorld,
) -> None:
    world = before_holidays
    await _college_plan(world)
    _, answer = await said(world, "школа согласовала наш мастер-класс «Кондитер»?", COLLEGE)
    assert "Кондитер" in answer, answer
    assert "Повар" not in answer, answer


# --- Z9: the class teacher's name in the nominative -------------------------------------


async def test_a_class_teachers_name_is_put_in_the_nominative(before_holidays: ChatWorld) -> None:
    world = before_holidays
    [created] = await world.say("пригласить классного руководителя 8В Орлову Ирину Павловну")
    assert "(Орлова Ирина Павловна)" in world.text(created), world.text(created)
    _, joined = await said(world, created.context["code"], TEACHER)  # with the curator's notice
    assert "Орлова Ирина Павловна" in joined, joined
    assert "Орлову" not in joined, joined
    [created] = await world.say("пригласить классного руководителя 9А Петрова Сергея Ивановича")
    assert "(Петров Сергей Иванович)" in world.text(created), world.text(created)


# --- Z8: a PDF of a past week or month of this school year --------------------------------


@pytest.mark.parametrize(
    "text", ["план на неделю 11 января в pdf", "план на январь в pdf", "pdf на 14 января"]
)
async def test_a_pdf_of_a_past_week_of_this_school_year_prints_that_week(
    end_of_quarter: ChatWorld, text: str
) -> None:
    world = end_of_quarter
    replies = await world.planner.handle(CURATOR, text)
    documents = [r.document for r in replies if r.document is not None]
    assert documents, [world.text(r) for r in replies]
    made = await document_maker(world.store, ZONE, world.planner.clock, "Школа")(documents[0])
    printed = "".join(page.extract_text() for page in PdfReader(io.BytesIO(made.data)).pages)
    assert "11 января — 17 января 2027" in printed, printed
    assert "Кондитер" in printed, printed


# --- Z16: «накладки в марте»: the clashes of a period -------------------------------------


@pytest.mark.parametrize("text", ["накладки в марте", "накладки в третьей четверти"])
async def test_the_clashes_of_a_named_period_are_listed(
    before_holidays: ChatWorld, text: str
) -> None:
    world = before_holidays
    await _college_plan(world)
    school = await world.store.create_organisation("Школа №7", OrgKind.SCHOOL)
    await world.store.add_events(
        [
            NewEvent(
                "Олимпиада по математике",
                school.id,
                at("2027-03-10T15:00"),
                at("2027-03-10T16:30"),
                audience=Audience(classes=frozenset({"11А"})),
            )
        ],
        None,
    )
    _, within = await said(world, "накладки")  # 77 days ahead: beyond the usual 60
    assert "Олимпиада" not in within, within
    templates, answer = await said(world, text)
    assert templates == ["clash_overview"], answer
    assert "Олимпиада по математике" in answer, answer
    assert "Бариста" in answer, answer
    assert "ближайшие" not in answer, answer
