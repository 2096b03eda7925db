"""Bot Long Poll that resumes where it stopped: the position (`ts`) is kept in the database.

VK keeps a community's long-poll history for a while (VK docs, "Bots Long Poll API"): a
request with an old `ts` returns every update since. vkbottle's default (`skip_old_events`)
starts from "now", so messages written while the bot was down were never seen; its own
resume file lives in the working directory. Here the saved `ts` is read from the database at
start and written only after the updates before it were processed (PipelineBot.run_polling).

VK's failures (handled by vkbottle's loop, logged here):
- `failed: 1` — the history is outdated or partly lost: continue from the `ts` VK returns;
  updates between the saved position and it are lost (VK no longer has them).
- `failed: 2` — the key expired: a new key from `groups.getLongPollServer`, same `ts`
  (nothing lost).
- `failed: 3` — information lost: a new key and a new `ts`; updates in between are lost.
"""

from __future__ import annotations

import logging
from typing import Any

from vkbottle.polling import BotPolling

from bot.storage import PlanStore

log = logging.getLogger(__name__)


class PollPosition:
    """The long-poll `ts` of one community, kept in the `settings` table."""

    def __init__(self, store: PlanStore, group_id: int) -> None:
        self.store = store
        self.key = f"vk_long_poll_ts:{group_id}"
        self.saved: str | None = None

    async def load(self) -> str | None:
        """The saved long-poll `ts` of the community (None: none saved), remembered as `saved`."""
        self.saved = await self.store.get_setting(self.key)
        return self.saved

    async def save(self, ts: str) -> None:
        """Store `ts` (one transaction); nothing is written when it did not change."""
        if ts != self.saved:
            await self.store.set_setting(self.key, ts)
            self.saved = ts


class ResumingPolling(BotPolling):
    """BotPolling whose start position is the saved one (never the cwd file)."""

    def __init__(self, position: PollPosition, api: Any, group_id: int) -> None:
        super().__init__(api, group_id=group_id, skip_old_events=False)
        self.position = position
        self.resume_from: str | None = None
        self._started = False

    async def start(self) -> None:
        """Read the saved position; call before `listen`."""
        self.resume_from = await self.position.load()
        self._started = False

    async def get_server(self) -> dict[str, Any]:
        """The long-poll server. On the very first start (nothing saved) VK's `ts` is saved
        at once, so whatever comes after it is answered even if the bot stops before its
        first update is processed."""
        server = await super().get_server()
        if not self._started:
            self._started = True
            if self.resume_from is None and server.get("ts") is not None:
                await self.position.save(str(server["ts"]))
        return server

    def restore_server_ts(self, server: dict[str, Any]) -> dict[str, Any]:
        """`server` (VK's long-poll server answer) with its `ts` replaced by the saved one, when
        there is one, so updates since the last run are fetched."""
        if self.resume_from is not None:
            log.info("resuming Bot Long Poll from ts %s", self.resume_from)
            server["ts"] = self.resume_from
        return server

    def save_server_ts(self, server: dict[str, Any]) -> None:
        """Saved by PipelineBot.run_polling once the updates are processed."""

    async def handle_failed_event(
        self, server: dict[str, Any], event: dict[str, Any]
    ) -> dict[str, Any]:
        """Log a long-poll failure that loses updates (failed 1: history outdated; 3: information
        lost), then let vkbottle recover (a new ts or key); returns its new server."""
        failed = event.get("failed")
        if failed == 1:
            log.warning(
                "long-poll history is outdated (ts %s → %s): updates in between are lost",
                server.get("ts"),
                event.get("ts"),
            )
        elif failed == 3:
            log.warning("long-poll information lost: a new key and ts; updates in between are lost")
        return await super().handle_failed_event(server, event)
