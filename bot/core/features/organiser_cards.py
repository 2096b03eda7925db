"""«организатор — школа», «организатор: КГТУ» typed under an open card or a plan's summary:
who organises the pending events (bot.core.features.organisers; organiser76). Staff only:
a partner is told its events are its own organisation's, the card unchanged."""

from __future__ import annotations

from bot.core.dialog import Dialog
from bot.core.features import organisers
from bot.core.features.context import Context, Routes
from bot.core.features.plans import PlanStore, show_pending
from bot.core.language.meaning import SetOrganiser
from bot.core.models import Person
from bot.core.replies import Reply


async def on_set_organiser(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, said: SetOrganiser
) -> list[Reply]:
    """Every pending row gets the organiser `said` names ("" — the school) and the card (or
    the summary) is shown again with it; a partner (or anyone who may not name another
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
    for row in dialog.pending:
        row[organisers.ORGANISER_KEY] = said.name
    return await show_pending(ctx, person, dialog)


ROUTES: Routes = {SetOrganiser: on_set_organiser}
