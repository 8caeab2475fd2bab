"""Field extraction on whole small responses: how answers that cover several fields,
break figures down, deny a method or answer a sub-question inside its parent are read."""
import pytest

from pipeline.model import Document, Page
from pipeline.rules import load_rules
from pipeline.run import process_document

CSC_HEAD = ("Freedom of Information response\n"
            "1. Do you have a joint commissioning framework for externally commissioned placements for children?\n"
            "Yes, with the ICB.\n"
            "2. Do health (eg CCG/ICB) joint fund externally commissioned placements?\n"
            "Yes, case by case.\n"
            "3. Do any other partners contribute (over and above children's social care and health/CCG)?\n")
CSC_TAIL = ("6. Have you involved children or parents in your joint commissioning process?\nYes.\n"
            "7. Do you refer to any models of practice in your commissioning framework?\nNo.\n"
            "8. Do you have any other comments?\nNo.\n")


def run(text: str) -> dict:
    doc = Document(doc_id="t", source_file="t.txt", format="txt", text=text,
                   pages=(Page(1, 0, len(text)),))
    rows = process_document(doc).answers
    for r in rows:  # every value read from the text can be traced to its characters
        if r["evidence"] and "derived" not in r["flags"]:
            assert text[r["char_start"]:r["char_end"]] == r["evidence"]
    out: dict = {}
    for r in rows:
        out.setdefault(r["field"], []).append(r)
    return out


def values(rows: dict, field: str) -> list[str]:
    return [r["value"] or r["state"] for r in rows.get(field, [])]


def test_each_share_is_read_from_its_own_labelled_line():
    text = CSC_HEAD + ("Yes, education.\n"
                       "Spend (Q5 to Q5c)\nExternal placements 2023/24: £40,000,000\n"
                       "Health: 10% (£4,000,000)\nEducation: 5%\nOther: 0%\n\n" + CSC_TAIL)
    got = run(text)
    assert values(got, "health_share_pct") == ["10"]
    assert values(got, "health_share_gbp") == ["4000000.00"]
    assert values(got, "education_share_pct") == ["5"]
    assert values(got, "other_share_pct") == ["0"]
    assert values(got, "external_placements_spend_gbp") == ["40000000.00"]


def test_a_partner_list_gated_on_the_yes_of_the_same_question_is_read():
    got = run(CSC_HEAD + "Yes - Education and the Youth Justice service contribute.\n" + CSC_TAIL)
    assert values(got, "other_partners_contribute") == ["yes"]
    assert set(values(got, "other_partners")) == {"Education", "Youth Justice"}


def test_no_partners_are_listed_when_the_answer_is_no():
    got = run(CSC_HEAD + "No. Education is not involved in funding placements.\n" + CSC_TAIL)
    assert values(got, "other_partners_contribute") == ["no"]
    assert "other_partners" not in got


ASC = ("1. Contact details for the Director of Adult Social Services (DASS)?\nMs Ruth Allen\n"
       "2. Who is the portfolio holder for adult social care?\nCllr Tom Pryce\n"
       "3. Who supplies your main case management system?\nMosaic from The Access Group.\n"
       "4. How many care packages per week does the LA contribute to?\n"
       "Packages by setting:\nSetting | Packages\nResidential | 1,100\nCommunity | 2,300\nTotal | 3,400\n\n"
       "7. What is the annual ICB cost of care for these cases?\n{q7}\n"
       "10. Does the Local Authority have a Joint Funding Policy with the ICB?\nNo.\n"
       "12. Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?\n"
       "{q12}\n")


def test_the_total_line_of_a_breakdown_is_the_count_and_goes_to_review():
    got = run(ASC.format(q7="£1,200,000", q12="No."))
    (row,) = got["care_packages_count"]
    assert row["value"] == "3400"
    assert row["status"] == "review"  # several figures: a person confirms the total


def test_a_method_the_answer_denies_is_not_tagged():
    got = run(ASC.format(q7="£1,200,000",
                         q12="There is no joint funding tool. Each case goes to the joint funding panel."))
    assert values(got, "joint_funding_methods") == ["joint_funding_panel"]


