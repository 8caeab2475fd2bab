"""Load and validate the reference tables in rules/reference/ (ICBs, councils, products).

The tables are data, not code: a new alias or a corrected supplier is a CSV edit. Loading
checks every file at once and raises one `RulesError` listing each problem with its file
and row, for example:

    rules/reference/icbs.csv: row 5: duplicate icb_ods_code 'QH8' (first on row 4)

It also says which names each entity is known by (`build_aliases`): a name with a marker
("... ICB", "... County Council") is strong; a bare place name ("Devon") is weak and, for
ICBs, always ambiguous. `pipeline.entities` builds its token index from these aliases.
"""
from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple

from pipeline.errors import RulesError

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
REFERENCE = "reference"

# file -> columns the code reads (other columns are kept for people, not used)
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "icbs.csv": ("icb_ods_code", "icb_gss_code", "official_name", "short_name",
                 "common_aliases", "nhs_region", "established"),
    "icb_changes_2026.csv": ("effective_date", "predecessor_icb_ods_code",
                             "successor_icb_ods_code", "successor_name",
                             "successor_gss_code_2026_unverified", "succession_type"),
    "icb_extra_aliases.csv": ("icb_ods_code", "base_name"),
    "councils.csv": ("gss_code", "name", "common_aliases", "type", "nation", "short_name",
                     "region"),
    "councils_former.csv": ("gss_code", "name", "type", "abolished_effective",
                            "successor_gss_codes"),
    "council_name_variants.csv": ("name_variant", "gss_code", "current"),
    "council_extra_aliases.csv": ("gss_code", "alias"),
    "council_icb.csv": ("gss_code", "icb_ods_code", "overlap", "share_of_council_lsoa21",
                        "icb_2026_successor"),
    "case_management_systems.csv": ("product_name", "aliases", "status"),
    "product_suppliers.csv": ("product_name", "supplier", "finance_system", "extra_aliases",
                              "ambiguous_aliases"),
    "vendors.csv": ("vendor", "aliases", "ambiguous_aliases"),
    "respondent_cues.csv": ("kind", "pattern", "replacement"),
    "nhs_trusts.csv": ("ods_code", "name", "short_name", "common_aliases", "nation", "closed"),
}
CUE_KINDS = ("letter_start", "question_line", "subject_line", "sign_off", "self_after",
             "self_before", "file_name_expansion", "address_line")
OVERLAPS = ("whole", "majority", "partial", "minor")
_CODE_AT_START = re.compile(r"^\s*([A-Z0-9]+)")
MIN_BARE_ABBREVIATION = 4  # "BNSSG" alone is an ICB; "MSE" alone is not (needs "ICB")
ICB_MARKERS = frozenset({"nhs", "icb", "ics", "integrated", "care", "health", "partnership",
                         "partner"})
COUNCIL_MARKERS = frozenset({"council", "borough", "county", "city", "corporation", "royal",
                             "metropolitan", "district", "ua", "cc", "comhairle"})
ICB_FORMS = ("NHS {}", "{} ICB", "{} ICS", "{} Integrated Care Board",
             "{} Integrated Care System", "NHS {} ICB", "NHS {} Integrated Care Board")
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*|&")


@dataclass(frozen=True)
class Icb:
    """One Integrated Care Board; 2026 successors come from icb_changes_2026.csv."""

    ods_code: str
    official_name: str
    short_name: str
    gss_code: str = ""
    aliases: tuple[str, ...] = ()
    region: str = ""
    established: str = ""
    abolished: str = ""  # ISO date, "" while in force
    succession: str = ""  # "merger" or "split" when abolished
    successors: tuple[str, ...] = ()  # ODS codes
    predecessors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Council:
    """One council with social-care duties, or a former one (abolished is set)."""

    gss_code: str
    name: str
    short_name: str
    aliases: tuple[str, ...] = ()
    type: str = ""
    nation: str = ""
    region: str = ""
    abolished: str = ""
    successors: tuple[str, ...] = ()  # GSS codes of the councils that replaced it


@dataclass(frozen=True)
class Trust:
    """One NHS trust (acute, mental health, community, ambulance) from nhs_trusts.csv."""

    ods_code: str
    name: str
    short_name: str
    aliases: tuple[str, ...] = ()
    nation: str = ""
    icb_ods_code: str = ""
    closed: str = ""  # ISO date, "" while open


