"""The use cases behind every transport: add, confirm, ask, move, cancel, list.

`Planner.handle` takes one incoming message (text or a pressed button's payload) from a
person identified by their VK id and returns the replies to send, as template ids with
data. Multi-step conversations keep their state in the store, so they survive restarts.
Nothing here knows about VK, SQL or wording.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.core import drafts
from bot.core.access import INVITATION_TTL, EventChangedError, Redeemed, role_change
from bot.core.clashes import check_clashes, find_clashes, propose_slots
from bot.core.language.audience import parse_audience
from bot.core.language.commands import Command, parse_command
from bot.core.language.exports import ExportRequest, parse_export
from bot.core.language.intents import parse_many, parse_message
from bot.core.language.reminder_times import parse_offsets
from bot.core.language.reports import ReportRequest, parse_report
from bot.core.language.when import day_and_time
from bot.core.models import (
    Audience,
    Clash,
    Event,
    EventDraft,
    EventIntent,
    EventStatus,
    Intent,
    NewEvent,
    Organisation,
    OrgKind,
    Person,
    QueryIntent,
    Role,
)
from bot.core.notifications import REMINDER_DEFAULTS_KEY
from bot.core.permissions import can_add_events, can_edit
from bot.core.ports import Clock, Store
from bot.core.replies import Button, DocumentRequest, Reply
from bot.core.reports import report_reply
from bot.core.students import Students, signup_buttons
from bot.core.views import button, clash_view, days_view, event_view, slot_view

log = logging.getLogger(__name__)

LIST_LIMIT = 30
INVITATION_CODE = re.compile(r"^[A-HJ-NP-Z2-9]{8}$")
MAX_MESSAGE_CHARS = 8000  # about two VK messages: a long pasted plan still fits
MINE_HORIZON = timedelta(days=60)
EDITABLE_FIELDS = ("when", "audience", "venue", "title")
# Help-menu buttons send these messages for the person (the labels live in locales).
SHORTCUT_TEXTS = {
    "this_week": "что на этой неделе?",
    "next_week": "что на следующей неделе?",
    "mine": "мои мероприятия",
    "clashes": "накладки",
    "report": "итоги месяца",
    "calendar": "календарь",
    "excel": "выгрузка",
}
HELP_SHORTCUTS: dict[Role, tuple[str, ...]] = {
    Role.STUDENT: ("this_week", "next_week", "mine", "calendar"),
    Role.PARTNER: ("mine", "clashes", "next_week", "report"),
    Role.STAFF: ("mine", "clashes", "next_week", "excel"),
    Role.CURATOR: ("clashes", "next_week", "report", "excel"),
}
MAX_TITLE = 200
_NO_VENUE = re.compile(r"^(?:нет|без места|не указано|-|—)$", re.IGNORECASE)


@dataclass(frozen=True)
class PlannerConfig:
    tz: ZoneInfo
    admins: frozenset[int] = frozenset()
    school_name: str = "Школа"
    feed_base_url: str | None = None  # set when `python -m bot webhook` serves /ics/ feeds
    invite_days: int = INVITATION_TTL.days  # how long an invitation code stays valid


@dataclass
class Dialog:
    """A person's conversation state, kept in the store as JSON."""

    pending: list[dict[str, Any]] = field(default_factory=list)
    asking: str | None = None
    audience_asked: bool = False
    last_event: int | None = None
    listed: list[int] = field(default_factory=list)
    poll_event: int | None = None

    @classmethod
    def load(cls, data: Mapping[str, Any] | None) -> Dialog:
        data = data or {}
        return cls(
            pending=list(data.get("pending", [])),
            asking=data.get("asking"),
            audience_asked=bool(data.get("audience_asked")),
            last_event=data.get("last_event"),
            listed=[int(i) for i in data.get("listed", [])],
            poll_event=data.get("poll_event"),
        )

    def dump(self) -> dict[str, Any]:
        return {
            "pending": self.pending,
            "asking": self.asking,
            "audience_asked": self.audience_asked,
            "last_event": self.last_event,
            "listed": self.listed,
            "poll_event": self.poll_event,
        }

    def drafts(self) -> list[EventDraft]:
        return [drafts.draft_from_json(d) for d in self.pending]

    def clear_pending(self) -> None:
        self.pending, self.asking, self.audience_asked = [], None, False


