"""Plan files that were read silently wrong (adversarial walk p, 2026-12-02; walk o #3, #4):
class ranges with letters, «кроме» in a classes cell, notes that call the row off or in doubt,
a «Кл.» column, an end-date and a duration column, a date-and-time cell with its end, the
year in the file's title. Files built with openpyxl and python-docx, read by the real
importer (and, where the reply matters, sent through the real planner into a real SQLite
store); frozen clock."""

from __future__ import annotations

from datetime import datetime

from bot.core.models import Audience, EventDraft
from bot.core.planner import Planner
from bot.exports.importer import ImportedRow, RowError, read_plan_book
from bot.exports.problems import RowProblem
from bot.plan_files import import_plan_file
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import CURATOR, NOW, TZ
from tests.plan_file_world import rendered as text
from tests.plan_makers import docx, xlsx

store = plan_file_world.store
planner = plan_file_world.planner
WALL = NOW.replace(tzinfo=None)


def rows_of(data: bytes, name: str = "plan.xlsx", now: datetime = WALL) -> dict[str, EventDraft]:
    """Title -> the draft of each row read (rows refused are in `errors_of`)."""
    rows = read_plan_book(data, name, now).rows
    return {r.draft.title: r.draft for r in rows if isinstance(r, ImportedRow)}


def errors_of(data: bytes, now: datetime = WALL) -> dict[int, RowProblem]:
    """Row number -> why the row was refused."""
    rows = read_plan_book(data, "plan.xlsx", now).rows
    return {r.row_number: r.reason for r in rows if isinstance(r, RowError)}


def wall(*parts: int) -> datetime:
    """A naive school wall-clock time (the drafts' convention)."""
    return datetime(*parts, tzinfo=TZ).replace(tzinfo=None)  # type: ignore[misc]


def test_letter_ranges_of_classes_name_every_class_between() -> None:
    rows = [
        ["Название", "Дата", "Время", "Классы", "Место"],
        ["Лекция 1", "14.12", "15:00", "5а-5в", "к1"],
        ["Лекция 3", "16.12", "15:00", "9А–9Г", "к3"],
    ]
    found = rows_of(xlsx({"План": rows}))
    assert found["Лекция 1"].audience == Audience(classes=frozenset({"5А", "5Б", "5В"}))
    nine = frozenset({"9А", "9Б", "9В", "9Г"})
    assert found["Лекция 3"].audience == Audience(classes=nine)


def test_krome_takes_classes_out_or_holds_the_row() -> None:
    rows = [
        ["Название", "Дата", "Время", "Классы", "Место"],
        ["Лекция 2", "15.12", "15:00", "8 классы (кроме 8В)", "к2"],
        ["Лекция 4", "17.12", "15:00", "все, кроме 11-х", "к4"],
        ["Лекция 5", "18.12", "15:00", "10-11 (кроме 10Б)", "к5"],
        ["Лекция 6", "18.12", "16:00", "9-11 классы, кроме 11-х", "к5"],
    ]
    data = xlsx({"План": rows})
    found = rows_of(data)
    assert found["Лекция 4"].audience == Audience(grades=frozenset(range(1, 11)))
    assert found["Лекция 6"].audience == Audience(grades=frozenset({9, 10}))
    # a class of a grade named whole cannot be taken out without the school's class list:
    # the row is held («не понял, для каких классов»), never saved for the excluded class
    problem = RowProblem.BAD_AUDIENCE
    assert errors_of(data) == {2: problem, 4: problem}


def test_notes_that_call_a_row_off_or_in_doubt_hold_it() -> None:
    rows = [
        ["Дата", "Время", "Название", "Классы", "Место", "Примечание"],
        ["21.12", "11:00", "Экскурсия в музей", "7Б", "к14", "отменено"],
        ["22.12", "12:00", "Турнир", "8А", "к16", "не состоится"],
        ["22.12", "13:00", "Спектакль", "8Б", "к17", "под вопросом"],
        ["22.12", "14:00", "Мастер-класс", "8В", "к18", "дата уточняется"],
        ["22.12", "15:00", "Концерт", "8Г", "к19", "возможно, с родителями"],
    ]
    data = xlsx({"План": rows})
    found = rows_of(data)
    assert errors_of(data) == {2: RowProblem.CANCELLED, 3: RowProblem.CANCELLED}
    for title in ("Спектакль", "Мастер-класс"):
        assert "note_unsure" in found[title].doubts
    assert found["Концерт"].doubts == ()


