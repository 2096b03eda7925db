"""Newcomer walk 2026-12-03ad (tests/data/newcomer_walk_2026-12-03ad.md): a class teacher of 9Б
and students of 9Б and 10А after a curator and two partners filled a plan — the real planner
over a real store, the real templates, a frozen clock; files are built as the transport builds
them and read back."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from bot.core.digest import DigestDue, digest_reply
from bot.core.models import Audience, NewEvent, OrgKind, Role
from bot.plan_files import document_maker
from tests.chat_world import ZONE, ChatWorld, curator_world, said

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=ZONE)  # a Monday
TEACHER, PARTNER, PETYA, ANYA = 300, 400, 500, 600


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


async def _plan(world: ChatWorld) -> dict[str, int]:
    """A partner's two agreed events — a hackathon for 9Б and 10А, a quest for the 9th and
    10th grades — with Аня of 10А signed up for both and Петя of 9Б for the quest; {title: id}."""
    org = await world.store.create_organisation("Кванториум", OrgKind.PARTNER)
    await world.store.save_person(PARTNER, Role.PARTNER, "Методист", org.id)
    rows = (
        ("Хакатон «Умный город»", "2026-12-17T16:00", Audience(classes=frozenset({"9Б", "10А"}))),
        ("Квест по музею", "2026-12-19T12:00", Audience(grades=frozenset({9, 10}))),
    )
    events = await world.store.add_events(
        [
            NewEvent(
                title,
                org.id,
                at(start),
                at(start).replace(hour=at(start).hour + 1),
                audience=audience,
                agreed_at=at("2026-12-07T09:00"),
            )
            for title, start, audience in rows
        ],
        None,
    )
    ids = {e.title: e.id for e in events}
    petya = await world.store.save_person(PETYA, Role.STUDENT, "Петя", None, class_name="9Б")
    anya = await world.store.save_person(ANYA, Role.STUDENT, "Аня", None, class_name="10А")
    for title in ids:
        await world.store.sign_up(ids[title], anya.id)
    await world.store.sign_up(ids["Квест по музею"], petya.id)
    return ids


async def _class_teacher(world: ChatWorld) -> None:
    """The class teacher of 9Б, joined with the curator's code (so confirmed)."""
    [created] = await world.say("пригласить классного руководителя 9Б")
    await said(world, created.context["code"], TEACHER)


async def _sheets(world: ChatWorld, text: str, vk_id: int) -> dict[str, list[dict[str, Any]]]:
    """The .xlsx the bot answers `text` with, as {sheet: [{header: cell}]}."""
    replies = await world.planner.handle(vk_id, text)
    [document] = [r.document for r in replies if r.document is not None]
    made = await document_maker(world.store, ZONE, world.planner.clock, "Школа")(document)
    book = load_workbook(io.BytesIO(made.data))
    found = {}
    for sheet in book:
        rows = list(sheet.iter_rows(values_only=True))
        found[sheet.title] = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    return found


# --- AD1: a class teacher's file counts their class's sign-ups, as «кто записался» does ----


