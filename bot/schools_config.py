"""The schools of a city deployment, from a TOML file (BOT_SCHOOLS or `--schools FILE`).

One deployment then serves several VK communities, each a school with its own token, secret,
time zone, curators and school calendar; every school's data lives in a store of its own
(bot.storage.scoping). The file (see schools.example.toml)::

    db = "postgresql://bot@db:5432/soglasovano"   # or a directory of SQLite files
    city_viewers = [5001]                         # the education department, read-only

    [[school]]
    key = "g32"                                   # slug: the store's file / schema name
    name = "Гимназия №32"
    aliases = ["32 гимназия"]
    group_id = 123456
    token_env = "VK_TOKEN_G32"                    # names of environment variables:
    secret_env = "VK_SECRET_G32"                  # never the secrets themselves
    tz = "Europe/Kaliningrad"
    curators = [1000]
    calendar = "calendars/g32.txt"                # optional, as for `school-year FILE`
    confirmation = "a1b2c3d4"                     # optional, the Callback API's code

Relative paths (`db`, `calendar`) are read from the file's folder. Every mistake is one
ConfigError line naming the school and the field (`python -m bot` exits with 2).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.config import ConfigError
from bot.core.language.schools import readings
from bot.core.ports import SchoolRef
from bot.storage import is_postgres_url
from bot.storage.scoping import SCHOOL_KEY

TOP_FIELDS = {"db", "city_viewers", "school"}
SCHOOL_FIELDS = {
    "key",
    "name",
    "aliases",
    "group_id",
    "token_env",
    "secret_env",
    "tz",
    "curators",
    "calendar",
    "confirmation",
}
REQUIRED = ("key", "name", "group_id", "token_env", "secret_env", "tz")


@dataclass(frozen=True)
class SchoolConfig:
    """One school's community: `token` and `secret` are the values read from the named
    environment variables; `curators` are VK ids; `calendar` a school-year text file."""

    key: str
    name: str
    aliases: tuple[str, ...]
    group_id: int
    token: str
    secret: str
    tz: ZoneInfo
    curators: frozenset[int]
    calendar: Path | None = None
    confirmation: str | None = None


@dataclass(frozen=True)
class CityConfig:
    """The whole file: where the stores live (`db`: a SQLite directory or a postgresql://
    URL), the education department's VK ids and the schools, in file order."""

    db: str | Path
    city_viewers: frozenset[int]
    schools: tuple[SchoolConfig, ...]

    def by_group(self) -> dict[int, SchoolConfig]:
        """Schools by their community's group_id."""
        return {s.group_id: s for s in self.schools}


