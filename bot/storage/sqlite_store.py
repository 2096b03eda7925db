"""The SQLite implementation of the core's storage ports (bot.core.ports).

The code lives in the package bot.storage.sqlite, one mixin module per aggregate; this module
keeps the import path `bot.storage.sqlite_store` that callers and tests use.
"""

from __future__ import annotations

from bot.storage.sqlite.invitations import INVITATION_ALPHABET, new_invitation_code
from bot.storage.sqlite.store import SqliteStore, open_store

__all__ = ["INVITATION_ALPHABET", "SqliteStore", "new_invitation_code", "open_store"]