def test_a_refused_question_leaves_its_weekly_variant_empty():
    got = run(ASC.format(q7="Not held.", q12="No."))
    assert values(got, "icb_annual_cost_gbp") == ["not_held"]
    assert "icb_weekly_cost_gbp" not in got


def test_a_sub_question_answered_in_its_parent_is_read_from_the_clause_and_reviewed():
    text = CSC_HEAD + ("Yes, education.\n"
                       "4. Is the criteria in the continuing care funding model used as a methodology for split funding?\n"
                       "The continuing care framework decides eligibility. It is not the only criteria: "
                       "health also use the CHAT.\n"
                       "4b. If yes, is this the only criteria health use to determine funding?\n" + CSC_TAIL)
    got = run(text)
    (row,) = got["continuing_care_only_criteria"]
    assert (row["value"], row["status"]) == ("no", "review")
    assert "only criteria" in row["evidence"]


def test_a_refusal_notice_is_the_documents_outcome():
    text = ("Dear Requester,\nWe are refusing your request under section 12 of the Freedom of "
            "Information Act: answering all twelve questions would exceed the appropriate limit.\n"
            "Yours sincerely\n")
    got = run(text)
    assert values(got, "foi_outcome") == ["refused"]
    assert "s12" in values(got, "exemptions")


def test_neither_confirm_nor_deny_and_redactions_are_counted():
    text = ("1. Who is your DASS?\n[redacted]\n2. Who is the portfolio holder?\n[redacted]\n"
            "3. Do you hold records of complaints about named providers?\n"
            "The council can neither confirm nor deny whether it holds this information.\n")
    got = run(text)
    assert values(got, "foi_outcome") == ["ncnd"]
    assert values(got, "redactions") == ["2"]


def test_an_answered_response_has_outcome_answered_and_no_redactions():
    got = run(ASC.format(q7="£1,200,000", q12="No."))
    assert values(got, "foi_outcome") == ["answered"]
    assert values(got, "redactions") == ["0"]


S117_HEAD = ("Freedom of Information request\n"
             "1. How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?\n{a1}\n"
             "2. How many of these people have their section 117 aftercare jointly funded with the ICB?\n{a2}\n"
             "3. Does the local authority have an agreed section 117 joint policy or protocol with the ICB?\n{a3}\n"
             "4. How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage or case by case?\n{a4}\n"
             "5. What was the local authority's total spend on section 117 aftercare in the last full financial year?\n{a5}\n"
             "9. Do you keep a joint register with the ICB of people entitled to section 117 aftercare?\n{a9}\n"
             "10. How many people were discharged from section 117 aftercare in 2023/24?\n{a10}\n")
PLAIN = dict(a1="1,204 people.", a2="318.", a3="Yes.", a4="Case by case.", a5="£6,100,000 in 2023/24.",
             a9="Yes.", a10="87.")


def s117(**answers) -> dict:
    return run(S117_HEAD.format(**{**PLAIN, **answers}))


def test_a_number_word_inside_a_product_name_is_not_a_count():
    got = s117(a2="Our case management system (System One) does not record this.")
    assert [r["value"] for r in got["s117_jointly_funded_count"]] == [""]
    assert got["s117_jointly_funded_count"][0]["status"] == "review"


def test_a_section_of_another_act_is_no_exemption_and_no_refusal():
    got = s117(a9="Care Act 2014 s14 applies to charging, not to the register.")
    assert "exemptions" not in got
    assert [r["state"] for r in got["s117_joint_register"]] != ["withheld"]


@pytest.mark.parametrize("answer", ["Yes – disputes are escalated under section 12 of the policy.",
                                    "Yes - see section 14 of the attached joint protocol."])
def test_a_section_of_a_policy_is_no_exemption(answer):
    got = s117(a9=answer)
    assert "exemptions" not in got
    assert values(got, "s117_joint_register") == ["yes"]


