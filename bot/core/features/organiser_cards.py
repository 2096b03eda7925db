"""«организатор — школа», «организатор: КГТУ» typed under an open card or a plan's summary:
who organises the pending events (bot.core.features.organisers; organiser76). Staff only:
a partner is told its events are its own organisation's, the card unchanged."""

from __future__ import annotations

from typing import Any

from bot.core.dialog import Dialog
from bot.core.features import organisers
from bot.core.features.context import Context, Routes
from bot.core.features.organisation_names import organisations_matching
from bot.core.features.pending_drafts import show_pending
from bot.core.features.plan_summaries import PlanStore
from bot.core.language.meaning import SetOrganiser
from bot.core.models import Person
from bot.core.replies import Reply


async def on_set_organiser(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, said: SetOrganiser
) -> list[Reply]:
    """The pending rows `said` is for (every row, or after a plan's «which one?» the rows
    asked about: `_answered_rows`) get the organiser it names ("" — the school) and the
    card (or the summary) is shown again with it; a partner (or anyone who may not name another
    organiser) gets «организатор — ваша организация» and the card unchanged: a partner never
    files an event in another organisation's name."""
    if not dialog.pending:
        return [Reply("nothing_pending", {"role": person.role.value})]
    if not organisers.names_organisers(person):
        own = (await ctx.orgs()).get(await ctx.organisation_of(person))
        refusal = Reply(
            "organiser_not_theirs", {"own": own.name if own else "", "named": said.name}
        )
        return [refusal, *await show_pending(ctx, person, dialog)]
    for row in await _answered_rows(ctx, dialog.pending, said.name):
        row[organisers.ORGANISER_KEY] = said.name
    return await show_pending(ctx, person, dialog)


async def _answered_rows(
    ctx: Context[PlanStore], rows: list[dict[str, Any]], name: str
) -> list[dict[str, Any]]:
    """The pending rows «организатор: `name`» is for: while some rows' organiser fits
    several partners alike (the plan's «Музей» with two museums: «да» asked which, the
    other rows name theirs), the answer is for those rows only — the ones whose partners
    include the one `name` means, else those of the name asked about (the first unclear
    one, as organisers.unclear_organiser asks); otherwise every row (a card, or a whole
    plan named at once: organiser76). organiser78 saw «организатор: Музей Мирового
    океана» turn the file's «Музей янтаря» row into that museum's too."""
    orgs = list((await ctx.orgs()).values())
    fits = [
        organisations_matching(str(row.get(organisers.ORGANISER_KEY) or ""), orgs) for row in rows
    ]
    unclear = [(row, found) for row, found in zip(rows, fits, strict=True) if len(found) > 1]
    if not unclear or len(rows) == 1:
        return rows
    meant = organisations_matching(name, orgs) if name else []
    chosen = [row for row, found in unclear if len(meant) == 1 and meant[0] in found]
    if chosen:
        return chosen
    asked = unclear[0][0].get(organisers.ORGANISER_KEY)
    return [row for row, _ in unclear if row.get(organisers.ORGANISER_KEY) == asked]


ROUTES: Routes = {SetOrganiser: on_set_organiser}
