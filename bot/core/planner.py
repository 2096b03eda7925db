"""The use cases behind every transport: add, confirm, ask, move, cancel, list.

`Planner.handle` takes one incoming message (text or a pressed button's payload) from a
person identified by their VK id and returns the replies to send, as template ids with
data. Multi-step conversations keep their state in the store, so they survive restarts.
Nothing here knows about VK, SQL or wording.

The planner is a thin router: bot.core.language understands the message once (one typed
intent, see bot.core.language.meaning), and each intent type has one handler in a feature
module under bot.core.features (commands: one handler per CommandKind). Each feature module
exports `ROUTES` (intent type -> handler) and/or `COMMANDS` (command kind -> handler), like
one labeler per feature.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from bot.core import feedback
from bot.core.dialog import Dialog, Nothing, PollStep
from bot.core.features import (
    adding,
    agreeing,
    agreement_notices,
    cancel_by_text,
    card_unchanged,
    changing,
    chat,
    city,
    class_teachers,
    draft_choice,
    editing,
    files,
    hand_over,
    help,
    lists,
    moment_reminders,
    move_by_text,
    organiser_cards,
    organiser_changes,
    people,
    plan_lines,
    plan_updates,
    plans,
    poll_chat,
    queries,
    resets,
    run_end_changes,
    school_year,
    series_additions,
    settings,
    several_schools,
    signup_counts,
    signups,
    slot_picks,
    still_on,
    stuck_parts,
    undo,
)
from bot.core.features.context import (
    Commands,
    Context,
    PlannerConfig,
    Routes,
    school_organisation,
)
from bot.core.features.hidden_presses import names_hidden_event
from bot.core.features.pick_presses import question_key, stale_pick_press, stamp
from bot.core.features.span_presses import stale_day_press, stale_span_press
from bot.core.held import holding
from bot.core.language.buttons import from_payload
from bot.core.language.commands import Command, CommandKind, SetClassCommand
from bot.core.language.meaning import (
    AddToSeries,
    Agreement,
    AlsoAsked,
    Intent,
    NotUnderstood,
    RedeemCode,
    Say,
    TooLong,
    UnknownButton,
)
from bot.core.language.own_class import StatedClass
from bot.core.language.poll_answers import is_reaction
from bot.core.language.understand import closes_question, understand
from bot.core.models import Organisation, Person
from bot.core.outbox import release_unmet
from bot.core.permissions import can_add_events, can_agree
from bot.core.ports import (
    Clock,
    MessageStart,
    PastedTableReader,
    SchoolRef,
    Schools,
    Store,
    all_or_nothing,
)
from bot.core.replies import Reply
from bot.core.school_calendar import SchoolCalendar, active_calendar
from bot.core.school_settings import (
    SCHOOL_CALENDAR_KEY,
    calendar_from_setting,
    load_school_calendar,
)
from bot.core.students import Students
from bot.core.text import clean_text

__all__ = ["Planner", "PlannerConfig", "school_organisation"]

log = logging.getLogger(__name__)

ROUTES: Routes = {
    **chat.ROUTES,
    **agreeing.ROUTES,  # the curator's agreement (walk t, #16)
    **adding.ROUTES,
    **card_unchanged.ROUTES,  # a message that changed nothing under an open card
    **slot_picks.ROUTES,  # «давайте первый вариант» of a card's free time
    **plans.ROUTES,
    **organiser_cards.ROUTES,  # «организатор — школа» under a card (organiser76)
    **organiser_changes.ROUTES,  # a saved event's organiser (owner77)
    **changing.ROUTES,
    **cancel_by_text.ROUTES,
    **hand_over.ROUTES,  # «передай экскурсию классному руководителю 8А»
    **still_on.ROUTES,  # «Отмена отменяется! … состоится»: nothing changes
    **signup_counts.ROUTES,
    **move_by_text.ROUTES,  # after changing: a move names its event by number or by title
    **plan_lines.ROUTES,  # after move_by_text: «экскурсия не в 12, а в 12:30» of a plan's line
    **run_end_changes.ROUTES,  # «продли выставку до 10 января»: only the last day (chat74)
    **series_additions.ROUTES,  # «добавь ещё занятие 20 декабря»: a series' meeting (chat76)
    **plan_updates.ROUTES,  # after changing: «да» to «Отменить их?» of a corrected plan
    **editing.ROUTES,
    **queries.ROUTES,
    **moment_reminders.ROUTES,  # «напомни мне завтра в 8 утра про экскурсию» (remind66)
    **signups.ROUTES,
    **people.ROUTES,
    **class_teachers.ROUTES,
    **files.ROUTES,
    **settings.ROUTES,
    **school_year.ROUTES,
    **resets.ROUTES,  # after school_year and plan_updates: the reset and its «да»
    **lists.ROUTES,
    **several_schools.ROUTES,
    **stuck_parts.ROUTES,  # «Повторить» / «Отбросить» of a city's stuck part (safety40)
}
COMMANDS: Commands = {
    **help.COMMANDS,
    **class_teachers.COMMANDS,
    **plans.COMMANDS,
    **changing.COMMANDS,
    **queries.COMMANDS,
    **signups.COMMANDS,
    **settings.COMMANDS,
    **plan_lines.COMMANDS,
    **plan_updates.COMMANDS,
    **undo.COMMANDS,
    **agreeing.COMMANDS,  # «верни» right after an agreement (attack v, #26)
    **city.COMMANDS,
    **people.COMMANDS,  # «коды приглашений» (walk y, Y8)
    **stuck_parts.COMMANDS,  # «что не дошло?» (safety40)
}


class Planner:
    """Transport-agnostic conversation logic over a Store and a Clock."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        config: PlannerConfig,
        pasted_tables: PastedTableReader | None = None,
    ) -> None:
        """`pasted_tables` reads plan tables pasted into the chat (None: such text is read
        as an ordinary message)."""
        self.store = store
        self.pasted_tables = pasted_tables
        self.clock = clock
        self.config = config
        self.students = Students(store, clock)
        self.school: SchoolRef | None = None  # this school, on a deployment of several
        self.schools: Schools | None = None  # all of them (None: a single-school deployment)

    @property
    def ctx(self) -> Context[Store]:
        """The handlers' context, built from the current attributes (tests and the webhook
        set `config` after construction)."""
        return Context(
            self.store, self.clock, self.config, self.students, self.school, self.schools
        )

    async def handle(
        self,
        vk_id: int,
        text: str,
        payload: Mapping[str, Any] | None = None,
        name: str = "",
    ) -> list[Reply]:
        """Answer one incoming message. Never raises: failures become a polite reply, and
        whatever the failed handler had written is rolled back (`Atomic`)."""
        try:
            text = clean_text(text or "")  # no control characters reach the store
            table = self._pasted_table(text, payload)
            if table is not None:  # a plan table pasted from Word/Excel
                return await self.handle_import(vk_id, "", table, name=name)
            # one message's writes at once; other schools' writes stand or fall with them
            async with holding(self.store), all_or_nothing(self.store):
                person, stored, calendar = await self._start(vk_id, name)
                dialog = Dialog.load(stored)
                asked = dialog.list_question
                scale = poll_chat.scale_open(dialog) and not payload  # a typed answer
                with active_calendar(calendar):
                    replies = await self._dispatch(person, dialog, text or "", payload)
                if scale and not poll_chat.scale_open(dialog):  # its keyboard goes (chat82)
                    replies = poll_chat.scale_put_away(replies, vk_id)
                await agreement_notices.remember_asked(self.ctx, vk_id, replies)  # attack v, #4
                if dialog.list_question is asked:  # a list's «which?» is for the next message
                    dialog.list_question = None
                dialog.mark_pending(self.clock.now())
                state = dialog.dump()
                if state != stored:  # an unchanged dialog is not written again
                    await self.store.set_dialog(person.id, state)
            # «pick» buttons answer the question as stored now, nothing later (safety41 #4)
            return stamp(replies, question_key(person.id, state), vk_id)
        except Exception:
            log.exception("failed to handle a message from %s", vk_id)
            return [Reply("error")]

    async def _start(
        self, vk_id: int, name: str
    ) -> tuple[Person, dict[str, Any] | None, SchoolCalendar]:
        """Who writes, their stored dialog state and the school calendar: one read where the
        store can (MessageStart), else three."""
        if isinstance(self.store, MessageStart):
            found, state, raw = await self.store.message_start(vk_id, SCHOOL_CALENDAR_KEY)
            person = await people.settle_person(self.ctx, vk_id, name, found)
            if found is None and vk_id in self.config.admins:
                # a configured curator's first message: what waited for them goes now
                # (bot.core.outbox.unmet_key; safety66 #1)
                await release_unmet(self.store, vk_id, self.clock.now())
            person = await class_teachers.with_confirmation(self.store, person)
            return person, state if found is not None else None, calendar_from_setting(raw)
        person = await class_teachers.with_confirmation(
            self.store, await self.identify(vk_id, name)
        )
        return (
            person,
            await self.store.get_dialog(person.id),
            await load_school_calendar(self.store),
        )

    async def _person_and_dialog(
        self, vk_id: int, name: str
    ) -> tuple[Person, dict[str, Any] | None]:
        """Who writes and their stored dialog state (None: none stored). Read through
        MessageStart where the store has it: inside an update's unit that first takes the
        person's transaction lock (PostgreSQL), as a message's `_start` does."""
        if isinstance(self.store, MessageStart):
            found, state, _ = await self.store.message_start(vk_id, SCHOOL_CALENDAR_KEY)
            person = await people.settle_person(self.ctx, vk_id, name, found)
            return person, state if found is not None else None
        person = await self.identify(vk_id, name)
        return person, await self.store.get_dialog(person.id)

    async def identify(self, vk_id: int, name: str = "") -> Person:
        """The person behind a VK id; newcomers are students, BOT_ADMINS are curators."""
        return await people.identify(self.ctx, vk_id, name)

    async def own_organisation(self) -> Organisation:
        """The school's own organisation, created on first use (named `own_organisation`
        since `school` is this school's bot.core.ports.SchoolRef on a city deployment)."""
        return await self.ctx.school()

    def _pasted_table(self, text: str, payload: Mapping[str, Any] | None) -> Sequence[Any] | None:
        if self.pasted_tables is None or payload or "\t" not in text:
            return None
        return self.pasted_tables(text, self.ctx.wall_now())

    async def handle_import(
        self,
        vk_id: int,
        filename: str,
        rows: Sequence[Any],
        problem: str | None = None,
        name: str = "",
    ) -> list[Reply]:
        """A plan sent as a file: `rows` are bot.exports.importer results (ImportedRow with
        `.draft` or RowError with `.reason`), `problem` a whole-file failure code. The person
        and their dialog are read as a message's are (`_person_and_dialog`: on PostgreSQL
        under the person's lock), so a file and a message of one person at two workers run
        one after the other and neither drops the other's drafts (safety40 #1)."""
        try:
            person, state = await self._person_and_dialog(vk_id, name)
            if not can_add_events(person):
                return [Reply("not_allowed_add", {"role": person.role.value})]
            if problem is not None:
                return [Reply("import_failed", {"problem": problem, "filename": filename})]
            dialog = Dialog.load(state)
            replies = await plan_updates.import_rows(self.ctx, person, dialog, filename, rows)
            await agreement_notices.remember_asked(self.ctx, vk_id, replies)
            dialog.mark_pending(self.clock.now())
            saved = dialog.dump()
            await self.store.set_dialog(person.id, saved)
            return stamp(replies, question_key(person.id, saved), vk_id)  # safety41 #4
        except Exception:
            log.exception("failed to import a file from %s", vk_id)
            return [Reply("error")]

    # --- routing ---------------------------------------------------------------------

    async def _dispatch(
        self, person: Person, dialog: Dialog, text: str, payload: Mapping[str, Any] | None
    ) -> list[Reply]:
        """Understand the message once, then hand it to its handler: a button press
        (`_pressed`), what is answered before the text is read as a request
        (`_answered_first`: the poll, a class reminder, a whole class's sign-up, a stated
        class), then the request; one that closes an open question (`_closing`) says what
        was left undone."""
        if payload:
            pressed = await self._pressed(person, dialog, payload)
            if not isinstance(pressed, str):
                return pressed
            text = pressed
        first = await self._answered_first(person, dialog, text)
        if first is not None:
            return first
        intent = understand(text, dialog, self.ctx.wall_now(), self.ctx.config.tz)
        intent = poll_chat.comment_not_event(person, dialog, text, intent)  # a review, not news
        if isinstance(intent, NotUnderstood):  # the open poll question again, not «не понял»
            asked = await poll_chat.ask_again(self.ctx, person, dialog, text)
            if asked is not None:
                return asked
            added = await poll_chat.late_comment(self.ctx, person, dialog, text)
            if added is not None:  # a comment right after the poll's thanks
                return added
        if closes_question(dialog, intent):
            return await self._closing(person, dialog, intent)
        question = adding.open_question(dialog)  # «что завтра?» at «Во сколько?»: kept
        return await self._route(person, dialog, intent) + adding.draft_kept(
            dialog, question, intent
        )

    async def _pressed(
        self, person: Person, dialog: Dialog, payload: Mapping[str, Any]
    ) -> list[Reply] | str:
        """A button press: its handler's replies, «unknown button» for an event hidden from
        `person` (safety69 #3), the stale-press reply of a question already closed
        (safety41 #4: «Все дни: 15–17 декабря» of a closed question); or, for a button that
        says a question (Say), that question's text, cleaned like typed text."""
        intent = from_payload(payload)
        if await names_hidden_event(self.store, person, intent):  # safety69 #3
            return [Reply("unknown_button")]
        if not isinstance(intent, Say):
            return await self._route(person, dialog, intent)
        named = intent.span is not None or intent.day is not None  # a day button's
        stale = stale_pick_press(person.id, dialog, payload, named)  # safety41 #4
        if stale is None and intent.span:
            stale = stale_span_press(dialog, intent.span)
        if stale is None and intent.day is not None:
            stale = stale_day_press(dialog, intent.day)
        if stale is not None:  # «Все дни: 15–17 декабря» of a closed question
            return [stale]
        return clean_text(intent.text)  # a button's question, cleaned like typed text

    async def _answered_first(
        self, person: Person, dialog: Dialog, text: str
    ) -> list[Reply] | None:
        """The replies to `text` before it is read as a request, None when there are none:
        the open poll (closed by a request, answered, typed, a reaction asked again), a
        class reminder, a whole class's sign-up, a class stated with a question."""
        closed = await poll_chat.close_for_request(self.ctx, person, dialog, text)
        if closed is not None:  # «мои мероприятия» at «Хотите что-то добавить?»: no comment
            return [closed, *await self._dispatch(person, dialog, text, None)]
        polled = await poll_chat.answer(self.ctx, person, dialog, text)
        if polled is not None:  # the open poll question answered, skipped or a score fixed
            return polled
        typed = await self._typed_poll_answer(person, dialog, text)
        if typed is not None:  # a poll answered by typing (apps without buttons, too)
            return await self._route(person, dialog, typed)
        if is_reaction(text):  # «👍», «ну норм было» while a rating is asked: asked again
            asked = await poll_chat.ask_again(self.ctx, person, dialog)
            if asked is not None:
                return asked
        reminded = people.class_reminder(person, dialog, text)
        if reminded is not None:  # «напомни классу про экскурсию»: what reminds them
            return reminded
        whole_class = people.whole_class_signup(person, dialog, text)
        if whole_class is not None:  # «запишите весь 9А на …»: one person at a time
            intent = understand(text, dialog, self.ctx.wall_now(), self.ctx.config.tz)
            if not await people.names_new_event(self.ctx, person, intent):
                return whole_class
            return await self._route(person, dialog, intent)  # a new event for the class
        stated = people.stated_own_class(person, dialog, text)
        if stated is not None:  # «Я ученица 8Б класса, что у нас на следующей неделе?»
            return await self._with_class(person, dialog, stated)
        return None

    async def _closing(self, person: Person, dialog: Dialog, intent: Intent) -> list[Reply]:
        """A request that closes the open question: routed with the question settled (a
        move or cancel card left unanswered stays readable for this message only), then
        what was left undone said — after the replies, or before them when the new reply
        asks (attack s, #6d); the add / replace question kept open comes last (AG9)."""
        dropped = dialog.planned_change()  # a move/cancel card left unanswered
        was = dialog.waiting
        choice = draft_choice.open_choice(dialog)
        dialog.settle()
        dialog.closed_change = dropped  # for this message only: a move from its card
        try:
            replies = await self._route(person, dialog, intent)
        finally:
            dialog.closed_change = None
        notes = await changing.not_done_note(self.ctx, dialog, dropped)
        notes += resets.not_done(was, dialog)
        notes += moment_reminders.question_dropped(was, dialog, intent)  # safety72 #4
        kept = draft_choice.kept_open(dialog, choice)
        if kept:  # the add / replace question stays open, asked again last (AG9)
            return replies + notes + kept
        if not isinstance(dialog.waiting, Nothing):  # the new reply asks: it comes last,
            return notes + replies  # after what closed the old question (attack s, #6d)
        return replies + notes

    async def _with_class(self, person: Person, dialog: Dialog, stated: StatedClass) -> list[Reply]:
        """Store the class a student stated, then answer the rest of their message (a
        question about the plan, now for that class) as if sent alone."""
        command = SetClassCommand(stated.class_name)
        replies = await people.set_class(self.ctx, person, dialog, command)
        if not stated.rest or replies[0].template != "class_set":
            return replies
        updated = await self.store.get_person_by_vk(person.vk_id) or person
        return replies + await self._dispatch(updated, dialog, stated.rest, None)

    async def _typed_poll_answer(self, person: Person, dialog: Dialog, text: str) -> Intent | None:
        """A rating or «меня не было» typed while no draft or question is open, as the intent
        of the button it stands for (bot.core.feedback.typed_poll_answer)."""
        if dialog.pending or isinstance(dialog.waiting, PollStep):
            return None
        payload = await feedback.typed_poll_answer(self.store, person, text, self.clock.now())
        return from_payload(payload) if payload is not None else None

    async def _route(self, person: Person, dialog: Dialog, intent: Intent) -> list[Reply]:
        """The one handler of `intent` (commands: of its kind)."""
        ctx = self.ctx
        refused = city.read_only(ctx, person, intent)  # the city role only reads
        if refused is not None:
            return refused
        if isinstance(intent, RedeemCode):
            alone = intent.about_code or isinstance(intent.otherwise, NotUnderstood)
            redeemed = await people.redeem(
                ctx, person, dialog, intent.code, means_nothing_else=alone
            )
            return redeemed or await self._route(person, dialog, intent.otherwise)
        if isinstance(intent, AddToSeries) and intent.otherwise is not None:
            added = await series_additions.on_add_to_series(ctx, person, dialog, intent)
            return added or await self._route(person, dialog, intent.otherwise)  # review77
        otherwise = intent.otherwise if isinstance(intent, Agreement) else None
        if otherwise is not None and not can_agree(person):  # its own card's answer (#27)
            answered = await self._route(person, dialog, otherwise)
            if isinstance(otherwise, Command) and otherwise.kind is CommandKind.YES:
                # a partner's or teacher's «согласовано» on a «Сохранить?» card: its «да»,
                # said so, and who agrees events (the curator)
                return [Reply("agreement_as_yes", {"role": person.role.value}), *answered]
            return answered
        if isinstance(intent, AlsoAsked):  # an event, then a question in one message (chat51)
            first = await self._route(person, dialog, intent.first)
            if intent.question is None:
                return [*first, Reply("also_asked_unread", {"asked": intent.asked})]
            return [*first, *await self._route(person, dialog, intent.question)]
        if isinstance(intent, TooLong):
            return [Reply("too_long", {"limit": intent.limit})]
        if isinstance(intent, UnknownButton):
            return [Reply("unknown_button")]
        kind = getattr(intent, "kind", None)
        handler = COMMANDS.get(kind) if isinstance(kind, CommandKind) else None
        handler = ROUTES.get(type(intent), handler)
        if isinstance(intent, NotUnderstood) and intent.only_links:
            return [Reply("link_not_opened")]
        if isinstance(intent, NotUnderstood) and intent.unknown_period:
            return [Reply("period_not_understood")]
        if isinstance(intent, NotUnderstood) and intent.card_asked is not None:
            context = {"role": person.role.value, "asked": intent.card_asked}
            return [Reply("card_question_no_card", context)]
        if handler is None or isinstance(intent, NotUnderstood):
            return [Reply("not_understood", {"role": person.role.value})]
        return await handler(ctx, person, dialog, intent)
