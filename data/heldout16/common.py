"""Shared text and names for heldout16 (all wording invented for this set)."""

ICB = {
    "QHM": "NHS North East and North Cumbria Integrated Care Board",
    "QOQ": "NHS Humber and North Yorkshire Integrated Care Board",
    "QE1": "NHS Lancashire and South Cumbria Integrated Care Board",
    "QOP": "NHS Greater Manchester Integrated Care Board",
    "QF7": "NHS South Yorkshire Integrated Care Board",
    "QWO": "NHS West Yorkshire Integrated Care Board",
    "QYG": "NHS Cheshire and Merseyside Integrated Care Board",
}

NA = {"state": "not_applicable"}
NH = {"state": "not_held"}
WH = {"state": "withheld"}
SO = {"state": "see_other"}


def anyof(*v):
    return {"any_of": list(v)}


def review_text(body, email, days="40 working days", style=0):
    """Right-of-review and ICO paragraphs, phrased three ways."""
    if style == 0:
        return [
            f"If you are unhappy with the way your request has been handled, you may ask for an internal "
            f"review. Please write to {email} within {days} of the date of this letter, quoting the "
            f"reference above.",
            "If you remain dissatisfied after the internal review, you may complain to the Information "
            "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
            "(www.ico.org.uk). The Commissioner will normally expect the internal review to have been "
            "completed first.",
        ]
    if style == 1:
        return [
            f"Your right to complain: should you wish to challenge this decision, {body} operates an "
            f"internal review procedure. Requests for review should be made within {days} and sent to "
            f"{email}.",
            "You also have a right to apply to the Information Commissioner for a decision under section 50 "
            "of the Freedom of Information Act 2000, once our internal procedure has been exhausted.",
        ]
    return [
        "Re-use of information: most information we supply under the Act is subject to copyright. You may "
        "re-use it for non-commercial research and private study without further permission.",
        f"Internal review: if you are not satisfied with this response you can request a review within "
        f"{days}. Contact {email}. After that, you can contact the Information Commissioner "
        f"(casework@ico.org.uk, 0303 123 1113).",
    ]
