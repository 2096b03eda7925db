"""Newcomer walk 2026-12-03y, Y8 (left in part): the curator's «коды приглашений» only said
how to invite; the codes given out and not used yet could be neither seen nor withdrawn. Now
it lists them — whom each is for (a partner's organisation, a class teacher's class and
name), when it was made and until when it works — and says how to withdraw one; «отозвать
код …» withdraws it (migration 0032), and whoever then sends it is told it was withdrawn and
is linked to nothing. The curator's chat over a real store (tests/chat_world.py)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.chat_world import CURATOR, NOW, ChatWorld, curator_world, said

NEWCOMER = 700


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    async with curator_world(tmp_path / "plan.db", NOW) as opened:
        await said(opened, "здравствуйте")
        yield opened


def code_in(text: str) -> str:
    [code] = re.findall(r"\b[A-Z2-9]{8}\b", text)
    return code


async def test_the_curator_sees_the_open_codes_and_withdraws_one(world: ChatWorld) -> None:
    _, made = await said(world, "пригласить партнёра КГТУ")
    partner_code = code_in(made)
    _, made = await said(world, "пригласить классного руководителя 8Б Иванову Марию Петровну")
    teacher_code = code_in(made)
    templates, listed = await said(world, "коды приглашений")
    assert templates == ["invite_codes"], listed
    assert "выданные и ещё не использованные (2)" in listed
    # the store stamps a code with its own clock (the real one here), the bot's is frozen
    made_at = r"создан \d{1,2} [а-я]+ \([а-я]{2}\) в \d\d:\d\d, действует до \d{1,2} [а-я]+"
    assert re.search(rf"• {partner_code} — партнёр «КГТУ»; {made_at}", listed), listed
    teacher = rf"• {teacher_code} — классный руководитель 8Б \(Иванова Мария Петровна\); "
    assert re.search(teacher + made_at, listed), listed
    assert re.search(r"«отозвать код [A-Z2-9]{8}»", listed), listed
    templates, done = await said(world, f"отозвать код {partner_code.lower()}")
    assert templates == ["invite_withdrawn_done"], done
    assert f"Код {partner_code} отозван (партнёр «КГТУ»): им больше никто не войдёт" in done
    _, listed = await said(world, "какие коды приглашений выданы?")
    assert partner_code not in listed
    assert "(1)" in listed
    templates, tried = await said(world, partner_code, vk_id=NEWCOMER)
    assert templates == ["invite_withdrawn"], tried
    assert "отозван куратором" in tried
    newcomer = await world.store.get_person_by_vk(NEWCOMER)
    assert newcomer is None or newcomer.organisation_id is None
    templates, again = await said(world, f"отзови код {partner_code}")
    assert templates == ["invite_code_not_open"], again
    templates, joined = await said(world, teacher_code, vk_id=NEWCOMER)
    assert "invite_accepted" in templates, joined
    _, listed = await said(world, "коды приглашений")
    assert "Неиспользованных кодов приглашений нет" in listed


async def test_nobody_but_the_curator_sees_or_withdraws_codes(world: ChatWorld) -> None:
    _, made = await said(world, "пригласить партнёра КГТУ")
    code = code_in(made)
    await said(world, code, vk_id=NEWCOMER)  # now a partner of КГТУ
    templates, how = await said(world, "коды приглашений", vk_id=NEWCOMER)
    assert templates == ["how_to_join"], how
    _, made = await said(world, "пригласить партнёра БФУ")
    other = code_in(made)
    templates, refused = await said(world, f"отозвать код {other}", vk_id=NEWCOMER)
    assert templates == ["invite_not_allowed"], refused
    assert "только куратор" in refused
    _, listed = await said(world, "коды приглашений", vk_id=CURATOR)
    assert other in listed
