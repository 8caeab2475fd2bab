"""Answer states, yes/no readings and people's names, as councils write them."""
import pytest

from pipeline.extract.person import find_people
from pipeline.extract.states import classify_state, find_exemptions
from pipeline.extract.yesno import read_boolean, read_yesno
from pipeline.model import State
from pipeline.rules import load_rules

RULES = load_rules()
ALL = ("yes", "no", "partial", "case_by_case")


@pytest.mark.parametrize("answer, expected", [
    pytest.param("No frameworks are council commissioned.", "no", id="no_frameworks"),
    pytest.param("No (except Education which is internal).", "no", id="no_with_exception"),
    pytest.param("Yes", "yes", id="plain_yes"),
    pytest.param("The ICB will sometimes joint fund on a case-by-case basis.", "case_by_case", id="case_by_case"),
    pytest.param("A draft policy is being developed with the ICB.", "partial", id="draft"),
    pytest.param("There is no joint funding policy in place.", "no", id="there_is_no"),
    pytest.param("We do not have one.", "no", id="we_do_not"),
])
def test_read_yesno(answer, expected):
    assert read_yesno(answer, ALL, RULES).value == expected


def test_a_reading_outside_the_allowed_values_is_not_invented():
    answer = "The ICB will sometimes contribute on a case-by-case basis."
    assert read_yesno(answer, ("yes", "no", "partial", "case_by_case"), RULES).value == "case_by_case"
    assert read_yesno(answer, ("yes", "no"), RULES) is None  # case_by_case is not allowed here


@pytest.mark.parametrize("answer, state", [
    pytest.param("N/A", State.NOT_APPLICABLE, id="na"),
    pytest.param("Not applicable.", State.NOT_APPLICABLE, id="not_applicable"),
    pytest.param("Information not held.", State.NOT_HELD, id="not_held"),
    pytest.param("The Council does not hold this information.", State.NOT_HELD, id="does_not_hold"),
    pytest.param("This is exempt under section 43(2) (commercial interests).", State.WITHHELD, id="s43"),
    pytest.param("Please see the response to Q4.", State.SEE_OTHER, id="see_q4"),
    pytest.param("As above.", State.SEE_OTHER, id="as_above"),
    pytest.param("41 packages", State.ANSWERED, id="answered"),
    pytest.param("", State.NOT_ANSWERED, id="empty"),
])
def test_classify_state(answer, state):
    assert classify_state(answer, RULES).state == state


def test_see_other_names_its_target():
    assert classify_state("See our answer to question 5b.", RULES).target == "5b"


def test_exemptions_need_a_section_not_any_number():
    tags = [c.tag for c in find_exemptions("Withheld under section 40(2); s.117 cases are counted; 43 people.", RULES)]
    assert tags == ["s40"]


@pytest.mark.parametrize("text, names", [
    pytest.param("Ian Grey –", ["Ian Grey"], id="trailing_dash"),
    pytest.param("Cllr Rosa Quinn, Cabinet Member for Adults", ["Rosa Quinn"], id="title_and_role"),
    pytest.param("Director of Adult Social Services: Dr Paul Ade-Bello", ["Paul Ade-Bello"], id="role_first"),
    pytest.param("N/A", [], id="none"),
    pytest.param("It is the responsibility of the Head of Safeguarding and Learning Disability Services.",
                 [], id="service_area_not_a_name"),
    pytest.param("Owned by the Principal Practitioner - Quality and Practice Support.", [], id="job_title_words"),
])
def test_find_people(text, names):
    assert [f.value for f in find_people(text, RULES)] == names


def test_read_boolean_field_phrases_win():
    r = read_boolean("There is no fixed percentage; splits are agreed case by case.", (), ("no fixed percentage",), RULES)
    assert r.value == "false"
    assert read_boolean("A copy is attached.", (), (), RULES).value == "true"


def test_typed_readers_keep_ranges_as_text_and_skip_other_periods():
    from pipeline.extract.typed import READERS, Context
    read_money, read_percent = READERS["money"], READERS["percent"]
    from pipeline.rules import FieldSpec
    ctx = Context(rules=RULES, gazetteer=None)
    pct = FieldSpec(name="p", type="percent", question_id="q")
    [c] = read_percent("between 40-50% of cases", pct, ctx)
    assert c.value_num is None and "range" in c.flags and c.reasons  # a person settles it
    assert [c.value_num for c in read_percent("46% health; 40-50% in some cases", pct, ctx)] == [46.0]
    annual = FieldSpec(name="m", type="money", question_id="q", period="annual")
    assert read_money("£18.50 per hour", annual, ctx) == []


