"""The numbers of pending lines, and the add / replace / keep-both question asked when new
drafts come while others are pending (bot.core.features.draft_choice_answers answers it):
pure functions over the Dialog, no store."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.core import draft_json
from bot.core.dialog import Confirmation, Dialog, DraftChoice, MissingField, line_numbers
from bot.core.language.buttons import ButtonAction, payload
from bot.core.language.meaning import DraftChoiceKind
from bot.core.replies import Button, Reply

TITLES_NAMED = 10  # titles a question or a reply names; the rest are counted («и ещё N»)


def numbered(
    raws: Sequence[Mapping[str, Any]], numbers: Sequence[int] | None = None, after: int = 0
) -> list[dict[str, Any]]:
    """Pending lines with their numbers: `numbers` (a file's rows), else after..after+n."""
    wanted = list(numbers) if numbers is not None else range(after + 1, after + len(raws) + 1)
    return [{**raw, "line": n} for raw, n in zip(raws, wanted, strict=True)]


def ask_add_or_replace(dialog: Dialog, new: list[dict[str, Any]]) -> list[Reply]:
    """Drafts are pending and new ones came: ask, keeping both until answered. New ones that
    come while the question is open join those already waiting (never replace them); an
    exact copy of a draft already pending or waiting (the same text sent again) is not
    added a second time."""
    if isinstance(dialog.waiting, DraftChoice) and dialog.incoming:
        new = [raw for raw in new if not held(dialog, raw)]
        last = max(line_numbers(dialog.incoming), default=0)
        new = dialog.incoming + numbered(new, after=last)
    dialog.waiting = DraftChoice()
    dialog.incoming = new
    return [choice_question(dialog, "draft_choice")]


def held(dialog: Dialog, raw: Mapping[str, Any]) -> bool:
    """Whether a draft equal to `raw` (its line number aside) is already pending, waiting
    for the add/replace answer or put aside."""

    def bare(d: Mapping[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in d.items() if k != "line"}

    wanted = bare(raw)
    return any(bare(d) == wanted for d in (*dialog.pending, *dialog.incoming, *dialog.stashed))


def choice_question(
    dialog: Dialog,
    template: str,
    fragment: str | None = None,
    shown: Mapping[str, Any] | None = None,
) -> Reply:
    """The add / replace / keep-both question about `dialog.incoming`, with its buttons; a
    new plan's first TITLES_NAMED titles are named (`new_titles`); `fragment`: what was
    typed instead of a choice («в 11»), named by draft_choice_again; `shown`: the new draft
    as a correction changed it (bot.core.views.event_view), shown by draft_choice_corrected."""
    old = dialog.drafts()
    fresh = [draft_json.draft_from_json(raw) for raw in dialog.incoming]
    context = {
        "pending": len(old),
        "pending_title": old[0].title,
        # an untitled draft is named by its day (newcomer walk 2026-12-04ai AI2: it was «»)
        "pending_start": old[0].start,
        "pending_all_day": old[0].all_day,
        "new": len(fresh),
        "new_title": fresh[0].title,
        # several new events typed one by one are named, not only counted (walk m, #8)
        "new_titles": [d.title for d in fresh[:TITLES_NAMED]],
        "fragment": fragment,
        "shown": shown,
    }
    buttons = tuple(
        (
            Button(
                "draft_choice",
                payload(ButtonAction.DRAFT_CHOICE, c=choice.value),
                context={"choice": choice.value},
            ),
        )
        for choice in (DraftChoiceKind.ADD, DraftChoiceKind.REPLACE, DraftChoiceKind.BOTH)
    )
    return Reply(template, context, buttons=buttons)


@dataclass(frozen=True, slots=True)
class OpenChoice:
    """The add / replace / keep-both question open before a message was handled: the
    drafts it was about (Dialog.pending, .incoming, .stashed, as JSON)."""

    pending: list[dict[str, Any]]
    incoming: list[dict[str, Any]]
    stashed: list[dict[str, Any]]


def open_choice(dialog: Dialog) -> OpenChoice | None:
    """The open add / replace / keep-both question (with drafts pending and new ones
    asked about), or None."""
    if not isinstance(dialog.waiting, DraftChoice) or not dialog.pending or not dialog.incoming:
        return None
    return OpenChoice(list(dialog.pending), list(dialog.incoming), list(dialog.stashed))


def kept_open(dialog: Dialog, was: OpenChoice | None) -> list[Reply]:
    """After a message that closed the add / replace / keep-both question `was` («что на
    этой неделе?», «мои мероприятия», «помощь») and was answered without touching the
    drafts: the question is open again and asked again (draft_choice_kept), so that the
    next «да» picks none of its answers — never the earlier card's «да», which updated a
    saved event the person last saw two messages before (newcomer walk 2026-12-04ag, AG9).
    Nothing when no question was open, the drafts changed, or the answer asked a question
    of its own (a cancel's card: «да» answers that, the card last shown)."""
    if was is None or dialog.incoming or dialog.pending != was.pending:
        return []
    if dialog.stashed != was.incoming + was.stashed:
        return []
    if not isinstance(dialog.waiting, Confirmation | MissingField):
        return []
    dialog.stashed, dialog.incoming = was.stashed, was.incoming
    dialog.waiting = DraftChoice()
    return [choice_question(dialog, "draft_choice_kept")]
