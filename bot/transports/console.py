"""Chat with the bot in a terminal: the same planner and templates as VK, no token needed.

A message is one line. To send several lines as one message (a pasted plan or a post with
"Дата: …" lines) put them between two lines of three quotes (\"\"\"); in an interactive
terminal, lines pasted at once are also joined into one message. Buttons are shown as
numbered options: type the number to press one. `/file PATH` sends a plan file (.xlsx or
.csv) as if attached in VK; files the bot sends (exports) are written to the current folder.

The console also runs VK's notification loop (bot.scheduling.NotificationLoop) on its own
clock: `/время +2ч` or `/время 2026-12-15T17:00` moves it, and `/я студент 9Б`,
`/я партнёр КГТУ`, `/я куратор` switch who is typing (bot.transports.console_world).
"""

from __future__ import annotations

import asyncio
import logging
import re
import select
import sys
import threading
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from bot.config import Settings
from bot.core.models import OrgKind, Role
from bot.core.outbox import OutboxStore, buttons_to_json, hold_notice
from bot.core.planner import Planner, PlannerConfig
from bot.core.replies import Button, DocumentRequest, Reply
from bot.exports.files import ExportFile
from bot.exports.pdf import ExportUnavailable
from bot.plan_files import document_maker, import_plan_file, pasted_table_rows
from bot.render import Renderer
from bot.scheduling import NotificationLoop
from bot.storage import PlanStore, open_store
from bot.transports.console_world import (
    CLOCK_COMMAND,
    FIRST_EXTRA_ID,
    PERSON_COMMAND,
    ConsoleClock,
    become,
    clock_target,
    parse_persona,
)
from bot.transports.interrupts import cancelled_by_stop_signals

FENCE = '"""'
FILE_COMMAND = re.compile(r"^/(?:file|файл)\s+", re.IGNORECASE)
PASTE_GAP_SECONDS = 0.05
CONSOLE_IDS = {Role.CURATOR: 1, Role.STAFF: 2, Role.PARTNER: 3, Role.STUDENT: 4}

log = logging.getLogger(__name__)


