"""Fitted weights of the venue chooser (venue_choice.py), one per venue_choice.FEATURES.

Written by benchmarks/venue_model.py --write (pairwise logistic regression, C=1.0,
on the 27 tuned real-post sets); do not edit by hand.
"""

FEATURES = (
    "path_label",
    "path_place",
    "path_place_bare",
    "path_online",
    "path_abbreviation",
    "path_address_owned",
    "path_address",
    "path_local_name",
    "path_locality",
    "path_city",
    "path_region",
    "hand",
    "score",
    "top_rank",
    "inverse_rank",
    "relative_position",
    "no_position",
    "in_event_sentence",
    "after_locative",
    "has_address",
    "has_digit",
    "has_quoted_name",
    "room_level",
    "one_word",
    "has_abbreviation",
    "words",
    "length",
    "near_event_verb",
    "gathering_near",
    "inside_hand",
    "holds_hand",
    "first_of_post",
)
WEIGHTS: tuple[float, ...] = (
    1.0551,  # path_label
    0.2149,  # path_place
    -0.8407,  # path_place_bare
    -0.5140,  # path_online
    0.0000,  # path_abbreviation
    0.2379,  # path_address_owned
    -0.7550,  # path_address
    -0.0108,  # path_local_name
    0.0455,  # path_locality
    -0.1009,  # path_city
    0.6679,  # path_region
    2.0746,  # hand
    -0.1759,  # score
    0.3929,  # top_rank
    -0.0097,  # inverse_rank
    -1.0200,  # relative_position
    0.0877,  # no_position
    0.9034,  # in_event_sentence
    0.7604,  # after_locative
    0.8344,  # has_address
    0.2846,  # has_digit
    0.6566,  # has_quoted_name
    -0.7387,  # room_level
    -0.8535,  # one_word
    0.5493,  # has_abbreviation
    0.4384,  # words
    0.3942,  # length
    0.0421,  # near_event_verb
    0.3571,  # gathering_near
    0.2488,  # inside_hand
    1.8533,  # holds_hand
    0.2877,  # first_of_post
)
