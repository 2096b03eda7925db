"""The open draft's answers and corrections: the value of the field it asks or edits (a remark
after it dropped, a day or time typed at the classes' question), «нет, 26 декабря» on its card
(a shift «на час позже», «поменяй на …»), «да» to what a question showed; a correction with no
draft open (CorrectSaved); a cancellation typed while a draft is open that is another event's.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.dialog import Confirmation, Dialog, DraftField, EditableField
from bot.core.language.answers import (
    Asked,
    another_event,
    dated_title_instead,
    end_confirmed,
    fill,
    is_message,
    place_instead,
    year_confirmed,
)
from bot.core.language.cancel_phrases import reference_lemmas
from bot.core.language.card_verbs import sets_value
from bot.core.language.commands import CommandKind, MoveCommand, parse_command
from bot.core.language.draft_corrections import (
    Correction,
    bare_number,
    card_move_when,
    correct,
    correction,
    number_readings,
    sets_audience,
    wishes_another_event,
)
from bot.core.language.field_corrections import field_value
from bot.core.language.intents import parse_message
from bot.core.language.meaning import (
    Ask,
    CardUnchanged,
    CorrectionReadings,
    CorrectSaved,
    DraftAnswer,
    Intent,
)
from bot.core.language.morphology import parses
from bot.core.language.move_phrases import relative_shift
from bot.core.language.period_parts import PERIOD_PART
from bot.core.language.series_answers import repeated
from bot.core.language.series_skips import without_days
from bot.core.language.span_answers import in_span_words
from bot.core.language.tokens import normalize
from bot.core.language.understanding.new_messages import new_message
from bot.core.language.when import day_and_time

SHORT_ANSWER_WORDS = 4  # a longer text that does not answer the question is a new message


# an answer to «Для каких классов?» or «Во сколько?» is a phrase; a text longer than this is
# a post of its own, never taken as the answer (a 4,900-character post gave the open draft
# its classes and was lost itself: newcomer walk 2026-12-01k, #9)
MAX_ANSWER_CHARS = 500


def news_of_another(text: str, reference: str, dialog: Dialog) -> bool:
    """«Лекция о ракетах 10 декабря не состоится» while a draft is pending: news about a
    stored event (its title shares no word with a pending draft's), never a new draft named
    «Лекция о ракетах не» (newcomer walk 2026-12-01b, finding 17). «отмени …» and news about
    the draft itself («экскурсия не состоится» while drafting «Экскурсия») stay as before."""
    if normalize(text).lstrip().startswith(("отмени", "пожалуйста")):
        return False
    wanted = reference_lemmas(reference)
    drafted = set().union(*(reference_lemmas(d.title) for d in dialog.drafts()))
    return bool(wanted) and not wanted & drafted


# words of «отмени …» that point at the draft being written, not at a saved event
_DRAFT_POINTERS = frozenset(
    {"всё", "весь", "он", "она", "оно", "они", "черновик", "добавление", "запись", "новый"}
)


def cancel_at_question(reference: str, dialog: Dialog) -> bool:
    """«отмени концерт» while the bot asks «Во сколько …?» or «Для каких классов …?» about a
    draft whose title shares no word with «концерт»: the cancellation of a saved event, never
    an answer («Не понял время»: newcomer walk 2026-12-02o, #11); the draft stays open.
    «отмени всё», «отмени его», «отмени экскурсию» while drafting «Экскурсия» stay as before."""
    if dialog.asked_field() is None:
        return False
    wanted = reference_lemmas(reference)
    drafted = set().union(*(reference_lemmas(d.title) for d in dialog.drafts()))
    return bool(wanted) and not wanted & (drafted | _DRAFT_POINTERS)


# an imperative and what follows it: «поменяй на 17 декабря», «поставь в 16:30»
_VERB_THEN_WHEN = re.compile(r"^\s*([а-яё]+)\s+((?:на|в|во|к)\s+\S.*)$", re.IGNORECASE)


def asks_not_sets(text: str, now: datetime) -> bool:
    """Whether `text` is an imperative (pymorphy3's likeliest reading) that is no verb of
    setting a value (bot.core.language.card_verbs) followed by nothing but a day or a time:
    «скинь на завтра», «подскажи в пятницу», «распечатай на завтра» ask or show; «перенеси
    …», «поставь …», «давай …» set; «переименуй в …» names no day (read as before)."""
    found = _VERB_THEN_WHEN.match(text.strip(" .!"))
    read = parses(found.group(1).lower()) if found is not None else []
    if found is None or not read or read[0].tag.POS != "VERB" or "impr" not in read[0].tag:
        return False
    if sets_value(read[0].normal_form):
        return False
    return card_move_when(re.sub(r"^на\s+", "", found.group(2)), now) is not None


def verb_on_card(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None
) -> DraftAnswer | CorrectionReadings | CardUnchanged | Ask | None:
    """«поменяй на 17 декабря», «поставь в 16:30» under one draft's card: an imperative
    (pymorphy3: a verb in the imperative mood) followed by nothing but a day or a time is
    that card's new day or time, as «перенеси на четверг» is (chat60: a second draft
    «Поменяй»). With no draft open it names no event to change: CardUnchanged, answered
    «нет открытой карточки» and how to move a saved event (review60 #10: a draft titled
    «Поменяй»). A question the whole message reads as («покажи на завтра», «покажите в
    субботу»: the plan of a day) is not one, nor is a verb outside the class of setting
    verbs (bot.core.language.card_verbs: «скинь на завтра», «глянь на завтра»; chat66):
    that asks the plan of its day or time (Ask, the card kept open). None otherwise."""
    card = len(dialog.pending) == 1 and isinstance(dialog.waiting, Confirmation)
    if not card and dialog.pending:
        return None
    found = _VERB_THEN_WHEN.match(text.strip(" .!"))
    if found is None:
        return None
    read = parses(found.group(1).lower())
    if not read or read[0].tag.POS != "VERB" or "impr" not in read[0].tag:
        return None
    if asks_not_sets(text, now):  # «скинь на завтра», «глянь на завтра»: asked, not set (chat66)
        asked = new_message(f"что {found.group(2)}", now, zone)
        return asked if isinstance(asked, Ask) else None
    when = card_move_when(re.sub(r"^на\s+", "", found.group(2)), now)
    if when is None or isinstance(new_message(text, now, zone), Ask):
        return None  # «покажи на завтра»: the plan asked for a day (review64b)
    return draft_correction(when, dialog, now, zone) if card else CardUnchanged(correction=True)


# words that confirm what a question showed, beyond the «да» of CommandKind.YES: «так и
# есть», «правильно», «всё так» (review 2026-12-03 z3, #4)
SO_IT_IS = re.compile(
    r"^\s*(?:да[,\s]+)?(?:так\s+и\s+есть|правильно|вс[её]\s+так)\s*[.!]*\s*$", re.I
)


def found_confirmed(dialog: Dialog) -> DraftAnswer | None:
    """«да» to a question that showed what was found: "имеется в виду 20 ноября 2027 года?"
    while that date is asked about (answers.year_confirmed), or the time question of an end
    read elsewhere in a long post, which shows the start and end found (answers.end_confirmed)."""
    if len(dialog.pending) != 1:
        return None
    asked = dialog.asked_field()
    draft = dialog.drafts()[0]
    if asked is DraftField.DATE:
        confirmed = year_confirmed(draft)
    elif asked is DraftField.TIME:
        confirmed = end_confirmed(draft)
    else:
        return None
    return None if confirmed is None else DraftAnswer(confirmed, dialog.audience_asked)


def draft_correction(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None = None
) -> DraftAnswer | CorrectionReadings | None:
    """«нет, пусть будет 10 декабря» while one draft is asked about or shown on its card:
    that draft at the day or time named (bot.core.language.draft_corrections)."""
    asked = dialog.asked_field()
    if len(dialog.pending) != 1 or not (asked or isinstance(dialog.waiting, Confirmation)):
        return None
    if not asked and asks_not_sets(text, now):
        return None  # «скинь на завтра», «глянь на завтра» under the card (chat66)
    draft = dialog.drafts()[0]
    if not asked and (skipped := without_days(text, draft, zone)) is not None:
        return DraftAnswer(skipped, dialog.audience_asked)  # «без 6 января» on a series' card
    if not asked and (series := repeated(text, draft, now)) is not None:
        return DraftAnswer(series, dialog.audience_asked)  # «каждый день до 17 декабря»
    found = correction(text)
    if found is not None:  # «не 10, а 11»: the day, the hour or the classes?
        readings = number_readings(
            found.value, found.was, draft.start, draft.audience, applied=True
        )
        if len(readings) > 1:
            return CorrectionReadings(found.value, readings)
        if len(readings) == 1 and readings[0].kind == "audience":
            text = readings[0].text  # the only reading: «классы: 11 классы»
    corrected = correct(draft, asked, text, now, zone)
    if corrected is None:
        return None
    return DraftAnswer(corrected, dialog.audience_asked or sets_audience(text))


def card_move(
    command: MoveCommand, dialog: Dialog, now: datetime, zone: ZoneInfo | None = None
) -> DraftAnswer | CorrectionReadings | None:
    """«перенесите на четверг», «перенеси на 17 декабря в 12:00» naming no event (no title,
    no list number) while one draft's card is open: that draft at the new day or time, as
    a bare «в четверг» on the card would be (the card is the event in view; newcomer walk
    2026-12-02t, #14: it was refused as a move of no saved event). None otherwise."""
    if command.reference or command.number is not None or command.event_id is not None:
        return None
    if len(dialog.pending) != 1 or not isinstance(dialog.waiting, Confirmation):
        return None
    if not command.when.strip():
        return None
    when = shifted_card(command.when, dialog) or command.when
    return draft_correction(when, dialog, now, zone)


# what may stand before a bare shift under a card: «давайте на час пораньше», «а можно на
# полчаса позже?», «нет, лучше на день позже»
_BEFORE_SHIFT = re.compile(
    r"^(?:(?:а|ну|нет|давай(?:те)?|можно|лучше|пусть\s+будет|хотя\s+нет)[\s,—–-]+)*", re.I
)


def shifted_card(text: str, dialog: Dialog) -> str | None:
    """«на час позже», «на полчаса раньше», «день позже», «на неделю позже» (a shift,
    move_phrases.relative_shift) under one draft's card: the card's day and hours moved by
    it, written out as a correction reads them («15.12.2026 с 16:00 до 17:30»; a card over
    several days by its start alone, «15.12.2026 в 10:00», which the move keeps the length
    of — review64b: its end written as a bare clock made it one day); None when
    `text` is no shift, or no single card with a start is open."""
    if len(dialog.pending) != 1 or not isinstance(dialog.waiting, Confirmation):
        return None
    shift = relative_shift(_BEFORE_SHIFT.sub("", text.strip(" ?!.")))
    draft = dialog.drafts()[0]
    if shift is None or draft.start is None or draft.recurrence is not None:
        return None
    start = draft.start + shift
    if draft.all_day or not draft.time_known:
        whole = shift % timedelta(days=1) == timedelta(0)
        return f"{start:%d.%m.%Y}" if whole else None
    if draft.end is None or draft.end.date() != draft.start.date():
        return f"{start:%d.%m.%Y} в {start:%H:%M}"  # over days: the move keeps its length
    return f"{start:%d.%m.%Y} с {start:%H:%M} до {draft.end + shift:%H:%M}"


def another_event_wished(text: str, dialog: Dialog) -> bool:
    """Whether `text` under one draft's card is a wish («давай концерт 12 декабря в 18:00»,
    «давайте проведём концерт 12 декабря») naming an event kind the card's title does not
    hold: a new event, asked «добавь / замени / оставь оба?» (review60 #2), never a
    correction of the card or of a saved event."""
    if len(dialog.pending) != 1 or not isinstance(dialog.waiting, Confirmation):
        return False
    return wishes_another_event(correction(text), dialog.drafts()[0].title)


def saved_correction(text: str, now: datetime) -> CorrectSaved | None:
    """«нет, 26 декабря», «ошибся, концерт не 25, а 26 декабря», «нет, не 5-го, а 12-го»,
    «время 15:30» that corrected no open draft: a correction of a saved event (never a new
    event titled «Нет» or «Время»); None when the text does not open like a correction or
    names more than a day or a time. «не 5, а 12» is kept with the replaced "5": whether 12
    is a day or an hour is told once the event is known. The event's words may open it
    without «ошибся»: «экскурсия будет не 10, а 11 декабря» (walk 2026-12-01k, #6)."""
    found = correction(text)
    if found is None:  # «экскурсия будет не 10, а 11 декабря»: only a day or time replaced
        found = correction(text, named=True)
        if found is not None and not _names_when(found.was, now):
            found = None  # «Концерт не в зале, а в спортзале 12 декабря»: a message
    labelled = field_value(text) if found is None else None
    if labelled is not None and labelled.field is EditableField.WHEN:
        found = Correction("", labelled.value)
    if found is None:
        return None
    value = found.value
    if is_message(value, parse_message(value, now)):
        return None
    named = day_and_time(value, now)
    if (named is None or (named.day is None and named.start is None)) and not (
        found.was and bare_number(value)
    ):
        return None
    return CorrectSaved(value, found.reference, found.was)


def _names_when(value: str, now: datetime) -> bool:
    """Whether `value` (the replaced part of «не X, а Y») is a bare number, a day or a time."""
    if bare_number(value):
        return True
    named = day_and_time(value, now)
    return named is not None and (named.day is not None or named.start is not None)


def period_part_alone(text: str) -> bool:
    """Whether `text` is only a part of a period (bot.core.language.period_parts: «в первой
    половине декабря», «в начале января», «в конце недели»), without «?»."""
    line = normalize(text).strip(" .!")
    return "?" not in text and PERIOD_PART.fullmatch(line) is not None


def is_correction(text: str, now: datetime) -> bool:
    """Whether `text` reads as a correction of something already written — a correcting
    frame («ошибся», «нет, не 5-го, а 12-го», «5-го нельзя, давайте 12-го») before a value
    that is no event of its own, a field's name with its value («время 15:30») or an online
    statement («это онлайн»); or a part of a period alone, typed with no question («в первой
    половине декабря», «в середине месяца», «в конце недели»: a vague day the card cannot
    take, never a question about the saved plan; chat66, review64b)."""
    if field_value(text) is not None or period_part_alone(text):
        return True
    found = correction(text)
    return found is not None and not is_message(found.value, parse_message(found.value, now))


def edit_answer(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None = None
) -> Intent | None:
    """The new value for the field being edited («нет» is a value for the venue); «нет»,
    «отмена» or «помощь» otherwise keep their usual meaning."""
    command = parse_command(text)
    if (
        dialog.edited_field() is not EditableField.VENUE
        and command is not None
        and command.kind in (CommandKind.NO, CommandKind.HELP)
    ):
        return None
    return draft_answer(text, dialog, now, zone)


def draft_answer(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None = None
) -> DraftAnswer | None:
    """Fill the field the bot asked for; None when the text is not an answer to it (a new
    message, or a text longer than MAX_ANSWER_CHARS while a field is asked, not edited)."""
    editing = dialog.edited_field()
    if editing is None and len(text) > MAX_ANSWER_CHARS:
        return None  # a long post is a message of its own, never a short answer
    intent = parse_message(text, now)
    if editing is None and (lead := _answer_before_remark(text, dialog, now, zone)) is not None:
        return lead  # «в 11, там же написано» at «Во сколько …?» (walk 2026-12-03aa, Z3)
    # «только первый день в 15:00» at «…указаны дни с 15 по 17 декабря…»: the span's answer
    spanned = dialog.asked_field() is DraftField.DATE and in_span_words(dialog.drafts()[0], text)
    asked = Asked(dialog.asked_field(), editing, dialog.audience_asked)
    if (dated := dated_title_instead(dialog.drafts()[0], asked, intent)) is not None:
        return DraftAnswer(dated, asked.audience_asked)  # «лекция о роботах 9 декабря» (AJ7)
    if editing is not EditableField.TITLE and not spanned and is_message(text, intent):
        return None  # a new event or a question, not an answer
    if (
        not spanned
        and dialog.asked_field() is DraftField.DATE
        and another_event(intent, dialog.drafts()[0])
    ):
        return None  # «Квиз 10 декабря в 15:00» at «На какой день …?»: a new event
    asked = Asked(dialog.asked_field(), editing, dialog.audience_asked)
    filled = fill(dialog.drafts()[0], asked, text, now, zone)
    if filled is None and editing is None and asked.field is DraftField.AUDIENCE:
        timed = _timed_instead(text, dialog, now, zone)
        if timed is not None:
            return timed
    if filled is None and editing is None and len(text.split()) > SHORT_ANSWER_WORDS:
        return None
    return DraftAnswer(filled, asked.audience_asked, asked.title_shortened)


_BARE_NUMBERS = re.compile(r"^\s*(?:(?:в|с|к)\s+)?\d{1,2}(?:\s*[-–—]\s*\d{1,2})?\s*[.!]?\s*$")


def _timed_instead(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None
) -> DraftAnswer | None:
    """A new day or time typed at «Для каких классов?» instead of the classes («лучше в
    16:00», «нет, в 16:00», «время 16:00», «в 16:00»): the draft at that day or time, its
    classes still to ask (chat60: «Не понял, для кого» and the time was lost, the card
    after the classes showed the old one). None when the text changes no day or time, or is
    bare numbers («9-15», «12»: grades out of range, no time said)."""
    if _BARE_NUMBERS.match(text):
        return None
    draft = dialog.drafts()[0]
    corrected = correct(draft, None, text, now, zone)
    if corrected is None or corrected.start == draft.start or corrected.start is None:
        return None
    if corrected.audience != draft.audience or corrected.title != draft.title:
        return None  # only the day or time: anything more is no answer of this kind
    return DraftAnswer(corrected, dialog.audience_asked)


# «в 11, там же написано», «в 11:00 — как в анонсе»: the answer, then a remark after a comma,
# a semicolon, «!» or a dash; the remark has no digit (a second day or time is a message)
_ANSWER_THEN_REMARK = re.compile(r"^([^,;!—–]+?)\s*(?:[,;!]+|\s[—–-])\s*([^\d]+)$")


_REMARKED_FIELDS = (DraftField.DATE, DraftField.TIME)


def _answer_before_remark(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None
) -> DraftAnswer | None:
    """The answer to «На какой день …?» or «Во сколько …?» written first and followed by a
    remark without digits or time words («в 11, там же написано», «7 февраля, как в
    письме»; «…, весь день» is no remark): the first
    part fills the field; the remark is dropped unless it names a place («в 15, в актовом
    зале»). None when the text is not so made or its first part alone does not answer.
    Without this the remark made the text a new event («Там же написано») and the hurried
    partner was asked to add it to a plan (newcomer walk 2026-12-03aa, Z3)."""
    split = _ANSWER_THEN_REMARK.match(text.strip())
    if split is None or dialog.asked_field() not in _REMARKED_FIELDS:
        return None
    if day_and_time(split[2], now, zone) is not None:
        # «с 15.12.2026 по 17.12.2026, весь день» (span_cut's «Все дни»): the part after the
        # comma says when, so it is part of the answer (attack 2026-12-03ac, #1)
        return None
    lead = split[1]
    if len(lead.split()) > SHORT_ANSWER_WORDS or is_message(lead, parse_message(lead, now)):
        return None
    asked = Asked(dialog.asked_field(), None, dialog.audience_asked)
    filled = fill(dialog.drafts()[0], asked, lead, now, zone)
    if filled is None:
        return None
    placed = place_instead(filled, split[2])  # «в 15, в актовом зале»: the place is kept
    return DraftAnswer(placed or filled, asked.audience_asked)
