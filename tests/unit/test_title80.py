"""title80: what the event-noun lexicon knows (title_grammar.HELD_KINDS, hyphenated and
combined compounds), a title that names no event giving way to the start's sentence's event
(title_discourse.NOUNLESS), ordinals read by their endings («Пятничная дискотека» is no
«Первый урок»), a chat line of two sentences read like a post (SHORT_POSTS) and a name
quoting another with its outer mark left open (title_kind_subject.NESTED_OPEN). Posts
written for the test in several shapes, none from a corpus post (tests/data/title80.md)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from bot.core.language import title_discourse, title_grammar, title_kind_subject, title_phrase
from bot.core.language.intents import EventIntent, parse_message
from bot.core.language.title_grammar import grammar_candidates, is_event_noun

NOW = datetime.fromisoformat("2026-12-07T10:00")  # school wall clock, as the parser reads it


def _title(text: str) -> str:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    return intent.draft.title


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    """is_event_noun, grammar_candidates and kind_phrase (title_phrase._PHRASES) remember
    their answers: a switch turned off in a test must not leave them (nor find them) stale."""
    is_event_noun.cache_clear()
    grammar_candidates.cache_clear()
    title_phrase._PHRASES.clear()
    yield
    is_event_noun.cache_clear()
    grammar_candidates.cache_clear()
    title_phrase._PHRASES.clear()


# kinds of events schools and partners hold, in several of their forms
@pytest.mark.parametrize(
    "word",
    [
        "поездку",
        "посещения",
        "гастролях",
        "прогулке",
        "постановку",
        "матчи",
        "собеседование",
        "обсуждения",
        "чаепитие",
        "эвакуации",
        "вахту",
        "медосмотра",
        "юбилея",
    ],
)
def test_kinds_of_events_schools_hold_are_event_nouns(word: str) -> None:
    assert is_event_noun(word)


@pytest.mark.parametrize("word", ["квест-игра", "онлайн-уроки", "митинг-реквием", "спектакля-игры"])
def test_a_hyphenated_compound_is_an_event_noun_by_either_part(
    word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert is_event_noun(word)
    monkeypatch.setattr(title_grammar, "HYPHENATED", False)
    is_event_noun.cache_clear()
    assert not is_event_noun(word)


@pytest.mark.parametrize(
    "word", ["реакция", "редакции", "происшествие", "нашествия", "обучение", "пересмотр"]
)
def test_a_verb_prefix_makes_no_compound_of_an_event_noun(
    word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not is_event_noun(word)
    monkeypatch.setattr(title_grammar, "COMBINED", False)
    is_event_noun.cache_clear()
    assert is_event_noun(word)  # "акция", "шествие", "смотр" read as its second part


@pytest.mark.parametrize(
    "word", ["экофорум", "велопробега", "полуфинал", "суперфинала", "медиафестиваль", "мегаквест"]
)
def test_compounds_after_a_combining_form_stay_event_nouns(word: str) -> None:
    assert is_event_noun(word)


# (post, title with the switch off, title) — a title naming no event, the event governed
NOUNLESS = [
    (
        "Зимние забавы\nВ субботу, 12 декабря, в 11:00 малыши из детского сада отправятся на "
        "лыжную прогулку в городской парк. Родителей просим одеть детей по погоде!",
        "Зимние забавы",
        "Лыжная прогулка",
    ),
    (
        "Снежные забавы\n12 декабря в 11:00 ученики 3-х классов примут участие в конкурсе "
        "снежных фигур во дворе школы. Родителей просим одеть детей по погоде!",
        "Снежные забавы",
        "Конкурс снежных фигур",
    ),
    (
        "Финальная схватка\nВ субботу, 12 декабря, в 11:00 юнармейцы школы № 5 начнут "
        "финальную схватку за звание лучшего отряда в смотре-конкурсе строевой песни. "
        "Приглашаем родителей поддержать ребят!",
        "Финальная схватка",
        "Смотр-конкурс строевой песни",
    ),
]


@pytest.mark.parametrize(("text", "before", "want"), NOUNLESS)
def test_a_title_naming_no_event_takes_the_sentences_event(
    text: str, before: str, want: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _title(text) == want
    monkeypatch.setattr(title_discourse, "NOUNLESS", False)
    assert _title(text) == before


# titles with no event noun that stay: the occasion the event is dedicated to, a coined
# name, an edition's number, a quoted name the sentence writes, a name told again
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Как пройдут последние звонки\n24 мая в 9:00 в школах города пройдут "
            "торжественные линейки, посвящённые последнему звонку. Выпускникам вручат ленты.",
            "Последний звонок",
        ),
        (
            "В Зеленоградске пройдёт Библиосумерки-2026\n12 декабря в 18:00 библиотеки района "
            "откроют двери для вечерних чтений. Вход свободный.",
            "Библиосумерки-2026",
        ),
        (
            "Юношеское творчество «Звёздный путь»\n12 декабря в 12:00 во Дворце культуры "
            "пройдёт городской конкурс юношеского творчества «Звёздный путь». Вход свободный.",
            "Звёздный путь",
        ),
        (
            "Поездка в Ботанический сад\n12 декабря в 10:00 ученики 5-х классов отправятся на "
            "экскурсию по оранжереям Ботанического сада. Сбор у школы в 9:30.",
            "Поездка в Ботанический сад",
        ),
    ],
)
def test_a_title_with_a_name_or_an_occasion_stays(text: str, want: str) -> None:
    assert want in _title(text)


# "DATE — День …" then the event: a weekday adjective is no ordinal (a part of the day)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "12 декабря — День Конституции! Пятничная дискотека для учеников 8-х классов "
            "начнётся в 18:00 в актовом зале.",
            "Пятничная дискотека для учеников 8-х классов",
        ),
        (
            "12 декабря — День Конституции! Вторничный турнир по шашкам для учеников 5-х "
            "классов начнётся в 15:00 в библиотеке.",
            "Вторничный турнир по шашкам",
        ),
    ],
)
def test_a_weekday_adjective_is_no_ordinal(text: str, want: str) -> None:
    assert _title(text).startswith(want)


def test_an_ordinal_keeps_the_day() -> None:
    text = (
        "12 декабря — День Конституции! Первый урок во всех классах будет посвящён Основному "
        "закону страны, начало в 8:30."
    )
    assert _title(text) == "День Конституции"


# chat lines too short for a post (post.is_long), of two sentences
SHORT = [
    (
        "Любимый праздник\n22 декабря в 16:00 в классе состоится новогодняя "
        "развлекательная программа.",
        "Любимый праздник",
        "Новогодняя развлекательная программа",
    ),
    (
        "12 декабря — День Конституции. Субботняя дискотека для 8-х классов начнётся в 18:00.",
        "День Конституции",
        "Субботняя дискотека для 8-х классов",
    ),
    (
        "12 декабря — День Конституции. Торжественный турнир по шахматам пройдёт в 15:00.",
        "День Конституции. Торжественный турнир по шахматам",
        "Торжественный турнир по шахматам",
    ),
    (
        "Итоги конкурса чтецов\n15 декабря в 14:00 в библиотеке пройдёт встреча с писателем.",
        "Итоги конкурса чтецов",
        "Встреча с писателем",
    ),
    (
        "Новый год! 25 декабря в 17:00 в актовом зале пройдёт новогодний утренник.",
        "Новый год! новогодний утренник",
        "Новогодний утренник",
    ),
]


@pytest.mark.parametrize(("text", "before", "want"), SHORT)
def test_a_short_post_of_two_sentences_gets_the_discourse_reading(
    text: str, before: str, want: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _title(text) == want
    monkeypatch.setattr(title_discourse, "SHORT_POSTS", False)
    assert _title(text) == before


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Концерт хора 15 декабря в 18:00. Вход свободный.", "Концерт хора"),
        ("Экскурсия в музей 15 декабря. Сбор у школы в 9:00.", "Экскурсия в музей"),
        ("Лекция о космосе 10 декабря в 15:00. Читает профессор КГТУ.", "Лекция о космосе"),
        ("Ярмарка\n15 декабря в 12:00 в холле пройдёт благотворительная ярмарка.", "Ярмарка"),
    ],
)
def test_a_short_post_naming_its_event_first_keeps_it(text: str, want: str) -> None:
    assert _title(text) == want


NESTED = [
    (
        "15 декабря в 12:00 пройдут муниципальные соревнования по робототехнике « Гонка "
        "роботов «Шорт-трек». Приглашаем всех ребят и их родителей поболеть за команды.",
        "Муниципальные соревнования по робототехнике",
        "Муниципальные соревнования по робототехнике «Гонка роботов «Шорт-трек»»",
    ),
    (
        "15 декабря в 12:00 пройдёт фестиваль детского творчества «Радуга «Дружба» в "
        "актовом зале. Приглашаем всех ребят и их родителей.",
        "Фестиваль детского творчества",
        "Фестиваль детского творчества «Радуга «Дружба»»",
    ),
]


@pytest.mark.parametrize(("text", "before", "want"), NESTED)
def test_a_name_quoting_another_with_its_outer_mark_open(
    text: str, before: str, want: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _title(text) == want
    monkeypatch.setattr(title_kind_subject, "NESTED_OPEN", False)
    title_phrase._PHRASES.clear()
    assert _title(text) == before


def test_a_spaced_name_closed_further_on_is_one_name() -> None:
    text = (
        "15 декабря в 12:00 пройдёт турнир по шахматам « Белая ладья » в школе № 5. "
        "Приглашаем всех ребят и их родителей поболеть за участников."
    )
    assert _title(text) == "Турнир по шахматам «Белая ладья»"
