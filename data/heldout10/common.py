"""Shared constants and boilerplate for heldout10 (all wording invented for this set)."""
ICB = {
    "QMF": "NHS North East London Integrated Care Board",
    "QE1": "NHS Lancashire and South Cumbria Integrated Care Board",
    "QHM": "NHS North East and North Cumbria Integrated Care Board",
    "QRV": "NHS North West London Integrated Care Board",
    "QOX": "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board",
    "QT6": "NHS Cornwall and the Isles of Scilly Integrated Care Board",
    "QUE": "NHS Cambridgeshire and Peterborough Integrated Care Board",
    "QMJ": "NHS North Central London Integrated Care Board",
    "QKK": "NHS South East London Integrated Care Board",
    "QNX": "NHS Sussex Integrated Care Board",
}

ICO_ADDR = ["Information Commissioner's Office", "Wycliffe House", "Water Lane",
            "Wilmslow", "Cheshire", "SK9 5AF"]


def review_council(days=40, contact="the Information Governance Team"):
    return (f"If you are unhappy with the way your request has been handled you may ask for an "
            f"internal review. Please write to {contact} within {days} working days of the date of "
            f"this letter, quoting the reference above. A senior officer who was not involved in the "
            f"original decision will look at your request again.")


def ico_para():
    return ("If you remain dissatisfied after the internal review, you have the right to complain to "
            "the Information Commissioner, who can be contacted at: " + ", ".join(ICO_ADDR) +
            " (telephone 0303 123 1113, or online at ico.org.uk).")


def reuse_ogl(body="the Council"):
    return (f"Most information we release can be re-used under the terms of the Open Government "
            f"Licence v3.0, provided {body} is acknowledged as the source. Information that is "
            f"copyright of a third party (for example a partner's document) may need that party's "
            f"permission before re-use.")


def reuse_nhs():
    return ("Copyright in the information supplied belongs to the ICB unless otherwise stated. You "
            "are free to use it for your own purposes, including non-commercial research and news "
            "reporting. Any other re-use, for example commercial publication, needs our permission; "
            "much of our information is available under the Open Government Licence.")


def s40_para():
    return ("Section 40(2) of the Act exempts personal data about third parties where disclosure "
            "would breach the data protection principles. Officers below senior management level, "
            "and individuals receiving care, have a reasonable expectation that their details will "
            "not be placed in the public domain; this exemption is absolute and no public interest "
            "test is required.")


def s12_para(hours=18, rate=25, limit=450):
    return (f"Section 12 of the Act allows a public authority to refuse a request where the cost of "
            f"complying would exceed the appropriate limit, which for local government and the NHS "
            f"is £{limit}. This is calculated at £{rate} per hour, i.e. {hours} hours of work to "
            f"determine whether the information is held, and to locate, retrieve and extract it.")


def s21_para():
    return ("Where information is already reasonably accessible to you by other means, section 21 "
            "of the Act exempts it from disclosure; we have provided a link instead.")
