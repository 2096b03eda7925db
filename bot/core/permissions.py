"""Who may do what. Curators everything; staff the events they added; partners their own
organisation's events; students ask, choose their class and sign up."""

from __future__ import annotations

from rapidfuzz import fuzz, utils

from bot.core.models import Audience, Event, Person, Role

EDITORS = frozenset({Role.CURATOR, Role.STAFF, Role.PARTNER})


def can_add_events(person: Person) -> bool:
    """Whether `person` may enter events at all (a typed card, a pasted post, a plan file):
    the curator, and a teacher or partner's representative linked to an organisation; a
    student, or a teacher or partner whose link was dropped (bot.core.access.change_role),
    may not."""
    return person.role in EDITORS and (
        person.role is Role.CURATOR or person.organisation_id is not None
    )


def hidden_from(person: Person, event: Event) -> bool:
    """Whether `event` is not `person`'s to see (to be named to them in a reply, found by
    their question or their button): a meeting no student is in (Audience.no_students: the
    staff alone, or parents) is hidden from a student, and from a partner unless it is their
    own organisation's — a partner sees its own events and those open to students
    (safety72 #1). The school's people see the whole plan."""
    if not event.audience.no_students:
        return False
    if person.role is Role.STUDENT:
        return True
    return person.role is Role.PARTNER and person.organisation_id != event.organisation_id


def left_out(person: Person, event: Event) -> str | None:
    """Why `person` is no longer among those `event` is for, to be reminded of it at send
    time (safety72 #2: the event made staff-only, parents-only or narrowed to other classes
    after they asked): "staff" or "parents" when it is hidden from them (hidden_from), for
    a student whose class is known «other_class» when it is not in the audience
    (students.for_class's reading); None when they still are."""
    if hidden_from(person, event):
        return "parents" if event.audience.parents else "staff"
    own = Audience(classes=frozenset({person.class_name})) if person.class_name else None
    if person.role is Role.STUDENT and own is not None and not event.audience.overlaps(own):
        return "other_class"
    return None


def can_edit(person: Person, event: Event) -> bool:
    """Whether `person` may move, cancel or edit `event`.

    Curators edit any event; partners their own organisation's (its representatives share
    it); staff — teachers and class teachers, who all share the school's one organisation
    with the curator — only the events they added themselves (`Event.created_by`), of their
    organisation: the curator's or another teacher's event is its author's or the curator's
    to change, as in a school's plan (newcomer walk 2026-12-02m, #9). A teacher who pasted
    a partner's post keeps the event they entered when it is filed under the partner
    (organiser76): they correct what they typed — a date, a typo — as its partner and the
    curator may (owner77). An event with no recorded author (a plan imported from the
    command line) is the curator's."""
    if person.role is Role.CURATOR:
        return True
    if person.role is Role.STAFF and event.created_by == person.id:
        return person.organisation_id is not None  # their own entry, the school's or not
    if person.organisation_id is None or person.organisation_id != event.organisation_id:
        return False
    return person.role is Role.PARTNER


def changes_copy(person: Person, event: Event) -> bool:
    """Whether a change `person` makes in one school reaches `event`, their copy of it in
    another school of the city (bot.core.features.school_twins): they may change it there
    (can_edit as that school knows them) and still speak for its organiser there — the
    curator, or a member of the organisation it is filed under. A partner re-linked there as
    a teacher no longer speaks for КГТУ there, even where they are still recorded as the
    copy's author (a re-link by a code releases that: people.release_former_events; one
    saved otherwise does not): a cancel in the gymnasium leaves КГТУ's lyceum event alone
    (tests/integration/test_attack_city_authors.py)."""
    if not can_edit(person, event):
        return False
    return person.role is Role.CURATOR or person.organisation_id == event.organisation_id


def can_extend_series(person: Person, event: Event) -> bool:
    """Whether `person` may add meetings to the series `event` is a meeting of («добавь ещё
    занятие …», bot.core.features.series_additions): each new meeting is a new event filed
    under the series' organiser, so only someone who may change the series and speaks for
    that organiser may add it — the curator, the partner's representatives for its series,
    the teacher who entered the school's series (the same test as changes_copy). The
    teacher rule «fix what you entered» (can_edit, owner77) lets a teacher correct a
    partner's meeting they typed, not grow the partner's programme: a club the curator gave
    to КГТУ kept taking meetings in КГТУ's name from the teacher who had entered it, КГТУ
    never asked (attack78, perms79)."""
    return changes_copy(person, event)


