"""Answers typed under an open card, a plan's summary or a draft's question that are not its
field's value: a plan line by its ordinal or its missing time, a proposed slot, «оба» / «только
первое», the «Не сохранять» label, the resend offer's buttons, the title offer's buttons, the
card's end or clashes asked, «назад», and what an unread text under a card is (CardUnchanged).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from bot.core import drafts
from bot.core.dialog import (
    ChangeConfirmation,
    Confirmation,
    Dialog,
    DraftChoice,
    DraftField,
    EditableField,
    Nothing,
    SavedFieldEdit,
    line_numbers,
)
from bot.core.language import title_offer_answers
from bot.core.language.answers import Asked, edit
from bot.core.language.card_questions import CardAsked, card_question, is_clash_word
from bot.core.language.card_verbs import sets_value
from bot.core.language.commands import Command, CommandKind, DropLinesCommand, FixLineCommand
from bot.core.language.draft_corrections import card_move_when
from bot.core.language.field_corrections import field_value
from bot.core.language.intents import parse_message
from bot.core.language.keep_answers import keeps_all, kept_numbers
from bot.core.language.meaning import (
    CardUnchanged,
    DraftAnswer,
    Intent,
    NotUnderstood,
    PickSlot,
    RepeatQuestion,
)
from bot.core.language.morphology import parses
from bot.core.language.numerals import ordinal_value
from bot.core.language.post_events import POST_KEY
from bot.core.language.resend_answers import resend_answer
from bot.core.language.slot_picks import slot_pick
from bot.core.language.tokens import normalize
from bot.core.language.understanding.clash_questions import CLASH_FILLER
from bot.core.models import EventIntent

MAX_TIME_ANSWER = 40  # characters: a longer text is a message or a line of its own


def untimed_line_answer(text: str, dialog: Dialog, now: datetime) -> FixLineCommand | None:
    """«весь день», «в 16:00» typed under a pasted plan's summary whose one line lacks only
    its time: «исправь N: весь день» for that line (newcomer walk 2026-12-03aa, Z10: «не
    понял — план не изменился», though the summary said «нет времени: напишите время или
    «весь день»»). None unless the plan (two lines or more) waits for «да», exactly one line
    lacks only its time (bot.core.drafts.line_problem "no_time"), and `text` is nothing but
    a time for that line's day: it times the line, keeps its day, and no title of its own
    (`now`: school wall-clock time)."""
    if len(dialog.pending) < 2 or not isinstance(dialog.waiting, Confirmation):
        return None
    written = " ".join(text.split())
    if not written or len(written) > MAX_TIME_ANSWER or "\n" in text.strip():
        return None
    parsed = dialog.drafts()
    untimed = [i for i, d in enumerate(parsed) if drafts.line_problem(d) == "no_time"]
    if len(untimed) != 1:
        return None
    draft = parsed[untimed[0]]
    read = parse_message(written, now)
    if isinstance(read, EventIntent) and read.draft.title.strip():
        return None  # «лекция в 16:00»: an event of its own
    asked = Asked(None, EditableField.WHEN, audience_asked=True)
    timed = edit(draft, asked, EditableField.WHEN, written, now)
    if timed is None or timed.start is None or draft.start is None or not timed.time_known:
        return None
    if timed.start.date() != draft.start.date():
        return None  # «15 декабря в 16:00» moves the line: said with its number
    return FixLineCommand(line_numbers(dialog.pending)[untimed[0]], written)


# «вторую на 17:00», «во второй строке место актовый зал», «в 2-й — 17 декабря»: a plan's line
# by its ordinal (feminine, as «строка»), then the change; the first ten
_ORDINAL_LINE = re.compile(
    r"^\s*(?:(?:во?|на)\s+)?(?P<line>(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят"
    r"|десят)(?:ую|ой|ью|ей)|\d{1,2}-?(?:ю|ую|й|ой))(?:\s+строк(?:у|е|и))?"
    r"\s*[:,—–-]?\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


# an ordinal of any gender and case («вторую», «второе», «во второй», «2-ю»): a line, an
# event or an item of the plan
_ORDINAL_WORD = re.compile(
    r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)"
    r"(?:ую|ой|ью|ей|ое|ье|ый|ий|ого|ему|ом|ем|ым)|\d{1,2}-?(?:ю|ую|й|ой|е|ое|го|ого|м)",
    re.IGNORECASE,
)
# the nouns a summary's line is called by after its ordinal (pymorphy3 normal forms)
_LINE_NOUNS = frozenset({"строка", "строчка", "мероприятие", "событие", "пункт", "позиция"})
_BEFORE_ORDINAL = frozenset({"в", "во", "на", "у"})


def _ordinal_and_change(text: str) -> tuple[str, str]:
    """The ordinal and the change of «вторую перенеси на 17:00», «перенеси вторую на 17:00»,
    «поменяй в первой время на 12:00», «первое мероприятие поставь на 14:00»: the message's
    opening words are the ordinal (with «в»/«на» before it and «строку», «мероприятие»
    after it) and a verb of setting a value (bot.core.language.card_verbs) in either order;
    the words after them are the change. ("", "") when it does not open so (chat66)."""
    words = text.split()
    ordinal, verb, i = "", False, 0
    while i < len(words):
        word = words[i].lower().strip(",:")
        follows = words[i + 1].lower() if i + 1 < len(words) else ""
        if not ordinal and word in _BEFORE_ORDINAL and _ORDINAL_WORD.fullmatch(follows):
            ordinal, i = follows, i + 1
        elif not ordinal and _ORDINAL_WORD.fullmatch(word):
            ordinal = word
        elif ordinal and _lemma(word) in _LINE_NOUNS and _ORDINAL_WORD.fullmatch(words[i - 1]):
            pass
        elif not verb and _setting_imperative(word):
            verb = True
        else:
            break
        i += 1
    if not (ordinal and verb) or i >= len(words):
        return "", ""
    return ordinal, " ".join(words[i:])


def _lemma(word: str) -> str:
    """`word`'s likeliest pymorphy3 normal form ("" when it has none)."""
    read = parses(word)
    return read[0].normal_form if read else ""


