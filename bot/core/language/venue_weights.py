"""Fitted weights of the venue chooser (venue_choice.py), one per venue_choice.FEATURES.

Written by benchmarks/venue_model.py --write (pairwise logistic regression, C=1.0,
on the 29 tuned real-post sets); do not edit by hand.
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
    "path_phrase",
    "path_phrase_motion",
    "path_phrase_noun",
    "path_phrase_chain",
    "path_phrase_label",
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
    "place_noun",
    "governed",
    "relative",
    "place_preposition",
    "in_block",
    "date_near",
    "head_place",
    "organiser",
)
WEIGHTS: tuple[float, ...] = (
    0.9390,  # path_label
    0.1930,  # path_place
    -0.9158,  # path_place_bare
    -0.5107,  # path_online
    0.0000,  # path_abbreviation
    0.2180,  # path_address_owned
    -0.6458,  # path_address
    -0.0063,  # path_local_name
    0.0936,  # path_locality
    -0.1538,  # path_city
    0.7888,  # path_region
    0.0000,  # path_phrase
    0.0000,  # path_phrase_motion
    0.0000,  # path_phrase_noun
    0.0000,  # path_phrase_chain
    0.0000,  # path_phrase_label
    2.0464,  # hand
    -0.3182,  # score
    0.3959,  # top_rank
    0.0865,  # inverse_rank
    -0.7850,  # relative_position
    0.2117,  # no_position
    0.2653,  # in_event_sentence
    0.7420,  # after_locative
    0.7782,  # has_address
    0.4367,  # has_digit
    0.7356,  # has_quoted_name
    -0.9046,  # room_level
    -0.5169,  # one_word
    0.6952,  # has_abbreviation
    0.3684,  # words
    0.4606,  # length
    -0.3855,  # near_event_verb
    0.4053,  # gathering_near
    0.2274,  # inside_hand
    1.9307,  # holds_hand
    0.2156,  # first_of_post
    0.3853,  # place_noun
    0.9369,  # governed
    -0.3551,  # relative
    -0.3770,  # place_preposition
    0.4249,  # in_block
    0.9014,  # date_near
    0.1335,  # head_place
    -0.2772,  # organiser
)
