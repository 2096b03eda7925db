"""The after-event poll as a conversation that keeps its place.

The poll asks a rating (1–5, bot.core.feedback), then the recommendation (0–10), then a
comment. The open question is the dialog's `PollStep` (recommendation or comment) until
the poll of an event that ended later arrives; or — for a student, with no step and
nothing else open — the rating question of the latest poll they have not answered, for two
days after its event ended, the day of its nudge included (`RATING_OPEN`; a newer poll
supersedes it, being the latest).

While a question is open:
- a score in words or forms («оценка четыре», «8 из 10», «ноль») answers it; one out of
  range is asked again (bot.core.language.poll_answers);
- «пропустить», «не знаю», «не хочу отвечать» skip it and the next question follows;
- «отмена», «стоп», «хватит» end the poll; the answers given so far stay stored;
- a message nothing else understands gets the same question again, with its buttons
  (`ask_again`), instead of «не понял»; anything understood is answered as usual and the
  question stays open.

A message that is only a number where the comment is asked («4», «4», «9» — a rating sent
twice) is the 0–10 score put right, not a comment; a comment written within an hour after the
poll's thanks is added to it (`late_comment`).

A correction («ой я поставил 4 а хотел 3», «исправь оценку на 3») while the poll is open
or after it (within the 7-day answer window) replaces the score given last (`Dialog.poll`
remembers which): the store keeps one answer per person and event, so it overwrites.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.core import feedback
from bot.core.dialog import Dialog, Nothing, PollQuestion, PollStep
from bot.core.features.context import Context
from bot.core.features.signups import next_poll, on_poll_answer, rate, remember_poll
from bot.core.language.buttons import ButtonAction, payload
from bot.core.language.commands import CommandKind, parse_command
from bot.core.language.list_numbers import list_numbers
from bot.core.language.meaning import AddEvents, Intent, PollAnswer, PollAnswerKind
from bot.core.language.poll_answers import (
    Correction,
    is_absent,
    is_comment,
    is_reaction,
    is_skip,
    is_stop,
    judged_score,
    lone_score,
    score_correction,
    typed_number,
)
from bot.core.language.understand import is_request
from bot.core.models import Event, EventStatus, Person, Role
from bot.core.permissions import can_add_events
from bot.core.ports import Store
from bot.core.reminders import ANSWER_WINDOW, answer_open
from bot.core.replies import Button, Reply

# a delivered poll's rating question stays open this long: through the day of its nudge (the
# next day at 10:00, bot.core.reminders.poll_nudge_time), so that an answer to the nudge the
# bot cannot read is asked again (walk 2026-12-02r, #14: «ну норм было» at 19:31 got «не понял»)
RATING_OPEN = timedelta(days=2)
RATING = "rating"
SCALES = {RATING: (1, 5), PollQuestion.RECOMMEND.value: (0, 10)}


@dataclass(frozen=True, slots=True)
class OpenQuestion:
    """The poll question waiting for `person`'s answer: `question` is "rating",
    "recommend" or "comment" about `event`."""

    event: Event
    question: str


async def answer(
    ctx: Context[Store], person: Person, dialog: Dialog, text: str
) -> list[Reply] | None:
    """The replies to `text` as an answer to the open poll question or a corrected score;
    None when it is neither (then it is understood as usual). Reads the store only when
    the text looks like a poll answer or a poll step is open."""
    offered = (dialog.poll or {}).get(OFFER)
    if offered is not None and dialog.poll is not None:  # an offer holds for one message only
        dialog.poll = {k: v for k, v in dialog.poll.items() if k != OFFER}  # a new dict: saved
    if offered is not None and _says_yes(text):
        return await rate(ctx, person, dialog, _offered_rating(dialog, offered))
    correction = score_correction(text)
    if correction is not None and dialog.poll and not dialog.pending:
        return await _correct(ctx, person, dialog, correction)
    stop, skip, no = is_stop(text), is_skip(text), _says_no_to_poll(dialog, text)
    looks_like = stop or skip or no or is_absent(text) or typed_number(text, marks=True) is not None
    if not looks_like and not isinstance(dialog.waiting, PollStep):
        return None
    asked = await open_question(ctx, person, dialog)
    if asked is None:
        scored = not (stop or skip or no)  # a score or «меня не было», not «отмена», «нет»
        return await _after_poll(ctx, person, dialog, text) if scored and looks_like else None
    if stop or (no and asked.question != PollQuestion.COMMENT.value):
        return _stop(dialog, asked, ctx.clock.now())  # «нет» to a score: attack x, #6
    if skip:
        return await _skip(ctx, person, dialog, asked)
    if is_absent(text):  # at any step, the first step's «Меня не было»: the scores given are
        # withdrawn, never a comment quoted among the students' (newcomer walk 2026-12-03ad, AD2)
        kind = PollAnswerKind.ABSENT
        return await on_poll_answer(ctx, person, dialog, PollAnswer(kind, asked.event.id))
    if asked.question == PollQuestion.COMMENT.value:
        number = typed_number(text)
        if number is not None:  # «9» after «4», «4»: the 0–10 score put right, not a comment
            return await _number_for_comment(ctx, person, dialog, asked.event, number)
        kind = PollAnswerKind.COMMENT
        return await on_poll_answer(ctx, person, dialog, PollAnswer(kind, asked.event.id, text))
    return await _score(ctx, person, dialog, asked, text)


OFFER = "offer"  # Dialog.poll key: the rating offered in place of «меня не было» (1–5)
AFTER_POLL_LOOK_BACK = timedelta(days=30)  # how far back a late answer finds its event


def _says_no_to_poll(dialog: Dialog, text: str) -> bool:
    """«нет» with nothing else waiting for it (no card, no other question): to an open
    poll's score question it ends the poll, as «хватит» does (attack x, 2026-12-03, #6: it
    was «Сейчас нечего подтверждать»). At the comment step «нет» stays «no comment»."""
    if dialog.pending or dialog.asked_on_list() is not None:
        return False  # «нет» to a card or to a list's «which?» is theirs
    if not isinstance(dialog.waiting, Nothing | PollStep):
        return False
    command = parse_command(text)
    return command is not None and command.kind is CommandKind.NO


def _says_yes(text: str) -> bool:
    command = parse_command(text)
    return command is not None and command.kind is CommandKind.YES


def _offered_rating(dialog: Dialog, value: object) -> PollAnswer:
    event_id = (dialog.poll or {}).get("event")
    return PollAnswer(PollAnswerKind.RATE, int(str(event_id)), value)


async def _after_poll(
    ctx: Context[Store], person: Person, dialog: Dialog, text: str
) -> list[Reply] | None:
    """A score or «меня не было» typed by a student when no poll question is open (walk
    2026-12-02r, #17), about their latest event ended within AFTER_POLL_LOOK_BACK:
    - past the 7-day answer window: «Опрос о «…» уже закрыт» (poll_closed), nothing stored;
    - answered before: «Вы уже ответили …» with what this chat remembers of the answer
      (Dialog.poll: the scores, the comment, «не был»; the store keeps answers anonymous),
      and how to change it; a rating (1–5) after «меня не было» asks instead whether to put
      it in place of «не был» (poll_absent_score, with the rating's own button; «да» typed as
      the next message presses it, anything else leaves «не был» stored);
    None when there is no such event, a poll of theirs is still to be answered (the typed
    answer then goes to it as usual), or the text is a list number that belongs to a list
    shown since (_for_a_list)."""
    if person.role is not Role.STUDENT or dialog.pending or _for_a_list(dialog, text):
        return None
    now = ctx.clock.now()
    if await feedback.open_poll(ctx.store, person, now) is not None:
        return None  # another poll still waits for an answer: the typed answer goes to it
    held = await ctx.store.events_of_person(person.id, now - AFTER_POLL_LOOK_BACK)
    ended = [
        e
        for e, status in held
        if status == "going" and e.end <= now and e.status is not EventStatus.CANCELLED
    ]
    if not ended:
        return None
    event = max(ended, key=lambda e: (e.end, e.id))
    if not answer_open(event.end, now):
        return [Reply("poll_closed", {"title": event.title})]
    if person.id not in await ctx.store.answered_by(event.id):
        return None
    memory = dialog.poll if dialog.poll and dialog.poll.get("event") == event.id else {}
    score = typed_number(text, marks=True)
    if memory.get("absent") and score is not None and score in feedback.RATINGS:
        dialog.poll = {**memory, OFFER: score}  # a new dict, so the dialog is saved
        rating = payload(ButtonAction.RATE, e=event.id, v=score)
        button = Button("rate_instead", rating, "positive", {"value": score})
        context = {"title": event.title, "value": score}
        return [Reply("poll_absent_score", context, buttons=((button,),))]
    given = _given(memory)
    context = {
        "title": event.title,
        "absent": bool(memory.get("absent")),
        "rating": given.get(RATING),
        "recommend": given.get(PollQuestion.RECOMMEND.value),
        "comment": memory.get("comment"),
        "open_until": event.end + ANSWER_WINDOW,
    }
    return [Reply("poll_answered", context)]


def _for_a_list(dialog: Dialog, text: str) -> bool:
    """Whether `text`, one list number alone («1», «второе»), answers something asked after
    the poll rather than the poll (review 19, C1): a «which event?» list or another open
    question, or a list shown since the poll was last answered in this chat (its ids differ
    from Dialog.poll's "listed"; unknown for a poll not answered here or remembered before
    this was kept: then the number is still read as a score). A score named as one («оценка
    4», «8 из 10», stars) is no list number and stays the poll's."""
    numbers = list_numbers(text)
    if numbers is None or len(numbers) != 1:
        return False
    if dialog.asked_on_list() is not None or not isinstance(dialog.waiting, Nothing):
        return True
    shown = (dialog.poll or {}).get("listed")
    return isinstance(shown, list) and bool(dialog.listed) and shown != dialog.listed


async def close_for_request(
    ctx: Context[Store], person: Person, dialog: Dialog, text: str
) -> Reply | None:
    """A request typed where the poll asks «Хотите что-то добавить?» («мои мероприятия»,
    «что на следующей неделе?»: bot.core.language.understand.is_request) ends the poll
    politely instead of becoming its comment (newcomer walk 2026-12-02o, #6): the scores
    given stay stored, the thanks says a comment may still follow (poll_chat.late_comment
    takes one within LATE_COMMENT), and the request is then answered as usual. None when
    no comment question is open or `text` is no request («нет», «отмена», a review)."""
    step = dialog.waiting
    if not isinstance(step, PollStep) or step.question is not PollQuestion.COMMENT:
        return None
    if is_stop(text) or is_skip(text) or typed_number(text) is not None:
        return None
    if not is_request(text, ctx.wall_now(), ctx.config.tz):
        return None
    event = await ctx.store.get_event(step.event_id)
    dialog.settle()
    if event is None:
        return None
    remember_poll(dialog, event.id, ctx.clock.now(), closed=True, thanked=True)
    return Reply("poll_closed_for_request", {"title": event.title})


async def _number_for_comment(
    ctx: Context[Store], person: Person, dialog: Dialog, event: Event, value: int
) -> list[Reply]:
    """A score typed where the comment is asked (newcomer walk 2026-12-01e, #12: «4», «4»,
    «9» — a double-sent rating made the «4» the recommendation and the meant «9» a comment).
    A message that is only a number says nothing about the event; the student answers the
    step before again: the 0–10 recommendation (given or skipped) becomes `value`, told as a
    correction, and the comment question stays open. Out of 0–10: the range, the same
    question."""
    low, high = SCALES[PollQuestion.RECOMMEND.value]
    question = Reply("poll_comment", {})
    if not low <= value <= high:
        return [Reply("poll_correct_range", {"low": low, "high": high, "value": value}), question]
    now = ctx.clock.now()
    refused = await feedback.answer(ctx.store, person, event.id, now, recommend=value)
    if refused is not None:
        dialog.settle()
        return [refused]
    replaced = (dialog.poll or {}).get("scored") == PollQuestion.RECOMMEND.value
    was = _given(dialog.poll or {}).get(PollQuestion.RECOMMEND.value)
    remember_poll(
        dialog,
        event.id,
        now,
        scored=PollQuestion.RECOMMEND.value,
        given=(PollQuestion.RECOMMEND.value, value),
    )
    context = {
        "title": event.title,
        "value": value,
        "scale": high,
        "replaced": replaced,
        "was": was if replaced else None,
    }
    return [Reply("poll_corrected", context), question]


LATE_COMMENT = timedelta(hours=1)  # a comment after the poll's thanks is kept this long


async def late_comment(
    ctx: Context[Store], person: Person, dialog: Dialog, text: str
) -> list[Reply] | None:
    """A comment written right after the poll's thanks («Спасибо за отзыв!» — then «Очень
    понравилось»), which nothing else understood: added to the comment of that poll (a new
    line after the one given, if any), within LATE_COMMENT of the last answer, only when
    the poll ended with the thanks (not «отмена» or «меня не было») and the text says
    something (poll_answers.is_comment). None otherwise — then «не понял» as usual."""
    memory = dialog.poll or {}
    if not memory.get("thanked") or not memory.get("at") or dialog.pending:
        return None
    if not isinstance(dialog.waiting, Nothing) or not is_comment(text):
        return None
    now = ctx.clock.now()
    if now - datetime.fromisoformat(str(memory["at"])) > LATE_COMMENT:
        return None
    event = await ctx.store.get_event(int(memory["event"]))
    if event is None:
        return None
    given = str(memory.get("comment") or "")
    comment = f"{given}\n{text.strip()}" if given else text.strip()
    refused = await feedback.answer(ctx.store, person, event.id, now, comment=comment[:1000])
    if refused is not None:
        return None  # the answer window closed: not a comment any more
    remember_poll(dialog, event.id, now, comment=comment[:1000])
    return [Reply("poll_comment_added", {"title": event.title, "first": not given})]


def comment_not_event(person: Person, dialog: Dialog, text: str, intent: Intent) -> Intent:
    """`intent`, or — when it is a new event from someone who may not add events (a
    student), typed at the 0–10 step and saying something (poll_answers.is_comment) — the
    poll's comment: «в пятницу было круто» is a review, not an event titled «Было круто»
    (which would only be refused). An organiser's new event stays a new event."""
    step = dialog.waiting
    if not isinstance(intent, AddEvents) or can_add_events(person):
        return intent
    if not isinstance(step, PollStep) or step.question is not PollQuestion.RECOMMEND:
        return intent
    if not is_comment(text):
        return intent
    return PollAnswer(PollAnswerKind.COMMENT, step.event_id, text)


async def ask_again(
    ctx: Context[Store], person: Person, dialog: Dialog, text: str = ""
) -> list[Reply] | None:
    """The open poll question asked again with its buttons, for a message nothing else
    understood — or, at the rating, a review (`review_at_rating`: «Было интересно, но
    долго») kept as the poll's comment, the rating left empty (chat61: it was thrown away
    with «Не понял ответ на опрос»); None when no poll question is open."""
    asked = await open_question(ctx, person, dialog)
    if asked is None or asked.question == PollQuestion.COMMENT.value:
        return None
    judged = judged_score(text) if asked.question == RATING else None
    if judged is not None:  # «мне понравилось на 5»: the rating (chat61)
        return await rate(
            ctx, person, dialog, PollAnswer(PollAnswerKind.RATE, asked.event.id, judged)
        )
    if asked.question == RATING and review_at_rating(text):
        answer = PollAnswer(PollAnswerKind.COMMENT, asked.event.id, text)
        replies = await on_poll_answer(ctx, person, dialog, answer)
        return [_unrated(r) for r in replies]
    return [_again(asked, person)]


def _unrated(reply: Reply) -> Reply:
    """`reply`, the poll's thanks saying the 1–5 rating was left empty."""
    if reply.template != "poll_thanks":
        return reply
    return replace(reply, context={**reply.context, "unscored": "rating"})


MIN_REVIEW_WORDS = 3  # «Было очень интересно»; «круто», «ну норм было» are reactions


def review_at_rating(text: str) -> bool:
    """Whether `text`, typed where the 1–5 rating is asked, is a review to keep rather than
    a reaction to ask the rating again about: at least MIN_REVIEW_WORDS words that say
    something (poll_answers.is_comment: not a question, not fillers) and no bare reaction
    («ну норм было», «👍»: poll_answers.is_reaction)."""
    words = text.split()
    return len(words) >= MIN_REVIEW_WORDS and is_comment(text) and not is_reaction(text)


async def question_again(ctx: Context[Store], person: Person, dialog: Dialog) -> Reply | None:
    """The open poll score question again, with its buttons and no «не понял», to follow a
    reply that would otherwise end with other buttons (small talk: «👍» while the poll asks
    a rating, walk r, #6 — a bare «4» then pressed the help's «Календарь .ics»); None when
    no score question is open."""
    asked = await open_question(ctx, person, dialog)
    if asked is None or asked.question == PollQuestion.COMMENT.value:
        return None
    return _again(asked, person, None, repeat=False)


async def open_question(ctx: Context[Store], person: Person, dialog: Dialog) -> OpenQuestion | None:
    """The poll question open for `person` now (see the module's docstring), or None."""
    waiting = dialog.waiting
    if isinstance(waiting, PollStep):
        event = await ctx.store.get_event(waiting.event_id)
        live = event is not None and event.status is not EventStatus.CANCELLED
        if event is not None and live and not await _superseded(ctx, person, dialog, event):
            return OpenQuestion(event, waiting.question.value)
        dialog.settle()  # cancelled, or a newer poll came: its rating may be the question
    if dialog.pending or not isinstance(dialog.waiting, Nothing) or person.role is not Role.STUDENT:
        return None
    now = ctx.clock.now()
    event = await feedback.open_poll(ctx.store, person, now)
    if event is None or now - event.end > RATING_OPEN:
        return None
    memory = dialog.poll or {}
    if memory.get("event") == event.id and memory.get("closed"):
        return None
    return OpenQuestion(event, RATING)


async def _superseded(ctx: Context[Store], person: Person, dialog: Dialog, event: Event) -> bool:
    """Whether the poll of an event that ended after the person last answered `event`'s
    poll is waiting for them (so its poll came later and its question is the open one)."""
    memory = dialog.poll or {}
    if memory.get("event") != event.id or not memory.get("at"):
        return False
    answered_at = datetime.fromisoformat(str(memory["at"]))
    newer = await feedback.open_poll(ctx.store, person, ctx.clock.now())
    return newer is not None and newer.id != event.id and newer.end > answered_at


async def _score(
    ctx: Context[Store], person: Person, dialog: Dialog, asked: OpenQuestion, text: str
) -> list[Reply] | None:
    rating = asked.question == RATING
    value = typed_number(text, marks=rating)
    if value is None and not rating:
        value = lone_score(text)  # «я бы поставил 8»: the one number 0–10 of a short text
    if value is None:
        return None  # understood as usual; if nothing understands it, `ask_again`
    low, high = SCALES[asked.question]
    if not low <= value <= high:
        return [_again(asked, person, value)]
    kind = PollAnswerKind.RATE if rating else PollAnswerKind.RECOMMEND
    return await on_poll_answer(ctx, person, dialog, PollAnswer(kind, asked.event.id, value))


async def _skip(
    ctx: Context[Store], person: Person, dialog: Dialog, asked: OpenQuestion
) -> list[Reply]:
    """The next question after a skipped one (rating -> recommendation -> comment -> the
    end of the poll, then the next poll not answered: signups.next_poll)."""
    event = asked.event
    now = ctx.clock.now()
    if asked.question == PollQuestion.COMMENT.value:
        dialog.settle()
        remember_poll(dialog, event.id, now, closed=True, thanked=True)
        return [Reply("poll_thanks"), *await next_poll(ctx, person, event.id)]
    remember_poll(dialog, event.id, now)
    if asked.question == RATING:
        dialog.ask_poll(event.id, PollQuestion.RECOMMEND.value)
        buttons = feedback.recommend_buttons(event.id)
        context = {"title": event.title, "skipped": True}
        return [Reply("poll_recommend", context, buttons=buttons, whole_keyboard=True)]
    dialog.ask_poll(event.id, PollQuestion.COMMENT.value)
    return [Reply("poll_comment", {"skipped": True})]


def _stop(dialog: Dialog, asked: OpenQuestion, now: datetime) -> list[Reply]:
    """«отмена» during the poll: it ends here; what was answered stays stored."""
    dialog.settle()
    remember_poll(dialog, asked.event.id, now, closed=True)
    answered = bool((dialog.poll or {}).get("scored"))
    return [Reply("poll_stopped", {"title": asked.event.title, "answered": answered})]


async def _correct(
    ctx: Context[Store], person: Person, dialog: Dialog, correction: Correction
) -> list[Reply] | None:
    """Replace a score of the remembered poll (None: no score was given): the one the
    correction names (`corrected_question`); the reply says which question it changed and
    what it was, never the other scale silently (walk r, #1)."""
    memory = dialog.poll or {}
    scored = memory.get("scored")
    if scored not in SCALES:
        return None
    event = await ctx.store.get_event(int(memory["event"]))
    if event is None:
        return None
    given = _given(memory)
    question = corrected_question(correction, str(scored), given)
    value = correction.value
    if question is None:  # both scores could be meant: asked, nothing changed
        context = {"title": event.title, "value": value, "given": given}
        return [Reply("poll_correct_which", context)]
    low, high = SCALES[question]
    if not low <= value <= high:
        return [Reply("poll_correct_range", {"low": low, "high": high, "value": value})]
    now = ctx.clock.now()
    refused = await feedback.answer(ctx.store, person, event.id, now, **{question: value})
    if refused is not None:
        return [refused]
    remember_poll(dialog, event.id, now, given=(question, value))
    context = {"title": event.title, "value": value, "scale": high, "was": given.get(question)}
    replies = [Reply("poll_corrected", context)]
    asked = await open_question(ctx, person, dialog)
    if asked is not None and asked.question != PollQuestion.COMMENT.value:
        replies.append(_again(asked, person, None, repeat=False))
    elif asked is not None:
        replies.append(Reply("poll_comment", {}))
    return replies


def _given(memory: dict[str, object]) -> dict[str, int]:
    """The scores given in the remembered poll, by question ("rating", "recommend")."""
    raw = memory.get("given")
    if not isinstance(raw, dict):
        return {}
    return {str(k): int(v) for k, v in raw.items() if k in SCALES and isinstance(v, int)}


def corrected_question(correction: Correction, scored: str, given: dict[str, int]) -> str | None:
    """Which answer a correction changes (walk r, #1: «ой я поставил 5 а хотел 3» after a
    rating of 5 and a «посоветуете» of 10 changed the 10): the question its words name
    («из 5», «оценку мероприятия», «посоветуете», «про друга»); else the one whose given
    score it names as given (the 5); else the only answered question whose scale holds the
    new score («8» is no rating); None when both answered scales hold it and nothing tells
    them apart (the person is asked which — never the other scale silently); `scored`,
    the question answered last, when it is the only one known. `given` maps the questions
    answered to their scores (may be empty)."""
    if correction.question in SCALES:
        return correction.question
    if correction.was is not None:
        named = [q for q, v in given.items() if v == correction.was]
        if len(named) == 1:
            return named[0]
    answered = set(given) | {scored}
    fits = [q for q in SCALES if q in answered and SCALES[q][0] <= correction.value <= SCALES[q][1]]
    if len(fits) == 1:
        return fits[0]
    return None if len(fits) > 1 else scored


def _again(
    asked: OpenQuestion, person: Person, value: int | None = None, repeat: bool = True
) -> Reply:
    """The open score question again, with its buttons; `value` the out-of-range score
    typed, `repeat` False when it follows a correction (no «не понял»)."""
    event = asked.event
    context = {"title": event.title, "value": value, "repeat": repeat}
    if asked.question == RATING:
        buttons = feedback.poll_buttons(event.id, absent=person.role is Role.STUDENT)
        return Reply("poll_rating_again", context, buttons=buttons)
    buttons = feedback.recommend_buttons(event.id)
    return Reply("poll_recommend_again", context, buttons=buttons, whole_keyboard=True)


def scale_open(dialog: Dialog) -> bool:
    """Whether the 0–10 question is open — the one whose eleven buttons VK shows under the
    input field (feedback.ask_recommend: Reply.whole_keyboard)."""
    step = dialog.waiting
    return isinstance(step, PollStep) and step.question is PollQuestion.RECOMMEND


def scale_put_away(replies: Sequence[Reply], vk_id: int) -> list[Reply]:
    """`replies` to a typed message that closed the 0–10 question (a score typed instead
    of pressed, «пропустить», «отмена»), with the first reply to its writer (`vk_id`: no
    recipients, or that person alone; no notice) marked Reply.hides_keyboard: the one-time
    keyboard of scores stays until a press, so it would sit under the input field through
    the next question (chat82). Unchanged when a reply shows the scale again."""
    if any(reply.whole_keyboard for reply in replies):
        return list(replies)
    out = list(replies)
    for n, reply in enumerate(out):
        if tuple(reply.recipients) in ((), (vk_id,)) and not reply.dedupe_key:
            out[n] = replace(reply, hides_keyboard=True)
            break
    return out
