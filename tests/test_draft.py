"""`foi questionnaire draft`: a questionnaire proposed from replies to a request nobody wrote
rules for. The replies below are invented for these tests (a request about library
services), each in its own layout, wording and numbering."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from builders import make_docx, make_eml, make_text
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.draft import check_draft, draft_questionnaire, read_responses
from pipeline.draft.cluster import Restatement, cluster_questions
from pipeline.draft.fields import propose_fields
from pipeline.draft.render import render_yaml
from pipeline.entities import load_gazetteer
from pipeline.rules import RULES_DIR, load_rules, validate_questionnaire
from pipeline.valuetypes._common import Context

# (number, wording, answer) for each reply; the request asked seven questions.
NUMBERED = """Anytown Borough Council
Freedom of Information request ref LIB-2024-101

Thank you for your request about library services. Our answers follow each question.

1. How many public libraries does the council currently run?
The council runs 14 libraries.

2. What was the council's total spend on library services in 2023/24?
£3,412,880 in 2023/24.

3. Does the council have a policy on community-managed libraries?
Yes, adopted by Cabinet in 2021.

4. Please provide a copy of that policy.
A copy is attached to this letter.

5. What percentage of library loans were e-books or e-audio?
22%

6. Which Integrated Care Board does the library service work with on social prescribing?
NHS Kent and Medway ICB.

7. When was the library strategy last reviewed?
The strategy was last reviewed on 14 March 2023.

If you are unhappy with this response you may ask for an internal review.
"""

RESPONSE_LABELS = """Borchester City Council - Information Governance
Your Freedom of Information request

Q1 How many public libraries does the council run at present?
Response: Nine, plus one mobile library.

Q2 What was the total spend on library services in 2023/24?
Response: The library service spent £1.96m in 2023/24.

Q3 Is there a council policy on community-managed libraries?
Response: No, we do not have such a policy.

Q4 Please send a copy of the policy.
Response: Not applicable.

Q5 What proportion of library loans were digital (e-books or e-audio)?
Response: 17 per cent of loans.

Q6 Which ICB does the library service work with on social prescribing?
Response: We work with NHS Devon ICB.

Q7 When did you last review the library strategy?
Response: It was reviewed in June 2022.

Yours sincerely, Information Governance Team
"""

# renumbered and reworded, one question answered first
REORDERED = """Westshire County Council
Freedom of Information request

We have answered your questions about libraries below.

Question 1: Number of public libraries currently run by the council.
31 libraries, of which 6 are run by community groups.

Question 2: Total spend on the library service in 2023/24.
£7,045,100 (2023/24 outturn).

Question 3: Do you have a community-managed libraries policy?
Yes - the Community Libraries Policy 2022.

Question 4: A copy of the community libraries policy.
The policy is enclosed.

Question 5: Percentage of loans that were e-books or e-audio.
About 28% of all loans.

Question 6: The Integrated Care Board the library service works with on social prescribing.
NHS Birmingham and Solihull ICB.

Question 7: Date the library strategy was last reviewed.
1 September 2023.
"""

PLAIN = """Eastford District Council
Freedom of Information response

1) How many public libraries does the council currently operate?
6

2) What was the council's total spend on library services in 2023/24?
£842,300

3) Does the council have a policy on community-managed libraries?
No

4) Please provide a copy of the policy.
There is no policy, so no copy can be provided.

5) What percentage of library loans were e-books or e-audio?
12.5%

6) Which Integrated Care Board does the library service work with on social prescribing?
NHS Cornwall and the Isles of Scilly ICB

