"""Settings from the environment (and an optional .env), validated once at start-up."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TZ = "Europe/Kaliningrad"


class ConfigError(ValueError):
    """A setting is missing or malformed; the message is one clear line for the operator.

    `problem` names the line in locales/ru/cli/config_error.j2 and `context` holds its
    values (`label`: the setting or the schools config's place, e.g. "BOT_TZ" or
    "schools.toml: [[school]] #2 (g32): tz"); a `problem` the template does not know is
    shown as written (the VK transport's checks still pass their own text)."""

    def __init__(self, problem: str, **context: Any) -> None:
        from bot.render import Renderer  # jinja2 only when a setting is wrong

        self.problem, self.context = problem, context
        super().__init__(Renderer().render("cli/config_error", {"problem": problem, **context}))


@dataclass(frozen=True)
class Settings:
    """The bot's settings, read from the environment and .env (`from_env`): the database (a SQLite
    path or a postgresql:// URL), the school's zone, the VK community's token, id and secrets,
    BOT_ADMINS (VK ids of the curators), the school's name, and test-only clock settings. Raises
    ConfigError on a bad value."""

    db_path: Path = Path("soglasovano.db")
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo(DEFAULT_TZ))
    vk_token: str | None = None
    vk_group_id: int | None = None
    vk_api_url: str | None = None
    vk_confirmation: str | None = None
    vk_secret: str | None = None
    public_url: str | None = None
    admins: frozenset[int] = frozenset()
    school_name: str = "Школа"
    # test-only (BOT_CLOCK_START, school wall-clock ISO time): the bot's clock starts there
    clock_start: datetime | None = None
    # test-only (BOT_CLOCK_SINCE, Unix seconds): the real moment at which that clock read
    # clock_start, so a restarted process resumes it instead of starting over (lease72)
    clock_since: float | None = None
    invite_days: int = 7  # BOT_INVITE_DAYS: how long an invitation code stays valid
    # BOT_DB=postgresql://user:password@host:5432/dbname selects PostgreSQL instead of db_path
    db_url: str | None = None
    # `--school KEY` of the CLI on a city's PostgreSQL database: the store is that school's
    # schema `school_<key>` (bot.storage.scoping); None: the database's own tables
    school: str | None = None

    def with_db(self, db: str) -> Settings:
        """These settings on another database (`--db`), read as BOT_DB is: a
        postgresql:// URL or a SQLite file."""
        if _is_url(db):
            return replace(self, db_url=db)
        return replace(self, db_path=Path(db), db_url=None)

    def for_school(self, key: str) -> Settings:
        """These settings narrowed to one school of a city's database (`--school KEY`): on
        PostgreSQL its schema, on SQLite its file `<BOT_DB>/<key>.sqlite3` (BOT_DB the
        schools config's folder). Raises ConfigError for a key that is not a slug."""
        from bot.storage.scoping import BadSchoolKey, check_school_key, sqlite_school_path

        try:
            check_school_key(key)
        except BadSchoolKey as bad:
            raise ConfigError("school_key", key=key) from bad
        if self.db_url:
            return replace(self, school=key)
        return replace(self, db_path=sqlite_school_path(self.db_path, key))

    @property
    def db_target(self) -> str | Path:
        """What bot.storage.open_store opens: the PostgreSQL URL if set, else the SQLite path."""
        return self.db_url or self.db_path

    @property
    def db_label(self) -> str:
        """The database for messages and logs, with any password left out."""
        if not self.db_url:
            return str(self.db_path)
        schema = f" (school_{self.school})" if self.school else ""
        return redact_url(self.db_url) + schema

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, *, load_dotenv: bool = True) -> Settings:
        """Read settings from `env` (default: os.environ, after loading ./.env if present)."""
        if env is None:
            if load_dotenv:
                from dotenv import load_dotenv as _load

                _load(override=False)
            env = dict(os.environ)
        db = env.get("BOT_DB", "soglasovano.db")
        return cls(
            db_path=Path("soglasovano.db" if _is_url(db) else db),
            db_url=db if _is_url(db) else None,
            tz=_parse_tz(env.get("BOT_TZ", DEFAULT_TZ)),
            vk_token=env.get("VK_TOKEN") or None,
            vk_group_id=_parse_int("VK_GROUP_ID", env.get("VK_GROUP_ID")),
            vk_api_url=env.get("VK_API_URL") or None,
            vk_confirmation=env.get("VK_CONFIRMATION") or None,
            vk_secret=env.get("VK_SECRET") or None,
            public_url=env.get("BOT_PUBLIC_URL") or None,
            admins=_parse_ids(env.get("BOT_ADMINS", "")),
            school_name=env.get("BOT_SCHOOL", "Школа"),
            clock_start=_parse_start(env.get("BOT_CLOCK_START"), env.get("BOT_TZ", DEFAULT_TZ)),
            clock_since=_parse_since(env.get("BOT_CLOCK_SINCE")),
            invite_days=_parse_days("BOT_INVITE_DAYS", env.get("BOT_INVITE_DAYS"), 7),
        )


def _parse_start(raw: str | None, tz_name: str) -> datetime | None:
    """BOT_CLOCK_START (fault-injection tests only): a wall-clock time in the school zone at
    which the bot's clock starts, running at real speed from there."""
    if not raw:
        return None
    try:
        start = datetime.fromisoformat(raw)
    except ValueError as exc:
        raise ConfigError("clock_start", raw=raw) from exc
    return start if start.tzinfo else start.replace(tzinfo=_parse_tz(tz_name))


def _parse_since(raw: str | None) -> float | None:
    """BOT_CLOCK_SINCE (fault-injection tests only): the Unix time, in seconds, at which
    BOT_CLOCK_START's clock read its start; None when unset."""
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError as exc:
        raise ConfigError("number", label="BOT_CLOCK_SINCE", raw=raw) from exc


def _is_url(db: str) -> bool:
    """BOT_DB names PostgreSQL (a libpq URL) rather than a SQLite file."""
    return db.startswith(("postgresql://", "postgres://"))


def redact_url(url: str) -> str:
    """A libpq URL without its password (postgresql://user:***@host/db)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def _parse_tz(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError("tz", label="BOT_TZ", name=name) from exc


def _parse_int(key: str, raw: str | None) -> int | None:
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError("number", label=key, raw=raw) from exc


def _parse_days(key: str, raw: str | None, default: int) -> int:
    days = _parse_int(key, raw)
    if days is None:
        return default
    if not 1 <= days <= 365:
        raise ConfigError("range", label=key, low=1, high=365, unit="days", raw=days)
    return days


def _parse_ids(raw: str) -> frozenset[int]:
    ids = [part.strip() for part in raw.replace(";", ",").split(",") if part.strip()]
    try:
        return frozenset(int(part) for part in ids)
    except ValueError as exc:
        raise ConfigError("admins", raw=raw) from exc
