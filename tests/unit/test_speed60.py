"""speed60: a word-form index (word_openings.WordOpenings) reads a new post's forms from the
post's own list, never by copying the forms it already remembers (up to 65,536): the
positions are those a fresh index gives, and no set operation runs over the whole memory."""

from __future__ import annotations

from typing import Any

from bot.core.language import word_openings


class _NoCopy(set[str]):
    """A remembered-forms set that refuses to be copied whole by a set operation."""

    def symmetric_difference(self, other: Any) -> Any:
        raise AssertionError("the remembered forms were copied")

    def __sub__(self, other: Any) -> Any:
        raise AssertionError("the remembered forms were copied")

    def copy(self) -> Any:
        raise AssertionError("the remembered forms were copied")


def test_a_new_post_is_read_without_copying_the_remembered_forms() -> None:
    index = word_openings.WordOpenings(("урок", "акци"))
    index._known = _NoCopy(f"слово{n}" for n in range(1000))
    low = "уроки, урок; реакция и акция. урок"
    assert index.positions(low) == word_openings.WordOpenings(("урок", "акци")).positions(low)
    assert {"урок", "уроки", "акция", "реакция"} <= index._known
    assert index._opening == {"урок", "уроки", "акция"}


def test_forms_met_before_and_new_forms_give_the_runs_a_fresh_index_gives() -> None:
    index = word_openings.WordOpenings(("урок", "акци"))
    fresh_texts = ["урок и урок", "акции, уроки; реакция", "акция урок. урокам — акциям"]
    for low in fresh_texts:  # each read by a warm index and by a fresh one
        assert index.positions(low) == word_openings.WordOpenings(("урок", "акци")).positions(low)
