"""Which known organisation a name means — THE matcher of organisations' names, for every
place a name is typed or pasted (organiser77):

- a query or a command names one, often partly and in another case: «что у музея в
  декабре?», «план КГТУ», «мероприятия Музея Мирового океана», «итоги гимназии 7»,
  «согласовать всё от политеха» (features.queries, files, agreeing);
- a staff member's pasted post or plan file names its host as written: «Калининградский
  музей янтаря приглашает …», «Организатор: КГТУ им. Петра Великого» (features.organisers).

`organisations_matching` gives every organisation the name may mean — none, one, or several
when it fits more than one equally («Музей» with two museums: the caller ASKS which, it never
picks one nor adds a third); `organisation_named` is the one, or None. What counts as a
match, step by step (the first step that finds any answers):

1. the very name (case, spaces, «ё» and Latin look-alike letters aside: «KГТУ» with a Latin
   K is «КГТУ»; `fold_lookalikes`);
2. never an organisation whose numbers differ: «Гимназия № 7» is not «№ 1», «Лицей 23» is
   «Лицей № 23»; a name with no number may mean a numbered one («гимназии» → «Гимназия № 7»),
   but a number glued to a word by a hyphen is part of that word («Янтарь-2» is not
   «Янтарь»);
3. the school, when the name's words stand in its name («СОШ № 5» → «МАОУ СОШ № 5
   г. Калининграда»); a name merely holding the school's («Детская школа искусств») is not;
4. a partner by whole words in order, in the same form: the name inside the partner's
   («КГТУ» → «КГТУ им. Петра Великого») or the partner's inside the name — then only when
   the longer name's body word (its head noun: «музей» of «Калининградский музей янтаря»)
   is among the shorter's: «Кафе Океан» names another body than the club «Океан»;
5. by dictionary forms (another case: «музея», «Музея Мирового», «колледжем»): the name's
   forms among the partner's when it names the partner's body word or has two words or
   more («Мирового океана»), so «Океан» is not the museum «Музей Мирового океана»; or the
   partner's forms among the name's, under the body-word rule of step 4;
6. a clipped word of the partner's name («политеха» → «Политехнический колледж»);
7. a typo: rapidfuzz likeness of at least TYPO_SCORE («Музей янтяря»).

Sources: pymorphy3's OpenCorpora dictionary (bot.core.language.morphology) for dictionary
forms and parts of speech; Unicode's confusables list (TR39) for the look-alike letters, as
bot.core.language.scripts keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from bot.core.language.morphology import parses
from bot.core.language.scripts import mend_scripts
from bot.core.models import Organisation, OrgKind

CLIPPED = 6  # letters of a clipped name («политех»): shorter ones begin too many words
TYPO_SCORE = 88.0  # rapidfuzz ratio (0–100) of two names' forms: a typo, not another name

_WORD = re.compile(r"[a-zа-я]+(?:-\d+)?|\d+")  # «янтарь-2» is one word, «№5» → «5»
_NUMBER = re.compile(r"(?<![-\d])\d+")  # «№ 7», «Лицей 23»; not the «2» of «Янтарь-2»
_COMPOUND = re.compile(r"[a-zа-я]+(?:-[a-zа-я]+)*")  # «историко-краеведческий»
_GLUED = re.compile(r"[a-zа-яё]-\d", re.IGNORECASE)
# legal forms and the like before a name's body word (МАОУ СОШ …, ФГБОУ ВО КГТУ, г. …)
_NO_BODY = frozenset({"маоу", "мбоу", "моу", "гбоу", "гаоу", "фгбоу", "во", "гбу", "мау"} | {"ано"})
_QUALIFIERS = frozenset({"ADJF", "PRTF", "NUMR"})  # «Калининградский», «Областной», «Второй»


def fold_lookalikes(name: str) -> str:
    """`name` with the Latin look-alike letters of each word that holds a Cyrillic letter
    written in Cyrillic (bot.core.language.scripts.mend_scripts, the mender of every
    message: «KГТУ» → «КГТУ», «MЧС» → «МЧС»); other words as they are («IT-куб» keeps
    «IT»). Both names are folded before they are compared, so a name stored with a Latin
    letter (from a plan file, an invitation) still meets the Cyrillic one typed."""
    return mend_scripts(name)


def name_lemmas(name: str) -> frozenset[str]:
    """The dictionary forms (pymorphy3, most likely parse) of a name's words, look-alike
    letters folded («Музея Мирового» → {"музей", "мировой"})."""
    return frozenset(_lemma(word) for word in _words(name))


def organisations_matching(name: str | None, orgs: Iterable[Organisation]) -> list[Organisation]:
    """Every organisation of `orgs` that `name` (typed or pasted, any case) may mean, by the
    steps of this module's docstring: [] for none (a new name), one, or several when the
    name fits more than one alike («Музей» with two museums) — then the caller asks which,
    never picks one. The order is `orgs`'s."""
    if not name or not name.strip():
        return []
    orgs = list(orgs)
    wanted = _key(name)
    same = [org for org in orgs if _key(org.name) == wanted]
    if same:
        return same[:1]
    orgs = [org for org in orgs if _numbers_agree(name, org.name)]
    words = _words(name)
    schools = [
        org for org in orgs if org.kind is OrgKind.SCHOOL and _inside(words, _words(org.name))
    ]
    if schools:
        return schools[:1]
    partners = [org for org in orgs if org.kind is not OrgKind.SCHOOL]
    for step in (_by_words, _by_forms, _by_clipping, _by_likeness):
        found = [org for org in partners if step(name, org.name)]
        if found:
            return found
    return []


