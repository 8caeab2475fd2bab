"""Names shared by the document modules."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import lib  # noqa: E402,F401

BSW = "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board"
SWL = "NHS South West London Integrated Care Board"
SUSSEX = "NHS Sussex Integrated Care Board"
HIOW = "NHS Hampshire and Isle of Wight Integrated Care Board"
BOB = "NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board"
FRIMLEY = "NHS Frimley Integrated Care Board"
SURREYH = "NHS Surrey Heartlands Integrated Care Board"
CW = "NHS Coventry and Warwickshire Integrated Care Board"
HW = "NHS Herefordshire and Worcestershire Integrated Care Board"
DEVON = "NHS Devon Integrated Care Board"
MSE = "NHS Mid and South Essex Integrated Care Board"
SOMERSET = "NHS Somerset Integrated Care Board"
NWL = "NHS North West London Integrated Care Board"
WNL = "NHS West and North London Integrated Care Board"
NEL = "NHS North East London Integrated Care Board"

W = {"state": "withheld"}
NH = {"state": "not_held"}
NA = {"state": "not_applicable"}
SO = {"state": "see_other"}


def any_of(*vals):
    return {"any_of": list(vals)}


def path(d, name):
    return os.path.join(d, name)