@dataclass(frozen=True)
class Product:
    """A case-management or finance system and its canonical supplier (may be "")."""

    name: str
    aliases: tuple[str, ...]
    ambiguous_aliases: tuple[str, ...] = ()
    supplier: str = ""
    finance: bool = False
    status: str = ""


@dataclass(frozen=True)
class Vendor:
    name: str
    aliases: tuple[str, ...]
    ambiguous_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class CouncilIcbLink:
    """One council x ICB overlap (council_icb.csv) with its post-2026 successor."""

    gss_code: str
    icb_ods_code: str
    overlap: str
    share: float
    successor_code: str
    successor_inferred: bool = False


@dataclass(frozen=True)
class Cue:
    """A phrasing rule used to find who wrote a response (respondent_cues.csv)."""

    kind: str
    pattern: re.Pattern
    replacement: str = ""


@dataclass(frozen=True, eq=False)
class ReferenceTables:
    rules_dir: Path
    icbs: dict[str, Icb]
    councils: dict[str, Council]
    council_variants: tuple[tuple[str, str], ...]  # (variant, gss_code), incl. extra aliases
    icb_extra_bases: tuple[tuple[str, str], ...]  # (ods_code, base name)
    products: dict[str, Product]
    vendors: dict[str, Vendor]
    links: tuple[CouncilIcbLink, ...]
    cues: tuple[Cue, ...]
    trusts: dict[str, Trust] = field(default_factory=dict)


def split_list(cell: str) -> tuple[str, ...]:
    """Split a "; "-separated cell, dropping blanks: "LAS; Liquid Logic LAS;" -> 2 items."""
    return tuple(p.strip() for p in (cell or "").split(";") if p.strip())


def _read(directory: Path, name: str, problems: list[str]) -> list[tuple[int, dict]]:
    """Rows of one CSV with their line numbers; problems noted, never raised here."""
    path = directory / REFERENCE / name
    where = _where(directory, name)
    if not path.is_file():
        problems.append(f"{where}: file is missing (copy it from the shared reference folder)")
        return []
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED_COLUMNS[name] if c not in (reader.fieldnames or [])]
        if missing:
            problems.append(f"{where}: missing column(s) {', '.join(missing)}")
            return []
        rows = [(n, {k: (v or "").strip() for k, v in row.items() if k})
                for n, row in enumerate(reader, start=2)]
    return rows


def _where(directory: Path, name: str) -> str:
    """How a file is named in messages: "rules/reference/icbs.csv" for the default rules."""
    path = directory / REFERENCE / name
    return "/".join(path.parts[-3:]) if len(path.parts) >= 3 else str(path)


def _unique(directory: Path, rows, column: str, name: str,
            problems: list[str]) -> dict[str, tuple[int, dict]]:
    """Index rows by a key column; blank and duplicate keys are problems."""
    seen: dict[str, tuple[int, dict]] = {}
    for n, row in rows:
        key = row[column]
        if not key:
            problems.append(f"{_where(directory, name)}: row {n}: empty {column}")
        elif key in seen:
            problems.append(f"{_where(directory, name)}: row {n}: duplicate {column} "
                            f"'{key}' (first on row {seen[key][0]})")
        else:
            seen[key] = (n, row)
    return seen


def _load_icbs(d: Path, problems: list[str]) -> dict[str, Icb]:
    where = f"{_where(d, 'icb_changes_2026.csv')}"
    base = _unique(d, _read(d, "icbs.csv", problems), "icb_ods_code", "icbs.csv", problems)
    changes = _read(d, "icb_changes_2026.csv", problems)
    succ_of: dict[str, list[str]] = {}
    kind_of: dict[str, str] = {}
    abolished: dict[str, str] = {}
    new: dict[str, Icb] = {}
    for n, row in changes:
        pred, succ = row["predecessor_icb_ods_code"], row["successor_icb_ods_code"]
        try:
            date.fromisoformat(row["effective_date"])
        except ValueError:
            problems.append(f"{where}: row {n}: effective_date '{row['effective_date']}' "
                            "is not an ISO date (YYYY-MM-DD)")
        if pred not in base:
            problems.append(f"{where}: row {n}: predecessor '{pred}' is not in icbs.csv")
        if not succ or not row["successor_name"]:
            problems.append(f"{where}: row {n}: empty successor code or name")
            continue
        succ_of.setdefault(pred, []).append(succ)
        abolished[pred] = row["effective_date"]
        if "split" in row["succession_type"] or kind_of.get(pred) == "split":
            kind_of[pred] = "split"
        else:
            kind_of[pred] = "merger"
        if succ not in base:
            old = new.get(succ)
            short = re.sub(r"^NHS\s+|\s+Integrated Care Board$", "", row["successor_name"])
            new[succ] = Icb(succ, row["successor_name"], short,
                            gss_code=row["successor_gss_code_2026_unverified"],
                            established=row["effective_date"],
                            predecessors=(old.predecessors if old else ()) + (pred,))
    icbs: dict[str, Icb] = {}
    for code, (_, r) in base.items():
        icbs[code] = Icb(code, r["official_name"], r["short_name"], r["icb_gss_code"],
                         split_list(r["common_aliases"]), r["nhs_region"], r["established"],
                         abolished.get(code, ""), kind_of.get(code, ""),
                         tuple(dict.fromkeys(succ_of.get(code, ()))))
    icbs.update(new)
    return icbs


