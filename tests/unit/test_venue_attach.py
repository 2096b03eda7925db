"""What ties a venue candidate to the event (venue_attach.py), on sentences written for it."""

from __future__ import annotations

from bot.core.language import venue_choice
from bot.core.language.venue_attach import ATTACHMENT, attachment


def _features(text: str, phrase: str, shown: str = "", sentence: str | None = None) -> dict:
    at = text.index(phrase)
    span = None
    if sentence is not None:
        start = text.index(sentence)
        span = (start, start + len(sentence))
    return dict(zip(ATTACHMENT, attachment(text, at, shown or phrase, span), strict=True))


def test_a_place_after_the_events_own_verb_is_governed() -> None:
    text = "Турнир по шашкам пройдёт в спортивном зале лицея."
    assert _features(text, "спортивном зале")["governed"] == 1.0


def test_a_place_before_the_verb_of_gathering_is_governed_less_the_farther_it_is() -> None:
    near = _features("Юные экологи соберутся в усадьбе.", "усадьбе")["governed"]
    far = _features(
        "В усадьбе на берегу старого пруда за рекой юные экологи соберутся.", "усадьбе"
    )["governed"]
    assert near > far > 0


def test_a_place_in_a_relative_clause_locates_another_noun() -> None:
    text = "Конкурс состоится в клубе, что находится в посёлке Заречном."
    club = _features(text, "клубе")
    village = _features(text, "посёлке")
    assert club["governed"] > 0
    assert club["relative"] == 0.0
    assert village["relative"] == 1.0
    assert village["governed"] == 0.0


def test_a_place_with_no_event_verb_in_its_sentence_is_not_governed() -> None:
    text = "Олимпиада пройдёт весной. Музей открыт по будням."
    assert _features(text, "Музей")["governed"] == 0.0


def test_a_labelled_line_is_the_events_place() -> None:
    text = "Встреча с писателем\nМесто проведения: читальный зал"
    assert _features(text, "читальный зал")["governed"] == 1.0


def test_the_case_after_a_preposition_of_place_is_read_by_tags() -> None:
    text = "Приходите в субботу в библиотеку или на базе колледжа в мастерской."
    assert _features(text, "библиотеку")["place_preposition"] == 0.0  # accusative
    assert _features(text, "субботу")["place_preposition"] == 0.0
    assert _features(text, "колледжа")["place_preposition"] == 1.0  # "на базе"
    assert _features(text, "мастерской")["place_preposition"] == 1.0  # locative


def test_the_head_noun_names_a_kind_of_place_by_its_lemma() -> None:
    text = "Выставка откроется в детских библиотеках."
    assert _features(text, "детских", "Детские библиотеки")["head_place"] == 1.0
    assert _features(text, "детских", "Пензенский драмтеатр")["head_place"] == 1.0
    assert _features(text, "детских", "Городской конкурс")["head_place"] == 0.0


def test_an_organiser_or_a_sender_is_no_place() -> None:
    text = (
        "Слёт пройдёт 5 мая в лагере «Ласточка» при поддержке Министерства образования. "
        "Как сообщили в пресс-службе управления, заявки принимают до 1 мая.\n"
        "Отдел молодёжной политики"
    )
    sentence = "Слёт пройдёт 5 мая в лагере «Ласточка» при поддержке Министерства образования."
    assert _features(text, "Министерства", sentence=sentence)["organiser"] == 1.0
    assert _features(text, "пресс-службе", sentence=sentence)["organiser"] == 1.0
    assert _features(text, "Отдел", sentence=sentence)["organiser"] == 1.0  # the signature
    assert _features(text, "лагере", sentence=sentence)["organiser"] == 0.0


def test_the_events_sentence_block_and_date_distance() -> None:
    sentence = "Праздник пройдёт 1 сентября в сквере у школы."
    text = f"{sentence}\nВход свободный.\n\nВ прошлом году он прошёл в парке."
    here = _features(text, "сквере", sentence=sentence)
    there = _features(text, "парке", sentence=sentence)
    assert here["in_block"] == 1.0
    assert here["date_near"] > 0.5
    assert there["in_block"] == 0.0
    assert there["date_near"] == 0.0


def test_a_candidate_with_no_offset_keeps_only_its_head() -> None:
    assert attachment("Текст.", -1, "Городской парк", None) == [0, 0, 0, 0, 0, 1.0, 0]


def test_the_chooser_reads_the_attachment_features() -> None:
    assert venue_choice.FEATURES[-len(ATTACHMENT) :] == ATTACHMENT
