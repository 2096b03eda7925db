"""A news headline that tells a ceremonial act names the event by the act's noun
(bot/core/language/title_acts.py, issue 10, the twenty-sixth round): "вручат медали" ->
"Вручение медалей", "каток откроется" -> "Открытие катка". Our own sentences."""

from __future__ import annotations

from bot.core.language.title import concise_title
from bot.core.language.title_acts import headline_act, verbal_noun


def _title(text: str) -> str | None:
    body = text.split("\n", 1)[1]
    at = text.index(body)
    return concise_title(text, (at, len(text)))


def test_the_verbal_noun_of_a_finite_verb() -> None:
    assert verbal_noun("вручат") == "вручение"
    assert verbal_noun("откроется") == "открытие"
    assert verbal_noun("наградят") == "награждение"  # "д" -> "жд"
    assert verbal_noun("закроют") == "закрытие"
    assert verbal_noun("споют") is None  # no such noun in the dictionary
    assert verbal_noun("каток") is None  # not a verb


def test_a_handing_over_with_its_object_after_the_verb() -> None:
    assert headline_act("Лучшим спортсменам школы завтра вручат почётные грамоты") == (
        "Вручение почётных грамот"
    )


def test_an_opening_with_its_subject_before_the_verb() -> None:
    assert (
        headline_act("Новый ледовый каток откроется в субботу") == "Открытие нового ледового катка"
    )
    assert headline_act("Выставка рисунков откроется в библиотеке") is None  # the event itself


def test_acts_no_one_comes_to_are_not_titles() -> None:
    assert headline_act("В центре города перекроют движение транспорта") is None
    assert headline_act("Школьники получат возможность побывать в цехах") is None
    assert headline_act("В субботу в парке пройдёт осенний кросс") is None


def test_the_headline_act_titles_the_post() -> None:
    text = (
        "В гимназии торжественно откроют обновлённую библиотеку\n"
        "Церемония начнётся 3 сентября в 11:00, гостей встретят ученики пятых классов."
    )
    assert _title(text) == "Открытие обновлённой библиотеки"


def test_an_award_headline_titles_the_post() -> None:
    text = (
        "Выпускникам лицея вручат золотые и серебряные медали\n"
        "Торжество пройдёт 25 июня в 17:00 в актовом зале, родителей просят прийти заранее."
    )
    assert "медал" in (_title(text) or "").lower()