def _setting_imperative(word: str) -> bool:
    """Whether `word` is an imperative of a verb of setting a value («перенеси»,
    «поменяй», «поставь»; bot.core.language.card_verbs)."""
    read = parses(word)
    return bool(read) and "impr" in read[0].tag and sets_value(read[0].normal_form)


def line_by_ordinal(text: str, dialog: Dialog, now: datetime) -> FixLineCommand | None:
    """«вторую на 17:00», «во второй строке место актовый зал» while a plan's summary (two
    lines or more) waits for «да»: «исправь 2: …» for that line (chat60: it became a new
    draft «Второй»). Only a change follows: a field with its value or a day or time alone
    («Второй тур олимпиады 18 декабря в 10:00» is a new event). None otherwise, or when the
    plan has no such line (`now`: school wall-clock time)."""
    if len(dialog.pending) < 2 or not isinstance(dialog.waiting, Confirmation):
        return None
    if "\n" in text.strip() or len(text) > MAX_TIME_ANSWER * 2:
        return None
    found = _ORDINAL_LINE.match(text)
    word, rest = (found["line"], found["rest"]) if found else _ordinal_and_change(text)
    if not word or not rest:
        return None
    word = word.lower()
    number = int(re.sub(r"\D", "", word)) if word[0].isdigit() else ordinal_value(word)
    if number is None or number not in line_numbers(dialog.pending):
        return None
    rest = rest.strip()
    labelled = field_value(rest)
    if labelled is None and card_move_when(re.sub(r"^на\s+", "", rest), now) is None:
        return None
    if labelled is not None and labelled.field is EditableField.WHEN:
        rest = labelled.value  # «время на 12:00»: the line's fix reads «12:00»
    return FixLineCommand(number, rest)


