"""Which change of an agreed event takes its agreement back (attack v, #14): a wider
audience or a title that names another event, by anyone who may not agree it; a fixed typo,
an added word, fewer classes or the curator's own change keep it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from bot.core.models import Audience, Event, Person, Role
from bot.core.permissions import needs_agreeing_again, same_event_title, widened

AT = datetime(2026, 12, 17, 13, 0, tzinfo=UTC)
EVENT = Event(
    id=1,
    title="Мастер-класс по робототехнике",
    start=AT,
    end=AT.replace(hour=14),
    organisation_id=2,
    audience=Audience(classes=frozenset({"7А", "7Б"})),
    agreed_at=AT.replace(day=1),
    agreed_by=1,
)
PARTNER = Person(id=5, vk_id=500, role=Role.PARTNER, name="", organisation_id=2)
CURATOR = Person(id=1, vk_id=100, role=Role.CURATOR, name="", organisation_id=1)


def test_a_typo_or_an_added_word_names_the_same_event() -> None:
    assert same_event_title("Мастер-класс по робототехнике", "Мастер-клас по робототехнике")
    assert same_event_title("Мастер-класс по робототехнике", "Мастер-класс по роботам")
    assert same_event_title("Лекция по ИИ", "Лекция по искусственному интеллекту")
    assert not same_event_title("Мастер-класс по робототехнике", "Продажа платных курсов КГТУ")
    assert not same_event_title("Олимпиада по программированию", "Продажа курсов")


def test_more_classes_widen_and_fewer_do_not() -> None:
    two = Audience(classes=frozenset({"7А", "7Б"}))
    assert widened(two, Audience(grades=frozenset(range(5, 12))))
    assert widened(two, Audience(classes=frozenset({"7А", "7Б", "8А"})))
    assert widened(two, Audience(classes=frozenset({"7А", "7Б"}), parents=True))
    assert widened(two, Audience())  # the whole school
    assert not widened(two, Audience(classes=frozenset({"7А"})))
    assert not widened(Audience(grades=frozenset({7})), two)


def test_only_a_partners_widening_or_new_event_takes_the_agreement_back() -> None:
    wider = replace(EVENT, audience=Audience(grades=frozenset(range(5, 12))))
    other = replace(EVENT, title="Продажа курсов")
    typo = replace(EVENT, title="Мастер-клас по робототехнике")
    assert needs_agreeing_again(PARTNER, EVENT, wider)
    assert needs_agreeing_again(PARTNER, EVENT, other)
    assert not needs_agreeing_again(PARTNER, EVENT, typo)
    assert not needs_agreeing_again(CURATOR, EVENT, wider)
    assert not needs_agreeing_again(PARTNER, replace(EVENT, agreed_at=None), other)


def test_another_organiser_takes_the_agreement_back_unless_the_curator_gives_it() -> None:
    """owner77: the curator agreed who runs the event too; a partner giving its agreed event
    to the school (or a teacher to another partner) waits for the curator again."""
    given = replace(EVENT, organisation_id=1)
    assert needs_agreeing_again(PARTNER, EVENT, given)
    assert not needs_agreeing_again(CURATOR, EVENT, given)
