"""Work out which council, ICB or NHS trust wrote a response, how sure we are, and why.

Each mention of a body is weighed by where it stands, and the weights of one body are
added up (one per kind of place; plain mentions in the answers add little and are capped):

| source           | where                                                          | weight |
|------------------|----------------------------------------------------------------|--------|
| `letterhead`     | top lines, before "Dear ..." or the first question             | 3.0    |
| `signature`      | after the last "Yours sincerely" / "Kind regards"; 2.0 for a   | 3.0    |
|                  | bare last line or the lines after an earlier sign-off (thread) |        |
| `email_domain`   | foi@leeds.gov.uk, tewv.nhs.uk, lypft.foi@nhs.net: 2.5 in a     | 1.5    |
|                  | From:/letterhead/signature line, 0.6 for a web address or an   |        |
|                  | address inside the answers                                     |        |
| `opening`        | "Thank you for your request to X", "Dear X,", "X received your | 2.5    |
|                  | request", before the first question                            |        |
| `self_reference` | the same cues later on ("X holds ...": 1.0); "The Trust holds", | 1.0 / 2.0 |
|                  | "our Council" backing the body of that kind named most (2.0)   |        |
| `page_title`     | a saved web page's `<title>` ("... | Walsall Council"): the     | 2.5    |
|                  | publisher of a disclosure-log page that never names itself     |        |
| `filename`       | "essex_cc_foi.pdf"                                             | 1.0    |
| `body_text`      | any other mention (the answers); at most 0.9 in all            | 0.3    |

A mention that is part of a longer name does not count for the shorter one: "Leeds and
York Partnership NHS Foundation Trust" names the trust, not Leeds City Council. A council
named as an NHS locality ("Rochdale Locality", "Bury place", "NHS Rochdale CCG") is not
the council speaking. A body named only in the answers is never enough on its own.

The result carries a `confidence` (0-1: how strong the winner's evidence is, and how far it
is ahead of the runner-up, whose answer-text and file-name evidence counts half), its
`evidence` (source, weight and character span of every
piece) and `needs_review` when the confidence is below REVIEW_BELOW. When two bodies are
(nearly) tied, or the winner rests on answer text only, the result is `ambiguous`: a wrong
respondent would mislabel every value of the document. A body missing from the tables
(a district council, a former CCG) that speaks for itself competes as kind "other" (no
code, always ambiguous), so that the county it refers the requester to is not chosen.
"""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.entities import EntityMatch, Gazetteer
from pipeline.gazetteer import find_trusts, trust_initialisms
from pipeline.patterns import AnyOf
from pipeline.spans import SpanSet

LETTERHEAD_LINES = 15
SIGNATURE_LINES = 15
LETTERHEAD_MAX_WORDS = 20  # a longer line is prose: the letter has begun
NAME_LINE_MAX_WORDS = 8  # a signature line without a sign-off must be this short
NAME_FILLS_LINE = 0.75  # ... and the name must fill this share of it
CUE_WINDOW = 60  # characters either side of a mention searched for self-reference cues
OPENING_CHARS = 1500  # the opening runs at most this far past the letterhead
MID_SIGNATURE_LINES = 3  # lines after a sign-off that is not the last one (a thread)

WEIGHTS = {"letterhead": 3.0, "signature": 3.0, "signature_line": 2.0, "header_domain": 2.5,
           "email": 1.5, "web": 0.6, "opening": 2.5, "self_reference": 1.0, "self_kind": 2.0,
           "filename": 1.0, "page_title": 2.5, "body_text": 0.3}
UNSPANNED = frozenset({"filename", "page_title"})  # evidence that is not in the text
STRONG = frozenset({"letterhead", "signature", "opening", "page_title"})  # and a domain in a header line
WEAK_RIVAL = 0.5  # a runner-up's answer-text / file-name evidence counts half against the winner
BODY_TEXT_CAP = 0.9
FULL_STRENGTH = 3.0  # a score this high (one letterhead) is as strong as it gets
TIE_MARGIN = 0.15  # runner-up within 15% of the winner: a tie
REVIEW_BELOW = 0.6  # confidence under this sends the respondent to review

