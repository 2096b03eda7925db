"""title81: a news headline that tells its event with a verb of holding, inviting or
celebrating names the post's event over an item the body goes on to
(title_headline.HEADLINE_EVENT), and a headline of quoted names only names the event a
future sentence below it holds (title_discourse.QUOTED_HEADLINE). Posts written for the
test in several shapes, none from a corpus post (tests/data/title81.md)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language import title_discourse, title_grammar, title_headline
from bot.core.language.intents import EventIntent, parse_message

NOW = datetime.fromisoformat("2026-12-07T10:00")  # school wall clock, as the parser reads it


def _title(text: str) -> str:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    return intent.draft.title


# the headline's event, and the body item the title was before (HEADLINE_EVENT off)
_HEADLINE_CHANGED = [
    (
        "В Зеленоградске состоится лыжный забег для всей семьи\n13 декабря в 11:00 на стадионе"
        " «Балтика» участников ждут горячий чай, конкурс снеговиков и розыгрыш призов.",
        "Лыжный забег для всей семьи",
        "Конкурс снеговиков",
    ),
    (
        "В Калининграде пройдёт фестиваль школьных театров\nС 14 по 16 декабря на сцене ДК"
        " моряков покажут двенадцать спектаклей. Открытие 14 декабря в 12:00, мастер-класс по"
        " сценической речи проведёт актёр драмтеатра.",
        "Фестиваль школьных театров",
        "Мастер-класс по сценической речи",
    ),
    (
        "В Гусеве пройдёт слёт юных инспекторов движения\n11 декабря в 10:00 в школе №1"
        " команды покажут знание правил, пройдут полосу препятствий и викторину по безопасности.",
        "Слёт юных инспекторов движения",
        "Викторина по безопасности",
    ),
    (
        "В районе начнётся зимняя спартакиада школьников\n14 декабря в 10:00 на стадионе"
        " «Юность» пройдут эстафеты и соревнования по лыжным гонкам.",
        "Зимняя спартакиада школьников",
        "Эстафеты и соревнования по лыжным гонкам",
    ),
    (
        "В Советске состоится конференция юных исследователей\n17 декабря в 10:00 в гимназии"
        " №1. Участники представят проекты, а для педагогов пройдёт семинар по наставничеству.",
        "Конференция юных исследователей",
        "Семинар по наставничеству",
    ),
    (
        "Школа отпразднует юбилей\n15 декабря в 16:00 в актовом зале выпускники разных лет"
        " покажут концерт, в холле откроется выставка фотографий.",
        "Юбилей",
        "Выставка фотографий",
    ),
]


@pytest.mark.parametrize(("text", "after", "before"), _HEADLINE_CHANGED)
def test_a_headline_telling_its_event_names_the_post(
    text: str, after: str, before: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _title(text) == after
    monkeypatch.setattr(title_headline, "HEADLINE_EVENT", False)
    assert _title(text) == before


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # headlines whose event the body's sentence names too: right before and after
        (
            "В парке Победы пройдёт экологическая акция «Чистый берег»\nВ субботу, 12 декабря,"
            " в 10:00 волонтёры и школьники соберутся у главного входа. В программе мастер-класс"
            " по сортировке отходов и викторина для младших школьников.",
            "Экологическая акция «Чистый берег»",
        ),
        (
            "Школа приглашает на новогоднюю благотворительную ярмарку\n18 декабря с 15:00 до"
            " 18:00 в холле первого этажа ученики продадут поделки и выпечку.",
            "Новогодняя благотворительная ярмарка",
        ),
        (
            "Музыкальная школа приглашает на рождественский концерт\n24 декабря в 18:00 в большом"
            " зале выступят хор и оркестр. После выступления — чаепитие и лотерея.",
            "Рождественский концерт",
        ),
        (
            "Лицей проведёт турнир по настольному теннису\n19 декабря в 14:00 в спортивном зале"
            " сыграют команды 7–9 классов. Для болельщиков подготовлен мастер-класс по подаче.",
            "Турнир по настольному теннису",
        ),
        # a report's headline, then the next event: the next event stays
        (
            "В школе прошёл конкурс чтецов\n15 декабря в 14:00 в библиотеке пройдёт встреча с"
            " писателем Анной Ивановой.",
            "Встреча с писателем",
        ),
        (
            "Лицей отметил юбилей\n19 декабря в 14:00 в спортивном зале пройдёт турнир по"
            " волейболу среди выпускников.",
            "Турнир по волейболу",
        ),
        # a class word in the headline: the body's item is what the post announces
        (
            "В школе пройдут праздничные мероприятия\n25 декабря в 12:00 в актовом зале"
            " состоится новогодний утренник для 1-х классов.",
            "Новогодний утренник",
        ),
        # the post keeps naming the body's event: the headline's words are a figure
        (
            "Настоящее волшебство пройдёт в парке\n20 декабря в 12:00 в парке «Юность» откроется"
            " фестиваль зимних игр. Фестиваль продлится до 17:00, фестиваль проводят впервые.",
            "Фестиваль зимних игр",
        ),
        # the title has a name of its own
        (
            "В Доме культуры пройдёт праздник\n20 декабря в 12:00 спектакль «Зимняя сказка»"
            " покажут ученики театральной студии.",
            "Спектакль «Зимняя сказка»",
        ),
    ],
)
def test_titles_the_headline_step_leaves(text: str, title: str) -> None:
    assert title.lower() in _title(text).lower()


@pytest.mark.parametrize(
    ("text", "after", "before"),
    [
        (
            "«Золотые рыбки» против «Золотых петушков»\n15 декабря в 15:00 в спортивном зале"
            " пройдёт эстафета между командами 3-х классов.",
            "Эстафета «Золотые рыбки» против «Золотых петушков»",
            "«Золотые рыбки» против «Золотых петушков»",
        ),
        (
            "«Физики» и «Лирики»\n16 декабря в 15:00 в актовом зале пройдёт интеллектуальный"
            " турнир между 10-ми классами.",
            "Интеллектуальный турнир «Физики» и «Лирики»",
            "Интеллектуальный турнир",
        ),
        (
            "«Мамы» против «Пап»\n19 декабря в 11:00 в спортзале пройдут семейные соревнования"
            " по волейболу.",
            "Семейные соревнования по волейболу «Мамы» против «Пап»",
            "«Мамы» против «Пап». семейные соревнования по волейболу",
        ),
    ],
)
def test_a_quoted_headline_names_the_event_below(
    text: str, after: str, before: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _title(text) == after
    monkeypatch.setattr(title_discourse, "QUOTED_HEADLINE", False)
    assert _title(text) == before


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a report below the quoted headline: the headline stays
        (
            "«Золотая осень»\n15 ноября в школе прошла ярмарка поделок из природного материала.",
            "«Золотая осень»",
        ),
        # one quoted name alone is the event's own name (as title78 and title_rules13 read)
        (
            "«Новогодний переполох»\n25 декабря в 12:00 в актовом зале состоится спектакль"
            " театральной студии.",
            "Спектакль театральной студии",
        ),
        # the quoted headline names an event itself
        (
            "«Ёлка желаний»\nС 14 декабря в холле школы стартует благотворительная акция:"
            " приносите подарки для детей из приюта.",
            "«Ёлка желаний»",
        ),
    ],
)
def test_a_quoted_headline_that_stays(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(
    ("text", "after", "before", "module", "switch"),
    [
        # a range of grades between the event and its verb (COUNT_RANGES)
        (
            "12 декабря — День Конституции.\nСубботняя дискотека для 8–11 классов начнётся"
            " в 18:00.",
            "Субботняя дискотека для 8–11 классов",
            "День Конституции",
            "grammar",
            "COUNT_RANGES",
        ),
        # a heading line of its own under the day's name (LINE_EVENT)
        (
            "12 декабря — День Конституции.\nСубботняя дискотека\nНачало в 18:00, актовый зал."
            " Приглашаются ученики 8–11 классов.",
            "Субботняя дискотека",
            "День Конституции",
            "discourse",
            "LINE_EVENT",
        ),
        (
            "27 марта — Всемирный день театра!\nСпектакль «Морозко»\nНачало в 12:00 в актовом"
            " зале. Играют ученики 3-х классов.",
            "Спектакль «Морозко»",
            "Всемирный день театра",
            "discourse",
            "LINE_EVENT",
        ),
    ],
)
def test_the_event_after_a_days_name(
    text: str, after: str, before: str, module: str, switch: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _title(text) == after
    target = title_grammar if module == "grammar" else title_discourse
    monkeypatch.setattr(target, switch, False)
    title_grammar.grammar_candidates.cache_clear()
    assert _title(text) == before


def test_a_first_lesson_line_keeps_the_day() -> None:
    # an ordinal-led heading is a part of the day (title80's guard), so the day stays
    text = (
        "12 декабря — День Конституции.\nПервый урок\nНачало в 9:00 во всех классах, проводят"
        " классные руководители."
    )
    assert _title(text) == "День Конституции"
