"""A student's cancel of their own sign-up said in words: «не пойду на олимпиаду», «на
лекцию я не пойду», «отпиши меня от экскурсии пожалуйста», «передумал идти на олимпиаду»,
«отмени мою запись на лекцию», «не смогу прийти на второе».

`parse_unsign(text)` gives the list numbers (a tuple of ints, «не пойду на второе») or the
event's title words (a str, lower-cased), or None when the text is not such a cancel. The
bare forms («не пойду», «не пойду 2», «отменить запись») are commands
(bot.core.language.commands). Only first-person and request forms count: a post's «лекция
не пойдёт в зачёт» or «мы не сможем провести …» cancels nothing, and «отмени лекцию» (an
organiser cancelling the EVENT, bot.core.language.cancel_phrases) is not matched here.
Pure: no store, no clock.
"""

from __future__ import annotations

import re

from bot.core.language.commands import parse_command
from bot.core.language.signup_phrases import FILLERS, MAX_PHRASE, phrase_target
from bot.core.language.tokens import normalize

_UNSIGN_CUE = re.compile(
    r"(?<![а-я])(?:"
    r"не\s+(?:пойду|иду|приду|поеду|смогу(?:\s+(?:пойти|прийти|пр[ие]сутствовать|быть))?"
    r"|буду(?:\s+(?:ходить|участвовать))?|хочу(?:\s+(?:идти|пойти|участвовать))?"
    r"|получится(?:\s+(?:пойти|прийти))?)"
    r"|передумал[аи]?(?:\s+(?:идти|пойти|ехать|записываться|участвовать))?"
    r"|отпиши(?:те)?|отпишись|отписаться|отпишусь|отписываюсь|выпиши(?:те)?"
    r"|вычеркни(?:те)?(?=\s+меня)|убери(?:те)?(?=\s+меня)|отказываюсь|откажусь"
    r"|(?:отмени(?:те|ть)?|удали(?:те|ть)?|убери(?:те)?|сними(?:те)?)\s+(?:вс[её]\s+)?"
    r"(?:мою\s+|мои\s+|свою\s+|свои\s+|мне\s+)?запис[ьи]"
    r")(?![а-я])"
)
_PREPOSITIONS = ("на", "от", "с", "со", "из", "в")
_MORE_FILLERS = re.compile(
    r"(?<![а-я])(?:мою|свою|все-?таки|наверное|уже|к\s+сожалению|извините|простите|так\s+что"
    # a doubt, before «не» below (chat77): «не знаю, наверно не смогу», «я не уверен, но не
    # смогу», «может, не пойду», «возможно не приду»
    r"|не\s+уверен[аы]?|не\s+знаю|может(?:\s+быть)?|возможно|вероятно|я|но"
    # a second thought before the cue: «хотя нет, не пойду», «ой, не пойду» (chat50)
    r"|хотя|нет|неа|не|ой|ну|пожалуй"
    # a hedge or an aside around the cue (chat76): «скорее всего не приду», «видимо, не
    # смогу прийти», «короче, не пойду», «походу не иду», «думаю, не пойду», «увы»
    r"|скорее\s+всего|видимо|похоже|походу|по\s+ходу|кажется|думаю|наверно|короче"
    r"|в\s+общем|в\s+итоге|вс[её]\s+же|честно\s+говоря|увы|блин|из\s+списка|если\s+(?:что|честно))"
    r"(?![а-я])"
)
# a hedge of doubt (chat77): «наверное не приду», «скорее всего не пойду», «может, не смогу» —
# the student is not sure yet, so the sign-up is asked about («Отменить вашу запись …?»), never
# cancelled at once: a freed seat may go to the waiting list at once
_HEDGE = re.compile(
    r"(?<![а-я])(?:наверн(?:ое|о)|скорее\s+всего|видимо|похоже|походу|по\s+ходу|кажется|думаю"
    r"|может(?:\s+быть)?|возможно|вероятно|не\s+уверен[аы]?|не\s+знаю)(?![а-я])"
)


# a condition before the cue: «а если я не пойду?», «что будет, если не приду на экскурсию?»;
# «если что» («just so you know») and «если честно» are asides, no condition (chat76)
_IF = re.compile(r"(?<![а-я])если(?![а-я])(?!\s+(?:что|честно)(?![а-я]))")
# what a student skips that is no event (chat76): «не пойду в школу завтра, заболел», «не
# пойду на уроки», «не приду на занятия в школу» — the school day itself, not a sign-up
_SCHOOL_DAY = re.compile(
    # a day may come first (chat77): «не приду завтра в школу», «не пойду в понедельник на уроки»
    r"^(?:(?:завтра|сегодня|послезавтра|в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу))"
    r"\s+)?(?:в|на)\s+(?:школу|лицей|гимназию|уроки|учебу|учёбу|занятия\s+в\s+школе"
    r"|первый\s+урок|последний\s+урок|физру)(?![а-я])"
)
# parse_unsign's answer for «отпишись от всего», «отпиши меня от всех мероприятий», «отмени
# все мои записи», «не пойду никуда»: the one recogniser of these phrases (UnsignAll)
EVERY = "*"
# the bare forms that name no event: «я передумал», «отпиши меня», «отпишись», «не пойду»
_BARE = re.compile(
    r"^(?:передумал[аи]?(?:\s+(?:идти|пойти|ехать|участвовать))?"
    r"|отпиши(?:те)?|отпишись|отписаться|отпишусь|отписываюсь|выпиши(?:те)?|вычеркни(?:те)?"
    r"|убери(?:те)?|не\s+(?:пойду|иду|приду|смогу(?:\s+(?:пойти|прийти))?"
    r"|получится(?:\s+(?:пойти|прийти))?)"
    r"|(?:отмени(?:те|ть)?|удали(?:те|ть)?|сними(?:те)?)\s+(?:мою\s+|свою\s+|мне\s+)?запись)$"
)
# what «от всего» says: every sign-up the person holds
_ALL_OF_THEM = re.compile(
    r"^(?:(?:от|с|со|на|из)\s+)?(?:вс[её]го|всех|вс[её]|отовсюду|никуда|ни\s+на\s+(?:что|одно))"
    r"(?:\s+(?:мероприятий|мероприятия|записей|записи|событий|события|сразу))*$"
)


