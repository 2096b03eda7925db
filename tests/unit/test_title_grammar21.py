"""Title candidates read by grammar (bot/core/language/title_grammar.py, issue 10, the
twenty-first round): the noun phrases a reader takes as an event's name, found by pymorphy3
tags around an event noun, an announcing verb, an invitation or "участие в", put in the
nominative and cut to 80 characters at the end of a constituent. Our own small sentences."""

from __future__ import annotations

import pytest

from bot.core.language import title
from bot.core.language.title import concise_title
from bot.core.language.title_grammar import grammar_candidates, is_event_noun
from bot.core.language.title_model import FEATURES, Candidate, features


def phrases(text: str) -> list[str]:
    """The candidates' phrases, in the order found."""
    return [phrase for _, phrase, _ in grammar_candidates(text)]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the phrase ends where the noun's complements end: a comma, a verb
        (
            "В субботу состоится лекция по астрономии для старшеклассников, вход свободный.",
            "Лекция по астрономии для старшеклассников",
        ),
        ("Летом откроется фестиваль для детей и родителей.", "Фестиваль для детей и родителей"),
        ("В пятницу состоится конкурс чтецов «Живое слово».", "Конкурс чтецов «Живое слово»"),
        (
            "Завтра состоится торжественное посвящение в первоклассники.",
            "Торжественное посвящение в первоклассники",
        ),
        ("Традиционная осенняя ярмарка пройдёт в субботу.", "Традиционная осенняя ярмарка"),
    ],
)
def test_a_phrase_ends_with_its_last_complement(text: str, wanted: str) -> None:
    assert wanted in phrases(text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the invitation's object is in the accusative, "участие в" in the prepositional
        ("Приглашаем всех на весёлую викторину о русских сказках!", "Весёлая викторина о"),
        ("Идёт запись для участия в городском турнире по шахматам.", "Городской турнир по"),
        ("Ребята побывали на интересной экскурсии по заводу.", "Интересная экскурсия по"),
        ("Начнётся приём заявок на районный конкурс рисунков.", "Районный конкурс рисунков"),
    ],
)
def test_the_phrase_is_put_in_the_nominative(text: str, wanted: str) -> None:
    assert any(p.startswith(wanted) for p in phrases(text)), phrases(text)


def test_the_subject_stands_after_a_place_or_before_its_verb() -> None:
    # "пройдёт в парке большой праздник": the place is passed over, the subject read
    assert "Большой праздник" in phrases("В воскресенье пройдёт в парке большой праздник.")
    # a prepositional group is never read as the subject ("у школы")
    assert phrases("Осенняя ярмарка пройдёт в субботу у школы.") == ["Осенняя ярмарка"]


def test_the_80_character_cut_falls_on_a_constituent_end() -> None:
    text = (
        "В субботу состоится открытое первенство городской спортивной школы олимпийского "
        "резерва по художественной гимнастике среди девочек младшего возраста."
    )
    (found,) = phrases(text)
    assert found == "Открытое первенство городской спортивной школы олимпийского резерва"
    assert len(found) <= 80


def test_every_candidate_is_at_most_80_characters() -> None:
    text = (
        "Приглашаем на международный фестиваль детского и юношеского творчества народов "
        "Поволжья и Урала по декоративно-прикладному искусству для школьников."
    )
    assert phrases(text)
    assert all(len(p) <= 80 for p in phrases(text))


def test_compounds_of_an_event_noun_are_event_nouns() -> None:
    assert is_event_noun("экофорума")
    assert is_event_noun("видеолекторий")
    assert is_event_noun("лекцию")
    assert not is_event_noun("школьников")  # a surname reading is no event
    assert not is_event_noun("библиотека")
    assert "Видеолекторий" in phrases("В четверг в библиотеке начнётся видеолекторий.")


def test_letters_pronoun_adjectives_and_names_are_not_heads() -> None:
    # "В" is a letter's name to pymorphy3; "этот" never opens a name
    found = phrases("В этот день состоится концерт.")
    assert found == ["Концерт"]


def test_people_are_never_an_events_name() -> None:
    # an address and the subject of a verb that are people, not events
    assert phrases("Уважаемые родители, просьба сдать анкеты.") == []
    assert phrases("Сегодня стартуют первые абитуриенты.") == []
    assert "Городской слёт" in phrases("Уважаемые родители! Состоится городской слёт.")


def test_the_hand_chooser_never_sees_them() -> None:
    text = "Приглашаем на весёлую викторину о русских сказках! Она состоится 5 мая."
    saved = title.GRAMMAR
    try:
        title.GRAMMAR = False
        without = concise_title(text, None)
        title.GRAMMAR = True
        assert concise_title(text, None) == without
    finally:
        title.GRAMMAR = saved


def test_record_offers_them_as_the_grammar_families() -> None:
    text = "В субботу состоится лекция по астрономии для старшеклассников."
    title.RECORD = []
    saved, title.GRAMMAR = title.GRAMMAR, True
    try:
        concise_title(text, None)
        records = title.RECORD
    finally:
        title.RECORD = None
        title.GRAMMAR = saved
    finished = [f for r in records for p in r["picks"] for f in p["finished"]]  # type: ignore[attr-defined]
    assert "Лекция по астрономии для старшеклассников" in finished


def test_each_candidate_says_what_marked_it() -> None:
    text = (
        "Весенний бал\n"
        "Приглашаем на весёлую викторину о русских сказках! "
        "В пятницу состоится конкурс чтецов. Идёт запись для участия в городском турнире."
    )
    roles = {phrase: role for _, phrase, role in grammar_candidates(text)}
    assert roles["Весенний бал"] == "headline"
    assert roles["Весёлая викторина о русских сказках"] == "invited"
    assert roles["Конкурс чтецов"] == "subject"
    assert roles["Городской турнир"] == "part"


def test_features_say_how_a_candidate_stands_to_the_hand_choice() -> None:
    text = "В субботу состоится лекция по астрономии для старшеклассников."
    hand = "Лекция по астрономии"
    cands = [
        Candidate("kinds", 8, 20, hand),
        Candidate("grammar_subject", 0, 20, "Лекция по астрономии для старшеклассников"),
        Candidate("grammar_kind", 0, 20, "Лекция"),
        Candidate("grammar_kind", 0, 30, "Лекция о звёздах"),
    ]
    rows = [dict(zip(FEATURES, r, strict=True)) for r in features(text, None, (0, 0), cands, hand)]
    assert [r["extends_hand"] for r in rows] == [0.0, 1.0, 0.0, 0.0]
    assert [r["inside_hand"] for r in rows] == [0.0, 0.0, 1.0, 0.0]
    assert [r["same_head_as_hand"] for r in rows] == [0.0, 1.0, 1.0, 1.0]
    assert rows[1]["family_grammar_subject"] == 1.0
