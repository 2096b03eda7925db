"""The SQLite adapter of the storage ports, one module per aggregate (see store.py)."""

from bot.storage.sqlite.store import SqliteStore, open_store

__all__ = ["SqliteStore", "open_store"]
