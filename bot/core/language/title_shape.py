"""Whether a card's title is a well-formed Russian noun phrase: the event's kind and/or its
quoted name or subject, in the nominative. A fragment of a sentence is not ("Школа. выступит
хор «Капель»", "Олимпиада …, а также онлайн на сайте", "Первый кадетский бал состоялся",
"Светлый семейный праздник" cut from "Рождество – светлый семейный праздник"). `shapes`
names what is wrong with a title (read outside its quoted names, which may be any words);
`well_formed` repairs a fragment when a cut leaves a well-formed phrase."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import is_known, oblique_noun_pair, parses, to_nominative
from bot.core.language.title_words import KIND, is_kind_word

# a quoted name: any words, never read for the shape
_QUOTED = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)*»|\"[^\"]*\"|“[^”]*”")
_WORD = compile_with_scan(r"\d+(?:-?[А-ЯЁа-яёA-Za-z]+)*|[А-ЯЁа-яёA-Za-z]+(?:-[А-ЯЁа-яёA-Za-z]+)*")
_COMPOUND = re.compile(r"\d+-[А-ЯЁа-яё]{3,}")  # "152-летие", "80-летия"
_ACRONYM = re.compile(r"[А-ЯЁ]{2,6}")
_OPEN = re.compile(r"[«\"“]")  # a quote left open once the closed ones are blanked
# a sentence's end inside the title: ".", "!", "?" or "…" and a word after it
# (the break is the mark's own offset: after a quoted name, "Конкурс «Зимняя сказка». Итоги",
# the word before the blanked name is no part of the sentence's end)
_BREAK = compile_with_scan(r"([А-ЯЁа-яёA-Za-z]*)\s*([.!?…]+)\s+(?=([А-ЯЁа-яё«\"][А-ЯЁа-яё-]*))")
# a clause joined on after a comma: what follows is not part of the name
_CLAUSE = re.compile(
    r",\s+(?:а\s+также|а\s+затем|а\s+потом|где|когда|который|которая|которое|которые"
    r"|которых|которой|котором|которым|что|чтобы|если|так\s+как|поэтому|но|кто|куда|откуда"
    r"|зачем|почему)(?![а-яё])"
)
# a definition: "X – Y" (a dash between spaces)
_DASH = compile_with_scan(r"\s+[–—-]\s+")
_FUNCTION = frozenset({"PREP", "CONJ"})
# a finite verb, a short participle or adjective: a clause's predicate, never in a noun phrase
_PREDICATE = frozenset({"VERB", "PRTS", "ADJS"})
# abbreviations ending in a point that do not end a sentence
_ABBREVIATIONS = frozenset(
    {
        "им", "г", "гг", "ул", "пр", "просп", "д", "св", "ст", "обл", "р", "п", "с", "пос",
        "т", "тыс", "руб", "млн", "к", "кв", "корп", "стр", "каб", "м", "мин", "ч", "чел",
        "лет", "гор", "пл", "наб", "пер", "ш", "б", "бул", "др", "т.д", "т.п", "н",
        "э", "вв", "в", "акад", "проф", "доц", "ген", "изд", "год", "рус", "англ",
    }
)  # fmt: skip


def _reading(word: str) -> Any | None:
    found = parses(word)
    return found[0] if found else None


def _outside(title: str) -> str:
    """The title with its quoted names blanked (same length: offsets hold), a name whose
    quote is never closed (a title cut inside it) blanked to the end."""
    blanked = _QUOTED.sub(lambda m: " " * len(m.group(0)), title)
    opened = _OPEN.search(blanked)
    return blanked[: opened.start()] + " " * (len(blanked) - opened.start()) if opened else blanked


def _predicate(word: str) -> bool:
    """Whether `word` reads likeliest as a finite verb or a short participle, with no
    reading as a noun or an adjective close behind ("мира", "стали", "печь" are nouns)."""
    found = parses(word)
    if len(word) < 2 or not found or found[0].tag.POS not in _PREDICATE:
        return False
    best = found[0].score
    return not any(p.tag.POS in ("NOUN", "ADJF") and p.score >= best / 3 for p in found[1:])


def _question_word(word: str) -> bool:
    """Whether `word` is an interrogative ("где", "когда", "что", "кто")."""
    return any(
        "Ques" in p.tag or (p.tag.POS == "NPRO" and p.normal_form in ("что", "кто"))
        for p in parses(word.lower())
    )


def _named_imperative(outside: str, at: int, word: str) -> bool:
    """Whether `word` at `at` is an imperative opening a name, no predicate: capitalised,
    every verb reading imperative, at the title's start or inside its phrase, never opening
    a sentence ("Квиз Угадай мелодию", "Флешмоб Читай с нами"; not "Ярмарка. Приходите")."""
    if not word[:1].isupper() or outside[:at].rstrip()[-1:] in (".", "!", "?", "…"):
        return False
    verbs = [p for p in parses(word.lower()) if p.tag.POS == "VERB"]
    return bool(verbs) and all("impr" in p.tag for p in verbs)


_PREVIOUS_WORD = re.compile(r"([А-ЯЁа-яёA-Za-z]+)\s*$")


def _governed(outside: str, at: int) -> bool:
    """Whether the word at `at` follows a preposition straight away: a preposition governs a
    noun, never a verb ("Лекция о стали": «стали» is the steel's, not «стать»)."""
    before = _PREVIOUS_WORD.search(outside, 0, at)
    if before is None:
        return False
    reading = _reading(before.group(1).lower())
    return reading is not None and reading.tag.POS == "PREP"


def _in_brackets(outside: str, at: int) -> bool:
    """Whether `at` stands inside round brackets, a note beside the title ("Олимпиада по
    черчению (ОТМЕНЕНО)", "Турнир (отменён)"), not its clause."""
    return outside.rfind("(", 0, at) > outside.rfind(")", 0, at)


def _predicates(outside: str) -> list[re.Match[str]]:
    """The words of the title read as a clause's predicate (see _predicate): an imperative
    opening a name, a word a preposition governs and a note in brackets left out."""
    return [
        m
        for m in _WORD.finditer(outside)
        if _predicate(m.group(0))
        and not _named_imperative(outside, m.start(), m.group(0))
        and not _governed(outside, m.start())
        and not _in_brackets(outside, m.start())
    ]


def _breaks(outside: str) -> list[int]:
    """Where a sentence ends inside the title (offsets of the mark), past abbreviations and
    initials ("им. А. С. Пушкина", "ул. Ленина", "по фин. грамотности"): a capitalised word
    after a word that is no abbreviation, or a finite verb after any word ("Школа. выступит
    хор"). A question after a question ("Что? Где? Когда?") is a name, no sentence's end."""
    found = []
    for m in _BREAK.finditer(outside):
        before, after = m.group(1), m.group(3)
        if "?" in m.group(2) and _question_word(before) and _question_word(after):
            continue
        if _predicate(after.lower()) or (
            after[:1].islower()
            and len(before) >= 4
            and before.lower() not in _ABBREVIATIONS
            and is_known(before.lower())
        ):
            # "Школа. выступит хор", "Рождество – светлый праздник. всех в зал": a word
            # whole, a point, then the sentence's words run on in lower case
            found.append(m.start(2))
            continue
        if not before or before.lower() in _ABBREVIATIONS or not after[:1].isupper():
            continue
        if (len(before) == 1 and before.isupper()) or (
            len(before) <= 3 and not is_known(before.lower())
        ):
            continue  # an initial or an abbreviation ("А. С. Пушкин", "кл.")
        found.append(m.start(2))
    return found


def _addressed(outside: str) -> int | None:
    """The offset of the comma closing an address that opens the title ("Ребята, …",
    "Уважаемые родители, …": adjectives and one animate noun, who is spoken to); None
    when the title opens otherwise."""
    comma = outside.find(",")
    if comma <= 0:
        return None
    words = _WORD.findall(outside[:comma])
    readings = [r for w in words if (r := _reading(w)) is not None]
    if not words or len(readings) < len(words):
        return None
    *before, last = readings
    return (
        comma
        if last.tag.POS == "NOUN"
        and "anim" in last.tag
        and "nomn" in last.tag
        and all(r.tag.POS in ("ADJF", "PRTF") for r in before)
        else None
    )


def _infinitive_tail(outside: str) -> int | None:
    """Where a part after a comma that holds an infinitive begins (its comma's offset): an
    instruction joined on ("Репетиция хора, всем быть"); None when there is none."""
    at = outside.find(",")
    while at > 0:
        end = outside.find(",", at + 1)
        part = outside[at + 1 : end if end > 0 else len(outside)]
        for word in _WORD.findall(part):
            found = parses(word)
            if found and found[0].tag.POS == "INFN" and len(word) > 2:
                return at
        at = end
    return None


def _subtitled(title: str) -> bool:
    """Whether a title with a sentence's end inside is a heading and its subtitle: every
    part a capitalised well-formed noun phrase ("Диносафари. День палеонтолога")."""
    outside = _outside(title)
    cuts = [0, *_breaks(outside), len(title)]
    parts = [title[a:b].strip(" .!?…") for a, b in pairwise(cuts)]
    if _QUOTED.search(parts[0]) and _WORD.search(_outside(parts[0])):
        return False  # "Спектакль «Щелкунчик». Большой театр": a kind and its name are whole
    return all(
        part[:1].isupper() and not _breaks(_outside(part)) and not shapes(part) for part in parts
    )


def _head(outside: str) -> tuple[str, Any] | None:
    """The head of the title's phrase outside its quotes: its first noun, or an adjective
    standing for one ("Открытая лабораторная в СахГУ"), with its likeliest reading; the
    reading None when a preposition governs it ("К музею"). None when the phrase opens
    with a quoted name (the name is its head) or has no noun."""
    governed = False
    adjective: str | None = None
    for m in _WORD.finditer(outside):
        word = m.group(0)
        if m.start() > 0 and not outside[: m.start()].strip():
            return None  # a quoted name opens the title: the name is its head
        reading = _reading(word)
        if _ACRONYM.fullmatch(word):
            # "ИЗО", "ОГЭ": an acronym is a name (never the preposition "изо")
            if governed:
                continue
            return (word, reading)
        if _COMPOUND.fullmatch(word):
            return (word, reading)  # "152-летие": a noun after its number
        if reading is None or word[:1].isdigit():
            continue  # "5-е", "7б": a number, a class
        pos = reading.tag.POS
        if pos == "PREP":
            if adjective is not None:
                return (adjective, _reading(adjective))
            governed = True
            continue
        if pos == "NOUN" or (pos is None and word[:1].isupper()) or not is_known(word.lower()):
            return (word, None if governed else reading)
        if pos in ("ADJF", "PRTF") and not governed:
            adjective = word
            continue
        if pos not in ("ADJF", "PRTF", "NUMR", "ADVB", "CONJ", "PRCL", None):
            return None
    return (adjective, _reading(adjective)) if adjective is not None else None


def _modifier(word: str) -> bool:
    """Whether `word` reads likeliest as an adjective or a participle (a head's modifier)."""
    reading = _reading(word)
    return reading is not None and reading.tag.POS in ("ADJF", "PRTF")


def _nominative(word: str) -> bool:
    # a hyphenated word inflects in its last part ("арт-студию"), which the dictionary knows
    # when the whole does not; "Сан-Франциско" stays unknown
    if not is_known(word.lower().rsplit("-", 1)[-1]):
        return True  # a name the dictionary lacks ("Квиз", "Физбои"): no case to read
    if "-" in word and oblique_noun_pair(word) is not None:
        return False  # "Экскурсию-квест": the first noun tells the pair's case
    return any(
        "nomn" in p.tag or p.tag.POS not in ("NOUN", "ADJF", "PRTF", "NPRO") for p in parses(word)
    )


def definition_subject(text: str, title: str) -> str | None:
    """The subject X of a definition "X – Y" in `text` whose predicate Y the title is
    ("Рождество – светлый семейный праздник" and the title "Светлый семейный праздник"):
    X when it is a name (capitalised, one to four words, a nominative noun at its head);
    None otherwise."""
    low = title.lower().strip()
    if len(low) < 4 or not _described_kind(title):
        return None
    at = text.lower().find(low)
    while at >= 0:
        before = text[max(0, at - 80) : at]
        dash = re.search(r"(?:^|[.!?\n])\s*([^.!?\n–—]{2,60}?)\s+[–—-]\s+$", before)
        if dash and text[at : at + 1].islower():  # a capital opens a headline, no predicate
            subject = dash.group(1).strip(' «»"')
            words = subject.split()
            if (
                1 <= len(words) <= 4
                and subject[:1].isupper()
                and _a_name(subject)
                and _nominative_phrase(subject)
            ):
                return dash.group(1).strip()
        at = text.lower().find(low, at + 1)
    return None


def _defined(title: str) -> str | None:
    """The subject X of a title that is a whole definition "X – Y" (a name, then what sort
    of thing it is: "Масленица – любимый народный праздник"); None otherwise."""
    parts = _DASH.split(_outside(title))
    if len(parts) != 2:
        return None
    subject = title[: len(parts[0])].strip()
    words = subject.split()
    predicate = title[len(title) - len(parts[1]) :].strip()
    if (
        1 <= len(words) <= 4
        and _a_name(subject)
        and _nominative_phrase(subject)
        and _described_kind(predicate)
    ):
        return subject
    return None


def _described_kind(phrase: str) -> bool:
    """Whether `phrase` only says what sort of thing something is: adjectives and one noun,
    no quoted name and no complement ("светлый семейный праздник"; never "заключительный
    этап турнира юных физиков", which names the event itself)."""
    if _QUOTED.search(phrase):
        return False
    words = _WORD.findall(phrase)
    readings = [r for w in words if (r := _reading(w)) is not None]
    if not readings or len(readings) < len(words):
        return False
    *before, last = readings
    return (
        last.tag.POS == "NOUN"
        and bool(before)
        and all(r.tag.POS in ("ADJF", "PRTF") for r in before)
    )


def _a_name(phrase: str) -> bool:
    """Whether `phrase` is a name, not a described common noun: a quoted name, or words with
    no adjective and no verb among them ("Рождество", "Масленица"; never "Первое занятие")."""
    if _QUOTED.fullmatch(phrase.strip()):
        return True
    if KIND.search(phrase):
        return False  # "Урок – зоошкола": a kind of event is no name
    for word in _WORD.findall(_outside(phrase)):
        reading = _reading(word)
        if reading is not None and reading.tag.POS in ("ADJF", "PRTF", "VERB", "PRTS", "INFN"):
            return False
    return True


def _nominative_phrase(phrase: str) -> bool:
    outside = _outside(phrase)
    if not _WORD.search(outside):
        return bool(_QUOTED.search(phrase))  # a quoted name alone
    head = _head(outside)
    return head is not None and head[1] is not None and _nominative(head[0])


def shapes(title: str, text: str | None = None) -> tuple[str, ...]:
    """What makes `title` no well-formed nominative noun phrase, read outside its quoted
    names: "verb" (a finite verb or a short participle), "break" (a sentence ends inside it),
    "clause" (a clause joined on after a comma), "address" (it opens with who is spoken to:
    "Ребята, …"), "dangling" (it ends in a preposition or a
    conjunction), "lower" (it opens with a lower-case word), "case" (its head noun is not
    nominative, or it opens with a preposition), "definition" (it is the predicate of a
    definition in `text` whose subject is a name). Empty when the title is well formed."""
    found: list[str] = []
    outside = _outside(title)
    words = [m.group(0) for m in _WORD.finditer(outside)]
    if _predicates(outside):
        found.append("verb")
    if _breaks(outside) and not _subtitled(title):
        found.append("break")
    if _CLAUSE.search(outside) or _infinitive_tail(outside) is not None:
        found.append("clause")
    stripped = outside.rstrip(" ,;:–—-")
    last = words[-1] if words else None
    if last is not None and stripped.endswith(last) and not _ACRONYM.fullmatch(last):
        reading = _reading(last)
        if reading is not None and reading.tag.POS in _FUNCTION:
            found.append("dangling")
    if _addressed(outside) is not None:
        found.append("address")
    if title.lstrip(" (")[:1].islower():
        found.append("lower")
    if words:
        opening = _reading(words[0])
        head = _head(outside)
        opens = outside.startswith(words[0])  # not after a quoted name
        if (opens and opening is not None and opening.tag.POS == "PREP") or (
            head is not None and (head[1] is None or not _nominative(head[0]))
        ):
            found.append("case")
    if (text is not None and definition_subject(text, title) is not None) or _defined(title):
        found.append("definition")
    return tuple(found)


# the titles last checked: a long post's title is checked when it is picked (concise_title)
# and again once the draft has it (post_draft.with_post_facts), mostly unchanged between (two
# checks in five repeat one); a check depends on nothing but (title, text). Cleared when full.
_FORMED: dict[tuple[str, str | None], str] = {}
_KEEP_FORMED = 16


def well_formed(title: str, text: str | None = None) -> str:
    """`title` itself when it is a well-formed noun phrase (see shapes); else the first cut
    of it that is: the definition's subject ("Рождество"), the part before a joined clause
    or a sentence's end, the words before or after a finite verb ("Первый кадетский бал
    состоялся" -> "Первый кадетский бал"), without a dangling preposition or conjunction,
    capitalised. The title unchanged when no cut is well formed."""
    key = (title, text)
    formed = _FORMED.get(key)
    if formed is None:
        if len(_FORMED) >= _KEEP_FORMED:
            _FORMED.clear()
        formed = _FORMED[key] = _well_formed(title, text)
    return formed


def _well_formed(title: str, text: str | None) -> str:
    """well_formed, read afresh."""
    found = shapes(title, text)
    if not found:
        return title
    if found == ("lower",):
        return title[:1].upper() + title[1:]
    return _repaired(title, text, found, 2, _kept(title)) or title


def _kind_lemmas(phrase: str) -> list[str]:
    """The lemmas of the kind words of `phrase` outside its quoted names, in order."""
    lemmas = []
    for m in KIND.finditer(_outside(phrase)):
        word = _WORD.match(m.group(0))
        reading = _reading(word.group(0)) if word else None
        lemmas.append(reading.normal_form if reading is not None else m.group(0).lower())
    return lemmas


def _own_name(title: str, at: int) -> bool:
    """Whether the quoted name at `at` is the event's own: it opens the title, a verb stands
    right before it ("проводится «Тотальный диктант»"), a kind word up to three words before
    it in the same phrase ("Конкурс чтецов «Живое слово»"), or no preposition and no
    predicate there; never a place or a source up to three words after a preposition ("на
    «Чайке»", "в социальной сети «ВКонтакте»") or after a predicate."""
    before = title[:at]
    if not before.strip():
        return True
    words = _WORD.findall(re.split(r"[,.;:!?…()–—]", _outside(before))[-1])
    last = _reading(words[-1]) if words else None
    if last is not None and last.tag.POS in ("VERB", "INFN"):
        return True
    governed = False
    for word in reversed(words[-3:]):
        if is_kind_word(word):
            return True
        reading = _reading(word)
        if reading is not None and reading.tag.POS in (*_PREDICATE, "INFN"):
            return False  # a predicate between: no longer the kind's phrase
        governed = governed or (reading is not None and reading.tag.POS == "PREP")
    # a name in a short phrase after a preposition is a place or a source ("в фойе кинотеатра
    # «Салют»"); one after a longer phrase is kept ("в традиционном зимнем старте «…»")
    return not governed


def _kept(title: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What every repair of `title` must keep: its own quoted names (see _own_name) and the
    first kind word of its opening sentence (a later sentence, a clause joined on, is what a
    cut drops: "Открытие игр, после чего начнутся соревнования")."""
    names = tuple(m.group(0) for m in _QUOTED.finditer(title) if _own_name(title, m.start()))
    breaks = _breaks(_outside(title))
    return names, tuple(_kind_lemmas(title[: breaks[0]] if breaks else title)[:1])


def _keeps(cut: str, kept: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """Whether a cut keeps every quoted name and kind word a repair must keep (see _kept):
    a repair is never worse than the title it repairs ("Конкурс «Зимняя сказка»", never
    "«Зимняя сказка»")."""
    names, kinds = kept
    return all(name in cut for name in names) and set(kinds) <= set(_kind_lemmas(cut))


def _repaired(
    title: str,
    text: str | None,
    found: tuple[str, ...],
    depth: int,
    kept: tuple[tuple[str, ...], tuple[str, ...]],
) -> str | None:
    """The first well-formed cut of an ill-formed title that keeps what `kept` names, a cut's
    own cut tried too down to `depth` ("Рождество – светлый праздник. всех в зал" ->
    "Рождество – светлый праздник" -> "Рождество"); None when none is. A definition's cut
    keeps no kind: the kind is its predicate, it only describes the name."""
    if _defined(title) is not None or (
        text is not None and definition_subject(text, title) is not None
    ):
        kept = (kept[0], ())
    for cut in _cuts(title, text, found):
        cut = _tidy(cut)
        if not _named(cut):
            continue
        cut = cut[:1].upper() + cut[1:]
        again = shapes(cut, text)
        if not again:
            if _keeps(cut, kept):
                return cut
            continue
        if depth > 1 and (deeper := _repaired(cut, text, again, depth - 1, kept)) is not None:
            return deeper
    return None


def _named(cut: str) -> bool:
    """Whether a cut still names something: a quoted name, or a head noun the dictionary
    knows ("Пятн. торжеств" of "Пятн. торжеств. вручение значков" names nothing), neither
    a pronoun ("Который") nor who does it ("Ребята" of "Ребята посетят музей")."""
    opening = _WORD.search(_outside(cut))
    reading = _reading(opening.group(0)) if opening is not None else None
    if reading is not None and reading.tag.POS == "INFN":
        return False  # "Проводиться «Тотальный диктант»": an instruction's verb, no name
    if _QUOTED.search(cut):
        return True
    head = _head(_outside(cut))
    if head is not None and (_ACRONYM.fullmatch(head[0]) or is_kind_word(head[0])):
        return True  # "ВПР по математике", "ГТО": an event's acronym; "Квиз": its kind
    return (
        head is not None
        and head[1] is not None
        and not {"Abbr", "Apro", "anim"} & head[1].tag.grammemes
        and is_known(head[0].lower().rsplit("-", 1)[-1])  # "арт-студия": its last part
    )


def _object_in_nominative(title: str, outside: str) -> str | None:
    """An object cut from its verb with its head put back in the nominative ("Городскую
    ярмарку ремёсел" -> "Городская ярмарка ремёсел", "Арт-студию «Палитра»" -> "Арт-студия
    «Палитра»"): the words before a quoted name, when it follows them, are read so and the
    name, in apposition, keeps its own form, as does the complement after the head. None when
    the title is not such words: a number or a governing word before the head ("3 отряда",
    "Навстречу Новому году") gives the head its case, never a verb cut off."""
    quote = _QUOTED.search(title)
    lead = title[: quote.start()] if quote is not None else title
    words = lead.split()
    if not words or not all(_WORD.fullmatch(w) for w in words):
        return None
    head = _head(outside if quote is None else lead)
    if head is None or head[1] is None:
        return None
    at = words.index(head[0]) + 1 if head[0] in words else len(words)
    if quote is not None and at != len(words):
        return None  # "Встречу с автором «…»": the name is the complement's, not the head's
    if not all(_modifier(w) for w in words[: at - 1]):
        return None
    rest = " ".join(words[at:]) if quote is None else title[len(lead.rstrip()) :]
    nominative = " ".join(to_nominative(words[:at]))
    return f"{nominative} {rest}".rstrip() if quote is None else nominative + rest


def _tidy(phrase: str) -> str:
    """The phrase without edge punctuation and a dangling preposition or conjunction."""
    phrase = phrase.strip(" ,;:–—-.!?…")
    while True:
        words = phrase.rsplit(None, 1)
        if len(words) < 2 or words[1][-1:] in '»"”':
            return phrase
        reading = _reading(words[1])
        if reading is None or reading.tag.POS not in _FUNCTION or _ACRONYM.fullmatch(words[1]):
            return phrase
        phrase = words[0].rstrip(" ,;:–—-")


def _cuts(title: str, text: str | None, found: tuple[str, ...]) -> list[str]:
    """The cuts of an ill-formed title to try, most telling first (see well_formed)."""
    outside = _outside(title)
    cuts: list[str] = []
    if "definition" in found and text is not None:
        subject = definition_subject(text, title)
        if subject is not None:
            cuts.append(subject)
    if (defined := _defined(title)) is not None:
        cuts.append(defined)
    if (clause := _CLAUSE.search(outside)) is not None:
        cuts.append(title[: clause.start()])
    if (comma := _infinitive_tail(outside)) is not None:
        cuts.append(title[:comma])
    breaks = _breaks(outside)
    if breaks:
        cuts.append(title[: breaks[0]])
        cuts.append(title[breaks[-1] :].lstrip(" .!?…"))
    if "verb" in found:
        for m in _predicates(outside)[:1]:
            if (comma := outside.rfind(",", 0, m.start())) > 0:
                cuts.append(title[:comma])  # "Планетарий, кто поедет": the clause's start
            cuts.append(title[: m.start()])
            cuts.append(title[m.end() :])
    if "dangling" in found:
        cuts.append(title)
    if (address := _addressed(outside)) is not None:
        cuts.append(title[address + 1 :])  # "Ребята, лекция в КГТУ": who is addressed, cut off
    if "case" in found and (lead := outside.find(",")) > 0:
        cuts.append(title[lead + 1 :])  # "Этой неделе, линейка": a leading word cut off
    if "case" in found and (nominative := _object_in_nominative(title, outside)) is not None:
        cuts.append(nominative)
    names = _QUOTED.findall(title)
    # a cut that keeps the title's quoted names first: the name tells the event apart
    return sorted(cuts, key=lambda cut: not all(name in cut for name in names))
