"""Class teachers a curator confirmed.

Anyone on the staff may say «я классный руководитель 9А»: the class then becomes the default
of their events that name no classes and of «что у моего класса?» — their own convenience,
which shows nobody anything new. Reading a class's sign-up counts on other organisers'
events («кто записался», the figures of a plan file and of «итоги»:
bot.core.permissions.sees_counts) is another matter: in a school the class teacher is
appointed by the school (a director's order), not by saying so, so the claim gives those
counts only once a curator confirmed it. Each curator gets the claim with a «Подтвердить»
button (and «классные руководители» lists every claim, confirmed or not, with the same
buttons); a curator's press records it (the school setting `class_teacher:<person id>` =
the class) and tells the teacher. The confirmation is of that class and of the claim it
answered: a teacher who then claims another class, or whose class was reset (a role change
stores no class), loses it — saying the old class again asks a curator again (attack
2026-12-02s #1). A class has one class teacher, as in a school's order: confirming one
withdraws the confirmation of anyone else confirmed for that class. A curator takes a
confirmation back with the list's «Снять» button.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from bot.core.dialog import Dialog
from bot.core.features.context import Commands, Context, Routes
from bot.core.language.actions import ButtonAction, payload
from bot.core.language.commands import Command, CommandKind
from bot.core.language.meaning import ConfirmClassTeacher
from bot.core.models import Person, Role
from bot.core.ports import Directory, SettingsStore
from bot.core.replies import Button, Reply


class ClassTeacherStore(Directory, SettingsStore, Protocol):
    """The ports the confirmation reads and writes (people; the school's settings)."""


LIST_LIMIT = 30  # teachers named in one «классные руководители» reply
# buttons under it, one row per teacher: VK shows at most 6 rows of an inline keyboard
# (bot.transports.vk.keyboard cuts the rest)
BUTTON_ROWS = 6


def _key(person_id: int) -> str:
    """The settings key of the class a curator confirmed person `person_id` leads."""
    return f"class_teacher:{person_id}"


async def with_confirmation(store: SettingsStore, person: Person) -> Person:
    """`person` with `class_confirmed` set when they are staff and a curator confirmed the
    class they lead now (`class_name`); anyone else unchanged (not confirmed)."""
    if person.role is not Role.STAFF or not person.class_name:
        return person
    confirmed = await store.get_setting(_key(person.id))
    return replace(person, class_confirmed=confirmed == person.class_name)


async def claimed(ctx: Context[ClassTeacherStore], person: Person, chosen: str) -> list[Reply]:
    """The replies to staff member `person`'s «я классный руководитель `chosen`» (already
    stored): the teacher is told the class is remembered, and — unless a curator confirmed
    that class before — that its sign-up counts wait for a curator, each of whom gets the
    claim with a «Подтвердить» button."""
    stored = await ctx.store.get_setting(_key(person.id))
    if stored and person.class_name == chosen == stored:
        return [Reply("class_teacher_set", {"class_name": chosen, "confirmed": True})]
    if stored:  # the claim it answered is over: another class, or a class reset meanwhile
        await ctx.store.set_setting(_key(person.id), "")
    button = _confirm_button(person.id, chosen, person.name)
    claim = ctx.clock.now().isoformat()  # each claim reaches the curators anew (#5)
    curators = [
        Reply(
            "class_teacher_claimed",
            {"name": person.name, "vk_id": person.vk_id, "class_name": chosen},
            buttons=((button,),),
            recipients=(p.vk_id,),
            dedupe_key=f"class_teacher:{person.id}:{chosen}:{p.vk_id}:{claim}",
        )
        for p in await ctx.store.people_with_role(Role.CURATOR)
    ]
    context = {"class_name": chosen, "confirmed": False, "asked": bool(curators)}
    return [Reply("class_teacher_set", context), *curators]


async def appoint(
    store: ClassTeacherStore, teacher: Person, class_name: str
) -> list[dict[str, object]]:
    """Record staff member `teacher` as the confirmed class teacher of `class_name` (their
    stored class): anyone else confirmed for it loses it (one per class). Returns those
    replaced, each {"name", "vk_id"}."""
    replaced: list[dict[str, object]] = []
    for other in await store.people_with_role(Role.STAFF):
        if other.id != teacher.id and await store.get_setting(_key(other.id)) == class_name:
            await store.set_setting(_key(other.id), "")
            replaced.append({"name": other.name, "vk_id": other.vk_id})
    await store.set_setting(_key(teacher.id), class_name)
    return replaced


def _confirm_button(person_id: int, class_name: str, name: str) -> Button:
    """«Подтвердить: 9А — Ольга Петровна» for staff member `person_id` (named `name`)."""
    return Button(
        "confirm_class_teacher",
        payload(ButtonAction.CLASS_TEACHER, id=person_id, c=class_name),
        "positive",
        {"class_name": class_name, "name": name},
    )


def _withdraw_button(person: Person) -> Button:
    """«Снять: 9А — Ольга Петровна»: a curator takes back staff member `person`'s
    confirmation."""
    return Button(
        "withdraw_class_teacher",
        payload(ButtonAction.CLASS_TEACHER, id=person.id, c=person.class_name or "", x=1),
        "negative",
        {"class_name": person.class_name or "", "name": person.name},
    )


async def on_list(
    ctx: Context[ClassTeacherStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """«классные руководители»: for a curator, the staff who named a class they lead, each
    confirmed or not, with a «Подтвердить» or «Снять» button for each of the first ones in
    the list's order — the way to confirm a claim made before any curator had written to the
    bot, or whose notice was lost. Anyone else is told only a curator confirms."""
    if person.role is not Role.CURATOR:
        return [Reply("class_teacher_confirm_refused", {"role": person.role.value})]
    staff, items = await _listed(ctx)
    buttons = _buttons(staff, items)
    context = {"items": items, "more": max(0, len(staff) - LIST_LIMIT)}
    return [Reply("class_teachers_list", context, buttons=buttons)]


async def _listed(
    ctx: Context[ClassTeacherStore],
) -> tuple[list[Person], list[dict[str, object]]]:
    """The staff who named a class they lead, by class then name, and the list's items of
    the first LIST_LIMIT of them (name, vk_id, class_name, confirmed)."""
    staff = [p for p in await ctx.store.people_with_role(Role.STAFF) if p.class_name]
    staff.sort(key=lambda p: (p.class_name or "", p.name))
    items: list[dict[str, object]] = [
        {
            "name": p.name,
            "vk_id": p.vk_id,
            "class_name": p.class_name,
            "confirmed": await ctx.store.get_setting(_key(p.id)) == p.class_name,
        }
        for p in staff[:LIST_LIMIT]
    ]
    return staff, items


def _buttons(staff: list[Person], items: list[dict[str, object]]) -> tuple[tuple[Button], ...]:
    """One button per listed teacher, in the list's order (class, then name): «Снять» for a
    confirmed one, «Подтвердить» for the others — a teacher keeps their place whichever it
    is, so a number pressed twice never lands on another teacher (walk 2026-12-02t #20).
    With more than BUTTON_ROWS listed, the waiting ones get the rows first, so every claim
    can be confirmed from the list (review19: 8А waited behind six confirmed classes with
    no button)."""
    listed = list(zip(staff, items, strict=False))
    waiting = [i for i, (_, item) in enumerate(listed) if not item["confirmed"]]
    confirmed = [i for i, (_, item) in enumerate(listed) if item["confirmed"]]
    rows = sorted((waiting + confirmed)[:BUTTON_ROWS])
    return tuple(
        (
            _withdraw_button(p)
            if item["confirmed"]
            else _confirm_button(p.id, p.class_name or "", p.name),
        )
        for p, item in (listed[i] for i in rows)
    )


async def _list_buttons(ctx: Context[ClassTeacherStore]) -> tuple[tuple[Button], ...]:
    """The «классные руководители» list's buttons as they are now (after a press)."""
    return _buttons(*await _listed(ctx))


async def on_confirm(
    ctx: Context[ClassTeacherStore], person: Person, dialog: Dialog, intent: ConfirmClassTeacher
) -> list[Reply]:
    """A curator's «Подтвердить» under a teacher's claim: recorded, and the teacher told.
    Refused to anyone but a curator (a forged button changes nothing), and outdated when
    the person is no longer staff or now claims another class. Anyone else confirmed for
    the same class loses it (one class teacher per class); the list's «Снять»
    (`intent.withdraw`) takes the confirmation back instead."""
    if person.role is not Role.CURATOR:
        return [Reply("class_teacher_confirm_refused", {"role": person.role.value})]
    if intent.withdraw:
        return await _withdrawn(ctx, intent)
    teacher = await ctx.store.get_person(intent.person_id) if intent.person_id else None
    if (
        teacher is None
        or teacher.role is not Role.STAFF
        or not intent.class_name
        or teacher.class_name != intent.class_name
    ):
        staff = teacher if teacher and teacher.role is Role.STAFF else None  # nobody else named
        outdated = {"class_name": intent.class_name, "name": staff.name if staff else ""}
        return [Reply("class_teacher_claim_outdated", outdated)]
    replaced = await appoint(ctx.store, teacher, intent.class_name)
    context: dict[str, object] = {
        "name": teacher.name,
        "vk_id": teacher.vk_id,
        "class_name": intent.class_name,
    }
    told = Reply(
        "class_teacher_confirmed_notice",
        context,
        recipients=(teacher.vk_id,),
        dedupe_key=f"class_teacher_confirmed:{teacher.id}:{intent.class_name}:"
        f"{ctx.clock.now().isoformat()}",
    )
    done = Reply(
        "class_teacher_confirmed",
        {**context, "replaced": replaced},
        buttons=await _list_buttons(ctx),  # the rest of the list stays pressable
    )
    return [done, told]


async def _withdrawn(ctx: Context[ClassTeacherStore], intent: ConfirmClassTeacher) -> list[Reply]:
    """A curator's «Снять»: the teacher's confirmation of `intent.class_name` is dropped
    (their class stays their default; its counts wait for a curator again) and the teacher
    told; outdated when it is no longer confirmed for that class."""
    teacher = await ctx.store.get_person(intent.person_id) if intent.person_id else None
    if (
        teacher is None
        or not intent.class_name
        or await ctx.store.get_setting(_key(teacher.id)) != intent.class_name
    ):
        return [Reply("class_teacher_claim_outdated", {"name": "", "withdraw": True})]
    await ctx.store.set_setting(_key(teacher.id), "")
    context = {"name": teacher.name, "vk_id": teacher.vk_id, "class_name": intent.class_name}
    told = Reply(
        "class_teacher_withdrawn_notice",
        context,
        recipients=(teacher.vk_id,),
        dedupe_key=f"class_teacher_withdrawn:{teacher.id}:{ctx.clock.now().isoformat()}",
    )
    done = Reply("class_teacher_withdrawn", context, buttons=await _list_buttons(ctx))
    return [done, told]


ROUTES: Routes = {ConfirmClassTeacher: on_confirm}
COMMANDS: Commands = {CommandKind.CLASS_TEACHERS: on_list}