def runs_event(person: Person, event: Event) -> bool:
    """Whether `person` runs `event` as its organiser: gets its organiser's reminders and
    «Как прошло ваше мероприятие?», and a typed score is their organiser's answer about it.
    A partner's representatives all run their organisation's events (they share it); in the
    school's organisation, shared by the curator and every teacher, only the event's author
    (`Event.created_by`) does, and the curator an event with no recorded author (a plan
    imported from the command line) — not every teacher of the school (walk r, #5: each
    teacher got every event's reminders and organiser polls). Students never do."""
    if person.role is Role.STUDENT or person.organisation_id is None:
        return False
    if person.organisation_id != event.organisation_id:
        return False
    if person.role is Role.PARTNER:
        return True
    if person.role is Role.CURATOR and event.created_by is None:
        return True
    return event.created_by == person.id


def sees_counts(person: Person, event: Event) -> bool:
    """Whether `person` may see how many signed up for `event` («кто записался», and the
    «Записались»/«Оценка» cells of their plan file): whoever may change it (can_edit), and a
    class teacher (staff with a class) for an event their class is in (its audience overlaps
    the class: the class, its grade or the whole school) — only once a curator confirmed
    that they lead that class (`Person.class_confirmed`): anyone on the staff may say «я
    классный руководитель 9А», and a class's figures are the school's to give."""
    if can_edit(person, event):
        return True
    if person.role is not Role.STAFF or not person.class_name or not person.class_confirmed:
        return False
    return event.audience.overlaps(Audience(classes=frozenset({person.class_name})))


def counted_class(person: Person, event: Event) -> str | None:
    """The class whose sign-ups alone `person` may count of `event`, where sees_counts lets
    them count any: a class teacher's class on an event they may not change (the curator
    confirmed «сколько учеников 9Б записалось», not the event's total nor other classes':
    attack 2026-12-02s #2) — in «кто записался» and in their plan file's «Записались» alike
    (newcomer walk 2026-12-03ad, AD1); None when they count the whole event (its organiser,
    the curator)."""
    if can_edit(person, event):
        return None
    return person.class_name or None


def can_agree(person: Person) -> bool:
    """Whether `person` may agree events — the one place that decides it (newcomer walk
    2026-12-02t, #16): the curator, the deputy head who keeps the school's plan. A partner, a
    teacher (class teachers too) or a student never agrees anything, their own events
    included: «согласовано» from them agrees nothing."""
    return person.role is Role.CURATOR


def agreed_when_added(person: Person | None) -> bool:
    """Whether an event `person` adds is agreed as it is stored: the curator's own are (they
    are the one who agrees), as is a plan imported from the command line (`person` None: the
    curator's, as can_edit reads an event with no recorded author); a partner's or a
    teacher's waits for the curator."""
    return person is None or can_agree(person)


# the lowest rapidfuzz token_set_ratio (0–100, on lower-cased words) of an old and a new
# title that still name the same event: a typo fixed or a word added («Мастер-класс по
# роботам» for «… по робототехнике» scores 81) keeps the agreement; another event («Продажа
# платных курсов» for «Мастер-класс по робототехнике», 32) does not (attack v, #14)
SAME_TITLE_SCORE = 70


def same_event_title(before: str, after: str) -> bool:
    """Whether `after` is still the title of the event called `before` (SAME_TITLE_SCORE)."""
    score = fuzz.token_set_ratio(before, after, processor=utils.default_process)
    return before == after or score >= SAME_TITLE_SCORE


def widened(before: Audience, after: Audience) -> bool:
    """Whether `after` invites someone `before` did not: more classes or grades, the whole
    school, the staff or the parents (fewer keeps the agreement)."""
    return not before.includes(after) or (after.parents and not before.parents)


def needs_agreeing_again(person: Person, before: Event, after: Event) -> bool:
    """Whether `person`'s change of the agreed `before` into `after` takes its agreement back:
    a change of its time (start, end, whole days) or place, wider classes, or a new title that
    names another event (not a typo fixed: same_event_title), or another organiser (owner77),
    by anyone who may not agree it — the curator agreed that time, place, audience, event
    and who runs it (attack v, #14). A cancel keeps it; the curator's own change never
    takes it back."""
    if can_agree(person) or not before.agreed:
        return False
    return (
        (before.start, before.end, before.all_day, before.venue, before.organisation_id)
        != (after.start, after.end, after.all_day, after.venue, after.organisation_id)
        or widened(before.audience, after.audience)
        or not same_event_title(before.title, after.title)
    )