@dataclass
class ConsoleChat:
    """One console user talking to the planner; remembers the last buttons shown."""

    planner: Planner
    renderer: Renderer
    vk_id: int
    out: TextIO = sys.stdout
    buttons: list[Button] = field(default_factory=list)
    # the loop's last message with buttons to someone else, shown again with its options
    # (pressable) once the console becomes them (/я)
    waiting_messages: dict[int, Reply] = field(default_factory=dict)
    documents: Callable[[DocumentRequest], Awaitable[ExportFile]] | None = None
    out_dir: Path = Path()
    outbox: OutboxStore | None = None  # where notices due later wait (None: shown at once)

    async def send(self, text: str) -> None:
        """One line typed in the console: a shown button's number presses it, «/файл <path>» (or
        /file) imports a plan file, anything else is a message; the replies are shown (files
        written, notices due later held in the outbox as in VK)."""
        pressed = self._pressed(text)
        if pressed is not None:
            replies = await self.planner.handle(self.vk_id, "", pressed.payload)
        elif FILE_COMMAND.match(text.strip()):
            replies = await self._import(Path(FILE_COMMAND.sub("", text.strip()).strip("'\" ")))
        else:
            replies = await self.planner.handle(self.vk_id, text)
        replies = [shown for reply in replies for shown in await self._with_file(reply)]
        replies = [reply for reply in replies if not await self._held(reply)]
        self.show(replies, await self._names(replies))

    async def _held(self, reply: Reply) -> bool:
        """A notice to other people due later (`not_before`: a student's notice in their quiet
        hours) goes to the outbox as in VK (bot.core.outbox.hold_notice) and is shown when the
        console's clock reaches it (the loop's tick); True when it was held."""
        now = self.planner.clock.now()
        late = reply.not_before is not None and reply.not_before > now
        if not late or reply.not_before is None or not reply.dedupe_key or self.outbox is None:
            return False
        text = self.renderer.render(reply.template, reply.context)
        ref = {"text": text, "buttons": buttons_to_json(reply.buttons)}
        key, peers = reply.dedupe_key, reply.recipients
        await hold_notice(self.outbox, key, peers, ref, reply.not_before, now)
        return True

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
        except ExportUnavailable as error:
            log.warning("cannot make %s files here: %s", error.fmt, error.__cause__)
            return [Reply("export_failed", {"unavailable": error.fmt})]
        except Exception as error:  # told politely; the cause goes to the log (stderr)
            log.warning("could not prepare a %s file: %r", reply.document.fmt, error)
            return [Reply("export_failed")]
        return [reply, Reply("console/file_saved", {"path": str(target)})]

    async def _names(self, replies: Sequence[Reply]) -> dict[int, str]:
        """Names of the other people the replies go to, for the notice headers."""
        names = {}
        for vk_id in {r for reply in replies for r in reply.recipients if r != self.vk_id}:
            person = await self.planner.store.get_person_by_vk(vk_id)
            names[vk_id] = person.name if person and person.name else ""
        return names

    async def deliver(self, reply: Reply) -> None:
        """A message from the notification loop: shown as the bot's message (with its
        buttons as numbered options) when it is for the person typing, and as a notice
        under a header for everyone else."""
        mine = self.vk_id in reply.recipients
        others = tuple(r for r in reply.recipients if r != self.vk_id)
        shown = [replace(reply, recipients=())] if mine else []
        if others:
            shown.append(replace(reply, recipients=others))
            if reply.buttons:
                for vk_id in others:
                    self.waiting_messages[vk_id] = replace(reply, recipients=())
        self.show(shown, await self._names(shown), keep_buttons=not mine)

    def become(self, vk_id: int) -> None:
        """Type as another person from now on; the last message with buttons the loop sent
        them is shown again, its buttons as numbered options."""
        if vk_id == self.vk_id:
            return  # the same person: the options on screen stay pressable
        self.vk_id = vk_id
        self.buttons = []
        waiting = self.waiting_messages.pop(vk_id, None)
        if waiting is not None:
            self.show([waiting])

    def _pressed(self, text: str) -> Button | None:
        """The option on screen a typed number picks: by the number shown beside it
        (`option_numbers`), so «8» under the poll's 0–10 row is the score 8."""
        choice = text.strip()
        if not choice.isdigit():
            return None
        return dict(zip(option_numbers(self.buttons), self.buttons, strict=True)).get(int(choice))

    def show(
        self,
        replies: Sequence[Reply],
        names: Mapping[int, str] | None = None,
        *,
        keep_buttons: bool = False,
    ) -> None:
        """Print replies; messages to other people appear indented under a header.
        `keep_buttons`: the numbered options shown before stay pressable."""
        if not keep_buttons:
            self.buttons = []
        for reply in replies:
            text = self.renderer.render(reply.template, reply.context)
            others = [r for r in reply.recipients if r != self.vk_id]
            if others:
                recipients = [{"id": r, "name": (names or {}).get(r, "")} for r in others]
                header = self.renderer.render("console/notice_header", {"recipients": recipients})
                row = [b for line in reply.buttons for b in line]
                options = f"\n{_indent(self._options(row))}" if row else ""
                self.out.write(f"{header}\n{_indent(text)}{options}\n\n")
                continue
            self.out.write(f"{self.renderer.render('console/bot_prefix')} {text}\n")
            row = [b for line in reply.buttons for b in line]
            if row:
                self.buttons = row
                self.out.write(f"{self._options(row)}\n")
            self.out.write("\n")
        self.out.flush()

    def _options(self, row: Sequence[Button]) -> str:
        label = self.renderer.button_label
        numbered = zip(option_numbers(row), row, strict=True)
        return "  ".join(f"[{n}] {label(b)}" for n, b in numbered)

    def say(self, template: str, context: Mapping[str, object] | None = None) -> None:
        """A line from the console itself (not the bot): clock moves, person switches."""
        self.out.write(self.renderer.render(template, context) + "\n\n")
        self.out.flush()


def option_numbers(row: Sequence[Button]) -> list[int]:
    """The numbers the console shows beside `row`'s options and reads back when typed:
    1, 2, 3 … in order; but a row of scores alone (every button a «rating» with its value,
    as the poll's 0–10 question has: chat80) is numbered by the scores, so that the typed
    score is the score pressed («[0] 0 … [10] 10», not «[1] 0 … [11] 10»)."""
    values = [b.context.get("value") for b in row]
    scores = [v for v in values if isinstance(v, int)]
    if row and all(b.label == "rating" for b in row) and len(set(scores)) == len(row):
        return scores
    return list(range(1, len(row) + 1))


