"""Data steps: the part of a migration that applies one of the bot's own rules (Python) to
the rows already stored, where SQL alone cannot state the rule.

A step belongs to the migration of the same number — its .sql file, in migrations/ and in
migrations/postgresql/, says what the step does — and each runner (bot.storage.database for
SQLite, bot.storage.postgres.schema for PostgreSQL) runs it inside that migration's
transaction, right after its SQL and before its `schema_version` row: a failure rolls the
whole migration back, and a database migrated once never runs it again.

PARENTS_MEETINGS (migration 0029): events stored before migration 0028 kept
`parents_audience` at its default (0 / FALSE), so a «Родительское собрание» saved then is
still a students' event — listed to students and open for their sign-up. The step marks
every stored event, whatever its status, whose title names a parents' meeting by the very
classifier the parser applies to a new message (bot.core.language.audience.parents_meeting:
«родительское собрание / лекторий / всеобуч / комитет …», «собрание / встреча / лекторий /
консультация для (с) родителей»), unless it is the staff's own (`staff_audience`: a
педсовет keeps its audience, as parents_meeting_audience leaves it). Its grades and
classes stay: they are now the parents' classes («родители 10А»), as on a new card.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.language.audience import parents_meeting

PARENTS_MEETINGS = 29


def parents_meeting_ids(rows: Iterable[tuple[int, str]]) -> list[int]:
    """The ids of the (id, title) rows whose title names a parents' meeting (see the
    module's PARENTS_MEETINGS), in the rows' order."""
    return [event_id for event_id, title in rows if parents_meeting(title or "")]