class Planner:
    """Transport-agnostic conversation logic over a Store and a Clock."""

    def __init__(self, store: Store, clock: Clock, config: PlannerConfig) -> None:
        self.store = store
        self.clock = clock
        self.config = config
        self.students = Students(store, clock)

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
        """The person behind a VK id; newcomers are students, BOT_ADMINS are curators, and
        a stored curator no longer among the admins is demoted (bot.core.access)."""
        person = await self.store.get_person_by_vk(vk_id)
        if vk_id in self.config.admins and (person is None or person.role is not Role.CURATOR):
            school = await self.school()
            return await self.store.save_person(vk_id, Role.CURATOR, name, school.id)
        if person is None:
            return await self.store.save_person(vk_id, Role.STUDENT, name)
        change = role_change(person, self.config.admins)
        if change is not None:
            return await self.store.change_role(person, change)
        return person

    async def school(self) -> Organisation:
        return await school_organisation(self.store, self.config.school_name)

    # --- dispatch --------------------------------------------------------------------

    async def _dispatch(
        self, person: Person, dialog: Dialog, text: str, payload: Mapping[str, Any] | None
    ) -> list[Reply]:
        if payload:
            return await self._on_button(person, dialog, payload)
        if len(text) > MAX_MESSAGE_CHARS:
            return [Reply("too_long", {"limit": MAX_MESSAGE_CHARS})]
        if dialog.poll_event is not None and dialog.asking in ("recommend", "comment"):
            answered = await self._on_poll_text(person, dialog, text)
            if answered is not None:
                return answered
        if dialog.pending and (dialog.asking or "").startswith("edit_"):
            answered = await self._on_edit_answer(person, dialog, text)
            if answered is not None:
                return answered
        if INVITATION_CODE.match(text.strip().upper()):
            redeemed = await self._redeem(person, dialog, text.strip().upper())
            if redeemed is not None:
                return redeemed
        command = parse_command(text)
        if command is not None:
            handled = await self._on_command(person, dialog, command)
            if handled is not None:
                return handled
        report = parse_report(text, self._wall_now().date())
        if report is not None:
            return await self._report(person, report)
        export = parse_export(text, self._wall_now())
        if export is not None:
            return await self._export(person, export)
        if dialog.asking and dialog.pending:
            answered = await self._on_answer(person, dialog, text)
            if answered is not None:
                return answered
        return await self._on_message(person, dialog, text)

    async def _on_button(
        self, person: Person, dialog: Dialog, payload: Mapping[str, Any]
    ) -> list[Reply]:
        action = payload.get("a")
        if action == "save":
            return await self._save(person, dialog)
        if action == "discard":
            return self._discard(dialog)
        if action == "cancel_event":
            return await self._cancel(person, dialog, _int(payload.get("id")))
        if action == "help":
            return [self._help(person)]
        if action == "edit":
            return self._ask_edit(dialog, str(payload.get("f", "")))
        if action == "say" and payload.get("t") in SHORTCUT_TEXTS:
            return await self._dispatch(person, dialog, SHORTCUT_TEXTS[payload["t"]], None)
        student_replies = await self._on_student_button(person, dialog, action, payload)
        return student_replies or [Reply("unknown_button")]

    async def _on_student_button(
        self, person: Person, dialog: Dialog, action: Any, payload: Mapping[str, Any]
    ) -> list[Reply] | None:
        """Sign-up and poll buttons (see bot.core.students)."""
        orgs = await self._orgs()
        event_id = _int(payload.get("id", payload.get("e")))
        if action == "signup":
            return await self.students.sign_up(person, event_id, orgs)
        if action == "unsign":
            return await self.students.cancel(person, event_id, orgs)
        if action == "switch":
            old, new = _int(payload.get("from")), _int(payload.get("to"))
            return await self.students.switch(person, old, new, orgs)
        if action == "rate":
            replies, asking = await self.students.rate(person, event_id, payload.get("v"))
            dialog.asking, dialog.poll_event = asking, event_id if asking else None
            return replies
        if action == "recommend" and event_id is not None:
            replies, asking = await self.students.recommend(person, event_id, payload.get("v"))
            dialog.asking, dialog.poll_event = asking, event_id if asking else None
            return replies
        if action == "absent":
            dialog.asking, dialog.poll_event = None, None
            return await self.students.absent(person, event_id)
        return None

    async def _on_poll_text(self, person: Person, dialog: Dialog, text: str) -> list[Reply] | None:
        """A typed score (0–10) or comment answering the open poll question."""
        event_id = dialog.poll_event
        assert event_id is not None
        if dialog.asking == "recommend":
            if not text.strip().isdigit():
                dialog.asking, dialog.poll_event = None, None
                return None  # not an answer: handle the message as usual
            replies, asking = await self.students.recommend(person, event_id, text.strip())
            dialog.asking = asking
            dialog.poll_event = event_id if asking else None
            return replies
        dialog.asking, dialog.poll_event = None, None
        return await self.students.comment(person, event_id, text)

    async def _on_command(
        self, person: Person, dialog: Dialog, command: Command
    ) -> list[Reply] | None:
        kind = command.kind
        if kind == "help":
            return [self._help(person)]
        if kind == "invite":
            return await self._invite(person, command.argument)
        if kind in ("signup", "unsign"):
            target = self._target(dialog, command.number)
            orgs = await self._orgs()
            if kind == "signup":
                return await self.students.sign_up(person, target, orgs)
            return await self.students.cancel(person, target, orgs)
        if kind in ("reminders_off", "reminders_on"):
            await self.store.set_reminder_prefs(person.id, kind == "reminders_on", None)
            return [Reply(kind)]
        if kind == "reminder_times":
            return await self._reminder_times(person, command.argument)
        if kind == "calendar_link":
            return await self._calendar_link(person, renew=command.argument == "renew")
        if kind in ("digest_off", "digest_on"):
            await self.store.set_setting(
                f"digest_off:{person.id}", "1" if kind == "digest_off" else "0"
            )
            return [Reply(kind)]
        if kind == "yes":
            return (
                await self._save(person, dialog) if dialog.pending else [Reply("nothing_pending")]
            )
        if kind == "no":
            return self._discard(dialog) if dialog.pending else [Reply("nothing_pending")]
        if kind == "cancel":
            return await self._cancel(person, dialog, self._target(dialog, command.number))
        if kind == "move":
            target = self._target(dialog, command.number)
            return await self._move(person, dialog, target, command.argument)
        if kind == "set_class":
            return await self._set_class(person, command.argument)
        if kind == "mine":
            return await self._mine(person, dialog)
        if kind == "clashes":
            return await self._clash_overview(person)
        if kind in ("all_day", "everyone") and dialog.asking:
            return None  # an answer to the current question
        return None

    async def _on_message(self, person: Person, dialog: Dialog, text: str) -> list[Reply]:
        intents = parse_many(text, self._wall_now())
        events = [i.draft for i in intents if isinstance(i, EventIntent)]
        if events:
            if not can_add_events(person):
                return [Reply("not_allowed_add", {"role": person.role.value})]
            dialog.clear_pending()
            dialog.pending = [drafts.draft_to_json(d) for d in events]
            if len(events) == 1:
                return await self._continue_draft(person, dialog)
            return await self._plan_summary(person, dialog, self._skipped_lines(text, intents))
        query = next((i for i in intents if isinstance(i, QueryIntent)), None)
        if query is not None:
            return await self._answer_query(person, dialog, query)
        return [Reply("not_understood", {"role": person.role.value})]

    # --- adding events ---------------------------------------------------------------

    async def _continue_draft(self, person: Person, dialog: Dialog) -> list[Reply]:
        """Ask for the next missing part of the single pending draft, or show its card."""
        draft = dialog.drafts()[0]
        missing = drafts.missing_field(draft, audience_asked=dialog.audience_asked)
        dialog.asking = missing
        if missing is not None:
            return [Reply(f"ask_{missing}", {"title": draft.title})]
        return [await self._card(person, draft)]

    async def _on_edit_answer(
        self, person: Person, dialog: Dialog, text: str
    ) -> list[Reply] | None:
        """The new value for the field being edited («нет» is a value for the venue); «нет»,
        «отмена» or «помощь» otherwise keep their usual meaning."""
        command = parse_command(text)
        if dialog.asking != "edit_venue" and command and command.kind in ("no", "help"):
            dialog.asking = None
            return None
        return await self._on_answer(person, dialog, text)

    def _ask_edit(self, dialog: Dialog, name: str) -> list[Reply]:
        """The card's "edit" buttons: ask for the new value of one field."""
        if len(dialog.pending) != 1 or name not in EDITABLE_FIELDS:
            return [Reply("nothing_pending")]
        dialog.asking = f"edit_{name}"
        return [Reply("ask_edit", {"field": name, "title": dialog.drafts()[0].title})]

    async def _on_answer(self, person: Person, dialog: Dialog, text: str) -> list[Reply] | None:
        """Fill the field the bot asked for; None when the text is not an answer to it."""
        editing = (dialog.asking or "").startswith("edit_")
        if dialog.asking != "edit_title" and _is_message(
            text, parse_message(text, self._wall_now())
        ):
            return None  # a new event or a question, not an answer
        filled = self._fill(dialog.drafts()[0], dialog, text)
        if filled is None and editing:
            return [Reply("ask_edit_again", {"field": (dialog.asking or "").removeprefix("edit_")})]
        if filled is None:
            return None if len(text.split()) > 4 else [Reply(f"ask_{dialog.asking}_again", {})]
        if editing:
            dialog.asking = None
        dialog.pending = [drafts.draft_to_json(filled)]
        return await self._continue_draft(person, dialog)

    def _fill(self, draft: EventDraft, dialog: Dialog, text: str) -> EventDraft | None:
        if dialog.asking and dialog.asking.startswith("edit_"):
            return self._edit(draft, dialog, dialog.asking.removeprefix("edit_"), text)
        command = parse_command(text)
        if dialog.asking == "audience":
            if command is not None and command.kind == "everyone":
                dialog.audience_asked = True
                return draft
            audience = parse_audience(text)
            if audience.is_everyone:
                return None
            dialog.audience_asked = True
            return replace(draft, audience=audience)
        named = day_and_time(text, self._wall_now())
        if dialog.asking == "time":
            if (command is not None and command.kind == "all_day") or (named and named.all_day):
                return drafts.whole_day(draft)
            if named is None or named.start is None:
                return None
            moved = drafts.with_day(draft, named.day) if named.day else draft
            return drafts.with_time(moved, named.start, named.end)
        if dialog.asking == "date":
            if named is None or named.day is None:
                return None
            dated = drafts.with_day(draft, named.day)
            return drafts.with_time(dated, named.start, named.end) if named.start else dated
        return None

    def _edit(self, draft: EventDraft, dialog: Dialog, name: str, text: str) -> EventDraft | None:
        """A new value for one field of the draft; None when it cannot be understood."""
        value = " ".join(text.split())
        if name == "title":
            return replace(draft, title=value[:MAX_TITLE]) if value else None
        if name == "venue":
            return replace(draft, venue=None if _NO_VENUE.match(value) else value[:MAX_TITLE])
        if name == "audience":
            dialog.audience_asked = True
            command = parse_command(value)
            if command is not None and command.kind == "everyone":
                return replace(draft, audience=Audience())
            audience = parse_audience(value)
            return None if audience.is_everyone else replace(draft, audience=audience)
        named = day_and_time(value, self._wall_now())
        command = parse_command(value)
        if (command is not None and command.kind == "all_day") or (named and named.all_day):
            dated = drafts.with_day(draft, named.day) if named and named.day else draft
            return drafts.whole_day(dated)
        if named is None or (named.day is None and named.start is None):
            return None
        moved = drafts.with_day(draft, named.day) if named.day else draft
        return drafts.with_time(moved, named.start, named.end) if named.start else moved

    async def _card(self, person: Person, draft: EventDraft) -> Reply:
        org_id = await self._organisation_of(person)
        events = drafts.to_new_events(
            draft, organisation_id=org_id, tz=self.config.tz, created_by=person.id
        )
        clashes = await self._clashes_of(events)
        slots = await propose_slots(self.store, events[0]) if clashes else []
        orgs = await self._orgs()
        return Reply(
            "event_card",
            {
                "event": event_view(events[0], orgs),
                "occurrences": len(events),
                "recurrence": draft.recurrence,
                "clashes": [clash_view(c, orgs) for c in clashes],
                "slots": [slot_view(s) for s in slots],
            },
            buttons=(
                (
                    button("save", "save", "positive"),
                    button("discard", "discard", "negative"),
                ),
                tuple(
                    Button("edit", {"a": "edit", "f": name}, context={"field": name})
                    for name in EDITABLE_FIELDS
                ),
            ),
        )

    async def _clashes_of(self, events: Sequence[NewEvent | Event]) -> list[Clash]:
        seen: dict[int, Clash] = {}
        for event in events:
            for clash in await check_clashes(self.store, event):
                seen.setdefault(clash.other.id, clash)
        return sorted(seen.values(), key=lambda c: (c.other.start, c.other.id))

    def _skipped_lines(self, text: str, intents: Sequence[Intent]) -> list[str]:
        """Lines of a pasted plan that are not events (headers, typos), to show the author."""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) <= len(intents):
            return []
        now = self._wall_now()
        return [line for line in lines if not isinstance(parse_message(line, now), EventIntent)]

    async def _plan_summary(
        self,
        person: Person,
        dialog: Dialog,
        skipped: Sequence[str] = (),
        *,
        row_errors: Sequence[Mapping[str, Any]] = (),
        filename: str | None = None,
    ) -> list[Reply]:
        """Several events at once: one summary with every clash, also between the lines.

        Lines without a date or a time are listed for the author to resend, not saved; an
        imported file's bad rows are listed by number (`row_errors`).
        """
        orgs = await self._orgs()
        complete = [
            raw
            for raw, draft in zip(dialog.pending, dialog.drafts(), strict=True)
            if draft.start is not None and draft.time_known
        ]
        incomplete = [d.title for d in dialog.drafts() if d.start is None or not d.time_known]
        dialog.pending = complete
        left_out = {"incomplete": incomplete, "skipped": list(skipped), "errors": row_errors}
        if not complete:
            dialog.clear_pending()
            return [Reply("plan_incomplete", {**left_out, "filename": filename})]
        batch = [
            drafts.to_new_events(
                drafts.draft_from_json(raw),
                organisation_id=await self._organisation_for(person, raw, create=False),
                tz=self.config.tz,
                created_by=person.id,
            )
            for raw in complete
        ]
        provisional = _provisional_events(batch)
        items = []
        total = 0
        for index, events in enumerate(batch):
            clashes = await self._clashes_of(events)
            siblings = [e for i, group in enumerate(provisional) if i != index for e in group]
            clashes += [c for e in events for c in find_clashes(e, siblings)]
            total += len(clashes)
            view = event_view(events[0], orgs)
            if person.role is Role.CURATOR and complete[index].get("organiser"):
                view["organiser"] = _match_name(str(complete[index]["organiser"]), orgs)
            items.append(
                {
                    "number": index + 1,
                    "row": complete[index].get("row"),
                    "event": view,
                    "occurrences": len(events),
                    "clashes": [clash_view(c, orgs) for c in clashes],
                }
            )
        template = "import_summary" if filename else "plan_summary"
        context = {**left_out, "items": items, "clash_count": total, "filename": filename}
        buttons = (
            (button("save_all", "save", "positive"), button("discard", "discard", "negative")),
        )
        return [Reply(template, context, buttons=buttons)]

    async def _organisation_for(
        self, person: Person, raw: Mapping[str, Any], *, create: bool = True
    ) -> int:
        """Whose event a pending draft is: the author's organisation, or for a curator the
        organiser an imported row names (a new name becomes a partner organisation when the
        plan is saved; until then the school stands in for it)."""
        name = raw.get("organiser")
        if person.role is Role.CURATOR and name:
            found = _match_organisation(str(name), (await self._orgs()).values())
            if found is not None:
                return found.id
            if create:
                return (await self.store.create_organisation(str(name), OrgKind.PARTNER)).id
        return await self._organisation_of(person)

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
            dialog.clear_pending()
            dialog.pending = [
                {**drafts.draft_to_json(r.draft), "organiser": r.organiser, "row": r.row_number}
                for r in rows
                if hasattr(r, "draft")
            ]
            errors = [
                {"row": r.row_number, "reason": str(r.reason), "value": r.value}
                for r in rows
                if not hasattr(r, "draft")
            ]
            replies = await self._plan_summary(person, dialog, row_errors=errors, filename=filename)
            await self.store.set_dialog(person.id, dialog.dump())
            return replies
        except Exception:
            log.exception("failed to import a file from %s", vk_id)
            return [Reply("error")]

    async def _save(self, person: Person, dialog: Dialog) -> list[Reply]:
        pending = dialog.drafts()
        if not pending:
            return [Reply("nothing_pending")]
        if not can_add_events(person):
            dialog.clear_pending()
            return [Reply("not_allowed_add", {"role": person.role.value})]
        if len(pending) == 1 and drafts.missing_field(pending[0], audience_asked=True):
            return await self._continue_draft(person, dialog)
        new_events: list[NewEvent] = []
        for raw, draft in zip(dialog.pending, pending, strict=True):
            series = await self.store.next_series_id() if draft.recurrence else None
            new_events += drafts.to_new_events(
                draft,
                organisation_id=await self._organisation_for(person, raw),
                tz=self.config.tz,
                created_by=person.id,
                series_id=series,
            )
        saved = await self.store.add_events(new_events, person.id)
        dialog.clear_pending()
        dialog.last_event = saved[0].id if saved else None
        notices = await self._clash_notices(person, saved, "clash_added")
        context = {
            "count": len(saved),
            "drafts": len(pending),
            "event": event_view(saved[0], await self._orgs()),
            "notified": len(notices),
        }
        return [Reply("saved", context), *notices]

    def _discard(self, dialog: Dialog) -> list[Reply]:
        dialog.clear_pending()
        return [Reply("discarded")]

    async def _clash_notices(
        self, author: Person, changed: Sequence[Event], template: str
    ) -> list[Reply]:
        """One message to each organiser of a clashing event and to each curator."""
        changed_ids = {e.id for e in changed}
        orgs = await self._orgs()
        per_recipient: dict[int, list[dict[str, Any]]] = {}
        for event in changed:
            clashes = [
                c for c in await check_clashes(self.store, event) if c.other.id not in changed_ids
            ]
            for clash in clashes:
                item = {
                    "event": event_view(event, orgs),
                    "other": event_view(clash.other, orgs),
                    "reasons": sorted(r.value for r in clash.reasons),
                    "slots": [slot_view(s) for s in await propose_slots(self.store, event)],
                }
                for vk_id in await self._people_to_warn(author, clash.other):
                    per_recipient.setdefault(vk_id, []).append(item)
        # the times are part of the key: moving the same event again is a new notice
        key = _digest(f"{e.id}@{int(e.start.timestamp())}" for e in changed)
        return [
            Reply(
                template,
                {"items": items},
                recipients=(vk_id,),
                dedupe_key=f"{template}:{key}:{vk_id}",
            )
            for vk_id, items in sorted(per_recipient.items())
        ]

    async def _people_to_warn(self, author: Person, other: Event) -> set[int]:
        organisers = await self.store.people_of_organisation(other.organisation_id)
        curators = await self.store.people_with_role(Role.CURATOR)
        wanted = {p.vk_id for p in organisers if p.role is not Role.STUDENT}
        wanted |= {p.vk_id for p in curators}
        wanted.discard(author.vk_id)
        return wanted

    # --- moving and cancelling ---------------------------------------------------------

    async def _cancel(self, person: Person, dialog: Dialog, event_id: int | None) -> list[Reply]:
        event = await self._editable(person, event_id)
        if isinstance(event, Reply):
            return [event]
        try:
            cancelled = await self.store.set_event_status(
                event.id, EventStatus.CANCELLED, person.id
            )
        except EventChangedError as changed:
            return [await self._changed(changed)]
        dialog.last_event = cancelled.id
        view = event_view(cancelled, await self._orgs())
        notices = [
            Reply(
                "event_cancelled_notice",
                {"event": view, "by_curator": person.role is Role.CURATOR},
                recipients=(vk,),
                dedupe_key=f"cancel:{event.id}:{vk}",
            )
            for vk in sorted(await self._people_to_warn(person, cancelled))
        ]
        notices += await self._tell_participants(cancelled, "participant_cancelled", view)
        return [Reply("cancelled", {"event": view}), *notices]

    async def _tell_participants(
        self, event: Event, template: str, view: Mapping[str, Any]
    ) -> list[Reply]:
        """One message to everyone signed up (going or waiting) for the event."""
        people = await self.store.signed_up(event.id) + await self.store.signed_up(
            event.id, "waiting"
        )
        vk_ids = tuple(sorted({p.vk_id for p in people}))
        if not vk_ids:
            return []
        stamp = int(event.start.timestamp())
        key = f"{template}:{event.id}:{stamp}:{event.status.value}"
        return [Reply(template, {"event": view}, recipients=vk_ids, dedupe_key=key)]

    async def _move(
        self, person: Person, dialog: Dialog, event_id: int | None, when_text: str
    ) -> list[Reply]:
        event = await self._editable(person, event_id)
        if isinstance(event, Reply):
            return [event]
        named = day_and_time(when_text, self._wall_now())
        if named is None or (named.day is None and named.start is None):
            return [Reply("move_not_understood", {"event": event_view(event, await self._orgs())})]
        moved = replace(event, **self._new_times(event, named.day, named.start, named.end))
        try:
            updated = await self.store.update_event(moved, person.id)
        except EventChangedError as changed:
            return [await self._changed(changed)]
        dialog.last_event = updated.id
        orgs = await self._orgs()
        clashes = await check_clashes(self.store, updated)
        slots = await propose_slots(self.store, updated) if clashes else []
        notices = await self._clash_notices(person, [updated], "clash_moved")
        notices += await self._tell_participants(
            updated, "participant_moved", event_view(updated, orgs)
        )
        reply = Reply(
            "moved",
            {
                "event": event_view(updated, orgs),
                "clashes": [clash_view(c, orgs) for c in clashes],
                "slots": [slot_view(s) for s in slots],
            },
        )
        return [reply, *notices]

    async def _changed(self, error: EventChangedError) -> Reply:
        """Someone else changed the event first: nothing was written; show it as it is."""
        if error.current is None:
            return Reply("no_event_to_edit")
        view = event_view(error.current, await self._orgs())
        cancelled = error.current.status is EventStatus.CANCELLED
        return Reply("event_changed", {"event": view, "cancelled": cancelled})

    def _new_times(
        self, event: Event, day: Any, start: time | None, end: time | None
    ) -> dict[str, Any]:
        tz = self.config.tz
        local_start = event.start.astimezone(tz)
        new_day = day or local_start.date()
        if start is None:
            shift = datetime.combine(new_day, local_start.time(), tzinfo=tz) - local_start
            return {"start": event.start + shift, "end": event.end + shift}
        new_start = datetime.combine(new_day, start, tzinfo=tz)
        if end is not None:
            new_end = datetime.combine(new_day, end, tzinfo=tz)
            if new_end <= new_start:
                new_end += timedelta(days=1)
            return {"start": new_start, "end": new_end, "all_day": False, "end_given": True}
        length = event.end - event.start if not event.all_day else timedelta(hours=1)
        return {
            "start": new_start,
            "end": new_start + length,
            "all_day": False,
            "end_given": event.end_given and not event.all_day,
        }

    async def _editable(self, person: Person, event_id: int | None) -> Event | Reply:
        if event_id is None:
            return Reply("no_event_to_edit")
        event = await self.store.get_event(event_id)
        if event is None:
            return Reply("no_event_to_edit")
        if event.status is EventStatus.CANCELLED:
            return Reply(
                "event_already_cancelled", {"event": event_view(event, await self._orgs())}
            )
        if not can_edit(person, event):
            return Reply("not_your_event", {"event": event_view(event, await self._orgs())})
        return event

    def _target(self, dialog: Dialog, number: int | None) -> int | None:
        if number is None:
            return dialog.last_event
        if 1 <= number <= len(dialog.listed):
            return dialog.listed[number - 1]
        return None

    # --- asking ----------------------------------------------------------------------

    async def _answer_query(
        self, person: Person, dialog: Dialog, query: QueryIntent
    ) -> list[Reply]:
        tz = self.config.tz
        start = datetime.combine(query.start, time(), tzinfo=tz)
        end = (
            datetime.combine(query.end + timedelta(days=1), time(), tzinfo=tz)
            if query.end
            else None
        )
        orgs = await self._orgs()
        organiser = _match_organisation(query.organiser, orgs.values())
        if query.organiser and organiser is None:
            return [Reply("unknown_organiser", {"name": query.organiser})]
        events = await self.store.events_between(
            start, end, organisation_id=organiser.id if organiser else None
        )
        audience = self._audience_filter(person, query)
        if not audience.is_everyone:
            events = [e for e in events if e.audience.overlaps(audience)]
        shown = events[:LIST_LIMIT]
        dialog.listed = [e.id for e in shown]
        if len(shown) == 1:  # "отмени" now means the one event just looked at
            dialog.last_event = shown[0].id
        context = {
            "start": query.start,
            "end": query.end,
            "audience": audience,
            "organiser": organiser.name if organiser else None,
            "days": days_view(shown, orgs),
            "more": len(events) - len(shown),
            "can_edit": person.role is not Role.STUDENT,
        }
        if not shown:
            return [Reply("no_events", context)]
        buttons = signup_buttons(dialog.listed) if person.role is Role.STUDENT else ()
        context["can_sign_up"] = bool(buttons)
        return [Reply("events_list", context, buttons=buttons)]

    def _audience_filter(self, person: Person, query: QueryIntent) -> Audience:
        if not query.audience.is_everyone:
            return query.audience
        if person.role is Role.STUDENT and person.class_name:
            return Audience(classes=frozenset({person.class_name}))
        return Audience()

    async def _mine(self, person: Person, dialog: Dialog) -> list[Reply]:
        if person.role is Role.STUDENT:
            return await self.students.mine(person, await self._orgs())
        org_id = await self._organisation_of(person)
        now = self.clock.now()
        events = await self.store.events_between(now, now + MINE_HORIZON, organisation_id=org_id)
        shown = events[:LIST_LIMIT]
        dialog.listed = [e.id for e in shown]
        orgs = await self._orgs()
        return [
            Reply("my_events", {"days": days_view(shown, orgs), "more": len(events) - len(shown)})
        ]

    async def _clash_overview(self, person: Person) -> list[Reply]:
        """Upcoming clashes: all of them for a curator, one's own organisation's for others."""
        if person.role is Role.STUDENT:
            return [Reply("not_understood", {"role": person.role.value})]
        org_id = None if person.role is Role.CURATOR else await self._organisation_of(person)
        now = self.clock.now()
        events = await self.store.events_between(now, now + MINE_HORIZON, organisation_id=org_id)
        orgs = await self._orgs()
        items = [
            {
                "event": event_view(event, orgs),
                "other": event_view(clash.other, orgs),
                "reasons": sorted(r.value for r in clash.reasons),
            }
            for event, clash in await self._clash_pairs(events)
        ]
        context = {
            "items": items[:LIST_LIMIT],
            "more": max(0, len(items) - LIST_LIMIT),
            "horizon_days": MINE_HORIZON.days,
        }
        return [Reply("clash_overview", context)]

    async def _clash_pairs(self, events: Sequence[Event]) -> list[tuple[Event, Clash]]:
        """Each clash of `events` once, whichever side of the pair comes first."""
        seen: set[frozenset[int]] = set()
        pairs = []
        for event in events:
            for clash in await check_clashes(self.store, event):
                pair = frozenset({event.id, clash.other.id})
                if pair not in seen:
                    seen.add(pair)
                    pairs.append((event, clash))
        return pairs

    async def _export(self, person: Person, request: ExportRequest) -> list[Reply]:
        """A file of the plan (the transport builds and attaches it)."""
        orgs = await self._orgs()
        organiser = _match_organisation(request.organiser, orgs.values())
        if request.organiser and organiser is None:
            return [Reply("unknown_organiser", {"name": request.organiser})]
        audience = request.audience
        if audience.is_everyone and person.role is Role.STUDENT and person.class_name:
            audience = Audience(classes=frozenset({person.class_name}))
        document = DocumentRequest(
            request.fmt, request.start, request.end, organiser.id if organiser else None, audience
        )
        context = {
            "fmt": request.fmt,
            "start": request.start,
            "end": request.end,
            "organiser": organiser.name if organiser else None,
            "audience": audience,
        }
        return [Reply("export_ready", context, document=document)]

    async def _calendar_link(self, person: Person, *, renew: bool) -> list[Reply]:
        """A secret feed URL that calendar apps subscribe to (webhook mode only)."""
        if not self.config.feed_base_url:
            return [Reply("calendar_link_unavailable")]
        token = await self.store.calendar_token(person.id, renew=renew)
        url = f"{self.config.feed_base_url.rstrip('/')}/ics/{token}.ics"
        return [Reply("calendar_link", {"url": url, "renewed": renew, "role": person.role.value})]

    async def _reminder_times(self, person: Person, argument: str) -> list[Reply]:
        """A person's own reminder times, or the school's defaults (curators only)."""
        scope, _, phrase = argument.partition(":")
        offsets = parse_offsets(phrase)
        if offsets is None:
            return [Reply("reminder_times_not_understood")]
        if scope == "default":
            if person.role is not Role.CURATOR:
                return [Reply("reminder_defaults_not_allowed")]
            await self.store.set_setting(REMINDER_DEFAULTS_KEY, ",".join(map(str, offsets)))
        else:
            await self.store.set_reminder_prefs(person.id, True, offsets)
        return [Reply("reminder_times_set", {"offsets": offsets, "default": scope == "default"})]

    async def _report(self, person: Person, request: ReportRequest) -> list[Reply]:
        """Figures for a period: all partners for a curator, one's own organisation else."""
        if person.role is Role.STUDENT:
            return [Reply("report_not_allowed")]
        orgs = await self._orgs()
        if person.role is Role.CURATOR:
            organisation = _match_organisation(request.organiser, orgs.values())
            if request.organiser and organisation is None:
                return [Reply("unknown_organiser", {"name": request.organiser})]
        else:
            organisation = orgs.get(await self._organisation_of(person))
        reply = await report_reply(
            self.store, self.config.tz, request.start, request.end, organisation, orgs
        )
        return [reply]

    async def _set_class(self, person: Person, class_name: str) -> list[Reply]:
        audience = parse_audience(class_name)
        if not audience.classes:
            return [Reply("class_not_understood")]
        chosen = sorted(audience.classes)[0]
        await self.store.save_person(
            person.vk_id, person.role, person.name, person.organisation_id, chosen
        )
        return [Reply("class_set", {"class_name": chosen})]

    async def _invite(self, person: Person, argument: str) -> list[Reply]:
        """A curator creates a one-time code that links its sender to an organisation."""
        if person.role is not Role.CURATOR:
            return [Reply("invite_not_allowed")]
        who, _, name = argument.partition(":")
        name = " ".join(name.split()).strip(" «»\"'")
        if who == "staff":
            org = await self.school()
        elif not name:
            return [Reply("invite_needs_name")]
        else:
            org = await self.store.find_organisation(name) or await self.store.create_organisation(
                name, OrgKind.PARTNER
            )
        role = Role.STAFF if who == "staff" else Role.PARTNER
        days = self.config.invite_days
        code = await self.store.create_invitation(org.id, role, person.id, timedelta(days=days))
        context = {"code": code, "organisation": org.name, "role": role.value, "days": days}
        return [Reply("invite_created", context)]

    async def _redeem(self, person: Person, dialog: Dialog, code: str) -> list[Reply] | None:
        """A message that is an unused code links the sender; None when it is not a code.
        Wrong codes are counted and, past a handful an hour, refused (bot.core.access)."""
        redemption = await self.store.use_invitation(code, person.vk_id, person.name)
        if redemption.outcome in (Redeemed.EXPIRED, Redeemed.THROTTLED):
            return [Reply(f"invite_{redemption.outcome.value}")]
        linked = redemption.person
        if linked is None:
            return None
        org = await self.store.get_organisation(linked.organisation_id or 0)
        dialog.clear_pending()
        curators = [
            Reply(
                "partner_joined",
                {
                    "organisation": org.name if org else "",
                    "name": linked.name,
                    "vk_id": linked.vk_id,
                },
                recipients=(p.vk_id,),
                dedupe_key=f"joined:{code}:{p.vk_id}",
            )
            for p in await self.store.people_with_role(Role.CURATOR)
        ]
        welcome = Reply(
            "invite_accepted",
            {"organisation": org.name if org else "", "role": linked.role.value},
        )
        return [welcome, *curators]

    def _help(self, person: Person) -> Reply:
        """What the bot can do for this role, with buttons for the everyday questions."""
        shortcuts = HELP_SHORTCUTS[person.role]
        buttons = tuple(
            tuple(
                Button("shortcut", {"a": "say", "t": key}, context={"key": key})
                for key in shortcuts[i : i + 2]
            )
            for i in range(0, len(shortcuts), 2)
        )
        return Reply("help", {"role": person.role.value}, buttons=buttons)

    # --- helpers ---------------------------------------------------------------------

    def _wall_now(self) -> datetime:
        """The school's wall-clock time, as the parser expects it."""
        return self.clock.now().astimezone(self.config.tz).replace(tzinfo=None)

    async def _organisation_of(self, person: Person) -> int:
        if person.organisation_id is not None:
            return person.organisation_id
        return (await self.school()).id

    async def _orgs(self) -> dict[int, Organisation]:
        return {o.id: o for o in await self.store.list_organisations()}


