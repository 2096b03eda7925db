"""Files through the real bot and the local VK server: exports uploaded with the docs API
(getMessagesUploadServer → upload → save → message with the attachment) and a plan sent as
a document read into cards, saved after one confirmation."""

from __future__ import annotations

import io
from datetime import datetime

from openpyxl import load_workbook

from bot.core.models import Audience, NewEvent, OrgKind, Role
from bot.core.ports import FixedClock
from tests.e2e.conftest import CURATOR, TZ, Running
from tests.e2e.vk_server import FakeVK

PARTNER = 2001


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


async def seed(running: Running) -> None:
    store = running.app.store
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    bfu = await store.create_organisation("БФУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", kgtu.id)
    nine = Audience(grades=frozenset({9}))
    await store.add_events(
        [
            NewEvent(
                "Робототехника",
                kgtu.id,
                at("2026-12-15T15:00"),
                at("2026-12-15T16:30"),
                audience=nine,
            ),
            NewEvent(
                '=HYPERLINK("x")',
                bfu.id,
                at("2026-12-15T16:00"),
                at("2026-12-15T17:00"),
                audience=nine,
            ),
        ],
        None,
    )


async def attachment_to(vk: FakeVK, peer: int) -> str:
    await vk.wait_for(lambda s: any(m.attachment and peer in m.peer_ids for m in s.sent))
    return next(m.attachment for m in vk.sent if m.attachment and peer in m.peer_ids)


async def test_excel_export_is_uploaded_and_attached(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, _ = clocked_bot
    vk = running.vk
    await seed(running)
    vk.push_message(CURATOR, "план на декабрь в excel")
    attachment = await attachment_to(vk, CURATOR)
    [doc] = vk.saved_docs
    assert attachment == f"doc{doc['owner_id']}_{doc['id']}"
    [(filename, data)] = vk.uploads
    assert filename == "plan-2026-12-01--2026-12-31.xlsx"
    assert [c["params"]["type"] for c in _calls(vk, "docs.getMessagesUploadServer")] == ["doc"]
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Робототехника" in cells
    assert '=HYPERLINK("x")' in cells  # written as text, never as a formula
    text = next(m.text for m in vk.sent if m.attachment)
    assert "Накладки выделены цветом" in text


async def test_pdf_week_and_class_calendar(clocked_bot: tuple[Running, FixedClock]) -> None:
    running, _ = clocked_bot
    vk = running.vk
    await seed(running)
    vk.push_message(CURATOR, "план на неделю в pdf")
    await attachment_to(vk, CURATOR)
    vk.push_message(CURATOR, "календарь для 9Б")
    await vk.wait_for(lambda s: len(s.saved_docs) == 2)
    (pdf_name, pdf), (ics_name, ics) = vk.uploads
    assert pdf_name == "week-2026-12-14.pdf"
    assert pdf.startswith(b"%PDF")
    assert ics_name.endswith(".ics")
    assert b"SUMMARY:\xd0\xa0\xd0\xbe\xd0\xb1\xd0\xbe" in ics  # "Робо…": the 9th grade's event


async def test_a_failed_upload_is_explained_and_nothing_is_lost(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, _ = clocked_bot
    vk = running.vk
    await seed(running)
    vk.fail_next("docs.save", code=100)
    vk.push_message(CURATOR, "выгрузка")
    reply = await vk.wait_text(CURATOR, "Не получилось подготовить файл")
    assert "ничего не потеряно" in reply
    assert len(await running.app.store.events_between(at("2026-12-01T00:00"), None)) == 2


async def test_a_plan_sent_as_a_file_becomes_cards(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, _ = clocked_bot
    vk = running.vk
    await seed(running)
    csv = (
        "Дата;Время;Название;Классы;Место\n"
        "16.12.2026;15:00-16:00;Лекция о космосе;9;ауд. 204\n"
        "32.12.2026;10:00;Сломанная строка;8;\n"
        "15.12.2026;15:30-16:30;Экскурсия в лабораторию;9;\n"
    ).encode("cp1251")
    vk.push_document(PARTNER, "plan.csv", csv)
    summary = await vk.wait_text(PARTNER, "Файл «plan.csv»")
    assert "2 мероприятия готовы" in summary
    assert "строка 3: не понял дату" in summary
    assert "Экскурсия в лабораторию" in summary  # it clashes with both stored events
    vk.push_message(PARTNER, "да")
    await vk.wait_text(PARTNER, "Сохранено")
    stored = await running.app.store.events_between(at("2026-12-01T00:00"), None)
    assert sorted(e.title for e in stored) == [
        '=HYPERLINK("x")',
        "Лекция о космосе",
        "Робототехника",
        "Экскурсия в лабораторию",
    ]


async def test_an_unreadable_file_gets_a_polite_answer(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, _ = clocked_bot
    vk = running.vk
    await seed(running)
    vk.push_document(PARTNER, "plan.xlsx", b"PK\x03\x04 not really a workbook")
    reply = await vk.wait_text(PARTNER, "plan.xlsx")
    assert "Ничего из уже сохранённого не потеряно" in reply
    assert len(await running.app.store.events_between(at("2026-12-01T00:00"), None)) == 2


def _calls(vk: FakeVK, method: str) -> list[dict[str, dict[str, str]]]:
    return [{"params": params} for params in vk.calls_of(method)]
