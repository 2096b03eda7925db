"""A static check (run by mypy) that the PostgreSQL store fits every storage port.

Twin of bot/storage/conformance.py: nothing calls `pg_ports_of` at run time; if
PostgresStore stopped matching a port's method signatures (the core's ports, the outbox's,
the notification loop's, the VK transport's client_info store), strict mypy fails here.
"""

from __future__ import annotations

from bot.core import outbox, ports
from bot.core.moments import MomentStore
from bot.scheduling import LoopStore
from bot.storage.postgres.store import PostgresStore
from bot.transports.vk.clients import ClientInfoStore

AllPorts = tuple[
    ports.Directory,
    ports.EventStore,
    ports.SignupStore,
    ports.SettingsStore,
    ports.InvitationStore,
    ports.OutboxStore,
    ports.Store,
    outbox.OutboxStore,
    LoopStore,
    ClientInfoStore,
    MomentStore,
]


def pg_ports_of(store: PostgresStore) -> AllPorts:
    """The store seen through each port (the identity, checked by the type checker)."""
    return (store, store, store, store, store, store, store, store, store, store, store)