@pytest.mark.parametrize("answer, state", [
    pytest.param("<5. The exact number is withheld under section 40(2).", "withheld", id="suppressed_with_note"),
    pytest.param("Redacted – section 40(2) personal information.", "withheld", id="redacted_section_40"),
    pytest.param("Fewer than 5", "answered", id="suppressed_without_note_stays_a_value"),
    pytest.param("Nil.", "answered", id="nil_is_zero_not_a_state"),
    pytest.param("Information not held.", "not_held", id="not_held"),
    pytest.param("Helen Marsh, contact details removed under section 40.", "answered", id="name_given_details_removed"),
    pytest.param("The DASS is Jane Smith; her contact details are withheld under section 40(2).", "answered",
                 id="name_given_then_contacts_refused"),
    pytest.param("Jane Smith, whose e-mail address is withheld under section 40(2).", "answered",
                 id="name_given_whose_email_refused"),
    pytest.param("Her contact details are withheld under section 40(2).", "withheld", id="only_contacts_refused"),
    pytest.param("This is not provided as section 43 applies.", "withheld", id="not_provided_section"),
    pytest.param("The figure is not provided in the annual report.", "answered", id="not_provided_no_section"),
    pytest.param("We hold this; however it is exempt under section 43.", "withheld", id="held_then_refused"),
    pytest.param("Names, e-mail addresses and phone numbers are withheld under section 40(2).", "withheld",
                 id="contacts_listed_and_refused"),
])
def test_small_numbers_nil_and_not_held_states(answer, state):
    from pipeline.extract.states import classify_state
    assert classify_state(answer, RULES).state.value == state


def test_shared_copy_words_never_answer_a_question_with_phrases_of_its_own():
    asked = read_boolean("Please see the attached agreement.", ("fixed percentage",), ("case by case",), RULES)
    assert asked.value == "true" and asked.strength == "inferred" and asked.reasons
    copy = read_boolean("Please see the attached agreement.", (), (), RULES)
    assert copy.value == "true" and copy.strength == "sentence" and not copy.reasons


@pytest.mark.parametrize("answer, expected", [
    pytest.param("SCC response: No.", [], id="initials_label_then_nothing"),
    pytest.param("The council response: nothing further to add", [], id="council_label"),
    pytest.param("Kent County Council response: We review the protocol every year.",
                 ["We review the protocol every year."], id="named_label"),
    pytest.param("We have no response to this: we review the protocol every year.",
                 ["We have no response to this: we review the protocol every year."], id="not_a_label"),
])
def test_free_text_reads_past_an_answer_label(answer, expected):
    from pipeline.extract.typed import READERS, Context
    from pipeline.rules import FieldSpec

    found = READERS["text"](answer, FieldSpec(name="comments", type="text", question_id="q8"), Context(rules=RULES, gazetteer=None))
    assert [c.value for c in found] == expected
    for c in found:
        assert answer[c.start:c.end] == c.value


@pytest.mark.parametrize("answer, expected", [
    pytest.param("The library service does run a home delivery scheme for housebound readers.", "yes",
                 id="affirmative_restatement"),
    pytest.param("The mobile library is not the only route for housebound readers; volunteers also deliver.",
                 "no", id="negated_restatement"),
    pytest.param("The council doesn't run a home delivery scheme.", "no", id="contracted_negation"),
    pytest.param("Our volunteers meet every Tuesday in the main hall.", None, id="unrelated_sentence"),
])
def test_yes_or_no_from_a_sentence_restating_the_question(answer, expected):
    from pipeline.extract.yesno import read_restatement
    from pipeline.segment import stopword_set

    asked = ("Does the library service run a home delivery scheme for housebound readers?",
             "Is the mobile library the only route for housebound readers?")
    r = read_restatement(answer, asked, stopword_set(RULES))
    assert (r.value if r else None) == expected
    if r:
        assert r.strength == "inferred"  # never auto: a person confirms it
        assert answer[r.start:r.end] and answer[r.start:r.end] in answer


def test_yes_or_no_after_an_answer_label_naming_the_body():
    assert read_yesno("SCC response: Yes, this is the only criteria used.", ALL, RULES).value == "yes"
    assert read_yesno("Kent County Council response: No.", ALL, RULES).value == "no"


@pytest.mark.parametrize("answer, withheld", [
    pytest.param("We are withholding the split between the two funds under section 43(2) of the Act.", True,
                 id="we_are_withholding_under_section"),
    pytest.param("The council has withheld the names of staff under s.40.", True, id="council_has_withheld"),
    pytest.param("We are withholding nothing: the full table is attached.", False, id="no_section_cited"),
])
def test_withholding_said_in_a_sentence_with_its_section(answer, withheld):
    from pipeline.extract.states import mentions_state

    assert (mentions_state(answer, State.WITHHELD, RULES) is not None) is withheld


@pytest.mark.parametrize("answer, state", [
    pytest.param("We are unable to provide this figure. Packages are recorded by the councils and we would "
                 "need to review approximately 900 case files by hand. The cost would exceed the limit of "
                 "£450 (18 hours at £25 per hour). This part of your request is therefore refused under "
                 "section 12.", State.WITHHELD, id="refusal_applied_later"),
    pytest.param("We are unable to answer this question. Finding it would mean checking each of around "
                 "3,500 records; we are therefore refusing this part under section 12.", State.WITHHELD,
                 id="refusing_under_section"),
    pytest.param("We are unable to provide a figure for 2019, but for 2023/24 the number was 41.",
                 State.ANSWERED, id="unable_for_part_then_answers"),
    pytest.param("The Council holds this information but is withholding it under section 43(2) of the Act "
                 "(commercial interests).", State.WITHHELD, id="holds_but_is_withholding"),
    pytest.param("See table in question 5.", State.SEE_OTHER, id="see_table_in_question"),
])
def test_an_opening_inability_is_a_refusal_only_when_the_answer_applies_an_exemption(answer, state):
    assert classify_state(answer, RULES).state == state
