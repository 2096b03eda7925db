"""The use cases behind every transport: add, confirm, ask, move, cancel, list.

`Planner.handle` takes one incoming message (text or a pressed button's payload) from a
person identified by their VK id and returns the replies to send, as template ids with
data. Multi-step conversations keep their state in the store, so they survive restarts.
Nothing here knows about VK, SQL or wording.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from typing import Any

from bot.core import drafts
from bot.core.dialog import Dialog, EditedField, MissingField, PollStep
from bot.core.features import (
    adding,
    changing,
    files,
    help,
    people,
    plans,
    queries,
    settings,
    signups,
)
from bot.core.features.context import Context, PlannerConfig, school_organisation
from bot.core.language.commands import Command, parse_command
from bot.core.language.exports import parse_export
from bot.core.language.intents import parse_many
from bot.core.language.reports import parse_report
from bot.core.models import EventIntent, Organisation, Person, QueryIntent
from bot.core.permissions import can_add_events
from bot.core.ports import Clock, Store
from bot.core.replies import Reply
from bot.core.students import Students

__all__ = ["Planner", "PlannerConfig", "school_organisation"]

log = logging.getLogger(__name__)

INVITATION_CODE = re.compile(r"^[A-HJ-NP-Z2-9]{8}$")
MAX_MESSAGE_CHARS = 8000  # about two VK messages: a long pasted plan still fits


class Planner:
    """Transport-agnostic conversation logic over a Store and a Clock."""

    def __init__(self, store: Store, clock: Clock, config: PlannerConfig) -> None:
        self.store = store
        self.clock = clock
        self.config = config
        self.students = Students(store, clock)

    @property
    def ctx(self) -> Context[Store]:
        """The handlers' context, built from the current attributes (tests and the webhook
        set `config` after construction)."""
        return Context(self.store, self.clock, self.config, self.students)

    # --- entry point -----------------------------------------------------------------

    async def handle(
        self,
        vk_id: int,
        text: str,
        payload: Mapping[str, Any] | None = None,
        name: str = "",
    ) -> list[Reply]:
        """Answer one incoming message. Never raises: failures become a polite reply."""
        try:
            person = await self.identify(vk_id, name)
            dialog = Dialog.load(await self.store.get_dialog(person.id))
            replies = await self._dispatch(person, dialog, text or "", payload)
            await self.store.set_dialog(person.id, dialog.dump())
            return replies
        except Exception:
            log.exception("failed to handle a message from %s", vk_id)
            return [Reply("error")]

    async def identify(self, vk_id: int, name: str = "") -> Person:
        """The person behind a VK id; newcomers are students, BOT_ADMINS are curators."""
        return await people.identify(self.ctx, vk_id, name)

    async def school(self) -> Organisation:
        """The school's own organisation, created on first use."""
        return await self.ctx.school()

    async def handle_import(
        self,
        vk_id: int,
        filename: str,
        rows: Sequence[Any],
        problem: str | None = None,
        name: str = "",
    ) -> list[Reply]:
        """A plan sent as a file: `rows` are bot.exports.importer results (ImportedRow with
        `.draft` or RowError with `.reason`), `problem` a whole-file failure code."""
        try:
            person = await self.identify(vk_id, name)
            if not can_add_events(person):
                return [Reply("not_allowed_add", {"role": person.role.value})]
            if problem is not None:
                return [Reply("import_failed", {"problem": problem, "filename": filename})]
            dialog = Dialog.load(await self.store.get_dialog(person.id))
            replies = await plans.import_rows(self.ctx, person, dialog, filename, rows)
            await self.store.set_dialog(person.id, dialog.dump())
            return replies
        except Exception:
            log.exception("failed to import a file from %s", vk_id)
            return [Reply("error")]

    # --- dispatch --------------------------------------------------------------------

    async def _dispatch(
        self, person: Person, dialog: Dialog, text: str, payload: Mapping[str, Any] | None
    ) -> list[Reply]:
        ctx = self.ctx
        if payload:
            return await self._on_button(person, dialog, payload)
        if len(text) > MAX_MESSAGE_CHARS:
            return [Reply("too_long", {"limit": MAX_MESSAGE_CHARS})]
        if isinstance(dialog.waiting, PollStep):
            answered = await signups.on_poll_text(ctx, person, dialog, text)
            if answered is not None:
                return answered
        if dialog.pending and dialog.edited_field() is not None:
            answered = await adding.on_edit_answer(ctx, person, dialog, text)
            if answered is not None:
                return answered
        if INVITATION_CODE.match(text.strip().upper()):
            redeemed = await people.redeem(ctx, person, dialog, text.strip().upper())
            if redeemed is not None:
                return redeemed
        command = parse_command(text)
        if command is not None:
            handled = await self._on_command(person, dialog, command)
            if handled is not None:
                return handled
        report = parse_report(text, ctx.wall_now().date())
        if report is not None:
            return await files.report(ctx, person, report)
        export = parse_export(text, ctx.wall_now())
        if export is not None:
            return await files.export(ctx, person, export)
        if dialog.pending and isinstance(dialog.waiting, MissingField | EditedField):
            answered = await adding.on_answer(ctx, person, dialog, text)
            if answered is not None:
                return answered
        return await self._on_message(person, dialog, text)

    async def _on_button(
        self, person: Person, dialog: Dialog, payload: Mapping[str, Any]
    ) -> list[Reply]:
        ctx = self.ctx
        action = payload.get("a")
        if action == "save":
            return await plans.save(ctx, person, dialog)
        if action == "discard":
            return plans.discard(dialog)
        if action == "cancel_event":
            return await changing.cancel(ctx, person, dialog, _int(payload.get("id")))
        if action == "help":
            return [help.help(person)]
        if action == "edit":
            return adding.ask_edit(dialog, str(payload.get("f", "")))
        if action == "say" and payload.get("t") in help.SHORTCUT_TEXTS:
            return await self._dispatch(person, dialog, help.SHORTCUT_TEXTS[payload["t"]], None)
        student_replies = await signups.on_student_button(ctx, person, dialog, action, payload)
        return student_replies or [Reply("unknown_button")]

    async def _on_command(
        self, person: Person, dialog: Dialog, command: Command
    ) -> list[Reply] | None:
        ctx = self.ctx
        kind = command.kind
        if kind == "help":
            return [help.help(person)]
        if kind == "invite":
            return await people.invite(ctx, person, command.argument)
        if kind in ("signup", "unsign"):
            target = changing.target(dialog, command.number)
            orgs = await ctx.orgs()
            if kind == "signup":
                return await ctx.students.sign_up(person, target, orgs)
            return await ctx.students.cancel(person, target, orgs)
        if kind in ("reminders_off", "reminders_on"):
            await self.store.set_reminder_prefs(person.id, kind == "reminders_on", None)
            return [Reply(kind)]
        if kind == "reminder_times":
            return await settings.reminder_times(ctx, person, command.argument)
        if kind == "calendar_link":
            return await files.calendar_link(ctx, person, renew=command.argument == "renew")
        if kind in ("digest_off", "digest_on"):
            await self.store.set_setting(
                f"digest_off:{person.id}", "1" if kind == "digest_off" else "0"
            )
            return [Reply(kind)]
        if kind == "yes":
            return (
                await plans.save(ctx, person, dialog)
                if dialog.pending
                else [Reply("nothing_pending")]
            )
        if kind == "no":
            return plans.discard(dialog) if dialog.pending else [Reply("nothing_pending")]
        if kind == "cancel":
            return await changing.cancel(
                ctx, person, dialog, changing.target(dialog, command.number)
            )
        if kind == "move":
            target = changing.target(dialog, command.number)
            return await changing.move(ctx, person, dialog, target, command.argument)
        if kind == "set_class":
            return await people.set_class(ctx, person, command.argument)
        if kind == "mine":
            return await queries.mine(ctx, person, dialog)
        if kind == "clashes":
            return await queries.clash_overview(ctx, person)
        return None

    async def _on_message(self, person: Person, dialog: Dialog, text: str) -> list[Reply]:
        ctx = self.ctx
        intents = parse_many(text, ctx.wall_now())
        events = [i.draft for i in intents if isinstance(i, EventIntent)]
        if events:
            if not can_add_events(person):
                return [Reply("not_allowed_add", {"role": person.role.value})]
            dialog.clear_pending()
            dialog.pending = [drafts.draft_to_json(d) for d in events]
            if len(events) == 1:
                return await adding.continue_draft(ctx, person, dialog)
            return await plans.plan_summary(
                ctx, person, dialog, plans.skipped_lines(ctx, text, intents)
            )
        query = next((i for i in intents if isinstance(i, QueryIntent)), None)
        if query is not None:
            return await queries.answer_query(ctx, person, dialog, query)
        return [Reply("not_understood", {"role": person.role.value})]


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