@pytest.mark.parametrize("answer, value", [
    pytest.param("The policy is exempt under section 21 as it is published on our website.", "withheld",
                 id="s21_refusal"),
    pytest.param("It is available on the council's website, so we have not attached it: https://www.example.gov.uk/s117",
                 "true", id="published_not_attached"),
])
def test_a_copy_published_elsewhere_goes_to_review(answer, value):
    got = s117(a3="Yes.\n3a. If so, please provide a copy of the section 117 policy or protocol.\n" + answer)
    assert values(got, "s117_policy_copy_provided") == [value]
    assert got["s117_policy_copy_provided"][0]["status"] == "review"


def test_a_scale_word_wrapped_onto_the_next_line_is_read():
    got = s117(a5="£18.9\nmillion in 2023/24.")
    assert values(got, "la_s117_spend_gbp") == ["18900000.00"]


def test_an_age_band_header_is_not_a_count():
    got = s117(a10="Age band | 18-64 | 65+\nNot Recorded | - | -")
    assert all(r["status"] == "review" for r in got["s117_discharged_count"])


def test_cost_limit_arithmetic_is_never_a_value():
    got = s117(a1=("We would have to read each of the 1,204 files by hand, so we are applying section 12 "
                   "to this part of your request. The appropriate limit is £450, which represents "
                   "18 hours of work at £25 an hour."))
    assert [r["state"] for r in got["s117_people_count"]] == ["withheld"]
    assert "s12" in values(got, "exemptions")


def test_a_figure_beside_a_refusal_goes_to_review():
    got = s117(a1=("Our system lists 1,204 open files. Counting the aftercare cases among them means "
                   "reading each file, and we are applying section 12 to this part of your request."))
    rows = got["s117_people_count"]
    assert [r["value"] for r in rows] == ["1204"]
    assert rows[0]["status"] == "review" and "withheld" in rows[0]["reasons"]


def test_an_enum_that_matches_no_phrase_is_a_review_row_not_a_blank():
    got = s117(a4="Each case is discussed at a panel.")
    (basis,) = got["s117_split_basis"]
    assert basis["status"] == "review" and basis["value"] == ""
    assert "none of s117_split_basis's values" in basis["reasons"]
    methods = got["s117_split_methods"]
    assert [r["value"] for r in methods] == ["joint_panel"]
    assert methods[0]["status"] == "review"  # only the general word "panel"


def test_a_list_is_auto_only_when_every_item_is():
    got = s117(a4="Case by case, agreed at the joint funding panel; a calculator is sometimes used.")
    methods = got["s117_split_methods"]
    assert {r["value"] for r in methods} >= {"case_by_case", "joint_panel", "funding_tool"}
    assert {r["status"] for r in methods} == {"review"}


def test_a_copy_linked_in_the_parents_answer_is_proposed_for_its_sub_question():
    text = ("Freedom of Information response\n"
            "1. Do you have a joint commissioning framework for externally commissioned placements for "
            "children? If so, does it include health, and please share the terms of reference.\n"
            "Yes. NHS Kent and Medway ICB sits on the board. The terms of reference can be viewed on "
            "our website.\n"
            "2. Do health (eg CCG/ICB) joint fund externally commissioned placements?\nYes, case by case.\n"
            "3. Do any other partners contribute (over and above children's social care and health/CCG)?\n"
            "No.\n4. Is the continuing care funding model criteria used as a methodology for split funding?\n"
            "Yes.\n" + CSC_TAIL)
    got = run(text)
    rows = got.get("framework_tor_provided", [])
    assert [r["value"] for r in rows] == ["true"]
    assert rows[0]["status"] == "review" and rows[0]["evidence"] == "can be viewed"
    # the parent's opening "Yes." answers the parent, not whether a copy was given
    plain = run(text.replace(" The terms of reference can be viewed on our website.", ""))
    assert plain.get("framework_tor_provided", []) == [] or all(
        r["value"] != "true" for r in plain["framework_tor_provided"])


