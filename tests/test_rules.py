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
    (rules / "questionnaires" / "s117.yaml").write_text(yaml.safe_dump({
        "id": "s117_aftercare", "title": "Section 117 aftercare",
        "questions": [{"id": "q1", "number": "1", "text": "How many people receive s117 aftercare?",
                       "fields": [{"name": "s117_people", "type": "count"}]}]}))
    assert "s117_aftercare" in load_rules(rules).questionnaires
    result = CliRunner().invoke(cli, ["rules", "validate", "--dir", str(rules)])
    assert result.exit_code == 0 and "s117_aftercare" in result.output


def test_validate_command_exits_2_and_lists_problems(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    (rules / "questionnaires" / "bad.yaml").write_text("id: Bad Name\nquestions: []\n")
    result = CliRunner().invoke(cli, ["rules", "validate", "--dir", str(rules)])
    assert result.exit_code == 2
    assert "bad.yaml: id: 'Bad Name'" in result.output
    assert "bad.yaml: title" in result.output