_HOST = re.compile(r"(?<![\w.-])(?:([\w.%+-]+)@)?((?:[a-z0-9-]+\.)*(gov\.uk|gov\.wales|gov\.scot"
                   r"|llyw\.cymru|nhs\.uk|nhs\.net))\b", re.IGNORECASE)
# the suffixes alone: a text without one holds no address (a much quicker search than _HOST's)
_HOST_SUFFIX = re.compile(r"(?:gov\.uk|gov\.wales|gov\.scot|llyw\.cymru|nhs\.uk|nhs\.net)\b", re.IGNORECASE)
_NOT_A_NAME = frozenset({"www", "icb", "ics", "foi", "nhs", "mail", "email", "info",
                         "enquiries", "enquiry", "request", "requests", "foirequests",
                         "foirequest", "freedomofinformation", "ig", "dpo", "pals", "contact",
                         "communications", "england", "digital", "team", "office", "net",
                         "informationgovernance", "data", "dataprotection", "gov", "uk"})
_COUNCIL_WORDS = re.compile(
    r"\b(?:london borough of|royal borough of|city and county of|city of|county borough|"
    r"metropolitan borough|metropolitan district|borough|county|city|council|the)\b")
# Phrasings not (yet) in rules/reference/respondent_cues.csv; they could move there.
_LOCALITY_AFTER = re.compile(
    r"[ \t]*(?:[-\u2013][ \t]*)?(?:locality|localities|place\b|place-based|care organisation"
    r"|CCG|clinical commissioning group|borough partnership|health and care partnership"
    r"|integrated care partnership|ICP\b|neighbourhood|sub-ICB|system\b)", re.IGNORECASE)
_NHS_BEFORE = re.compile(r"\bNHS[ \t]+$")
_OPENING_BEFORE = re.compile(
    r"(?:\b(?:request|email|e-mail|letter|enquiry|application|correspondence|query)\b"
    r"[^.\n?]{0,80}?(?<!relating )(?<!related )(?<!relation )(?<!regard )(?<!respect )"
    r"(?<!reference )(?<!pertaining )(?<!access )(?<!due )\bto"
    r"|\b(?:received|considered|handled|dealt with|processed|answered) by"
    r"|\bcontacting|\bwritten on behalf of|\bresponse on behalf of"
    r"|^[ \t]*Dear)\s+(?:the\s+)?$",
    re.IGNORECASE | re.MULTILINE)
_OPENING_AFTER = re.compile(
    r"^\s*\)?\s*(?:\([A-Z][A-Za-z& ]{1,10}\)\s*)?(?:does|do|did|can|cannot|will|would|has|have)"
    r"(?:\s+not)?\s+(?:hold|holds|held|record|recorded|collect|confirm|provide|publish)\b"
    r"|^['\u2019]s\s+(?:response|reply|answer)\b"
    r"|^(?:['\u2019]s)?\s+(?:Freedom of Information|FOI|Information Governance|Information "
    r"Rights|Information Management|Data Protection|Corporate Information)\s+(?:Team|Office"
    r"|Officer|Department|Unit|Service)", re.IGNORECASE)
_SELF_KIND = re.compile(  # "The Trust does not hold", "held by the Council", "our ICB"
    r"(?:\b[Tt]he (?P<a>Trust|Council|ICB|Integrated Care Board)(?:['\u2019]s)?"
    r"\s+(?:does|do|did|has|have|had|holds|hold|is|are|was|can|cannot|can't|will|would"
    r"|received|receives|confirms?|aims|provides|publishes|commissions|operates|employs"
    r"|uses|records|currently|only|also|therefore|may)\b"
    r"|\b(?:held|recorded|received) by the (?P<b>Trust|Council|ICB|Integrated Care Board)\b"
    r"|\b(?:within|across) the (?P<c>Trust)\b"
    r"|\b(?:[Oo]ur|[Tt]his) (?P<d>Trust|Council|ICB|Integrated Care Board)\b)")