def _load_councils(d: Path, problems: list[str]):
    current = _unique(d, _read(d, "councils.csv", problems), "gss_code", "councils.csv",
                      problems)
    former = _unique(d, _read(d, "councils_former.csv", problems), "gss_code",
                     "councils_former.csv", problems)
    councils = {code: Council(code, r["name"], r["short_name"],
                              split_list(r["common_aliases"]), r["type"], r["nation"],
                              r["region"])
                for code, (_, r) in current.items()}
    for code, (n, r) in former.items():
        succ = split_list(r["successor_gss_codes"])
        for s in succ:
            if s not in current:
                problems.append(f"{_where(d, 'councils_former.csv')}: row {n}: successor "
                                f"'{s}' is not in councils.csv")
        if code in current:
            problems.append(f"{_where(d, 'councils_former.csv')}: row {n}: '{code}' is "
                            "also a current council in councils.csv")
            continue
        councils[code] = Council(code, r["name"], r["name"], (), r["type"],  # former
                                 abolished=r["abolished_effective"], successors=succ)
    variants = []
    for name, column in (("council_name_variants.csv", "name_variant"),
                         ("council_extra_aliases.csv", "alias")):
        for n, r in _read(d, name, problems):
            if r["gss_code"] not in councils:
                problems.append(f"{_where(d, name)}: row {n}: unknown gss_code "
                                f"'{r['gss_code']}'")
            elif r[column]:
                variants.append((r[column], r["gss_code"]))
    return councils, tuple(variants)


def _load_links(d: Path, icbs, councils, problems: list[str]) -> tuple[CouncilIcbLink, ...]:
    where = f"{_where(d, 'council_icb.csv')}"
    links, seen = [], {}
    for n, r in _read(d, "council_icb.csv", problems):
        gss, ods = r["gss_code"], r["icb_ods_code"]
        if gss not in councils or councils[gss].abolished:
            problems.append(f"{where}: row {n}: gss_code '{gss}' is not a current council")
        if ods not in icbs:
            problems.append(f"{where}: row {n}: icb_ods_code '{ods}' is not in icbs.csv")
        if (gss, ods) in seen:
            problems.append(f"{where}: row {n}: duplicate pair {gss} x {ods} "
                            f"(first on row {seen[(gss, ods)]})")
        seen[(gss, ods)] = n
        if r["overlap"] not in OVERLAPS:
            problems.append(f"{where}: row {n}: overlap '{r['overlap']}' is not one of "
                            f"{', '.join(OVERLAPS)}")
        found = _CODE_AT_START.match(r["icb_2026_successor"])
        successor = found.group(1) if found else ""
        icb = icbs.get(ods)
        if icb and successor != ods and successor not in icb.successors:
            problems.append(f"{where}: row {n}: icb_2026_successor '{successor}' is neither "
                            f"{ods} itself nor one of its successors in icb_changes_2026.csv")
        try:
            share = float(r["share_of_council_lsoa21"])
        except ValueError:
            problems.append(f"{where}: row {n}: share_of_council_lsoa21 is not a number")
            share = 0.0
        links.append(CouncilIcbLink(gss, ods, r["overlap"], share, successor,
                                    "inferred" in r["icb_2026_successor"]))
    return tuple(links)


