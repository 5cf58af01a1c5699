"""A headline's toll or magnitude that its own story contradicts.

Our own reports (invented places and agencies), after how wire and local
reports put a figure in the headline and tell it again in the lead ("Train
collision ... kills 15" over "At least 17 people were killed"; "5.4
magnitude quake shakes ..." over the agency's 5.3).  The headline speaks for
the report, so the two are the report's own contradiction.  A headline's
toll against its lead's (the first sentence below it that tells the toll,
giving that one figure) is a conflict: of 258 real headline tolls whose story
tells one, 30 differed from the lead and 29 of those were a part, another
group, a sum or a roundup, each kept apart below.  Against a figure told
further down, or a magnitude, it is at most a possible conflict.  A story
that gives the headline's figure, or one that holds it, a risen toll, a
part, a headline that names its own source, or a lead (a stopped first
sentence) stays apart.
"""

from __future__ import annotations

from tests.conftest import findings_of, flagged

OTHER = "KORVI -- A disaster struck near Korvi on Sunday night, officials said."


def _internal(text: str, kind: str = "killed") -> list[tuple[str, list[float | None]]]:
    found = flagged(findings_of(text, OTHER), kind)
    return [(f.status.value, sorted(c.value.low for c in f.claims)) for f in found if f.internal]


def test_a_headline_toll_under_the_leads_floor():
    text = (
        "Bus crash in Tarvik kills 12, injures dozens\n\n"
        "TARVIK -- At least 14 people were killed on Sunday when a bus plunged into a gorge near Tarvik, "
        "police said."
    )
    assert _internal(text) == [("conflict", [12, 14])]


def test_a_headline_toll_against_the_leads_bare_toll():
    text = (
        "Floods kill six in southern Vellan\n"
        "By Ana Merel\n\n"
        "ORSK -- Five people died and two others were missing on Monday after a river burst its banks "
        "in southern Vellan, local officials said."
    )
    assert _internal(text) == [("conflict", [5, 6])]


def test_a_headline_injured_count_against_the_story():
    text = (
        "Gas blast injures 9 at Dallow feed mill\n\n"
        "DALLOW -- Seven people were injured on Tuesday when a gas line exploded at a feed mill in Dallow, "
        "the sheriff said."
    )
    assert _internal(text, "injured") == [("conflict", [7, 9])]


def test_a_headline_magnitude_against_the_agencys():
    text = (
        "4.9 magnitude quake shakes Orsk province\n\n"
        "ORSK -- An earthquake with a magnitude of 4.7 struck Orsk province on Friday night, "
        "the national seismology agency said."
    )
    assert _internal(text, "magnitude") == [("possible_conflict", [4.7, 4.9])]


def test_a_headline_toll_the_story_gives_hedged_is_the_same_figure():
    text = (
        "Bus plunges into gorge near Tarvik, kills 14\n\n"
        "TARVIK -- At least 14 people were killed on Sunday when a bus plunged into a gorge near Tarvik."
    )
    assert _internal(text) == []


def test_a_rounded_headline_figure_holds_the_storys():
    text = (
        "Nearly 20 hurt in Dallow stampede\n\n"
        "DALLOW -- Nineteen people were injured on Saturday in a crush at the gates of a stadium in Dallow, "
        "police said."
    )
    assert _internal(text, "injured") == []


def test_a_headline_floor_under_a_higher_story_figure():
    text = (
        "At least 10 dead in Korvi floods\n\n"
        "KORVI -- Twelve people were killed when flash floods swept through villages near Korvi on Sunday."
    )
    assert _internal(text) == []


def test_a_headline_of_a_part_is_no_rival_toll():
    text = (
        "Two children among dead in Tarvik bus crash\n\n"
        "TARVIK -- Nine people were killed on Sunday when a bus overturned near Tarvik, police said."
    )
    assert _internal(text) == []


def test_a_story_that_also_gives_the_headlines_figure():
    text = (
        "Floods kill 11 in Korvi\n\n"
        "KORVI -- Flash floods killed nine people near Korvi on Sunday, officials said. "
        "By Monday the death toll had risen to 11."
    )
    assert _internal(text) == []


