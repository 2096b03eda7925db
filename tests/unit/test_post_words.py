"""post_words: one reading of a post's words, and each title finder moved onto it gives what
its own pass gave (tests/data/speed46.md)."""

from __future__ import annotations

import re

import pytest

from bot.core.language import post_words as pw
from bot.core.language.morphology import parses
from bot.core.language.sentences import sentences
from bot.core.language.title_words import KIND

TEXTS = [
    "Лекция «Космос» пройдёт 12 мая. Приглашаем всех! Начало мероприятий в 11.00",
    "ВНИМАНИЕ: Мероприятия начнутся в 10:00, арт-фестиваль и День открытых дверей.",
    "Иванов вошёл в зал.\n\nНа ул. Ленина, д. 5 — концерт-встреча с выпускниками",
    "Старт   мероприятий\nв субботу; Вмероприятия начнутся позже",
    "no Cyrillic at all, 2025",
    "",
    "Турнир ᲀ рыцарей: Мероприятия стартуют",  # a character lower-casing is unsafe for
]


@pytest.mark.parametrize("text", TEXTS)
def test_words_are_the_cyrillic_runs(text: str) -> None:
    words = pw.post_words(text)
    runs = list(re.finditer(r"[А-ЯЁа-яё-]+", text))
    assert words.starts == [m.start() for m in runs]
    assert words.ends == [m.end() for m in runs]
    assert words.lowers == [m.group(0).lower() for m in runs]


@pytest.mark.parametrize("text", TEXTS)
def test_each_word_knows_its_sentence(text: str) -> None:
    words = pw.post_words(text)
    spans = sentences(text)
    for start, at in zip(words.starts, words.sentence_ids(), strict=True):
        assert spans[at][0] <= start < spans[at][1]


def test_readings_are_pymorphy3s_of_the_lower_form() -> None:
    words = pw.post_words(TEXTS[0])
    assert words.readings(0) == parses("лекция")
    assert words.readings(0)[0].normal_form == "лекция"


def test_index_before_an_offset() -> None:
    text = "Лекция «Космос» пройдёт"
    words = pw.post_words(text)
    assert words.index_before(0) == -1
    assert words.index_before(6) == 0  # "Лекция" ends at 6
    assert words.index_before(len(text)) == 2


def test_may_hold_reads_the_lower_case() -> None:
    assert pw.post_words(TEXTS[1]).may_hold("мероприяти")
    assert not pw.post_words(TEXTS[0]).may_hold("стартуют")
    assert pw.post_words(TEXTS[6]).may_hold("никогда")  # unsafe: the pattern decides


def test_remembers_the_last_texts_only() -> None:
    first = pw.post_words(TEXTS[0])
    assert pw.post_words(TEXTS[0]) is first
    for text in TEXTS[1:6]:
        pw.post_words(text)
    assert pw.post_words(TEXTS[0]) is not first


@pytest.mark.parametrize(
    "text", [*TEXTS, "Всероссийская акция «Ночь музеев»", "Экскурсии", "мастер-классы"]
)
def test_first_kind_is_kinds_search(text: str) -> None:
    expected = KIND.search(text)
    found = pw.first_kind(text)
    assert (found and (found.span(), found.group(0))) == (
        expected and (expected.span(), expected.group(0))
    )
    assert pw.first_kind(text) is found  # remembered


@pytest.mark.parametrize("text", TEXTS)
def test_a_set_start_needs_its_word(text: str) -> None:
    # title_enrich._dedicated_set reads _SET_START only when the post may hold "мероприяти"
    from bot.core.language.title_enrich import _SET_START

    if not pw.post_words(text).may_hold("мероприяти"):
        assert _SET_START.search(text) is None
    assert any(_SET_START.search(text) for text in TEXTS)


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "Неделя науки",
        "в этот денёк",
        "Ночь музеев",
        "Декада здоровья",
        "месячника безопасности",
        "Добрый день!",
        "Неделя",  # "Н" capital: "недел" not held as written
    ],
)
def test_has_day_noun_is_the_alternation(text: str) -> None:
    # title_days._cued_days: five substring checks in place of a regex alternation's scan
    from bot.core.language.title_days import has_day_noun

    expected = re.search(r"день|недел|ночь|декад|месячник", text) is not None
    assert has_day_noun(text) is expected


def test_word_facts_are_read_once_per_form() -> None:
    # title_words.kind_key and _adjective_like are pure in the word: remembered per form
    from bot.core.language.title_words import _adjective_like, kind_key

    assert kind_key("Велопробег") == kind_key("пробега") == "проб"
    assert kind_key("Слёт") == kind_key("слета") == "слет"
    hits = kind_key.cache_info().hits
    kind_key("Велопробег")
    assert kind_key.cache_info().hits == hits + 1
    assert _adjective_like("«птичьему»")
    assert _adjective_like("xxxiv")
    assert not _adjective_like("концерт")
    hits = _adjective_like.cache_info().hits
    _adjective_like("xxxiv")
    assert _adjective_like.cache_info().hits == hits + 1


