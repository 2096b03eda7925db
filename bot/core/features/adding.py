"""Adding one event: ask for what is missing, take answers and field edits, show the card
(with clashes and free slots) that the person saves or discards (see plan_saving.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from bot.core import draft_json, drafts
from bot.core.calendar_checks import days_off_of, night_view, warning_view
from bot.core.clashes import check_calendar, check_clashes, propose_slots
from bot.core.dialog import (
    Confirmation,
    Dialog,
    DraftField,
    EditableField,
    EditedField,
    MissingField,
)
from bot.core.features import organisers, readding, resending, school_cards
from bot.core.features.context import Context, Routes
from bot.core.language.audience import names_whole_school, parse_audience
from bot.core.language.buttons import ButtonAction, payload
from bot.core.language.commands import ANSWER_WORDS, Command, CommandKind, MoveCommand
from bot.core.language.day_count import stated_days
from bot.core.language.event_referent import rival_event
from bot.core.language.meaning import (
    Ask,
    CancelByText,
    DraftAnswer,
    EditRequest,
    ForgetMoments,
    HandOver,
    ListMoments,
    MineAtSchool,
    MineInPeriod,
    RemindAtMoment,
    SignupByTitle,
    SignupMany,
    SignupQuestion,
    UnsignByTitle,
)
from bot.core.language.meeting import gathering
from bot.core.language.opening_hours import opening_hours_phrase
from bot.core.language.organiser_named import named_guest
from bot.core.language.title_offer import offered_title
from bot.core.language.title_offer_answers import TITLE_OFFERED_KEY, TITLE_SEVERAL_KEY
from bot.core.language.vacation_asked import asked_in_vacation
from bot.core.language.venue_offer import offered_venues
from bot.core.models import (
    Audience,
    CalendarWarning,
    CalendarWarningKind,
    Clash,
    Event,
    EventDraft,
    EventStatus,
    NewEvent,
    Person,
    Role,
)
from bot.core.permissions import can_extend_series, runs_event
from bot.core.ports import Directory, EventStore, SettingsStore, SignupStore
from bot.core.replies import Button, Reply
from bot.core.run_ends import is_visited_kind
from bot.core.views import clash_view, confirm_row, event_view, slot_view
from bot.core.wallclock import does_not_exist


class DraftStore(Directory, EventStore, SignupStore, SettingsStore, Protocol):
    """The ports a draft's card reads (organisations, the plan for clashes, the sign-ups of
    a cancelled event it would restore)."""


async def continue_draft(ctx: Context[DraftStore], person: Person, dialog: Dialog) -> list[Reply]:
    """Ask for the next missing part of the single pending draft, or show its card."""
    draft = dialog.drafts()[0]
    if (own := own_class_default(person, draft, dialog.audience_asked)) is not None:
        draft = own
        dialog.pending[0] = {**dialog.pending[0], **draft_json.draft_to_json(own)}
    missing = drafts.missing_field(draft, audience_asked=dialog.audience_asked)
    dialog.waiting = MissingField(DraftField(missing)) if missing else Confirmation()
    if missing is not None:
        return [drafts.ask_reply(draft, missing, ctx.wall_now())]
    if school_cards.is_for_schools(dialog):  # one event for several schools
        return [await school_cards.card(ctx, person, dialog)]
    asked = dialog.pending[0].get(TITLE_OFFERED_KEY)
    if isinstance(unanswered := dialog.pending[0].get(TITLE_SEVERAL_KEY), str):
        return [ask_title_several(dialog, draft, unanswered, again=True)]  # «да», «оба»
    rival = rival_event(draft.description or "", draft.title) if not asked else None
    if rival is not None and "several_events" in draft.doubts:
        return [ask_title_several(dialog, draft, rival)]
    offer = offered_title(draft.title, draft.description or "", draft.venue)
    if offer is not None and not asked:
        return [ask_title_offered(dialog, draft.title, offer)]
    venues = offered_venues(draft.description or "")
    if venues and not dialog.pending[0].get(VENUES_OFFERED_KEY):
        return [ask_venue_offered(dialog, draft.title, venues)]
    shown = await card(ctx, person, draft, dialog.pending[0])
    resending.remember(dialog, shown.context.get("resends"))  # «да» updates that event
    return [shown]


def ask_title_offered(dialog: Dialog, title: str, offer: str) -> Reply:
    """«Как назвать «Спектакль»?» with the post's own name (`offer`, title_offer.offered_title)
    and the bare title as buttons whose text answers it as if typed; any other text typed is
    the title (newcomer walk 2026-12-02u, F8); «первое», «да», «оставь», «нет» pick a button
    (title_offer_answers.offer_answer). Asked once per draft (TITLE_OFFERED_KEY holds the offer)."""
    dialog.pending[0] = {**dialog.pending[0], TITLE_OFFERED_KEY: offer}
    # asked as a missing title, so a new post sent instead is read as a new event
    dialog.waiting = MissingField(DraftField.TITLE)
    buttons = (
        (Button("title_offer", payload(ButtonAction.PICK, t=offer), context={"title": offer}),),
        (Button("title_keep", payload(ButtonAction.PICK, t=title), context={"title": title}),),
    )
    return Reply("ask_title_offered", {"title": title, "offer": offer}, buttons=buttons)


def ask_title_several(
    dialog: Dialog, draft: EventDraft, rival: str, *, again: bool = False
) -> Reply:
    """«В сообщении два мероприятия — «…» и «…», — какое из них 12 декабря?» when a post
    dates a singular «Мероприятие пройдёт …» after naming two events and the title kept
    one (the doubt `several_events`, event_referent.rival_event): the other's name and the
    title as buttons whose text answers it as if typed; any other text typed is the title.
    «первое» / «второе» pick a button as at ask_title_offered (TITLE_OFFERED_KEY holds the
    other's name, so it is asked once). «да» or «оба» pick neither: `again` asks it again
    («ask_title_several_again»: one card is one event, the other is sent on its own;
    review60 #1); TITLE_SEVERAL_KEY marks the question open until a name is taken."""
    dialog.pending[0] = {**dialog.pending[0], TITLE_OFFERED_KEY: rival, TITLE_SEVERAL_KEY: rival}
    dialog.waiting = MissingField(DraftField.TITLE)
    buttons = tuple(
        (Button("title_offer", payload(ButtonAction.PICK, t=t), context={"title": t}),)
        for t in (rival, draft.title)
    )
    context = {
        "title": draft.title,
        "offer": rival,
        "start": draft.start,
        "all_day": draft.all_day,
    }
    template = "ask_title_several_again" if again else "ask_title_several"
    return Reply(template, context, buttons=buttons)


# the pending line's mark that «Где пройдёт?» with the post's listed places was asked once
VENUES_OFFERED_KEY = "venues_offered"


def ask_venue_offered(dialog: Dialog, title: str, venues: list[str]) -> Reply:
    """«Где будут ваши ученики на «…»? В сообщении несколько площадок» with each place the
    post lists (venue_offer.offered_venues) as a button whose text answers it as if typed;
    any other text typed is the place, as after the card's ✏️ Место (newcomer walk
    2026-12-02v, F5). Asked once per draft (VENUES_OFFERED_KEY)."""
    dialog.pending[0] = {**dialog.pending[0], VENUES_OFFERED_KEY: True}
    dialog.waiting = EditedField(EditableField.VENUE)
    buttons = tuple(
        (Button("venue_offer", payload(ButtonAction.PICK, t=v), context={"venue": v}),)
        for v in venues[: drafts.MAX_CHOICE_BUTTONS]
    )
    return Reply("ask_venue_offered", {"title": title, "venues": venues}, buttons=buttons)


def ask_edit(dialog: Dialog, name: EditableField | None, role: str = "") -> list[Reply]:
    """The card's "edit" buttons: ask for the new value of one field (`role`, the
    person's, picks the hint when there is no draft to edit)."""
    if len(dialog.pending) != 1 or name is None:
        return [Reply("nothing_pending", {"role": role})]
    dialog.waiting = EditedField(name)
    draft = dialog.drafts()[0]
    context = {"field": name.value, "title": draft.title, "ages": draft.ages}
    return [Reply("ask_edit", {**context, "parents": draft.audience.parents})]


def span_asked_again(dialog: Dialog, now: datetime | None = None) -> Reply | None:
    """The date question of the doubt `span_cut` asked again (drafts.span_asked_again: its
    typed words and buttons) when that is the open question of the one pending draft; None
    otherwise. `now` (school wall clock): a day outside its school year names its year."""
    if dialog.asked_field() is not DraftField.DATE or len(dialog.pending) != 1:
        return None
    [draft] = dialog.drafts()
    if draft.span is None or "span_cut" not in draft.doubts:
        return None
    return drafts.span_asked_again(draft, now)


async def on_answer(
    ctx: Context[DraftStore], person: Person, dialog: Dialog, answer: DraftAnswer
) -> list[Reply]:
    """Fill the field the bot asked for (bot.core.language.answers read the text)."""
    editing = dialog.edited_field()
    dialog.audience_asked = answer.audience_asked
    filled = answer.filled
    if filled is None and editing:
        return [Reply("ask_edit_again", {"field": editing.value})]
    if filled is None:  # «В какой день? 3-я четверть — …» asked again names the period too
        spanned = span_asked_again(dialog, ctx.wall_now())
        if spanned is not None:
            return [spanned]  # «все дни», «только первый» and the buttons again
        period = dialog.drafts()[0].period if len(dialog.pending) == 1 else None
        return [Reply(f"ask_{dialog.asked_field()}_again", {"period": period})]
    if editing:
        dialog.settle()
    before = dialog.drafts()[0]
    set_single_draft(dialog, filled)
    asked = dialog.asked_field()
    replies = await continue_draft(ctx, person, dialog)
    same_question = asked is not None and dialog.asked_field() == asked
    if same_question and asked is not DraftField.AUDIENCE and filled.audience != before.audience:
        # classes given where a day or time was asked: kept, the question again (walk o #11)
        return [Reply("audience_kept", {"audience": filled.audience}), *replies]
    if asked is DraftField.AUDIENCE is dialog.asked_field() and filled.start != before.start:
        # a new day or time given where the classes were asked: kept, the question again
        assert filled.start is not None
        year = drafts.year_named(filled.start, ctx.wall_now())
        return [Reply("when_kept", {"start": filled.start, "year": year}), *replies]
    if asked is not None and filled.venue != before.venue and dialog.asked_field() == asked:
        # a place given where a day, time or classes were asked: kept, the question again
        return [Reply("place_kept", {"venue": filled.venue}), *replies]
    if answer.title_shortened:
        # the post pasted again at «Как назвать мероприятие?»: its name, and the card says so
        return [Reply("title_shortened", {"title": filled.title}), *replies]
    if _day_amended(before, filled) and asked == dialog.asked_field() == DraftField.TIME:
        # a day given at «Во сколько?»: the day is changed, the time asked again
        assert filled.start is not None
        year = drafts.year_named(filled.start, ctx.wall_now())
        return [Reply("day_kept", {"day": filled.start, "year": year}), *replies]
    return replies


async def last_venue(ctx: Context[DraftStore], person: Person) -> str | None:
    """The place of `person`'s last event (the highest id among the live events of the last
    LAST_VENUE_DAYS days and ahead that name a place and that `person` runs: a partner's
    organisation's, a teacher's or the curator's own — permissions.runs_event): what «Адрес
    тот же», «там же» in a new message mean (newcomer walk 2026-12-02t, #22). The curator
    and every teacher share the school's organisation, so a teacher's «там же» is never the
    curator's place (attack v, #11). None when there is none."""
    org_id = await ctx.organisation_of(person)
    since = ctx.clock.now() - timedelta(days=LAST_VENUE_DAYS)
    live = await ctx.store.events_between(since, None, organisation_id=org_id)
    placed = [e for e in live if e.venue and runs_event(person, e)]
    return max(placed, key=lambda e: e.id).venue if placed else None


LAST_VENUE_DAYS = 365


def _day_amended(before: EventDraft, after: EventDraft) -> bool:
    """True when an answer moved the draft to another day (`after.start` is set)."""
    if after.start is None:
        return False
    return before.start is None or before.start.date() != after.start.date()


# what a message typed at a draft's question may ask instead of answering it (walk o #11)
_REQUESTS = (
    Ask,
    CancelByText,
    ForgetMoments,
    ListMoments,
    RemindAtMoment,
    HandOver,
    MoveCommand,
    MineAtSchool,
    MineInPeriod,
    SignupByTitle,
    SignupMany,
    SignupQuestion,
    UnsignByTitle,
)
_NOT_REQUESTS = ANSWER_WORDS | {CommandKind.YES, CommandKind.NO, CommandKind.DISCARD}


def open_question(dialog: Dialog) -> tuple[DraftField, list[dict[str, object]]] | None:
    """The draft field the bot asks for and the pending drafts, before a message is handled;
    None when no draft's question is open."""
    asked = dialog.asked_field()
    if asked is None or len(dialog.pending) != 1:
        return None
    return asked, list(dialog.pending)


def draft_kept(
    dialog: Dialog, was: tuple[DraftField, list[dict[str, object]]] | None, intent: object
) -> list[Reply]:
    """The note that the draft asked about is kept (and what to write for it) after a request
    typed at its question was answered as a request — «отмени концерт», «что завтра?», «мои
    мероприятия» (newcomer walk 2026-12-02o, #11); nothing when no question was open, the
    message was no request, or the request changed the drafts."""
    if was is None or dialog.pending != was[1]:
        return []
    if isinstance(intent, Command):
        if intent.kind in _NOT_REQUESTS:
            return []
    elif not isinstance(intent, _REQUESTS):
        return []
    field, _ = was
    return [Reply("draft_kept", {"title": dialog.drafts()[0].title, "field": field.value})]


# a row adding a meeting to a saved series (features.series_additions, chat76): {"series": its
# series id, "organisation": its organisation id} — «да» stores the row in that series
# (features.plan_saving.new_events_of); kept by set_single_draft when the card is fixed
JOIN_SERIES_KEY = "join_series"


async def series_still_joined(
    ctx: Context[DraftStore], person: Person, dialog: Dialog
) -> Reply | None:
    """At «да» on a series' added meeting (the one pending row carries JOIN_SERIES_KEY):
    the series as it is now, not as the card found it (attack78). The meeting joins the
    organiser the series has now — given to a partner meanwhile, it is the partner's, not
    the old one's; None then, the row updated — when `person` may still add meetings to it
    (permissions.can_extend_series: given to a partner meanwhile, the teacher who entered
    it may not, perms79) and it has fewer than drafts.MAX_OCCURRENCES meetings ahead. When
    no meeting of the series is live any more (cancelled meanwhile), or none is one
    `person` may still add to, the row is dropped and the reply says so
    («series_add_gone»: title, cancelled, and the new organiser's name when the series was
    given to another meanwhile, else ""); so too when other cards have filled the series
    meanwhile («series_add_full», attack79: the limit was checked when the card opened
    only, so every open card added one more). None too for any other pending rows."""
    joined = dialog.pending[0].get(JOIN_SERIES_KEY) if len(dialog.pending) == 1 else None
    if not isinstance(joined, dict):
        return None
    await ctx.store.series_turn(int(joined["series"]))  # two «да» at once count in turn
    series = await ctx.store.events_of_series(int(joined["series"]))
    live = [e for e in series if e.status is not EventStatus.CANCELLED]
    ahead = sum(e.start > ctx.clock.now() for e in live)
    may_add = any(can_extend_series(person, e) for e in live)
    if may_add and ahead < drafts.MAX_OCCURRENCES:
        joined["organisation"] = live[-1].organisation_id
        return None
    title = dialog.drafts()[0].title
    dialog.clear_pending()
    if may_add:  # filled by another card meanwhile (attack79)
        return Reply(
            "series_add_full", {"event": event_view(live[-1], await ctx.orgs())} | {"ahead": ahead}
        )
    given = live and live[-1].organisation_id != joined.get("organisation")
    organiser = (await ctx.orgs()).get(live[-1].organisation_id) if given else None
    context = {"title": title, "cancelled": not live, "organiser": getattr(organiser, "name", "")}
    return Reply("series_add_gone", context)


def set_single_draft(dialog: Dialog, draft: EventDraft) -> None:
    """`draft` becomes the one pending draft (an answer filled it, a day was taken back);
    an event for several schools stays one (its schools are kept), a series' added meeting
    stays the series' (review77)."""
    schools = dialog.pending[0].get(school_cards.SCHOOLS_KEY) if dialog.pending else None
    organiser = dialog.pending[0].get(organisers.ORGANISER_KEY) if dialog.pending else None
    joined = dialog.pending[0].get(JOIN_SERIES_KEY) if dialog.pending else None
    offered = [
        k
        for k in (TITLE_OFFERED_KEY, VENUES_OFFERED_KEY)
        if dialog.pending and dialog.pending[0].get(k)
    ]
    dialog.pending = [draft_json.draft_to_json(draft)]
    if schools:
        dialog.pending[0][school_cards.SCHOOLS_KEY] = schools
    for key in offered:  # «Как назвать?», «Где пройдёт?» are not asked again of the same event
        dialog.pending[0][key] = True
    if organiser is not None:  # the post's organiser, or «организатор — школа» (organiser76)
        dialog.pending[0][organisers.ORGANISER_KEY] = organiser
    if joined is not None:  # a series' added meeting, its day or time fixed (review77)
        dialog.pending[0][JOIN_SERIES_KEY] = joined


async def on_edit_request(
    ctx: Context[DraftStore], person: Person, dialog: Dialog, request: EditRequest
) -> list[Reply]:
    """Route handler for a card's "edit" button."""
    return ask_edit(dialog, request.field, person.role.value)


def own_class_default(person: Person, draft: EventDraft, asked: bool) -> EventDraft | None:
    """A class teacher's draft naming no audience, for their own class (what a class
    teacher writing «Классный час 16 декабря в 14:00» means); None when nothing changes:
    not a staff member with a class («я классный руководитель 7А»), an audience already
    named (the staff's own «для учителей» included), the whole school named in words
    («Линейка для всей школы», «Общешкольная линейка», «все классы»: newcomer walk
    2026-12-01e, finding 6), or the audience already asked."""
    if person.role is not Role.STAFF or not person.class_name or asked:
        return None
    if not draft.audience.is_everyone or names_whole_school(draft.description or ""):
        return None
    own = Audience(classes=frozenset({person.class_name}), parents=draft.audience.parents)
    return replace(draft, audience=own)


def _guest(person: Person, draft: EventDraft) -> str | None:
    """The outside organisation a staff member's text names as the school's guest
    (organiser_named.named_guest: «к нам придут сотрудники МЧС», «Урок мужества … Проводит
    МЧС»), for the card's line «Гость: МЧС — мероприятие школы»; None for anyone else."""
    if not organisers.names_organisers(person):
        return None
    return named_guest(draft.description or "")


def _own_class_note(person: Person, draft: EventDraft) -> str | None:
    """The class teacher's own class when the card's audience is it and the message named
    no classes (the audience was defaulted), for the card's «ваш класс» line."""
    own = person.class_name
    if person.role is not Role.STAFF or not own:
        return None
    if replace(draft.audience, parents=False) != Audience(classes=frozenset({own})):
        return None
    written = draft.description or ""
    return own if parse_audience(written).is_everyone else None


def _opening_hours(draft: EventDraft) -> str | None:
    """The opening hours an all-day run's message tells, as written («Выставка работает
    ежедневно с 10:00 до 18:00»), for the card's line saying they are the run's hours, not
    daily sessions (parse74); None for any other draft."""
    if not draft.all_day or draft.end is None or draft.start is None:
        return None
    if draft.end.date() <= draft.start.date():
        return None
    return opening_hours_phrase(draft.description or "", any_range=is_visited_kind(draft.title))


async def card(
    ctx: Context[DraftStore],
    person: Person,
    draft: EventDraft,
    raw: Mapping[str, Any] | None = None,
) -> Reply:
    """The draft's card: the event as it would be stored, its clashes with the plan, free
    slots when it clashes, and save / discard / edit buttons. `raw`, the pending row (draft
    JSON), tells the organiser a staff member's post names (bot.core.features.organisers):
    the card is that organisation's and says so."""
    org_id = await organisers.organisation_for(ctx, person, raw or {}, create=False)
    events = drafts.to_new_events(
        draft, organisation_id=org_id, tz=ctx.config.tz, created_by=person.id
    )
    clashes = await clashes_of(ctx, events)
    copy = await readding.cancelled_copy(ctx, person, events)
    resent = None if copy is not None else resending.original(ctx, person, events, clashes)
    session = None  # a re-send with another time: a correction, or a second session
    replaced = None  # «… Концерт «Щелкунчик» отменён, будет …»: «да» replaces it (attack w #4)
    if copy is None and resent is None:
        replaced = resent = await resending.replaced(ctx, person, events, draft.description or "")
    if copy is None and resent is None:
        session = resent = await resending.corrected(ctx, person, events)
    warnings = await check_calendar(ctx.store, events, ctx.config.tz)
    # «в каникулы» on purpose: the vacation is no problem, free times are inside it (walk t #18)
    in_vacation = asked_in_vacation(draft)
    problems = [w for w in warnings if not (in_vacation and w.kind is CalendarWarningKind.VACATION)]
    others = resending.without_original(clashes, resent)  # no free time to avoid itself
    wanted = others or _meets_first(problems, events[0], ctx.config.tz)
    slots = await propose_slots(ctx.store, events[0], in_vacation=in_vacation) if wanted else []
    restores = await readding.card_note(ctx, copy, person) if copy is not None else None
    orgs = await ctx.orgs()
    resends = None
    if resent is not None:
        resends = resending.card_note(
            resent, events[0], orgs, session is not None, replaced is not None
        )
    return Reply(
        "event_card",
        {
            "event": event_view(events[0], orgs),
            "occurrences": len(events),
            "recurrence": draft.recurrence,
            "repeat_last": drafts.repeat_last(draft, events, ctx.config.tz),
            "clashes": [clash_view(c, orgs) for c in others],  # never the one it updates
            "slots": [slot_view(s, events[0].all_day) for s in slots],
            "calendar": [warning_view(w) for w in warnings],
            "night": night_view(events, ctx.config.tz),
            "days_off": days_off_of(events, problems, ctx.config.tz),
            "in_vacation": in_vacation,
            "days_stated": (stated := _days_missing(draft, len(events))),
            "days_span": timedelta(days=(stated or 1) - 1),  # its example «29–30 декабря»
            **drafts.card_context(draft, ctx.wall_now()),
            "skipped_time": _skipped(draft, ctx.config.tz),
            "own_class": _own_class_note(person, draft),
            # «…, сбор у школы в 10:30»: where and when they gather, beside the venue (chat54)
            "gathering": gathering(draft.description or ""),
            "opening_hours": _opening_hours(draft),
            "restores": restores,
            "resends": resends,
            "organiser_note": (note := await organisers.organiser_note(ctx, person, raw)),
            "guest": _guest(person, draft) if note is None else None,  # owner77
            # one more meeting or a series' extension: its length is the series' own, so
            # its unstated end is told as the series' (chat78's leftover, chat80)
            "joins_series": bool((raw or {}).get(JOIN_SERIES_KEY)),
        },
        buttons=(
            update_row() if resends is not None else confirm_row(),
            tuple(
                Button(
                    "edit", payload(ButtonAction.EDIT, f=name.value), context={"field": name.value}
                )
                for name in EditableField
            ),
        ),
    )


def update_row() -> tuple[Button, ...]:
    """A resent event's card: «Обновить прежнее» (what «да» does), «Добавить ещё одно» (the
    only way to a second copy, the same words for a copy at the same time, another hour or
    another day: newcomer walk 2026-12-01i, #9) and «Не сохранять»."""
    return (
        Button("update_saved", payload(ButtonAction.SAVE), "positive"),
        Button("save_copy", payload(ButtonAction.SAVE_COPY)),
        Button("discard", payload(ButtonAction.DISCARD), "negative"),
    )


async def clashes_of(ctx: Context[DraftStore], events: Sequence[NewEvent | Event]) -> list[Clash]:
    """Clashes of new events (a recurring draft's occurrences) with the stored plan, each
    clashing event once, in time order."""
    seen: dict[int, Clash] = {}
    for event in events:
        for clash in await check_clashes(ctx.store, event):
            seen.setdefault(clash.other.id, clash)
    return sorted(seen.values(), key=lambda c: (c.other.start, c.other.id))


ROUTES: Routes = {DraftAnswer: on_answer, EditRequest: on_edit_request}


def _days_missing(draft: EventDraft, occurrences: int) -> int | None:
    """The days the message says the event lasts («2 дня по 3 часа») when the card has fewer
    meetings than that, so the card says so instead of losing the others without a word
    (newcomer walk 2026-12-02t, #17); None otherwise. An all-day card spanning that many
    days («29–30 марта») has them all (newcomer walk 2026-12-03aa, Z6)."""
    days = stated_days(draft.description or "")
    return days if days > max(occurrences, len(draft.sessions), _all_day_span(draft)) else None


def _all_day_span(draft: EventDraft) -> int:
    """The days an all-day draft covers, its end inclusive (EventDraft); 0 when timed."""
    if not draft.all_day or draft.start is None:
        return 0
    last = draft.end if draft.end is not None else draft.start
    return (last.date() - draft.start.date()).days + 1


def _meets_first(warnings: Sequence[CalendarWarning], first: NewEvent, tz: ZoneInfo) -> bool:
    """True when a calendar warning concerns the day of `first` (the event the free times
    are proposed for); a series of which only a later occurrence meets a holiday gets no
    free times for its first day, which has no conflict (newcomer walk 2026-11-30, C8)."""
    day = first.start.astimezone(tz).date()
    return any(w.first <= day <= w.last for w in warnings)


def _skipped(draft: EventDraft, tz: ZoneInfo) -> datetime | None:
    """The draft's start if the DST change skips it (it is stored moved forward), else None."""
    if draft.start is None or draft.all_day or not does_not_exist(draft.start, tz):
        return None
    return draft.start
