"""Chat with the bot in a terminal: the same planner and templates as VK, no token needed.

A message is one line. To send several lines as one message (a pasted plan or a post with
"Дата: …" lines) put them between two lines of three quotes (\"\"\"); in an interactive
terminal, lines pasted at once are also joined into one message. Buttons are shown as
numbered options: type the number to press one. `/file PATH` sends a plan file (.xlsx or
.csv) as if attached in VK; files the bot sends (exports) are written to the current folder.
"""

from __future__ import annotations

import asyncio
import re
import select
import sys
import threading
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TextIO

from bot.config import Settings
from bot.core.models import OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import Clock, FixedClock, SystemClock
from bot.core.replies import Button, DocumentRequest, Reply
from bot.exports.files import ExportFile
from bot.plan_files import document_maker, import_plan_file
from bot.render import Renderer
from bot.storage import PlanStore, open_store

FENCE = '"""'
FILE_COMMAND = re.compile(r"^/(?:file|файл)\s+", re.IGNORECASE)
PASTE_GAP_SECONDS = 0.05
CONSOLE_IDS = {Role.CURATOR: 1, Role.STAFF: 2, Role.PARTNER: 3, Role.STUDENT: 4}


@dataclass
class ConsoleChat:
    """One console user talking to the planner; remembers the last buttons shown."""

    planner: Planner
    renderer: Renderer
    vk_id: int
    out: TextIO = sys.stdout
    buttons: list[Button] = field(default_factory=list)
    documents: Callable[[DocumentRequest], Awaitable[ExportFile]] | None = None
    out_dir: Path = Path()

    async def send(self, text: str) -> None:
        pressed = self._pressed(text)
        if pressed is not None:
            replies = await self.planner.handle(self.vk_id, "", pressed.payload)
        elif FILE_COMMAND.match(text.strip()):
            replies = await self._import(Path(FILE_COMMAND.sub("", text.strip()).strip("'\" ")))
        else:
            replies = await self.planner.handle(self.vk_id, text)
        replies = [shown for reply in replies for shown in await self._with_file(reply)]
        self.show(replies, await self._names(replies))

    async def _import(self, path: Path) -> list[Reply]:
        """`/file PATH`: the plan file as if sent as a VK document."""
        try:
            data = await asyncio.to_thread(path.read_bytes)
        except OSError:
            return await self.planner.handle_import(self.vk_id, path.name, [], "not_found")
        return await import_plan_file(self.planner, self.vk_id, path.name, data)

    async def _with_file(self, reply: Reply) -> list[Reply]:
        """Write a requested file next to the user; its path is shown under the reply."""
        if reply.document is None or self.documents is None:
            return [reply]
        try:
            file = await self.documents(reply.document)
            target = self.out_dir / file.filename
            await asyncio.to_thread(target.write_bytes, file.data)
        except Exception:
            return [Reply("export_failed")]
        return [reply, Reply("console/file_saved", {"path": str(target)})]

    async def _names(self, replies: Sequence[Reply]) -> dict[int, str]:
        """Names of the other people the replies go to, for the notice headers."""
        names = {}
        for vk_id in {r for reply in replies for r in reply.recipients if r != self.vk_id}:
            person = await self.planner.store.get_person_by_vk(vk_id)
            names[vk_id] = person.name if person and person.name else ""
        return names

    def _pressed(self, text: str) -> Button | None:
        choice = text.strip()
        if choice.isdigit() and 1 <= int(choice) <= len(self.buttons):
            return self.buttons[int(choice) - 1]
        return None

    def show(self, replies: Sequence[Reply], names: Mapping[int, str] | None = None) -> None:
        """Print replies; messages to other people appear indented under a header."""
        self.buttons = []
        for reply in replies:
            text = self.renderer.render(reply.template, reply.context)
            others = [r for r in reply.recipients if r != self.vk_id]
            if others:
                recipients = [{"id": r, "name": (names or {}).get(r, "")} for r in others]
                header = self.renderer.render("console/notice_header", {"recipients": recipients})
                self.out.write(f"{header}\n{_indent(text)}\n\n")
                continue
            self.out.write(f"{self.renderer.render('console/bot_prefix')} {text}\n")
            row = [b for line in reply.buttons for b in line]
            if row:
                self.buttons = row
                options = "  ".join(
                    f"[{i}] {self.renderer.button_label(b)}" for i, b in enumerate(row, 1)
                )
                self.out.write(f"{options}\n")
            self.out.write("\n")
        self.out.flush()


