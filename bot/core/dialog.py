"""What the bot is waiting for from one person, kept in the store between messages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.core import drafts
from bot.core.models import EventDraft


@dataclass
class Dialog:
    """A person's conversation state, kept in the store as JSON."""

    pending: list[dict[str, Any]] = field(default_factory=list)
    asking: str | None = None
    audience_asked: bool = False
    last_event: int | None = None
    listed: list[int] = field(default_factory=list)
    poll_event: int | None = None

    @classmethod
    def load(cls, data: Mapping[str, Any] | None) -> Dialog:
        data = data or {}
        return cls(
            pending=list(data.get("pending", [])),
            asking=data.get("asking"),
            audience_asked=bool(data.get("audience_asked")),
            last_event=data.get("last_event"),
            listed=[int(i) for i in data.get("listed", [])],
            poll_event=data.get("poll_event"),
        )

    def dump(self) -> dict[str, Any]:
        return {
            "pending": self.pending,
            "asking": self.asking,
            "audience_asked": self.audience_asked,
            "last_event": self.last_event,
            "listed": self.listed,
            "poll_event": self.poll_event,
        }

    def drafts(self) -> list[EventDraft]:
        return [drafts.draft_from_json(d) for d in self.pending]

    def clear_pending(self) -> None:
        self.pending, self.asking, self.audience_asked = [], None, False