def test_a_figure_given_beside_not_held_is_read_for_review():
    got = run(ASC.format(q7="The Council does not hold an annual figure. The ICB contribution is "
                            "£118,540 per week.", q12="No."))
    weekly = got["icb_weekly_cost_gbp"]
    assert [r["value"] for r in weekly] == ["118540.00"] and weekly[0]["status"] == "review"
    assert all(r["status"] == "review" for r in got["icb_annual_cost_gbp"])
    # a plain "not held" stays a state, with nothing read
    plain = run(ASC.format(q7="The Council does not hold this information.", q12="No."))
    assert values(plain, "icb_annual_cost_gbp") == ["not_held"]


def test_a_year_the_question_gives_is_proposed_for_review_when_its_figure_is_not_held():
    text = ("Freedom of Information response\n"
            "1. How many people were eligible for NHS Continuing Healthcare in your area as at 31 March 2024?\n"
            "1,204.\n"
            "2. How many of these people were receiving CHC through the Fast Track Pathway?\n57.\n"
            "7. Is there an agreed disputes procedure? How many disputes were raised under the disputes "
            "procedure in 2023/24?\nYes. Four.\n"
            "8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?\n"
            "This information is not held by the Council.\n"
            "10. How many Fast Track referrals were received in 2023/24?\n312.\n"
            "11. Which ICB or ICBs are responsible for CHC for the residents of your area?\nNHS Kent and Medway ICB.\n")
    got = run(text)
    assert values(got, "icb_chc_spend_gbp") == ["not_held"]
    (year,) = got["chc_spend_year"]
    assert (year["value"], year["status"]) == ("2023/24", "review") and "from_question" in year["flags"]
    assert "not held" in year["reasons"]


def test_one_answer_to_two_spend_questions_gives_each_its_own_body_s_figure():
    text = ("Freedom of Information response\n"
            "1. How many people were receiving section 117 aftercare funded wholly or partly by the local "
            "authority as at 31 March 2024?\n412.\n"
            "2. How many of these people have their section 117 aftercare jointly funded with the ICB?\n97.\n"
            "3. Does the local authority have an agreed section 117 joint policy or protocol with the ICB?\nYes.\n"
            "5. What was the local authority's total spend on section 117 aftercare in the last full financial "
            "year (2023/24)?\n"
            "6. What was the ICB's spend on section 117 aftercare for people in your area in the same year?\n"
            "Questions 5 and 6: in 2023/24 the Council spent £12.62m on section 117 aftercare and the ICB "
            "contributed £4.18m towards the same packages.\n"
            "8. Which ICB is the lead ICB for section 117 aftercare in your area?\nNHS South Yorkshire ICB.\n")
    got = run(text)
    assert values(got, "la_s117_spend_gbp") == ["12620000.00"]
    assert values(got, "icb_s117_spend_gbp") == ["4180000.00"]


def test_a_total_over_several_years_is_not_a_year_s_spend():
    text = CSC_HEAD + ("Yes, education.\n"
                       "5. What was your Council yearly spend on external placements?\n"
                       "Year | External placements spend\n2021/22 | £36.1m\n2022/23 | £40.8m\n"
                       "2023/24 | £44.5m\nTotal | £121.4m\n\n" + CSC_TAIL)
    got = run(text)
    assert "121400000.00" not in values(got, "external_placements_spend_gbp")
    assert values(got, "external_placements_spend_gbp")


def test_a_year_s_figure_said_in_prose_and_again_in_its_table_row_keeps_the_row():
    text = CSC_HEAD + ("Yes, education.\n"
                       "5. What was your Council yearly spend on external placements?\n"
                       "Our spend in the last full year (2023/24) was £44.5m. The history is below.\n"
                       "Year | External placements spend\n2021/22 | £36.1m\n2022/23 | £40.8m\n"
                       "2023/24 | £44.5m\nTotal | £121.4m\n\n" + CSC_TAIL)
    assert values(run(text), "external_placements_spend_gbp")[0] == "44500000.00"


