"""The title follows the start the parser chose (round 43): a clause dated with another day
than the chosen start names another event of the post. Its kind is no candidate of the
chosen day's ("…, а 19 декабря состоится конкурс …" when the start is 12 December), and its
quoted name is lent to no bare kind of the chosen day. A kind that only depends on that
day's noun (the contest of "финал конкурса", the contest of "приём заявок на конкурс") is
the whole the day is a part of, and stays a candidate. Posts written for each reading as
schools and libraries write them."""

from __future__ import annotations

from datetime import date, datetime

from bot.core.language.title_dated_days import another_days_kind, other_day_clauses, own_part
from tests.title_probe import card_title

NOV = datetime.fromisoformat("2026-11-20T10:00")


def test_a_clause_of_another_day_in_the_dated_sentence_names_another_event() -> None:
    text = (
        "Декабрь в нашей школе.\n"
        "В школе 12 декабря в 15:00 пройдёт ярмарка поделок, а 19 декабря состоится конкурс "
        "чтецов «Зимние стихи». Приглашаем родителей и учеников."
    )
    title = card_title(text, NOV)
    assert title.lower().startswith("ярмарка поделок"), title


def test_the_opening_name_of_another_days_event_is_not_lent_to_the_chosen_one() -> None:
    text = (
        "Школьный конкурс чтецов «Зимние стихи» назначен на 19 декабря. А уже 12 декабря в "
        "15:00 в холле школы состоится ярмарка поделок. Приглашаем всех."
    )
    title = card_title(text, NOV)
    assert "ярмарка поделок" in title.lower(), title
    assert "Зимние стихи" not in title, title


def test_a_bare_kind_takes_no_name_from_another_days_event_of_its_kind() -> None:
    # two concerts: the one invited to on the 12th has no name; the 19th's is another one
    text = (
        "Приглашаем на концерт 12 декабря в 15:00 в актовом зале. 19 декабря состоится "
        "концерт «Зимняя сказка» в филармонии."
    )
    title = card_title(text, NOV)
    assert title.lower().startswith("концерт"), title
    assert "Зимняя сказка" not in title, title


def test_a_lecture_takes_no_name_from_another_days_festival() -> None:
    text = (
        "Фестиваль «Снежный город» пройдёт 26 декабря. 12 декабря в 15:00 в школе состоится "
        "лекция о безопасности на льду. Приходите."
    )
    title = card_title(text, NOV)
    assert title.lower().startswith("лекция о безопасности"), title
    assert "Снежный город" not in title, title


def test_the_contest_whose_final_is_another_day_stays_the_whole() -> None:
    # guard: "финал конкурса" dates the final; the contest spans the chosen round too
    text = (
        "Конкурс чтецов.\n"
        "Отборочный тур пройдёт 10 декабря в 14:00 в актовом зале, а 20 декабря — финал "
        "конкурса чтецов «Зимние стихи». Участвуют ученики 5–7 классов."
    )
    title = card_title(text, NOV)
    assert "Зимние стихи" in title, title


def test_the_contest_an_earlier_days_intake_was_for_stays_the_event() -> None:
    # guard: the 8th dates the intake; the contest is what it was for
    text = (
        "Городской конкурс.\n"
        "Ещё 8 ноября библиотека объявила приём заявок на городской конкурс чтецов «Зимние "
        "стихи». Конкурс пройдёт 12 декабря в 15:00 в читальном зале."
    )
    title = card_title(text, NOV)
    assert "Зимние стихи" in title, title


def test_a_start_whose_sentence_names_no_event_leaves_the_other_days_kinds() -> None:
    # guard: the 8th's sentence names no kind of event, so nothing tells the post's event
    # apart from the festival's day
    text = (
        "Новости школы.\n"
        "Хор школы выступит на фестивале «Поющий город», он пройдёт 22 декабря. А 8 декабря "
        "в 15:00 у школы будет работать мобильный пункт сдачи макулатуры. Приходите все."
    )
    title = card_title(text, NOV)
    assert "Поющий город" in title, title


def test_the_event_is_read_in_the_sentence_its_start_was_read_from() -> None:
    # "с 1-го по 5-е апреля" is read by the temporal rules only (no dated sentence weighed):
    # the sentence it was read from is the event's, not the round-up's heading
    text = (
        "Самые яркие весенние фестивали\n\n"
        "Мы собрали для вас самые интересные мероприятия праздничных дней.\n\n"
        "Фестиваль весны «Цветущий сад» в городском музее будет проходить с 1-го по 5-е "
        "апреля с 10:00 до 17:00 и включит мастерские для всей семьи."
    )
    title = card_title(text, NOV)
    assert title.startswith("Фестиваль весны «Цветущий сад»"), title


def test_the_start_sentences_kind_wins_over_a_list_of_the_round_up() -> None:
    text = (
        "Куда пойти на каникулах\n\n"
        "Мы собрали для вас самые интересные мероприятия весенних каникул: выставки, концерты "
        "и мастерские.\n\n"
        "Фестиваль весны в городском музее будет проходить с 1-го по 5-е апреля с 10:00 до "
        "17:00 и включит мастерские для всей семьи."
    )
    title = card_title(text, NOV)
    assert title.startswith("Фестиваль весны"), title


