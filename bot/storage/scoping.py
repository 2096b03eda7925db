"""Where one school's data lives when a deployment serves several schools (issue 14).

Every school has a store of its own, so scoping is structural, not a WHERE clause a query
could forget: on SQLite one file per school (`<directory>/<key>.sqlite3`), on PostgreSQL one
schema per school (`school_<key>`) in a shared database, reached through one shared pool per
URL (bot.storage.postgres.shared). A school's key is a slug: it names files and schemas, so
it is checked here before it is used in either.
"""

from __future__ import annotations

import re
from pathlib import Path

# a letter, then lowercase letters, digits and "_": a file name on every OS and a PostgreSQL
# identifier that needs no quoting ("school_" + 40 characters < NAMEDATALEN 63)
SCHOOL_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


class BadSchoolKey(ValueError):
    """A school key that is not a slug (see SCHOOL_KEY)."""


def check_school_key(key: str) -> str:
    """`key` itself when it is a slug: a lowercase Latin letter, then up to 39 lowercase
    letters, digits or underscores. Raises BadSchoolKey otherwise."""
    if not isinstance(key, str) or not SCHOOL_KEY.match(key):
        raise BadSchoolKey(
            f"school key {key!r}: expected a slug of lowercase Latin letters, digits and '_'"
            " starting with a letter (at most 40 characters), e.g. 'g32'"
        )
    return key


def sqlite_school_path(directory: str | Path, key: str) -> Path:
    """The SQLite file of school `key` inside `directory` (`<directory>/<key>.sqlite3`)."""
    return Path(directory) / f"{check_school_key(key)}.sqlite3"


def pg_school_schema(key: str) -> str:
    """The PostgreSQL schema of school `key` (`school_<key>`), safe to splice into SQL."""
    return f"school_{check_school_key(key)}"
