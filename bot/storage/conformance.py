"""A static check (run by mypy) that the SQLite adapter fits every port of bot.core.ports.

Nothing calls `ports_of` at run time; if SqliteStore stopped matching a port's method
signatures, `mypy` (strict, run on every commit) would fail here.
"""

from __future__ import annotations

from bot.core.moments import MomentStore
from bot.core.ports import (
    Directory,
    EventStore,
    InvitationStore,
    OutboxStore,
    SettingsStore,
    SignupStore,
    Store,
)
from bot.storage.sqlite_store import SqliteStore

AllPorts = tuple[
    Directory,
    EventStore,
    SignupStore,
    SettingsStore,
    InvitationStore,
    OutboxStore,
    Store,
    MomentStore,
]


def ports_of(store: SqliteStore) -> AllPorts:
    """The store seen through each port (the identity, checked by the type checker)."""
    return (store, store, store, store, store, store, store, store)
