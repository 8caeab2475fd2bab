"""The value-type registry (pipeline/valuetypes/): every type declared once and whole, and
every table that dispatches on a field's type derived from it."""
from __future__ import annotations

import types
from pathlib import Path

import pytest

from pipeline import valuetypes
from pipeline.extract.typed import READERS
from pipeline.rules import FIELD_TYPES, FieldSpec, load_rules, validate_questionnaire
from pipeline.review.values import ValueProblem, read_reviewer_value
from pipeline.valuetypes import NAMES, ValueType, type_of_module, value_type, value_types

RULES = load_rules()
PACKAGE = Path(valuetypes.__file__).parent


def _read(text, spec, ctx):
    return []


def _parse(text, spec, ctx):
    raise ValueProblem("never")


def test_every_type_module_declares_a_whole_type_named_after_it():
    modules = sorted(p.stem for p in PACKAGE.glob("*.py") if not p.stem.startswith("_"))
    assert list(NAMES) == modules
    for name, vt in value_types().items():
        assert vt.name == name
        assert callable(vt.read) and callable(vt.parse), name
        for part in (vt.unit, vt.allowed, vt.note):
            assert isinstance(part, str) or callable(part), name


@pytest.mark.parametrize("missing", ["read", "parse", "unit"])
def test_a_type_declared_without_one_of_its_parts_is_refused(missing):
    parts = {"name": "shoe_size", "read": _read, "parse": _parse, "unit": "UK size"}
    del parts[missing]
    with pytest.raises(TypeError, match=missing):
        ValueType(**parts)
    with pytest.raises(ValueError, match=f"value type 'shoe_size': {missing} must be"):
        ValueType(**{**parts, missing: None})


def test_a_module_without_its_type_or_with_another_name_is_refused():
    with pytest.raises(ValueError, match=r"valuetypes/shoe_size\.py: declare the type as TYPE"):
        type_of_module(types.ModuleType("pipeline.valuetypes.shoe_size"))
    other = types.ModuleType("pipeline.valuetypes.shoe_size")
    other.TYPE = ValueType(name="hat_size", read=_read, parse=_parse, unit="")
    with pytest.raises(ValueError, match="TYPE is named 'hat_size'"):
        type_of_module(other)


def test_the_registry_names_are_the_types_a_questionnaire_may_use():
    assert set(FIELD_TYPES) == set(value_types())
    used = {spec.type for qn in RULES.questionnaires.values() for spec in qn.fields.values()}
    assert used <= set(value_types())
    # the validator accepts every registered type and refuses any other name
    extras = {"entity": {"entity": "icb"}, "enum": {"values": {"a": ["a"]}},
              "tags": {"tags": {"a": ["a"]}, "list": True}}
    fields = [{"name": f"f_{name}", "type": name, **extras.get(name, {})} for name in NAMES]
    data = {"id": "every_type", "title": "Every type",
            "questions": [{"id": "q1", "text": "Every type?", "fields": fields}]}
    qn, problems = validate_questionnaire(data, "every_type.yaml")
    assert problems == [] and {s.type for s in qn.fields.values()} == set(NAMES)
    data["questions"][0]["fields"] = [{"name": "cost", "type": "mony"}]
    _, problems = validate_questionnaire(data, "every_type.yaml")
    assert problems == [f"every_type.yaml: questions[0].fields[0].type: 'mony' is not one of "
                        f"{', '.join(NAMES)}"]


def test_readers_and_reviewer_parsers_come_from_the_registry():
    assert READERS == {name: vt.read for name, vt in value_types().items()}
    spec = FieldSpec(name="share", type="percent", question_id="q")
    assert read_reviewer_value(spec, "3.10%", RULES).value == value_type("percent").parse(
        "3.10%", spec, None).value == "3.1"


@pytest.mark.parametrize("spec, unit", [
    pytest.param(FieldSpec(name="m", type="money", question_id="q", period="weekly"), "GBP per week",
                 id="money_weekly"),
    pytest.param(FieldSpec(name="m", type="money", question_id="q"), "GBP", id="money_no_period"),
    pytest.param(FieldSpec(name="e", type="entity", question_id="q", entity="council"),
                 "council name; value_code = GSS code", id="entity_council"),
    pytest.param(FieldSpec(name="t", type="text", question_id="q"), "free text", id="text"),
])
def test_a_type_describes_its_unit_for_the_dictionary(spec, unit):
    assert value_type(spec.type).unit_of(spec) == unit


