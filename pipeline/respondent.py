"""Work out which council or ICB wrote a response, and say what the evidence was.

Evidence is weighed in a fixed order, and a later kind only breaks a tie left by an
earlier one:

1. the name in the letterhead (top lines, before "Dear ..." or the first question) or in
   the signature block (after "Kind regards" / "Yours sincerely");
2. e-mail addresses and web addresses: foi@thurrock.gov.uk, www.devon.gov.uk,
   bnssg.icb.nhs.uk (only labels that name one body);
3. the body naming itself: "Thurrock Council received your request", "... are Devon
   County Council (DCC) commissioned";
4. the file name: "essex_cc_foi.pdf", "thurrock_asc.txt".

When two bodies are still tied at the end the answer is None: a wrong respondent would
mislabel every value of the document. The phrasings used (sign-offs, self-reference
cues, file-name abbreviations) are data in rules/reference/respondent_cues.csv.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.entities import EntityMatch, Gazetteer

LETTERHEAD_LINES = 15
SIGNATURE_LINES = 15
LETTERHEAD_MAX_WORDS = 20  # a longer line is prose: the letter has begun
NAME_LINE_MAX_WORDS = 8  # a signature line without a sign-off must be this short
NAME_FILLS_LINE = 0.75  # ... and the name must fill this share of it
CUE_WINDOW = 60  # characters either side of a mention searched for self-reference cues
SELF_REFERENCE_WEIGHT = 2
_HOST = re.compile(r"(?<![\w.-])((?:[a-z0-9-]+\.)+(gov\.uk|gov\.wales|gov\.scot|llyw\.cymru"
                   r"|nhs\.uk))\b", re.IGNORECASE)
_NOT_A_NAME = frozenset({"www", "icb", "ics", "foi", "nhs", "mail", "email"})
_COUNCIL_WORDS = re.compile(
    r"\b(?:london borough of|royal borough of|city and county of|city of|county borough|"
    r"metropolitan borough|metropolitan district|borough|county|city|council|the)\b")


@dataclass(frozen=True)
class _Evidence:
    tier: str  # "letterhead", "signature", "domain", "body", "file_name"
    match: EntityMatch
    weight: int = 1


def detect_respondent(text: str, source_file: str, gazetteer: Gazetteer) -> EntityMatch | None:
    """The body that wrote `text`, with the evidence used in `flags`, or None on a tie.

    A letter headed "Thurrock Council" and signed "Kind regards, FOI Team, Thurrock
    Council" gives Thurrock Council (E06000034) flagged ("letterhead", "signature").
    File-name evidence has no place in the text: its match has start == end == 0, text "".
    """
    cues = defaultdict(list)
    for cue in gazetteer.tables.cues:
        cues[cue.kind].append(cue)
    mentions = [m for m in gazetteer.find_councils(text) + gazetteer.find_icbs(text)
                if not m.ambiguous]
    tiers = (_header_evidence(text, mentions, cues), _domain_evidence(text, gazetteer),
             _body_evidence(text, mentions, cues),
             _file_name_evidence(source_file, gazetteer, cues))
    return _decide(tiers)


def _decide(tiers) -> EntityMatch | None:
    """Weigh each tier in turn; a later tier only chooses among those tied before it."""
    contenders: set | None = None
    used: list[str] = []
    for evidence in tiers:
        if contenders is not None:
            evidence = [e for e in evidence if _key(e.match) in contenders]
        if not evidence:
            continue
        weights: dict[tuple[str, str], int] = defaultdict(int)
        for e in evidence:
            weights[_key(e.match)] += e.weight
        top = max(weights.values())
        leaders = {k for k, w in weights.items() if w == top}
        for e in evidence:
            if _key(e.match) in leaders and e.tier not in used:
                used.append(e.tier)
        if len(leaders) == 1:
            best = next(e.match for e in evidence if _key(e.match) in leaders)
            return replace(best, flags=tuple(used) + best.flags)
        contenders = leaders
    return None


def _key(m: EntityMatch) -> tuple[str, str]:
    return (m.kind, m.code)


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Non-empty lines as (start, end, line)."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((pos, pos + len(line.rstrip("\r\n")), line.strip()))
        pos += len(line)
    return out


def _is(kind: str, line: str, cues) -> bool:
    return any(c.pattern.search(line) for c in cues[kind])


def _header_evidence(text: str, mentions: list[EntityMatch], cues) -> list[_Evidence]:
    """Names standing in the letterhead or the signature block.

    Without a sign-off ("Kind regards") a signature line counts only when the name fills
    most of a short line, so an answer such as "We work with Mid and South Essex ICB." at
    the end of a response is not read as a signature.
    """
    lines = _lines(text)
    spans: list[tuple[str, int, int, bool]] = []  # tier, start, end, name must fill line
    top = 0
    for top, (start, end, line) in enumerate(lines[:LETTERHEAD_LINES], start=1):
        if (_is("letter_start", line, cues) or _is("question_line", line, cues)
                or len(line.split()) > LETTERHEAD_MAX_WORDS):
            top -= 1
            break
        if not _is("subject_line", line, cues):
            spans.append(("letterhead", start, end, False))
    tail = lines[max(top, len(lines) - SIGNATURE_LINES):]
    sign_off = max((i for i, (_, _, line) in enumerate(tail) if _is("sign_off", line, cues)),
                   default=None)
    for i, (start, end, line) in enumerate(tail):
        if sign_off is not None and i > sign_off:
            spans.append(("signature", start, end, False))
        elif (sign_off is None and len(line.split()) <= NAME_LINE_MAX_WORDS
              and not _is("question_line", line, cues)
              and not (i and _is("question_line", tail[i - 1][2], cues))):
            spans.append(("signature", start, end, True))
    out = []
    for m in mentions:
        for tier, start, end, strict in spans:
            if not start <= m.start < end:
                continue
            if "bare_name" in m.flags and _is("address_line", text[start:end], cues):
                continue  # "Park House, Waterloo Street, Birmingham B2 5TJ": the town, not the writer
            if not strict or len(m.text) >= NAME_FILLS_LINE * (end - start):
                out.append(_Evidence(tier, m))
    return out


def _domain_evidence(text: str, gazetteer: Gazetteer) -> list[_Evidence]:
    """foi@thurrock.gov.uk -> Thurrock Council; midandsouthessex.icb.nhs.uk -> QH8."""
    councils, icbs = _domain_keys(gazetteer)
    out = []
    for found in _HOST.finditer(text):
        host, suffix = found.group(1).lower(), found.group(2).lower()
        labels = [x for x in host[:-len(suffix) - 1].split(".") if x not in _NOT_A_NAME]
        if not labels:
            continue
        label = labels[-1]
        if suffix == "nhs.uk":
            label = re.sub(r"^nhs|icb$|ics$", "", label) if label not in icbs else label
            hit, kind = icbs.get(label), "icb"
        else:
            hit, kind = councils.get(label), "council"
        if hit:
            name = (gazetteer.tables.icbs[hit].official_name if kind == "icb"
                    else gazetteer.tables.councils[hit].name)
            out.append(_Evidence("domain", EntityMatch(kind, name, hit, found.start(1),
                                                       found.end(1), found.group(1), 100.0)))
    return out


@functools.lru_cache(maxsize=8)
def _domain_keys(gazetteer: Gazetteer) -> tuple[dict[str, str], dict[str, str]]:
    """Domain labels that name exactly one council / one ICB ("thurrock", "bnssg")."""
    council_keys: dict[str, set[str]] = defaultdict(set)
    for c in gazetteer.tables.councils.values():
        if c.abolished:
            continue
        for name in (c.name, c.short_name, *c.aliases):
            for key in _label_forms(name, strip=_COUNCIL_WORDS):
                council_keys[key].add(c.gss_code)
    icb_keys: dict[str, set[str]] = defaultdict(set)
    extra = defaultdict(list)
    for code, base in gazetteer.tables.icb_extra_bases:
        extra[code].append(base)
    for icb in gazetteer.tables.icbs.values():
        names = [icb.short_name, *extra[icb.ods_code]]
        names += [a.rsplit(" ", 1)[0] for a in icb.aliases if a.endswith(" ICB")]
        for name in names:
            for key in _label_forms(name):
                icb_keys[key].add(icb.ods_code)
    return ({k: next(iter(v)) for k, v in council_keys.items() if len(v) == 1 and k},
            {k: next(iter(v)) for k, v in icb_keys.items() if len(v) == 1 and k})


def _label_forms(name: str, strip: re.Pattern | None = None) -> set[str]:
    """"London Borough of Barking and Dagenham" -> {"barkinganddagenham", "barkingdagenham"}."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("&", " and ")
    if strip is not None:
        text = strip.sub(" ", text)
    text = re.sub(r"^nhs\b", " ", text)
    squashed = re.sub(r"[^a-z0-9]", "", text)
    return {squashed, re.sub(r"[^a-z0-9]", "", re.sub(r"\band\b", " ", text))}