async def school_organisation(store: Store, name: str) -> Organisation:
    """The school's own organisation, created on first use."""
    found = await store.find_organisation(name)
    if found is not None:
        return found
    return await store.create_organisation(name, OrgKind.SCHOOL)


def _provisional_events(batch: Sequence[Sequence[NewEvent]]) -> list[list[Event]]:
    """Not-yet-stored events with temporary negative ids, to check a plan against itself."""
    provisional: list[list[Event]] = []
    next_id = -1
    for group in batch:
        events = []
        for new in group:
            events.append(Event(id=next_id, **{f: getattr(new, f) for f in _NEW_EVENT_FIELDS}))
            next_id -= 1
        provisional.append(events)
    return provisional


_NEW_EVENT_FIELDS = tuple(NewEvent.__dataclass_fields__)


def _match_organisation(
    name: str | None, orgs: Sequence[Organisation] | Any
) -> Organisation | None:
    if not name:
        return None
    wanted = name.casefold()
    for org in orgs:
        key = org.name.casefold()
        if wanted == key or wanted in key or key in wanted:
            return org
    return None


def _match_name(name: str, orgs: Mapping[int, Organisation]) -> str:
    """An organisation's stored name, or the name as written when it is new."""
    found = _match_organisation(name, orgs.values())
    return found.name if found else name


def _is_message(text: str, intent: Intent) -> bool:
    """True for a new message (an event with a title, or an explicit question) rather than
    a short answer such as "завтра", which the parser alone would take for a query."""
    if isinstance(intent, EventIntent):
        return len(intent.draft.title.split()) > 1
    return isinstance(intent, QueryIntent) and bool(_QUESTION.search(text))


_QUESTION = re.compile(r"\?|^\s*(?:что|какие|покажи|мероприятия)\b", re.IGNORECASE)


def _digest(parts: Iterable[str]) -> str:
    """A short stable key for a set of parts (a recurring series has dozens of events)."""
    joined = ",".join(sorted(parts))
    return joined if len(joined) <= 40 else hashlib.sha1(joined.encode()).hexdigest()[:16]


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