def test_a_lead_is_no_headline():
    text = (
        "KORVI -- Floods killed six people near Korvi on Sunday, officials said.\n\n"
        "Five people died in the village of Marsa, a local official said."
    )
    assert [pair for status, pair in _internal(text) if status == "possible_conflict"] == []


def test_a_headline_toll_told_as_risen_over_the_storys_figure():
    text = (
        "Toll in Korvi floods rises to 11\n\n"
        "KORVI -- Flash floods killed nine people near Korvi on Sunday, officials said on Monday."
    )
    assert _internal(text) == []


def test_a_headline_that_names_its_source_is_that_sources_figure():
    text = (
        "USGS: 5.1 quake rattles Orsk province\n\n"
        "ORSK -- An earthquake with a magnitude of 4.9 struck Orsk province on Friday night, "
        "the national seismology agency said."
    )
    assert _internal(text, "magnitude") == []


def test_a_roundup_headline_is_the_toll_of_all_its_parts():
    text = (
        "Five wounded in violent weekend in Marlow\n\n"
        "A violent weekend in Marlow sent five people to area hospitals with gunshot wounds.\n\n"
        "Three people were wounded in a single incident in the Riverside neighborhood, police said.\n\n"
        "Shootings earlier Saturday wounded Dale Rusk, who was shot at 410 Vance St., and Tomas Ivers, "
        "who was shot in the 400 block of Byrne Road."
    )
    assert _internal(text, "injured") == []


def test_a_headline_toll_against_a_story_that_also_tells_its_toll_by_its_parts():
    # after "Quake kills three in ..." over "FOUR people were confirmed dead"
    # and the victims told one by one further down (Post-Courier style)
    text = (
        "Landslide kills four in Varna\n\n"
        "FIVE people were confirmed dead after a landslide buried homes in the Varna hills early "
        "yesterday, provincial authorities said.\n\n"
        "A man in Selo was killed when a wall fell on him and a woman died when her house collapsed, "
        "the provincial disaster coordinator said."
    )
    assert _internal(text) == [("conflict", [4, 5])]


def test_a_headline_toll_that_is_the_storys_and_its_parts_together():
    text = (
        "Blast at Dallow plant kills 15\n\n"
        "DALLOW -- Twelve workers were killed on Tuesday when a boiler exploded at a chemical plant "
        "in Dallow, officials said.\n\n"
        "A man and a woman were also killed in a house next to the plant, and a boy died in the street."
    )
    assert _internal(text) == []


def test_a_headline_toll_over_a_lead_in_the_present_perfect():
    # after "8 dead in fire at office building" over "seven people have died"
    text = (
        "6 dead in fire at Dallow warehouse\n\n"
        "Firefighters in Dallow say five people have died in a fire at a warehouse near the river port.\n\n"
        "The fire broke out at around 9:40 p.m. on Thursday."
    )
    assert _internal(text) == [("conflict", [5, 6])]


def test_a_headline_and_a_lead_that_count_one_kind_of_victim():
    # after "Two skiers killed in avalanche" over "Three skiers died"
    text = (
        "Four climbers killed in rockfall on Mount Tarvik\n\n"
        "Three climbers died on Saturday morning when a rockfall struck a roped party on the north face "
        "of Mount Tarvik, police said."
    )
    assert _internal(text) == [("conflict", [3, 4])]


def test_a_headline_toll_against_an_earlier_disasters_toll_further_down():
    # the headline's toll is the lead's; the other figure is a recalled sinking
    text = (
        "Three dead, two missing as ferry capsizes off Orsk\n\n"
        "Three passengers died and two remain missing after a ferry capsized off Orsk early Friday, "
        "the coast guard said.\n\n"
        "The accident comes weeks after a smaller boat sank off Varna, leaving six dead."
    )
    assert _internal(text) == [("possible_conflict", [3, 6])]