def test_a_total_of_a_breakdown_by_kind_is_still_the_spend():
    text = CSC_HEAD + ("Yes, education.\n"
                       "5. What was your Council yearly spend on external placements?\n"
                       "Residential | £30.1m\nFostering | £10.4m\nTotal | £40.5m\n\n" + CSC_TAIL)
    assert values(run(text), "external_placements_spend_gbp")[0] == "40500000.00"


def test_of_several_years_the_one_the_question_asks_for_is_taken_for_review():
    text = ("Freedom of Information response\n"
            "3. Who provides your main operational system for Case Management?\nMosaic, from Servelec.\n"
            "4. How many current care packages per week does the local authority contribute some or all of "
            "the cost towards?\n2,214.\n"
            "5. What is your Annual cost of this care provided by the Local Authority (for the last full "
            "year 2022/23)?\nThe last full year requested (2022/23) was £63,117k; other years for context:\n"
            "2021/22 | £58,402k\n2023/24 | £68,930k\n"
            "6. How many of these current care packages are jointly funded with an ICB (both those under "
            "s.117 of the Mental Health Act and those funding under the Care Act because they do not meet "
            "CHC eligibility)?\n173.\n"
            "7. What is the Annual cost of care provided by ICBs for these cases?\n£9.84m.\n"
            "8. Which ICBs cover the Local Authority Area?\nNHS North East and North Cumbria ICB.\n")
    (row,) = run(text)["la_annual_cost_gbp"]
    assert row["value"] == "63117000.00" and row["status"] == "review"
    assert "asked year" in row["reasons"]


def test_an_answer_shared_by_several_questions_gives_a_share_only_its_labelled_figure():
    text = CSC_HEAD + ("Yes, education.\n"
                       "Spend on external placements (questions 5 to 5c)\n"
                       "The Council's spend on external placements in 2023/24 was £31.7m. Our finance "
                       "system records the total cost only, so contributions from partners are not held.\n\n"
                       + CSC_TAIL)
    got = run(text)
    assert values(got, "external_placements_spend_gbp") == ["31700000.00"]
    for field in ("health_share_gbp", "education_share_gbp", "other_share_gbp"):
        assert "31700000.00" not in values(got, field), field


def test_a_table_answering_two_questions_gives_each_field_its_column():
    text = ("Freedom of Information response\n"
            "1. How many people were receiving section 117 aftercare funded wholly or partly by the local "
            "authority as at 31 March 2024?\n823.\n"
            "2. How many of these people have their section 117 aftercare jointly funded with the ICB?\n511.\n"
            "3. Does the local authority have an agreed section 117 joint policy or protocol with the ICB?\nYes.\n"
            "5. What was the local authority's total spend on section 117 aftercare in the last full financial "
            "year (2023/24)?\n"
            "6. What was the ICB's spend on section 117 aftercare for people in your area in the same year?\n"
            "Questions 5 and 6 are answered together in the table below. Figures are in £000.\n"
            "Financial year | Council spend (£000) | ICB contribution (£000)\n"
            "2022/23 | 13,015 | 6,204\n2023/24 | 14,282 | 6,905\n\n"
            "8. Which ICB is the lead ICB for section 117 aftercare in your area?\nNHS Cambridgeshire and "
            "Peterborough ICB.\n")
    got = run(text)
    assert values(got, "la_s117_spend_gbp")[0] == "14282000.00"
    assert values(got, "icb_s117_spend_gbp")[0] == "6905000.00"
    assert not {"5000.00", "6000.00"} & set(values(got, "icb_s117_spend_gbp") + values(got, "la_s117_spend_gbp"))


