"""Help: what the bot can do for a role, with buttons for the everyday questions."""

from __future__ import annotations

from bot.core.models import Person, Role
from bot.core.replies import Button, Reply

# Help-menu buttons send these messages for the person (the labels live in locales).
SHORTCUT_TEXTS = {
    "this_week": "что на этой неделе?",
    "next_week": "что на следующей неделе?",
    "mine": "мои мероприятия",
    "clashes": "накладки",
    "report": "итоги месяца",
    "calendar": "календарь",
    "excel": "выгрузка",
}
HELP_SHORTCUTS: dict[Role, tuple[str, ...]] = {
    Role.STUDENT: ("this_week", "next_week", "mine", "calendar"),
    Role.PARTNER: ("mine", "clashes", "next_week", "report"),
    Role.STAFF: ("mine", "clashes", "next_week", "excel"),
    Role.CURATOR: ("clashes", "next_week", "report", "excel"),
}


def help(person: Person) -> Reply:
    """What the bot can do for this role, with buttons for the everyday questions."""
    shortcuts = HELP_SHORTCUTS[person.role]
    buttons = tuple(
        tuple(
            Button("shortcut", {"a": "say", "t": key}, context={"key": key})
            for key in shortcuts[i : i + 2]
        )
        for i in range(0, len(shortcuts), 2)
    )
    return Reply("help", {"role": person.role.value}, buttons=buttons)