@pytest.mark.parametrize("text, first", [
    pytest.param("Of the 412, 97 are jointly funded with the ICB.", "97", id="of_the_whole_first"),
    pytest.param("97 out of 412 people are jointly funded.", "97", id="out_of"),
    pytest.param("511 of these 823 people", "511", id="of_these"),
    pytest.param("Of the people counted, 97 are jointly funded.", "97", id="no_whole_given"),
])
def test_the_whole_a_count_is_part_of_is_not_the_count(text, first):
    from pipeline.valuetypes._common import Context

    spec = FieldSpec(name="n", type="count", question_id="q")
    cands = value_type("count").read(text, spec, Context(rules=RULES, gazetteer=None))
    assert [c.value for c in cands] == [first]


def test_a_total_labelled_among_unlabelled_parts_comes_first():
    from pipeline.valuetypes._common import Context

    spec = FieldSpec(name="n", type="count", question_id="q")
    text = "Herefordshire: 96 Worcestershire: 311 Total: 407"
    cands = value_type("count").read(text, spec, Context(rules=RULES, gazetteer=None))
    assert [c.value for c in cands][0] == "407"


def test_question_numbers_naming_what_an_answer_covers_are_not_its_figures():
    from pipeline.extract.mask import reading_text
    from pipeline.valuetypes._common import Context

    spec = FieldSpec(name="n", type="count", question_id="q")
    text = reading_text("Questions 6 and 7: 289 packages are jointly funded.", RULES, ())
    cands = value_type("count").read(text, spec, Context(rules=RULES, gazetteer=None))
    assert [c.value for c in cands] == ["289"]


@pytest.mark.parametrize("text, value, unsure", [
    pytest.param("No. Each split is agreed between the social worker and the ICB's assessor, with "
                 "reference to the Decision Support Tool.", "partial", True, id="explicit_no_then_process"),
    pytest.param("There is no tool; each case is agreed at the joint funding panel.", "partial", False,
                 id="process_without_a_tool"),
    pytest.param("No.", "no", False, id="plain_no"),
])
def test_a_described_process_is_partial_and_unsure_after_an_explicit_no(text, value, unsure):
    from pipeline.valuetypes._common import Context

    qn = RULES.questionnaires["asc_joint_funding"]
    spec = next(f for q in qn.questions for f in q.fields if f.name == "joint_funding_tool")
    [cand] = value_type("yesno").read(text, spec, Context(rules=RULES, gazetteer=None))
    assert cand.value == value
    assert bool(cand.reasons) == unsure


@pytest.mark.parametrize("text, unsure", [
    pytest.param("The table below gives the figures for each of our five boroughs.", True, id="inside_a_sentence"),
    pytest.param("Nine.", False, id="the_whole_answer"),
    pytest.param("- Twelve disputes were raised.", False, id="opening_the_answer"),
    pytest.param("There were 14 disputes.", False, id="digits"),
])
def test_a_number_in_words_inside_a_sentence_is_questioned(text, unsure):
    from pipeline.valuetypes._common import Context

    spec = FieldSpec(name="n", type="count", question_id="q")
    [cand] = value_type("count").read(text, spec, Context(rules=RULES, gazetteer=None))
    assert bool(cand.reasons) == unsure


def test_a_name_in_an_answer_typed_in_capitals_is_read_for_review():
    from pipeline.valuetypes._common import Context

    spec = FieldSpec(name="n", type="person", question_id="q")
    cands = value_type("person").read("MICHAEL OYELARAN-FROST, DIRECTOR OF ADULT SERVICES (STATUTORY DASS).",
                                      spec, Context(rules=RULES, gazetteer=None))
    assert cands[0].value == "MICHAEL OYELARAN-FROST" and cands[0].reasons
    [plain] = value_type("person").read("Jane Smith, Director", spec, Context(rules=RULES, gazetteer=None))
    assert plain.value == "Jane Smith" and not plain.reasons