async def test_a_class_teachers_file_counts_only_their_class(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await _plan(world)
        await _class_teacher(world)
        _, chat = await said(world, "кто из моего класса записался?", TEACHER)
        assert "«Хакатон „Умный город“», 17 декабря (чт), 16:00–17:00: из 9Б — 0" in chat, chat
        for text in ("план моего класса в excel", "выгрузка"):
            book = await _sheets(world, text, TEACHER)
            counts = {r["Название"]: r["Записались"] for r in book["План"]}
            # Аня of 10А is not the 9Б teacher's to count (attack 2026-12-02s #2)
            assert counts == {"Хакатон «Умный город»": 0, "Квест по музею": 1}, (text, counts)
            [partner] = book["Партнёры"]
            assert partner["Записались"] == 1, (text, partner)
        _, answer = await said(world, "план моего класса в excel", TEACHER)
        assert "только ученики 9Б" in answer, answer


async def test_the_curators_file_still_counts_everyone(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await _plan(world)
        await _class_teacher(world)
        book = await _sheets(world, "выгрузка", world.vk_id)
        counts = {r["Название"]: r["Записались"] for r in book["План"]}
        assert counts == {"Хакатон «Умный город»": 1, "Квест по музею": 2}, counts
        _, answer = await said(world, "выгрузка", world.vk_id)
        assert "только ученики" not in answer, answer


# --- AD2: «меня не было» after the rating withdraws it, at either later step --------------


async def _held_excursion(world: ChatWorld) -> int:
    """An excursion for 9Б that ended yesterday, Вика of 9Б signed up: its id."""
    org = await world.store.create_organisation("Музей янтаря", OrgKind.PARTNER)
    [event] = await world.store.add_events(
        [
            NewEvent(
                "Экскурсия «Янтарная комната»",
                org.id,
                at("2026-12-06T15:00"),
                at("2026-12-06T16:30"),
                audience=Audience(classes=frozenset({"9Б"})),
                agreed_at=at("2026-12-01T09:00"),
            )
        ],
        None,
    )
    vika = await world.store.save_person(PETYA, Role.STUDENT, "Вика", None, class_name="9Б")
    await world.store.sign_up(event.id, vika.id, at=at("2026-12-01T10:00"))
    return event.id


async def test_not_there_at_the_recommend_step_withdraws_the_rating(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        event_id = await _held_excursion(world)
        templates, _ = await said(world, "4", PETYA)
        assert templates == ["poll_recommend"], templates
        templates, answer = await said(world, "меня не было", PETYA)
        assert templates == ["poll_absent"], answer
        [row] = await world.store.feedback_of([event_id])
        assert row["attended"] == 0, row
        _, report = await said(world, "итоги декабря")
        assert "были 0" in report, report
        assert "оценка 4" not in report, report


async def test_not_there_at_the_comment_step_is_no_comment(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        event_id = await _held_excursion(world)
        await said(world, "5", PETYA)
        templates, _ = await said(world, "9", PETYA)
        assert templates == ["poll_comment"], templates
        templates, answer = await said(world, "меня не было", PETYA)
        assert templates == ["poll_absent"], answer
        [row] = await world.store.feedback_of([event_id])
        assert row["attended"] == 0, row
        assert not row["comment"], row


async def test_a_comment_about_someone_else_not_there_is_still_a_comment(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        event_id = await _held_excursion(world)
        await said(world, "5", PETYA)
        await said(world, "9", PETYA)
        templates, _ = await said(world, "экскурсовода не было полчаса, ждали", PETYA)
        assert templates == ["poll_thanks"], templates
        [row] = await world.store.feedback_of([event_id])
        assert row["attended"] == 1, row
        assert row["comment"], row


# --- AD3: the class teacher's digest counts sign-ups only where students sign up ---------


async def test_a_class_hour_in_the_class_teachers_digest_has_no_sign_up_count(
    tmp_path: Path,
) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await _plan(world)
        await _class_teacher(world)
        await said(world, "Классный час 17 декабря в 14:00, 9Б, каб. 12")
        templates, _ = await said(world, "да")
        assert templates[0] == "saved", templates
        teacher = await world.store.get_person_by_vk(TEACHER)
        assert teacher is not None
        due = DigestDue("k", teacher, date(2026, 12, 14))
        reply = await digest_reply(world.store, due, ZONE)
        lines = world.text(reply).splitlines()
        [class_hour] = [line for line in lines if line.startswith("• 14:00 Классный час")]
        assert "записал" not in class_hour, class_hour  # nobody signs up for it
        [hackathon] = [line for line in lines if "Хакатон" in line]
        assert hackathon.endswith("из 9Б пока никто не записался"), hackathon
        [quest] = [line for line in lines if "Квест" in line]
        assert quest.endswith("из 9Б записался 1"), quest


async def test_not_there_names_the_event_it_was_said_of(tmp_path: Path) -> None:
    """A late «меня не было» answers the latest poll still open — maybe not the one the
    student means — so the reply names it (the walk's Вика meant the museum, it marked the lab)."""
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await _held_excursion(world)
        templates, answer = await said(world, "меня не было", PETYA)
        assert templates == ["poll_absent"], answer
        assert "«Экскурсия „Янтарная комната“»" in answer, answer


# --- AD4: a class teacher's «итоги» count their class's sign-ups, the polls said whole ----


async def _held_for_two_classes(world: ChatWorld) -> None:
    """A partner's master class for 9Б and 10А that ended yesterday: Петя of 9Б and Аня of
    10А signed up, and both answered its poll (Аня with a comment)."""
    org = await world.store.create_organisation("Кванториум", OrgKind.PARTNER)
    [event] = await world.store.add_events(
        [
            NewEvent(
                "Мастер-класс по робототехнике",
                org.id,
                at("2026-12-04T15:00"),
                at("2026-12-04T16:30"),
                audience=Audience(classes=frozenset({"9Б", "10А"})),
                agreed_at=at("2026-12-01T09:00"),
            )
        ],
        None,
    )
    petya = await world.store.save_person(PETYA, Role.STUDENT, "Петя", None, class_name="9Б")
    anya = await world.store.save_person(ANYA, Role.STUDENT, "Аня", None, class_name="10А")
    for student in (petya, anya):
        await world.store.sign_up(event.id, student.id, at=at("2026-12-01T10:00"))
    for vk_id, answers in ((PETYA, ("5", "9", "пропустить")), (ANYA, ("4", "8", "Мало роботов"))):
        for answer in answers:
            await said(world, answer, vk_id)


async def test_a_class_teachers_report_counts_their_class_and_says_the_polls_are_whole(
    tmp_path: Path,
) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await _held_for_two_classes(world)
        await _class_teacher(world)
        _, report = await said(world, "итоги декабря", TEACHER)
        total = next(line for line in report.splitlines() if line.startswith("Всего:"))
        # Аня of 10А is not the 9Б teacher's to count; two answers of one 9Б sign-up is no 200 %
        assert "записались из 9Б 1" in total, report
        assert "%" not in total, report
        assert "по всем ответившим" in total, report
        assert "ответили 2" in total, report
        assert "ответили 2 из 1" not in report, report
        assert "Что пишут ученики всех классов" in report, report


async def test_the_curators_report_still_counts_everyone(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await _held_for_two_classes(world)
        await _class_teacher(world)
        _, report = await said(world, "итоги декабря")
        assert "записались 2, ответили 2 (100 %)" in report, report
        assert "по всем ответившим" not in report, report


async def test_a_class_teachers_partner_sheet_says_the_polls_are_whole(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await _held_for_two_classes(world)
        await _class_teacher(world)
        book = await _sheets(world, "план моего класса на декабрь в excel", TEACHER)
        [partner] = book["Партнёры"]
        assert partner["Записались"] == 1, partner
        whole = {k: v for k, v in partner.items() if "по всем ответившим" in str(k)}
        assert sorted(whole.values()) == [2, 2, 4.5, 50], partner
        _, answer = await said(world, "план моего класса на декабрь в excel", TEACHER)
        assert "по всем ответившим" in answer, answer
        curators = await _sheets(world, "план на декабрь в excel", world.vk_id)
        [partner] = curators["Партнёры"]
        assert partner["Ответили"] == 2, partner
        assert partner["Записались"] == 2, partner


# --- AD7: the class's week list marks the class's clashes as the Monday digest does --------


async def test_the_class_week_list_marks_the_class_clash(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", NOW) as world:
        await _plan(world)
        await _class_teacher(world)
        museum = await world.store.create_organisation("Музей янтаря", OrgKind.PARTNER)
        await world.store.add_events(
            [
                NewEvent(
                    "Экскурсия «Янтарная комната»",
                    museum.id,
                    at("2026-12-17T16:30"),
                    at("2026-12-17T18:00"),
                    audience=Audience(classes=frozenset({"9Б"})),
                    agreed_at=at("2026-12-07T09:00"),
                )
            ],
            None,
        )
        teacher = await world.store.get_person_by_vk(TEACHER)
        assert teacher is not None
        due = DigestDue("k", teacher, date(2026, 12, 14))
        digest = world.text(await digest_reply(world.store, due, ZONE))
        assert "⚠️ Накладки (1):" in digest, digest
        _, week = await said(world, "что у моего класса на следующей неделе?", TEACHER)
        assert "⚠️ Накладки (1):" in week, week
        [line] = [x for x in week.splitlines() if x.startswith("• ") and "Хакатон" in x]
        assert "Янтарная комната" in line, line