def _load_products(d: Path, problems: list[str]):
    where = f"{_where(d, 'product_suppliers.csv')}"
    vendors = {k: Vendor(k, split_list(r["aliases"]), split_list(r["ambiguous_aliases"]))
               for k, (_, r) in _unique(d, _read(d, "vendors.csv", problems), "vendor",
                                        "vendors.csv", problems).items()}
    systems = _unique(d, _read(d, "case_management_systems.csv", problems), "product_name",
                      "case_management_systems.csv", problems)
    extra = _unique(d, _read(d, "product_suppliers.csv", problems), "product_name",
                    "product_suppliers.csv", problems)
    products = {}
    for name, (n, r) in extra.items():
        if name not in systems:
            problems.append(f"{where}: row {n}: product '{name}' is not in "
                            "case_management_systems.csv")
        if r["supplier"] and r["supplier"] not in vendors:
            problems.append(f"{where}: row {n}: supplier '{r['supplier']}' is not in vendors.csv")
        if r["finance_system"] not in ("yes", "no"):
            problems.append(f"{where}: row {n}: finance_system must be yes or no")
    for name, (n, r) in systems.items():
        if name not in extra:
            problems.append(f"{where}: product '{name}' (case_management_systems.csv row {n}) "
                            "has no row; add one (leave supplier empty when unknown)")
            continue
        s = extra[name][1]
        products[name] = Product(name, split_list(r["aliases"]) + split_list(s["extra_aliases"]),
                                 split_list(s["ambiguous_aliases"]), s["supplier"],
                                 s["finance_system"] == "yes", r["status"])
    return products, vendors


def _load_cues(d: Path, problems: list[str]) -> tuple[Cue, ...]:
    cues = []
    for n, r in _read(d, "respondent_cues.csv", problems):
        where = f"{_where(d, 'respondent_cues.csv')}: row {n}"
        if r["kind"] not in CUE_KINDS:
            problems.append(f"{where}: kind '{r['kind']}' is not one of {', '.join(CUE_KINDS)}")
            continue
        try:
            flags = re.IGNORECASE if r["kind"] in ("sign_off", "letter_start",
                                                   "subject_line") else 0
            cues.append(Cue(r["kind"], re.compile(r["pattern"], flags), r["replacement"]))
        except re.error as exc:
            problems.append(f"{where}: pattern does not compile: {exc}")
    return tuple(cues)


class Token(NamedTuple):
    """One word of a text, folded for matching, with its offsets (a tuple: cheap to build,
    and a long text has hundreds of thousands)."""

    norm: str
    start: int
    end: int


@dataclass(frozen=True)
class Alias:
    kind: str
    key: str  # ODS / GSS code, product name or vendor name
    raw: str
    strong: bool
    case: str  # "any", "exact", "title" (every content word capitalised), "initial"


_POSSESSIVE_ENDINGS = tuple(q + s for q in "'\u2019" for s in "sS\u017f")  # as ['’]s$, ignoring case
_POSSESSIVE_LOWER = re.compile(r"['\u2019]s$")
TOKENISED_TEXTS = 4  # texts whose tokens are kept: one document is searched for several kinds


@functools.lru_cache(maxsize=1 << 16)
def normalise_token(raw: str) -> str:
    """Fold one token for matching: "ICB's" -> "icb", "Adults'" -> "adult", "&" -> "and".

    Accents are dropped ("Môn" -> "mon") and a plural or possessive "s" is removed from
    words longer than three letters, so "Children's", "Childrens" and "Children" agree.
    """
    if raw == "&":
        return "and"
    text = unicodedata.normalize("NFKD", raw)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _POSSESSIVE_LOWER.sub("", text).replace("'", "").replace("\u2019", "")
    if len(text) > 3 and text.endswith("s") and not text.endswith("ss"):
        text = text[:-1]
    return text


def tokenise(text: str) -> list[Token]:
    """Word tokens with offsets; hyphens, commas and dots separate words and are skipped.

    A document is searched for ICBs, councils, trusts and products in turn: its tokens are
    worked out once and kept for the next search of the same text.
    """
    return list(_tokenise(text))


@functools.lru_cache(maxsize=TOKENISED_TEXTS)
def _tokenise(text: str) -> tuple[Token, ...]:
    new, norm, possessive = tuple.__new__, normalise_token, _POSSESSIVE_ENDINGS
    # "Devon ICB's" ends at "ICB"
    return tuple(new(Token, (norm(word), start, end - 2 if word.endswith(possessive) else end))
                 for word, start, end in ((m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)))


