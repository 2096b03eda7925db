"""The verbs whose adverbial of place is the event's place (a leaf module: venue_attach
scores a place phrase by them, place_words reads a quoted name's clause by them)."""

from __future__ import annotations

# the lemmas of the verbs whose adverbial of place is the event's place: taking place,
# holding, inviting, gathering, meeting, starting (pymorphy3 normal forms)
EVENT_VERBS = frozenset(
    {
        "состояться",
        "пройти",
        "проходить",
        "проводиться",
        "провестись",
        "провести",
        "проводить",
        "открыться",
        "открываться",
        "начаться",
        "начинаться",
        "стартовать",
        "продлиться",
        "развернуться",
        "приглашать",
        "пригласить",
        "приглашаться",
        "собраться",
        "собираться",
        "ждать",
        "встретиться",
        "встречаться",
        "состязаться",
        "соревноваться",
        "выступить",
        "выступать",
        "вручить",
        "вручать",
        "наградить",
        "чествовать",
        "организовать",
        "устроить",
        "отметить",
        "отпраздновать",
        "принять",
    }
)
