"""Find ICBs, councils, case-management products and suppliers named in free text.

Names are matched on normalised tokens, so "Mid & South Essex ICB's", "mid and south essex
icb" and "Mid and South-Essex ICB" all find NHS Mid and South Essex Integrated Care Board.
The index is a token trie built once per rules directory; a scan costs O(tokens), not one
regex per alias. Bare place names ("Devon") are both an ICB and a council and come back
ambiguous; overlapping mentions keep the longest ("Devon County Council" beats "Devon").

    >>> gaz = load_gazetteer()
    >>> [m.code for m in gaz.find_icbs("Mid & South Esex ICB and BNSSG")]
    ['QH8', 'QUY']
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz, process

from pipeline.gazetteer import (_SPLITS_NAMES, RULES_DIR, Alias, Council, Icb, ReferenceTables, Token,
                                build_aliases, load_reference, norm_tokens, tokenise)

EXACT_SCORE = 100.0
FUZZY_MIN_SCORE = 88.0  # "Mid & South Esex" scores 97; "Surrey" vs "Sussex" scores 67
CLOSEST_KEPT = 4096  # phrases whose closest ICB base name is kept (all dropped when full)
FUZZY_MAX_TOKENS = 8  # longest ICB base name, in tokens
MINOR_WORDS = frozenset({"and", "of", "the", "upon", "on", "in", "with", "y", "ar", "nan",
                         "h", "le", "la"})
QUALIFIERS = frozenset({"north", "south", "east", "west", "mid", "central", "inner", "outer",
                        "greater", "upper", "lower"})  # "West Essex ICB" is no known ICB
_BARRIER = re.compile(r"[\n.;:?!()|]")
_FUZZY_ANCHOR_FIRST = frozenset({"icb", "ics", "integrated"})  # "ICB", "ICS", "Integrated Care Board/System"
_SPACES = re.compile(r"\s+")
_END = None  # trie key holding the aliases that end at a node


@dataclass(frozen=True)
class EntityMatch:
    """One mention of a known body or product: `text == source[start:end]`.

    `name` is the canonical name (ICB official name, council name, product name or
    supplier short name); `code` the ODS code (ICB), GSS code (council) or "".
    `score` is 100 for an exact alias and lower for a fuzzy one. `flags` say how it was
    read: "bare_name", "fuzzy", "successor", "split_2026", "former", "finance", ...
    """

    kind: str
    name: str
    code: str
    start: int
    end: int
    text: str
    score: float
    ambiguous: bool = False
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Cand:
    i: int
    j: int
    alias: Alias
    score: float = EXACT_SCORE
    fuzzy: bool = False


def _case_ok(alias: Alias, text: str, tokens: list[Token], i: int, j: int) -> bool:
    if alias.case == "any":
        return True
    span = text[tokens[i].start:tokens[j - 1].end]
    if alias.case == "exact":
        return _SPACES.sub("", span) == alias.raw.replace(" ", "")
    if alias.case == "initial":
        return span[:1].isupper() or span[:1].isdigit()
    words = [text[t.start:t.end] for t in tokens[i:j] if t.norm not in MINOR_WORDS]
    return all(w[:1].isupper() or w[:1].isdigit() for w in words)


class Gazetteer:
    """Every known ICB, council, product and supplier, indexed for matching in text."""

    def __init__(self, tables: ReferenceTables):
        self.tables = tables
        self._trie: dict = {}
        self._max_len = 1
        seen = set()
        aliases = build_aliases(tables)
        for alias in aliases:
            toks = norm_tokens(alias.raw)
            sig = (toks, alias.kind, alias.key, alias.strong, alias.case)
            if not toks or sig in seen:
                continue
            seen.add(sig)
            node = self._trie
            for tok in toks:
                node = node.setdefault(tok, {})
            node.setdefault(_END, []).append(alias)
            self._max_len = max(self._max_len, len(toks))
        self._fuzzy_bases: dict[str, str] = {}
        for alias in aliases:
            if alias.kind == "icb" and alias.case == "title":  # bare base names
                self._fuzzy_bases.setdefault(" ".join(norm_tokens(alias.raw)), alias.key)
        for icb in tables.icbs.values():
            self._fuzzy_bases.setdefault(" ".join(norm_tokens(icb.short_name)), icb.ods_code)
        self._fuzzy_choices = list(self._fuzzy_bases)
        self._closest: dict[str, tuple | None] = {}  # phrase -> its closest base name, as found
        self._last_scan: tuple = (None, [], [])
        self._last_fuzzy: tuple = (None, [])  # (text, misspelt ICB names found in it)

    # ---- public finders -------------------------------------------------------------

    def find_icbs(self, text: str, on_date: date | None = None) -> list[EntityMatch]:
        """Every ICB named in `text`, as in force on `on_date` when one is given.

        "MSE ICB" -> QH8; with on_date 2026-06-01 -> NHS Essex ICB (D7T5G), flag "successor".
        """
        return [self._icb_as_of(m, on_date) for m in self._find(text, "icb")]

    def find_councils(self, text: str) -> list[EntityMatch]:
        """Every council named in `text`; a former council maps to its successor.

        "Cumbria County Council" -> ambiguous former council (split in two), "Thurrock
        Council" -> E06000034, "Dorset County Council" -> Dorset Council, flag "former".
        """
        return [self._council_now(m) for m in self._find(text, "council")]

    def find_products(self, text: str) -> list[EntityMatch]:
        """Case-management and finance systems: "Liquidlogic Adults System (LAS)" is one."""
        found = [self._product_flags(m) for m in self._find(text, "product")]
        return _merge_bracketed(found, text)

    def find_vendors(self, text: str) -> list[EntityMatch]:
        """Suppliers named in `text` ("provided by System C", "OLM Systems")."""
        return self._find(text, "vendor")

    def supplier_of(self, product_name: str) -> str:
        """The canonical supplier of a product ("Mosaic" -> "The Access Group"), or ""."""
        product = self.tables.products.get(product_name)
        return product.supplier if product else ""

    def icbs_for_council(self, gss_code: str,
                         on_date: date | None = None) -> list[tuple[str, str, str]]:
        """(ICB name, ODS code, overlap) for a council, largest share first; [] if unknown.

        After the 2026 reorganisation ICBs that became one successor are folded together
        and the overlap re-derived from the summed shares (Essex -> NHS Essex ICB, whole).
        """
        shares: dict[str, float] = defaultdict(float)
        labels: dict[str, list[str]] = defaultdict(list)
        for link in self.tables.links:
            if link.gss_code != gss_code:
                continue
            code = link.icb_ods_code
            icb = self.tables.icbs[code]
            if on_date and icb.abolished and on_date >= date.fromisoformat(icb.abolished):
                code = link.successor_code
            shares[code] += link.share
            labels[code].append(link.overlap)
        overlap = {c: ls[0] if len(ls) == 1 else _overlap_from_share(shares[c])
                   for c, ls in labels.items()}
        order = sorted(shares, key=lambda c: -shares[c])
        return [(self.tables.icbs[c].official_name, c, overlap[c]) for c in order]

    def council_by_code(self, code: str) -> Council | None:
        return self.tables.councils.get(code)

    def icb_by_code(self, code: str) -> Icb | None:
        return self.tables.icbs.get(code)

    # ---- matching -------------------------------------------------------------------

    def _find(self, text: str, kind: str) -> list[EntityMatch]:
        scan = self._last_scan  # councils, ICBs, products: one scan of the text
        if scan[0] is not text:
            tokens = tokenise(text)
            scan = self._last_scan = (text, tokens, self._scan(text, tokens))
        _, tokens, cands = scan
        group = ("vendor",) if kind == "vendor" else ("icb", "council", "product")
        cands = [c for c in cands if c.alias.kind in group]
        if kind != "vendor":  # the same for councils and ICBs: worked out once per text
            if self._last_fuzzy[0] is not text:
                self._last_fuzzy = (text, self._fuzzy_icbs(text, tokens, cands))
            cands += self._last_fuzzy[1]
        out = []
        for (i, j), chosen in _resolve(cands):
            best: dict[tuple[str, str], _Cand] = {}
            for c in sorted(chosen, key=lambda c: -c.score):
                best.setdefault((c.alias.kind, c.alias.key), c)
            for (found_kind, key), c in best.items():
                if found_kind != kind:
                    continue
                start, end = tokens[i].start, tokens[j - 1].end
                if text.count("(", start, end) > text.count(")", start, end) and \
                        text[end:end + 1] == ")":
                    end += 1  # "Eclipse (OLM)" and "Liquidlogic (LAS)" keep their bracket
                bare = not c.alias.strong and kind in ("icb", "council")
                # a bare council name alone is that council; a bare ICB name never is
                ambiguous = len(best) > 1 or (not c.alias.strong and kind != "council")
                flags = (("bare_name",) if bare else ()) + (("fuzzy",) if c.fuzzy else ())
                if kind == "icb" and _qualified_before(text, tokens, i):
                    ambiguous, flags = True, flags + ("partial_name",)
                code = key if kind in ("icb", "council") else ""
                out.append(EntityMatch(kind, self._display(kind, key), code, start, end,
                                       text[start:end], round(c.score, 1), ambiguous, flags))
        return out

    def _scan(self, text: str, tokens: list[Token]) -> list[_Cand]:
        cands = []
        root = self._trie
        for i in [i for i, t in enumerate(tokens) if t.norm in root]:  # a name starts with a known word
            node = root
            for j in range(i, min(len(tokens), i + self._max_len)):
                if j > i and _SPLITS_NAMES.search(text, tokens[j - 1].end, tokens[j].start):
                    break  # a name never runs across table cells or paragraphs
                node = node.get(tokens[j].norm)
                if node is None:
                    break
                for alias in node.get(_END, ()):
                    if _case_ok(alias, text, tokens, i, j + 1):
                        cands.append(_Cand(i, j + 1, alias))
        return cands

    def _closest_base(self, phrase: str) -> tuple | None:
        """The ICB base name `phrase` is a misspelling of (`extractOne`'s hit), or None.
        Kept: the words before "ICB" repeat within a response and from one to the next."""
        if phrase not in self._closest:
            if len(self._closest) >= CLOSEST_KEPT:
                self._closest.clear()
            self._closest[phrase] = process.extractOne(phrase, self._fuzzy_choices, scorer=fuzz.ratio,
                                                       score_cutoff=FUZZY_MIN_SCORE)
        return self._closest[phrase]

    def _fuzzy_icbs(self, text: str, tokens: list[Token], cands: list[_Cand]) -> list[_Cand]:
        """Misspelt names before "ICB"/"Integrated Care Board": "Mid & South Esex ICB"."""
        covered = set()
        for c in cands:
            if c.alias.strong:
                covered.update(range(c.i, c.j))
        out = []
        norms = [t.norm for t in tokens]
        for a, tok in enumerate(norms):
            if tok not in _FUZZY_ANCHOR_FIRST or a in covered:
                continue
            if tok in ("icb", "ics"):
                anchor_end = a + 1
            elif norms[a:a + 3] in (["integrated", "care", "board"],
                                    ["integrated", "care", "system"]):
                anchor_end = a + 3
            else:
                continue
            lo = a
            while lo > 0 and a - lo < FUZZY_MAX_TOKENS and lo - 1 not in covered and \
                    not _BARRIER.search(text[tokens[lo - 1].end:tokens[lo].start]):
                lo -= 1
            best = None
            for start in range(lo, a):
                phrase = " ".join(norms[start:a])
                if norms[start] == "nhs" or len(phrase) < 4:
                    continue
                hit = self._closest_base(phrase)
                if hit and (best is None or hit[1] > best[1]):
                    best = (start, hit[1], self._fuzzy_bases[hit[0]])
            if best:
                start = best[0] - 1 if best[0] > lo and norms[best[0] - 1] == "nhs" else best[0]
                alias = Alias("icb", best[2], text[tokens[start].start:tokens[a].end],
                               True, "any")
                out.append(_Cand(start, anchor_end, alias, best[1], fuzzy=True))
        return out

    # ---- shaping results ------------------------------------------------------------

    def _display(self, kind: str, key: str) -> str:
        if kind == "icb":
            return self.tables.icbs[key].official_name
        if kind == "council":
            return self.tables.councils[key].name
        return key

    def _icb_as_of(self, m: EntityMatch, on_date: date | None) -> EntityMatch:
        icb = self.tables.icbs[m.code]
        if on_date is None:
            return m
        if icb.established and on_date < date.fromisoformat(icb.established):
            return replace(m, ambiguous=True, flags=m.flags + ("not_in_force",))
        if not icb.abolished or on_date < date.fromisoformat(icb.abolished):
            return m
        if icb.succession == "merger" and len(icb.successors) == 1:
            succ = self.tables.icbs[icb.successors[0]]
            return replace(m, name=succ.official_name, code=succ.ods_code,
                           flags=m.flags + ("successor",))
        return replace(m, ambiguous=True, flags=m.flags + ("split_2026",))

    def _council_now(self, m: EntityMatch) -> EntityMatch:
        council = self.tables.councils[m.code]
        if not council.abolished:
            return m
        if len(council.successors) == 1:
            succ = self.tables.councils[council.successors[0]]
            return replace(m, name=succ.name, code=succ.gss_code, flags=m.flags + ("former",))
        return replace(m, ambiguous=True, flags=m.flags + ("former", "split"))

    def _product_flags(self, m: EntityMatch) -> EntityMatch:
        product = self.tables.products[m.name]
        status = product.status.lower()
        flags = (("finance",) if product.finance else ()) + \
            (("legacy",) if "legacy" in status else ()) + \
            (("unverified",) if "unverified" in status else ())
        return replace(m, flags=m.flags + flags)


def _qualified_before(text: str, tokens: list[Token], i: int) -> bool:
    """True for "West Essex ICB" or "North Devon ICB": a longer, unknown name was meant."""
    if i == 0 or tokens[i].norm == "nhs":
        return False
    prev = tokens[i - 1]
    return prev.norm in QUALIFIERS and text[prev.end:tokens[i].start].strip(" ") == ""


def _resolve(cands: list[_Cand]) -> list[tuple[tuple[int, int], list[_Cand]]]:
    """Keep the longest mentions; a span read several ways keeps all its strongest readings."""
    by_span: dict[tuple[int, int], list[_Cand]] = defaultdict(list)
    for c in cands:
        by_span[(c.i, c.j)].append(c)

    def rank(span):
        group = by_span[span]
        return (-(span[1] - span[0]), not any(c.alias.strong for c in group),
                any(c.fuzzy for c in group), -max(c.score for c in group), span[0])

    taken: set[int] = set()
    kept = []
    for span in sorted(by_span, key=rank):
        if taken.intersection(range(*span)):
            continue
        taken.update(range(*span))
        group = by_span[span]
        if any(c.alias.strong for c in group):
            group = [c for c in group if c.alias.strong]
        kept.append((span, group))
    return sorted(kept)


def _merge_bracketed(found: list[EntityMatch], text: str) -> list[EntityMatch]:
    """Join "Liquidlogic Adults System (LAS)" into one mention of one product."""
    out: list[EntityMatch] = []
    for m in found:
        prev = out[-1] if out else None
        if prev and prev.name == m.name and re.fullmatch(r"\s*\(\s*", text[prev.end:m.start]):
            close = re.match(r"\s*\)", text[m.end:])
            if close:
                end = m.end + close.end()
                out[-1] = replace(prev, end=end, text=text[prev.start:end])
                continue
        out.append(m)
    return out


def _overlap_from_share(share: float) -> str:
    """Council share of LSOAs -> overlap label, as defined in rules/reference/README.md."""
    if share >= 0.9995:
        return "whole"
    if share >= 0.5:
        return "majority"
    return "partial" if share >= 0.05 else "minor"


@functools.lru_cache(maxsize=8)
def _cached(directory: Path) -> Gazetteer:
    return Gazetteer(load_reference(directory))


def load_gazetteer(rules_dir: Path | str | None = None) -> Gazetteer:
    """The gazetteer for `rules_dir` (default: the repository's rules/), built once.

    Raises `pipeline.errors.RulesError` listing every problem in the reference tables.
    """
    return _cached(Path(rules_dir or RULES_DIR).resolve())
