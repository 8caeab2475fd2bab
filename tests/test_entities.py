"""Entity normalisation: ICBs, councils, products and suppliers found in messy text."""
from __future__ import annotations

import csv
import shutil
from datetime import date
from pathlib import Path

import pytest

from pipeline.entities import load_gazetteer
from pipeline.errors import RulesError
from pipeline.gazetteer import RULES_DIR

REFERENCE = RULES_DIR / "reference"
MSE = "NHS Mid and South Essex Integrated Care Board"


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _rows(name: str) -> list[dict]:
    with (REFERENCE / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


# ---- ICBs ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, code, ambiguous", [
    pytest.param("Mid and South Essex ICB", "QH8", False, id="short_name_icb"),
    pytest.param("MSE ICB", "QH8", False, id="abbreviation_icb"),
    pytest.param("BNSSG", "QUY", False, id="bare_long_abbreviation"),
    pytest.param("NHS Devon", "QJK", False, id="nhs_prefix"),
    pytest.param("Devon", "QJK", True, id="bare_short_name_is_ambiguous"),
    pytest.param("mid and south-essex icb's", "QH8", False, id="case_hyphen_possessive"),
    pytest.param("NHS Mid & South  Essex Integrated Care Board", "QH8", False,
                 id="ampersand_whitespace"),
    pytest.param("Bristol, North Somerset & South Gloucestershire ICB", "QUY", False,
                 id="commas_in_name"),
    pytest.param("Herts & West Essex ICS", "QM7", False, id="extra_alias_herts"),
    pytest.param("the Staffordshire and Stoke-on-Trent Integrated Care System", "QNC", False,
                 id="integrated_care_system"),
    pytest.param("NHS Essex ICB", "D7T5G", False, id="successor_named_directly"),
    pytest.param("West Essex ICB", "D7T5G", True, id="qualified_name_is_not_the_successor"),
])
def test_find_icbs_reads_messy_names(gaz, text, code, ambiguous):
    found = gaz.find_icbs(text)
    assert [(m.code, m.ambiguous) for m in found] == [(code, ambiguous)]
    assert found[0].name == gaz.icb_by_code(code).official_name


def test_official_name_and_exact_score(gaz):
    (m,) = gaz.find_icbs("Funding is agreed with Mid and South Essex ICB each quarter.")
    assert (m.name, m.code, m.score, m.flags) == (MSE, "QH8", 100.0, ())
    assert m.text == "Mid and South Essex ICB"


@pytest.mark.parametrize("text, code", [
    pytest.param("Mid & South Esex ICB", "QH8", id="missing_letter"),
    pytest.param("NHS Lincolnshre Integrated Care Board", "QJM", id="dropped_vowel"),
    pytest.param("Norfolk and Wavenye ICB", "QMM", id="swapped_letters"),
])
def test_fuzzy_names_before_icb_score_below_100(gaz, text, code):
    (m,) = gaz.find_icbs(text)
    assert m.code == code and "fuzzy" in m.flags
    assert 88 <= m.score < 100
    assert m.text == text  # the whole mention, "NHS" included


@pytest.mark.parametrize("text", [
    pytest.param("the ICB agreed", id="generic_icb"),
    pytest.param("our partners in devon", id="lower_case_bare_name"),
    pytest.param("Surrey ICB", id="not_an_icb_name"),
    pytest.param("Devon County Council", id="inside_a_council_name"),
    pytest.param("MSE", id="short_abbreviation_alone"),
])
def test_find_icbs_ignores_non_icb_mentions(gaz, text):
    assert gaz.find_icbs(text) == []


def test_list_of_three_icbs_gives_three_codes(gaz):
    text = ("Herts and West Essex ICB, Mid and South Essex ICB and "
            "Suffolk and North East Essex ICB")
    found = gaz.find_icbs(text)
    assert [m.code for m in found] == ["QM7", "QH8", "QJG"]
    assert not any(m.ambiguous for m in found)
    assert [m.text for m in found] == ["Herts and West Essex ICB", "Mid and South Essex ICB",
                                       "Suffolk and North East Essex ICB"]


def test_merged_icb_maps_to_successor_after_april_2026(gaz):
    (m,) = gaz.find_icbs("Mid and South Essex ICB", on_date=date(2026, 6, 1))
    assert (m.name, m.code) == ("NHS Essex Integrated Care Board", "D7T5G")
    assert "successor" in m.flags and not m.ambiguous
    assert m.text == "Mid and South Essex ICB"