7) When was the library strategy last reviewed?
20 January 2024
"""

TABLE_ROWS = [
    ["No.", "Question", "Answer"],
    ["1", "How many public libraries does the council run?", "There are 22 public libraries."],
    ["2", "What was the council's total spend on library services in 2023/24?", "£4.2 million"],
    ["3", "Does the council have a policy on community-managed libraries?", "Yes"],
    ["4", "Please provide a copy of that policy.", "The policy is attached."],
    ["5", "What percentage of library loans were e-books or e-audio?", "19%"],
    ["6", "Which Integrated Care Board does the library service work with on social prescribing?",
     "NHS Lancashire and South Cumbria ICB"],
    ["7", "When was the library strategy last reviewed?", "Last reviewed 2 May 2023."],
]

EMAIL = """Dear requester,

Thank you for your Freedom of Information request. Our response is below.

1. How many public libraries does the council currently run?
11 libraries.

2. What was the council's total spend on library services in 2023/24?
Spend in 2023/24 was £2,318,004.

3. Does the council have a policy on community-managed libraries?
Yes.

4. Please provide a copy of that policy.
It is available at www.example.gov.uk/libraries/policy.

5. What percentage of library loans were e-books or e-audio?
24%.

6. Which Integrated Care Board does the library service work with on social prescribing?
NHS Humber and North Yorkshire ICB.

7. When was the library strategy last reviewed?
The strategy was reviewed on 30 November 2022.

