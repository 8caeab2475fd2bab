"""Matching reworded, reordered and renumbered questions to the canonical questionnaires."""
from pipeline.match import match_document
from pipeline.rules import load_rules
from pipeline.segment import segment_pairs

RULES = load_rules()


def matched(text):
    result = match_document(text, segment_pairs(text, RULES), RULES)
    return result.questionnaire, {p.question_id: p.answer for p in result.pairs if p.question_id}


def test_reordered_questions_match_on_meaning_not_number():
    text = ("Question 1: Which Integrated Care Boards cover the council's area?\nNHS Kent and Medway ICB\n"
            "Question 2: Name of your Director of Adult Social Services?\nAmira Khan\n"
            "Question 3: Which supplier provides your case management system?\nMosaic\n"
            "Question 4: Do you have a joint funding policy with the ICB?\nNo\n")
    qn, answers = matched(text)
    assert qn == "asc_joint_funding"
    assert answers["q8"] == "NHS Kent and Medway ICB"
    assert answers["q1"] == "Amira Khan"
    assert answers["q10"] == "No"


def test_children_questionnaire_is_not_mistaken_for_adults():
    text = ("Q1 Do you have a joint commissioning framework for external children's placements? No\n"
            "Q2 Do health joint fund externally commissioned placements? Yes\n"
            "Q5 What was your yearly spend on external placements? £12,000,000\n"
            "Q5a What element of that was funded by health? 5%\n"
            "Q6 Have you involved children or parents in your joint commissioning process? No\n"
            "Q7 Do you refer to any models of practice in your commissioning framework? No\n")
    qn, answers = matched(text)
    assert qn == "csc_joint_commissioning"
    assert answers["q5a"] == "5%"


def test_unrelated_request_is_unknown():
    qn, answers = matched("1. How many potholes were repaired last year?\n4,210\n"
                          "2. What did repairs cost?\n£1.2m\n3. How many claims were paid?\n37\n")
    assert qn == "unknown" and answers == {}


def test_inline_answer_without_question_mark_is_split_at_the_right_sentence():
    text = ("1. Please give the contact details of your Director of Adult Social Services. Jo Hart, Director.\n"
            "2. Who supplies your case management system? Eclipse\n3. Which ICBs cover your area? NHS Devon ICB\n"
            "10. Does the Local Authority have a Joint Funding Policy with one or more of the ICBs. No\n")
    qn, answers = matched(text)
    assert answers["q1"] == "Jo Hart, Director."
    assert answers["q10"] == "No"


def _match_every_questionnaire(text, rules=RULES):
    """Detection as it reads in full: every questionnaire matched, the best detected kept."""
    from dataclasses import replace

    from pipeline.match import UNKNOWN, MatchResult, _detected, _keyword_share, _reason, match_questionnaire
    from pipeline.segment.zones import has_foi_signal

    pairs = segment_pairs(text, rules)
    signal = has_foi_signal(text, rules)
    best, best_key, near = None, (-1.0, -1.0), ""
    for qn in rules.questionnaires.values():
        result = match_questionnaire(text, pairs, qn, rules)
        if not _detected(result, qn, rules, signal):
            if result.share > 0 and not near:
                near = f"closest: {qn.id}, " + _reason(result, qn, signal)
            continue
        key = (result.share, _keyword_share(text, qn))
        if key > best_key:
            best, best_key = replace(result, reason=_reason(result, qn, signal)), key
    if best is None:
        return MatchResult(UNKNOWN, tuple(pairs), 0.0, {}, near or "no questionnaire's questions matched")
    return best


def test_questionnaires_that_cannot_be_detected_are_skipped_without_changing_the_result():
    texts = [
        "Freedom of Information request\n" + "\n".join(
            f"{k}. {q.text}\nAnswer {k}.\n" for k, q in enumerate(qn.questions, 1))
        for qn in RULES.questionnaires.values()
    ] + [
        "Freedom of Information request\n1. Do you have a joint funding policy with the ICB?\nNo\n",  # near only
        "1. How many potholes were repaired last year?\n4,210\n2. What did repairs cost?\n£1.2m\n",
        "Your request\nQ1 What was your yearly spend on external placements? £12,000,000\n"
        "Q2 Which supplier provides your case management system? Mosaic\n",
    ]
    for text in texts:
        got = match_document(text, segment_pairs(text, RULES), RULES)
        assert got == _match_every_questionnaire(text)
