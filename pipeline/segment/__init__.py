"""Segmentation: lines -> zones -> anchors -> pairs.

- `lines`: the text as lines with offsets, and the numbering each line opens with;
- `zones`: what each line is (letterhead, metadata, quoted request, answer label,
  boilerplate, table header, contents, text), from the words in rules/layout.yaml;
- `layout`: question/answer pairs from layout alone, for any request (the fallback when the
  questionnaire is unknown, and the source of tables and answers given first);
- `anchors`: once the questionnaire is known, each of its questions placed in the text by
  order-aware fuzzy alignment, and the answer that follows it;
- `pairs`: pairs built one way, with spans; anchored and layout pairs merged, and text no
  pair holds kept as question-less pairs;
- `wording`: how close a text is to a canonical question (shared with matching).
"""
from pipeline.segment.anchors import Anchor, anchored_pairs, find_anchors, refine_pairs, split_by_wording
from pipeline.segment.layout import segment_pairs
from pipeline.segment.lines import expand_refs, parse_number, split_lines
from pipeline.segment.pairs import cut_pair, merge_with_layout, sentence_cuts, unplaced_blocks
from pipeline.segment.wording import stopword_set, text_score, word_stems
from pipeline.segment.zones import line_zones

__all__ = ["Anchor", "anchored_pairs", "cut_pair", "expand_refs", "find_anchors", "line_zones", "merge_with_layout",
           "parse_number", "refine_pairs", "segment_pairs", "sentence_cuts", "split_by_wording", "split_lines",
           "stopword_set", "text_score", "unplaced_blocks", "word_stems"]
