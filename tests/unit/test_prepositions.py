"""The shared preposition index (prepositions.py): its offsets, and each venue finder's
pattern read at them giving exactly the pattern's own finditer."""

from __future__ import annotations

import random
import re

import pytest

from bot.core.language import place_phrases, place_sites, place_streets, places
from bot.core.language.prepositions import admissible, after_prepositions, starts

# every pattern the venue stage reads through after_prepositions
PATTERNS = {
    "loose phrases": place_phrases._PREPOSITION,
    "frames": place_phrases._FRAME,
    "quoted places": place_sites._QUOTED_AFTER_PREP,
    "quoted names": place_sites._QUOTED_NAME,
    "declined abbreviations": place_sites._DECLINED,
    "streets": place_streets._STREET_ITSELF,
    "organisations": places._ORG_PLACE,
    "schools by number": places._SCHOOL_BY_NUMBER,
    "institutions": places._INSTITUTION,
    "abbreviations after на": places._ON_ABBREVIATION,
    "assembly hall": places._ELIDED_HALL,
}
# … and those whose match opens one character before the preposition (its separator)
SEPARATED = {"abbreviations after в": places._ABBREVIATION}

TEXTS = [
    "Концерт пройдёт в Доме культуры «Юбилейный» на ул. Ленина, 5. Вход свободный.",
    "В 46 школе и во 2-й гимназии, а также на базе 7 лицея пройдут олимпиады.",
    "ВО ДВОРЦЕ СПОРТА, НА СТАДИОНЕ «Динамо»; Иванов вошёл, Смирнов на месте.",
    "Турнир пройдёт на ВДНХ, финал — в ТЮЗе «Молодёжный» и в «Артеке».",
    "Занятия в муниципальном бюджетном учреждении культуры «Центр досуга» (каб. 12).",
    "Собрание в актовом, затем экскурсия на площадке AIFC EXPO и на территории парка.",
    "Встреча в Заречной СОШ, в помещении МАОУ СОШ № 5, на Крещатике и на Новом Арбате.",
    "в\tшколе №3;на\nплощадке «Старт»(во\u00a0дворе) -на улице; сказано:в музее",
    "Музей на Маросейке: «на крыше «Мастерславля»» и «в «Артеке»», (в МГУ) [на Урале]",
    "в КГТУ пройдёт этап, (во ВГИКе; в ЦПКиО,в МГУ) и\nв ДДТ «Радуга»",
    "Фестиваль состоится на ул. Крещатик, ярмарка — на Садовой улице.",
    "",
    "в",
    "на",
]


def test_starts_are_each_preposition_after_no_letter():
    text = "В школе и на улице, во дворе; Иванов вошёл, сон на"
    assert [text[at : at + 3] for at in starts(text)] == ["В ш", "на ", "во "]


def test_starts_read_any_case_and_any_space():
    assert starts("ВО ДВОРЦЕ\tНА\nплощадке") == (0, 10)
    assert starts("(в МГУ) -на улице") == (1, 9)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_each_pattern_matches_in_the_texts(name: str):
    assert any(PATTERNS[name].search(text) for text in TEXTS)  # the comparison below is no
    # comparison of two empty lists


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_finders_read_at_prepositions_as_over_the_whole_text(name: str):
    pattern: re.Pattern[str] = PATTERNS[name]
    for text in TEXTS:
        whole = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        indexed = [(m.span(), m.groups()) for m in after_prepositions(pattern, text)]
        assert indexed == whole, text


@pytest.mark.parametrize("name", sorted(SEPARATED))
def test_finders_read_a_character_before_prepositions(name: str):
    pattern: re.Pattern[str] = SEPARATED[name]
    assert any(pattern.search(text) for text in TEXTS)
    for text in TEXTS:
        whole = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        indexed = [(m.span(), m.groups()) for m in after_prepositions(pattern, text, 1)]
        assert indexed == whole, text


# the fuzz's pieces (review46 M5): prepositions in both cases, quotes, abbreviations, digits,
# odd spaces, hyphens and brackets. «ᲀ» (U+1C80, which `re` folds with «в» under (?i)) is
# left out: the index reads the prepositions' letters only, a difference of no practical use
_PIECES = [
    *("в", "во", "на", "В", "ВО", "На", "НА", "вО", "в«", "на«", "«Артек»", "«", "»"),
    *("школе", "46", "2-й", "СОШ", "МАОУ", "№", "5", "ТЮЗе", "ВДНХ", "ул.", "Ленина"),
    *("улице", "Садовой", "площадке", "территории", "актовом", "зал", "учреждении"),
    *("культуры", "базе", " ", " ", " ", "\n", "\u00a0", "\t", "-", "(", ",", ";", "."),
    *("a", "b", "я", "Я", "ё", "_", "1", "помещении", "здании", "Заречной", '"', "Дом"),
    *("Е", "У"),
]


def test_finders_read_random_texts_as_over_the_whole_text():
    """3,000 random texts (fixed seed) through every pattern: the index gives finditer's
    matches, spans and groups alike."""
    rng = random.Random(46)
    for _ in range(3000):
        text = "".join(
            rng.choice(_PIECES) + rng.choice(["", " ", " "]) for _ in range(rng.randint(1, 14))
        )
        for before, patterns in ((0, PATTERNS), (1, SEPARATED)):
            for pattern in patterns.values():
                whole = [(m.span(), m.groups()) for m in pattern.finditer(text)]
                indexed = [
                    (m.span(), m.groups()) for m in after_prepositions(pattern, text, before)
                ]
                assert indexed == whole, (pattern.pattern[:40], text)


@pytest.mark.parametrize(
    ("pattern", "before"),
    [
        (r"(?:у|возле|около)\s+\w+", 0),  # another preposition
        (r"\d+\s+в\s+\w+", 0),  # a number first
        (r"«?в\s+\w+", 0),  # a quote may open it
        (r"(?:^|[\s(,;])у\s+\w+", 1),  # the separator before another word
        (r"(?:^|[\s(,;]|x)в\s+\w+", 1),  # a letter for a separator
    ],
)
def test_a_pattern_opening_elsewhere_is_refused(pattern: str, before: int):
    compiled = re.compile(pattern)
    assert not admissible(compiled, before)
    with pytest.raises(ValueError, match="may open away"):
        after_prepositions(compiled, "у дома в школе", before)


def test_every_finder_is_admissible():
    assert all(admissible(p) for p in PATTERNS.values())
    assert all(admissible(p, 1) for p in SEPARATED.values())