def test_merged_icb_unchanged_the_day_before(gaz):
    (m,) = gaz.find_icbs("Mid and South Essex ICB", on_date=date(2026, 3, 31))
    assert m.code == "QH8" and m.flags == ()


def test_split_icb_after_april_2026_is_ambiguous(gaz):
    (m,) = gaz.find_icbs("HWE ICB", on_date=date(2026, 6, 1))
    assert m.code == "QM7" and m.ambiguous and "split_2026" in m.flags


def test_successor_named_before_it_existed_is_ambiguous(gaz):
    (m,) = gaz.find_icbs("NHS Essex ICB", on_date=date(2025, 6, 1))
    assert m.code == "D7T5G" and m.ambiguous and "not_in_force" in m.flags


def test_name_wrapped_over_two_lines_is_found(gaz):
    text = "NHS Bristol, North Somerset and South\nGloucestershire Integrated Care Board"
    assert [m.code for m in gaz.find_icbs(text)] == ["QUY"]


def test_names_do_not_run_across_table_cells(gaz):
    (m,) = gaz.find_councils("Thurrock | Council tax band | D")
    assert m.text == "Thurrock" and "bare_name" in m.flags


def test_longest_overlap_wins_across_kinds(gaz):
    assert gaz.find_councils("NHS Devon") == []
    assert [m.code for m in gaz.find_councils("Devon County Council")] == ["E10000008"]
    assert gaz.find_councils("Mid and South Essex ICB") == []


# ---- councils -----------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    pytest.param("Thurrock Council", "E06000034", id="unitary"),
    pytest.param("London Borough of Barking and Dagenham", "E09000002", id="london_borough"),
    pytest.param("Barking & Dagenham Council", "E09000002", id="ampersand_alias"),
    pytest.param("Bristol City Council", "E06000023", id="city_council"),
    pytest.param("Bristol, City of", "E06000023", id="ons_style_name"),
    pytest.param("Essex CC", "E10000012", id="county_council_as_cc"),
    pytest.param("Southend-on-Sea City Council", "E06000033", id="extra_alias_city_status"),
    pytest.param("STOKE ON TRENT CITY COUNCIL", "E06000021", id="capitals_no_hyphens"),
    pytest.param("Ynys Mon", "W06000001", id="accent_dropped"),
])
def test_find_councils(gaz, text, code):
    (m,) = gaz.find_councils(text)
    assert m.code == code and not m.ambiguous
    assert m.name == gaz.council_by_code(code).name


def test_abbreviation_alone_is_not_a_council(gaz):
    assert gaz.find_councils("DCC commissioned the service") == []


def test_bare_council_name_is_found_but_flagged(gaz):
    (m,) = gaz.find_councils("Services in Thurrock")
    assert m.code == "E06000034" and "bare_name" in m.flags and not m.ambiguous
    assert gaz.find_councils("reading the minutes") == []


def test_bare_name_shared_with_an_icb_is_ambiguous(gaz):
    (m,) = gaz.find_councils("Devon")
    assert m.code == "E10000008" and m.ambiguous


@pytest.mark.parametrize("text, code, ambiguous, flags", [
    pytest.param("Dorset County Council", "E06000059", False, ("former",), id="one_successor"),
    pytest.param("Somerset County Council", "E06000066", False, ("former",), id="renamed"),
    pytest.param("Cumbria County Council", "E10000006", True, ("former", "split"),
                 id="split_in_two"),
])
def test_former_councils_map_to_successors(gaz, text, code, ambiguous, flags):
    (m,) = gaz.find_councils(text)
    assert (m.code, m.ambiguous, m.flags) == (code, ambiguous, flags)


# ---- products and vendors -----------------------------------------------------------

LAS = "Liquidlogic Adults' Social Care System"


@pytest.mark.parametrize("text, product, supplier", [
    pytest.param("Liquid Logic LAS", LAS, "System C", id="liquid_logic_las"),
    pytest.param("we record it in LAS", LAS, "System C", id="bare_las_in_capitals"),
    pytest.param("Liquidlogic Adult Social Care System", LAS, "System C", id="singular"),
    pytest.param("Liquidlogic Children's System", "Liquidlogic Children's Social Care System",
                 "System C", id="childrens"),
    pytest.param("Mosaic", "Mosaic", "The Access Group", id="mosaic"),
    pytest.param("Servelec Mosaic", "Mosaic", "The Access Group", id="old_supplier_prefix"),
    pytest.param("OLM Eclipse", "Eclipse", "OLM Systems", id="eclipse"),
    pytest.param("Care Director v6", "CareDirector", "CareWorks", id="caredirector"),
    pytest.param("CareFirst", "CareFirst", "", id="uncertain_supplier_left_empty"),
])
def test_find_products_and_supplier(gaz, text, product, supplier):
    (m,) = gaz.find_products(text)
    assert m.name == product and m.code == ""
    assert gaz.supplier_of(m.name) == supplier


