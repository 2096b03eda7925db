"""The Store protocol is the union of small ports by aggregate, and the SQLite adapter
implements each of them (signatures are checked statically in bot/storage/conformance.py)."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from bot.core import outbox, ports
from bot.storage.sqlite_store import SqliteStore
from bot.transports.vk.clients import ClientInfoStore

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


CONTRACTS = Path(__file__).resolve().parents[1] / "contracts"
SUITES = {
    ports.Directory: "test_directory.py",
    ports.EventStore: "test_events.py",
    ports.SignupStore: "test_signups.py",
    ports.SettingsStore: "test_settings.py",
    ports.InvitationStore: "test_invitations.py",
    ports.OutboxStore: "test_outbox.py",
    outbox.OutboxStore: "test_outbox.py",
    ClientInfoStore: "test_outbox.py",
}


@pytest.mark.parametrize("port", list(SUITES), ids=lambda p: f"{p.__module__}.{p.__name__}")
def test_every_port_method_is_called_by_its_contract_suite(port: type) -> None:
    calls = {
        node.func.attr
        for node in ast.walk(ast.parse((CONTRACTS / SUITES[port]).read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    }
    assert methods(port) - calls == set()


def test_every_aggregate_port_has_a_contract_suite() -> None:
    assert set(AGGREGATES) | {ports.OutboxStore} <= set(SUITES)
