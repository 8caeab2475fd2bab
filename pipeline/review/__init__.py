"""The reviewer's workflow: the review queue, export and import, and the local review page.

- `queue`: which values need a person, in what order, and why (`review_queue` table).
- `values`: a reviewer's typed value read into canonical form, or refused with a reason.
- `export` / `importer`: the queue as a spreadsheet and back into the corrections ledger.
- `server`: `foi review serve`, a page on 127.0.0.1 writing to the same ledger.

Every decision lands in `pipeline.corrections`' ledger, which `foi extract` re-applies.
"""
