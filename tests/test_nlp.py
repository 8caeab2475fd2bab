"""`find_phrases` gives what spaCy's PhraseMatcher gives, with or without its quick screen."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp import _screen, find_phrases, get_nlp, phrase_matcher

VOCAB = (("dst", ("DST", "decision support tool")), ("panel", ("joint funding panel", "JFP")),
         ("split", ("50/50", "50-50 split")), ("none", ("can't say", "N/A")))
PIECES = st.sampled_from(["DST", "dst", "Dst", "decision", "support", "tool", "tools", "joint", "funding",
                          "panel", "JFP", "50", "/", "-", "split", "can't", "cannot", "say", "N/A", "n/a",
                          " ", "  ", "\n", "'s", ".", ",", "(", ")", "un", "x"])


def _matcher_answer(text: str, vocabulary) -> list[tuple[str, int, int]]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    found = [(nlp.vocab.strings[i], doc[s:e].start_char, doc[s:e].end_char)
             for i, s, e in phrase_matcher(vocabulary)(doc)]
    return sorted(found, key=lambda t: (t[1], -t[2]))


@settings(max_examples=300, deadline=None)
@given(text=st.lists(PIECES, max_size=14).map("".join))
def test_screened_phrases_are_the_matchers_phrases(text):
    assert find_phrases(text, VOCAB) == _matcher_answer(text, VOCAB)


def test_the_screen_lets_through_every_text_with_a_phrase_and_stops_others():
    screen = _screen(VOCAB)
    assert screen.search("We use the D S T\nand the Joint  Funding\tPanel")
    assert not screen.search("We hold no such information.")
    assert find_phrases("We hold no such information.", VOCAB) == []
    assert find_phrases("Referred to the Joint Funding Panel (JFP).", VOCAB) == [
        ("panel", 16, 35), ("panel", 37, 40)]


def test_a_phrase_outside_ascii_gets_no_screen():
    assert _screen((("cafe", ("café",)),)) is None
    assert find_phrases("the Café", (("cafe", ("café",)),)) == [("cafe", 4, 8)]


def test_a_phrase_wrapped_at_a_line_end_is_found_but_not_across_a_blank_line():
    from pipeline.nlp import find_phrases

    vocab = (("dst", ("decision support tool",)), ("asc", ("adult social care",)))
    text = "the adult Decision Support\nTool, and Adult\n\nSocial Care"
    assert [(label, text[s:e]) for label, s, e in find_phrases(text, vocab)] == [
        ("dst", "Decision Support\nTool")]


def test_a_plural_of_a_phrase_is_the_phrase():
    from pipeline.nlp import find_phrases

    vocab = (("joint_panel", ("joint panel",)), ("policy", ("policy",)), ("dst", ("DST",)))
    text = "agreed at place-based joint panels under both policies; DSTs are not used"
    assert [label for label, _, _ in find_phrases(text, vocab)] == ["joint_panel", "policy"]


def test_a_phrase_wrapped_onto_an_indented_line_or_spaced_out_is_found():
    vocab = (("funding_tool", ("apportionment tool",)), ("joint_panel", ("joint panel",)))
    text = "4. Each case goes to the joint  panel, which applies the apportionment\n   tool.\n\njoint\n\npanel"
    assert [(label, text[s:e]) for label, s, e in find_phrases(text, vocab)] == [
        ("joint_panel", "joint  panel"), ("funding_tool", "apportionment\n   tool")]
