"""Plan files through the real bot and the local VK server (issues 9 p.7 and 12 p.2): a Word
plan becomes cards; a bomb, an unreachable document URL and a document over the size limit
each get a clear Russian reply, the bot keeps answering and nothing stored is lost."""

from __future__ import annotations

import socket
import time
from datetime import datetime

import pytest

from bot.core.models import NewEvent, OrgKind, Role
from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.plan_makers import docx
from tests.unit.test_import_limits import million_empty_rows

PARTNER = 2002


def at(text: str, running: Running) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=running.settings.tz)


async def seed(running: Running) -> None:
    store = running.app.store
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", kgtu.id)
    start = at("2026-12-15T15:00", running)
    await store.add_events(
        [NewEvent("Робототехника", kgtu.id, start, start.replace(hour=16))], None
    )


async def stored_titles(running: Running) -> list[str]:
    events = await running.app.store.events_between(at("2026-12-01T00:00", running), None)
    return sorted(e.title for e in events)


def push_linked_document(running: Running, filename: str, url: str, size: int) -> None:
    doc = {
        "id": 77,
        "owner_id": PARTNER,
        "title": filename,
        "size": size,
        "ext": filename.rpartition(".")[2],
        "url": url,
        "date": int(time.time()),
        "type": 8,
    }
    running.vk.push_message(PARTNER, "", attachments=[{"type": "doc", "doc": doc}])


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_a_word_plan_becomes_cards(clocked_bot: tuple[Running, FixedClock]) -> None:
    running, _ = clocked_bot
    await seed(running)
    plan = docx(
        [
            [
                ["№", "Мероприятие", "Дата", "Время", "Участники", "Место"],
                ["1", "Лекция о космосе", "16.12.2026", "15:00–16:00", "9 кл.", "ауд. 204"],
                ["2", "Экскурсия в лабораторию", "", "с 11 до 12", "10А", ""],
            ]
        ],
        merges=[(0, 1, 2, 2, 2)],
    )
    running.vk.push_document(PARTNER, "План мероприятий.docx", plan)
    summary = await running.vk.wait_text(PARTNER, "Файл «План мероприятий.docx»")
    assert "2 мероприятия готовы" in summary
    running.vk.push_message(PARTNER, "да")
    await running.vk.wait_text(PARTNER, "Сохранено")
    assert await stored_titles(running) == [
        "Лекция о космосе",
        "Робототехника",
        "Экскурсия в лабораторию",
    ]


async def test_a_bomb_gets_a_clear_reply(clocked_bot: tuple[Running, FixedClock]) -> None:
    running, _ = clocked_bot
    await seed(running)
    running.vk.push_document(PARTNER, "plan.xlsx", million_empty_rows())
    reply = await running.vk.wait_text(PARTNER, "plan.xlsx")
    assert "больше 10 000 строк" in reply
    assert "Ничего из уже сохранённого не потеряно" in reply
    running.vk.push_message(PARTNER, "мои мероприятия")
    await running.vk.wait_text(PARTNER, "Робототехника")
    assert await stored_titles(running) == ["Робототехника"]


async def test_an_unreachable_document_url_gets_a_clear_reply(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, _ = clocked_bot
    await seed(running)
    url = f"http://127.0.0.1:{closed_port()}/files/plan.xlsx"
    push_linked_document(running, "plan.xlsx", url, 1000)
    reply = await running.vk.wait_text(PARTNER, "Не получилось скачать файл «plan.xlsx»")
    assert "Ничего из уже сохранённого не потеряно" in reply
    push_linked_document(running, "plan.csv", f"{running.vk.base_url}/files/missing", 10)
    await running.vk.wait_text(PARTNER, "Не получилось скачать файл «plan.csv»")
    assert await stored_titles(running) == ["Робототехника"]


async def test_a_document_over_the_limit_is_not_downloaded(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    """VK takes documents up to 200 MB; the bot refuses by the size VK reports."""
    running, _ = clocked_bot
    await seed(running)
    url = f"http://127.0.0.1:{closed_port()}/never-fetched.xlsx"
    push_linked_document(running, "plan.xlsx", url, 200 * 1024 * 1024)
    reply = await running.vk.wait_text(PARTNER, "plan.xlsx")
    assert "слишком большой" in reply


async def test_download_stops_at_the_limit_whatever_the_server_says() -> None:
    """A document URL that announces nothing (or a size over the limit) is cut off at the
    limit: memory holds at most `limit` bytes whatever VK's `size` said."""
    from aiohttp import web
    from aiohttp.test_utils import TestServer

    from bot.transports.vk.documents import DocumentError, IncomingDocument, download

    sent: list[int] = []

    async def endless(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        await response.prepare(request)
        try:
            for _ in range(64):
                await response.write(b"\0" * (1 << 20))
                sent.append(1)
        except (ConnectionResetError, RuntimeError):
            pass
        return response

    async def announced(request: web.Request) -> web.Response:
        return web.Response(body=b"\0" * (3 << 20))

    app = web.Application()
    app.router.add_get("/endless", endless)
    app.router.add_get("/announced", announced)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        for path in ("/endless", "/announced"):
            document = IncomingDocument("plan.xlsx", str(server.make_url(path)), 0)
            with pytest.raises(DocumentError, match="too large"):
                await download(document, limit=1 << 20)
        small = IncomingDocument("plan.xlsx", str(server.make_url("/announced")), 0)
        assert len(await download(small, limit=4 << 20)) == 3 << 20
    finally:
        await server.close()
    assert len(sent) < 64  # the endless server was cut off