@functools.lru_cache(maxsize=1 << 14)
def norm_tokens(text: str) -> tuple[str, ...]:
    """The folded tokens of a name (cached: building the indexes folds each alias often)."""
    return tuple(normalise_token(m.group()) for m in _TOKEN.finditer(text))


def _is_abbreviation(alias: str) -> bool:
    """One word with two or more capitals and no spaces: "BNSSG", "BaNES", "C&P"."""
    return " " not in alias and sum(ch.isupper() for ch in alias) >= 2


def _letters(alias: str) -> int:
    return sum(ch.isalpha() for ch in alias)


def _place_alias(kind: str, key: str, raw: str, markers: frozenset) -> Alias | None:
    """Classify an ICB or council alias: marked names are strong, bare place names weak."""
    if _is_abbreviation(raw):
        if _letters(raw) < MIN_BARE_ABBREVIATION:
            return None
        return Alias(kind, key, raw, True, "exact")
    if markers & set(norm_tokens(raw)):
        return Alias(kind, key, raw, True, "any")
    return Alias(kind, key, raw, False, "title")


def _named_alias(kind: str, key: str, raw: str, ambiguous: tuple[str, ...]) -> Alias:
    """Products and vendors: capitals-only words must match in capitals ("LAS", not "las")."""
    compact = raw.replace(" ", "")
    case = "exact" if compact.isupper() and " " not in raw else "initial"
    return Alias(kind, key, raw, raw not in ambiguous, case)


def _icb_aliases(tables: ReferenceTables) -> list[Alias]:
    extra = defaultdict(list)
    for code, base in tables.icb_extra_bases:
        extra[code].append(base)
    out = []
    for icb in tables.icbs.values():
        new_in_2026 = bool(icb.predecessors) and not icb.aliases
        for base in (icb.short_name, *extra[icb.ods_code]):
            out += [Alias("icb", icb.ods_code, f.format(base), True, "any") for f in ICB_FORMS]
            if not new_in_2026:
                out.append(Alias("icb", icb.ods_code, base, False, "title"))
        out.append(Alias("icb", icb.ods_code, icb.official_name, True, "any"))
        for alias in icb.aliases:
            out.append(_place_alias("icb", icb.ods_code, alias, ICB_MARKERS))
            head = alias.rsplit(" ", 1)[0]
            if alias.endswith((" ICB", " ICS")) and _is_abbreviation(head):
                out.append(_place_alias("icb", icb.ods_code, head, ICB_MARKERS))
    return [a for a in out if a]


def _council_aliases(tables: ReferenceTables) -> list[Alias]:
    names = [(c.gss_code, n) for c in tables.councils.values()
             for n in (c.name, c.short_name, *c.aliases)]
    out = [_place_alias("council", code, n, COUNCIL_MARKERS)
           for code, n in names + [(g, v) for v, g in tables.council_variants]]
    out = [a for a in out if a]
    # a name shared by a current and a former council ("Somerset") means the current one
    current = {norm_tokens(a.raw) for a in out if not tables.councils[a.key].abolished}
    return [a for a in out
            if not (tables.councils[a.key].abolished and norm_tokens(a.raw) in current)]


def _product_aliases(tables: ReferenceTables) -> list[Alias]:
    out = []
    for p in tables.products.values():
        head = p.name.split(" (")[0]
        for raw in dict.fromkeys((p.name, head, *p.aliases, *p.ambiguous_aliases)):
            out.append(_named_alias("product", p.name, raw, p.ambiguous_aliases))
    for v in tables.vendors.values():
        for raw in dict.fromkeys((v.name, *v.aliases, *v.ambiguous_aliases)):
            out.append(_named_alias("vendor", v.name, raw, v.ambiguous_aliases))
    return out


def build_aliases(tables: ReferenceTables) -> list[Alias]:
    """Every name each ICB, council, product and supplier is known by, classified."""
    return _icb_aliases(tables) + _council_aliases(tables) + _product_aliases(tables)


