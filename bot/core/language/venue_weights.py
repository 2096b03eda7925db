"""Fitted weights of the venue chooser (venue_choice.py), one per venue_choice.FEATURES.

Written by benchmarks/venue_model.py --write (pairwise logistic regression, C=1.0,
on the 28 tuned real-post sets); do not edit by hand.
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
)
WEIGHTS: tuple[float, ...] = (
    0.9880,  # path_label
    0.1394,  # path_place
    -0.9484,  # path_place_bare
    -0.5358,  # path_online
    0.0000,  # path_abbreviation
    0.2502,  # path_address_owned
    -0.5574,  # path_address
    -0.0110,  # path_local_name
    0.1041,  # path_locality
    -0.2157,  # path_city
    0.7866,  # path_region
    0.0000,  # path_phrase
    0.0000,  # path_phrase_motion
    0.0000,  # path_phrase_noun
    0.0000,  # path_phrase_chain
    0.0000,  # path_phrase_label
    2.0481,  # hand
    -0.1878,  # score
    0.4489,  # top_rank
    0.1403,  # inverse_rank
    -0.9007,  # relative_position
    0.1281,  # no_position
    0.6814,  # in_event_sentence
    0.5695,  # after_locative
    0.9403,  # has_address
    0.3097,  # has_digit
    0.6101,  # has_quoted_name
    -0.8708,  # room_level
    -0.5068,  # one_word
    0.7528,  # has_abbreviation
    0.2147,  # words
    0.6044,  # length
    0.0319,  # near_event_verb
    0.3578,  # gathering_near
    0.2340,  # inside_hand
    1.9074,  # holds_hand
    0.2200,  # first_of_post
    0.5253,  # place_noun
)