async def test_unsure_rows_are_named_and_not_saved_by_yes(
    store: SqliteStore, planner: Planner
) -> None:
    rows = [
        ["Дата", "Время", "Название", "Классы", "Примечание"],
        ["22.12", "13:00", "Спектакль", "8Б", "под вопросом"],
        ["23.12", "13:00", "Лекция", "8Б", ""],
    ]
    replies = await import_plan_file(planner, CURATOR, "plan.xlsx", xlsx({"План": rows}))
    assert "дата не окончательная" in text(replies)
    await planner.handle(CURATOR, "да")
    assert [e.title for e in await store.events_between(NOW, None)] == ["Лекция"]


def test_a_class_column_headed_kl() -> None:
    rows = [["Дата", "Название", "Время", "Кл."], ["10.12", "Урок мужества", "12:00", "8а"]]
    found = rows_of(xlsx({"План": rows}))
    assert found["Урок мужества"].audience == Audience(classes=frozenset({"8А"}))


def test_end_date_and_duration_columns() -> None:
    rows = [
        [
            "Название",
            "Дата начала",
            "Дата окончания",
            "Время начала",
            "Время окончания",
            "Продолжительность",
            "Классы",
        ],
        ["Выставка рисунков", "21.12", "25.12", "09:00", "17:00", "", "5-7"],
        ["Смена в лагере", "14.12", "18.12", "", "", "", "8Б"],
        ["Олимпиада", "14.12", "", "10:00", "", "1,5 ч", "8"],
        ["Квест", "15.12", "", "11:00", "", "45 мин", "8"],
    ]
    found = rows_of(xlsx({"План": rows}))
    show = found["Выставка рисунков"]
    assert show.recurrence is not None
    assert show.recurrence.until == wall(2026, 12, 25).date()
    camp = found["Смена в лагере"]
    assert camp.end == wall(2026, 12, 18)
    assert not camp.time_known
    assert found["Олимпиада"].end == wall(2026, 12, 14, 11, 30)
    assert found["Квест"].end == wall(2026, 12, 15, 11, 45)


def test_a_date_and_time_cell_keeps_its_end() -> None:
    table = [
        ["Мероприятие", "Дата, время", "Участники"],
        ["Новогодний бал", "26.12 18.00-21.00", "9-11 классы"],
        ["Концерт", "27.12 с 15:00 до 17:00", "9-11 классы"],
    ]
    found = rows_of(docx([table]), "plan.docx")
    assert found["Новогодний бал"].end == wall(2026, 12, 26, 21, 0)
    assert found["Концерт"].end == wall(2026, 12, 27, 17, 0)


def test_a_time_in_the_date_cell_against_the_time_column_is_named() -> None:
    rows = [
        ["Дата", "Время", "Название", "Классы"],
        [wall(2026, 12, 14, 10, 0), "16:00", "Дата-время и другое время", "9В"],
        [wall(2026, 12, 15, 16, 0), "16:00", "Совпадает", "9В"],
    ]
    found = rows_of(xlsx({"План": rows}))
    conflict = found["Дата-время и другое время"]
    assert conflict.doubts == ("time_conflict",)
    assert [c.hour for c in conflict.choices] == [16, 10]
    assert found["Совпадает"].doubts == ()


async def test_an_empty_classes_cell_is_asked_not_sent_to_everyone(
    store: SqliteStore, planner: Planner
) -> None:
    rows = [
        ["№", "Название", "Дата проведения", "Время", "Участники"],
        [1, "Олимпиада по химии", "14.12", "10:00", "обучающиеся 8-х классов"],
        [2, "Квест по истории", "15.12", "11:00", ""],
        [3, "Турнир", "16.12", "11:00", ""],
    ]
    replies = await import_plan_file(planner, CURATOR, "plan.xlsx", xlsx({"План": rows}))
    assert "не указаны классы" in text(replies)
    fixed = await planner.handle(CURATOR, "исправь 3: 7Б")
    assert "Квест по истории" in text(fixed)
    await planner.handle(CURATOR, "исправь 4: все классы")
    await planner.handle(CURATOR, "да")
    saved = {e.title: e.audience for e in await store.events_between(NOW, None)}
    assert saved == {
        "Олимпиада по химии": Audience(grades=frozenset({8})),
        "Квест по истории": Audience(classes=frozenset({"7Б"})),
        "Турнир": Audience(),
    }