def test_a_suppressed_count_is_withheld_with_its_words_as_evidence():
    text = ("Freedom of Information response\n"
            "1. How many people were eligible for NHS Continuing Healthcare in your area as at 31 March 2024?\n"
            "1,204.\n"
            "2. How many of these people were receiving CHC through the Fast Track Pathway?\n57.\n"
            "7. Is there an agreed disputes procedure? How many disputes were raised under the disputes "
            "procedure in 2023/24?\nFewer than five (<5). The exact number is withheld under section 40(2).\n"
            "8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?\n£201m.\n"
            "9. What was the local authority's annual contribution to joint funded packages in 2023/24?\n£3.2m.\n"
            "10. How many Fast Track referrals were received in 2023/24?\n312.\n"
            "11. Which ICB or ICBs are responsible for CHC for the residents of your area?\nNHS Kent and Medway ICB.\n")
    (row,) = run(text)["chc_disputes_count"]
    assert (row["state"], row["value"], row["status"]) == ("withheld", "", "review")
    assert row["evidence"].startswith("Fewer than five")


def test_the_work_a_refusal_describes_is_not_the_count():
    text = ("Freedom of Information response\n"
            "1. How many people were eligible for NHS Continuing Healthcare in your area as at 31 March 2024?\n"
            "1,204.\n"
            "2. How many of these people were receiving CHC through the Fast Track Pathway?\n57.\n"
            "8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?\n£201m.\n"
            "9. What was the local authority's annual contribution to joint funded packages in 2023/24?\n£3.2m.\n"
            "10. How many Fast Track referrals were received in 2023/24?\nTo answer this question would "
            "require a manual review of each referral record. We estimate reviewing around 600 records at "
            "5 minutes each would take 50 hours. We are therefore applying section 12 to this part.\n"
            "11. Which ICB or ICBs are responsible for CHC for the residents of your area?\nNHS Kent and Medway ICB.\n")
    assert values(run(text), "chc_fast_track_referrals_count") == ["withheld"]


def test_a_restated_yes_before_a_later_part_s_refusal_is_still_proposed():
    text = ("Freedom of Information response\n"
            "1. Do you have a joint commissioning framework for externally commissioned placements for children?\n"
            "The Council has a joint commissioning framework for externally commissioned placements, agreed with "
            "the ICB in 2022. The terms of reference are withheld under section 43(2).\n"
            "2. Do health (eg CCG/ICB) joint fund externally commissioned placements?\nYes, case by case.\n"
            "3. Do any other partners contribute (over and above children's social care and health/CCG)?\nNo.\n"
            + CSC_TAIL)
    (row,) = run(text)["joint_commissioning_framework"]
    assert (row["value"], row["status"]) == ("yes", "review")


def test_a_figure_answer_line_is_not_the_start_of_the_next_wrapped_question():
    text = ("Freedom of Information response\nThank you for your request. Our answers are set out below.\n"
            "Number of people receiving s117 aftercare funded wholly or partly by the council as at 31 March 2024\n"
            "712 people\n"
            "Of these, how many are jointly funded with the ICB?\n248\n"
            "Is there an agreed s117 joint policy or protocol with the ICB?\nYes.\n"
            "Which ICB is the lead ICB for section 117 aftercare in your area?\nNHS Kent and Medway ICB.\n"
            "How many people were discharged from section 117 aftercare in 2023/24?\n31\n")
    got = run(text)
    assert values(got, "s117_people_count") == ["712"]
    assert values(got, "s117_jointly_funded_count") == ["248"]


def test_a_request_listed_first_and_answered_under_topic_headings():
    text = ("Anytown Council\nYou asked:\n"
            "1. Please provide the contact details for the DASS in your local authority.\n"
            "2. Who provides your main operational system for Case Management?\n"
            "3. How many current care packages per week does the local authority contribute some or all of the cost towards?\n"
            "4. What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?\n"
            "5. Which ICBs cover the Local Authority Area?\n"
            "Our response\n"
            "Director of Adult Social Services\nThe DASS is Jane Smith; her contact details are withheld under section 40(2).\n"
            "Case management system\nWe use Mosaic, supplied by Servelec.\n"
            "Care packages\nWe contribute to 2,114 packages as at 1 February 2025.\n"
            "Cost of care\nThe gross cost in 2022/23 was £88.2m.\n")
    got = run(text)
    assert values(got, "care_packages_count") == ["2114"]
    assert values(got, "la_annual_cost_gbp") == ["88200000.00"]
    assert values(got, "case_management_system") == ["Mosaic"]


