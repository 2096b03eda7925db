"""General features of a title candidate (bot/core/language/title_general.py, round 44): its
head noun's grammar as written, the word before it, its sentence, how the post repeats it; and
the general and blended choosers behind title.CHOOSER. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.core.language import title, title_model, title_weights_general
from bot.core.language.title import concise_title
from bot.core.language.title_general import GENERAL_FEATURES, general, head_at
from bot.core.language.title_model import FEATURES, Candidate, features

POST = (
    "Фестиваль «Звонкие голоса» в городском парке\n"
    "Дорогие ребята! Приглашаем вас на фестиваль «Звонкие голоса». "
    "Участники фестиваля споют в летнем театре. "
    "Фестиваль пройдёт 12 июня в парке культуры, встречу ведёт Иван Петров."
)


def read(text: str, word: str, phrase: str | None = None, nth: int = 0) -> dict[str, float]:
    """The general features of the candidate starting at the nth occurrence of `word`."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return dict(zip(GENERAL_FEATURES, general(text, at, phrase or word), strict=True))


def test_the_head_is_the_first_noun_after_the_adjectives() -> None:
    text = "Завтра состоится городской шахматный турнир."
    assert head_at(text, text.index("городской")) == (text.index("турнир"), "турнир")
    assert head_at("Быстро и весело.", 0) is None


def test_the_head_of_an_unknown_offset_is_none() -> None:
    assert head_at(POST, -1) is None


def test_a_subject_reads_nominative_an_object_accusative() -> None:
    subject = read(POST, "Фестиваль", nth=1)
    assert subject["head_nominative"] == 1.0
    assert subject["head_accusative"] == 0.0  # "фестиваль" can be both: nominative wins
    invited = read("Приглашаем на викторину «Знатоки».", "викторину")
    assert invited["head_accusative"] == 1.0
    assert invited["head_nominative"] == 0.0


def test_a_dependent_reads_genitive_a_place_oblique() -> None:
    assert read(POST, "фестиваля")["head_genitive"] == 1.0
    assert read(POST, "театре")["head_oblique"] == 1.0
    assert read(POST, "театре")["head_genitive"] == 0.0


def test_persons_are_animate_and_names() -> None:
    person = read(POST, "Иван")
    assert person["head_animate"] == 1.0
    assert person["head_name"] == 1.0
    assert read(POST, "Участники")["head_animate"] == 1.0
    assert read(POST, "Участники")["head_plural"] == 1.0
    assert read(POST, "Фестиваль")["head_animate"] == 0.0


def test_event_organisation_and_place_heads() -> None:
    assert read(POST, "Фестиваль")["head_event"] == 1.0
    assert read(POST, "парке", nth=0)["head_place"] == 1.0
    museum = "Краеведческий музей объявляет конкурс рисунков."
    assert read(museum, "Краеведческий")["head_organisation"] == 1.0
    assert read(museum, "Краеведческий")["head_event"] == 0.0
    assert read(museum, "конкурс")["head_organisation"] == 0.0


def test_the_word_before_it() -> None:
    invited = read(POST, "фестиваль", "Фестиваль «Звонкие голоса»")
    assert invited["after_preposition"] == 1.0
    assert invited["after_na_v"] == 1.0
    assert read(POST, "фестиваля")["after_preposition"] == 0.0
    # a preposition closing the sentence before does not govern the candidate
    assert read("Ждём всех на. Конкурс чтецов.", "Конкурс")["after_preposition"] == 0.0


def test_announcing_verbs_before_and_after_it_in_its_sentence() -> None:
    invited = read(POST, "фестиваль")
    assert invited["announced_before"] == 1.0
    assert invited["announced_after"] == 0.0
    dated = read(POST, "Фестиваль", nth=1)
    assert dated["announced_after"] == 1.0
    assert dated["announced_before"] == 0.0
    assert read(POST, "Участники")["announced_before"] == 0.0