def test_a_named_item_of_the_days_list_of_activities_is_not_the_event() -> None:
    # the sentence the start is read from lists the day's activities (three kinds, commas):
    # the programme of the day the heading names, not an event of its own
    text = (
        "День города в краеведческом музее\n"
        "Осенью город празднует свой день рождения. Краеведческий музей приглашает горожан на "
        "День города к себе в гости.\n"
        "Десятого сентября в музее можно будет послушать лекцию «Старые улицы», поиграть в "
        "настольные игры, пройти квест по выставке «Городские ремёсла».\n"
        "Программа музея:\n"
        "12:00–15:00 — квест по выставке «Городские ремёсла»;\n"
        "13:00–14:00 — экскурсия по залам."
    )
    title = card_title(text, NOV)
    assert title.startswith("День города"), title


def test_the_exhibition_whose_opening_is_the_start_keeps_its_kind_and_name() -> None:
    # the start's clause names the opening OF the exhibition: the exhibition that starts
    # the day before is the whole the opening is part of, not another day's event
    text = (
        "В галерее «Палитра» откроют выставку «кружковцев» «Первые шаги» 16 декабря\n"
        "16 декабря в галерее «Палитра» стартует выставка «Первые шаги», организованная "
        "участниками студии «Кисточка». Посетители увидят картины, вышивку и поделки.\n"
        "«Эта выставка для нас — настоящий праздник», — поделились участники.\n"
        "Торжественное открытие выставки пройдет 17 декабря в 12:00. Вход свободный. "
        "Экспозиция будет доступна для посещения до 30 декабря."
    )
    title = card_title(text, NOV)
    assert title.lower().startswith("выставка «первые шаги»"), title


# the clauses themselves, read from the parser's date phrases (start, end, first, last day)
_ROUND_UP = "Лагеря работают: с 1 июня — школьный лагерь, с 4 июня — загородный лагерь «Орлёнок»."


def _phrase(text: str, words: str, day: date) -> tuple[int, int, date, date]:
    at = text.index(words)
    return at, at + len(words), day, day


def test_each_clause_is_dated_by_the_date_phrase_it_holds() -> None:
    dated = [
        _phrase(_ROUND_UP, "1 июня", date(2027, 6, 1)),
        _phrase(_ROUND_UP, "4 июня", date(2027, 6, 4)),
    ]
    sentence = (0, len(_ROUND_UP))
    found = other_day_clauses(_ROUND_UP, [sentence], dated, date(2027, 6, 1), date(2027, 6, 1))
    assert [_ROUND_UP[a:b].strip() for a, b in found] == ["с 4 июня — загородный лагерь «Орлёнок»."]
    assert _ROUND_UP[slice(*own_part(sentence, found))].endswith("школьный лагерь,")


def test_a_day_inside_the_chosen_span_or_a_session_is_the_events_own() -> None:
    dated = [
        _phrase(_ROUND_UP, "1 июня", date(2027, 6, 1)),
        _phrase(_ROUND_UP, "4 июня", date(2027, 6, 4)),
    ]
    whole = [(0, len(_ROUND_UP))]
    span = other_day_clauses(_ROUND_UP, whole, dated, date(2027, 6, 1), date(2027, 6, 10))
    session = other_day_clauses(
        _ROUND_UP, whole, dated, date(2027, 6, 1), date(2027, 6, 1), [date(2027, 6, 4)]
    )
    assert span == ()
    assert session == ()


def test_no_clause_is_another_days_when_no_phrase_holds_the_chosen_start() -> None:
    dated = [_phrase(_ROUND_UP, "4 июня", date(2027, 6, 4))]
    whole = [(0, len(_ROUND_UP))]
    assert other_day_clauses(_ROUND_UP, whole, dated, date(2027, 6, 1), date(2027, 6, 1)) == ()


def test_a_comma_inside_a_quoted_name_cuts_no_clause() -> None:
    text = "«Ни синицу, ни скворца!» 20.02.2027. Конкурс скворечников пройдёт 3 марта."
    dated = [
        _phrase(text, "20.02.2027", date(2027, 2, 20)),
        _phrase(text, "3 марта", date(2027, 3, 3)),
    ]
    cut = text.index("Конкурс")
    sentences = [(0, cut - 1), (cut, len(text))]
    found = other_day_clauses(text, sentences, dated, date(2027, 3, 3), date(2027, 3, 3))
    assert [text[a:b] for a, b in found] == ["«Ни синицу, ни скворца!» 20.02.2027."]
    assert other_day_clauses(text, sentences, dated[1:], date(2027, 3, 3), date(2027, 3, 3)) == ()


def test_a_kind_depending_on_another_days_noun_is_not_that_days_event() -> None:
    text = "20 декабря — финал конкурса, приём заявок на конкурс, новогодний концерт."
    whole = ((0, len(text)),)
    final = text.index("конкурса")
    intake = text.index("конкурс,")
    concert = text.index("концерт")
    assert not another_days_kind(text, final, "конкурса", whole)
    assert not another_days_kind(text, intake, "конкурс", whole)
    assert another_days_kind(text, concert, "концерт", whole)


def test_two_phrases_a_range_joins_are_one_span_a_past_first_day_a_year_back() -> None:
    # read in August, «2 апреля» rolls to next year; «по 5 ноября» ends this year's span,
    # which holds the chosen 14 August: the action's clause is the event's own span
    text = "Со 2 апреля по 5 ноября пройдёт акция «Открытые двери», 14 августа — в нашей части."
    dated = [
        _phrase(text, "2 апреля", date(2027, 4, 2)),
        _phrase(text, "5 ноября", date(2026, 11, 5)),
        _phrase(text, "14 августа", date(2026, 8, 14)),
    ]
    whole = [(0, len(text))]
    assert other_day_clauses(text, whole, dated, date(2026, 8, 14), date(2026, 8, 14)) == ()
