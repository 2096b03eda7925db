"""Plan files as schools really fill them, second part: a «День недели» column (or a weekday in
the date cell) that contradicts the date is held back with the chat's weekday doubt, never a
silent card on another weekday; a Word document whose plan is written as lines, not a table,
is read like a plan pasted into the chat; date and time cells with the usual typing and
scanning slips («18,12», «11. 12», «1О.12», «12.l2», «15 .00», «1500») are read, and the
summary shows the value an OCR slip was read as. Files built with openpyxl / python-docx,
sent through the real import path into a real SQLite store, frozen clock (newcomer walk
2026-12-01, findings 7, 6 and 16)."""

from __future__ import annotations

from datetime import date, datetime, time

from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import CURATOR, NOW, TZ, rendered, send
from tests.plan_makers import docx, xlsx

store = plan_file_world.store
planner = plan_file_world.planner


async def say(planner: Planner, text: str) -> str:
    return rendered(await planner.handle(CURATOR, text))


async def stored(store: SqliteStore) -> dict[str, datetime]:
    return {e.title: e.start.astimezone(TZ) for e in await store.events_between(NOW, None)}


def at(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, tzinfo=TZ)


# Finding 7: a weekday column that contradicts the date

WEEKDAY_ROWS = [
    ["Дата", "День недели", "Время", "Мероприятие", "Классы", "Место"],
    ["16.12", "среда", "15.00", "Профпроба", "8-е классы", "каб. 12"],
    ["17.12", "Чт", "15.00", "Классный час", "8а", "каб. 14"],
    ["19.12", "пятница", "12.00", "Турнир по робофутболу", "5-7", ""],
    ["28.12", "пн", "11.00", "Новогодний квест", "1-4", ""],
    ["22.12 (пт)", "", "16.00", "Лекция о космосе", "9", ""],
]


async def test_a_weekday_contradicting_the_date_is_held_back_with_the_other_day(
    store: SqliteStore, planner: Planner
) -> None:
    text = await send(planner, "clash_weekday.xlsx", xlsx({"План": WEEKDAY_ROWS}))
    assert "3 мероприятия готовы к сохранению" in text, text
    held = text.split("Не сохраню")[1]
    assert (
        "Турнир по робофутболу — 19 декабря (сб) — суббота, а написан другой день недели: "
        "или имеется в виду 18 декабря (пт)?"
    ) in held, text
    assert "Лекция о космосе — 22 декабря (вт) — вторник, а написан другой день недели" in held
    assert "Профпроба" not in held, text
    assert "Новогодний квест" not in held, text
    assert "Сохранено" in await say(planner, "да")
    events = {e.title: e for e in await store.events_between(NOW, None)}
    assert set(events) == {"Профпроба", "Классный час", "Новогодний квест"}
    # the weekday column is read, not kept as a note
    assert "среда" not in (events["Профпроба"].details.description or "")


async def test_the_held_back_weekday_row_is_fixed_by_its_number(
    store: SqliteStore, planner: Planner
) -> None:
    await send(planner, "clash_weekday.xlsx", xlsx({"План": WEEKDAY_ROWS[:4]}))
    assert "Исправил строку 4" in await say(planner, "исправь 4: 18 декабря")
    await say(planner, "да")
    assert (await stored(store))["Турнир по робофутболу"] == at(date(2026, 12, 18), time(12, 0))


async def test_the_same_line_pasted_in_the_chat_gets_the_same_doubt(planner: Planner) -> None:
    """The chat's own reading of a weekday beside a date, for comparison: the file's row is
    held back for the same reason the pasted plan's line is."""
    text = await say(
        planner,
        "Турнир по робофутболу в пятницу 19.12 в 12:00 для 5-7 классов\n"
        "Профпроба 16.12 в 15:00 для 8 классов",
    )
    assert "19 декабря (сб) — суббота, а написан другой день недели" in text, text


# Finding 6: a Word document whose plan is lines, not a table

PARAGRAPHS = [
    "План мероприятий КГТУ на декабрь",
    "1. 08.12 в 15.00 – лекция «Морские профессии», 8а, 8б, акт. зал",
    "2. 10.12 в 14.30 – экскурсия в порт, 9в",
    "3. 15.12 в 16.00 – мастер-класс «Узлы», 7а, спортзал",
    "Контактное лицо Иванова Мария Петровна",
]


