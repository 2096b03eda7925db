"""Feature modules behind the planner's router: one module per concern, each a set of
handlers `async def handler(ctx, person, dialog, ...) -> list[Reply]` over a shared Context.

adding (drafts and cards), plans (several events at once, plan files), changing (move,
cancel), notices (who else hears of a change), queries (lists and clashes), signups
(sign-ups and polls), people (invitations, roles, one's class), files (reports, exports,
calendar feeds), settings (reminders, digest), help.
"""