def organisation_named(name: str | None, orgs: Iterable[Organisation]) -> Organisation | None:
    """The one organisation `name` means (`organisations_matching`), or None when it means
    none or several."""
    found = organisations_matching(name, orgs)
    return found[0] if len(found) == 1 else None


def organisations_within(name: str, orgs: Iterable[Organisation]) -> list[Organisation]:
    """The partners of `orgs` whose whole name stands word for word inside `name` (look-alike
    letters folded, case aside) though `organisations_matching` finds `name` to be none of
    them: a longer name of another body word («Центр «Вектор»» holds the partner «Вектор»,
    «Дом детского творчества «Маяк»» the club «Маяк»). Whether they are one organisation
    the name cannot tell, so a card names them as the partner it may be; nothing is
    matched by this. The order is `orgs`'s."""
    words = _words(name)
    return [
        org for org in orgs if org.kind is not OrgKind.SCHOOL and _inside(_words(org.name), words)
    ]


# body words of organisations that are first of all places people go to — a museum, a
# theatre, a library, a hall — rather than bodies that come to the school (a university,
# a college, a centre: «КГТУ», «БФУ»); a school plan's «17.12 (Музей янтаря)» names where
# the class goes (organiser79). Dictionary forms (pymorphy3).
VISITED_BODIES = frozenset(
    {"музей", "театр", "библиотека", "галерея", "планетарий", "зоопарк", "кинотеатр"}
    | {"филармония", "цирк", "океанариум", "дельфинарий", "экзотариум", "заповедник"}
    | {"усадьба", "зал", "стадион", "бассейн", "каток", "парк", "собор", "храм", "кремль"}
)


def is_visited_place(name: str) -> bool:
    """Whether an organisation's `name` is of a place people go to by its body word
    (`body_word` in VISITED_BODIES: «Калининградский музей янтаря», «Актовый зал», «Театр
    кукол»; not «КГТУ», «Центр «Вектор»», «Кванториум»)."""
    return body_word(name) in VISITED_BODIES


def _by_words(name: str, known: str) -> bool:
    """Step 4: one name's words, in the same forms, stand together in the other's — a
    one-word name only as the known's body word («КГТУ» of «КГТУ им. Петра Великого»; not
    «Океана» of «Музей Мирового океана»); the known's inside the name's only when the
    name's body word is among the known's."""
    typed, stored = _words(name), _words(known)
    if _inside(typed, stored) and (len(typed) > 1 or body_word(known) == _lemma(typed[0])):
        return True
    return _inside(stored, typed) and body_word(name) in {_lemma(w) for w in stored}


