"""Floors for the wide real-post sets each round tuned on after its first run (one table instead
of one file per set). A floor is what a round reached on a set it had seen, kept so no later round
loses it; it is no estimate for unseen posts (those are each set's first-sight figures in
tests/data/README.md and the held-out sets). Scored as benchmarks/bench_parser.py scores every
real-post set. Where `silent` is False, every wrong start must still carry a doubt or have no
start (the bot asks instead of saving it silently)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest

from benchmarks.corpus_score import load, real_post_results
from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


@dataclass(frozen=True)
class Floor:
    """What a set must keep: its size, floors per field (None: left to other tests) and
    whether a wrong start may go without a doubt."""

    posts: int
    start_end: int | None
    venue: int
    title: int
    silent: bool = True


FLOORS = {
    # fourth round, 62 real posts from 62 sites; titles tuned after the first run (34/62);
    # tune9 raised the venue
    "real_posts_broad7t.jsonl": Floor(62, 50, 36, 53),
    # tune9's remaining failures of broad7d (titles 19/23, venues 9/11 before it)
    "real_posts_broad7d.jsonl": Floor(25, None, 11, 21),
    # fifth round, 62 real posts; tuned after the first run; every wrong start asked
    "real_posts_broad8d.jsonl": Floor(62, 59, 37, 39, silent=False),
    # fifth round, 59 real posts; titles 43/59 at first run, dates9 49 -> 58 start+end
    "real_posts_broad8t.jsonl": Floor(59, 58, 41, 53, silent=False),
    # round 27, 40 posts written like departments', sports schools' and libraries' news
    # (first run 26/40 start+end, 25/32 venue)
    "real_posts_broad9.jsonl": Floor(40, 33, 32, 37),
    # round 41, 40 written posts; titles 26/40 at first run (tests/data/titlefresh41.md)
    "real_posts_broad10.jsonl": Floor(40, 31, 31, 38),
    # round 42, 40 real pages labelled before any run: first sight 34/40, 28/31, 28/38
    # (tests/data/fresh42.md)
    "real_posts_broad11.jsonl": Floor(40, 38, 28, 33),
    # round 43, 40 real pages labelled before any run: first sight 38/40, 24/28, 30/40
    # (tests/data/fresh43.md)
    "real_posts_broad12.jsonl": Floor(40, 38, 26, 32),
    # round 44, 40 real pages labelled before any run: first sight 36/40, 25/31, 29/40
    # (tests/data/fresh44.md)
    "real_posts_broad13.jsonl": Floor(40, 40, 25, 31),
    # round 45, 40 real pages labelled before any run: first sight 33/40, 21/32, 31/40
    # (tests/data/fresh45.md)
    "real_posts_broad14.jsonl": Floor(40, 36, 23, 31),
    # round 47, 40 real pages labelled before any run: first sight 33/40, 19/26, 31/40;
    # fresh47 raised the venue to 21/26
    # (tests/data/fresh47.md)
    "real_posts_broad15.jsonl": Floor(40, 33, 21, 31),
    # round 48, 40 real pages labelled before any run: first sight 34/40, 19/27, 33/40;
    # fresh48 raised them to 35/40, 22/27, 34/40 (tests/data/fresh48.md)
    "real_posts_broad16.jsonl": Floor(40, 35, 22, 34),
    # round 48 (fresh49), 40 real pages labelled before any run: first sight 31/40, 25/26, 31/40;
    # fresh49 raised them to 35/40, 26/26, 31/40 (tests/data/fresh49.md)
    "real_posts_broad17.jsonl": Floor(40, 35, 26, 31),
    # round 48 (fresh50), 40 real pages labelled before any run: first sight on the merged
    # main f9ea13c7 18/40, 21/23, 28/40; fresh50 raised them to 31/40, 21/23, 28/40
    # (tests/data/fresh50.md)
    "real_posts_broad18.jsonl": Floor(40, 31, 21, 28),
    # round 51 (fresh51), 40 real pages labelled before any run: first sight at main 0660e97e
    # 25/40, 16/25, 26/40 (18/25, 27/40 after three inflected label substrings were fixed);
    # fresh51 raised them to 26/40, 18/25, 27/40 (tests/data/fresh51.md)
    "real_posts_broad19.jsonl": Floor(40, 26, 18, 27),
    # round 52 (fresh52), 40 real pages labelled before any run: first sight on the merged main
    # 74561c8c 30/40, 21/21, 32/40 (29/40 at the round's base 0660e97e); fresh52 raised them
    # to 31/40, 21/21, 33/40, no wrong start silent (tests/data/fresh52.md)
    "real_posts_broad20.jsonl": Floor(40, 31, 21, 33),
    # round 53 (fresh53), 40 real pages labelled before any run: first sight at main 0376b178
    # 25/40, 20/27, 33/40, five wrong starts silent; fresh53 raised them to 28/40, 22/27,
    # 35/40, every wrong start asked (tests/data/fresh53.md)
    "real_posts_broad21.jsonl": Floor(40, 28, 22, 35, silent=False),
    # round 53 (fresh54), 40 real pages labelled before any run: first sight on main d33eafd4
    # (parse53, attack53, speed53 merged) 33/40, 25/27, 31/40, identical at the round's base
    # 0376b178; fresh54 raised the title to 32/40 (tests/data/fresh54.md); one wrong start
    # silent (#14, a day's start told by «началось сегодня» lost to a ball a week later).
    # doubt56: #14 read right (a run begun today leads the post); its title, the ball's
    # before, is now the opening act's («Праздничное представление»); fresh56's past days
    # fixdoubt58: #14 the ball's day again, now asked (several_dates offers the 25th): a run
    # begun today no longer leads over a dated event of its own; its title passes again
    "real_posts_broad22.jsonl": Floor(40, 35, 25, 33, silent=False),
    # round 56 (fresh56), 40 real pages labelled before any run: first sight at main b127ab07
    # 26/40, 31/34 (three venue stems corrected after the run), 32/40; fresh56 raised them to
    # 35/40, 30/34, 34/40 (tests/data/fresh56.md); two wrong starts silent (#9, a daily series
    # for a span of days; #29, a programme's weigh-in clock and no last day)
    "real_posts_broad23.jsonl": Floor(40, 35, 30, 34),
    # round 56 (fresh57), 40 real pages labelled before any run: first sight on main 949c6f48
    # (fresh56, doubt56, title56, parse56, chat56, speed56 merged) 32/40, 21/29 (24/29 with
    # three venue stems corrected after the run), 34/40; at b127ab07 24/40, 21/29, 34/40
    # (fresh56's past days moved seven reports); fresh57 raised them to 33/40, 25/29, 34/40
    # (tests/data/fresh57.md); three wrong starts silent (#14 a week begun on a past day lost
    # to its closing's day, #19 an exhibition opened «накануне» read from its daily hours,
    # #23 a TV broadcast's clock)
    "real_posts_broad24.jsonl": Floor(40, 33, 25, 34),
    # round 60 (fresh60), 40 real pages labelled before any run: first sight at 0aadb416 33/40,
    # 19/21, 38/40 (34/40 with #12's Moscow clock labelled in the school zone after the run, as
    # the corpus does); fresh60 raised them to 35/40, 19/21, 38/40 (tests/data/fresh60.md); one
    # wrong start silent (#17, a span's start clock said in a later sentence, read all day)
    "real_posts_broad25.jsonl": Floor(40, 35, 19, 38),
    # round 41 (fresh74), 40 real pages labelled before any run: first sight at main 6e15306b
    # 32/40, 20/26, 33/40, two wrong starts silent; fresh74 raised them to 36/40, 21/26, 33/40
    # (tests/data/fresh74.md); one wrong start silent (#32, 1-based: a report «А сегодня …
    # прошел спектакль» lost to the commemoration «Завтра, 3го сентября … — День солидарности»);
    # the round's merged parser 37/40, 22/26, 35/40, no wrong start silent (parse75 read #32's
    # report day, title76 #29's occasion)
    "real_posts_broad35.jsonl": Floor(40, 37, 22, 35, silent=False),
    # round 41 (fresh75), 40 real pages labelled before any run: first sight at main 19025e9c
    # 28/40, 21/27, 28/40, one wrong start silent (at the round's base 6e15306b: 28/40, 21/27,
    # 26/40 — the first wave's rules took two unseen titles); fresh75 raised them to 34/40,
    # 21/27, 28/40 (tests/data/fresh75.md); one wrong start silent (#12, 1-based: a festival
    # «в субботу, 31 августа, начался» read at its second day's «1 сентября» and the first
    # day's «с трех часов дня»)
    "real_posts_broad36.jsonl": Floor(40, 34, 21, 28),
    # round 42 (fresh76), 40 real pages labelled before any run: first sight at main 0e8cfa7f
    # 32/40, 15/20, 25/40, no wrong start silent; fresh76 raised them to 35/40, 15/20, 28/40
    # (tests/data/fresh76.md), no wrong start silent
    "real_posts_broad37.jsonl": Floor(40, 35, 15, 28, silent=False),
    # round 42 (fresh77), 40 real pages labelled before any run: first sight at main 7b727a7c
    # 30/40, 11/12, 34/40, one wrong start silent (#23, 1-based: a chess tournament's report
    # «Сегодня тридцать участников» read at the qualifiers' «шестого февраля»); fresh77's
    # readings (a hard line wrap does not end the sentence whose tense dates a report; an
    # ending said of «он», «соревнования», «мероприятие» closes the run told begun) raised
    # them to 31/40, 11/12, 34/40 (tests/data/fresh77.md), the same wrong start silent
    "real_posts_broad38.jsonl": Floor(40, 31, 11, 34),
    # round 43 (fresh78), 40 real pages labelled before any run: first sight at main a80c4d16
    # 36/40, 17/23, 28/40, one wrong start silent (#26, 1-based: «в среду, 9 июля» written on
    # 3 July of a year whose 9 July is a Tuesday, read a year on); fresh78's readings (a
    # compound adjective keeps its hyphen, a house number takes «№» and a quoted letter, a
    # «Добавил: … (date)» footer is a stamp, a weekday never moves a near day a year on, a
    # count of days a few words after its verb is the run) raised them to 39/40, 19/23, 28/40
    # (tests/data/fresh78.md), no wrong start silent
    "real_posts_broad39.jsonl": Floor(40, 39, 19, 28, silent=False),
    # round 43 (fresh79), 40 real pages labelled before any run: first sight at main c86b5d19
    # 32/40, 23/27, 31/39, two wrong starts silent (#11, 1-based: an election day in a
    # «который состоится» clause beat a report's «24.01.23г.»; #25: a results day written with
    # its year beat a report's «13 октября, 16.00 … прошел»); fresh79's readings (an abbreviation
    # in capitals is no verb, also where a post's reported day is read; a counted weekday told
    # in the past is this year's) raised them to 34/40, 23/27, 31/39 (tests/data/fresh79.md),
    # the same two silent
    "real_posts_broad40.jsonl": Floor(40, 34, 23, 31),
    # round 44 (fresh80), 40 real pages labelled before any run: first sight at main 6755fdaa
    # 29/40, 19/29, 30/38, two wrong starts silent (#17, 1-based: «в эту субботу» of a report
    # dated on a Monday read five days ahead; #19: a regional olympiad's day schedule read at its
    # opening «08.15» over «09.00 - Начало олимпиады»); fresh80's readings (a number after «с»
    # counting an instrumental noun is no clock; «в эту субботу» told in the past is the one just
    # gone; a name in curly quotes tells no tense; «можно было» with an infinitive reports)
    # raised them to 33/40, 19/29, 30/38 (tests/data/fresh80.md), #19 still silent
    "real_posts_broad41.jsonl": Floor(40, 33, 19, 30),
    # round 44 (fresh81), 40 real posts: school safety lessons by the police and МЧС, cinema and
    # theatre screenings, «Разговоры о важном», «Движение первых», profession tests and weeks,
    # school programmes; first sight at main b770eaae 30/40, 14/16, 33/39, every wrong start
    # asked or dateless; grade spans joined before one class word («с 1 по 4, с 5 по 7 и с 8
    # по 11 классы») read as grades, not a clock, raised start+end to 31 (tests/data/fresh81.md)
    "real_posts_broad42.jsonl": Floor(40, 35, 14, 34, silent=False),
    # round 45 (fresh82), 40 real posts: open days and olympiad courses, museum and library
    # programmes for classes, school sports, company visits, volunteer and tree-planting
    # actions, department notices; first sight at main 79f6663d 33/40, 19/24, 34/39, one wrong
    # start silent (#34, 1-based: a forum's «от 18.05.2012, 14:18:17» read as 14:18); a clock
    # written to the second beside a day taken as a stamp wherever it stands, and a line break
    # after a number before a small letter read as a hard wrap («22\nсентября»), raised
    # start+end to 35, every wrong start now asked or dateless (tests/data/fresh82.md)
    "real_posts_broad43.jsonl": Floor(40, 35, 19, 34, silent=False),
    # round 46 (fresh83), 40 real posts: theatre and philharmonic programmes for schools,
    # parents' meetings and open lessons, Кванториум and technoparks, olympiad stages, memorial
    # dates and city holidays with schools; first sight at main e617a7e0 36/40, 13/17, 29/34,
    # every wrong start asked or dateless; a report of a feast dated only by the feast taking
    # its day, and a bare count of hours in words read as a length, raised start+end to 38
    # (tests/data/fresh83.md)
    "real_posts_broad44.jsonl": Floor(40, 38, 13, 29, silent=False),
    # round 47 (fresh84), 40 real posts: library events, museum lessons and class excursions,
    # school sports and ГТО, volunteer actions, VK school posts with emoji and hashtags,
    # university and college career days; first sight at main 88157d47 36/40, 28/35, 29/35,
    # two wrong starts silent; dates announcing nothing dropped beside a report naming the
    # event raised start+end to 37, venue to 29 (tests/data/fresh84.md)
    "real_posts_broad45.jsonl": Floor(40, 37, 29, 29),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_set_keeps_its_figures(name: str) -> None:
    floor = FLOORS[name]
    cases = load(name)
    assert len(cases) == floor.posts
    right = {"title": 0, "start_end": 0, "venue": 0}
    silent = []
    for case in cases:
        got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
        results = real_post_results(case, got)
        for field, ok in results.items():
            right[field] += ok
        if not results["start_end"] and got.get("start") and not got.get("doubts"):
            silent.append(case["source"])
    if floor.start_end is not None:
        assert right["start_end"] >= floor.start_end, right
    assert right["venue"] >= floor.venue, right
    assert right["title"] >= floor.title, right
    if not floor.silent:
        assert silent == [], silent
