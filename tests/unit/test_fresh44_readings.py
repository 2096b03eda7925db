"""Readings behind the misses of tests/data/real_posts_broad13.jsonl at first sight
(tests/data/fresh44.md), each checked in other words than the set's posts."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parsed(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


def test_a_date_labelled_after_the_source_line_is_when_the_item_was_put_up() -> None:
    # "Источник: <издание>. Дата: <день с годом>": a news feed's credit and the day it took
    # the item (not after the post's own moment), never the event's day
    got = _parsed(
        "Школьный театр 14 марта покажет спектакль «Морозко» для учеников младших классов."
        "\n\nИсточник: Вести Пскова. Дата: 2 марта 2024",
        "2024-03-02T12:00",
    )
    assert got["start"] == "2024-03-14", got["start"]


def test_sreda_after_a_describing_adjective_is_the_environment_not_wednesday() -> None:
    # "окружающей среды", "образовательной среде": «среда» with an adjective of its own (not
    # «этой», «следующей», «первой» …) and no preposition is the noun "environment"
    got = _parsed(
        "В парке пройдёт экологический праздник, посвящённый охране окружающей среды. "
        "Приглашаем школьников 5–7 классов.",
        "2024-05-06T10:00",
    )
    assert got["start"] is None, got["start"]


def test_a_weekday_with_its_modifier_or_preposition_stays_a_weekday() -> None:
    got = _parsed("Собрание родителей пройдёт в ближайшую среду в 18:00.", "2024-05-06T10:00")
    assert got["start"] == "2024-05-08T18:00", got["start"]


def test_the_day_a_host_will_celebrate_is_dated_by_its_relative_clause() -> None:
    # "X отметит День Y, который будет отмечаться 18 мая, …": the host keeps the day on that
    # date, so the clause's date is the event's (a bare "День Y отмечается 18 мая" stays an aside)
    got = _parsed(
        "Городской музей отметит Международный день музеев, который будет отмечаться 18 мая, "
        "бесплатными экскурсиями для школьников. Праздник проходит в городе впервые.",
        "2024-05-06T10:00",
    )
    assert got["start"] == "2024-05-18", got["start"]


def test_the_hour_booking_opens_is_not_the_event_s_start() -> None:
    # "Записаться можно … с 9 утра", "Бронирование открывается в 9:00": the desk's hour, a
    # sentence about booking or sign-up opening, never the event's clock
    for desk in (
        "Записаться можно только в день экскурсии с 9 утра.",
        "Бронирование мест открывается в 9:00.",
    ):
        got = _parsed(
            "В субботу, 6 мая, стартуют экскурсии по заповеднику для школьников. " + desk,
            "2023-05-02T10:00",
        )
        assert got["start"] == "2023-05-06", (desk, got["start"])


def test_a_capitalised_head_noun_after_an_invitation_keeps_its_genitive() -> None:
    # "приглашает на День птиц", "на Неделю науки": the capitalised noun heads a name whose
    # genitive completes it; a bare "День" or "Неделя" is no feast of its own (as «Масленица» is)
    for head, expected in (("День птиц", "день птиц"), ("Неделю науки", "науки")):
        got = _parsed(
            f"Экоцентр приглашает на {head}.\n\nМероприятия пройдут 12 апреля в 15:00. "
            "Приглашаем школьников 3–6 классов.",
            "2024-04-02T10:00",
        )
        assert expected in str(got["title"]).lower(), (head, got["title"])


def test_a_capitalised_name_after_a_cue_is_not_cut_before_its_genitive() -> None:
    # "пройдёт Единый день профилактики": the capitalised words head a phrase the genitive
    # completes; "Единый день" alone names nothing
    got = _parsed(
        "14 ноября в школах района пройдёт Единый день профилактики. Сотрудники полиции "
        "проведут беседы с учениками 5–9 классов.",
        "2024-11-08T10:00",
    )
    assert "профилактики" in str(got["title"]).lower(), got["title"]


def test_a_clock_span_the_next_sentence_continues_after_ends_only_a_part() -> None:
    # "С 11:00 до 13:00 … чтения. Затем до позднего вечера …": the programme goes on after
    # the span, so its closing clock is a part's end, not the event's
    got = _parsed(
        "9 мая в сквере у библиотеки будет работать летняя читальня для всех желающих. "
        "С 11:00 до 13:00 там пройдут громкие чтения стихов о войне. Затем до позднего "
        "вечера гостей ждут настольные игры и мастер-классы.",
        "2024-05-02T10:00",
    )
    assert (got["start"], got["end"]) == ("2024-05-09T11:00", None), (got["start"], got["end"])


def test_a_closing_clock_its_own_sentence_continues_after_ends_only_a_part() -> None:
    # "До 12:30 … аниматоры, после чего начнётся концерт": something follows the clock
    got = _parsed(
        "Праздник двора начнётся 1 июня в 11:00 на площадке у школы. До 12:30 с детьми будут "
        "играть аниматоры, после чего начнётся концерт юных музыкантов.",
        "2024-05-27T10:00",
    )
    assert (got["start"], got["end"]) == ("2024-06-01T11:00", None), (got["start"], got["end"])