@pytest.mark.parametrize("word", ["пройдёт", "концерт", "читать", "дан", "можно", "и", "xyz"])
def test_first_pos_is_the_likeliest_readings(word: str) -> None:
    found = parses(word)
    assert pw.first_pos(word) == ((found[0].tag.POS or "") if found else None)


def test_finite_verb_heading_reads_each_form_once() -> None:
    from bot.core.language.title_heading import has_finite_verb

    assert has_finite_verb("Концерт пройдёт в парке")
    assert not has_finite_verb("Концерт «Пройдёт» в парке")  # a quoted name, not scare quotes
    assert has_finite_verb("Пожарные «открывают» двери")  # scare quotes count
    assert not has_finite_verb("Весенний концерт")
    hits = pw.first_pos.cache_info().hits
    has_finite_verb("Весенний концерт")
    assert pw.first_pos.cache_info().hits > hits


def test_kind_word_of_other_reads_the_word_alone_once() -> None:
    from bot.core.language.title_words import _kind_word_alone, kind_word_of_other

    assert kind_word_of_other("концертмейстеры", "", " пришли")  # a person
    assert kind_word_of_other("конкурсной", "представители ", " комиссии")  # a body
    assert not kind_word_of_other("конкурсного", "о проведении ", " отбора")
    assert not kind_word_of_other("концерт", "большой ", " пройдёт")
    assert _kind_word_alone("конкурсной") is None  # the words around it decide
    assert _kind_word_alone("концертмейстеры") is True
    assert _kind_word_alone("день открытых дверей") is False


@pytest.mark.parametrize("text", TEXTS)
def test_words_between_is_findall_of_the_window(text: str) -> None:
    words = pw.post_words(text)
    for low in range(len(text) + 1):
        for high in range(low, min(len(text), low + 50) + 1):
            assert words.words_between(low, high) == re.findall(r"[А-ЯЁа-яё-]+", text[low:high]), (
                low,
                high,
            )


@pytest.mark.parametrize(
    "text",
    [*TEXTS, "Олимпиада «Умники» прошла в апреле, а награждение состоится", "слОво арт-шоу -да"],
)
def test_clause_words_off_the_list_are_clause_word_matches(text: str) -> None:
    # title_score._held_already: _CLAUSE_WORD over the clause's slice, read off the list
    from bot.core.language.title_score import _CLAUSE_WORD

    words = pw.post_words(text)
    for low in range(len(text) + 1):
        for high in range(low, min(len(text), low + 40) + 1):
            listed = [w for w in words.words_between(low, high) if "-" not in w and w.islower()]
            assert listed == [m.group(0) for m in _CLAUSE_WORD.finditer(text[low:high])]


def test_announced_subject_facts_per_form() -> None:
    # title_announced._subject_after reads a word's readings once per form
    from bot.core.language.title_announced import (
        _nominative_adjective,
        _nominative_noun,
        _taking_place,
        announced_after_verb,
    )

    assert _taking_place("пройдёт") == "sing"
    assert _taking_place("пройдут") == "plur"
    assert _taking_place("Пройдёт") is None  # only small letters are parsed
    assert _nominative_noun("ярмарка", "sing").normal_form == "ярмарка"
    assert _nominative_noun("ярмарка", "plur") is None
    assert _nominative_adjective("весенняя")
    assert not _nominative_adjective("ярмарку")
    text = "В субботу пройдёт весенняя распродажа, пройдут ярмарки"
    found = [found[1] for found in announced_after_verb(text, (0, len(text)))]
    assert found == ["Весенняя распродажа"]  # "ярмарки": a kind, offered as a kind


def test_readings_in_case_per_form() -> None:
    # title_complements.in_case: a word's readings in a case, read once per form
    from bot.core.language.title_complements import _in_case, in_case

    assert [p.tag.case for p in in_case("школы", "gent", 3)] == ["gent"]
    assert in_case("стали", "gent", 3) == []  # a verb ends the phrase
    assert in_case([], "gent", 3) == []
    first = in_case("школы", "gent", 3)
    first.append(None)  # a caller's list is its own
    assert None not in in_case("школы", "gent", 3)
    assert _in_case.cache_info().hits > 0


def test_subject_word_readings_per_form() -> None:
    # title_heading: the nominative subject before a verb, its words' readings once per form
    from bot.core.language.title_heading import _subject_word

    assert _subject_word("ярмарка") == (True, True)
    assert _subject_word("весенняя") == (False, True)
    assert _subject_word("пройдёт") == (False, False)
    assert _subject_word("«Горизонт»") == (False, False)  # not a word: no readings