def load_city_config(path: Path, env: Mapping[str, str]) -> CityConfig:
    """Read and check the file at `path`; secrets come from `env`.

    Raises ConfigError (one line) when the file is missing, not TOML, or any field is
    missing, of the wrong type, duplicated, or names an unset environment variable.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError("unreadable", label=str(path), reason=exc.strerror) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError("not_toml", label=str(path), reason=str(exc)) from exc
    where = str(path)
    _no_unknown(data, TOP_FIELDS, where)
    db = _db(data.get("db"), path.parent, where)
    viewers = _ids(data.get("city_viewers", []), f"{where}: city_viewers")
    raw_schools = data.get("school")
    if not isinstance(raw_schools, list) or not raw_schools:
        raise ConfigError("no_schools", label=where)
    schools = tuple(
        _school(raw, i, path.parent, env, where) for i, raw in enumerate(raw_schools, 1)
    )
    _unique(schools, where)
    _viewers_apart(viewers, schools, where)
    return CityConfig(db=db, city_viewers=viewers, schools=schools)


def _viewers_apart(viewers: frozenset[int], schools: tuple[SchoolConfig, ...], where: str) -> None:
    """Refuse a city viewer who is also a school's curator: the city role is read-only in
    every community (bot.core.features.city), so that curator could change nothing."""
    for school in schools:
        both = sorted(viewers & school.curators)
        if both:
            raise ConfigError("viewer_curator", label=where, id=both[0], key=school.key)


def _school(raw: Any, number: int, base: Path, env: Mapping[str, str], where: str) -> SchoolConfig:
    if not isinstance(raw, dict):
        raise ConfigError("not_table", label=where, number=number)
    label = f"{where}: [[school]] #{number}" + (f" ({raw['key']})" if "key" in raw else "")
    _no_unknown(raw, SCHOOL_FIELDS, label)
    for name in REQUIRED:
        if name not in raw:
            raise ConfigError("missing", label=label, name=name)
    key = _text(raw["key"], f"{label}: key")
    if not SCHOOL_KEY.match(key):
        raise ConfigError("bad_key", label=label, key=key)
    group_id = raw["group_id"]
    if not isinstance(group_id, int) or isinstance(group_id, bool) or group_id <= 0:
        raise ConfigError("group_id", label=label)
    aliases = raw.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise ConfigError("aliases", label=label)
    return SchoolConfig(
        key=key,
        name=_text(raw["name"], f"{label}: name"),
        aliases=tuple(a.strip() for a in aliases),
        group_id=group_id,
        token=_secret(raw["token_env"], env, f"{label}: token_env"),
        secret=_secret(raw["secret_env"], env, f"{label}: secret_env"),
        tz=_zone(raw["tz"], f"{label}: tz"),
        curators=_ids(raw.get("curators", []), f"{label}: curators"),
        calendar=_calendar(raw.get("calendar"), base, label),
        confirmation=_text(raw["confirmation"], f"{label}: confirmation")
        if "confirmation" in raw
        else None,
    )


def _no_unknown(table: Mapping[str, Any], known: set[str], label: str) -> None:
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError("unknown_fields", label=label, fields=unknown)


def _text(value: Any, label: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError("empty_text", label=label)
    return value.strip()


def _db(value: Any, base: Path, where: str) -> str | Path:
    text = _text(value, f"{where}: db") if value is not None else None
    if text is None:
        raise ConfigError("no_db", label=where)
    return text if is_postgres_url(text) else base / text


def _ids(value: Any, label: str) -> frozenset[int]:
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value
    ):
        raise ConfigError("ids", label=label)
    return frozenset(value)


def _secret(name: Any, env: Mapping[str, str], label: str) -> str:
    var = _text(name, label)
    value = env.get(var, "")
    if not value.strip():
        raise ConfigError("env_unset", label=label, var=var)
    if value != value.strip():
        raise ConfigError("env_spaces", label=label, var=var)
    return value


def _zone(value: Any, label: str) -> ZoneInfo:
    name = _text(value, label)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError("tz", label=label, name=name) from exc


def _calendar(value: Any, base: Path, label: str) -> Path | None:
    if value is None:
        return None
    path = base / _text(value, f"{label}: calendar")
    if not path.is_file():
        raise ConfigError("calendar_missing", label=label, path=str(path))
    return path


def _unique(schools: tuple[SchoolConfig, ...], where: str) -> None:
    for field_name in ("key", "group_id"):
        seen: set[object] = set()
        for school in schools:
            value = getattr(school, field_name)
            if value in seen:
                raise ConfigError("duplicate", label=where, field=field_name, value=value)
            seen.add(value)
    _distinct_names(schools, where)


def _distinct_names(schools: tuple[SchoolConfig, ...], where: str) -> None:
    """Refuse two schools a message could not tell apart («для лицея №23» would go to the
    first alone): the same kind and number, or the same words, in a name or an alias."""
    owner: dict[tuple[str, ...], tuple[str, str]] = {}
    for school in schools:
        ref = SchoolRef(school.key, school.name, school.aliases)
        for reading, name in readings(ref).items():
            first = owner.setdefault(reading, (school.key, name))
            if first[0] != school.key:
                raise ConfigError(
                    "same_names",
                    label=where,
                    first=first[0],
                    second=school.key,
                    first_name=first[1],
                    second_name=name,
                )
