"""What a person's VK app can show, read from `client_info`, and keyboards chosen for it.

VK sends `client_info` with every `message_new` (VK docs, "Bots Long Poll / message_new"):
`keyboard` (bool: a normal keyboard can be shown), `inline_keyboard` (bool) and
`button_actions` (list of supported button types, e.g. "text", "callback"); see
keyboard.caps_from_client_info. The latest one is
kept per person (table `client_info`, migration 0007), so replies and notifications to that
person carry only buttons the app can show. People never seen use the full set (VK's
current apps support everything).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Protocol

from bot.core.client_caps import FULL, ClientCaps
from bot.core.outbox import STILL_MEANT, DeliveryReport, group_random_id
from bot.core.replies import Reply
from bot.transports.vk.sender import SendFailed

log = logging.getLogger(__name__)


class ClientInfoStore(Protocol):
    """Where the latest capabilities per VK id are kept (bot.storage.clients)."""

    async def client_caps(self, vk_ids: Sequence[int]) -> dict[int, ClientCaps]:
        """The stored capabilities (keyboard, inline buttons …) of those of `vk_ids` who have
        written; others left out."""
        ...

    async def save_client_caps(self, vk_id: int, caps: ClientCaps) -> None:
        """Keep the latest capabilities of `vk_id` (one transaction)."""
        ...


class Clients:
    """The capabilities of the people the bot talks to: remembered on each message (written
    only when they change), looked up for every reply that has buttons."""

    def __init__(self, store: ClientInfoStore) -> None:
        self.store = store
        self._known: dict[int, ClientCaps] = {}

    async def remember(self, vk_id: int, caps: ClientCaps | None) -> None:
        """Keep what the app of `vk_id` reported (None: nothing reported, keep the old)."""
        if caps is None or self._known.get(vk_id) == caps:
            return
        if vk_id not in self._known:
            stored = (await self.store.client_caps([vk_id])).get(vk_id)
            if stored == caps:
                self._known[vk_id] = caps
                return
        await self.store.save_client_caps(vk_id, caps)
        self._known[vk_id] = caps

    async def of(self, vk_ids: Sequence[int]) -> dict[int, ClientCaps]:
        """Capabilities per VK id (FULL for people never seen). When this process has
        remembered every one of them (a reply to the message just handled), the store is
        not asked again."""
        if all(vk_id in self._known for vk_id in vk_ids):
            return {vk_id: self._known[vk_id] for vk_id in vk_ids}
        stored = await self.store.client_caps(list(vk_ids))
        return {vk_id: stored.get(vk_id, FULL) for vk_id in vk_ids}


class Deliver(Protocol):
    """What sends replies to VK: `deliver(replies, default_peer, client=…)` for one client's
    capabilities, returning the DeliveryReport."""

    async def deliver(
        self, replies: Sequence[Reply], default_peer: int | None, *, client: ClientCaps = FULL
    ) -> DeliveryReport:
        """Send `replies` (to their own peers, else `default_peer`) shaped for `client`; the report
        says which peers were refused or not reached."""
        ...


class SendFailures(SendFailed):
    """Several groups of recipients failed; `unsent` lists who was not reached, `causes` why."""

    def __init__(self, unsent: Sequence[int], causes: Sequence[BaseException]) -> None:
        super().__init__(unsent)
        self.causes = list(causes)


async def deliver_to_clients(
    sender: Deliver, clients: Clients, replies: Sequence[Reply], default_peer: int | None
) -> DeliveryReport:
    """Send each reply with buttons each recipient's app can show: the recipients are
    grouped by capabilities (in a fixed order) and each group gets its own keyboard.
    Returns VK's per-recipient results of the last reply (all groups together).

    A reply carrying a random_id (a notification batch, bot.core.outbox) split into several
    groups gives each group after the first its own id derived from it: VK drops a second
    message with the same random_id from the same sender (messages.send), so sharing one
    would lose a group; derived ids stay stable, so a resend is still deduplicated.

    Raises the sender's error for a single group, or SendFailures when several groups
    failed after the others were sent.
    """
    report = DeliveryReport()
    for reply in replies:
        peers = list(reply.recipients) or ([default_peer] if default_peer else [])
        if not reply.buttons or not peers:
            report = await sender.deliver([reply], default_peer)
            continue
        caps = await clients.of(peers)
        groups: dict[ClientCaps, list[int]] = {}
        for peer in peers:
            groups.setdefault(caps[peer], []).append(peer)
        if len(groups) == 1:
            [(client, _)] = groups.items()
            report = await sender.deliver([reply], default_peer, client=client)
            continue
        report = await _deliver_groups(sender, reply, groups)
    return report


async def _deliver_groups(
    sender: Deliver, reply: Reply, groups: Mapping[ClientCaps, list[int]]
) -> DeliveryReport:
    unsent: list[int] = []
    causes: list[BaseException] = []
    refused: dict[int, int] = {}
    unreached: list[int] = []
    order = sorted(groups, key=lambda c: (c.keyboard, c.inline_keyboard, c.callback))
    for index, client in enumerate(order):
        group = groups[client]
        if index > 0:  # whatever changed while VK took the groups before (attack60, #3)
            group, gone = await _still_meant(group)
            unreached += gone
            if not group:
                continue
        random_id = reply.random_id
        if random_id is not None and index > 0:
            random_id = group_random_id(random_id, index)
        part = replace(reply, recipients=tuple(group), random_id=random_id)
        try:
            got = await sender.deliver([part], None, client=client)
        except Exception as error:
            unsent += list(getattr(error, "unsent", group))
            causes.append(error)
            continue
        refused.update(got.refused)
        unreached += got.unreached
    if len(causes) == 1 and len(unsent) == len(getattr(causes[0], "unsent", ())):
        raise causes[0]
    if causes:
        raise SendFailures(unsent, causes)
    return DeliveryReport(refused, tuple(unreached))


async def _still_meant(group: Sequence[int]) -> tuple[list[int], list[int]]:
    """The group's peers the batch being sent is still meant for, and those it no longer is
    (bot.core.outbox.STILL_MEANT; all still meant when nobody asks)."""
    still = STILL_MEANT.get()
    if still is None:
        return list(group), []
    kept = await still(group)
    return [p for p in group if p in kept], [p for p in group if p not in kept]