def test_a_headline_toll_against_a_figure_below_the_lead():
    # the lead tells no toll; the first sentence that does is not the lead's
    # shape of one figure: "Two died" beside "and four others"
    text = (
        "Gas blast kills five in Marlow\n\n"
        "MARLOW -- A gas explosion tore through an apartment block in Marlow on Monday, officials said.\n\n"
        "Two residents died at the scene and four others died later in hospital."
    )
    assert _internal(text) == []


def test_a_headline_toll_that_may_be_the_leads_and_a_victim_told_further_down():
    # after "Floods kill eight" over "Seven people died" and "A municipal
    # worker ... was also killed": eight may be the seven and the worker
    text = (
        "Storm kills six in eastern Korvi\n\n"
        "KORVI -- Five people died on Sunday when a storm tore roofs off homes in eastern Korvi, "
        "officials said.\n\n"
        "A fisherman was also killed when his boat capsized off the coast, the harbour master said."
    )
    assert _internal(text) == []


def test_a_story_that_tells_the_toll_in_two_figures():
    text = (
        "Gas blast kills five in Marlow\n\n"
        "MARLOW -- A gas explosion tore through an apartment block in Marlow on Monday, officials said.\n\n"
        "Four people died, police said.\n\n"
        "The fire spread to a second building, where six people died."
    )
    assert all(status == "possible_conflict" for status, _ in _internal(text))


def test_a_headline_magnitude_against_the_lead_stays_possible():
    text = (
        "5.2 magnitude quake jolts Varna\n\n"
        "VARNA -- An earthquake of magnitude 5.0 shook Varna province late on Friday, the national "
        "seismology agency said."
    )
    assert _internal(text, "magnitude") == [("possible_conflict", [5.0, 5.2])]


def test_a_headline_bare_figure_taken_to_hospital_against_the_lead():
    # the headline's "Three rushed to hospital" is the injured in a story of no
    # death (everyone harmed, as its lead's "were taken to hospital"); a later
    # "Nobody was hurt" of another fire is no part or sum of the headline's
    text = (
        "Three rushed to hospital as flames sweep through Dunmore flats\n\n"
        "Four people were taken to hospital after a fire broke out in a second-floor flat on Kelby Road "
        "in Dunmore early on Tuesday, the fire service said.\n\n"
        "Crews were later called to a separate skip fire nearby. Nobody was hurt."
    )
    assert _internal(text, "injured") == [("conflict", [3, 4])]


def test_a_headline_bare_figure_taken_to_hospital_the_lead_gives():
    text = (
        "Two airlifted to hospital after fishing boat capsizes off Carrow\n\n"
        "Two people were airlifted to hospital after a fishing boat capsized off Carrow on Sunday, "
        "the coastguard said."
    )
    assert _internal(text, "injured") == []


# A share of the toll the story names, a recalled event's "no deaths", a part
# told as some of the victims, and a headline counting its dead by a plain
# kind: none of these makes the story's toll a changing one or the headline's
# a sum.  Of 35 real GVC headline tolls whose story tells one, 4 also name a
# share of the dead ("three of the dead", "among the dead were").


def test_a_headline_toll_against_a_lead_whose_story_names_a_share_of_the_dead():
    # after "8 killed as tourist bus overturns" over "Seven people were
    # killed" and "Among the dead were three Russian tourists"
    text = (
        "9 killed as minibus overturns on Varna pass\n\n"
        "Seven people were killed and 12 injured when a minibus carrying pilgrims overturned on the "
        "mountain road to Varna early Sunday, the health ministry said.\n\n"
        "Among the dead were three German tourists, a hospital source said."
    )
    assert _internal(text) == [("conflict", [7, 9])]


def test_a_headline_toll_against_a_lead_whose_bodies_include_children():
    # after "4 dead, 2 missing as boat capsizes" over "Three people were
    # killed" and "three bodies, including those of two children, were found"
    text = (
        "5 dead, 3 missing as ferry sinks on Orsk lake\n\n"
        "Four people were killed and three others went missing after a ferry sank on Orsk lake on "
        "Saturday, a police official said.\n\n"
        '"Nine people survived, and four bodies, including those of three children, were found," he said.'
    )
    assert _internal(text) == [("conflict", [4, 4, 5])]


