"""chat78: an organiser card whose partner was dropped before its «да» (an undo's
drop_unused_partner that ran between the card's reading of the partners and its being
written — the one window the drop's own check of open cards cannot see). Was: the «да»
wrote an organisation id that no longer exists (SQLite's foreign key: an error). In-process
planner over a real store (SQLite; PostgreSQL under -p tests.pg_everywhere); the drop is the
store's own. Sentences mine."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.core.models import Audience, NewEvent, OrgKind
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR = 100


async def test_a_card_whose_partner_is_gone_changes_nothing_and_says_so(tmp_path: Path) -> None:
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        clock = FixedClock(datetime(2026, 12, 7, 10, 0, tzinfo=TZ))
        planner = Planner(store, clock, PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
        await planner.identify(CURATOR, "Завуч")
        school = await planner.own_organisation()
        club = await store.create_organisation("Клуб «Звезда»", OrgKind.PARTNER)
        start = datetime(2026, 12, 15, 16, 0, tzinfo=TZ)
        end = datetime(2026, 12, 15, 17, 0, tzinfo=TZ)
        audience = Audience(classes=frozenset({"9А"}))
        [lecture] = await store.add_events(
            [NewEvent("Лекция", school.id, start, end, audience=audience)], None
        )
        card = await planner.handle(CURATOR, "организатор лекции — Клуб «Звезда»")
        assert card[0].template == "change_card", card
        # the window: the undo's drop lands after the card read the partners and before its
        # dialog is written — the card put aside, the drop, the card written back
        person = await store.get_person_by_vk(CURATOR)
        assert person is not None
        card_state = await store.get_dialog(person.id)
        await store.set_dialog(person.id, None)
        assert await store.drop_unused_partner(club.id)
        await store.set_dialog(person.id, card_state)
        replies = await planner.handle(CURATOR, "да")
        assert [r.template for r in replies] == ["organiser_gone"], replies
        text = Renderer().render(replies[0].template, replies[0].context)
        assert "Клуб" not in text, text
        assert "организатора не изменил" in text, text
        kept = await store.get_event(lecture.id)
        assert kept is not None
        assert kept.organisation_id == school.id
    finally:
        await store.close()