@pytest.mark.parametrize("text", [
    pytest.param("Liquidlogic (LAS), supplied by System C", id="abbreviation_in_brackets"),
    pytest.param("Liquidlogic Adults System (LAS)", id="name_then_abbreviation"),
])
def test_bracketed_product_keeps_its_closing_bracket(gaz, text):
    (m,) = gaz.find_products(text)
    assert m.name == LAS and m.text.endswith("(LAS)")


def test_product_with_bracketed_abbreviation_is_one_mention(gaz):
    text = "Liquidlogic Adults System (LAS) provided by System C"
    (m,) = gaz.find_products(text)
    assert (m.name, m.text) == (LAS, "Liquidlogic Adults System (LAS)")
    assert {v.name for v in gaz.find_vendors(text)} == {"System C"}


@pytest.mark.parametrize("text", [
    pytest.param("ATLAS", id="las_inside_a_word"),
    pytest.param("las", id="lower_case_abbreviation"),
    pytest.param("a mosaic of local services", id="common_noun"),
    pytest.param("Joint Commissioning Framework", id="framework_is_not_frameworki"),
])
def test_find_products_ignores(gaz, text):
    assert gaz.find_products(text) == []


def test_finance_systems_are_flagged(gaz):
    found = gaz.find_products("Mosaic for case notes and ContrOCC and Abacus for payments")
    assert [(m.name, "finance" in m.flags) for m in found] == [
        ("Mosaic", False), ("ContrOCC", True), ("Abacus", True)]


def test_ics_is_an_icb_not_a_product_when_named(gaz):
    assert gaz.find_products("Mid and South Essex ICS") == []
    (m,) = gaz.find_products("the ICS record")
    assert m.ambiguous


@pytest.mark.parametrize("text, vendor, ambiguous", [
    pytest.param("provided by System C", "System C", False, id="system_c"),
    pytest.param("Access Group", "The Access Group", False, id="without_the"),
    pytest.param("OLM Systems Ltd", "OLM Systems", False, id="olm"),
    pytest.param("OCC", "Oxford Computer Consultants", True, id="occ_also_a_council"),
])
def test_find_vendors(gaz, text, vendor, ambiguous):
    (m,) = gaz.find_vendors(text)
    assert (m.name, m.ambiguous) == (vendor, ambiguous)


def test_supplier_of_unknown_product_is_empty(gaz):
    assert gaz.supplier_of("No Such System") == ""


# ---- lookups ------------------------------------------------------------------------

def test_icbs_for_single_icb_council(gaz):
    assert gaz.icbs_for_council("E06000034") == [(MSE, "QH8", "whole")]


def test_icbs_for_council_folds_successors_after_2026(gaz):
    before = gaz.icbs_for_council("E10000012")
    assert [c for _, c, _ in before] == ["QH8", "QJG", "QM7"]
    assert before[0][2] == "majority"
    assert gaz.icbs_for_council("E10000012", on_date=date(2026, 6, 1)) == [
        ("NHS Essex Integrated Care Board", "D7T5G", "whole")]
    assert [c for _, c, _ in gaz.icbs_for_council("E10000030", date(2026, 6, 1))] == ["S9B9J"]


def test_lookups_of_unknown_codes(gaz):
    assert gaz.icbs_for_council("E99999999") == []
    assert gaz.council_by_code("nope") is None and gaz.icb_by_code("nope") is None
    assert gaz.icb_by_code("D7T5G").predecessors == ("QM7", "QH8", "QJG")


def test_gazetteer_is_cached_per_directory(gaz):
    assert load_gazetteer() is gaz
    assert load_gazetteer(RULES_DIR) is gaz


# ---- invariants over the reference data ---------------------------------------------

def test_every_council_icb_row_points_at_a_known_icb():
    known = {r["icb_ods_code"] for r in _rows("icbs.csv")}
    assert {r["icb_ods_code"] for r in _rows("council_icb.csv")} <= known