async def prepare_person(store: PlanStore, planner: Planner, role: Role) -> int:
    """Create the console user with the chosen role (a partner gets a demo organisation)."""
    vk_id = CONSOLE_IDS[role]
    renderer = Renderer()
    name = renderer.render("console/person_name", {"role": role.value})
    if role is Role.PARTNER:
        org_name = renderer.render("console/partner_org")
        org = await store.find_organisation(org_name) or await store.create_organisation(
            org_name, OrgKind.PARTNER
        )
        await store.save_person(vk_id, role, name, org.id)
    elif role in (Role.CURATOR, Role.STAFF):
        school = await planner.school()
        await store.save_person(vk_id, role, name, school.id)
    elif await store.get_person_by_vk(vk_id) is None:
        await store.save_person(vk_id, role, name)
    return vk_id


async def run_console(
    settings: Settings,
    role: Role,
    stdin: TextIO = sys.stdin,
    out: TextIO = sys.stdout,
    now: datetime | None = None,
) -> int:
    """Chat until EOF or Ctrl-C. `now` (school wall-clock) freezes the clock for demos."""
    store = await open_store(settings.db_target, settings.tz)
    try:
        config = PlannerConfig(
            tz=settings.tz, admins=settings.admins, school_name=settings.school_name
        )
        planner = Planner(store, _clock(settings, now), config)
        renderer = Renderer()
        vk_id = await prepare_person(store, planner, role)
        make = document_maker(store, settings.tz, planner.clock, settings.school_name)
        chat = ConsoleChat(planner, renderer, vk_id, out, documents=make)
        interactive = stdin.isatty()
        intro = renderer.render("console/intro", {"role": role.value, "db": settings.db_label})
        out.write(intro + "\n\n")
        out.flush()
        while True:
            if interactive:
                out.write(renderer.render("console/prompt") + " ")
                out.flush()
            message = await next_message(stdin, interactive)
            if message is None:
                break
            if not message.strip():
                continue
            if not interactive:  # piped input: show what was "typed", like a transcript
                out.write(f"{renderer.render('console/prompt')} {_indent(message).lstrip()}\n")
            await chat.send(message)
    except KeyboardInterrupt:
        pass
    finally:
        await store.close()
    return 0


def _clock(settings: Settings, now: datetime | None) -> Clock:
    if now is None:
        return SystemClock(settings.tz)
    return FixedClock(now if now.tzinfo else now.replace(tzinfo=settings.tz))


async def next_message(stdin: TextIO, interactive: bool) -> str | None:
    """`read_message` in a daemon thread, so Ctrl-C never waits for a blocked readline."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[str | None] = loop.create_future()

    def settle(result: str | None, error: BaseException | None) -> None:
        if done.done():
            return
        if error is not None:
            done.set_exception(error)
        else:
            done.set_result(result)

    def read() -> None:
        try:
            result = read_message(stdin, interactive)
        except Exception as exc:  # handed to the awaiting coroutine
            loop.call_soon_threadsafe(settle, None, exc)
        else:
            loop.call_soon_threadsafe(settle, result, None)

    threading.Thread(target=read, name="console-stdin", daemon=True).start()
    return await done


def read_message(stdin: TextIO, interactive: bool) -> str | None:
    """The next message: one line, a fenced block, or lines pasted at once; None at EOF."""
    line = stdin.readline()
    if not line:
        return None
    if line.strip() == FENCE:
        lines = []
        for inner in stdin:
            if inner.strip() == FENCE:
                break
            lines.append(inner.rstrip("\n"))
        return "\n".join(lines)
    lines = [line.rstrip("\n")]
    while interactive and _more_pasted(stdin):
        more = stdin.readline()
        if not more:
            break
        lines.append(more.rstrip("\n"))
    return "\n".join(lines)


def _more_pasted(stdin: TextIO) -> bool:
    try:
        ready, _, _ = select.select([stdin], [], [], PASTE_GAP_SECONDS)
    except (OSError, ValueError):
        return False
    return bool(ready)


def _indent(text: str) -> str:
    return "\n".join(f"    {line}" if line else "" for line in text.splitlines())