def test_the_year_in_the_title_dates_the_rows() -> None:
    header = ["Название", "Дата", "Время", "Классы", "Место"]
    calendar = [
        ["План мероприятий на 2027 год"],
        header,
        ["Открытая лекция", "15.01", "15:00", "10-11", "КГТУ"],
        ["День открытых дверей", "20.12", "12:00", "11", "КГТУ"],
    ]
    found = rows_of(xlsx({"Лист1": calendar}))
    assert found["Открытая лекция"].start == wall(2027, 1, 15, 15, 0)
    assert found["День открытых дверей"].start == wall(2027, 12, 20, 12, 0)
    assert found["День открытых дверей"].doubts == ()  # the file said the year: no guess
    # the sheet's name alone («2027») says it too
    found = rows_of(xlsx({"2027": calendar[1:]}))
    assert found["День открытых дверей"].start == wall(2027, 12, 20, 12, 0)
    # a school year: September–December in its first year, January–August in its second,
    # for the sheets after the titled one too
    school = {
        "Декабрь": [["План на 2025/26 уч. год (архив)"], header, ["Старая лекция", "14.12"]],
        "Январь": [header, ["Старая экскурсия", "20.01", "12:00"]],
    }
    found = rows_of(xlsx(school))
    assert found["Старая лекция"].start == wall(2025, 12, 14)
    assert found["Старая экскурсия"].start == wall(2026, 1, 20, 12, 0)


async def test_a_past_school_year_is_named_not_saved_into_this_one(
    store: SqliteStore, planner: Planner
) -> None:
    book = {
        "Декабрь": [
            ["План мероприятий на 2026/27 уч. год"],
            ["Дата", "Время", "Название", "Классы"],
            ["15.12", "10:00", "Лекция", "9А"],
        ],
        "Сентябрь": [["Дата", "Время", "Название", "Классы"], ["15.09", "10:00", "Линейка", "все"]],
    }
    replies = await import_plan_file(planner, CURATOR, "plan.xlsx", xlsx(book))
    assert "15 сентября (вт) уже прошло" in text(replies)
    await planner.handle(CURATOR, "да")
    saved = [(e.title, e.start.astimezone(TZ).year) for e in await store.events_between(NOW, None)]
    assert saved == [("Лекция", 2026)]


def test_two_dates_in_one_cell_are_two_events() -> None:
    rows = [
        ["№", "Мероприятие", "Дата", "Время", "Классы"],
        [7, "Т две даты", "14.12, 16.12", "14:00", "11А"],
        [8, "Консультации", "15 и 17 декабря", "15:00", "9Б"],
        [9, "Опечатка", "18,12", "15:00", "9Б"],
    ]
    book = read_plan_book(xlsx({"План": rows}), "plan.xlsx", WALL)
    starts = [
        (r.row_number, r.draft.title, r.draft.start)
        for r in book.rows
        if isinstance(r, ImportedRow)
    ]
    assert starts == [
        (2, "Т две даты", wall(2026, 12, 14, 14, 0)),
        (2, "Т две даты", wall(2026, 12, 16, 14, 0)),
        (3, "Консультации", wall(2026, 12, 15, 15, 0)),
        (3, "Консультации", wall(2026, 12, 17, 15, 0)),
        (4, "Опечатка", wall(2026, 12, 18, 15, 0)),  # «18,12» is a slip, not two days
    ]


async def test_a_hidden_sheet_is_skipped_and_named(store: SqliteStore, planner: Planner) -> None:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Декабрь"
    for row in (["Дата", "Время", "Название", "Классы"], ["21.12", "10:00", "Лекция", "5А"]):
        first.append(row)
    draft = book.create_sheet("Черновик")
    for row in (["Дата", "Время", "Название", "Классы"], ["21.12", "10:00", "Скрытая идея", "5А"]):
        draft.append(row)
    draft.sheet_state = "hidden"
    data = io.BytesIO()
    book.save(data)
    replies = await import_plan_file(planner, CURATOR, "plan.xlsx", data.getvalue())
    shown = text(replies)
    assert "Скрытая идея" not in shown
    assert "Не читал скрытые листы: «Черновик»" in shown
    await planner.handle(CURATOR, "да")
    assert [e.title for e in await store.events_between(NOW, None)] == ["Лекция"]