_SELF_KINDS = {"Trust": "trust", "Council": "council", "ICB": "icb",
               "Integrated Care Board": "icb"}
# A body missing from the reference tables (a district council, a former CCG) speaking
# for itself must not leave the field to a body it merely names ("Dover District Council
# does not hold ... the social care authority is Kent County Council").
_UNLISTED_BODY = re.compile(
    r"\b(?:NHS[ \t]+)?[A-Z][A-Za-z'\u2019-]+(?:,?[ \t]+(?:and|upon|on|in|&"
    r"|[A-Z][A-Za-z'\u2019-]+)){0,5}[ \t]+(?:District Council|Borough Council|City Council"
    r"|Town Council|Parish Council"
    r"|Clinical Commissioning Group|CCG|Primary Care Trust|PCT)\b")
_FROM_LINE = re.compile(r"^\s*(?:From|Sender|Sent by|Reply-To)\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence for a body: what kind, how much it weighs, where it stands."""

    source: str  # letterhead, signature, email_domain, opening, self_reference, page_title, filename, body_text
    kind: str
    code: str
    name: str
    weight: float
    start: int = 0
    end: int = 0
    text: str = ""


@dataclass(frozen=True)
class Respondent(EntityMatch):
    """The body that wrote a response: an EntityMatch (kind council/icb/trust) plus how
    sure we are (`confidence`), why (`evidence`), and the bodies it beat (`runners_up`:
    (kind, code, name, score))."""

    confidence: float = 0.0
    evidence: tuple[Evidence, ...] = ()
    runners_up: tuple[tuple[str, str, str, float], ...] = ()
    needs_review: bool = False

    @property
    def source(self) -> str:
        """The strongest kind of evidence for the winner ("letterhead", "filename", ...)."""
        return self.flags[0] if self.flags else ""

    @property
    def evidence_summary(self) -> str:
        """"letterhead 0-16 'Thurrock Council'; email_domain 120-139 'foi@thurrock.gov.uk'"."""
        mine = [e for e in self.evidence if (e.kind, e.code) == (self.kind, self.code)]
        return "; ".join(f"{e.source} {e.start}-{e.end} {e.text!r}" for e in mine)


class _Cues(defaultdict):
    """The respondent cues by kind, and each kind's patterns asked in one regex pass."""

    def __init__(self, cues):
        super().__init__(list)
        for cue in cues:
            self[cue.kind].append(cue)
        self._any: dict[str, AnyOf] = {}

    def any_of(self, kind: str) -> AnyOf:
        found = self._any.get(kind)
        if found is None:
            found = self._any[kind] = AnyOf([c.pattern for c in self[kind]])
        return found


_CUES: list = [None, None]  # (the cues tuple, its _Cues): built once per gazetteer


def _cues(cues: tuple) -> _Cues:
    if _CUES[0] is not cues:
        _CUES[:] = [cues, _Cues(cues)]
    return _CUES[1]


def detect_respondent(text: str, source_file: str, gazetteer: Gazetteer, title: str = "") -> Respondent | None:
    """The body that wrote `text`, or None when nothing names one.

    A letter headed "Thurrock Council" and signed "Kind regards, FOI Team, Thurrock
    Council" gives Thurrock Council (E06000034) with flags ("letterhead", "signature") and
    confidence 1.0. File-name evidence has no place in the text: its span is 0-0, text "".
    A tie (or answer text only) gives an `ambiguous` result with a low confidence.
    """
    cues = _cues(gazetteer.tables.cues)
    hosts = list(_HOST.finditer(text)) if _HOST_SUFFIX.search(text) else []
    in_host = SpanSet([(f.start(), f.end()) for f in hosts])
    mentions = [m for m in _mentions(text, gazetteer) if not in_host.overlaps(m.start, m.end)]  # "FOI@Essex.gov.uk"
    layout = _layout(text, cues)
    evidence = (_mention_evidence(text, mentions, layout, cues)
                + _domain_evidence(hosts, gazetteer, layout)
                + _file_name_evidence(source_file, gazetteer, cues)
                + (_named_in(title, gazetteer, "page_title") if title else []))
    evidence += _unlisted_evidence(text, mentions, layout, cues)
    evidence += _self_kind_evidence(text, evidence)
    found = _decide(evidence, mentions)
    if found is not None and found.kind == "council" and not found.ambiguous \
            and _writes_from_nhs(hosts, layout) and "email_domain" not in found.flags:
        # "CORNWALL 2024" over a letter from cpn-tr.freedomofinformation@nhs.net: an NHS
        # body writes, whatever council its page names; a person decides
        found = replace(found, ambiguous=True, confidence=min(found.confidence, 0.3))
    return found


def _writes_from_nhs(hosts: list[re.Match], layout: "_Layout") -> bool:
    """True when an nhs.net / nhs.uk address stands in the letterhead or before the answers."""
    return any(found.group(3).lower() in ("nhs.uk", "nhs.net") and found.group(1)
               and found.start() < layout.opening[1] for found in hosts)


# ---- mentions ---------------------------------------------------------------------------

def _mentions(text: str, gazetteer: Gazetteer) -> list[EntityMatch]:
    """Councils, ICBs and trusts named in `text`; a name inside a trust's name, or a
    council named as an NHS locality, is dropped."""
    tables = gazetteer.tables
    trusts = [EntityMatch("trust", tables.trusts[t.code].name, t.code, t.start, t.end,
                          text[t.start:t.end], 100.0, False, () if t.strong else ("bare_name",))
              for t in find_trusts(tables, text)]
    out = list(trusts)
    in_trust = SpanSet([(t.start, t.end) for t in trusts])
    for m in gazetteer.find_councils(text) + gazetteer.find_icbs(text):
        if m.ambiguous:
            continue
        if in_trust.overlaps(m.start, m.end):
            continue  # "Leeds" in "Leeds and York Partnership NHS Foundation Trust"
        if m.kind == "council" and (_LOCALITY_AFTER.match(text, m.end)
                                    or _NHS_BEFORE.search(text[max(0, m.start - 8):m.start])):
            continue  # "Rochdale Locality", "NHS Rochdale CCG"
        out.append(m)
    return sorted(out, key=lambda m: m.start)


# ---- layout -----------------------------------------------------------------------------

@dataclass
class _Layout:
    # (zone, start, end, strict): zone letterhead / signature / signature_mid / from_line
    spans: list[tuple[str, int, int, bool]] = field(default_factory=list)
    opening: tuple[int, int] = (0, 0)
    _by_start: dict = field(default_factory=dict)
    _starts: list = field(default_factory=list)

    def index(self) -> None:
        """Index the spans by line; each span is a whole line, so lines never half-overlap."""
        by_start: dict[int, list] = defaultdict(list)
        for span in self.spans:
            by_start[span[1]].append(span)
        self._by_start, self._starts = dict(by_start), sorted(by_start)

    def around(self, pos: int) -> list[tuple[str, int, int, bool]]:
        """The spans holding offset `pos`, in the order they were found."""
        k = bisect.bisect_right(self._starts, pos) - 1
        if k < 0:
            return []
        return [span for span in self._by_start[self._starts[k]] if span[1] <= pos < span[2]]


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Non-empty lines as (start, end, line)."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((pos, pos + len(line.rstrip("\r\n")), line.strip()))
        pos += len(line)
    return out


_ATTACHMENT = re.compile(r"=+ ?attachment \d+: .+ ?=+$", re.IGNORECASE)  # as ingest.eml writes it


def _is(kind: str, line: str, cues) -> bool:
    return cues.any_of(kind).search(line)


def _layout(text: str, cues) -> _Layout:
    """Where the letterhead, the signature block, "From:" lines and the opening are.

    Without a sign-off ("Kind regards") a last line counts as a signature only when a name
    fills most of a short line (checked per mention), so an answer such as "We work with
    Mid and South Essex ICB." at the end of a response is not read as a signature.
    """
    lines = _lines(text)
    layout = _Layout()
    top = 0
    for top, (start, end, line) in enumerate(lines[:LETTERHEAD_LINES], start=1):
        if (_is("letter_start", line, cues) or _is("question_line", line, cues)
                or len(line.split()) > LETTERHEAD_MAX_WORDS):
            top -= 1
            break
        if not _is("subject_line", line, cues):
            layout.spans.append(("letterhead", start, end, False))
    # a reply signed off before its attachments (a policy, terms of reference) ends there:
    # the names in the attachment are not its signature
    attached = next((n for n, (_, _, line) in enumerate(lines) if _ATTACHMENT.match(line)), len(lines))
    if attached < len(lines) and not any(_is("sign_off", line, cues) for _, _, line in lines[top:attached]):
        attached = len(lines)
    tail = lines[max(top, attached - SIGNATURE_LINES):attached]
    sign_off = max((i for i, (_, _, line) in enumerate(tail) if _is("sign_off", line, cues)),
                   default=None)
    for i, (start, end, line) in enumerate(tail):
        if sign_off is not None and i > sign_off:
            layout.spans.append(("signature", start, end, False))
        elif (sign_off is None and len(line.split()) <= NAME_LINE_MAX_WORDS
              and not _is("question_line", line, cues)
              and not (i and _is("question_line", tail[i - 1][2], cues))):
            layout.spans.append(("signature", start, end, True))
    tail_start = tail[0][0] if tail else len(text)
    for n, (start, end, line) in enumerate(lines):
        if _FROM_LINE.match(line):
            layout.spans.append(("from_line", start, end, False))
        if start < tail_start and _is("sign_off", line, cues):  # a letter inside a thread
            for s_start, s_end, s_line in lines[n + 1:n + 1 + MID_SIGNATURE_LINES]:
                if s_start >= tail_start or _is("letter_start", s_line, cues):
                    break
                layout.spans.append(("signature_mid", s_start, s_end, False))
    body_start = lines[top][0] if top < len(lines) else len(text)
    first_question = next((s for s, _, line in lines[top:] if _is("question_line", line, cues)
                           and not _is("letter_start", line, cues)), len(text))
    layout.opening = (body_start, min(first_question, body_start + OPENING_CHARS))
    layout.index()
    return layout


def _zone(layout: _Layout, m_start: int, m_end: int, text: str, cues,
          bare: bool) -> tuple[str, bool] | None:
    """The zone a mention stands in, and whether it is a strict (bare last-line) signature."""
    for zone, start, end, strict in layout.around(m_start):
        if bare and _is("address_line", text[start:end], cues):
            continue  # "Park House, Waterloo Street, Birmingham B2 5TJ": the town, not the writer
        if strict and (m_end - m_start) < NAME_FILLS_LINE * (end - start):
            continue
        return zone, strict
    return None


# ---- evidence ---------------------------------------------------------------------------

def _self_cued(text: str, m: EntityMatch, cues) -> bool:
    after = text[m.end:m.end + CUE_WINDOW]
    before = text[max(0, m.start - CUE_WINDOW - 60):m.start]
    return (cues.any_of("self_after").search(after)
            or cues.any_of("self_before").search(before[-CUE_WINDOW:])
            or bool(_OPENING_BEFORE.search(before)) or bool(_OPENING_AFTER.match(after)))


def _mention_evidence(text: str, mentions: list[EntityMatch], layout: _Layout,
                      cues) -> list[Evidence]:
    out = []
    for m in mentions:
        bare = "bare_name" in m.flags
        if bare and m.kind == "council":
            line_start = text.rfind("\n", 0, m.start) + 1
            line_end = text.find("\n", m.end)
            if _is("address_line", text[line_start:line_end if line_end >= 0 else None], cues):
                continue  # "2 Example Road, Leeds LS1 9ZZ": the town, not the writer
        zone = _zone(layout, m.start, m.end, text, cues, bare and m.kind == "council")
        if zone and zone[0] in ("letterhead", "signature", "signature_mid"):
            source = "signature" if zone[0] == "signature_mid" else zone[0]
            weight = (WEIGHTS["signature_line"] if zone[1] or zone[0] == "signature_mid"
                      else WEIGHTS[source])
        elif zone and zone[0] == "from_line":
            source, weight = "email_domain", WEIGHTS["header_domain"]
        elif not (bare and m.kind == "council") and _self_cued(text, m, cues):
            opening = layout.opening[0] <= m.start < layout.opening[1]
            source = "opening" if opening else "self_reference"
            weight = WEIGHTS[source]
        else:
            source, weight = "body_text", WEIGHTS["body_text"]
        out.append(Evidence(source, m.kind, m.code, m.name, weight, m.start, m.end, m.text))
    return out


def _unlisted_evidence(text: str, mentions: list[EntityMatch], layout: _Layout,
                       cues) -> list[Evidence]:
    """Bodies not in the tables that speak for themselves (kind "other", no code)."""
    out = []
    listed = SpanSet([(m.start, m.end) for m in mentions])
    for found in _UNLISTED_BODY.finditer(text):
        if listed.overlaps(found.start(), found.end()):
            continue  # a listed body ("Leeds City Council", "West Berkshire District Council")
        m = EntityMatch("other", found.group(0), "", found.start(), found.end(),
                        found.group(0), 100.0)
        zone = _zone(layout, m.start, m.end, text, cues, False)
        if zone and zone[0] in ("letterhead", "signature"):
            source, weight = zone[0], WEIGHTS[zone[0]]
        elif _self_cued(text, m, cues):
            opening = layout.opening[0] <= m.start < layout.opening[1]
            source = "opening" if opening else "self_reference"
            weight = WEIGHTS["opening" if opening else "self_kind"]
        else:
            continue
        out.append(Evidence(source, "other", m.name, m.name, weight, m.start, m.end, m.text))
    return out


def _domain_evidence(hosts: list[re.Match], gazetteer: Gazetteer, layout: _Layout) -> list[Evidence]:
    """foi@thurrock.gov.uk -> Thurrock Council; tewv.nhs.uk -> TEWV; lypft.foi@nhs.net -> RGD
    (`hosts`: the text's matches of `_HOST`)."""
    keys = _domain_keys(gazetteer)
    tables = gazetteer.tables
    out = []
    for found in hosts:
        local, host, suffix = found.group(1), found.group(2).lower(), found.group(3).lower()
        raw = host[:-len(suffix) - 1].split(".")
        if suffix == "nhs.net" and local:
            raw = re.split(r"[._+-]", local.lower())
        labels = [x for x in raw if x and x not in _NOT_A_NAME]
        says_icb = any(x in ("icb", "ics") or x.endswith(("icb", "ics")) for x in raw)
        hit = None
        for label in reversed(labels):
            if suffix in ("nhs.uk", "nhs.net"):
                stripped = re.sub(r"^nhs|icb$|ics$", "", label)
                icb = keys["icb"].get(label) or (keys["icb"].get(stripped) if stripped else None)
                trust = None if says_icb else keys["trust"].get(label)
                hit = trust if trust and not icb else icb if icb and not trust else None
            else:
                hit = keys["council"].get(label)
            if hit:
                break
        if not hit:
            continue
        kind, code = hit
        name = {"icb": lambda c: tables.icbs[c].official_name,
                "council": lambda c: tables.councils[c].name,
                "trust": lambda c: tables.trusts[c].name}[kind](code)
        zone = None
        for z, start, end, strict in layout.around(found.start()):
            if not strict:
                zone = z
                break
        # an address given inside the answers ("... called Healthy Families: x@nelft.nhs.uk")
        # is another body's contact, weighed as a web address
        in_answers = found.start() >= layout.opening[1]
        weight = (WEIGHTS["header_domain"] if zone else
                  WEIGHTS["email"] if local and not in_answers else WEIGHTS["web"])
        out.append(Evidence("email_domain", kind, code, name, weight, found.start(),
                            found.end(), found.group(0)))
    return out


@functools.lru_cache(maxsize=8)
def _domain_keys(gazetteer: Gazetteer) -> dict[str, dict[str, tuple[str, str]]]:
    """Domain labels that name exactly one body of a kind ("thurrock", "bnssg", "tewv")."""
    keys: dict[str, dict[str, set[str]]] = {"council": defaultdict(set), "icb": defaultdict(set),
                                            "trust": defaultdict(set)}
    tables = gazetteer.tables
    for c in tables.councils.values():
        if c.abolished:
            continue
        for name in (c.name, c.short_name, *c.aliases):
            for key in _label_forms(name, strip=_COUNCIL_WORDS):
                keys["council"][key].add(c.gss_code)
    extra = defaultdict(list)
    for code, base in tables.icb_extra_bases:
        extra[code].append(base)
    for icb in tables.icbs.values():
        names = [icb.short_name, *extra[icb.ods_code]]
        names += [a.rsplit(" ", 1)[0] for a in icb.aliases if a.endswith(" ICB")]
        for name in names:
            for key in _label_forms(name):
                keys["icb"][key].add(icb.ods_code)
    generated: dict[str, set[str]] = defaultdict(set)  # initialisms: only where no name is
    for t in tables.trusts.values():
        for name in (t.short_name, *t.aliases):
            for key in _label_forms(re.sub(r"\s+(?:NHS Foundation Trust|NHS Trust)$", "", name)):
                if len(key) >= 3:
                    keys["trust"][key].add(t.ods_code)
        for key in trust_initialisms(t):
            if len(key) >= 3:
                generated[key.lower()].add(t.ods_code)
    for key, codes in generated.items():
        if key not in keys["trust"]:
            keys["trust"][key] = codes
    # councils live on gov.uk, ICBs and trusts on nhs.uk / nhs.net: a label shared by an
    # ICB and a trust ("midandsouthessex") is settled by the host ("ics.nhs.uk") or not at all
    return {kind: {key: (kind, next(iter(codes))) for key, codes in table.items()
                   if key and len(codes) == 1}
            for kind, table in keys.items()}


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


def _self_kind_evidence(text: str, evidence: list[Evidence]) -> list[Evidence]:
    """"The Trust does not hold ..." backs the trust named in the document (the one with
    the most evidence); likewise "the Council ..." and "the ICB ...". Only the kind that
    speaks of itself most often counts, so "the Council is responsible" in a trust's
    letter that says "the Trust" more often does not back a council."""
    counts: dict[str, int] = defaultdict(int)
    first: dict[str, re.Match] = {}
    for found in _SELF_KIND.finditer(text):
        kind = _SELF_KINDS[next(g for g in found.group("a", "b", "c", "d") if g)]
        counts[kind] += 1
        first.setdefault(kind, found)
    if not counts:
        return []
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return []
    kind = ranked[0][0]
    scores: dict[tuple[str, str], float] = defaultdict(float)
    names = {}
    for e in evidence:
        if e.kind == kind:
            scores[(e.kind, e.code)] += e.weight
            names[(e.kind, e.code)] = e.name
    if not scores:
        return []
    top = max(scores.values())
    found = first[kind]
    return [Evidence("self_reference", k, c, names[(k, c)], WEIGHTS["self_kind"],
                     found.start(), found.end(), found.group(0))
            for (k, c), s in scores.items() if s == top]


def _file_name_evidence(source_file: str, gazetteer: Gazetteer, cues) -> list[Evidence]:
    """"essex_cc_foi.pdf" -> Essex County Council; "devon_foi.txt" -> Devon twice: a tie."""
    words = []
    for word in re.split(r"[_\-.\s]+", Path(source_file or "").stem):
        for cue in cues["file_name_expansion"]:
            if cue.pattern.search(word.lower()):
                word = cue.replacement
                break
        words += [w if w.isupper() else w[:1].upper() + w[1:] for w in word.split()]
    return _named_in(" ".join(words), gazetteer, "filename")


def _named_in(name_text: str, gazetteer: Gazetteer, source: str) -> list[Evidence]:
    """Evidence (no span: the words are not in the text) for each body `name_text` names."""
    found = [m for m in gazetteer.find_councils(name_text) + gazetteer.find_icbs(name_text)
             if "split" not in m.flags]
    trusts = find_trusts(gazetteer.tables, name_text)
    found = [m for m in found if not any(t.start < m.end and m.start < t.end for t in trusts)]
    out = [Evidence(source, m.kind, m.code, m.name, WEIGHTS[source], text=name_text) for m in found]
    out += [Evidence(source, "trust", t.code, gazetteer.tables.trusts[t.code].name,
                     WEIGHTS[source], text=name_text) for t in trusts]
    return out


# ---- decision ---------------------------------------------------------------------------

def _decide(evidence: list[Evidence], mentions: list[EntityMatch]) -> Respondent | None:
    """Add up each body's evidence; the winner's lead and strength give the confidence."""
    by_body: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    for e in evidence:
        per = by_body[(e.kind, e.code)]
        if e.source == "body_text":
            per[e.source] = min(BODY_TEXT_CAP, per.get(e.source, 0.0) + e.weight)
        else:
            per[e.source] = max(per.get(e.source, 0.0), e.weight)
    if not by_body:
        return None
    scores = {k: round(sum(v.values()), 3) for k, v in by_body.items()}
    ranked = sorted(scores, key=lambda k: (-scores[k], k))
    best = ranked[0]
    top = scores[best]
    second = scores[ranked[1]] if len(ranked) > 1 else 0.0
    margin = (top - second) / top if top else 0.0
    rival = 0.0
    if len(ranked) > 1:  # what the runner-up has in letterhead, signature, opening, headers
        strong = sum(w for src, w in by_body[ranked[1]].items()
                     if src in STRONG or (src == "email_domain" and w >= WEIGHTS["header_domain"]))
        rival = strong + WEAK_RIVAL * (second - strong)
    strength = min(1.0, top / FULL_STRENGTH)
    confidence = round(strength * (0.4 + 0.6 * max(0.0, (top - rival) / top)), 2)
    sources = tuple(sorted(by_body[best], key=lambda s: -by_body[best][s]))
    # answer text and a web or in-answer address only: a body named, not the body writing
    weak_only = all(src == "body_text" or (src == "email_domain" and w <= WEIGHTS["web"])
                    for src, w in by_body[best].items())
    ambiguous = margin < TIE_MARGIN or weak_only or best[0] == "other"
    mine = [e for e in evidence if (e.kind, e.code) == best]
    anchor = max(mine, key=lambda e: (e.weight, e.source not in UNSPANNED, -e.start))
    name = anchor.name
    flags = sources
    mention = next((m for m in mentions if (m.kind, m.code) == best
                    and (m.start, m.end) == (anchor.start, anchor.end)), None)
    if mention is not None:
        flags = sources + mention.flags
    if ambiguous:
        confidence = min(confidence, 0.3)
    return Respondent(
        kind=best[0], name=name, code=best[1] if best[0] != "other" else "",
        start=anchor.start, end=anchor.end,
        text=anchor.text if anchor.source not in UNSPANNED else "",
        score=mention.score if mention is not None else 100.0,
        ambiguous=ambiguous, flags=flags, confidence=confidence,
        evidence=tuple(sorted(evidence, key=lambda e: (-e.weight, e.start))),
        runners_up=tuple((k[0], k[1], next(e.name for e in evidence if (e.kind, e.code) == k),
                          scores[k]) for k in ranked[1:4]),
        needs_review=ambiguous or confidence < REVIEW_BELOW)