def _load_trusts(d: Path, icbs, problems: list[str]) -> dict[str, Trust]:
    where = _where(d, "nhs_trusts.csv")
    trusts = {}
    for code, (n, r) in _unique(d, _read(d, "nhs_trusts.csv", problems), "ods_code",
                                "nhs_trusts.csv", problems).items():
        if not r["name"] or not r["short_name"]:
            problems.append(f"{where}: row {n}: empty name or short_name")
            continue
        if r["closed"]:
            try:
                date.fromisoformat(r["closed"])
            except ValueError:
                problems.append(f"{where}: row {n}: closed '{r['closed']}' is not an ISO date")
        icb = r.get("icb_ods_code", "")
        if icb and icb not in icbs:
            problems.append(f"{where}: row {n}: icb_ods_code '{icb}' is not in icbs.csv")
        trusts[code] = Trust(code, r["name"], r["short_name"], split_list(r["common_aliases"]),
                             r["nation"], icb, r["closed"])
    return trusts


def load_reference(rules_dir: Path) -> ReferenceTables:
    """Read every reference table under `rules_dir`/reference and cross-check them.

    Raises `RulesError` listing every problem (missing files or columns, blank or duplicate
    codes, codes that point nowhere) so that one run shows everything to fix.
    """
    problems: list[str] = []
    icbs = _load_icbs(rules_dir, problems)
    councils, variants = _load_councils(rules_dir, problems)
    links = _load_links(rules_dir, icbs, councils, problems)
    products, vendors = _load_products(rules_dir, problems)
    extra = []
    for n, r in _read(rules_dir, "icb_extra_aliases.csv", problems):
        if r["icb_ods_code"] not in icbs:
            problems.append(f"{_where(rules_dir, 'icb_extra_aliases.csv')}: row {n}: unknown "
                            f"icb_ods_code '{r['icb_ods_code']}'")
        elif r["base_name"]:
            extra.append((r["icb_ods_code"], r["base_name"]))
    cues = _load_cues(rules_dir, problems)
    trusts = _load_trusts(rules_dir, icbs, problems)
    if problems:
        raise RulesError(problems)
    return ReferenceTables(rules_dir, icbs, councils, variants, tuple(extra), products,
                           vendors, links, cues, trusts)


# ---- NHS trusts -------------------------------------------------------------------------
# Trusts are found by `find_trusts` (pipeline.entities does not index them): an NHS trust's
# name usually holds a place that is also a council ("Leeds and York Partnership NHS
# Foundation Trust" holds "Leeds"), so a trust mention must be known to hide that council.

TRUST_SUFFIXES = ("NHS Foundation Trust", "NHS Trust", "NHS FT", "Foundation Trust", "FT",
                  "Trust")
TRUST_MARKERS = frozenset({"partnership", "hospital", "healthcare", "health", "care",
                           "teaching", "university", "community", "ambulance", "mental",
                           "children", "women", "orthopaedic", "cancer", "alliance",
                           "integrated", "service", "eye", "chest", "heart", "centre"})
MIN_TRUST_INITIALISM = 4  # "LYPFT", "ELFT"; "DPT" alone is too short to trust in text
_SPLITS_NAMES = re.compile(r"\||\n\s*\n")  # a name never runs across table cells or paragraphs


MINOR_TRUST_WORDS = frozenset({"and", "of", "the", "upon", "on", "in", "for", "nhs"})


def _content_words(name: str) -> list[str]:
    return [t for t in norm_tokens(name) if t not in MINOR_TRUST_WORDS]


def trust_initialisms(trust: Trust) -> tuple[str, ...]:
    """"Leeds and York Partnership" (an FT) -> ("LYPFT", "LYP"); generated, not curated."""
    words = [w for w in re.split(r"[\s,&'\-]+", trust.short_name) if w]
    letters = "".join(w[0].upper() for w in words
                      if w.lower() not in MINOR_TRUST_WORDS and w[0].isalpha())
    suffix = "FT" if "Foundation Trust" in trust.name else "T"
    return (letters + suffix, letters)


