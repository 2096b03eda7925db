"""Exactly-once notifications, as far as VK allows it: stable random_ids and a small outbox.

VK's `messages.send` takes a `random_id`: "уникальный (в привязке к API_ID и ID отправителя)
идентификатор, предназначенный для предотвращения повторной отправки одинакового сообщения
… Заданный random_id используется для проверки уникальности за всю историю сообщений,
поэтому используйте большой диапазон (до int64)" — VK API reference, messages.send
(https://vk.com/dev/messages.send, archived 2019-08-17; dev.vk.com/method/messages.send
says "Unique identifier to avoid resending the message"). So VK remembers a random_id for
the whole message history of the sender, and a message sent again with the same random_id to
the same peer is not delivered a second time. We rely on much less than that: a resend comes
within minutes of the first attempt (the next tick, or the restart after a crash).

How a notification (reminder, poll, nudge, digest) goes out:

1. its recipients are split into batches of up to 100 (VK's `peer_ids` limit);
2. right before a batch is sent, its keys are claimed and an outbox row is written, in one
   transaction; the row holds the batch's random_id, a stable function of its keys
   (`batch_random_id`), and what the message is rebuilt from;
3. after VK's answer, one transaction records it: recipients reached stay recorded, those
   VK refused with error 901 are recorded as not delivered (never retried), those not reached
   for another reason are released for a later tick, and the outbox row is deleted;
4. a row left behind (crash, VK down) is sent again on the next tick with the same
   random_id: if VK had accepted it before, VK drops the repeat.

A batch being sent is in flight: its claim (or a resend's take, `take_batch`) makes its row
due only when the in-flight lease ends (`next_try_at = now + IN_FLIGHT_SECONDS`), so another
worker's resend_pending at the same moment leaves it alone (lease69: before, the claim made
it due at its own `now` and a second worker called VK again with the same random_id — VK
dropped the message, but the call was doubled). VK's answer then confirms the row (deleted)
or postpones it (retry_delay); a worker killed mid-send leaves it due once the lease ends.

A crash before step 2 loses nothing (the keys are not recorded, the next tick finds them
due); between 2 and 3 the resend is deduplicated by VK; after 3 nothing is repeated.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol, runtime_checkable

from bot.core.models import Event
from bot.core.replies import Button, Reply

BATCH_SIZE = 100  # VK: messages.send accepts up to 100 peer_ids
# VK asks for "a large range (up to int64)"; positive signed 63-bit values.
RANDOM_ID_LIMIT = 2**63 - 1
REFUSED = 901  # VK: "Can't send messages for users without permission"
NOTICE = "notice"  # a planner's notice to other people: its rendered text is kept
NOTICE_TTL = timedelta(days=1)
RETRY_FIRST = timedelta(minutes=1)
IN_FLIGHT_SECONDS = 300
"""How long (seconds) a claimed batch belongs to the worker sending it: no other worker's
resend_pending touches it before then (the store's `outbox_lease`; BOT_OUTBOX_LEASE_SECONDS).

Why 300: it must outlast one batch's send, or a second worker calls VK again while the first
still waits for its answer. One messages.send may take LimitedAPI's 5 attempts of up to 40 s
each (bot.transports.vk.api: HTTP_TIMEOUT total=40, RetryPolicy attempts=5, backoff 0.2–5 s):
about 205 s; a batch sent as two or three calls (one per kind of app) is then checked between
calls, and the lease counts from the tick's `now`, not the claim's moment — 300 s leaves room
for both. Its cost: a worker killed mid-send leaves its batch unsent for up to 5 minutes (a
reminder comes that much late after a crash; RETRY_FIRST after a failed call is shorter)."""
IN_FLIGHT = timedelta(seconds=IN_FLIGHT_SECONDS)
RETRY_MAX = timedelta(hours=1)

# Who of some peers the batch being sent is still meant for (a subset of them), asked by a
# transport that sends one batch as several calls — a group per kind of app
# (bot.transports.vk.clients) — before each call after the first: a student who answered
# the poll while VK took the first group's nudge was nudged after it (attack60, #3). Set
# by bot.core.notifications.transmit for the loop's batches; None: no such check.
StillMeant = Callable[[Sequence[int]], Awaitable[frozenset[int]]]
STILL_MEANT: ContextVar[StillMeant | None] = ContextVar("STILL_MEANT", default=None)


def in_flight_seconds(store: object) -> float:
    """Seconds after which a batch claimed now is due again for a resend: the store's
    `outbox_lease` (BOT_OUTBOX_LEASE_SECONDS) or IN_FLIGHT_SECONDS, plus one second for the
    stores' whole-second times. bot.leased_loop ticks again that long after a takeover."""
    lease = getattr(store, "outbox_lease", IN_FLIGHT)
    seconds = lease.total_seconds() if isinstance(lease, timedelta) else float(IN_FLIGHT_SECONDS)
    return seconds + 1.0


def batch_random_id(keys: Iterable[str]) -> int:
    """The VK random_id of one batch: sha256 of its sorted keys, in [1, 2**63 - 1].

    The same keys always give the same id, so a resend of the batch is recognised by VK.
    """
    joined = "\n".join(sorted(keys))
    return _hash_id(f"batch:{joined}")


def community_random_id(base: int, community: int | None) -> int:
    """The random_id community `community` (a VK group id; None: not known, `base` as is)
    sends for the notification whose stored random_id is `base`.

    The stored id is a function of the notification's keys, and keys are per school (event
    ids, people's VK ids): two schools of one city deployment can hold the very same keys —
    the organiser of event 1 in both, reminded at one moment. VK checks a random_id per
    sender, and the project's VK model (tests/e2e/vk_server.py) per peer across all
    communities, which dropped the second school's reminder (newcomer walk 2026-12-01d,
    finding 3). Mixing in the sending community keeps two schools' ids apart while a resend
    of the same batch by the same community gets the same id again, so VK still drops it.
    """
    return base if community is None else _hash_id(f"community:{community}:{base}")


def call_random_id(base: int, offset: int) -> int:
    """The random_id of the call to recipients `offset`… of a batch longer than 100 (a
    notice); the first call keeps `base`."""
    return base if offset == 0 else _hash_id(f"call:{base}:{offset}")


def group_random_id(base: int, index: int) -> int:
    """The random_id of the `index`-th group (index ≥ 1) of a batch whose recipients' apps
    need different keyboards (the first group keeps `base`)."""
    return _hash_id(f"group:{base}:{index}")


def chunk_random_id(base: int, index: int) -> int:
    """The random_id of the `index`-th piece of a text split at VK's 4,096 characters."""
    return base if index == 0 else _hash_id(f"chunk:{base}:{index}")


def _hash_id(text: str) -> int:
    digest = hashlib.sha256(text.encode()).digest()
    return int.from_bytes(digest[:8], "big") % RANDOM_ID_LIMIT + 1


def retry_delay(attempts: int) -> timedelta:
    """How long a batch that failed `attempts` times waits: 1, 2, 4 … minutes, at most 1 h."""
    delay: timedelta = RETRY_FIRST * (2 ** min(attempts, 10))
    return min(RETRY_MAX, delay)


def buttons_to_json(rows: Sequence[Sequence[Button]]) -> list[list[dict[str, Any]]]:
    """A reply's buttons as JSON data (kept with a notice in the outbox)."""
    return [
        [
            {
                "label": b.label,
                "payload": dict(b.payload),
                "style": b.style,
                "context": dict(b.context),
            }
            for b in row
        ]
        for row in rows
    ]


def buttons_from_json(rows: Any) -> tuple[tuple[Button, ...], ...]:
    """The inverse of buttons_to_json."""
    return tuple(
        tuple(Button(b["label"], b["payload"], b["style"], b["context"]) for b in row)
        for row in rows or ()
    )


def notice_expiry(
    now: datetime, not_before: datetime | None = None, trusted: datetime | None = None
) -> datetime:
    """When a notice claimed at `now` (the bot's clock) is no longer worth sending:
    NOTICE_TTL after it is due (`not_before` when held, else `now`), or after `trusted`
    (a trusted clock's reading, TrustedTime.now) when that is later: a bot's clock more
    than NOTICE_TTL behind stamped an expiry already past in true time, and the loop —
    which waits for a clock VK agrees with — dropped a notice whose first send had
    failed, unsent (attack64, #2). A later expiry only keeps a notice longer."""
    due = not_before if not_before is not None and not_before > now else now
    if trusted is not None and trusted > due:
        due = trusted
    return due + NOTICE_TTL


class TrustedTime:
    """The newest reading of a trusted clock (VK's: an update's `date`, utils.getServerTime)
    this process has seen, carried forward on the monotonic clock (seconds since it was
    seen), which a step of the machine's wall clock does not move. `now()` is None until a
    reading was seen. Readings older than the carried one are ignored (a redelivered
    message's date is when it was written)."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._monotonic = monotonic
        self._seen: datetime | None = None
        self._seen_at = 0.0  # the monotonic clock when `_seen` was read

    def saw(self, reading: datetime) -> None:
        """Keep `reading` (aware) when it is newer than the carried one."""
        carried = self.now()
        if carried is None or reading > carried:
            self._seen, self._seen_at = reading, self._monotonic()

    def now(self) -> datetime | None:
        """The trusted clock now, as far as this process can tell (aware), or None."""
        if self._seen is None:
            return None
        return self._seen + timedelta(seconds=max(0.0, self._monotonic() - self._seen_at))


async def hold_notice(
    sent: OutboxStore,
    key: str,
    peers: Sequence[int],
    ref: Mapping[str, Any],
    not_before: datetime,
    now: datetime,
) -> OutboxBatch | None:
    """Claim a notice to `peers` now (keys `key@peer`, like a notice sent at once; `ref` its
    rendered "text" and "buttons") and leave it in the outbox until `not_before`: the
    notification loop's resend_pending sends it then, with the batch's random_id, exactly
    once. None when every key was claimed before. Used for a student's notice made in their
    quiet hours (README: «Students get nothing between 21:00 and 08:00»). A notice held for
    a curator who never wrote (unmet_key) is sent only once they write (release_unmet):
    its `not_before` is when it stops being worth sending, so it expires then, and the loop,
    finding it due and expired, drops it unsent (safety69 #1). The claim and the
    wait are one write: a worker's resend_pending running between a claim and a later
    postponement (or a restart after a crash there) would send it at night."""
    items = [(f"{key}@{p}", p) for p in peers]
    expires = not_before if is_unmet(key) else notice_expiry(now, not_before)
    return await sent.claim_batch(items, NOTICE, ref, None, expires, now, not_before=not_before)


def notice_ref(text: str, reply: Reply) -> dict[str, Any]:
    """What a notice's outbox row keeps to send it again: its rendered `text`, its buttons
    and the state of the events it tells of (`Reply.about`, for told_state_holds)."""
    ref: dict[str, Any] = {"text": text, "buttons": buttons_to_json(reply.buttons)}
    if reply.about:
        ref["about"] = [list(state) for state in reply.about]
    return ref


class EventReader(Protocol):
    """The port the outbox reads events with (a notice about an event gone or changed is not sent as
    it was)."""

    async def get_event(self, event_id: int) -> Event | None:
        """As bot.core.ports.EventStore.get_event."""
        ...


def shown_digest(event: Event) -> str:
    """A short digest of what an edit's notice shows of `event` besides its start and
    status: title, place, end, all-day flag, classes and ages (participant_updated reads
    «теперь 17 декабря, 12:00, ауд. 310, 9–11 классы»). Kept with the notice (Reply.about)
    so that a later edit of any of them drops it from a resend (city27 #3)."""
    audience = event.audience
    shown = repr(
        (
            event.title,
            event.venue or "",
            int(event.end.timestamp()),
            event.all_day,
            sorted(audience.grades),
            sorted(audience.classes),
            audience.staff,
            audience.parents,
            event.details.ages,
        )
    )
    return hashlib.sha256(shown.encode()).hexdigest()[:16]


async def told_state_holds(store: EventReader, ref: Mapping[str, Any]) -> bool:
    """Whether a notice kept in the outbox (its row's `ref`, see notice_ref) still tells
    something true, so that sending it later (a retry after VK failed, a worker killed
    before sending, a student's notice held for the morning) is right: some event it tells
    of still has the start and status it announced. False when every one has changed since
    — moved again, cancelled, restored or undone: that later change made a notice of its
    own, and this one, arriving after it, would leave the reader with the older state (a
    student told «перенесено на 18 декабря» after «отменено»: attack 2026-12-03ad, #1).
    A notice of an edit also keeps what it showed (shown_digest: title, place, end,
    classes): an edit keeps the start, so an older «ауд. 310» retried after the newer «ауд.
    204» was still sent (city27 #3); its event must show the same now as well.
    A notice that names no events (older rows, other notices), or a damaged list, holds."""
    about = ref.get("about")
    if not isinstance(about, list) or not about:
        return True
    for state in about:
        try:
            event_id, start, status = int(state[0]), int(state[1]), str(state[2])
        except (TypeError, ValueError, IndexError):
            return True
        event = await store.get_event(event_id)
        if event is None:
            continue
        if (int(event.start.timestamp()), event.status.value) != (start, status):
            continue
        if len(state) > 3 and str(state[3]) != shown_digest(event):
            continue  # an edit's notice: title, place, end or classes changed since
        return True
    return False


def notice_reply(batch: OutboxBatch) -> Reply:
    """A notice batch's message again: its kept text and buttons, to its peers."""
    text = str(batch.ref.get("text", ""))
    buttons = buttons_from_json(batch.ref.get("buttons"))
    return Reply("plain_text", {"text": text}, buttons=buttons, recipients=batch.peers)


@dataclass(frozen=True, slots=True)
class OutboxBatch:
    """A claimed batch: its keys and peers, stable random_id, and how to rebuild it."""

    id: int
    random_id: int
    kind: str
    ref: Mapping[str, Any]
    items: tuple[tuple[str, int], ...]
    event_id: int | None
    expires: datetime
    attempts: int = 0

    @property
    def peers(self) -> tuple[int, ...]:
        """The batch's VK peer ids, in its items' order."""
        return tuple(peer for _, peer in self.items)


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    """What VK answered for one batch: peers it refused (peer → error code, e.g. 901) and
    peers not reached for another reason (to be retried). Everyone else was reached.
    `plain` is set when the keyboard was dropped after error 912/911."""

    refused: Mapping[int, int] = field(default_factory=dict)
    unreached: tuple[int, ...] = ()
    plain: bool = False

    def reached(self, peers: Sequence[int]) -> int:
        """How many of `peers` the send reached (neither refused nor unreached)."""
        return sum(1 for p in peers if p not in self.refused and p not in self.unreached)


UNMET_PREFIX = "unmet:{vk_id}:"  # a notice's key held for a configured admin never met


def unmet_key(vk_id: int, key: str) -> str:
    """The dedupe key of notice `key` held for `vk_id`, a configured curator (BOT_ADMINS,
    a city's `curators`) who has not yet written to the community: VK refuses to send to
    someone who never wrote (error 901), so the notice is claimed with a `not_before` and
    waits in the outbox until they first write (WaitingRelease; safety66 #1); unreleased
    by `not_before` (the end of its worth), it is dropped unsent (hold_notice; safety69 #1)."""
    return UNMET_PREFIX.format(vk_id=vk_id) + key


def is_unmet(key: str) -> bool:
    """Whether notice key `key` was made by unmet_key (held for a curator never met)."""
    return key.startswith(UNMET_PREFIX.split("{", 1)[0])


def unmet_pattern(vk_id: int) -> str:
    """The SQL LIKE pattern of an outbox row's items (JSON [[key, peer]]) held for `vk_id`
    (one item each, its key made by unmet_key)."""
    return '[["' + UNMET_PREFIX.format(vk_id=int(vk_id)) + "%"


def unmet_release_floor(now: datetime, lease: timedelta) -> datetime:
    """The `next_try_at` a row held for an unmet curator must lie beyond to be released at
    `now` (their first message; release_unmet): `now + lease`, the outbox's in-flight lease.
    A row taken for sending (claim or take_batch at `t <= now`) is due at `t + lease`, so it
    is never released again while in flight — before (lease72), a second message from them
    during the send made it due and another worker called VK with the same random_id. The
    cost: a hold whose end of worth (its `not_before`) is within a lease of `now` is not
    released and is dropped unsent at that end, as it would be had they not written."""
    return now + lease


@runtime_checkable
class WaitingRelease(Protocol):
    """A store whose outbox can make the notices held for a configured curator who never
    wrote (unmet_key) due now: the planner calls it on that curator's first message."""

    async def release_unmet(self, vk_id: int, now: datetime) -> int:
        """Make every batch held for `vk_id` (keys unmet_key) due at `now`; how many."""
        ...


async def release_unmet(store: object, vk_id: int, now: datetime) -> None:
    """On a configured curator's first message: the notices held for them (unmet_key) are
    due `now`, for the notification loop's next pass; nothing for a store without them."""
    if isinstance(store, WaitingRelease):
        await store.release_unmet(vk_id, now)


class OutboxStore(Protocol):
    """Storage of claimed batches (see bot/storage/outbox.py); times are aware datetimes."""

    async def claim_batch(
        self,
        items: Sequence[tuple[str, int]],
        kind: str,
        ref: Mapping[str, Any],
        event_id: int | None,
        expires: datetime,
        now: datetime,
        *,
        not_before: datetime | None = None,
    ) -> OutboxBatch | None:
        """Claim the (key, peer) `items` not yet claimed and write their outbox row (`kind`, `ref`
        to rebuild the message, `event_id`, `expires`), in one transaction; None when every key was
        claimed already. The row is in flight until `now` + the outbox lease, or waits until
        `not_before` (aware)."""
        ...

    async def confirm_batch(
        self, batch: OutboxBatch, report: DeliveryReport, now: datetime
    ) -> None:
        """Record VK's answer to `batch` at `now`: refused peers are kept as undelivered (never
        retried), unreached peers' keys released, and the row goes."""
        ...

    async def take_batch(self, batch: OutboxBatch, now: datetime) -> bool:
        """Take a due `batch` to send it again (in flight until `now` + the lease); False when it is
        no longer due — another worker took, confirmed or dropped it."""
        ...

    async def postpone_batch(self, batch: OutboxBatch, at: datetime) -> None:
        """Keep `batch`, whose sending failed, until `at` (aware); its keys stay claimed."""
        ...

    async def drop_batch(self, batch: OutboxBatch) -> None:
        """Forget `batch` (expired, or its event gone): its row goes and its keys are released."""
        ...

    async def pending_batches(self, now: datetime, limit: int = 50) -> list[OutboxBatch]:
        """Up to `limit` batches not confirmed and due at `now` (aware), oldest first."""
        ...

    async def undelivered_counts(self, event_ids: Sequence[int]) -> dict[int, int]:
        """As bot.core.ports.SignupStore.undelivered_counts."""
        ...