def test_its_sentence_order_and_the_first_sentence() -> None:
    assert read(POST, "Фестиваль")["first_sentence"] == 1.0
    later = read(POST, "Участники")
    assert later["first_sentence"] == 0.0
    assert later["sentence_order"] == pytest.approx(3 / 5)


def test_a_call_or_a_question_ends_its_sentence() -> None:
    assert read(POST, "ребята")["question_or_call"] == 1.0
    assert read(POST, "Участники")["question_or_call"] == 0.0


def test_how_the_post_repeats_it() -> None:
    repeated = read(POST, "Фестиваль", "Фестиваль «Звонкие голоса»")
    assert repeated["head_recurs"] == pytest.approx(3 / 4)  # four festivals in all
    assert repeated["quote_recurs"] == 1.0
    once = read(POST, "встречу")
    assert once["head_recurs"] == 0.0
    assert once["quote_recurs"] == 0.0


def test_its_words_on_the_first_line() -> None:
    assert read(POST, "фестиваль", "Фестиваль «Звонкие голоса»")["on_first_line"] == 1.0
    assert read(POST, "встречу")["on_first_line"] == 0.0
    half = read(POST, "Участники", "Участники фестиваля")
    assert half["on_first_line"] == pytest.approx(1 / 2)


def test_an_unknown_offset_reads_the_phrase_alone() -> None:
    row = dict(zip(GENERAL_FEATURES, general(POST, -1, "Фестиваль"), strict=True))
    assert row["head_event"] == 1.0
    assert row["head_nominative"] == 0.0  # no case without the text as written
    assert row["after_preposition"] == row["first_sentence"] == 0.0


def test_the_model_rows_end_with_the_general_features() -> None:
    cands = [Candidate("kinds", 5, POST.index("Фестиваль"), "Фестиваль «Звонкие голоса»")]
    row = features(POST, None, (0, 0), cands, None)[0]
    assert len(row) == len(FEATURES)
    assert FEATURES[-len(GENERAL_FEATURES) :] == GENERAL_FEATURES
    named = dict(zip(FEATURES, row, strict=True))
    assert named["head_event"] == 1.0


def test_the_general_weights_ignore_the_hand_scores() -> None:
    title_model.weights.cache_clear()
    w = dict(zip(FEATURES, title_model.weights("general"), strict=True))
    assert title_weights_general.FEATURES == FEATURES
    for hand in ("hand_best", "score", "score_gap", "top_score", "score_rank", "inside_hand"):
        assert w[hand] == 0.0
    assert any(w[f] != 0.0 for f in GENERAL_FEATURES)
    assert title_model.margin() > 0


def test_older_weights_weigh_new_features_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.core.language import title_weights

    older = FEATURES[: -len(GENERAL_FEATURES)]
    monkeypatch.setattr(title_weights, "FEATURES", older)
    monkeypatch.setattr(title_weights, "WEIGHTS", tuple(1.0 for _ in older))
    title_model.weights.cache_clear()
    try:
        w = title_model.weights()
        assert w[: len(older)] == tuple(1.0 for _ in older)
        assert set(w[len(older) :]) == {0.0}
    finally:
        title_model.weights.cache_clear()


@pytest.fixture(params=["general", "blend"])
def chooser(request: pytest.FixtureRequest) -> Iterator[str]:
    """title.CHOOSER set to the general or the blended chooser for one test."""
    saved = title.CHOOSER
    title.CHOOSER = request.param
    try:
        yield request.param
    finally:
        title.CHOOSER = saved


def test_the_general_choosers_name_a_plain_announcement(chooser: str) -> None:
    text = (
        "Уважаемые родители!\n"
        "20 апреля в 15:00 в библиотеке состоится литературная викторина «Сказки Пушкина» "
        "для учеников 3–4 классов."
    )
    span = (21, len(text))
    got = concise_title(text, span)
    assert got is not None
    assert "викторина «сказки пушкина»" in got.lower()