def test_a_parents_meeting_row_is_the_parents_as_in_the_chat() -> None:
    rows = [
        ["Дата", "Время", "Название", "Классы", "Место"],
        ["16.12", "18:00", "Родительское собрание", "9Б", "каб. 21"],
        ["17.12", "18:00", "Собрание для родителей 10-х классов", "10", "актовый зал"],
        ["18.12", "15:00", "Экскурсия с родителями", "7А", "музей"],
    ]
    found = rows_of(xlsx({"План": rows}))
    nine = found["Родительское собрание"].audience
    assert nine == Audience(classes=frozenset({"9Б"}), parents=True)
    ten = found["Собрание для родителей 10-х классов"].audience
    assert ten == Audience(grades=frozenset({10}), parents=True)
    assert not found["Экскурсия с родителями"].audience.parents  # the students' own


PLAN9 = [
    ["Дата", "Время", "Название", "Классы", "Место"],
    ["14.12", "15:00", "Лекция о космосе", "9А", "ауд. 204"],
    ["15.12", "16:00", "Мастер-класс по химии", "10Б", "к1"],
    ["16.12", "15:00", "Экскурсия на завод", "8А", "завод"],
]


async def titles(store: SqliteStore) -> list[str]:
    return sorted(e.title for e in await store.events_between(NOW, None))


async def test_the_same_file_sent_again_and_yes_saves_no_copies(
    store: SqliteStore, planner: Planner
) -> None:
    await import_plan_file(planner, CURATOR, "plan9.xlsx", xlsx({"План": PLAN9}))
    await planner.handle(CURATOR, "да")
    await import_plan_file(planner, CURATOR, "plan9.xlsx", xlsx({"План": PLAN9}))
    replies = await planner.handle(CURATOR, "да")
    assert "копии не делаю" in text(replies)
    assert await titles(store) == [
        "Лекция о космосе",
        "Мастер-класс по химии",
        "Экскурсия на завод",
    ]
    # one new row beside the old ones: only it is saved, the copies are named
    more = [*PLAN9, ["17.12", "15:00", "Встреча с ветераном", "8А", "к2"]]
    await import_plan_file(planner, CURATOR, "plan9.xlsx", xlsx({"План": more}))
    replies = await planner.handle(CURATOR, "да")
    assert "не дублирую: 3 строки" in text(replies)
    assert len(await titles(store)) == 4


async def test_update_with_a_repeated_row_does_not_double_it(
    store: SqliteStore, planner: Planner
) -> None:
    await import_plan_file(planner, CURATOR, "plan9.xlsx", xlsx({"План": PLAN9}))
    await planner.handle(CURATOR, "да")
    plan10 = [
        PLAN9[0],
        PLAN9[1],
        ["15.12", "17:00", "Мастер-класс по химии", "10Б", "к1"],
        ["16.12", "15:30", "Встреча с ветераном", "8А", "к2"],
        PLAN9[1],
    ]
    await import_plan_file(planner, CURATOR, "plan10.xlsx", xlsx({"План": plan10}))
    replies = await planner.handle(CURATOR, "обнови прежние")
    shown = text(replies)
    assert "Без изменений — не дублирую: 2 мероприятия" in shown, shown
    assert (await titles(store)).count("Лекция о космосе") == 1


async def test_a_day_named_for_a_month_only_row_keeps_its_time(
    store: SqliteStore, planner: Planner
) -> None:
    rows = [
        ["Дата", "Время", "Название", "Место", "Классы"],
        ["декабрь, 2-я неделя", "11.00", "Экскурсия в музей янтаря", "Музей", "8 кл."],
        ["15.12", "10:00", "Лекция", "к1", "8А"],
    ]
    await import_plan_file(planner, CURATOR, "plan.xlsx", xlsx({"План": rows}))
    fixed = await planner.handle(CURATOR, "исправь 2: 9 декабря")
    assert "нет времени" not in text(fixed)
    await planner.handle(CURATOR, "да")
    starts = {e.title: e.start.astimezone(TZ) for e in await store.events_between(NOW, None)}
    assert starts["Экскурсия в музей янтаря"].strftime("%d.%m %H:%M") == "09.12 11:00"