def test_a_headline_toll_against_a_lead_beside_a_recalled_fire_of_no_deaths():
    # after "Six dead, 44 injured in tower fire" over "Five people died" and
    # "In May 2015, a fire in another tower ... caused no deaths"
    text = (
        "Seven dead, 30 injured in Korvi tower fire\n\n"
        "KORVI: Six people died and 30 others were injured when a fire swept through a residential tower "
        "in Korvi late on Friday, police said.\n\n"
        "In March 2016, a fire in another Korvi tower damaged dozens of flats but caused no deaths."
    )
    assert _internal(text) == [("conflict", [6, 7])]


def test_a_headline_toll_against_a_lead_and_one_of_its_victims():
    # "one of the victims died after jumping" is inside the lead's five,
    # never a sixth the headline adds
    text = (
        "Four dead in Dallow hotel fire\n\n"
        "DALLOW: Three people died and 12 others were injured when a fire broke out at a hotel in "
        "Dallow on Monday night, police said.\n\n"
        "A fire officer said one of the victims died after jumping from a window."
    )
    assert _internal(text) == [("conflict", [3, 4])]


def test_a_headline_counting_its_dead_by_their_trade_against_the_leads_bodies():
    # after "eight gold miners killed in collapse" over "Seven bodies were
    # brought out": the miners told as no share are the headline's whole toll
    text = (
        "Nine tin miners killed in collapse at Orsk pit\n\n"
        "A tin pit collapsed on Sunday evening near Orsk. Rescuers were still searching on Monday "
        "for two miners.\n\n"
        "Six bodies were brought out during the night by villagers and firefighters, the local "
        "authorities said."
    )
    assert _internal(text) == [("conflict", [6, 9])]


def test_a_headline_toll_over_the_bodies_recovered_so_far_is_no_conflict():
    # the bodies brought out "so far" are a tally still growing under the toll
    text = (
        "Eight gold miners killed in Korvi collapse\n\n"
        "KORVI -- A gold mine collapsed on Sunday near Korvi. Rescuers have recovered five bodies so far, "
        "officials said."
    )
    assert _internal(text) == []


def test_a_headline_toll_that_may_be_the_leads_and_another_victim():
    # "Another man died after jumping" adds to the lead's toll: the headline
    # may be both together
    text = (
        "Four dead in Dallow hotel fire\n\n"
        "DALLOW: Three people died and 12 others were injured when a fire broke out at a hotel in "
        "Dallow on Monday night, police said.\n\n"
        "Another man died after jumping from a window, a fire officer said."
    )
    assert [pair for status, pair in _internal(text) if status == "conflict"] == []


def test_a_headline_share_of_the_dead_is_no_rival_toll():
    text = (
        "Three tourists among dead as minibus overturns on Varna pass\n\n"
        "Seven people were killed and 12 injured when a minibus overturned on the mountain road to Varna "
        "early Sunday, the health ministry said."
    )
    assert _internal(text) == []


def test_a_risen_toll_beside_a_share_of_the_dead():
    text = (
        "Toll in Varna minibus crash rises to 9\n\n"
        "Seven people were killed and 12 injured when a minibus overturned on the mountain road to Varna "
        "early Sunday, the health ministry said.\n\n"
        "Among the dead were three German tourists, a hospital source said."
    )
    assert _internal(text) == []


def test_a_headline_toll_against_the_lead_beside_a_recalled_seasons_toll():
    # after "Two skiers killed in avalanche" over "Three skiers died" and
    # "Last winter, five people died in avalanches": the season's five, of
    # another group, never holds the headline's two as its part
    text = (
        "Two climbers killed in rockfall on Mount Tarvik\n\n"
        "Three climbers died in a rockfall on the north face of Mount Tarvik on Saturday, police said.\n\n"
        "Last summer, five people died in rockfalls in the Tarvik range."
    )
    assert [pair for status, pair in _internal(text) if pair == [2, 3]] == [[2, 3]]