def title_asked(dialog: Dialog) -> bool:
    """Whether the open question asks for a title (a draft's or a saved event's): any text
    answers it, «места: много» too."""
    waiting = dialog.waiting
    if isinstance(waiting, SavedFieldEdit) and waiting.field is EditableField.TITLE:
        return True
    if not dialog.pending:
        return False
    return dialog.edited_field() is EditableField.TITLE or dialog.asked_field() is DraftField.TITLE


def title_offer_answer(text: str, dialog: Dialog) -> DraftAnswer | RepeatQuestion | None:
    """«первое», «да», «оставь», «нет» typed at «Как назвать «Спектакль»?» (the post's own
    name offered, features.adding.ask_title_offered): the button it means, as if pressed
    (attack w, #9); at «какое из них?» (ask_title_several) «да» and «оба» pick neither and
    the question is asked again; None for any other text or state (a typed title is read
    as usual)."""
    if len(dialog.pending) != 1 or dialog.asked_field() is not DraftField.TITLE:
        return None
    offer = dialog.pending[0].get(title_offer_answers.TITLE_OFFERED_KEY)
    draft = dialog.drafts()[0]
    if not isinstance(offer, str) or not draft.title:
        return None
    several = dialog.pending[0].get(title_offer_answers.TITLE_SEVERAL_KEY)
    if several and title_offer_answers.picks_neither(text):
        return RepeatQuestion()  # «да», «оба» at «какое из них?»: asked again (review60 #1)
    title = title_offer_answers.offer_answer(text, offer, draft.title)
    if title is None:
        return None
    return DraftAnswer(replace(draft, title=title), dialog.audience_asked)


def slot_picked(text: str, dialog: Dialog) -> PickSlot | None:
    """«давайте первый вариант», «2» while a single new event's card or a move card is open:
    the proposed free time it picks (bot.core.language.slot_picks); None otherwise."""
    card = isinstance(dialog.waiting, ChangeConfirmation) or (
        len(dialog.pending) == 1
        and isinstance(dialog.waiting, Confirmation)
        and not dialog.resend_offer()  # «второе» there is a second session (resend_answers)
    )
    number = slot_pick(text) if card else None
    return None if number is None else PickSlot(number)


def kept_of_several(text: str, dialog: Dialog) -> Command | DropLinesCommand | None:
    """«оба» (save them all) or «только первое» (save it, drop the rest) while the summary of
    one post's several events waits for «да» (bot.core.language.keep_answers); None
    otherwise (a pasted plan's summary keeps its own words: «сохрани без 2»)."""
    if len(dialog.pending) < 2 or not isinstance(dialog.waiting, Confirmation):
        return None
    if not all(raw.get(POST_KEY) for raw in dialog.pending):
        return None
    if keeps_all(text):
        return Command(CommandKind.YES)
    numbers = kept_numbers(text)
    return None if numbers is None else DropLinesCommand(numbers, save=True, keep=True)


# «назад», «вернись», «обратно»: no step to go back to in a draft's question; it is asked again
BACK = re.compile(r"(?:назад|вернись|вернитесь|вернуться|обратно|шаг\s+назад)")


def asks_draft_question(dialog: Dialog) -> bool:
    """Whether the bot waits for an answer about the pending drafts that «да» does not give:
    a missing part of the single draft, or the add / replace / keep-both question."""
    return bool(dialog.pending) and (
        dialog.asked_field() is not None or isinstance(dialog.waiting, DraftChoice)
    )


# The label of the «Не сохранять» button under a card, typed: it does what the button does
# (drops the card or the plan), where a bare «нет» may answer the card's own question
# («…имеется в виду 2027 год?» — newcomer walk 2026-12-01j, #2: typed, it looped).
DISCARD_LABEL = re.compile(
    r"не\s+сохраня(?:ть|й|йте)"
    # «передумала», «я передумал, не надо», «не надо, передумала» under a card (chat47)
    r"|(?:(?:не\s+(?:надо|нужно)|нет|ой)[,\s]+)?(?:я\s+)?передумал[аи]?"
    r"(?:[,\s]+(?:не\s+(?:надо|нужно)|не\s+сохраня(?:й|йте)|удали(?:те)?))?"
)