def trust_aliases(tables: ReferenceTables) -> list[Alias]:
    """Every name each trust is known by: the official name and the usual short forms.

    Strong ("any" case): the official name, with or without "The", the short name with
    any of the NHS suffixes ("Leeds and York Partnership NHS Trust", "... NHS FT",
    "... Foundation Trust"), curated aliases. Weak ("title" case): the bare short name
    ("Leeds and York Partnership") when it names no council or ICB and carries a marker
    word ("Partnership", "Hospitals", "Healthcare", ...); a bare name without one ("Tees,
    Esk and Wear Valleys") must be listed in `common_aliases`. Exact case: curated
    abbreviations ("TEWV") and the generated initialism with FT/T ("LYPFT").
    """
    taken = {norm_tokens(a.raw) for a in _council_aliases(tables) + _icb_aliases(tables)}
    out: list[Alias] = []
    initials: dict[str, set[str]] = defaultdict(set)
    for t in tables.trusts.values():
        names = {t.name, re.sub(r"^The\s+", "", t.name), *t.aliases}
        for base in {t.short_name, *(re.sub(r",?\s+(?:NHS Foundation Trust|NHS Trust)$", "", a)
                                     for a in t.aliases)}:
            names.update(f"{base} {suffix}" for suffix in TRUST_SUFFIXES)
            names.update(f"The {base} {suffix}" for suffix in TRUST_SUFFIXES[:3])
            if norm_tokens(base) not in taken and TRUST_MARKERS & set(_content_words(base)):
                out.append(Alias("trust", t.ods_code, base, False, "title"))
        for n in names:
            if _is_abbreviation(n):  # curated "TEWV", "SLaM": capitals as written
                if _letters(n) >= MIN_TRUST_INITIALISM:
                    out.append(Alias("trust", t.ods_code, n, True, "exact"))
            else:
                out.append(Alias("trust", t.ods_code, n, True, "any"))
        initials[trust_initialisms(t)[0]].add(t.ods_code)
    curated = {a.raw for a in out if a.case == "exact"}
    for raw, codes in initials.items():
        if raw in curated:
            continue  # "NHFT" is written for Northamptonshire, not Nottinghamshire Healthcare
        if len(codes) == 1 and len(raw) >= MIN_TRUST_INITIALISM + (raw.endswith("T")
                                                                    and not raw.endswith("FT")):
            out.append(Alias("trust", next(iter(codes)), raw, True, "exact"))
    return out


@dataclass(frozen=True)
class TrustMention:
    code: str
    start: int
    end: int
    strong: bool


class _TrustIndex:
    def __init__(self, tables: ReferenceTables):
        self.trie: dict = {}
        self.max_len = 1
        for alias in trust_aliases(tables):
            toks = norm_tokens(alias.raw)
            if not toks:
                continue
            node = self.trie
            for tok in toks:
                node = node.setdefault(tok, {})
            node.setdefault(None, []).append(alias)
            self.max_len = max(self.max_len, len(toks))

    def find(self, text: str) -> list[TrustMention]:
        tokens = tokenise(text)
        found = []
        root = self.trie
        for i in [i for i, t in enumerate(tokens) if t.norm in root]:  # a name starts with a known word
            node, best = root, None
            for j in range(i, min(len(tokens), i + self.max_len)):
                if j > i and _SPLITS_NAMES.search(text, tokens[j - 1].end, tokens[j].start):
                    break
                node = node.get(tokens[j].norm)
                if node is None:
                    break
                ok = [a for a in node.get(None, ()) if _trust_case_ok(a, text, tokens[i:j + 1])]
                if ok:
                    strong = [a for a in ok if a.strong] or ok
                    best = (j + 1, strong[0], {a.key for a in strong})
            if best and len(best[2]) == 1:  # a name two trusts share names neither
                found.append((i, best[0], best[1]))
        kept, taken = [], set()
        for i, j, alias in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
            if taken.intersection(range(i, j)):
                continue
            taken.update(range(i, j))
            kept.append(TrustMention(alias.key, tokens[i].start, tokens[j - 1].end, alias.strong))
        return sorted(kept, key=lambda m: m.start)


def _trust_case_ok(alias: Alias, text: str, toks: list[Token]) -> bool:
    span = text[toks[0].start:toks[-1].end]
    if alias.case == "exact":
        return span == alias.raw
    if alias.case == "title":
        words = [text[t.start:t.end] for t in toks if t.norm not in MINOR_TRUST_WORDS]
        return all(w[:1].isupper() or w[:1].isdigit() for w in words)
    return True


_TRUST_INDEXES: dict[int, tuple[ReferenceTables, _TrustIndex]] = {}


def find_trusts(tables: ReferenceTables, text: str) -> list[TrustMention]:
    """NHS trusts named in `text`, longest mention first kept, in text order.

    "Leeds and York Partnership NHS Foundation Trust", "Leeds and York Partnership" and
    "LYPFT" all give RGD; "Leeds" alone gives nothing (that is the council's name).
    """
    entry = _TRUST_INDEXES.get(id(tables))
    if entry is None or entry[0] is not tables:
        entry = _TRUST_INDEXES[id(tables)] = (tables, _TrustIndex(tables))
    return entry[1].find(text)
