"""The event a post is about, read by syntax in the sentence that gives its start (title72).

A post names many things: the occasion ("День памяти и скорби"), the programme around the
event, other items of the day. The one the post announces is the noun phrase the start's
own clause says is held then:

- the subject of a verb of holding ("пройдёт", "состоится", "стартовала", "открылся",
  "проводится", "прошёл"), before or after it, in the nominative and agreeing with the verb
  in number (and, in the past, in gender): "В 21 час пройдёт акция «Свеча памяти»";
- the subject of a passive participle of a verb of holding ("будет проведён медиаурок
  «…»", "был проведён час поэзии «…»");
- the direct object of an active verb of holding ("провела марш солидарности «…»");
- the goal of an invitation ("приглашаем на …"), in the accusative.

Verbs are read by their pymorphy3 lemma and tags, not by their written forms; the head must
be an event noun (title_grammar.is_event_noun) and no person. The phrase is the head with its
agreeing adjectives, its genitive and prepositional dependents and a quoted name
(title_grammar.phrase_at), in the nominative, at most 80 characters.

`held_event(text, sentence)` reads only the start's sentence (read on when the next one
begins in lower case: "31 декабря в 20.00. в клубе …"), no pass over the whole post.
`held_title` (post_draft.with_post_facts, after the hand chooser) takes it over the hand's
title only when it is named by a quoted name of its own the title lacks, or the title is one
word that is not the held phrase's head (title76: "Спектакли" under "показы спектаклей"):
measured on the first-sight sets broad31/broad32, taking it always lost (60 against 61 of
80), so the hand's title stays otherwise (tests/data/title72.md).
"""

from __future__ import annotations

import re

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.quote_marks import with_guillemets
from bot.core.language.title_actions import action_noun
from bot.core.language.title_grammar import (
    Tokens,
    animate,
    head_after,
    head_before,
    invited_head,
    is_count,
    is_event_noun,
    is_word,
    phrase_at,
    right_ends,
    word_readings,
)

# lemmas of verbs whose subject is the event held ("пройдёт конкурс", "открылся слёт")
_HOLDING_INTR = frozenset(
    {
        "пройти",
        "проходить",
        "состояться",
        "стартовать",
        "открыться",
        "открываться",
        "начаться",
        "начинаться",
        "проводиться",
        "развернуться",
        "продолжиться",
        "продолжаться",
    }
)
# lemmas of verbs whose object (active) or subject (passive participle) is the event held
# ("провели акцию", "будет проведён урок")
_HOLDING_TRAN = frozenset({"провести", "проводить", "организовать", "устроить", "запланировать"})
_INVITING = frozenset({"приглашать", "пригласить", "звать", "позвать"})
_END = re.compile(r"[.!?…](?=\s|$)")
# a cheap gate before the sentence is read word by word: the stems every form of the verbs
# above begins with (the lemma read by pymorphy3 still decides)
_GATE = compile_with_scan(
    r"[Пп]ро[шйвх]|[Сс]осто|[Сс]тарт|[Оо]ткр|[Нн]ач[аин]|[Оо]ргани|[Уу]стро|[Зз]аплан"
    r"|[Пп]ригла|[Зз]ов|[Зз]ва|[Рр]азвер|[Пп]родолж"
)


ACTION_SUBJECTS = True  # title77: a noun of action the holding verb has as subject is the event
HELD = True  # False: the hand chooser's title as it was (benchmarks compare the two)
_QUOTED = re.compile(r"[«\"]([^«»\"]+)[»\"]")
_QUOTE_MARK = re.compile(r"[«\"]")
_STRAIGHT = re.compile(r"\"([^\"«»]+)\"")
# a quoted name one of a list ("по предметам «Физика», «История» …", "«A» / «B»")
_LISTED = re.compile(r"[»\"]\s*[,/]\s*[«\"]")
_STEM = re.compile(r"[а-яёa-z0-9]+")


def held_title(text: str, sentence: tuple[int, int] | None, title: str) -> str:
    """`title`, or the event the start's sentence says is held (held_event) instead when
    - that event is named by a quoted name of its own (not one of a list) that `title` does
      not hold, and `title`'s own quoted name, if any, is not in that sentence ("будет
      проведён медиаурок «Дети и война»" over the occasion "День памяти и скорби"), and
      `title` is not the headline's own words (unless the clause writes them after that
      name: what the event is for, _after_name);
    - or `title` is one word (or none) that is not the held phrase's (longer) head: the
      title is none of its words, or one of its dependents ("Спектакли" in "Показы
      спектаклей": the shows are the event);
    never when the headline says another event is held."""
    clause = _clause(text, sentence) if HELD else None
    if clause is None or (title and " " in title.strip() and not _QUOTE_MARK.search(clause)):
        return title  # no quoted name to take, and the title is more than a word
    held = _read(clause)
    if held is None or _headline_holds_another(text, sentence, held):
        return title
    phrase = held
    name = _QUOTED.search(phrase)
    if (
        name is not None
        and _own_name(phrase, name.start())
        and not _listed(clause, name.group(1))
        and not _stems(name.group(1)) <= _stems(title)
        and not _named_in(title, clause)
        and (not _in_headline(text, title) or _after_name(clause, name.group(1), title))
    ):
        return phrase
    if (
        " " in phrase
        and (not title or " " not in title.strip())
        and not _stems(title) <= _stems(_head(phrase))
    ):
        return phrase  # another head: not the title's own word with what qualifies it
    return title