# «ой,», «упс,» opening an answer to a card or its question: no word of the answer
OOPS = re.compile(r"^\s*(?:ой|ох|упс)(?![а-яё])[\s,.!:—–-]+(?=\S)", re.IGNORECASE)


def resend_offer_answer(text: str, dialog: Dialog) -> Command | None:
    """«ещё одно занятие», «обнови», «ничего не меняй» typed to the card that offers to
    update a saved event (bot.core.language.resend_answers): the button it means; None for
    any other text or state (newcomer walk 2026-12-01i, #1)."""
    if not dialog.resend_offer() or not isinstance(dialog.waiting, Confirmation):
        return None
    kind = resend_answer(text)
    return None if kind is None else Command(kind)


def end_asked_on_card(text: str, dialog: Dialog) -> bool:
    """Whether `text` asks how long the one open card's event lasts or when it ends («а
    сколько она будет длиться?», «когда закончится?», «до скольки?»): answered from the
    card, read before the plan questions that took it for «сколько мероприятий …» or «когда
    …» about the whole plan (chat49's walk: it listed every event from today)."""
    if len(dialog.pending) != 1 or not isinstance(dialog.waiting, Confirmation):
        return False
    return card_question(text) is CardAsked.END


def clashes_asked_on_card(text: str, dialog: Dialog) -> bool:
    """Whether `text` asks only whether the one open card clashes («есть накладки?», «а
    пересечения есть?», «накладки есть?»: clash words and question words, nothing else):
    answered from the card, read before the plan questions that took «есть …» for «what is
    there from today» (newcomer walk 57: «Начиная с 1 декабря мероприятий нет»)."""
    if len(dialog.pending) != 1 or not isinstance(dialog.waiting, Confirmation):
        return False
    if card_question(text) is not CardAsked.CLASHES:
        return False
    words = " ".join(text.lower().replace("ё", "е").split()).strip(" ?!.").split()
    rest = CLASH_FILLER.sub(" ", " ".join(w for w in words if not is_clash_word(w.strip(",.?!"))))
    return not rest.replace(",", " ").split()


# «накладки?», «пересечения?»: the plan's clashes command with its question mark; with a
# card open it asks about the card («а накладки есть?» with none open says none is open)
_PLAN_CLASHES_ASKED = re.compile(r"(?:все\s+)?(?:накладки|пересечения|конфликты)\s*\?+")


def card_unchanged(text: str, dialog: Dialog, intent: NotUnderstood) -> Intent:
    """A text not understood while a card or a plan waits for «да»: the card is still open
    and unchanged, and the reply says so (CardUnchanged) — answering a question on a single
    card about its clashes or classes («а накладки есть?»: `asked`, walk 2026-12-04ag,
    AG8); with nothing open, such a question is `intent` naming what it asks (`card_asked`:
    the reply says no card is open and what to write; walk 2026-12-04ah, AH5); `intent`
    otherwise."""
    if intent.only_links:
        return intent
    if not dialog.pending and isinstance(dialog.waiting, Nothing):
        if _PLAN_CLASHES_ASKED.fullmatch(normalize(text).strip()):
            return Command(CommandKind.CLASHES)  # «накладки?»: the command, asked (walk 57)
        asked_alone = card_question(text)
        return replace(intent, card_asked=asked_alone.value) if asked_alone else intent
    if not dialog.pending or not isinstance(dialog.waiting, Confirmation):
        return intent
    asked = card_question(text) if len(dialog.pending) == 1 else None
    return CardUnchanged(correction=False, asked=asked.value if asked else None)