def test_one_table_for_several_questions_gives_each_its_column_and_the_latest_year():
    """Rows of years, a column per measure and a Total row, under "Questions 1, 2 and 10":
    each question takes the column its words name (the rarer words weigh most) in the latest
    year's row, never the total over the years."""
    qs = {q.number: q.text for q in load_rules().questionnaires["s117_aftercare"].questions}
    text = ("Freedom of Information request\n"
            + "".join(f"{n}. {text}\n" for n, text in qs.items())
            + "Response\nQuestions 1, 2 and 10\nPlease see the table, which shows the last four financial years.\n"
              "Financial year | People receiving s117 aftercare at 31 March | of which jointly funded with ICB | Discharged from s117 in year\n"
              "2020/21 | 251 | 104 | 22\n2021/22 | 263 | 112 | 17\n2022/23 | 274 | 125 | 24\n2023/24 | 286 | 131 | 19\n"
              "Total | n/a | n/a | 82\n\n"
              "Question 3\nYes.\n")
    got = run(text)
    assert values(got, "s117_people_count")[:1] == ["286"]
    assert values(got, "s117_jointly_funded_count")[:1] == ["131"]  # (the other years follow)
    assert values(got, "s117_discharged_count")[:1] == ["19"]


def test_a_cost_limit_applied_to_this_part_of_the_request_is_an_exemption():
    got = s117(a10=("The council does not record discharges. To answer we would need to read over 1,000 "
                    "records, which would take more than 80 hours. This exceeds the appropriate limit of "
                    "18 hours (£450) and the council is therefore not obliged to answer this part of your "
                    "request under section 12 of the Freedom of Information Act 2000."))
    assert "s12" in values(got, "exemptions")


def test_shares_named_after_their_figures_are_read_from_their_own_clauses():
    """"£1,673,233 (4.3%) was funded by health and £3,307,554 (8.5%) by education": each share
    is the figure whose clause names it, wherever the name stands in the clause."""
    text = CSC_HEAD + ("Yes, education.\n4. Is the criteria in the continuing care funding model used?\nYes.\n"
                       "5. What was your Council 2023/24 yearly spend on external placements?\n"
                       "In 2023/24 the council spent £38,912,400 on external placements. Of this, £1,673,233 "
                       "(4.3%) was funded by health and £3,307,554 (8.5%) by education.\n\n" + CSC_TAIL)
    got = run(text)
    assert values(got, "health_share_pct")[:1] == ["4.3"]
    assert values(got, "education_share_pct")[:1] == ["8.5"]


def test_a_question_of_the_questionnaire_left_unanswered_is_a_review_row_not_a_silent_blank():
    qs = load_rules().questionnaires["s117_aftercare"].questions
    text = ("Freedom of Information response\n"
            + "".join(f"{q.number}. {q.text}\n{'Yes.' if q.number != '10' else ''}\n" for q in qs if q.number != "9"))
    got = run(text)
    (missing,) = got["s117_joint_register"]  # question 9 is nowhere in the reply
    assert (missing["state"], missing["status"]) == ("not_answered", "review") and "not found" in missing["reasons"]
    (skipped,) = got["s117_discharged_count"]  # question 10 is asked but not answered
    assert skipped["status"] == "review" and skipped["evidence"].startswith("How many people were discharged")


def test_questions_written_after_a_label_naming_them_share_one_table():
    """"Questions 1 to 3: How many ...? How many of these ...? How many ...?" over one table
    by place with a total row: each question takes its column's total."""
    qs = {q.number: q.text for q in load_rules().questionnaires["chc_funding_split"].questions}
    text = ("Freedom of Information response\n"
            f"Questions 1 to 3: {qs['1']} {qs['2']}\n{qs['3']}\n"
            "The table below answers questions 1 to 3 for each of our three places.\n"
            "Place | Eligible for CHC at 31/03/2024 | of which Fast Track | Joint funded packages\n"
            "North | 512 | 98 | 61\nSouth | 287 | 51 | 44\nWest | 401 | 77 | 38\nTotal | 1,200 | 226 | 143\n\n"
            + "".join(f"Question {n}: {qs[n]}\nYes.\n" for n in ("4", "7", "11")))
    got = run(text)
    assert values(got, "chc_eligible_count")[:1] == ["1200"]
    assert values(got, "chc_fast_track_count")[:1] == ["226"]
    assert values(got, "joint_packages_count")[:1] == ["143"]


