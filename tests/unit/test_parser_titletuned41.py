"""Title choices a careful reader of Russian announcements makes (round 41, tuned sets): a
later mention that repeats the title's words and gives them a quoted name names the event;
a double name («…, или …») too long for a card keeps its first part; the subject of
«приглашает/зовёт на …» is the organiser, and what it invites to is the event. Posts
written for each rule as schools, parks, libraries and volunteers write them."""

from __future__ import annotations

from datetime import datetime

from bot.core.language.title_mention import (
    bare_kind_named,
    framed_title,
    invited_event,
    mentioned_name,
    with_mention,
)
from tests.title_probe import card_title

NOV = datetime.fromisoformat("2026-11-20T10:00")


def test_a_glued_heading_takes_the_name_its_repeated_kind_is_given_below() -> None:
    # a copied page glues its headline to the body: the body's mention of the same contest
    # with the school's genitive chain gives the contest its name
    text = (
        "Конкурс чтецов пройдёт в гимназииКонкурс чтецов начальной школы гимназии №5 «Живое "
        "слово» состоится 10 декабря в 14:00 в актовом зале. Участники прочтут стихи о зиме."
    )
    assert card_title(text, NOV) == "Конкурс чтецов «Живое слово»"


def test_a_double_name_too_long_for_a_card_keeps_its_first_part() -> None:
    text = (
        "На набережной пройдёт орнитологическая прогулка\n\n12 мая в 10:00 на набережной реки "
        "состоится орнитологическая прогулка-экскурсия «Голоса весны, или Как узнать птицу по "
        "песне в городском парке». Её проведёт биолог заповедника. Участники узнают, как "
        "слушать птиц."
    )
    title = card_title(text, NOV)
    assert title == "Орнитологическая прогулка-экскурсия «Голоса весны»", title


def test_the_inviting_club_is_not_the_event_it_invites_to() -> None:
    text = (
        "Краеведческий клуб «Отчий край» приглашает на видеолекторий об исчезнувших деревнях "
        "района\n\nОн состоится 26 декабря в 14:00 в читальном зале библиотеки. Лектор "
        "расскажет о жизни деревень и ответит на вопросы."
    )
    title = card_title(text, NOV)
    assert "видеолекторий об исчезнувших деревнях" in title.lower(), title
    assert "Отчий край" not in title, title


def test_a_quoted_event_after_the_invitation_is_put_back_in_the_nominative() -> None:
    text = (
        "Волонтёрский отряд «Чистый берег» приглашает горожан на «Экосубботу» 12 декабря. "
        "Сбор в 10 часов у лодочной станции. Перчатки и мешки выдадут на месте."
    )
    assert card_title(text, NOV) == "«Экосуббота»"


def test_an_invitation_to_a_kind_keeps_the_kind_title() -> None:
    # the title is the event already: «приглашает на экскурсию» changes nothing
    text = (
        "Городской музей приглашает школьников на экскурсию по залам истории края 12 декабря "
        "в 11:00. Запись по телефону. Вход свободный."
    )
    assert card_title(text, NOV) == "Экскурсия по залам истории края"
    assert invited_event(text, "Экскурсия по залам истории края") is None


def test_a_name_of_a_place_after_the_mention_is_not_the_events() -> None:
    # «в сквере «Юность»»: a preposition and a place before the quote, no genitive chain
    text = "В субботу ледовый городок в сквере «Юность» откроется для школьников в 12:00."
    assert mentioned_name(text, "Ледовый городок") is None


def test_a_mention_across_a_sentence_end_gives_no_name() -> None:
    text = "Пройдёт ярмарка вакансий. «Новые горизонты» ждут всех выпускников 5 декабря."
    assert mentioned_name(text, "Ярмарка вакансий") is None


def test_an_organisation_closing_the_genitive_chain_gives_no_name() -> None:
    text = "5 декабря откроется выставка рисунков воспитанников центра «Полис» в фойе."
    assert mentioned_name(text, "Выставка рисунков") is None


def test_the_inviter_must_stand_before_the_verb_in_the_same_sentence() -> None:
    text = "Клуб «Отчий край» отметил юбилей. Библиотека приглашает на лекцию о деревнях."
    assert invited_event(text, "Клуб «Отчий край»") is None


def test_the_race_the_skiers_go_out_to_names_the_bare_competition() -> None:
    # «выходят на «Гонку чемпионов»»: an accusative after «на» is where they go, the event
    text = (
        "Соревнования юных лыжников пройдут в Заречном\n\nЮные лыжники района выходят на "
        "«Гонку чемпионов». Соревнования пройдут 12 декабря в 10:00 на лыжной базе "
        "«Снежинка». Победителей наградят грамотами."
    )
    assert card_title(text, NOV) == "Соревнования юных лыжников «Гонка чемпионов»"


