"""Questionnaires are data: validation reports every mistake at once, with its location."""
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.errors import RulesError
from pipeline.rules import RULES_DIR, load_rules, validate_questionnaire


def test_shipped_rules_are_valid():
    rules = load_rules()
    assert {"asc_joint_funding", "csc_joint_commissioning"} <= set(rules.questionnaires)


def test_every_mistake_is_reported_with_its_location():
    data = {"id": "s117", "title": "S117", "questions": [
        {"id": "q1", "text": "How many?", "fields": [{"name": "n", "type": "mony"}]},
        {"id": "q1", "text": "Which ICB?", "fields": [{"name": "icb", "type": "entity", "entity": "ccg"}]},
    ], "checks": [{"check": "not_greater", "small": "n", "large": "nope"}]}
    _, problems = validate_questionnaire(data, "s117.yaml")
    joined = "\n".join(problems)
    assert "s117.yaml: questions[0].fields[0].type: 'mony'" in joined
    assert "questions[1].id: 'q1' is used twice" in joined
    assert "questions[1].fields[0].entity: 'ccg'" in joined
    assert "checks[0].large: 'nope'" in joined


def test_a_new_questionnaire_needs_no_python(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    (rules / "questionnaires" / "dols.yaml").write_text(yaml.safe_dump({
        "id": "dols_assessments", "title": "Deprivation of Liberty Safeguards",
        "questions": [{"id": "q1", "number": "1", "text": "How many DoLS applications were received?",
                       "fields": [{"name": "dols_applications", "type": "count"}]}]}))
    assert "dols_assessments" in load_rules(rules).questionnaires
    result = CliRunner().invoke(cli, ["rules", "validate", "--dir", str(rules)])
    assert result.exit_code == 0 and "dols_assessments" in result.output


def test_validate_command_exits_2_and_lists_problems(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    (rules / "questionnaires" / "bad.yaml").write_text("id: Bad Name\nquestions: []\n")
    result = CliRunner().invoke(cli, ["rules", "validate", "--dir", str(rules)])
    assert result.exit_code == 2
    assert "bad.yaml: id: 'Bad Name'" in result.output
    assert "bad.yaml: title" in result.output


def test_new_questionnaires_are_data_only_and_valid():
    rules = load_rules()
    for qid, n_questions in (("s117_aftercare", 14), ("chc_funding_split", 14)):
        qn = rules.questionnaires[qid]
        assert len(qn.questions) == n_questions
        assert all(q.parent in ("", *(p.id for p in qn.questions)) for q in qn.questions)
    result = CliRunner().invoke(cli, ["rules", "validate"])
    assert result.exit_code == 0
    assert "s117_aftercare: 14 questions" in result.output
    assert "chc_funding_split: 14 questions" in result.output


def test_a_broken_copy_of_a_questionnaire_reports_every_problem_with_its_location(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    path = rules / "questionnaires" / "s117_aftercare.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    questions = data["questions"]
    questions[0]["fields"][0]["type"] = "cuont"  # a typo in a type
    questions[2]["fields"][0]["allowed"] = [True, False, "maybe"]  # bare yes/no are fine, 'maybe' is not
    questions[4]["fields"][0]["values"]["fixed_percentage"].append(50)  # unquoted 50/50-ish number
    questions[8]["fields"][0]["colour"] = "red"  # unknown key
    questions[9]["fields"][0]["entity"] = "ccg"  # not an entity kind
    questions[10]["parent"] = "q99"  # no such question
    data["checks"].append({"check": "not_greater", "small": "s117_discharged_count", "large": "s117_nobody"})
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")

    result = CliRunner().invoke(cli, ["rules", "validate", "--dir", str(rules)])
    assert result.exit_code == 2
    out = result.output
    where = f"{path}: "
    expected = [
        "questions[0].fields[0].type: 'cuont' is not one of",
        "questions[2].fields[0].allowed[2]: 'maybe' is not one of",
        "questions[4].fields[0].values.fixed_percentage: expected a list of non-empty phrases",
        "questions[8].fields[0]: unknown key 'colour'",
        "questions[9].fields[0].entity: 'ccg' is not one of",
        "question q9: parent 'q99' is not a question id",
        "checks[1].large: 's117_nobody' is not a field of this questionnaire",
    ]
    for problem in expected:
        assert where + problem in out, problem
    # the other questionnaires are still checked: their files are not named as broken
    assert "asc_joint_funding.yaml" not in out and "chc_funding_split.yaml" not in out


@pytest.mark.parametrize("word_min", ["ninety", 150, None])
def test_ocr_word_threshold_must_be_a_word_confidence(tmp_path, word_min):
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    path = rules / "thresholds.yaml"
    data = yaml.safe_load(path.read_text())
    data["ocr"]["word_min"] = word_min
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(RulesError) as info:
        load_rules(rules)
    assert "thresholds.yaml: ocr.word_min: expected a Tesseract word confidence 0-100" in str(info.value)


@pytest.mark.parametrize("field, expected", [
    pytest.param({"name": "n", "type": "count", "plausible": [10, 1]}, "min below max", id="reversed"),
    pytest.param({"name": "n", "type": "count", "plausible": [0, "many"]}, "two numbers", id="not_numbers"),
    pytest.param({"name": "n", "type": "text", "plausible": [0, 1]}, "only money, count, percent fields", id="wrong_type"),
])
def test_a_plausible_range_is_checked(field, expected):
    data = {"id": "s117", "title": "S117", "questions": [{"id": "q1", "text": "How many?", "fields": [field]}]}
    _, problems = validate_questionnaire(data, "s117.yaml")
    assert any(expected in p and "fields[0].plausible" in p for p in problems), problems


def test_rules_validate_checks_the_vocabulary_and_reference_tables_too(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    with (rules / "vocabulary.yaml").open("a", encoding="utf-8") as f:
        f.write("\nduration_units: 5\n")
    (rules / "reference" / "vendors.csv").write_text("name\nAcme\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["rules", "validate", "--dir", str(rules)])
    assert result.exit_code == 2
    assert "vocabulary.yaml: duration_units" in result.output
    assert "vendors.csv: missing column" in result.output


def test_document_level_fields_are_declared_once_in_rules():
    rules = load_rules()
    fields = rules.document_fields
    assert list(fields) == ["respondent", "foi_reference", "response_date", "exemptions",
                            "foi_outcome", "redactions"]
    assert [n for n, d in fields.items() if d.documents] == ["respondent", "foi_reference",
                                                             "response_date"]
    assert fields["exemptions"].spec.list and fields["exemptions"].wide
    assert set(fields["exemptions"].spec.values) == set(rules.phrasings["exemptions"])
    assert fields["respondent"].review_as == "text"


def test_document_fields_mistakes_are_reported_with_their_location(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    (rules / "document_fields.yaml").write_text(yaml.safe_dump({"fields": [
        {"name": "respondent", "type": "entitty"},
        {"name": "foi_outcome", "type": "enum"},
        {"name": "care_packages_count", "type": "count", "colour": "red"},
    ]}))
    with pytest.raises(RulesError) as caught:
        load_rules(rules)
    joined = "\n".join(caught.value.problems)
    assert "document_fields.yaml: fields[0].type: 'entitty'" in joined
    assert "fields[1].values: an enum needs values" in joined
    assert "fields[2]: unknown key 'colour'" in joined
    assert "care_packages_count: a document-level field's name is also a questionnaire" in joined


def test_any_of_answers_as_the_patterns_one_by_one():
    import re

    from pipeline.patterns import AnyOf

    sets = [
        [r"\bsection\s?12\b", r"\bcost limit\b", r"^\s*no\.?$", r"(?<=\d)\s?%"],
        [r"(a)\1", r"\bfoo\b"],  # a back-reference: asked one by one
        [],
    ]
    texts = ["", "exceeds the cost limit", "Section 12 applies", "no", "  No.", "50 %", "aa foo",
             "costlimit", "section 120", "food"]
    for patterns in sets:
        compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
        any_of = AnyOf(compiled)
        for text in texts:
            assert any_of.search(text) == any(p.search(text) for p in compiled)
            assert any_of.match(text) == any(p.match(text) for p in compiled)
            assert any_of.first(text) == min((m.span() for m in (p.search(text) for p in compiled) if m),
                                             default=None)
            starts = any_of.starts(text)
            if starts is not None:
                assert starts == sorted({m.start() for p in compiled for m in re.finditer(
                    f"(?=(?:{p.pattern}))", text, re.IGNORECASE)})
    assert AnyOf([re.compile(r"(a)\1")]).union is None