def test_answers_quoted_under_the_questions_are_read_for_states_and_exemptions():
    """">>" answers under "> " questions: a section withheld there is applied; a protocol
    "drafted but not yet signed off" is partial."""
    qs = load_rules().questionnaires["s117_aftercare"].questions
    answers = {"3": "A joint protocol has been drafted with the ICB but has not yet been signed off.",
               "3a": "We are therefore withholding it under section 22 (information intended for future publication)."}
    text = ("Dear Requester,\nWe have answered under each of your questions, marked >>.\n\n"
            + "".join(f"> {q.number}. {q.text}\n>> {answers.get(q.number, 'Not held.')}\n\n" for q in qs))
    got = run(text)
    assert values(got, "s117_joint_policy") == ["partial"]
    assert "s22" in values(got, "exemptions")


def test_a_review_under_way_is_partial_and_the_latest_of_several_dates_is_taken():
    got = s117(a1="Number of people:\n31 March 2023 - 251\n31 March 2024 - 268",
               a9="A review of the register is under way and is due to finish in September.")
    assert values(got, "s117_people_count")[:1] == ["268"]
    assert values(got, "s117_as_at") == ["2024-03-31"]
    assert values(got, "s117_joint_register") == ["partial"]


def test_a_suppressed_figure_explained_and_withheld_under_the_foi_act_is_withheld_and_an_exemption():
    got = s117(a10=("Fewer than five. Where a figure is under five we do not release the exact number. "
                    "This small number is therefore withheld under section 40(2) of the FOI Act (personal "
                    "information)."))
    assert values(got, "s117_discharged_count") == ["withheld"]
    assert "s40" in values(got, "exemptions")


def test_not_recorded_and_refused_on_cost_is_withheld_and_its_work_is_no_count():
    got = s117(a10=("The council does not record discharges in a reportable field. To answer we would need to "
                    "read the records of over 1,000 people, which would take more than 80 hours. This part of "
                    "your request is refused under section 12 of the FOI Act."))
    assert values(got, "s117_discharged_count") == ["withheld"]


def test_a_true_phrase_denied_across_a_wrapped_line_reads_false():
    """"... there is no\nshared percentage" (a PDF's wrapping): the denial holds across the
    line break, so the split is not read as fixed."""
    text = CSC_HEAD.replace("Yes, case by case.", "Yes. Health pays for continuing care needs and the rest is set for\n"
                            "each child; there is no\nshared percentage.") + "No.\n" + CSC_TAIL
    got = run(text)
    assert "true" not in values(got, "fixed_percentage_split")


def test_a_way_of_sharing_costs_named_by_an_act_section_is_a_tag():
    """"a section 75 agreement" names a pooled arrangement (`lead_agency`): the section's
    number, blanked for the figure readers, is kept for the tags."""
    got = s117(a4="Most packages are split 50/50 under our section 75 agreement; complex cases go to the joint panel.")
    assert {"fixed_split", "lead_agency", "joint_panel"} <= set(values(got, "s117_split_methods"))


def test_a_body_not_obliged_to_answer_those_questions_applies_section_12():
    got = s117(a10=("Finding discharges would mean reading every case file, far beyond the appropriate limit. "
                    "We are therefore not obliged to answer those questions under section 12 of the Act."))
    assert "s12" in values(got, "exemptions")


def test_an_answer_labelled_a_dot_under_a_q_label_is_read():
    got = s117(a3="A. Yes.", a9="A. No.")
    assert values(got, "s117_joint_policy")[:1] == ["yes"]
    assert values(got, "s117_joint_register")[:1] == ["no"]