def _body_evidence(text: str, mentions: list[EntityMatch], cues) -> list[_Evidence]:
    """Mentions of a body speaking for itself; plain mentions count only alongside one."""
    plain, cued = [], set()
    for m in mentions:
        if "bare_name" in m.flags:
            continue
        after = text[m.end:m.end + CUE_WINDOW]
        before = text[max(0, m.start - CUE_WINDOW):m.start]
        if (any(c.pattern.search(after) for c in cues["self_after"])
                or any(c.pattern.search(before) for c in cues["self_before"])):
            plain.append(_Evidence("body", m, SELF_REFERENCE_WEIGHT))
            cued.add(_key(m))
        elif m.kind == "council":
            plain.append(_Evidence("body", m))
    return [e for e in plain if _key(e.match) in cued]


def _file_name_evidence(source_file: str, gazetteer: Gazetteer, cues) -> list[_Evidence]:
    """"essex_cc_foi.pdf" -> Essex County Council; "devon_foi.txt" -> Devon twice: a tie."""
    words = []
    for word in re.split(r"[_\-.\s]+", Path(source_file or "").stem):
        for cue in cues["file_name_expansion"]:
            if cue.pattern.search(word.lower()):
                word = cue.replacement
                break
        words += [w if w.isupper() else w[:1].upper() + w[1:] for w in word.split()]
    name_text = " ".join(words)
    found = gazetteer.find_councils(name_text) + gazetteer.find_icbs(name_text)
    return [_Evidence("file_name", replace(m, start=0, end=0, text="")) for m in found
            if "split" not in m.flags]
