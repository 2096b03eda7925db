"""Typed poll answers: a score, «меня не было», a skip, a stop, or a corrected score.

Scores: «4», «4.», «оценка 4», «оценка четыре», «на 8», «8 из 10», «8/10», «9 баллов»,
«десять», «ноль», and on the 1–5 rating scale a school mark («твёрдая пятёрка»,
«четвёрка»). Only a whole message that is nothing but a score counts: «в 4 часа»,
«9 класс», «четыре дня» are not scores. Number words are read by
bot.core.language.numerals.

Pure text rules, shared by bot.core.features.poll_chat (the open poll question) and
bot.core.feedback (a rating typed with no question open, e.g. in apps without buttons).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.language.morphology import is_known, parses
from bot.core.language.numerals import number_value

# words that may stand before the score: «моя оценка 4», «ставлю на 8», «ну наверное 7»
_LEAD = frozenset(
    {
        "оценка",
        "оценку",
        "оценки",
        "моя",
        "мою",
        "ставлю",
        "поставлю",
        "поставила",
        "поставил",
        "оцениваю",
        "на",
        "ну",
        "думаю",
        "наверное",
        "наверно",
        "пожалуй",
        "где-то",
        "примерно",
        "твердая",
        "твердую",
        "уверенная",
        "уверенную",
        "честно",
        "это",
        "тогда",
    }
)
# hedges that may follow the score: «ну 8 наверное», «9 пожалуй», «7 где-то так»
_HEDGES = frozenset({"наверное", "наверно", "пожалуй", "думаю", "где-то", "примерно", "так"})
_SCALES = frozenset({"5", "10", "пяти", "десяти"})
_TAIL_WORD = re.compile(r"^(?:балл\w*|звезд\w*|очк\w*)$")
_MARKS = (  # school marks, read on the 1–5 rating scale only
    (re.compile(r"^(?:пятерк|пятерочк|пятак)\w*$"), 5),
    (re.compile(r"^(?:четверк|четверочк)\w*$"), 4),
    (re.compile(r"^(?:тройк|троечк|трояк)\w*$"), 3),
    (re.compile(r"^(?:двойк|двоечк)\w*$"), 2),
    (re.compile(r"^(?:единиц\w*|кол|кола)$"), 1),
)
_TEN = re.compile(r"^(?:десятк|десяточк)\w*$")  # «на десятку»: 10 on the 0–10 scale
_ABSENT = re.compile(
    r"^(?:меня\s+)?не\s+(?:был[аио]?|ходил[аи]?|пош[её]л|пошла|пришла|пришёл|пришел|смог(?:ла)?)"
    r"(?:\s+(?:там|на\s+нём|на\s+нем|на\s+мероприятии))?$"
)
_SKIP = re.compile(
    r"^(?:пропуст\w*|пропуска\w*|дальше|далее|следующий(?:\s+вопрос)?|не\s+знаю(?:\s+даже)?"
    r"|незнаю|хз|затрудняюсь(?:\s+ответить)?|не\s+хочу(?:\s+отвечать)?|не\s+буду\s+отвечать"
    r"|без\s+оценки|не\s+могу\s+(?:сказать|ответить|оценить)|(?:сложно|трудно)\s+сказать"
    r"|не\s+уверен[аы]?)$"
)
_STOP = re.compile(
    r"^(?:отмена|отменить|отмени|стоп|хватит|выход|выйти|закончить(?:\s+опрос)?"
    r"|закрыть\s+опрос|отмени(?:ть)?\s+опрос|не\s+хочу\s+(?:проходить\s+)?опрос"
    r"|не\s+хочу\s+отвечать\s+на\s+опрос)$"
)
MAX_CORRECTION_WORDS = 10
# Each pattern finds the new score (group "new") and, when the words name it, the score
# given before (group "was"), on the message's words with number words as digits.
_CORRECTIONS = (
    # «исправь оценку на 3», «поменяй на 3», «измени мою оценку с 4 на 3»
    re.compile(
        r"(?:исправ|помен|измен|замен|передела)\w*\s+(?:(?:мою|свою|мой|свой)\s+)?"
        r"(?:(?:оценк|ответ|балл)\w*\s+)?"
        r"(?:(?:мероприяти\w*|посоветуете|рекомендаци\w*|(?:про|для|о)\s+друга)\s+)?"
        r"(?:с\s+(?P<was>\d+)\s+)?на\s+(?P<new>\d+)$"
    ),
    # «я поставил 4, а хотел 3», «хотела поставить 3»
    re.compile(r"хотел\w*\s+(?:(?:поставить|сказать|написать|нажать)\s+)?(?:на\s+)?(?P<new>\d+)$"),
    # «не 4, а 3»
    re.compile(r"(?:^|\s)не\s+(?P<was>\d+)\s+а\s+(?P<new>\d+)$"),
    # «3 вместо 4»
    re.compile(r"(?:^|\s)(?P<new>\d+)\s+вместо\s+(?P<was>\d+)$"),
    # «ошибся, правильно 3», «ой, на самом деле 3»
    re.compile(r"(?:правильно|на\s+самом\s+деле|должно\s+быть)\s+(?:на\s+)?(?P<new>\d+)$"),
    # «лучше 8», «пусть будет 8» (walk r, #17: typed at the comment step, it was a comment)
    re.compile(r"^(?:а\s+|нет\s+|ой\s+)?(?:лучше|пусть\s+будет)\s+(?:на\s+)?(?P<new>\d+)$"),
)
# the score given before, named in the words: «я поставил 5 а хотел 3», «нажал 4»
_GIVEN = re.compile(r"(?:постав|нажал|написал|выбрал|ответил)\w*\s+(?:на\s+)?(\d+)(?:\s|$)")
# words that name the question: the 0–10 «посоветуете ли другу» or the 1–5 rating
_NAMES_RECOMMEND = re.compile(r"посовет|рекоменд|\bдруг|\b(?:из|до)\s+(?:10|десяти)\b")
_NAMES_RATING = re.compile(r"звезд|\b(?:из|до)\s+(?:5|пяти)\b|оценк\w*\s+мероприяти")


@dataclass(frozen=True, slots=True)
class Correction:
    """A corrected poll score: `value` the new score; `was` the score the words say was
    given («я поставил 5 а хотел 3»: 5; None when not named); `question` "rating" (1–5) or
    "recommend" (0–10) when the words name the question («из 5», «звёзд», «посоветуете»),
    else None."""

    value: int
    was: int | None = None
    question: str | None = None


def typed_number(text: str, *, marks: bool = False) -> int | None:
    """The whole-number score a message consists of, in or out of range («4», «оценка
    четыре», «на 8», «8 из 10», «8/10», «9 баллов», «десять», «ноль», «15»); with `marks`
    (the 1–5 rating) also a school mark («твёрдая пятёрка» = 5). None for anything else,
    including fractions («7,5») and numbers of something else («в 4 часа», «9 класс»).
    With `marks`, a message of nothing but stars («⭐⭐⭐⭐») is their count (walk r, #6)."""
    stars = text.replace("\ufe0f", "").replace(" ", "").strip()
    if marks and stars and set(stars) == {"⭐"}:
        return len(stars)
    words = _words(text)
    while words and words[0] in _LEAD:
        words = words[1:]
    while words and words[-1] in _HEDGES:
        words = words[:-1]
    words = _without_tail(words)
    if not words or len(words) > 2:
        return None
    if len(words) == 1 and words[0].isdigit():
        return int(words[0]) if len(words[0]) <= 6 else None
    if len(words) == 1 and marks:
        for pattern, mark in _MARKS:
            if pattern.match(words[0]):
                return mark
    if len(words) == 1 and not marks and _TEN.match(words[0]):
        return 10
    amount = number_value(" ".join(words).replace("нуль", "ноль"))
    if amount is None or amount != int(amount) or words[0] in ("пару", "пара", "пары"):
        return None
    return int(amount)


# a lone score among a few words: number words as a score is said, digits; «один», «пару» no
_SCORE_WORDS = frozenset(
    {"ноль", "нуль", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять"}
)
# a number of something else: «в 4 часа», «2 паяльника на 10 человек», «9 класс»
_UNIT = re.compile(r"^(?:час|минут|класс|человек|раз|штук|дн|день|рубл|лет|год|мест|этаж|кабинет)")
_TIME_LEAD = frozenset({"в", "к", "до", "после", "с", "по", "около"})
MAX_LONE_SCORE_WORDS = 8


def lone_score(text: str, low: int = 0, high: int = 10) -> int | None:
    """The score of a short message (at most MAX_LONE_SCORE_WORDS words) holding exactly one
    number, when that number is in [low, high]: «ну 8 наверное», «я бы поставил 8»,
    «где-то 7 из 10» -> 8, 8, 7. None when there is no number or more than one («2 паяльника
    на 10 человек»), the number counts something else («в 4 часа», «9 класс») or is out of
    range — the message is then not read as a score."""
    words = _without_tail(_words(text))
    if not words or len(words) > MAX_LONE_SCORE_WORDS:
        return None
    found: list[int] = []
    for i, word in enumerate(words):
        if not (word.isdigit() or word in _SCORE_WORDS):
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        before = words[i - 1] if i else ""
        if _UNIT.match(after) or before in _TIME_LEAD or len(word) > 6:
            return None
        value = number_value(word.replace("нуль", "ноль"))
        if value is None:
            return None
        found.append(int(value))
    if len(found) != 1 or not low <= found[0] <= high:
        return None
    return found[0]


# what opens a score said after a review: «…, на 5», «…, ставлю 3», «…, оцениваю на четыре»
_SCORE_OPENS = frozenset(
    {"на", "ставлю", "поставлю", "поставил", "поставила", "оцениваю", "оценю", "оценил", "оценила"}
)


def judged_score(text: str) -> int | None:
    """The 1–5 rating said at the end of a short review: «мне понравилось на 5», «всё было
    супер, на 5 из 5», «было скучновато, ставлю 3» -> 5, 5, 3. The score is what follows the
    last «на» or verb of rating (typed_number, school marks too), the words before it say
    something (is_comment) and hold no other number; None for a question («что на 5
    декабря?»), a number of something else («на 2 этаже») or anything else."""
    if text.strip().endswith("?"):
        return None
    words = _words(text)
    if len(words) > MAX_LONE_SCORE_WORDS + 2:
        return None
    opens = [i for i, word in enumerate(words) if word in _SCORE_OPENS]
    if not opens or opens[-1] == 0:
        return None
    before, after = words[: opens[-1]], words[opens[-1] :]
    if any(word.isdigit() for word in before) or not is_comment(" ".join(before)):
        return None
    value = typed_number(" ".join(after), marks=True)
    return value if value is not None and 1 <= value <= 5 else None


# what a comment is made of: words that say something, not fillers («ну», «как», «хммм»)
_CONTENT = frozenset({"NOUN", "ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND"})
_CONTENT_ADVERBS = frozenset({"ADVB", "PRED"})
_EMPTY_LEMMAS = frozenset({"быть", "сказать", "знать", "думать", "очень", "это", "какой"})


def is_comment(text: str) -> bool:
    """Whether a message not read as anything else says something about the event: a
    statement (no closing «?») with at least one dictionary word that is a noun, adjective,
    verb or adverb and not a filler («паяльники были старые», «было интересно», «круто»);
    «хммм ну как сказать», «ну такое» are not (pymorphy3's first reading)."""
    if text.strip().endswith("?"):
        return False
    for word in re.findall(r"[а-яё]{2,}", text.lower()):
        if not is_known(word):
            continue
        best = parses(word)[0]
        pos = best.tag.POS
        if best.normal_form in _EMPTY_LEMMAS or {"Apro", "Abbr"} & best.tag.grammemes:
            continue
        if pos in _CONTENT or pos in _CONTENT_ADVERBS:
            return True
    return False


# a score drawn as stars («⭐⭐⭐⭐», «🌟🌟🌟», «★★★★★»), variation selectors and spaces allowed
_STARS = re.compile(r"^(?:[\u2b50\U0001f31f\u2605][\ufe0f\s]*)+$")
# a score typed as a keycap digit («4️⃣»: the digit, U+FE0F, U+20E3)
_KEYCAP = re.compile(r"^\s*(\d)\ufe0f?\u20e3\s*$")


def drawn_score(text: str) -> int | None:
    """A score drawn rather than typed: the number of stars of a message made only of stars
    («⭐⭐⭐⭐» -> 4, as rating apps draw 1–5), or a keycap digit («4️⃣» -> 4); None for
    anything else (walk 2026-12-02r, #14)."""
    stripped = text.strip()
    keycap = _KEYCAP.match(stripped)
    if keycap is not None:
        return int(keycap.group(1))
    if not _STARS.match(stripped):
        return None
    return sum(1 for ch in stripped if ch in "\u2b50\U0001f31f\u2605")


# a reaction that says how it went without a score: «👍», «🔥🔥🔥», «норм», «ну норм было»,
# «нормально», «неплохо», «так себе», «супер было», «скучновато»
_REACTION_WORDS = re.compile(
    r"^(?:(?:ну|да|вс[её]|в\s+целом|вполне|очень|было|мне)\s+)*"
    r"(?:норм\w*|неплох\w*|хорош\w*|отличн\w*|супер|класс\w*|круто|кайф\w*|прикольн\w*"
    r"|так\s+себе|плох\w*|скучн\w*|скучновато|пойд[её]т|сойд[её]т|средне|ничего\s+так"
    r"|понравил\w*|не\s+понравил\w*|огонь)"
    r"(?:\s+(?:было|вс[её]|в\s+целом|вроде|прошло|мероприятие))*$"
)
_EMOJI_ONLY = re.compile(
    r"^[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2764\uFE0F\u200D\U0001F3FB-\U0001F3FF"
    r"\s!)(:;]+$"
)
MAX_REACTION_CHARS = 40


def is_reaction(text: str) -> bool:
    """Whether `text`, sent while a poll's rating is asked, is a reaction with no score —
    emoji only («👍», «🔥🔥🔥») or a few words of judgement («ну норм было», «так себе»):
    the rating question is then asked again with its buttons (README: an answer the bot
    cannot read gets the same question again), never small talk. A drawn score
    (drawn_score) is read, not asked about."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_REACTION_CHARS or drawn_score(stripped) is not None:
        return False
    if _EMOJI_ONLY.match(stripped) and any(ord(ch) > 0x2000 for ch in stripped):
        return True
    return _REACTION_WORDS.match(_clean(stripped).strip(" )(")) is not None


def parse_score(text: str, low: int, high: int) -> int | None:
    """A typed score in [low, high] (see typed_number; school marks and drawn scores —
    stars, keycap digits: drawn_score — on the 1–5 scale); None for anything else."""
    if (low, high) == (1, 5):
        drawn = drawn_score(text)
        if drawn is not None:
            return drawn if low <= drawn <= high else None
    value = typed_number(text, marks=(low, high) == (1, 5))
    return value if value is not None and low <= value <= high else None


def corrected_score(text: str) -> int | None:
    """The new score of a correction: «ой я поставил 4 а хотел 3», «исправь оценку на 3»,
    «не 4, а 3», «3 вместо 4», «ошибся, правильно три», «лучше 3» -> 3; None when the
    message is not a correction (a plain score is not one)."""
    found = score_correction(text)
    return found.value if found is not None else None


def score_correction(text: str) -> Correction | None:
    """The correction a message makes (see corrected_score), with the score it names as
    given and the question it names, if any (`Correction`); None when it is none."""
    words = _words(text)
    if len(words) > MAX_CORRECTION_WORDS:
        return None  # a longer text is a comment that happens to name numbers
    line = " ".join(_digits(words))
    for pattern in _CORRECTIONS:
        found = pattern.search(line)
        if found is None:
            continue
        was = found.groupdict().get("was")
        given = _GIVEN.search(line[: found.start("new")]) if was is None else None
        if given is not None:
            was = given.group(1)
        question = (
            "recommend"
            if _NAMES_RECOMMEND.search(line)
            else "rating"
            if _NAMES_RATING.search(line)
            else None
        )
        return Correction(int(found.group("new")), int(was) if was else None, question)
    return None


def is_absent(text: str) -> bool:
    """«Меня не было», «не был», «не ходила»: the typed form of the "absent" button — also
    said as a sentence (`_says_absent`: «я не ходил на это мероприятие», «меня там не было,
    я болел»)."""
    clean = _clean(text)
    return _ABSENT.match(clean) is not None or _says_absent(clean)


# «я не ходил на это мероприятие», «меня там не было, я болел», «не смогла прийти»: a
# negated verb of attending (_ATTEND) opening the first clause, after its subject (я, мы,
# меня, нас) and «там» at most, followed by where (там, туда, «на/в» and a few words) and an
# infinitive of attending only; a reason may follow a comma. «не пришёл лектор», «не было
# звука» name someone or something else after the verb: no absence (review64b).
_ABSENT_CLAUSE = re.compile(
    r"^(?:(?:я|мы|меня|нас)\s+)?(?:(?:там|тут|туда)\s+)?не\s+(?P<verb>[а-я]+)"
    r"(?P<tail>(?:\s+(?:там|тут|туда))?(?:\s+(?P<inf>[а-я]+))?(?:\s+(?:на|в)(?:\s+[а-я]+){1,3})?"
    r"(?:\s+(?:там|тут|туда))?)(?:\s*[,;(—–-].*)?$"
)
_ATTEND = frozenset(
    {"быть", "ходить", "сходить", "пойти", "прийти", "попасть", "присутствовать", "дойти"}
)


def _says_absent(clean: str) -> bool:
    """Whether `clean` (_clean's text) opens with a clause of `_ABSENT_CLAUSE` whose verb is
    a past form of a verb of attending (pymorphy3), or «смог» with such an infinitive."""
    found = _ABSENT_CLAUSE.match(clean)
    if found is None:
        return False
    verb = _attending(found["verb"], "past")
    if verb == "смочь":
        return found["inf"] is not None and _attending(found["inf"], "INFN") in _ATTEND
    return verb in _ATTEND and (found["inf"] is None or found["inf"] in ("там", "туда"))


def _attending(word: str, grammeme: str) -> str | None:
    """The lemma of `word`'s first reading with `grammeme` among those of _ATTEND and
    «смочь» (pymorphy3), or None."""
    for reading in parses(word):
        if grammeme in reading.tag and reading.normal_form in (*_ATTEND, "смочь"):
            return str(reading.normal_form)
    return None


def is_skip(text: str) -> bool:
    """«пропустить», «не знаю», «не хочу отвечать», «затрудняюсь ответить»: skip this poll
    question (the next one is asked)."""
    return _SKIP.match(_clean(text)) is not None


def is_stop(text: str) -> bool:
    """«отмена», «стоп», «хватит», «закончить опрос»: end the poll here."""
    return _STOP.match(_clean(text)) is not None


def _clean(text: str) -> str:
    return " ".join(text.lower().replace("ё", "е").split()).strip(" .!,")


def _words(text: str) -> list[str]:
    """Lower-cased words and numbers, «/» as a word of its own, punctuation dropped."""
    line = _clean(text).replace("/", " / ")
    return [w for w in re.split(r"[\s,.!?;:()«»\"—–]+", line) if w]


def _without_tail(words: list[str]) -> list[str]:
    """Drop «из 10» / «/ 10», «баллов», «с плюсом» after the score."""
    if len(words) >= 2 and words[-2] == "с" and words[-1] in ("плюсом", "минусом"):
        words = words[:-2]
    if words and _TAIL_WORD.match(words[-1]):
        words = words[:-1]
    if len(words) >= 2 and words[-2] in ("из", "/") and words[-1] in _SCALES:
        words = words[:-2]
    if words and _TAIL_WORD.match(words[-1]):
        words = words[:-1]
    return words


def _digits(words: list[str]) -> list[str]:
    """Number words as digits («хотел три» -> «хотел 3»)."""
    out = []
    for word in words:
        value = None if word.isdigit() else number_value(word)
        out.append(str(int(value)) if value is not None and value == int(value) else word)
    return out
