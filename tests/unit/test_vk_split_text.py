"""Long replies are cut into VK messages (≤ 4,096 characters each, VK API messages.send
`message` limit) at paragraph boundaries, so that an item and the warning lines under it
(a clash, a calendar note) arrive in the same message (newcomer walk 2026-12-01d, #13)."""

from bot.transports.vk.sender import MAX_TEXT, split_text


def _plan(items: int, warned: set[int]) -> str:
    """A reply shaped like a plan summary: a header, then one paragraph per item."""
    blocks = ["В плане много мероприятий:"]
    for n in range(1, items + 1):
        padding = " ." * (n * 7 % 23)
        block = f"{n}. Занятие кружка номер {n} — 3 декабря (чт), 15:00, каб. {n}, 10А{padding}"
        if n in warned:
            block += f"\n⚠️ Пересекается с «Лекция {n}»: те же ученики"
        blocks.append(block)
    return "\n\n".join(blocks)


def test_no_piece_starts_with_a_warning_cut_from_its_item() -> None:
    for items in range(150, 190):
        text = _plan(items, warned=set(range(1, items + 1)))
        pieces = split_text(text)
        assert len(pieces) > 1
        assert all(len(p) <= MAX_TEXT for p in pieces)
        for piece in pieces:
            assert not piece.lstrip().startswith("⚠️"), (items, piece[:80])


def test_an_item_and_its_warning_stay_together_at_the_limit() -> None:
    first = "1. " + "а" * 500
    item = "2. " + "б" * 400
    warning = "⚠️ Пересекается с «Лекция»: то же место" + " ." * 20
    pieces = split_text(f"{first}\n\n{item}\n{warning}", limit=950)
    assert pieces == [first, f"{item}\n{warning}"]


def test_pieces_keep_every_line_in_order() -> None:
    text = _plan(150, warned={3, 70, 71, 149})
    pieces = split_text(text)
    assert [line for p in pieces for line in p.splitlines() if line] == [
        line for line in text.splitlines() if line
    ]


def test_a_paragraph_longer_than_the_limit_is_cut_at_its_lines() -> None:
    para = "\n".join(f"строка {n} " + "х" * 60 for n in range(200))
    pieces = split_text("Начало\n\n" + para, limit=1000)
    assert all(len(p) <= 1000 for p in pieces)
    lines = [line for p in pieces for line in p.splitlines() if line]
    assert lines == ["Начало", *para.splitlines()]


def test_a_short_text_is_one_piece_and_empty_text_is_a_space() -> None:
    assert split_text("Привет\n\nмир") == ["Привет\n\nмир"]
    assert split_text("") == [" "]


def test_a_line_longer_than_the_limit_is_cut_hard() -> None:
    pieces = split_text("я" * 2500, limit=1000)
    assert [len(p) for p in pieces] == [1000, 1000, 500]