def test_every_successor_code_is_in_the_changes_file():
    changes = _rows("icb_changes_2026.csv")
    successors = {r["successor_icb_ods_code"] for r in changes}
    for row in _rows("council_icb.csv"):
        code = row["icb_2026_successor"].split()[0]
        assert code == row["icb_ods_code"] or code in successors, row["gss_code"]
    for icb in _rows("icbs.csv"):
        for part in filter(None, icb["successor_icbs_2026"].split(";")):
            assert part.split()[0] in successors, icb["icb_ods_code"]


def test_every_icb_is_found_by_its_official_and_short_names(gaz):
    for icb in gaz.tables.icbs.values():
        for text in (icb.official_name, f"{icb.short_name} ICB"):
            assert [m.code for m in gaz.find_icbs(text)] == [icb.ods_code], text


def test_every_council_is_found_by_its_own_name(gaz):
    for council in gaz.tables.councils.values():
        if council.abolished:
            continue
        found = gaz.find_councils(council.name)
        assert [m.code for m in found] == [council.gss_code], council.name


def test_offsets_always_point_at_the_text(gaz):
    text = ("As at 2024, Thurrock Council's LAS (Liquid Logic) and ContrOCC work with "
            "NHS Mid & South Essex ICB’s team, BNSSG, Devon, and OLM Eclipse (OLM).")
    found = (gaz.find_icbs(text) + gaz.find_councils(text) + gaz.find_products(text)
             + gaz.find_vendors(text))
    assert len(found) >= 8
    for m in found:
        assert text[m.start:m.end] == m.text


# ---- validation ---------------------------------------------------------------------

def _broken_copy(tmp_path: Path) -> Path:
    shutil.copytree(REFERENCE, tmp_path / "rules" / "reference")
    return tmp_path / "rules"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_broken_tables_list_every_problem(tmp_path):
    rules = _broken_copy(tmp_path)
    ref = rules / "reference"
    _edit(ref / "icbs.csv", "\nQF7,", "\nQE1,")  # duplicate ODS code
    _edit(ref / "council_icb.csv", "E06000034,QH8,", "E06000034,QZZ,")  # unknown ICB
    _edit(ref / "product_suppliers.csv", "Mosaic,The Access Group,", "Mosaic,Access Grp,")
    _edit(ref / "respondent_cues.csv", "^cc$", "^(cc$")  # regex that does not compile
    with pytest.raises(RulesError) as caught:
        load_gazetteer(rules)
    problems = caught.value.problems
    assert any("icbs.csv: row 3: duplicate icb_ods_code 'QE1'" in p for p in problems)
    assert any("council_icb.csv" in p and "'QZZ'" in p for p in problems)
    assert any("product_suppliers.csv" in p and "'Access Grp'" in p for p in problems)
    assert any("respondent_cues.csv" in p and "does not compile" in p for p in problems)
    assert "rules/reference/icbs.csv" in str(caught.value)


def test_missing_file_and_column_are_reported_together(tmp_path):
    rules = _broken_copy(tmp_path)
    (rules / "reference" / "vendors.csv").unlink()
    _edit(rules / "reference" / "councils.csv", "gss_code,name,", "code,name,")
    with pytest.raises(RulesError) as caught:
        load_gazetteer(rules)
    text = "\n".join(caught.value.problems)
    assert "vendors.csv: file is missing" in text
    assert "councils.csv: missing column(s) gss_code" in text


@pytest.mark.parametrize("answer, expected, review", [
    pytest.param("NHS Norfolk and Waveney ICB. NHS Suffolk and North East Essex ICB is not part of our area.",
                 ["QMM"], False, id="is_not_part"),
    pytest.param("Norfolk and Waveney ICB; we do not work with Suffolk and North East Essex ICB.",
                 ["QMM"], False, id="do_not_work_with"),
    pytest.param("Norfolk and Waveney ICB (neighbouring Cambridgeshire and Peterborough ICB does not cover us).",
                 ["QMM"], False, id="bracketed_denial"),
    pytest.param("Norfolk and Waveney ICB covers the county, not only Norwich.", ["QMM"], True,
                 id="a_not_nearby_is_for_a_reviewer"),
])
def test_an_icb_the_answer_says_is_not_meant_is_left_out(gaz, answer, expected, review):
    from pipeline.rules import FieldSpec, load_rules
    from pipeline.valuetypes._common import Context
    from pipeline.valuetypes.entity import read_entity
    spec = FieldSpec(name="icbs_covering", type="entity", question_id="q8", entity="icb", list=True)
    cands = read_entity(answer, spec, Context(load_rules(), gaz))
    assert [c.code for c in cands] == expected
    assert bool(cands[0].reasons) is review