def parse_unsign(text: str) -> tuple[int, ...] | str | None:
    """List numbers, the title words, EVERY, an empty tuple for a bare cancel that names no
    event («я передумал», «отпиши меня»: the sign-up in context, else asked which; walk
    2026-12-02r, #9), or None (see the module docstring)."""
    said = _withdrawal(text)
    if said is None:
        return None
    cue, rest, words = said
    if not words and re.search(r"(?<![а-я])вс[её]\s|записи$", cue.group(0)):
        return EVERY  # «отмени все мои записи», «удалить записи»
    if not words:  # the bare command forms («не пойду», «отменить запись») stay commands
        bare = _BARE.match(cue.group(0)) and parse_command(text) is None
        return () if bare else None
    if _ALL_OF_THEM.match(" ".join(words)):
        return EVERY
    if _SCHOOL_DAY.match(" ".join(words)):
        return None
    return phrase_target(rest, _PREPOSITIONS)


def skips_school(text: str) -> bool:
    """Whether `text` says the person will miss the school day itself («не пойду в школу
    завтра, заболел», «не приду на уроки», «наверное не пойду в школу»): no sign-up is meant,
    the reply says who marks an absence (chat77)."""
    said = _withdrawal(text)
    return said is not None and _SCHOOL_DAY.match(" ".join(said[2])) is not None


def _withdrawal(text: str) -> tuple[re.Match[str], str, list[str]] | None:
    """The withdrawal cue of a one-line statement `text`, the text around it without hedges
    and asides, and that text's words other than fillers; None when `text` is a question,
    a condition («если не пойду …»), too long, or has no cue."""
    line = " ".join(normalize(text).split()).strip(" .!,")
    if "\n" in text.strip() or len(line) > MAX_PHRASE or line.endswith("?"):
        return None  # «не пойду без друга?» asks, it cancels nothing (chat76)
    cue = _UNSIGN_CUE.search(line)
    if cue is None or _IF.search(line, 0, cue.start()):
        return None  # «а если я не пойду?» asks what follows, it cancels nothing (chat75)
    rest = _MORE_FILLERS.sub(" ", line[: cue.start()] + " " + line[cue.end() :])
    return cue, rest, [w for w in re.findall(r"[а-я0-9-]+", rest) if w not in FILLERS]


def hedged(text: str) -> bool:
    """Whether a withdrawal `text` is hedged with a doubt («наверное не приду», «скорее всего
    не пойду на экскурсию», «может не смогу»): parse_unsign still reads it; the caller asks
    before cancelling (chat77)."""
    return _HEDGE.search(" ".join(normalize(text).split())) is not None


# «не напоминай (мне) про экскурсию», «не напоминайте о лекции», «без напоминаний про квест»;
# «не надо (мне) напоминать про экскурсию»: the negated «надо» + infinitive, an imperative (chat69);
# «напоминай про экскурсию» (again): a reminder setting for one event, named by its title
_MUTE = re.compile(
    r"^(?:пожалуйста\s+)?(?:больше\s+)?(?:(не)\s+(?:напомина(?:й|йте)|(?:надо|нужно|стоит)"
    r"\s+(?:мне\s+)?напоминать)|(без)\s+напоминаний"
    r"|(?:снова\s+)?напомина(?:й|йте))(?:\s+мне)?\s+(?:про|о|об|насч[её]т)\s+(.+?)[.!]*$"
)


def parse_mute(text: str) -> tuple[str, bool] | None:
    """(title words, muted) of «не напоминай про экскурсию» (muted) or «напоминай про
    экскурсию» (on again), or None. The words are lower-cased, «ё» as «е» (walk r,
    2026-12-02, #22)."""
    found = _MUTE.match(" ".join(text.lower().replace("ё", "е").split()))
    if found is None:
        return None
    return found.group(3).strip(), bool(found.group(1) or found.group(2))


# «нет, не надо отменять», «не отменяй», «нет», «ничего не отменяй», «оставь как есть»: typed
# at «какую запись отменить?», the person keeps every sign-up (walk 2026-12-02r, #9)
_KEEP = re.compile(
    r"^(?:(?:нет|неа|не|ой|стоп|пожалуйста|ничего|я)\s+)*"
    r"(?:нет|неа|не\s+(?:надо|нужно|стоит|хочу)(?:\s+(?:отменять|отписывать|ничего))?"
    r"|(?:ничего\s+)?не\s+(?:отменяй(?:те)?|отписывай(?:те)?|удаляй(?:те)?|трогай(?:те)?)"
    r"|передумал[аи]?\s+(?:отменять|отписываться)|оставь(?:те)?(?:\s+(?:вс[её]|как\s+есть))?"
    r"|отбой)"
    r"(?:\s+(?:пожалуйста|ничего|вс[её]|запись|записи|мою\s+запись|мои\s+записи))*$"
)


def keeps_sign_ups(text: str) -> bool:
    """Whether `text` declines the cancel the bot asked about («нет, не надо отменять», «не
    отменяй», «нет», «оставь как есть»): meant only at «какую запись отменить?»."""
    line = " ".join(re.sub(r"[,.!?)]+", " ", normalize(text)).split())
    return len(line) <= MAX_PHRASE and _KEEP.match(line) is not None