async def prepare_person(store: PlanStore, planner: Planner, role: Role) -> int:
    """Create the console user with the chosen role (a partner gets a demo organisation);
    a curator or teacher already there keeps the class they lead."""
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
        # a class teacher's class stays from one run to the next (newcomer76: «я классный
        # руководитель 7Б», then in a later run «что у моего класса …?» — «не знаю, какой»)
        known = await store.get_person_by_vk(vk_id)
        kept = known.class_name if known is not None and known.role is role else None
        school = await planner.own_organisation()
        await store.save_person(vk_id, role, name, school.id, kept)
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
    """Chat until EOF (returns 0), Ctrl-C (returns 130, as a shell reports SIGINT) or
    SIGTERM (returns 143).
    `now` (school wall-clock) freezes the clock for demos; the notification loop runs after
    every message and every `/время`, and, in an interactive terminal, also every minute as
    in VK. The console's clock is also the store's, so what the store stamps (an invitation
    code's «создан», its expiry) agrees with what the planner reads (newcomer walk
    2026-12-04ag, AG7).

    Ctrl-C or SIGTERM cancels the chat wherever it is (bot.transports.interrupts): a unit of
    work it cuts rolls back, what was committed stays, and the store is closed either way."""
    with cancelled_by_stop_signals() as stopped_by:
        try:
            return await _chat(settings, role, stdin, out, now)
        except asyncio.CancelledError:
            signum = stopped_by()
            if signum is None:
                raise
        out.write("\n")
        out.flush()
        return 128 + signum


async def _chat(
    settings: Settings, role: Role, stdin: TextIO, out: TextIO, now: datetime | None
) -> int:
    """`run_console`'s conversation: open the store, chat until EOF, close the store."""
    clock = ConsoleClock(settings.tz, _aware(now, settings))
    store = await open_store(
        settings.db_target,
        settings.tz,
        lambda: clock.now().astimezone(UTC),
        school=settings.school,
    )
    scheduler = None
    try:
        # the console's own curator is an admin by choice of `--as curator`, and so is every
        # curator played with «/я куратор» (roles are re-derived from the admins on each message)
        admins = settings.admins | ({CONSOLE_IDS[role]} if role is Role.CURATOR else set())
        admins |= {
            p.vk_id for p in await store.people_with_role(Role.CURATOR) if p.vk_id >= FIRST_EXTRA_ID
        }
        config = PlannerConfig(
            tz=settings.tz,
            admins=frozenset(admins),
            school_name=settings.school_name,
            invite_days=settings.invite_days,
        )
        planner = Planner(store, clock, config, pasted_tables=pasted_table_rows)
        renderer = Renderer()
        vk_id = await prepare_person(store, planner, role)
        make = document_maker(store, settings.tz, planner.clock, settings.school_name)
        chat = ConsoleChat(planner, renderer, vk_id, out, documents=make, outbox=store)
        loop = NotificationLoop(store, clock, settings.tz, chat.deliver)
        interactive = stdin.isatty()
        intro = renderer.render("console/intro", {"role": role.value, "db": settings.db_label})
        out.write(intro + "\n\n")
        out.flush()
        await loop.tick()
        if interactive:
            scheduler = loop.start()
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
            if not await _console_command(chat, clock, message):
                await chat.send(message)
            await loop.tick()
    finally:
        if scheduler is not None:
            scheduler.shutdown(wait=False)
        await store.close()
    return 0


async def _console_command(chat: ConsoleChat, clock: ConsoleClock, message: str) -> bool:
    """`/время …` and `/я …`: handled here (True), anything else goes to the planner."""
    text = message.strip()
    if match := CLOCK_COMMAND.match(text):
        target = clock_target(match.group(1), clock.now())
        if target is None:
            chat.say("console/clock_not_understood", {"now": clock.now()})
        else:
            clock.set(target)
            chat.say("console/clock_moved", {"now": clock.now()})
        return True
    if match := PERSON_COMMAND.match(text):
        persona = parse_persona(match.group(1))
        if persona is None:
            chat.say("console/person_not_understood")
            return True
        names = {r: chat.renderer.render("console/person_name", {"role": r.value}) for r in Role}
        school = await chat.planner.own_organisation()
        # «/я партнёр» with no name: back to the console's own partner (if it was ever made),
        # not a new one (walk 2026-12-01k, #15)
        starting = None
        if not (persona.detail or persona.name):
            starting = await chat.planner.store.get_person_by_vk(CONSOLE_IDS[persona.role])
        person = starting or await become(chat.planner.store, persona, names, school.id)
        if isinstance(person, list):  # «/я партнёр Музей» with two museums: which one?
            chat.say(
                "organiser_which",
                {"name": persona.detail, "choices": [o.name for o in person], "command": True},
            )
            return True
        if person.role is Role.CURATOR:  # a curator played in the console is one by choice
            config = chat.planner.config
            chat.planner.config = replace(config, admins=config.admins | {person.vk_id})
        chat.say(
            "console/person_switched",
            {"name": person.name, "id": person.vk_id, "role": person.role.value},
        )
        chat.become(person.vk_id)
        return True
    return False


def _aware(now: datetime | None, settings: Settings) -> datetime | None:
    if now is None:
        return None
    return now if now.tzinfo else now.replace(tzinfo=settings.tz)


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