def _head(phrase: str) -> str:
    """The head noun of a nominative phrase: its first word read as a nominative noun
    (pymorphy3), the adjectives before it passed over ("Показы спектаклей …" → "Показы",
    "Детский фестиваль" → "фестиваль"); the whole phrase when no word is."""
    for word in phrase.split():
        found = word_readings(word.strip('«»"()'))
        if found and found[0].tag.POS == "NOUN" and found[0].tag.case == "nomn":
            return word
    return phrase


def _in_headline(text: str, title: str) -> bool:
    """Whether every word of `title` (by stems) stands in the post's headline line (at most
    120 characters), or, under a headline that is nothing but a quoted name, every word of
    the title's quoted name (the body's kind word added to the headline «Внимание — дети!»
    names the same event): the headline has named the event the post is about."""
    line = text.find("\n")
    if not 0 < line <= _HEADLINE or not title:
        return False
    name = _QUOTED.search(title)
    if name is not None and _QUOTED.fullmatch(text[:line].strip(" .!")):
        return _stems(name.group(1)) <= _stems(text[:line])
    return _stems(title) <= _stems(text[:line])


def _after_name(clause: str, name: str, title: str) -> bool:
    """Whether every word of `title` (by stems) stands in the clause after the held event's
    quoted `name` and not all of them before it: the title names what the held event is for
    or about («стартовала смена «Знание — сила» для подготовки к Всероссийской олимпиаде»),
    a dependent of the event, so a headline naming it («… примут участие во Всероссийской
    олимпиаде») does not make it the event."""
    at = clause.find(name)
    if at < 0 or not title:
        return False
    words = _stems(title)
    return words <= _stems(clause[at + len(name) :]) and not words <= _stems(clause[:at])


def _headline_holds_another(text: str, sentence: tuple[int, int] | None, held: str) -> bool:
    """Whether the post's first line (a headline: at most 120 characters, before the start's
    sentence) says another event is held ("Библиотека проведёт квест" over the start's
    sentence's presentation): the headline tells which item the post is about."""
    line = text.find("\n")
    if line <= 0 or line > _HEADLINE or sentence is None or sentence[0] < line:
        return False
    headline = _read(with_guillemets(text[:line]))
    return headline is not None and _stems(headline.split()[0]) != _stems(held.split()[0])


_HEADLINE = 120  # characters a headline line has at most (as title_grammar reads one)


def _own_name(phrase: str, at: int) -> bool:
    """Whether the quoted name at `at` names the phrase's head: no preposition stands before
    it ("Олимпиада по направлению «Техника»": the name of the direction, not the olympiad's)."""
    return not any(
        (found := word_readings(w)) and found[0].tag.POS == "PREP" for w in phrase[:at].split()
    )


def _listed(clause: str, name: str) -> bool:
    """Whether the quoted `name` is one of a list in the clause: another quoted name follows
    it after a comma or a slash."""
    at = clause.find(name)
    return at >= 0 and _LISTED.match(clause, at + len(name)) is not None


def _stems(phrase: str) -> set[str]:
    """The first five letters of each word: a word's forms share them ("Недели", "Неделя")."""
    return {w[:5] for w in _STEM.findall(phrase.lower().replace("ё", "е"))}


def _named_in(title: str | None, clause: str) -> bool:
    """Whether `title` holds a quoted name that the clause also writes."""
    own = _QUOTED.search(title or "")
    return own is not None and own.group(1).lower() in clause.lower()


def held_event(text: str, sentence: tuple[int, int] | None) -> str | None:
    """The event noun phrase the start's sentence `sentence` (offsets into `text`) says is
    held, in the nominative, capitalised, at most 80 characters; None when the sentence has
    no verb of holding or invitation with an event noun as its subject, object or goal."""
    clause = _clause(text, sentence)
    return _read(clause) if clause is not None else None


