"""Classes written apart, quoted or in Latin letters («10 А», «7 «Б»», «9A»), a date with no
such month («16.14») and a seat count after its noun («мест 12») — newcomer walk
2026-12-01k, findings 2, 3, 8 and 10 — read the same in every way the text arrives: one chat
message, the answer to «Для каких классов …?», a pasted plan, and a plan file (.xlsx, .csv).
Real planner, real SQLite store, real templates, frozen clock (NOW: Tuesday 1 December)."""

from __future__ import annotations

from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import CURATOR, NOW, TZ, send
from tests.plan_file_world import rendered as text
from tests.plan_makers import xlsx

store = plan_file_world.store
planner = plan_file_world.planner

HEADER = ["Дата", "Время", "Название", "Классы"]


async def saved(store: SqliteStore) -> dict[str, tuple[str, set[str], set[int]]]:
    """Title -> (its start as «14.12 12:00», its classes, its grades) of every stored event."""
    return {
        e.title: (
            f"{e.start.astimezone(TZ):%d.%m %H:%M}",
            set(e.audience.classes),
            set(e.audience.grades),
        )
        for e in await store.events_between(NOW, None)
    }


# --- classes written apart, quoted or in Latin letters -------------------------------------


async def test_one_message_with_classes_written_apart_names_them_not_the_title(
    store: SqliteStore, planner: Planner
) -> None:
    [card] = await planner.handle(
        CURATOR, "Экскурсия на хлебозавод 14 декабря в 12:00, 6 А, 6 Б и 6 В"
    )
    shown = text([card])
    assert card.template == "event_card", shown
    assert "👥 6А, 6Б, 6В" in shown
    assert "📌 Экскурсия на хлебозавод\n" in shown  # no «, 6, 6 Б и 6» left in the title
    await planner.handle(CURATOR, "да")
    assert await saved(store) == {
        "Экскурсия на хлебозавод": ("14.12 12:00", {"6А", "6Б", "6В"}, set())
    }


async def test_quoted_and_latin_classes_in_one_message(
    store: SqliteStore, planner: Planner
) -> None:
    await planner.handle(CURATOR, "Лекция о вулканах 15 декабря в 13:00, 7 «Б», 8A")
    await planner.handle(CURATOR, "да")
    assert await saved(store) == {"Лекция о вулканах": ("15.12 13:00", {"7Б", "8А"}, set())}


async def test_the_answer_to_the_class_question_may_write_classes_apart(
    store: SqliteStore, planner: Planner
) -> None:
    [asked] = await planner.handle(CURATOR, "Викторина по географии 16 декабря в 14:00")
    assert asked.template == "ask_audience", text([asked])
    [card] = await planner.handle(CURATOR, "11 а, 11 б, 11 в")
    assert card.template == "event_card", text([card])
    assert "👥 11А, 11Б, 11В" in text([card])
    await planner.handle(CURATOR, "да")
    assert (await saved(store))["Викторина по географии"][1] == {"11А", "11Б", "11В"}


async def test_a_word_after_a_number_is_not_a_class(store: SqliteStore, planner: Planner) -> None:
    """«в 10 а потом …»: «а» is the conjunction, so no class is read and the bot asks."""
    [asked] = await planner.handle(CURATOR, "Уборка двора 17 декабря в 10 а потом чаепитие")
    assert asked.template == "ask_audience", text([asked])


async def test_a_pasted_plan_reads_classes_written_apart_on_every_line(
    store: SqliteStore, planner: Planner
) -> None:
    plan = (
        "План на декабрь:\n"
        "Экскурсия на хлебозавод 14 декабря в 12:00, 10 А\n"
        "Лекция о вулканах 15 декабря в 13:00, 7 «Б»\n"
        "Конкурс чтецов 16 декабря в 14:00, 8 В и 8 Г\n"
        "Турнир по шашкам 17 декабря в 15:00, 5E"
    )
    [summary] = await planner.handle(CURATOR, plan)
    shown = text([summary])
    assert summary.template == "plan_summary", shown
    assert "все классы" not in shown
    await planner.handle(CURATOR, "да")
    assert await saved(store) == {
        "Экскурсия на хлебозавод": ("14.12 12:00", {"10А"}, set()),
        "Лекция о вулканах": ("15.12 13:00", {"7Б"}, set()),
        "Конкурс чтецов": ("16.12 14:00", {"8В", "8Г"}, set()),
        "Турнир по шашкам": ("17.12 15:00", {"5Е"}, set()),
    }


