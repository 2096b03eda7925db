"""Students' side of the plan: sign-ups (with a waiting list and no overlapping events) and
answers to after-event polls. The planner delegates these buttons and replies here."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from bot.core import feedback
from bot.core.clashes import overlaps
from bot.core.language.buttons import ButtonAction, payload
from bot.core.language.class_work import is_class_work_title
from bot.core.language.programme import stored_steps
from bot.core.models import Audience, Event, EventStatus, Organisation, OrgKind, Person, Role
from bot.core.notifications import (
    chosen_times,
    default_offsets,
    person_offsets,
    reminding_from,
)
from bot.core.numbered_buttons import RowButton, numbered_rows
from bot.core.ports import (
    Clock,
    Directory,
    EventStore,
    SettingsStore,
    SignupStore,
    all_or_nothing,
)
from bot.core.reminders import (
    STUDENT_QUIET_HOURS,
    out_of_quiet_hours,
    reminder_plan,
    reminding_since,
)
from bot.core.replies import Button, Reply
from bot.core.run_ends import is_run, takes_no_hours
from bot.core.school_calendar import year_named
from bot.core.views import event_view, ongoing

SIGNUP_BUTTONS = 10  # VK: at most 10 buttons on an inline keyboard


def signup_buttons(
    event_ids: list[int], skip: Collection[int] = ()
) -> tuple[tuple[Button, ...], ...]:
    """One "Записаться: N" button per listed event (N its number in the list), five to a
    row; none for the events in `skip` (a class's own test: is_class_work), whose numbers
    are left out, not reused."""
    buttons = [
        Button("signup", payload(ButtonAction.SIGNUP, id=event_id), "positive", {"number": n})
        for n, event_id in enumerate(event_ids[:SIGNUP_BUTTONS], 1)
        if event_id not in skip
    ]
    return tuple(tuple(buttons[i : i + 5]) for i in range(0, len(buttons), 5))


def is_class_work(event: Event, orgs: Mapping[int, Organisation]) -> bool:
    """Whether `event` is a class's own lesson-like entry of the school — a test, a
    dictation, a lesson, a class hour (bot.core.language.class_work, by its title) that the
    school itself (an organisation of kind SCHOOL) put in the plan: it is in the class's
    timetable, so students are not signed up for it (round 19, after newcomer walk
    2026-12-02v F8: «Записаться: 2» under a 9А test). A partner's «Урок финансовой
    грамотности» is an event like any other."""
    org = orgs.get(event.organisation_id)
    return org is not None and org.kind is OrgKind.SCHOOL and is_class_work_title(event.title)


def takes_signups(event: Event, orgs: Mapping[int, Organisation]) -> bool:
    """Whether students sign up for `event`: not a class's own entry of the school
    (is_class_work: a class hour, a test) and not a staff or parents' meeting. The others
    have no sign-ups to count — no row of «записались» for them, nor a place among a
    teacher's figures (walk 2026-12-03x, X10; leftconv20, item 7)."""
    return not event.audience.no_students and not is_class_work(event, orgs)


def for_class(event: Event, person: Person) -> bool:
    """Whether `event` is open to `person` by class: True for everyone but a student whose
    class is known («я из 9Б») and not in the event's audience (its classes, or its grades:
    grade 9 takes 9Б). A whole-school event takes every class."""
    if person.role is not Role.STUDENT or not person.class_name:
        return True
    return event.audience.overlaps(Audience(classes=frozenset({person.class_name})))


PROMOTED = "promoted"  # the dedupe key's prefix of «Освободилось место!»


def promotion_key(event_id: int, vk_id: int, at: datetime) -> str:
    """The dedupe key of the promotion notice of `vk_id` on event `event_id` made at `at`
    (aware): "promoted:EVENT:VK:EPOCH_SECONDS". The moment is part of it because a student
    can be promoted on the same event again (left the seat, queued, moved up once more), and
    that second notice is news, not a repeat for the outbox to drop (left open by the fix
    of newcomer walk 2026-12-01h #8)."""
    return f"{PROMOTED}:{event_id}:{vk_id}:{int(at.timestamp())}"


class StudentStore(Directory, EventStore, SignupStore, SettingsStore, Protocol):
    """The ports sign-ups and poll answers need (no invitations)."""


class PromotionStore(Directory, EventStore, Protocol):
    """What promotion_still_holds reads: people, events and who holds a seat."""

    async def signed_up(self, event_id: int, status: str = "going") -> list[Person]:
        """As bot.core.ports.SignupStore.signed_up."""
        ...


async def promotion_still_holds(store: PromotionStore, keys: Sequence[str]) -> bool:
    """Whether a held notice whose outbox keys are `keys` ("promoted:EVENT:VK:EPOCH@PEER", or
    "promoted:EVENT:VK@PEER" as written before the moment was part of it) is still
    true when its time comes: for a promotion, the event is not cancelled and the student
    still holds the seat ("going"); any other notice: True. A key that does not parse is
    taken as true (never a notice lost for a key it does not know)."""
    for key in keys:
        parts = key.split("@", 1)[0].split(":")
        if len(parts) not in (3, 4) or parts[0] != PROMOTED:
            continue
        try:
            event_id, vk_id = int(parts[1]), int(parts[2])
        except ValueError:
            continue
        event = await store.get_event(event_id)
        if event is None or event.status is EventStatus.CANCELLED:
            return False
        if vk_id not in {p.vk_id for p in await store.signed_up(event_id, "going")}:
            return False
    return True


class _LateRefusal(Exception):
    """Rolls back a sign-up written after its event changed (Students._written)."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.template)
        self.reply = reply


class Students:
    """What students do with the plan: sign up and give up places (waiting list moved up), their
    events, classes, and the absent; over `store`, on `clock`'s time."""

    def __init__(self, store: StudentStore, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    async def sign_up(
        self, person: Person, event_id: int | None, orgs: Mapping[int, Organisation]
    ) -> list[Reply]:
        """A sign-up by number or button. Refused with the true reason: an event past,
        cancelled (`signup_unavailable`) or not in the plan at all (its reason "unknown": a
        forged or stale button, newcomer walk 2026-12-01e #20), a staff-only event for a student
        (reason "staff_only"; "parents" for a parents' meeting), an event for other classes
        or grades for a student who has named
        their class (reason "other_class", with `class_name` and the `event`: a 9А student never
        takes the only seat of an 11А excursion, newcomer walk 2026-12-01h #3; a student who has
        named no class is not refused, since nobody knows their class — «я из 9Б» names it);
        a second sign-up to the same event stores nothing and says
        so (`signup_already`, `held`: going or waiting)."""
        event = await self._open_event(event_id)
        refused = await self._refusal(person, event_id, event, orgs)
        if refused is not None or event is None:
            return [refused or Reply("signup_unavailable")]
        cancel = Button("unsign", payload(ButtonAction.UNSIGN, id=event.id), "negative")
        held = await self.store.signup_status(event.id, person.id)
        if held in ("going", "waiting"):
            context = {"event": event_view(event, orgs), "held": held}
            return [Reply("signup_already", context, buttons=((cancel,),))]
        clash, alongside = await self._overlapping(person, event)
        if clash is not None and not may_withdraw(clash, self.clock.now()):
            return [self._begun_overlap(event, clash, orgs)]
        if clash is not None:
            switch = Button(
                "switch",
                payload(ButtonAction.SWITCH, **{"from": clash.id, "to": event.id}),
                "primary",
            )
            context = {"event": event_view(event, orgs), "other": event_view(clash, orgs)}
            return [Reply("signup_overlap", context, buttons=((switch,),))]
        now = self.clock.now()
        status, late = await self._written(person, event, orgs, now)
        if late is not None:
            return [late]
        going = status == "going"
        reminders = await self.reminder_moments(person, event, now) if going else None
        view = event_view(event, orgs, today=_today(event, now))
        own_class = [event_view(e, orgs) for e in await self._class_events_then(person, event)]
        return [
            Reply(
                "signed_up" if going else "signup_waiting",
                {
                    "event": view,
                    "reminders": reminders,
                    "programme": stored_steps(event.details.description),  # walk 2026-12-02n #15
                    "class_events": own_class,
                    "class_name": person.class_name,
                    # begun and going on (a run): no reminder of a start already gone (run69)
                    "going_on": event.start <= now,
                    # a run beside a timed sign-up: both held, the run visited another hour
                    "alongside": [_run_beside(event, other, orgs) for other in alongside],
                },
                buttons=((cancel,),),
            )
        ]

    async def reminder_moments(
        self, person: Person, event: Event, signed_up_at: datetime
    ) -> list[datetime] | None:
        """When this person, signed up ("going") at `signed_up_at` (the bot's clock, aware),
        will be reminded of `event`: aware, in the event's zone, earliest first. It is the
        `ahead` of bot.core.reminders.reminder_plan with the same inputs the notification
        loop gives it (their own offsets or the school's defaults, a signed-up person's quiet
        hours, reminded since the later of the sign-up and the event's timed_at), so the loop
        sends exactly these — and, at the moment of signing up, nothing at once. None when
        they turned reminders off."""
        enabled, own = await self.store.reminder_prefs(person.id)
        if not enabled:
            return None
        clock, chosen = chosen_times(await self.store.reminder_clocks(), person.id)
        offsets = person_offsets(own, await default_offsets(self.store), clock)
        zone = event.start.tzinfo
        tz = zone if isinstance(zone, ZoneInfo) else ZoneInfo("UTC")
        since = reminding_since(reminding_from(event, signed_up_at, organiser=False), chosen)
        plan = reminder_plan(
            event.start,
            tz,
            offsets,
            quiet=STUDENT_QUIET_HOURS,
            since=since,
            now=signed_up_at,
            clock=clock,
        )
        return [m.astimezone(tz) for m in plan.ahead]

    async def cancel(
        self, person: Person, event_id: int | None, orgs: Mapping[int, Organisation]
    ) -> list[Reply]:
        """Withdraw `person`'s sign-up (going or waiting) of `event_id`; the first on the
        waiting list gets the freed seat and is told. A sign-up of an event that has begun
        is kept («signup_cancel_started»): it is whom the poll asks and what the figures
        count, and a seat freed after the start is nobody's (attack x, 2026-12-03, #1) —
        save a run going on, which is withdrawn while it lasts (`may_withdraw`, run72). The
        reply says how to sign up again and has its button (walk 2026-12-03ad, AD8)."""
        event = await self.store.get_event(event_id) if event_id is not None else None
        if event is None:
            return [Reply("signup_not_found")]
        if await self.store.signup_status(event.id, person.id) not in ("going", "waiting"):
            return [Reply("signup_not_booked", {"event": event_view(event, orgs)})]
        now = self.clock.now()
        if not may_withdraw(event, now):  # attack x, #1: the poll, the figures, no late seat
            context = {"event": event_view(event, orgs), "over": event.end <= now}
            return [Reply("signup_cancel_started", context)]
        promoted_id = await self.store.cancel_signup(event.id, person.id, at=now)
        again = Button("signup_again", payload(ButtonAction.SIGNUP, id=event.id), "positive")
        replies = [
            Reply("signup_cancelled", {"event": event_view(event, orgs)}, buttons=((again,),))
        ]
        if promoted_id is not None:
            promoted = await self.store.get_person(promoted_id)
            if promoted is not None:
                replies.append(await self.promotion(promoted, event, orgs, now))
        return replies

    async def promotion(
        self, promoted: Person, event: Event, orgs: Mapping[int, Organisation], now: datetime
    ) -> Reply:
        """«Освободилось место!» to the student moved up from the waiting list at `now`: the
        seat is theirs at once, the message names their reminder times and, made in the
        students' quiet hours (21:00–08:00 in the event's zone), waits for 08:00 when that
        is still before the event — or, for a run going on, before its end (run72) —
        (`not_before`, held in the outbox: README «Students get
        nothing between 21:00 and 08:00», newcomer walk 2026-12-01h #8); `held` tells the
        template it comes late.
        Dropped unsent when by then the student no longer holds the seat or the event was
        cancelled (promotion_still_holds)."""
        zone = event.start.tzinfo
        tz = zone if isinstance(zone, ZoneInfo) else ZoneInfo("UTC")
        morning = out_of_quiet_hours(now, tz, STUDENT_QUIET_HOURS)
        # a run going on (run72: withdrawn while it lasts) waits for the morning while it lasts
        wait_till = event.end if event.start <= now else event.start
        held = now < morning < wait_till and promoted.role is Role.STUDENT
        reminders = await self.reminder_moments(promoted, event, now)
        context = {"event": event_view(event, orgs), "reminders": reminders, "held": held}
        return Reply(
            "signup_promoted",
            context,
            recipients=(promoted.vk_id,),
            dedupe_key=promotion_key(event.id, promoted.vk_id, now),
            not_before=morning if held else None,
        )

    async def _refusal(
        self,
        person: Person,
        event_id: int | None,
        event: Event | None,
        orgs: Mapping[int, Organisation],
    ) -> Reply | None:
        """Why `person` may not sign up for `event` (the open event `event_id` names, None
        when past, cancelled or unknown), as sign_up words it, or None when they may.
        Only students sign up (walk r, #3): a teacher, partner or curator would be counted
        among «учеников», take a seat or a waiting-list place and get students' reminders;
        staff who accompany a class go without a seat, so they are refused politely
        (reason "not_student", with their `role`). After the registration deadline the post
        named a new sign-up is refused (reason "deadline", with the `deadline` day); one
        made before it is kept and answered as ever (attack83)."""
        if person.role is not Role.STUDENT:
            return Reply("signup_unavailable", {"reason": "not_student", "role": person.role.value})
        if event is None:
            known = event_id is not None and await self.store.get_event(event_id) is not None
            return Reply("signup_unavailable", {} if known else {"reason": "unknown"})
        if person.role is Role.STUDENT and event.audience.no_students:
            # a staff or parents' meeting is no student's to join
            reason = "parents" if event.audience.parents else "staff_only"
            return Reply("signup_unavailable", {"reason": reason})
        if is_class_work(event, orgs):  # a test in the class's timetable: nobody signs up
            return Reply(
                "signup_unavailable", {"reason": "class_work", "event": event_view(event, orgs)}
            )
        if not for_class(event, person):
            context = {
                "reason": "other_class",
                "class_name": person.class_name,
                "event": event_view(event, orgs),
            }
            return Reply("signup_unavailable", context)
        held = await self.store.signup_status(event.id, person.id)
        if held not in ("going", "waiting") and registration_closed(event, self.clock.now()):
            closed = {
                "reason": "deadline",
                "event": event_view(event, orgs),
                "deadline": event.details.deadline,
            }
            return Reply("signup_unavailable", closed)
        return None

    async def switch(
        self,
        person: Person,
        old_id: int | None,
        new_id: int | None,
        orgs: Mapping[int, Organisation],
    ) -> list[Reply]:
        """The switch button of an overlap: leave `old_id` for `new_id`; the reply names the
        sign-up left (`dropped` in its context), and a student moved up from the left
        event's waiting list is told. When `new_id`
        cannot be signed up for (cancelled since the button was shown, past, unknown, or a
        forged button naming a staff-only, parents' or other class's event) the person keeps
        the seat they hold: sign_up's refusal and nothing changed."""
        refused = await self._refusal(person, new_id, await self._open_event(new_id), orgs)
        if refused is not None:
            return [refused]
        try:
            async with all_or_nothing(self.store):  # a late refusal keeps the old seat
                dropped, notices, replies = await self._switched(person, old_id, new_id, orgs)
        except _LateRefusal as late:
            return [late.reply]
        if dropped is not None and replies:  # walk r, #20: the sign-up left is named
            first = replies[0]
            context = {**first.context, "dropped": event_view(dropped, orgs)}
            replies[0] = Reply(first.template, context, buttons=first.buttons)
        return replies + notices

    async def _switched(
        self,
        person: Person,
        old_id: int | None,
        new_id: int | None,
        orgs: Mapping[int, Organisation],
    ) -> tuple[Event | None, list[Reply], list[Reply]]:
        """switch's writes: `old_id` left, then `new_id` signed up for. Returns the event
        left (None when none was), its «Освободилось место!» notices and sign_up's replies.
        Raises _LateRefusal when the new event may no longer be joined by the time its
        sign-up is written (changed by another update since switch checked it: safety74),
        so that the caller's savepoint gives the old seat back."""
        dropped: Event | None = None
        notices: list[Reply] = []
        if old_id is not None:
            left = await self.cancel(person, old_id, orgs)
            old = await self.store.get_event(old_id)
            new = await self._open_event(new_id)
            if left and left[0].template == "signup_cancel_started" and old and new:
                return None, [], [self._begun_overlap(new, old, orgs)]  # leftconv20, item 3
            if left and left[0].template == "signup_cancelled":
                dropped = await self.store.get_event(old_id)
                notices = left[1:]  # «Освободилось место!» to the next on its waiting list
        replies = await self.sign_up(person, new_id, orgs)
        if dropped is not None and replies and replies[0].template == "signup_unavailable":
            raise _LateRefusal(replies[0])
        return dropped, notices, replies

    def _begun_overlap(self, event: Event, begun: Event, orgs: Mapping[int, Organisation]) -> Reply:
        """`event` clashes with the person's sign-up of `begun`, which has begun: that
        sign-up cannot be given up (cancel keeps a begun event's sign-ups, attack x #1), so
        no «Переписаться» is offered and nothing changes; the reply says why (leftconv20,
        item 3: the switch silently kept the old sign-up and offered itself again)."""
        context = {
            "event": event_view(event, orgs),
            "other": event_view(begun, orgs),
            "begun": True,
        }
        return Reply("signup_overlap", context)

    async def mine(
        self,
        person: Person,
        orgs: Mapping[int, Organisation],
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> list[Reply]:
        """The person's sign-ups (going or waiting) of events not over, numbered, with a
        cancel button each; with `start`/`end` (aware) only events starting in [start, end).
        An event in another calendar or school year than today's is listed with its year;
        one of several days going on today as going on (views.ongoing)."""
        now = self.clock.now()
        signups = await self.store.events_of_person(person.id, now)
        signups = [
            (e, s)
            for e, s in signups
            if (start is None or e.start >= start or start <= now)
            and (end is None or e.start < end)
        ]
        items = [
            {
                "event": event_view(e, orgs, n),
                "status": s,
                # in the event's own zone, as shown (the school's)
                "show_year": year_named(e.start.date(), _today(e, now)),
                "ongoing": ongoing(e, _today(e, now)),  # a run going on: «идёт до …»
            }
            for n, (e, s) in enumerate(signups, 1)
        ]
        unsign = RowButton("unsign", ButtonAction.UNSIGN, "negative")
        buttons = numbered_rows([e.id for e, _ in signups], unsign, limit=SIGNUP_BUTTONS)
        return [Reply("my_signups", {"items": items}, buttons=buttons[:SIGNUP_BUTTONS])]

    # --- polls ----------------------------------------------------------------------

    async def rate(
        self, person: Person, event_id: int | None, value: Any
    ) -> tuple[list[Reply], str | None]:
        """A rating button: store it and ask the recommendation question next."""
        score = _score(value, 1, 5)
        if event_id is None or score is None:
            return [Reply("unknown_button")], None
        refused = await feedback.answer(
            self.store, person, event_id, self.clock.now(), rating=score, attended=1
        )
        if refused is not None:
            return [refused], None
        event = await self.store.get_event(event_id)
        assert event is not None
        return [feedback.ask_recommend(event)], "recommend"

    async def recommend(
        self, person: Person, event_id: int, value: Any, asked: bool = True
    ) -> tuple[list[Reply], str | None]:
        """A recommendation score (0–10): stored, and the comment question asked next.
        `asked` False — no recommendation question of this event is open (a forged or
        stale button): taken only from someone who has answered this poll already (a
        score changed); else nothing is stored and the rating is asked first
        (`poll_rating_first`), or the refusal of feedback.answer (`poll_not_yet` for an
        event still to come) — newcomer walk 2026-12-01e, #20."""
        score = _score(value, 0, 10)
        if score is None:
            return [Reply("poll_recommend_again")], "recommend"
        if not asked and person.id not in await self.store.answered_by(event_id):
            return [await self._rating_first(person, event_id)], None
        refused = await feedback.answer(
            self.store, person, event_id, self.clock.now(), recommend=score
        )
        if refused is not None:
            return [refused], None
        return [Reply("poll_comment")], "comment"

    async def comment(self, person: Person, event_id: int, text: str) -> list[Reply]:
        """The poll's comment `text` stored (at most 1,000 characters; «нет» and the like
        store nothing); poll_thanks, or the refusal of feedback.answer."""
        if not is_no_comment(text):
            refused = await feedback.answer(
                self.store, person, event_id, self.clock.now(), comment=text.strip()[:1000]
            )
            if refused is not None:
                return [refused]
        return [Reply("poll_thanks")]

    async def absent(self, person: Person, event_id: int | None) -> list[Reply]:
        """«Меня не было» to the poll of event `event_id`: the answer stored as not attended (it
        counts in no rating) and «poll_absent» replied; «unknown button» for no event id, the
        refusal when the poll takes no answer from `person`."""
        if event_id is None:
            return [Reply("unknown_button")]
        refused = await feedback.answer(self.store, person, event_id, self.clock.now(), attended=0)
        if refused is not None:
            return [refused]
        # named: a late «меня не было» answers the latest poll still open, which need not be
        # the one the student means (newcomer walk 2026-12-03ad, AD2)
        event = await self.store.get_event(event_id)
        return [Reply("poll_absent", {"title": event.title if event else None})]

    # --- helpers --------------------------------------------------------------------

    async def _rating_first(self, person: Person, event_id: int) -> Reply:
        """The reply to a recommendation given before the poll was begun: why it cannot be
        taken (the event unknown, cancelled, to come, closed, not theirs) or the rating
        question first, with its buttons."""
        event = await self.store.get_event(event_id)
        refused = feedback.refusal(event, self.clock.now())
        if refused is not None or event is None:
            return refused or Reply("poll_unknown_event")
        if not await feedback.may_answer(self.store, person, event):
            return Reply("poll_not_participant", {"title": event.title})
        buttons = feedback.poll_buttons(event.id, absent=person.role is Role.STUDENT)
        return Reply("poll_rating_first", {"title": event.title}, buttons=buttons)

    async def _written(
        self, person: Person, event: Event, orgs: Mapping[int, Organisation], now: datetime
    ) -> tuple[str, Reply | None]:
        """Write `person`'s sign-up for `event` (read before it, unlocked) and read the event
        again once the write holds its row: the store's sign_up locks it (PostgreSQL: SELECT
        … FOR UPDATE, READ COMMITTED), so an edit or a cancel committed meanwhile by another
        update is seen. When the event changed and may no longer be joined (made staff-only,
        narrowed, cancelled, over: `_refusal`), the write is rolled back (a savepoint) and
        the refusal returned — safety74: a press held between the check and the write was
        saved into a teachers' meeting, «Вы записаны ✅», after the edit withdrew everyone.
        Returns the status ("going"/"waiting") and None, or ("", the refusal)."""
        try:
            async with all_or_nothing(self.store):
                status = await self.store.sign_up(event.id, person.id, at=now)
                fresh = await self._open_event(event.id)
                if fresh is None or fresh.version != event.version:
                    refused = await self._refusal(person, event.id, fresh, orgs)
                    if refused is not None:
                        raise _LateRefusal(refused)
        except _LateRefusal as late:
            return "", late.reply
        return status, None

    async def _open_event(self, event_id: int | None) -> Event | None:
        """The event `event_id` names while it may be signed up for: not cancelled and not
        wholly past — its end ahead, so a run going on (an exhibition open 30 November to 20
        December, parse69's doubt `running`) takes sign-ups until it ends (run69); None
        otherwise."""
        if event_id is None:
            return None
        event = await self.store.get_event(event_id)
        if event is None or event.status is EventStatus.CANCELLED:
            return None
        return event if event.end > self.clock.now() else None

    async def _class_events_then(self, person: Person, event: Event) -> list[Event]:
        """The events of the student's own class at the time of `event` — a test, a lesson
        moved, a class trip: open events whose audience names the class or its grade (not
        the whole school, nor staff or parents alone) and overlaps `event`'s time. The
        sign-up is kept (the student may have leave), but told (newcomer walk 2026-12-02v,
        F8: a 9А student signed up for a relay at the hour of 9А's test with no word).
        Empty for a student who has named no class, and none when `event` or the class's
        event is a visited long run (run_ends.takes_no_hours: an exhibition come to at any
        hour of its days, run72; a week's class trip still counts)."""
        if not person.class_name or takes_no_hours(event):
            return []
        mine = Audience(classes=frozenset({person.class_name}))
        found = []
        for other in await self.store.events_overlapping(event.start, event.end):
            audience = other.audience
            if (
                other.id != event.id
                and other.status is not EventStatus.CANCELLED
                and not audience.is_everyone
                and not audience.no_students
                and audience.overlaps(mine)
                and overlaps(other.start, other.end, event.start, event.end)
                and not takes_no_hours(other)
            ):
                found.append(other)
        return sorted(found, key=lambda e: (e.start, e.id))

    async def _overlapping(self, person: Person, event: Event) -> tuple[Event | None, list[Event]]:
        """The person's "going" sign-ups whose time overlaps `event`'s: the first that clashes
        with it (None when none does) and those that do not because one of the two is a long
        run (run_ends.takes_no_hours: an exhibition open for weeks is visited at any hour of its
        days, so a lecture inside it takes nothing from it — run72), earliest first."""
        since = self.clock.now() - timedelta(days=1)
        clash: Event | None = None
        alongside: list[Event] = []
        for other, status in await self.store.events_of_person(person.id, since):
            if (
                other.id == event.id
                or status != "going"
                or not overlaps(other.start, other.end, event.start, event.end)
            ):
                continue
            if takes_no_hours(other) or takes_no_hours(event):
                alongside.append(other)
            elif clash is None:
                clash = other
        return clash, alongside


def may_withdraw(event: Event, now: datetime) -> bool:
    """Whether a sign-up of `event` may still be withdrawn at `now` (aware): before its start,
    or while a run (an exhibition open for weeks, a competition over three days:
    run_ends.is_run) goes on — a student who will not come on its remaining days gives the
    place up, and the next on the waiting list may still come (run69 takes sign-ups until
    the end). A one-off event begun keeps its sign-ups (attack x, #1)."""
    return event.start > now or (is_run(event) and event.end > now)


NO_COMMENT = ("нет", "-", "не", "нечего", "без комментариев")


def is_no_comment(text: Any) -> bool:
    """Whether the answer to «Хотите что-то добавить?» declines it («нет», «-», «нечего»)."""
    return str(text).strip().lower().strip(".!") in NO_COMMENT


def _score(value: Any, low: int, high: int) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if low <= number <= high else None


def _run_beside(event: Event, other: Event, orgs: Mapping[int, Organisation]) -> dict[str, Any]:
    """`event` just signed up for and `other`, a sign-up held whose time overlaps it, one of
    them a visited long run: {"run": the run's view (`other` when both are), "other": the
    other's} for signed_up's «… идёт до 20 декабря — туда можно прийти в любой из этих дней»."""
    run, beside = (other, event) if takes_no_hours(other) else (event, other)
    return {"run": event_view(run, orgs), "other": event_view(beside, orgs)}


def registration_closed(event: Event, now: datetime) -> bool:
    """Whether the registration deadline the post named («Регистрация до 16 декабря»: the
    last day to register, inclusive, in the school's calendar; EventDetails.deadline) is
    behind `now` (aware): the organiser's card promised it, so a sign-up after it is
    refused with that day (attack83), never taken silently. False when no deadline."""
    deadline = event.details.deadline
    return deadline is not None and _today(event, now) > deadline


def _today(event: Event, now: datetime) -> date:
    """Today in the zone of `event`'s start (the school's), for naming its year."""
    return now.astimezone(event.start.tzinfo).date()