def test_the_named_campaign_the_screenings_belong_to_frames_the_title() -> None:
    text = (
        "Бесплатные кинопоказы пройдут в библиотеках района\n\nС 5 декабря библиотеки района "
        "покажут фильмы по книгам Жюля Верна. Показы пройдут в рамках окружной акции «Читаем "
        "вместе», начало в 14:00. Вход свободный."
    )
    assert card_title(text, NOV) == "Окружная акция «Читаем вместе»: бесплатные кинопоказы"


def test_a_studio_named_in_the_post_frames_nothing() -> None:
    text = (
        "Мастер-класс по лепке пройдёт в музее\n\n12 декабря в 12:00 в музее пройдёт "
        "мастер-класс по лепке из глины. Его проведёт мастер студии «Глина». Запись по "
        "телефону."
    )
    assert card_title(text, NOV) == "Мастер-класс по лепке"


def test_two_different_frames_leave_the_title_alone() -> None:
    text = "Показы пройдут в рамках акции «Читаем вместе» и в рамках фестиваля «Книжная зима»."
    assert framed_title(text, "Бесплатные кинопоказы") is None


def test_a_cycle_or_a_national_project_frames_no_title() -> None:
    # the name after «цикла встреч» is the cycle's; a project frames policy, not an event
    cycle = "Лекция-концерт пройдёт в рамках цикла встреч «Пять вечеров» в малом зале."
    project = "День открытых дверей проходит в рамках национального проекта «Образование»."
    assert framed_title(cycle, "Лекция-концерт") is None
    assert framed_title(project, "День открытых дверей") is None


def test_a_lecture_with_its_own_topic_keeps_the_festival_out_of_its_title() -> None:
    text = "В рамках акции «Читаем вместе» пройдёт беседа о книгах Жюля Верна 5 декабря."
    assert framed_title(text, "Беседа о книгах Жюля Верна") is None


def test_a_heading_with_a_complement_takes_the_name_its_kind_is_given_below() -> None:
    # the heading «… акция для родителей …»; the body names «городскую акцию "…"» in straight
    # quotes after a scare-quoted word the quote normaliser leaves as written
    text = (
        "Городская акция для родителей первоклассников\n\nМногие родители считают первый "
        'класс "лёгкой разминкой", а учителя - самым трудным годом. Управление образования '
        'впервые проводит городскую акцию "Открытый класс". 12 декабря в 10:00 родители '
        "смогут посетить уроки своих детей и поговорить с учителями."
    )
    title = card_title(text, NOV)
    assert title == "Городская акция для родителей первоклассников «Открытый класс»", title


def test_a_bare_kind_without_an_adjective_is_not_named_by_a_mention_of_it() -> None:
    # «выставка «…»» in a round-up may be another exhibition: a bare kind is too little
    text = "Выставка работ учеников откроется 5 декабря. В фойе работает выставка «Осень»."
    assert with_mention(text, "Выставка работ учеников") == "Выставка работ учеников"


def test_a_noun_the_dash_sets_beside_a_lone_kind_names_it() -> None:
    text = (
        "Школьный музей открывает двери\n\n12 декабря в 12:00 в школьном музее состоится "
        "урок – экспедиция, где ребята узнают, как работают археологи. Вход свободный."
    )
    assert card_title(text, NOV) == "Урок – экспедиция"


def test_a_lone_hypernym_gives_way_to_the_heading_line() -> None:
    # «Мероприятие пройдёт …»: the word says nothing; the heading line names the evening
    text = (
        "1941 год: письма с фронта\n\nГородская библиотека вновь приглашает на встречу в "
        "рамках «Краеведческого клуба». Прозвучат письма земляков.\n\nМероприятие пройдёт "
        "в читальном зале 12 декабря в 15:00."
    )
    assert card_title(text, NOV) == "1941 год: письма с фронта"


def test_a_heading_that_is_a_sentence_or_opens_with_a_preposition_is_no_title() -> None:
    sentence = "Школьники проведут уроки сами\n\nУроки пройдут 12 декабря."
    dated = "В субботу, 12 декабря, в гимназии\n\nУроки пройдут в 10:00."
    assert bare_kind_named(sentence, "Уроки") is None
    assert bare_kind_named(dated, "Уроки") is None


def test_a_mention_with_another_topic_names_another_event() -> None:
    text = (
        "Городская акция о безопасности на льду\n\nУправление проводит городскую акцию "
        "«Тонкий лёд» о правилах поведения на воде. Акция пройдёт 12 декабря."
    )
    assert with_mention(text, "Городская акция о безопасности на льду") == (
        "Городская акция о безопасности на льду"
    )