async def test_a_plan_file_reads_class_cells_written_apart(
    store: SqliteStore, planner: Planner
) -> None:
    rows = [
        HEADER,
        ["14.12.2026", "12:00", "Экскурсия на хлебозавод", "5 А"],
        ["15.12.2026", "13:00", "Лекция о вулканах", "7 «Б», 7 «В»"],
        ["16.12.2026", "14:00", "Конкурс чтецов", "9A"],
    ]
    shown = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "не понял, для каких классов" not in shown, shown
    await planner.handle(CURATOR, "да")
    assert await saved(store) == {
        "Экскурсия на хлебозавод": ("14.12 12:00", {"5А"}, set()),
        "Лекция о вулканах": ("15.12 13:00", {"7Б", "7В"}, set()),
        "Конкурс чтецов": ("16.12 14:00", {"9А"}, set()),
    }


async def test_a_csv_plan_reads_class_cells_written_apart(
    store: SqliteStore, planner: Planner
) -> None:
    data = "Дата;Время;Название;Классы\n18.12.2026;11:00;Турнир по шашкам;6 Г и 6 Д\n"
    shown = await send(planner, "plan.csv", data.encode())
    assert "не понял, для каких классов" not in shown, shown
    await planner.handle(CURATOR, "да")
    assert await saved(store) == {"Турнир по шашкам": ("18.12 11:00", {"6Г", "6Д"}, set())}


# --- a date with no such month --------------------------------------------------------------


async def test_a_date_with_no_such_month_is_asked_and_the_other_time_kept(
    store: SqliteStore, planner: Planner
) -> None:
    [asked] = await planner.handle(CURATOR, "Соревнования по плаванию 16.14 10-00, 7Б")
    assert asked.template == "ask_date", text([asked])
    assert "Не смог прочитать дату" in text([asked])
    [card] = await planner.handle(CURATOR, "17 декабря")
    assert "17 декабря (чт), 10:00" in text([card]), text([card])
    await planner.handle(CURATOR, "да")
    assert await saved(store) == {"Соревнования по плаванию": ("17.12 10:00", {"7Б"}, set())}


async def test_the_same_pair_after_a_named_day_is_a_clock(
    store: SqliteStore, planner: Planner
) -> None:
    await planner.handle(CURATOR, "Соревнования по плаванию 18 декабря 16.14, 7Б")
    await planner.handle(CURATOR, "да")
    assert await saved(store) == {"Соревнования по плаванию": ("18.12 16:14", {"7Б"}, set())}


async def test_a_pasted_plan_line_with_no_such_month_is_not_saved(
    store: SqliteStore, planner: Planner
) -> None:
    plan = (
        "Соревнования по плаванию 16.14 10-00, 7Б\n"
        "Лекция о вулканах 15 декабря в 13:00, 7Б\n"
        "Конкурс чтецов 16 декабря в 14:00, 8В"
    )
    [summary] = await planner.handle(CURATOR, plan)
    shown = text([summary])
    assert "16:14" not in shown, shown
    assert "Соревнования по плаванию (строка 1) — не смог прочитать дату" in shown, shown
    await planner.handle(CURATOR, "да")
    assert "Соревнования по плаванию" not in await saved(store)


async def test_a_plan_file_date_with_no_such_month_is_listed_not_saved(
    store: SqliteStore, planner: Planner
) -> None:
    rows = [
        HEADER,
        ["16.14", "10-00", "Соревнования по плаванию", "7Б"],
        ["15.12.2026", "13:00", "Лекция о вулканах", "7Б"],
    ]
    shown = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "такой даты нет в календаре" in shown, shown
    await planner.handle(CURATOR, "да")
    assert set(await saved(store)) == {"Лекция о вулканах"}


# --- the seat count after its noun ----------------------------------------------------------


async def test_a_seat_count_after_the_noun_limits_the_places(
    store: SqliteStore, planner: Planner
) -> None:
    [card] = await planner.handle(
        CURATOR, "Лекция о вулканах 15 декабря в 13:00, 7 классы, мест 12"
    )
    shown = text([card])
    assert "📌 Лекция о вулканах\n" in shown, shown
    assert "12" in next(line for line in shown.splitlines() if line.startswith("🎟")), shown
    await planner.handle(CURATOR, "да")
    [event] = await store.events_between(NOW, None)
    assert event.capacity == 12
