"""What a person's chat app can show: a normal keyboard, an inline one, callback buttons.

Transports fill it from what the app reports (VK: `client_info` of each incoming message)
and choose how to offer a reply's buttons; the store keeps the latest per person.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ClientCaps:
    """The buttons one app can show (all True: current VK apps)."""

    keyboard: bool = True
    inline_keyboard: bool = True
    callback: bool = True


FULL = ClientCaps()
