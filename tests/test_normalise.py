"""Derived values and cross-field checks: invariants, not just examples."""
from pipeline.model import SourceRef, State, Status, Value
from pipeline.normalise import normalise_values
from pipeline.rules import load_rules

RULES = load_rules()
ASC = RULES.questionnaires["asc_joint_funding"]
CSC = RULES.questionnaires["csc_joint_commissioning"]


def v(field, num, conf=0.98):
    return Value(field=field, question_id="q", state=State.ANSWERED, value=f"{num}", value_num=num,
                 confidence=conf, source=SourceRef("f.txt", 1, 0, 1), evidence=str(num))


def by_field(values):
    return {x.field: x for x in values}


def test_weekly_alone_is_annualised_and_flagged_derived():
    out = by_field(normalise_values([v("icb_weekly_cost_gbp", 31848.11)], ASC, RULES))
    annual = out["icb_annual_cost_gbp"]
    assert annual.value_num == round(31848.11 * 52, 2)
    assert "derived" in annual.flags


def test_weekly_alone_replaces_a_row_saying_no_annual_figure_was_read():
    """The annual question answered with a weekly figure: its 'nothing read' review row gives
    way to the derived annual amount."""
    unparsed = Value(field="icb_annual_cost_gbp", question_id="q7", state=State.ANSWERED, value="",
                     confidence=0.0, status=Status.REVIEW, extractor="money:unparsed",
                     source=SourceRef("f.txt", 1, 0, 1), reasons=("no money value could be read",))
    out = normalise_values([unparsed, v("icb_weekly_cost_gbp", 187330.5)], ASC, RULES)
    annual = [x for x in out if x.field == "icb_annual_cost_gbp"]
    assert [x.value_num for x in annual] == [round(187330.5 * 52, 2)]
    assert "derived" in annual[0].flags


def test_weekly_alone_replaces_an_annual_figure_said_not_held():
    """'An annual figure is not held ... £187,420.50 per week': SPEC annualises the weekly figure."""
    not_held = Value(field="icb_annual_cost_gbp", question_id="q7", state=State.NOT_HELD, confidence=0.75,
                     status=Status.REVIEW, extractor="state", source=SourceRef("f.txt", 1, 0, 1))
    out = normalise_values([not_held, v("icb_weekly_cost_gbp", 187420.5)], ASC, RULES)
    annual = [x for x in out if x.field == "icb_annual_cost_gbp"]
    assert [(x.state, x.value_num, x.status) for x in annual] == [
        (State.ANSWERED, round(187420.5 * 52, 2), Status.REVIEW)]


def test_a_withheld_annual_figure_is_not_replaced_by_a_derived_one():
    withheld = Value(field="icb_annual_cost_gbp", question_id="q7", state=State.WITHHELD, confidence=0.9,
                     status=Status.AUTO, extractor="state", source=SourceRef("f.txt", 1, 0, 1))
    out = normalise_values([withheld, v("icb_weekly_cost_gbp", 187420.5)], ASC, RULES)
    assert [x.state for x in out if x.field == "icb_annual_cost_gbp"] == [State.WITHHELD]


def test_weekly_times_52_reconciles_with_annual_or_both_go_to_review():
    ok = by_field(normalise_values([v("icb_weekly_cost_gbp", 31848.11), v("icb_annual_cost_gbp", 1656101.72)], ASC, RULES))
    assert ok["icb_annual_cost_gbp"].status == Status.AUTO
    bad = by_field(normalise_values([v("icb_weekly_cost_gbp", 500.0), v("icb_annual_cost_gbp", 1656101.72)], ASC, RULES))
    assert {bad[f].status for f in ("icb_weekly_cost_gbp", "icb_annual_cost_gbp")} == {Status.REVIEW}
    assert "inconsistent" in bad["icb_annual_cost_gbp"].flags


def test_jointly_funded_cannot_exceed_all_packages():
    out = by_field(normalise_values([v("care_packages_count", 30), v("jointly_funded_packages_count", 39)], ASC, RULES))
    assert out["jointly_funded_packages_count"].status == Status.REVIEW


def test_percent_of_total_rederives_the_amount():
    out = by_field(normalise_values([v("health_share_pct", 3.1), v("external_placements_spend_gbp", 47861800.0)], CSC, RULES))
    assert out["health_share_gbp"].value_num == 1483715.80
    assert out["health_share_gbp"].value_num * 100 / 3.1 == 47861800.0


def test_low_confidence_goes_to_review_with_a_reason():
    out = normalise_values([v("care_packages_count", 12, conf=0.5)], ASC, RULES)
    assert out[0].status == Status.REVIEW and out[0].reasons


def test_a_value_outside_its_plausible_range_goes_to_review():
    spend = ASC.fields["la_annual_cost_gbp"]
    assert spend.plausible is not None  # set in the questionnaire YAML
    low = by_field(normalise_values([v("la_annual_cost_gbp", 18.9)], ASC, RULES))["la_annual_cost_gbp"]
    assert low.status == Status.REVIEW and "implausible" in low.flags
    assert "outside the plausible range" in low.reasons[0]
    ok = by_field(normalise_values([v("la_annual_cost_gbp", 18_900_000.0)], ASC, RULES))["la_annual_cost_gbp"]
    assert ok.status == Status.AUTO and "implausible" not in ok.flags
