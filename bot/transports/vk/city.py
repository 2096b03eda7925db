"""A city deployment: several VK communities, one school each, in one process (issue 14).

Each school listed in the schools config (bot.schools_config) gets the same app a single
school runs (wiring.create_app): its own store (bot.storage.scoping), clock in its zone,
curators, VK token, sender and reminder loop. They are then linked: every planner learns its
school and the registry of all schools (bot.core.schools), every handler the others, so a
Reply naming another school goes out through that community. The webhook routes updates by
`group_id` (webhook.py); Long Poll polls every community at once (app.py); one scheduler
ticks every school's notification loop, several schools at a time (tick_schools).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from contextlib import AbstractAsyncContextManager, nullcontext
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.cli_school_year import read_settings
from bot.config import ConfigError, Settings
from bot.core.features.school_replay import finish_school_changes
from bot.core.outbox import in_flight_seconds
from bot.core.ports import Clock, SchoolRef
from bot.core.replies import Reply
from bot.core.school_calendar import SchoolCalendar
from bot.core.school_settings import apply_request, save_school_calendar
from bot.core.schools import SchoolRegistry
from bot.leased_loop import LeasedLoop
from bot.scheduling import TICK_SECONDS
from bot.schools_config import CityConfig, SchoolConfig
from bot.transports.vk.limiter import RetryPolicy
from bot.transports.vk.wiring import VkApp, create_app
from bot.workers import city_lease

log = logging.getLogger(__name__)

Sender = Callable[[Reply], Awaitable[object]]

# schools whose notification passes run at once (a pass waits mostly on its community's
# send limiter, holding no database connection then: see unpinned_send)
TICK_CONCURRENCY = 16

# (the community's group_id, the school's store, its notification pass)
SchoolPass = tuple[int, object, Callable[[], Awaitable[int]]]


async def tick_schools(passes: Iterable[SchoolPass], concurrency: int) -> int:
    """Run every school's notification pass, at most `concurrency` at once; returns how
    many people were reached in all. A failing school is logged and the others still run.

    Each pass runs whole in one task on one pinned database connection (PgGate.pinned:
    its schema set once, its claims and outbox writes in their own transactions as in a
    one-school deployment), so one school's exactly-once rules and its community's send
    limiter (the app's sender) are those of a single school; only schools overlap. A pass
    holds at most one pooled connection, and none while it sends (unpinned_send), so
    passes beyond the pool's size wait for a connection in turn with incoming messages."""
    gate = asyncio.Semaphore(max(1, concurrency))

    async def one(group_id: int, store: object, tick: Callable[[], Awaitable[int]]) -> int:
        async with gate:
            try:
                async with _pinned(store):
                    return await tick()
            except Exception:
                log.exception("the notification tick of community %s failed", group_id)
                return 0

    return sum(await asyncio.gather(*(one(*p) for p in passes)))


def _pinned(store: object) -> AbstractAsyncContextManager[None]:
    """The store's one-connection block (PostgreSQL stores), else a block that does nothing."""
    pinned = getattr(store, "pinned", None)
    return pinned() if callable(pinned) else nullcontext()


def unpinned_send(store: object, send: Callable[[Reply], Awaitable[object]]) -> Sender:
    """`send` that gives the store's pinned connection back to the pool while it runs (a
    send waits on the community's limiter and on VK, never inside a transaction: the
    outbox claims before and confirms after, bot/core/outbox.py); `send` itself when the
    store has no pinned connections (SQLite)."""
    unpinned = getattr(store, "unpinned", None)
    if not callable(unpinned):
        return send

    async def sending(reply: Reply) -> object:
        async with unpinned():
            return await send(reply)

    return sending


@dataclass
class CityApp:
    """The apps of every school, by the group_id of its community (config order kept)."""

    city: CityConfig
    apps: dict[int, VkApp]
    concurrency: int = TICK_CONCURRENCY  # schools ticked at once (tick_schools)
    # the city's one notification loop under one lease for the whole deployment (PostgreSQL:
    # `notifications:city`, bot.workers.city_lease): with several workers only the holder
    # ticks every school, and once started no school's batch goes out past the lease
    # (bot.leased_loop); the communities' own leases (single-school use) are not used
    leased: LeasedLoop | None = None

    def by_key(self) -> dict[str, VkApp]:
        """The apps by school key."""
        return {s.key: self.apps[s.group_id] for s in self.city.schools}

    async def close(self) -> None:
        """Hand the city's lease over, then close every school's app (its polling, API
        session and store)."""
        if self.leased is not None:
            await self.leased.stop()
        for app in self.apps.values():
            try:
                await app.close()
            except Exception:
                log.exception("closing the app of community %s failed", app.group_id)

    def start_loop(self, seconds: int = TICK_SECONDS) -> AsyncIOScheduler:
        """One interval job ticking every school's notification loop (tick; a failing
        school is logged and the others still tick), under the city's lease when it has one
        (only its holder ticks); call inside the running event loop."""
        if self.leased is not None:
            self.leased.tick_seconds = seconds
            for app in self.apps.values():  # no school's batch goes out past the lease
                app.loop.send = self.leased.guard(app.loop.send)
            return self.leased.start()
        scheduler = AsyncIOScheduler(timezone=UTC)
        scheduler.add_job(
            self.tick,
            "interval",
            seconds=seconds,
            next_run_time=datetime.now(UTC),
            max_instances=1,
            coalesce=True,
            id="city-notifications",
        )
        scheduler.start()
        return scheduler

    async def tick(self) -> int:
        """One pass over every school, `concurrency` at a time (tick_schools); returns how
        many people were reached in all. First every school's journal entries left by a
        killed worker are finished (finish_journals), so the notices they claim go out in
        this pass."""
        await self.finish_journals()
        passes = [(app.group_id, app.store, app.loop.tick) for app in self.apps.values()]
        return await tick_schools(passes, self.concurrency)

    async def finish_journals(self) -> int:
        """Finish every school's journal entries (bot.core.features.school_replay), one
        school after another; returns how many were applied now. A failing school is logged
        and the others still run."""
        applied = 0
        for app in self.apps.values():
            try:
                applied += await finish_school_changes(app.planner.ctx, app.handler.stage_notices)
            except Exception:
                log.exception("the journal of community %s could not be read", app.group_id)
        return applied


def school_settings(base: Settings, city: CityConfig, school: SchoolConfig) -> Settings:
    """The settings one school's app runs with: the school's token, secret, zone, curators
    and name over the deployment's `base` (API URL, public URL, invite days). The community
    is left for create_app to learn from the token (groups.getById without an id answers the
    token's own community), so create_city can refuse a token of another community."""
    url = city.db if isinstance(city.db, str) else None
    return replace(
        base,
        db_url=url,
        db_path=Path(city.db) if url is None else base.db_path,
        tz=school.tz,
        vk_token=school.token,
        vk_group_id=None,  # learned from the token, then checked against the file's
        vk_secret=school.secret,
        vk_confirmation=school.confirmation,
        admins=school.curators,
        school_name=school.name,
    )


async def create_city(
    base: Settings,
    city: CityConfig,
    clock: Clock | None = None,
    retry: RetryPolicy | None = None,
    *,
    serve_feeds: bool = False,
) -> CityApp:
    """Start every school's app (in config order) and link them; on a failure the apps
    already started are closed and the error is raised (ConfigError for a refused token,
    naming the school)."""
    apps: dict[int, VkApp] = {}
    try:
        for school in city.schools:
            settings = school_settings(base, city, school)
            try:
                app = await create_app(
                    settings, clock, retry, serve_feeds=serve_feeds, school=school.key
                )
            except ConfigError as error:
                raise ConfigError("in_school", key=school.key, reason=str(error)) from error
            apps[school.group_id] = app
            app.loop.send = unpinned_send(app.store, app.loop.send)
            if app.group_id != school.group_id:
                raise ConfigError(
                    "school_token_elsewhere",
                    key=school.key,
                    own=app.group_id,
                    group_id=school.group_id,
                )
            if school.calendar is not None:
                await load_calendar_file(app, school)
    except BaseException:
        await CityApp(city, apps).close()
        raise
    result = CityApp(city, apps)
    link(result)
    try:
        again = max((in_flight_seconds(app.store) for app in apps.values()), default=0.0)
        lease = await city_lease(city.db)
        result.leased = LeasedLoop(result.tick, lease, TICK_SECONDS, catch_up_again=again)
    except BaseException:
        await result.close()
        raise
    return result


def link(city_app: CityApp) -> None:
    """Let every planner know its school and all schools (SchoolRegistry sets both), every
    handler the others."""
    refs = [SchoolRef(s.key, s.name, s.aliases) for s in city_app.city.schools]
    apps = city_app.by_key()
    SchoolRegistry(refs, {key: app.planner for key, app in apps.items()})
    handlers = {key: app.handler for key, app in apps.items()}
    for ref in refs:
        app = apps[ref.key]
        app.planner.config = replace(app.planner.config, city_viewers=city_app.city.city_viewers)
        app.handler.peers = handlers


async def load_calendar_file(app: VkApp, school: SchoolConfig) -> None:
    """Set the school calendar from the config's text file (the same lines as `python -m
    bot school-year FILE`), over the ministry's standard year: the file is the source.
    Raises ConfigError naming the lines not understood (nothing saved then)."""
    assert school.calendar is not None
    try:
        text = school.calendar.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            "calendar_unreadable", key=school.key, path=str(school.calendar), reason=str(exc)
        ) from exc
    lines, refused = read_settings(text, app.planner.clock.now().date())
    if refused:
        raise ConfigError(
            "calendar_refused", key=school.key, path=str(school.calendar), lines=refused
        )
    calendar = SchoolCalendar()
    for setting in lines:
        calendar, _ = apply_request(calendar, setting)
    await save_school_calendar(app.store, calendar)
