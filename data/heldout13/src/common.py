"""Shared helpers for the heldout13 build (written blind; every figure and person invented)."""
import json
import os
import zipfile

ICB = {
    "QNX": "NHS Sussex Integrated Care Board",
    "QPM": "NHS Northamptonshire Integrated Care Board",
    "QHM": "NHS North East and North Cumbria Integrated Care Board",
    "QMF": "NHS North East London Integrated Care Board",
    "QNQ": "NHS Frimley Integrated Care Board",
    "QE1": "NHS Lancashire and South Cumbria Integrated Care Board",
    "QOQ": "NHS Humber and North Yorkshire Integrated Care Board",
    "QUE": "NHS Cambridgeshire and Peterborough Integrated Care Board",
    "QNC": "NHS Staffordshire and Stoke-on-Trent Integrated Care Board",
    "QT1": "NHS Nottingham and Nottinghamshire Integrated Care Board",
    "QOC": "NHS Shropshire, Telford and Wrekin Integrated Care Board",
    "QM7": "NHS Hertfordshire and West Essex Integrated Care Board",
}

NA = {"state": "not_applicable"}
NH = {"state": "not_held"}
WH = {"state": "withheld"}
SO = {"state": "see_other"}


def any_of(*vals):
    return {"any_of": list(vals)}


def write_gold(gold_dir, stem, ext, questionnaire, name, code, gold):
    doc = {
        "source_file": f"{stem}.{ext}",
        "questionnaire": questionnaire,
        "respondent": {"name": name, "code": code},
        "gold": {"respondent": name, **gold},
    }
    with open(os.path.join(gold_dir, f"{stem}.json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def write_text(path, text, newline="\n"):
    with open(path, "w", encoding="utf-8", newline=newline) as fh:
        fh.write(text)


def normalise_zip(path):
    """Rewrite a .docx so that every member carries a fixed timestamp (deterministic bytes)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