Kind regards,
Information Governance
"""


@pytest.fixture(scope="module")
def replies(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("library_replies")
    make_text(folder / "anytown.txt", NUMBERED)
    make_text(folder / "borchester.txt", RESPONSE_LABELS)
    make_text(folder / "westshire.txt", REORDERED)
    make_text(folder / "eastford.txt", PLAIN)
    make_docx(folder / "northby.docx", ["Northby Council", "Freedom of Information request: library services",
                                         ("table", TABLE_ROWS)])
    make_eml(folder / "southam.eml", EMAIL, subject="RE: FOI request - library services")
    return folder


@pytest.fixture(scope="module")
def drafted(replies):
    rules = load_rules()
    batch = read_responses([replies], rules)
    draft = draft_questionnaire(batch, rules, "library_services")
    return rules, batch, draft, render_yaml(draft)


def test_every_reply_is_read(drafted):
    _, batch, _, _ = drafted
    assert len(batch.responses) == 6
    assert batch.problems == ()


def test_questions_in_order_with_their_numbers(drafted):
    _, _, draft, _ = drafted
    assert [q.number for q in draft.questions] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [q.id for q in draft.questions] == ["q1", "q2", "q3", "q4", "q5", "q6", "q7"]
    assert all(q.support == 6 for q in draft.questions)


def test_rewordings_become_aliases(drafted):
    _, _, draft, _ = drafted
    q1 = draft.questions[0]
    wordings = [q1.text, *q1.aliases]
    assert any("Number of public libraries" in w for w in wordings)
    assert any(w.startswith("How many public libraries") for w in wordings)
    # the number label is not part of a wording
    assert not any(w.lower().startswith(("q1", "question 1", "1")) for w in wordings)


@pytest.mark.parametrize("qid, expected", [
    ("q1", "count"), ("q2", "money"), ("q3", "yesno"), ("q4", "boolean"),
    ("q5", "percent"), ("q6", "entity"), ("q7", "date"),
])
def test_main_field_type_from_the_answers(drafted, qid, expected):
    _, _, draft, _ = drafted
    question = next(q for q in draft.questions if q.id == qid)
    name, field = question.fields[0]
    assert field.type == expected, field.why
    assert name.startswith(f"{qid}_")


def test_money_has_a_period_and_the_entity_its_kind(drafted):
    _, _, draft, _ = drafted
    fields = {q.id: dict(q.fields[0][1].options) for q in draft.questions}
    assert fields["q2"]["period"] == "annual"
    assert fields["q6"]["entity"] == "icb"
    assert fields["q5"]["plausible"] == [0, 100]
    lo, hi = fields["q1"]["plausible"]
    assert lo == 0 and hi >= 31  # generous: above every count seen


def test_draft_validates_as_it_is_and_marks_its_proposals(drafted, tmp_path):
    _, _, draft, text = drafted
    qn, problems = validate_questionnaire(yaml.safe_load(text), "library_services.yaml")
    assert problems == []
    assert len(qn.questions) == 7
    assert text.count("# PROPOSED") >= 7
    assert all(spec.description.startswith("Proposed:") for spec in qn.fields.values())
    # and with the project's rules, through the command a researcher runs
    rules_copy = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules_copy)
    (rules_copy / "questionnaires" / "library_services.yaml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["rules", "validate", "--dir", str(rules_copy)])
    assert result.exit_code == 0, result.output
    assert "library_services: 7 questions" in result.output
    assert "warning" not in result.output


def test_draft_detects_the_replies_it_came_from(drafted):
    rules, batch, _, text = drafted
    check = check_draft(text, "library_services.yaml", batch, rules)
    assert check.problems == ()
    assert check.missed == ()
    assert len(check.detected) == 6


def test_a_reply_to_another_request_is_not_detected(drafted, tmp_path):
    rules, _, _, text = drafted
    other = make_text(tmp_path / "potholes.txt", (
        "Freedom of Information request\n\n1. How many potholes were reported on council roads in 2023?\n"
        "4,210 potholes.\n\n2. How much did the council spend repairing them?\n£1.1m\n\n"
        "3. How many compensation claims were made for pothole damage?\n312 claims.\n"))
    check = check_draft(text, "library_services.yaml", read_responses([other], rules), rules)
    assert check.detected == ()
    assert len(check.missed) == 1


def test_cli_writes_the_draft_and_reports_detection(replies, tmp_path):
    out = tmp_path / "library_services.yaml"
    result = CliRunner().invoke(cli, ["questionnaire", "draft", str(replies), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "7 questions" in result.output
    assert "detected in 6 of 6" in result.output
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["id"] == "library_services"
    again = CliRunner().invoke(cli, ["questionnaire", "draft", str(replies), "--out", str(out)])
    assert again.exit_code == 2 and "--force" in again.output


def test_cli_skips_an_unreadable_file_and_says_so(replies, tmp_path):
    bad = tmp_path / "scan.xyz"
    bad.write_bytes(b"\x00\x01 not a response")
    out = tmp_path / "library_services.yaml"
    result = CliRunner().invoke(cli, ["questionnaire", "draft", str(replies), str(bad), "--out", str(out)])
    assert result.exit_code == 1  # a file failed; the draft is still written
    assert "skipped:" in result.output and "scan.xyz" in result.output
    assert out.exists()


@pytest.mark.parametrize("args, message", [
    pytest.param(["--out", "My Request.yaml"], "lower_snake_case", id="bad_id"),
    pytest.param(["--out", "x.yaml", "--id", "asc_joint_funding"], "already used", id="id_taken"),
])
def test_cli_refuses_an_id_that_cannot_load(replies, tmp_path, args, message):
    args = [a if not a.endswith(".yaml") else str(tmp_path / a) for a in args]
    result = CliRunner().invoke(cli, ["questionnaire", "draft", str(replies), *args])
    assert result.exit_code == 2
    assert message in result.output


def test_cli_names_a_missing_path(tmp_path):
    result = CliRunner().invoke(cli, ["questionnaire", "draft", str(tmp_path / "nowhere"),
                                      "--out", str(tmp_path / "x.yaml")])
    assert result.exit_code == 2
    assert "nowhere" in result.output and "no such file" in result.output


@pytest.fixture(scope="module")
def ctx():
    rules = load_rules()
    return Context(rules=rules, gazetteer=load_gazetteer(rules.directory))


@pytest.mark.parametrize("question, answers, expected", [
    pytest.param("How much does the council pay each week?", ["£12,400 per week", "£9,150.50 a week", "£30k per week"],
                 ("money", {"period": "weekly"}), id="weekly_money"),
    pytest.param("How many staff work in the team?", ["12", "Fifteen staff", "7 FTE", "Not held."],
                 ("count", {}), id="count_with_a_state"),
    pytest.param("How often is the register reviewed?", ["Monthly", "Quarterly", "Monthly.", "Quarterly", "Annually"],
                 ("enum", {}), id="recurring_short_answers"),
    pytest.param("Is the register shared with the ICB?", ["Yes", "No.", "Yes, monthly.", "No, it is not shared."],
                 ("yesno", {}), id="yes_no"),
    pytest.param("Please describe how disputes are settled.",
                 ["They go to the joint panel chaired by the director.", "By discussion between managers.",
                  "The head of service decides after hearing both sides."], ("text", {}), id="free_text"),
])
def test_propose_fields(ctx, question, answers, expected):
    ftype, options = expected
    fields = propose_fields(question, answers, ctx)
    assert fields[0].type == ftype, fields[0].why
    for key, value in options.items():
        assert fields[0].options[key] == value


def test_enum_values_from_the_choices_the_question_lists(ctx):
    fields = propose_fields("How is the cost split (for example 50/50, case by case, or by a funding panel)?",
                            ["Case by case.", "We split it 50/50.", "50/50 in most cases", "Case by case at the panel"],
                            ctx)
    assert fields[0].type == "enum"
    assert set(fields[0].options["values"]) >= {"50_50", "case_by_case"}


def test_cluster_keeps_one_question_per_reply_and_reads_text_over_numbers():
    rules = load_rules()
    asked = [("Which ICB covers your area?", "1"), ("How many care homes are in your area?", "2")]
    items = [Restatement(0, "a", i, n, q, "") for i, (q, n) in enumerate(asked)]
    # the second reply swaps the order, so its numbers disagree with the wording
    items += [Restatement(1, "b", 0, "1", "How many care homes are there in your area?", ""),
              Restatement(1, "b", 1, "2", "Which Integrated Care Board (ICB) covers your area?", "")]
    clusters = cluster_questions(items, rules, n_docs=2)
    assert len(clusters) == 2
    for c in clusters:
        assert {m.doc for m in c.members} == {0, 1}
        assert len({("care homes" in m.question) for m in c.members}) == 1


def test_enum_values_that_yaml_would_misread_stay_words(ctx):
    fields = propose_fields("Which split is used (for example 50/50, yes, or no split at all)?",
                            ["50/50", "50/50 always", "Yes", "yes", "Partly"], ctx)
    text = render_yaml_of_one(fields)
    qn, problems = validate_questionnaire(yaml.safe_load(text), "t.yaml")
    assert problems == []
    assert set(qn.questions[0].fields[0].values) == {"50_50", "yes"}


def render_yaml_of_one(fields) -> str:
    from pipeline.draft import Draft, DraftQuestion

    q = DraftQuestion("q1", "1", "Which split is used?", (), tuple((f"q1_f{i}", f) for i, f in enumerate(fields)), 5)
    return render_yaml(Draft("t", "T", (), (q,), 5))


def test_a_reply_without_questions_is_noted_not_failed(replies, tmp_path):
    letter = make_text(tmp_path / "covering.txt", "Dear requester,\n\nPlease find our response attached.\n\n"
                                                  "Kind regards,\nInformation Governance\n")
    out = tmp_path / "library_services.yaml"
    result = CliRunner().invoke(cli, ["questionnaire", "draft", str(replies), str(letter), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "note:" in result.output and "covering.txt" in result.output
    assert "detected in 6 of 6" in result.output


def test_the_command_and_its_options_are_in_the_readme():
    from pipeline.cli import questionnaire

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "## Drafting a questionnaire" in readme
    for name, command in questionnaire.commands.items():
        assert f"foi questionnaire {name}" in readme
        for opt in (o for p in command.params for o in getattr(p, "opts", []) if o.startswith("--")):
            assert opt in readme, f"`foi questionnaire {name} {opt}` is not documented in README.md"
