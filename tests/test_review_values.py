"""A reviewer's typed value read into canonical form, or refused with a reason."""
from __future__ import annotations

import pytest

from pipeline.review.values import (
    ValueProblem, field_spec, read_reviewer_value, read_state,
)
from pipeline.rules import load_rules

RULES = load_rules()
ASC = "asc_joint_funding"


def read(field, text, questionnaire=ASC):
    return read_reviewer_value(field_spec(RULES, questionnaire, field), text, RULES)


@pytest.mark.parametrize("field, text, value, num, code", [
    pytest.param("la_annual_cost_gbp", "£1.6m", "1600000.00", 1600000.0, "", id="money_millions"),
    pytest.param("la_annual_cost_gbp", "1,656,101.72", "1656101.72", 1656101.72, "", id="money_plain"),
    pytest.param("la_annual_cost_gbp", "1600000.00", "1600000.00", 1600000.0, "", id="money_canonical"),
    pytest.param("icb_weekly_cost_gbp", "£31,848.11pw", "31848.11", 31848.11, "", id="money_weekly"),
    pytest.param("care_packages_count", "1,969", "1969", 1969.0, "", id="count_commas"),
    pytest.param("care_packages_count", "thirty-nine", "39", 39.0, "", id="count_words"),
    pytest.param("care_packages_as_at", "18th April 24", "2024-04-18", None, "", id="date_words"),
    pytest.param("care_packages_as_at", "2024-04-18", "2024-04-18", None, "", id="date_iso"),
    pytest.param("cost_year", "FY22/23", "2022/23", None, "", id="fiscal_year"),
    pytest.param("joint_funding_tool", "Partial", "partial", None, "", id="yesno_case"),
    pytest.param("policy_copy_provided", "No", "false", None, "", id="boolean_from_no"),
    pytest.param("la_cost_basis", "Gross", "gross", None, "", id="enum"),
    pytest.param("joint_funding_methods", "DST", "dst", None, "", id="tag"),
    pytest.param("main_icb", "MSE ICB", "NHS Mid and South Essex Integrated Care Board", None, "QH8",
                 id="icb_alias"),
    pytest.param("main_icb", "qh8", "NHS Mid and South Essex Integrated Care Board", None, "QH8",
                 id="icb_code"),
    pytest.param("case_management_supplier", "System C", "System C", None, "", id="vendor"),
    pytest.param("dass_name", "  Ian   Wake – ", "Ian Wake", None, "", id="person_trimmed"),
    pytest.param("dass_email", "a.b@essex.gov.uk", "a.b@essex.gov.uk", None, "", id="email"),
])
def test_reviewer_values_become_canonical(field, text, value, num, code):
    got = read(field, text)
    assert (got.value, got.value_num, got.value_code) == (value, num, code)


@pytest.mark.parametrize("field, text, message", [
    pytest.param("la_annual_cost_gbp", "lots", "does not read as an amount of money", id="money_words"),
    pytest.param("la_annual_cost_gbp", "£31,848.11pw", "weekly amount but la_annual_cost_gbp is annual",
                 id="weekly_in_annual"),
    pytest.param("la_annual_cost_gbp", "£1m and £2m", "holds 2 values", id="two_amounts"),
    pytest.param("care_packages_count", "<5", "set corrected_state to withheld", id="suppressed_count"),
    pytest.param("care_packages_count", "12.5", "not a whole number", id="fractional_count"),
    pytest.param("joint_funding_policy", "maybe", "is not one of yes, no, partial", id="yesno_allowed"),
    pytest.param("la_cost_basis", "both", "is not one of gross, net", id="enum_values"),
    pytest.param("main_icb", "Devon", "could name more than one body", id="bare_icb_name"),
    pytest.param("main_icb", "Atlantis ICB", "not a known icb", id="unknown_icb"),
    pytest.param("dass_email", "not an address", "does not read as an e-mail", id="email"),
    pytest.param("dass_name", "", "the value is empty", id="empty"),
])
def test_values_that_do_not_read_are_refused_with_a_reason(field, text, message):
    with pytest.raises(ValueProblem, match=message):
        read(field, text)


def test_percent_must_lie_between_0_and_100():
    spec = field_spec(RULES, "csc_joint_commissioning", "health_share_pct")
    assert read_reviewer_value(spec, "3.10%", RULES).value == "3.1"
    with pytest.raises(ValueProblem, match="between 0 and 100"):
        read_reviewer_value(spec, "150", RULES)


def test_field_specs_cover_exemptions_and_unknown_questionnaires():
    assert field_spec(RULES, ASC, "exemptions").type == "enum"
    assert field_spec(RULES, "unknown", "amount_gbp").type == "money"
    assert field_spec(RULES, "unknown", "dass_name") is None
    assert field_spec(RULES, ASC, "no_such_field") is None
    assert read("exemptions", "S40").value == "s40"


@pytest.mark.parametrize("text, state", [("", ""), ("Not applicable", "not_applicable"),
                                         ("not-held", "not_held"), ("WITHHELD", "withheld")])
def test_states_read_loosely(text, state):
    assert read_state(text) == state


def test_an_unknown_state_is_refused():
    with pytest.raises(ValueProblem, match="'perhaps' is not one of"):
        read_state("perhaps")