async def test_a_document_of_plan_lines_is_read_like_a_pasted_plan(
    store: SqliteStore, planner: Planner
) -> None:
    text = await send(planner, "paragraphs.docx", docx([], above=PARAGRAPHS))
    assert "Не нашёл" not in text, text
    assert "3 мероприятия готовы к сохранению" in text, text
    assert "строка 5: не понял строку — нет даты?" in text, text
    assert "Сохранено" in await say(planner, "да")
    events = {e.start.astimezone(TZ): e for e in await store.events_between(NOW, None)}
    assert sorted(events) == [
        at(date(2026, 12, 8), time(15, 0)),
        at(date(2026, 12, 10), time(14, 30)),
        at(date(2026, 12, 15), time(16, 0)),
    ]
    lecture = events[at(date(2026, 12, 8), time(15, 0))]
    assert "Морские профессии" in lecture.title
    assert lecture.audience.classes == frozenset({"8А", "8Б"})
    assert events[at(date(2026, 12, 10), time(14, 30))].audience.classes == frozenset({"9В"})


async def test_a_letter_without_plan_lines_or_tables_still_gets_the_polite_refusal(
    store: SqliteStore, planner: Planner
) -> None:
    """Counter-case: prose paragraphs (no event lines) are no plan; one event line among
    prose is not a plan either: the «no header» reply, nothing stored."""
    letter = [
        "Уважаемые коллеги!",
        "Просим прислать план совместных мероприятий на второе полугодие.",
        "Лекция о космосе 17.12 в 15:00 для 9 классов",
        "С уважением, администрация",
    ]
    text = await send(planner, "letter.docx", docx([], above=letter))
    assert "Не нашёл в «letter.docx» строку заголовков" in text, text
    assert "Ничего из уже сохранённого не потеряно" in text, text
    assert await stored(store) == {}


async def test_a_document_with_a_plan_table_reads_the_table_not_its_lines(
    store: SqliteStore, planner: Planner
) -> None:
    table = [["Дата", "Время", "Мероприятие", "Классы"], ["18.12.2026", "12:00", "Хакатон", "9"]]
    text = await send(planner, "plan.docx", docx([table], above=PARAGRAPHS))
    assert "1 мероприятие готово к сохранению" in text, text
    await say(planner, "да")
    assert await stored(store) == {"Хакатон": at(date(2026, 12, 18), time(12, 0))}


# Finding 16: typing and scanning slips in date and time cells

SCAN_ROWS: list[list[object]] = [
    [],
    ["", "  ПЛАН  "],
    ["", "совместных мероприятий"],
    [],
    ["", "Дата", "Время", "Название ", "Кл.", "Прим."],
    ["", "1О.12", "15 .00", "Лекция  по  финансовой\nграмотности", "9", ""],
    ["", "11. 12", "1500", "Турнир по шахматам", "3-4", "отменено"],
    ["", "12.l2", "16-00", "Мастер-класс", "5", ""],
    ["", "18,12", "16.00", "Квиз", "6", ""],
    ["", "11. 12", "1500", "Шашки", "3", ""],
    ["", "1О.1З", "15.00", "Непонятная дата", "7", ""],
    ["", "32,12", "15.00", "Несуществующий день", "7", ""],
    ["", "8,9", "15.00", "Два дня подряд", "7", ""],  # may list two days: not 8 September
]


async def test_date_and_time_slips_are_read_and_ocr_letters_shown(
    store: SqliteStore, planner: Planner
) -> None:
    text = await send(planner, "scan_mess.xlsx", xlsx({"Лист1": SCAN_ROWS}))
    assert "4 мероприятия готовы к сохранению" in text, text
    assert "«1О.12» → «10.12»" in text, text
    assert "«12.l2» → «12.12»" in text, text
    assert "«18,12» →" not in text, text  # plain slips are not shown
    assert "«11. 12» →" not in text, text
    assert "строка 7: мероприятие отмечено как отменённое" in text, text  # «Прим.: отменено»
    assert "не понял дату («1О.1З»)" in text, text  # З is no slip for 3: not guessed
    assert "не понял дату («32,12»)" in text, text
    assert "не понял дату («8,9»)" in text, text
    assert "Сохранено" in await say(planner, "да")
    assert await stored(store) == {
        "Лекция по финансовой грамотности": at(date(2026, 12, 10), time(15, 0)),
        "Мастер-класс": at(date(2026, 12, 12), time(16, 0)),
        "Квиз": at(date(2026, 12, 18), time(16, 0)),
        "Шашки": at(date(2026, 12, 11), time(15, 0)),
    }