def _by_forms(name: str, known: str) -> bool:
    """Step 5: one name's dictionary forms among the other's — the name's in the known's when
    it holds the known's body word or two words or more; the known's in the name's when it
    holds the name's body word."""
    typed, stored = name_lemmas(name), name_lemmas(known)
    if typed and typed <= stored and (body_word(known) in typed or len(typed) > 1):
        return True
    return bool(stored) and stored <= typed and body_word(name) in stored


def _by_clipping(name: str, known: str) -> bool:
    """Step 6: a one-word name clipped from a word of the known's, as people shorten a
    name in speech: «политеха» for «Политехнический колледж» (its dictionary form of
    CLIPPED letters or more begins that word and is not the whole of it)."""
    typed = name_lemmas(name)
    if len(typed) != 1:
        return False
    [stem] = typed
    return len(stem) >= CLIPPED and any(
        word.startswith(stem) and word != stem for word in name_lemmas(known)
    )


def _by_likeness(name: str, known: str) -> bool:
    """Step 7: a typo — the better of the dictionary forms' token_sort_ratio (another case,
    another order; not token_set_ratio, which gives 100 to one name's words among the
    other's: «Океан», «Музей Мирового океана») and the letters' ratio (a typo the
    dictionary reads as another word: «янтяря») reaches TYPO_SCORE."""
    forms = fuzz.token_sort_ratio(
        " ".join(sorted(name_lemmas(name))), " ".join(sorted(name_lemmas(known)))
    )
    return max(forms, fuzz.ratio(_key(name), _key(known))) >= TYPO_SCORE


def _key(name: str) -> str:
    """A name compared whole: look-alikes folded, lower-cased, «ё» as «е», spaces collapsed."""
    return " ".join(fold_lookalikes(name).casefold().replace("ё", "е").split())


def _words(name: str) -> tuple[str, ...]:
    """A name's words and numbers, compared (`_key`), without signs («№5» → «5»); a number
    glued by a hyphen stays in its word («янтарь-2»)."""
    return tuple(_WORD.findall(_key(name)))


def _numbers_agree(name: str, known: str) -> bool:
    """Whether two names may be one organisation by their numbers: the same numbers in order
    («Гимназия № 7», «Гимназия №7»); or none in `name` while `known`'s stand apart
    («гимназии» for «Гимназия № 7», not «ДЮСШ «Янтарь»» for «ДЮСШ «Янтарь-2»»)."""
    typed, stored = _NUMBER.findall(name), _NUMBER.findall(known)
    if typed == stored and _GLUED.findall(name.casefold()) == _GLUED.findall(known.casefold()):
        return True
    return not typed and not _GLUED.search(name) and not _GLUED.search(known)


def _inside(part: Sequence[str], whole: Sequence[str]) -> bool:
    """Whether the words `part` stand together, in order, in `whole` (neither empty)."""
    size = len(part)
    return 0 < size <= len(whole) and any(
        tuple(whole[at : at + size]) == tuple(part) for at in range(len(whole) - size + 1)
    )


def _lemma(word: str) -> str:
    """A word's dictionary form (pymorphy3's most likely parse; a number or an unknown
    word as it is)."""
    if not word.isalpha():
        return word
    found = parses(word)
    return found[0].normal_form.replace("ё", "е") if found else word


def body_word(name: str) -> str:
    """The dictionary form of a name's body word: its first word that is no legal form
    («МАОУ»), number or qualifier (an adjective, a participle: «Калининградский»); of a
    hyphenated word its last part («Историко-краеведческий» → «краеведческий»,
    «Арт-студия» → «студия»); the first word when every one is such ("" for none)."""
    words = [w.rsplit("-", 1)[-1] for w in _COMPOUND.findall(_key(name))]
    for word in words:
        if word in _NO_BODY:
            continue
        found = parses(word)
        if found and found[0].tag.POS in _QUALIFIERS:
            continue
        return _lemma(word)
    return _lemma(words[0]) if words else ""
