"""benchmarks/needle_forms.py: a label needle in a case no nominative card holds is found,
and the forms the corpus convention keeps are not (sentences written for these tests; the
check reads pymorphy3 tags, never the parser)."""

from __future__ import annotations

import pytest

from benchmarks.needle_forms import needle_faults, set_faults

VENUE = "venue_contains"
TITLE = "title_contains"

FAULTY = [
    # a place in the locative after «в» / «на»: the card shows «Пулковский парк», «Ейск»
    ("Праздник пройдёт в Пулковском парке.", "Пулковском парке", VENUE),
    ("Фестиваль пройдёт в Ейске 5 мая.", "Ейске", VENUE),
    ("Встреча пройдёт в детской библиотеке.", "библиотеке", VENUE),
    # «площади» has a nominative plural reading, but after «на» it is the singular locative
    ("Линейка пройдёт на площади Ленина.", "площади Ленина", VENUE),
    # a stem of the oblique form only: «Дворц» begins «Дворца», not the shown «Дворец»
    ("Концерт состоится во Дворце культуры.", "Дворц", VENUE),
    # a preposition the card drops
    ("Встреча пройдёт в библиотеке.", "в библиотеке", VENUE),
    # a complement of a frame noun a card may drop («вестибюль», «этап»)
    ("Работы принимают в вестибюле администрации города.", "администрации города", VENUE),
    ("Смена пройдёт на базе школы № 5.", "школы № 5", VENUE),
    ("Стартует региональный этап Всероссийского конкурса сочинений.", "конкурса сочинений", TITLE),
    # punctuation at an edge, a lone quote mark
    ("Концерт в ДК «Юность», вход свободный.", "Юность»,", VENUE),
    ("Концерт в ДК «Юность», вход свободный.", "«Юность", VENUE),
]

HELD = [
    # stems both forms hold
    ("Праздник пройдёт в Пулковском парке.", "Пулковск", VENUE),
    ("Праздник пройдёт в Пулковском парке.", "парк", VENUE),
    ("Концерт состоится во Дворце культуры.", "Двор", VENUE),
    ("Стартует региональный этап Всероссийского конкурса сочинений.", "конкурс", TITLE),
    # a complement of a noun the card keeps («здание администрации», «День знаний»)
    ("Колонна пойдёт от здания администрации района.", "администрации района", VENUE),
    ("Программа посвящена Дню знаний.", "знаний", TITLE),
    ("Сбор на площади у администрации района.", "у администрации района", VENUE),
    ("Прошли соревнования по лыжным гонкам.", "лыжным гонкам", TITLE),
    ("Прошли соревнования по лыжным гонкам.", "по лыжным гонкам", TITLE),
    # a name after «им.», its initials or a street's kind stays as written
    ("Игры пройдут в СОЛК им. Г.А. Кулаковой.", "Кулаковой", VENUE),
    ("Место проведения: ул. К. Маркса, 14.", "Маркса, 14", VENUE),
    # an accusative that is the nominative, an abbreviation, a quoted name
    ("Выпускники пойдут в Парк Горького.", "Парк Горького", VENUE),
    ("Олимпиада пройдёт в СФТИ.", "СФТИ", VENUE),
    ("Сбор на просп. Мира у фонтана.", "просп. Мира", VENUE),
    ("Приглашаем на праздник «В гостях у сказки».", "В гостях у сказки", TITLE),
    ("Спектакль «Новый год в мышином королевстве» покажут детям.", "мышином королевстве", TITLE),
    ("Концерт в ДК «Юность», вход свободный.", "Юность", VENUE),
    ("Что? Где? Когда? Игра для школьников.", "Что? Где? Когда?", TITLE),
    # a heading that opens with its preposition, or follows a dash
    ("К музею бережно\nКак вести себя в музее.", "музею бережно", TITLE),
    ("Библиотеки — детям: неделя чтения.", "детям", TITLE),
]


@pytest.mark.parametrize(("text", "needle", "field"), FAULTY)
def test_a_needle_no_nominative_card_holds_is_found(text: str, needle: str, field: str) -> None:
    assert needle_faults(text, needle, field)


@pytest.mark.parametrize(("text", "needle", "field"), HELD)
def test_a_needle_a_nominative_card_holds_passes(text: str, needle: str, field: str) -> None:
    assert needle_faults(text, needle, field) == []


def test_a_set_lists_its_faulty_needles_by_line() -> None:
    cases = [
        {"text": "Праздник пройдёт в Пулковском парке.", "venue_contains": ["Пулковск", "парк"]},
        {
            "text": "Фестиваль «Весна» пройдёт в Ейске.",
            "title_contains": "Весна",
            "venue_contains": "Ейске",
        },
    ]
    assert [(line, field) for line, field, _, _ in set_faults(cases)] == [(2, VENUE)]