def test_a_headlines_rescued_count_against_the_leads():
    """ "Seven dead, 29 rescued as boat capsizes" over "27 others were
    rescued" (genre58b 03): a disaster headline lists the rescued beside the
    toll, and its figure speaks for the report as the toll's does."""
    text = (
        "Five dead, 29 rescued as boat capsizes off Orsk\n\n"
        "ORSK -- Five people died and 27 others were rescued on Saturday after a boat capsized off Orsk, "
        "police said."
    )
    assert _internal(text, "other_count") == [("conflict", [27, 29])]


def test_a_headlines_rescued_count_the_story_gives_or_holds_is_none():
    told = (
        "Five dead, 27 rescued as boat capsizes off Orsk\n\n"
        "ORSK -- Five people died and 27 others were rescued on Saturday after a boat capsized off Orsk."
    )
    rounded = (
        "Nearly 30 rescued as ferry sinks off Orsk\n\n"
        "ORSK -- Rescuers saved 28 people on Saturday after a ferry sank off Orsk, police said."
    )
    assert _internal(told, "other_count") == []
    assert _internal(rounded, "other_count") == []


def test_a_headline_toll_over_a_lead_that_counts_its_dead_by_their_kind():
    # after genre55a 02, "ST bus plunges into Ambenali ghat gorge; 12 dead"
    # over "Eleven passengers were killed and 27 injured": the lead's kind,
    # told as no share and the story's only figure of the toll, is its whole
    text = (
        "Bus plunges into gorge near Tarvik; 12 dead\n\n"
        "TARVIK -- Eleven passengers were killed and 27 injured when a state transport bus skidded off "
        "the road and plunged into a gorge near Tarvik on Tuesday morning, police said."
    )
    assert _internal(text) == [("conflict", [11, 12])]


def test_a_headline_toll_over_a_lead_of_workers_in_one_clause():
    text = (
        "Blast at Dallow fireworks plant kills 9\n\n"
        "DALLOW -- Eight workers were killed on Friday when a blast tore through a fireworks plant in "
        "Dallow, the district collector said."
    )
    assert _internal(text) == [("conflict", [8, 9])]


def test_a_headline_toll_over_a_kind_and_another_figure_stays_a_part():
    # the story tells the toll by two figures: its children may be a part of the five
    text = (
        "Fire kills five in Dallow apartment block\n\n"
        "DALLOW -- Three children were killed on Friday night when a fire swept through an apartment "
        "block in Dallow, police said.\n\n"
        "Two adults also died in the blaze, a fire officer said."
    )
    assert [pair for status, pair in _internal(text) if status == "conflict"] == []


def test_a_headline_toll_over_the_same_count_told_by_a_kind():
    text = (
        "Bus plunges into gorge near Tarvik; 12 dead\n\n"
        "TARVIK -- Twelve passengers were killed when a bus plunged into a gorge near Tarvik on Tuesday."
    )
    assert _internal(text) == []


def test_a_headline_toll_over_a_single_victim_told_by_a_kind():
    # "a passenger" is one person of the toll told by an article, never its whole
    text = (
        "Bus plunges into gorge near Tarvik; 12 dead\n\n"
        "TARVIK -- A passenger was killed when a bus plunged into a gorge near Tarvik on Tuesday, "
        "police said."
    )
    assert [pair for status, pair in _internal(text) if status == "conflict"] == []


def test_a_headline_counting_a_kind_over_the_storys_everyone_is_a_part():
    # after a GVC pair: "Wallkill man, two children dead in murder-suicide"
    # over "Police discovered one man and two children dead": the headline's
    # children are a part of the story's three
    text = (
        "Dallow man, two children dead in house fire\n\n"
        "DALLOW -- Police discovered one man and two children dead inside a burned house on Fifth "
        "Avenue in Dallow on Thursday, police said."
    )
    assert [pair for status, pair in _internal(text) if status == "conflict"] == []