def _clause(text: str, sentence: tuple[int, int] | None) -> str | None:
    """The start's sentence, its quote marks written «…»; a sentence cut where the next one
    begins in lower case ("31 декабря в 20.00. в клубе …": a clock's point) is read on to
    the next sentence's end."""
    if sentence is None:
        return None
    start, end = sentence
    after = end + 1
    while after < len(text) and text[after] in " .":
        after += 1
    if after < len(text) and text[after].islower():
        follow = _END.search(text, after)
        end = follow.end() if follow else len(text)
    return with_guillemets(text[start:end])


def _read(clause: str) -> str | None:
    """held_event's phrase read in `clause` (a straight-quoted name written «…»); None when
    the clause holds two events ("откроется выставка …, а начнётся концерт": which one the
    post is about the clause does not say)."""
    if _GATE.search(clause) is None:
        return None
    tokens = Tokens(clause)
    events = {
        h: case
        for h, case in _heads(tokens)
        if (
            is_event_noun(tokens.words[h])
            or (ACTION_SUBJECTS and case is None and action_noun(tokens.words[h]))
        )
        and not animate(tokens.words[h])
    }
    if len(events) != 1:
        return None
    h, case = next(iter(events.items()))
    phrase = phrase_at(tokens, h, case)
    return _STRAIGHT.sub(r"«\1»", phrase) if phrase else None


def _heads(tokens: Tokens) -> list[tuple[int, str | None]]:
    """(head token index, its case when not the nominative) of each noun a verb of holding or
    inviting marks, in the order of the verbs."""
    found: list[tuple[int, str | None]] = []
    for i, word in enumerate(tokens.words):
        if not is_word(word):
            continue
        parsed = word_readings(word)
        if not parsed:
            continue
        tag, lemma = parsed[0].tag, parsed[0].normal_form
        if (tag.POS == "VERB" and lemma in _HOLDING_INTR) or (
            tag.POS == "PRTS" and lemma in _HOLDING_TRAN | {"открыть"}
        ):
            found += [(h, None) for h in _subjects(tokens, i, tag)]
        elif tag.POS == "VERB" and lemma in _HOLDING_TRAN:
            h = head_after(tokens, i + 1, ("accs",))
            if h is not None:
                found.append((h, "accs"))
        elif tag.POS == "VERB" and lemma in _INVITING:
            h = invited_head(tokens, i)
            if h is not None:
                found.append((h, "accs"))
    return found


def _subjects(tokens: Tokens, i: int, verb: object) -> list[int]:
    """The nominative nouns after and before the verb at token i that agree with it."""
    heads = []
    for h in (
        head_after(tokens, i + 1, ("nomn",)),
        head_before(tokens, i),
        _phrase_before(tokens, i),
    ):
        if h is not None and h not in heads and _agrees(tokens.words[h], verb):
            heads.append(h)
    return heads


def _phrase_before(tokens: Tokens, i: int) -> int | None:
    """The head of a noun phrase whose dependents end right before the verb at token i
    ("Церемония вступления в Юнармию прошла"): the nearest nominative noun on the left, within
    eight tokens, whose right-hand constituents (title_grammar.right_ends) reach token i."""
    for j in range(i - 2, max(i - 9, -1), -1):
        if tokens.gap[j + 1] or not (is_word(tokens.words[j]) or is_count(tokens.words[j])):
            return None  # a count is passed over: «смена для 400 школьников стартовала»
        if is_event_noun(tokens.words[j]) and i in right_ends(tokens, j + 1):
            return j
    return None


def _agrees(noun: str, verb: object) -> bool:
    """Whether a nominative reading of `noun` agrees with the verb's tag in number and, when
    the verb has a gender (past tense, short participle), in gender."""
    number = getattr(verb, "number", None)
    gender = getattr(verb, "gender", None)
    for p in word_readings(noun):
        if "NOUN" not in p.tag or p.tag.case != "nomn":
            continue
        if number and p.tag.number and p.tag.number != number:
            continue
        if gender and number == "sing" and p.tag.gender and p.tag.gender != gender:
            continue
        return True
    return False


def opening_held(text: str, sentence: tuple[int, int] | None, title: str) -> str | None:
    """The event the post's opening sentence says is held (held_event) when that sentence is
    the start's `sentence` — no headline or other line above it — and `title` was read
    elsewhere: a post that opens by telling
    its one event ("25 декабря в нашей школе прошёл методический день. …") is about that
    event, not an item the body goes on to ("урок развития речи"). None when the title has
    a quoted name of its own or shares a word (its first five letters) with that sentence."""
    if not OPENING_HELD or sentence is None or text[: sentence[0]].strip():
        return None
    if _QUOTE_MARK.search(title) or _stems(title) & _stems(text[sentence[0] : sentence[1]]):
        return None  # a title with its own name, or one sharing a word with the sentence
    return held_event(text, sentence)


OPENING_HELD = True  # title77: the opening sentence's held event over a title read elsewhere
