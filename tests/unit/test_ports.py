"""The Store protocol is the union of small ports by aggregate, and the SQLite adapter
implements each of them (signatures are checked statically in bot/storage/conformance.py)."""

from __future__ import annotations

import inspect

import pytest

from bot.core import ports
from bot.storage.sqlite_store import SqliteStore

AGGREGATES = (
    ports.Directory,
    ports.EventStore,
    ports.SignupStore,
    ports.SettingsStore,
    ports.InvitationStore,
)


def methods(protocol: type) -> set[str]:
    return {
        name
        for name, value in vars(protocol).items()
        if inspect.iscoroutinefunction(value) and not name.startswith("_")
    }


def all_methods(protocol: type) -> set[str]:
    return {
        name
        for cls in protocol.__mro__
        for name, value in vars(cls).items()
        if inspect.iscoroutinefunction(value) and not name.startswith("_")
    }


def test_store_is_exactly_the_union_of_the_aggregate_ports() -> None:
    union = set().union(*(methods(p) for p in AGGREGATES))
    assert all_methods(ports.Store) == union
    assert methods(ports.Store) == set()  # nothing declared on Store itself


def test_no_method_belongs_to_two_aggregates() -> None:
    seen: dict[str, str] = {}
    for port in (*AGGREGATES, ports.OutboxStore):
        for name in methods(port):
            assert name not in seen, f"{name} is in {seen.get(name)} and {port.__name__}"
            seen[name] = port.__name__


@pytest.mark.parametrize("port", [*AGGREGATES, ports.OutboxStore], ids=lambda p: p.__name__)
def test_sqlite_store_implements_each_port(port: type) -> None:
    for name in methods(port):
        implemented = getattr(SqliteStore, name, None)
        assert implemented is not None, name
        assert inspect.iscoroutinefunction(implemented), name
        wanted = inspect.signature(getattr(port, name))
        assert list(inspect.signature(implemented).parameters) == list(wanted.parameters), name
