"""The `foi` command. Only this module prints and chooses exit codes.

Exit status: 0 when every file was processed, 1 when some failed (they are in `errors`),
2 for a usage error (click's own convention) or invalid rules.
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from pipeline.errors import FoiError, RulesError

DEFAULT_RAW = Path("data/raw")
DEFAULT_OUT = Path("data/processed")
DEFAULT_CORRECTIONS = Path("data/corrections")


@click.group(help="Turn FOI responses into tidy, traceable tables.")
@click.version_option(package_name="foi-pipeline")
def cli() -> None:
    pass


@cli.command(help="Extract answers from PATH... (files or folders; default data/raw/).")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Folder for the output tables.")
@click.option("--corrections", type=click.Path(path_type=Path), default=DEFAULT_CORRECTIONS,
              show_default=True, help="Folder holding the corrections ledger.")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes (local), or workers of the LocalCluster (dask).")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where each document is processed: local worker processes under per-file "
                   "limits, or Dask (dask.distributed).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="With --executor dask: the scheduler of a running cluster (e.g. "
                   "tcp://10.0.0.5:8786); default: a LocalCluster of --jobs workers.")
@click.option("--progress/--no-progress", default=None,
              help="Show documents, pages, rate and ETA on stderr (default: when it is a terminal).")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but fatal errors; the exit status "
                                                   "says whether files failed.")
@click.option("--json", "as_json", is_flag=True, help="Print the run's summary as one JSON object.")
def extract(paths: tuple[Path, ...], out: Path, corrections: Path, jobs: int, executor: str,
            scheduler: str | None, progress: bool | None, quiet: bool, as_json: bool) -> None:
    from pipeline.run import run_extract
    from pipeline.summary import read_report

    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler needs --executor dask")
    inputs = list(paths) or [DEFAULT_RAW]
    # PDF libraries log every odd object of a broken file; what matters goes to `errors`
    for name in ("pdfminer", "pdfplumber", "PIL"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        summary = run_extract(inputs, out, corrections, jobs=jobs,
                              progress=False if (quiet or as_json) else progress,
                              executor=executor, scheduler=scheduler)
    except FoiError as exc:  # invalid rules, a missing input folder: nothing was written
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    report = read_report(out, summary.answers, summary.review, summary.reused, summary.stale_corrections)
    if as_json:
        click.echo(json.dumps(report.to_dict(), default=str))
    elif not quiet:
        if report.documents == 0:
            click.echo(f"warning: no files found in {', '.join(map(str, inputs))}: put the responses "
                       "(PDF, DOCX, HTML, e-mail, text) there and run again", err=True)
        for line in report.lines():
            click.echo(line, err=line.startswith(("failed", "partial", "  ", "what to do")))
    if report.failed:
        sys.exit(1)


@cli.command(help="Score extracted answers against gold files (SPEC.md gold format).")
@click.option("--gold", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True)
@click.option("--pred", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True)
@click.option("--json", "json_out", type=click.Path(path_type=Path), help="Also write the report as JSON.")
def evaluate(gold: Path, pred: Path, json_out: Path | None) -> None:
    from pipeline.evaluate import evaluate as run_evaluation, format_report
    from pipeline.rules import load_rules

    rules = load_rules()
    types = {name: spec.type if spec.type != "entity" else f"entity:{spec.entity}"
             for qn in rules.questionnaires.values() for name, spec in qn.fields.items()}
    types.update({name: d.spec.type for name, d in rules.document_fields.items()})
    try:
        report = run_evaluation(gold, pred, field_types=types)
    except FoiError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(format_report(report))
    if json_out:
        json_out.write_text(json.dumps(report.to_dict(), indent=1, default=str), encoding="utf-8")


@cli.group(help="Questionnaires and rules in rules/.")
def rules() -> None:
    pass


@rules.command("validate", help="Check every file in rules/ and report every mistake at once.")
@click.option("--dir", "directory", type=click.Path(path_type=Path), default=None,
              help="A rules folder (default: the project's rules/).")
def rules_validate(directory: Path | None) -> None:
    """Every file the pipeline reads from rules/: questionnaires, phrasings, layout words,
    thresholds, value vocabulary and reference tables; every problem of every file at once."""
    from pipeline.gazetteer import load_reference
    from pipeline.rules import RULES_DIR, load_rules

    folder = Path(directory or RULES_DIR)
    problems, loaded = [], None
    for check in (lambda: load_rules(directory), lambda: load_reference(folder)):
        try:
            result = check()
        except RulesError as exc:
            problems.append(str(exc))
            continue
        loaded = loaded or result
    if problems:
        click.echo("\n".join(problems), err=True)
        sys.exit(2)
    from pipeline.match import detection_warnings

    for qn in loaded.questionnaires.values():
        click.echo(f"ok  {qn.id}: {len(qn.questions)} questions, {len(qn.fields)} fields ({qn.source})")
    click.echo(f"ok  phrasings, layout, thresholds, vocabulary and reference tables ({folder})")
    for warning in detection_warnings(loaded):
        click.echo(f"warning: {warning}", err=True)


@rules.command("dictionary", help="The data dictionary of every field, from rules/: Markdown to "
                                  "stdout, or data_dictionary.md and .csv written into --out.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder to write data_dictionary.md and data_dictionary.csv into (e.g. docs).")
@click.option("--dir", "directory", type=click.Path(path_type=Path), default=None,
              help="A rules folder (default: the project's rules/).")
def rules_dictionary(out: Path | None, directory: Path | None) -> None:
    from pipeline.dictionary import dictionary_markdown, write_dictionary
    from pipeline.rules import load_rules

    try:
        loaded = load_rules(directory)
    except RulesError as exc:
        click.echo(str(exc), err=True)
        sys.exit(2)
    if out is None:
        click.echo(dictionary_markdown(loaded))
        return
    for path in write_dictionary(loaded, out):
        click.echo(f"wrote {path}")


@cli.group(help="Write questionnaires: draft one from the responses to a request.")
def questionnaire() -> None:
    pass


@questionnaire.command("draft", help="Propose a questionnaire YAML from FILES... (responses to one "
                                     "request, any supported format; folders are read whole).")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The YAML to write, e.g. rules/questionnaires/NAME.yaml.")
@click.option("--id", "qn_id", default=None,
              help="Questionnaire id (default: the --out file's name without .yaml).")
@click.option("--title", default="", help="Questionnaire title (default: from the id).")
@click.option("--min-share", type=click.FloatRange(0.0, 1.0), default=None,
              help="Share of the responses a question must appear in to be kept [default: 0.2].")
@click.option("--force", is_flag=True, help="Overwrite --out if it exists.")
def questionnaire_draft(files: tuple[Path, ...], out: Path, qn_id: str | None, title: str,
                        min_share: float | None, force: bool) -> None:
    import re

    from pipeline.draft import check_draft, draft_questionnaire, read_responses
    from pipeline.draft.render import render_yaml
    from pipeline.rules import load_rules

    qn_id = qn_id or out.stem
    if not re.fullmatch(r"[a-z][a-z0-9_]*", qn_id):
        click.echo(f"error: {qn_id!r} is not a lower_snake_case id; name the --out file like "
                   f"rules/questionnaires/my_request.yaml or give --id", err=True)
        sys.exit(2)
    if out.exists() and not force:
        click.echo(f"error: {out} exists; choose another --out or add --force to overwrite it", err=True)
        sys.exit(2)
    try:
        rules = load_rules()
        clash = rules.questionnaires.get(qn_id)
        if clash is not None and Path(clash.source).resolve() != out.resolve():
            raise FoiError(f"id {qn_id!r} is already used by {clash.source}",
                           hint="give another --id or --out name")
        batch = read_responses(list(files), rules)
    except FoiError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    for problem in batch.problems:
        click.echo(f"skipped: {problem}", err=True)
    for note in batch.unused:
        click.echo(f"note: {note}", err=True)
    if not batch.responses:
        click.echo("error: no response could be read into questions and answers; nothing to draft from",
                   err=True)
        sys.exit(1)
    draft = draft_questionnaire(batch, rules, qn_id, title, min_share)
    if not draft.questions:
        click.echo(f"error: no question is asked in enough of the {len(batch.responses)} responses; "
                   f"check they answer one request, or lower --min-share", err=True)
        sys.exit(1)
    text = render_yaml(draft)
    check = check_draft(text, str(out), batch, rules)
    if check.problems:  # a bug: the draft is built to validate
        click.echo("error: the draft does not validate (please report this):\n  "
                   + "\n  ".join(check.problems), err=True)
        sys.exit(2)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    n_fields = sum(len(q.fields) for q in draft.questions)
    click.echo(f"{len(draft.questions)} questions, {n_fields} proposed fields from "
               f"{len(batch.responses)} responses -> {out}")
    click.echo(f"detected in {len(check.detected)} of {len(batch.responses)} of those responses")
    for source, why in check.missed:
        click.echo(f"  not detected: {source}: {why}")
    click.echo("next: rename the fields, check the types marked PROPOSED, `foi rules validate`, "
               "then `foi extract`")
    if batch.problems:
        sys.exit(1)


@cli.group(help="Review what the pipeline is unsure of: export/import a sheet, or serve a page.")
def review() -> None:
    pass


def _default_reviewer() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers; the reviewer column stays empty
        return ""


@review.command("export", help="Write the review queue as a sheet (.csv or .xlsx by extension) "
                               "with empty corrected_value, corrected_state, reviewer, comment.")
@click.option("--processed", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Folder holding the output tables.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("review.csv"),
              show_default=True, help="The sheet to write: .csv or .xlsx.")
def review_export(processed: Path, out: Path) -> None:
    from pipeline.review.export import export_queue

    try:
        n = export_queue(processed, out)
    except FoiError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(f"{n} item(s) to review -> {out}")


@review.command("import", help="Check a filled-in review sheet and record its decisions in the "
                               "corrections ledger; bad rows are reported by line.")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--corrections", type=click.Path(path_type=Path), default=DEFAULT_CORRECTIONS,
              show_default=True, help="Folder holding the corrections ledger.")
@click.option("--processed", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Folder holding the output tables the sheet was exported from.")
@click.option("--reviewer", default=None, help="Reviewer for rows that leave it empty "
                                               "(default: your login name).")
def review_import(file: Path, corrections: Path, processed: Path, reviewer: str | None) -> None:
    from pipeline.review.decide import ReviewContext
    from pipeline.review.importer import import_sheet

    try:
        report = import_sheet(file, corrections, ReviewContext.load(processed),
                              reviewer if reviewer is not None else _default_reviewer())
    except FoiError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    for line in report.lines():
        click.echo(line, err=True)
    click.echo(f"{report.recorded} decision(s) recorded ({report.accepted} accepted as proposed), "
               f"{report.skipped} row(s) not filled in, {len(report.problems)} refused "
               f"-> {corrections}")
    if report.problems:
        click.echo("fix the refused rows and import the sheet again (recorded rows may repeat "
                   "harmlessly)", err=True)
        sys.exit(1)


@review.command("serve", help="Open the review page on http://127.0.0.1:PORT/ (local only).")
@click.option("--processed", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Folder holding the output tables.")
@click.option("--corrections", type=click.Path(path_type=Path), default=DEFAULT_CORRECTIONS,
              show_default=True, help="Folder holding the corrections ledger.")
@click.option("--raw", "raw_roots", type=click.Path(path_type=Path), multiple=True,
              help="Folder(s) holding the source files, to show their text "
                   "(default: data/raw). Repeat for several.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port on 127.0.0.1 (0: any free port).")
@click.option("--reviewer", default=None, help="Your name in the ledger (default: login name).")
def review_serve(processed: Path, corrections: Path, raw_roots: tuple[Path, ...], port: int,
                 reviewer: str | None) -> None:
    from pipeline.review.server import make_server

    try:
        server = make_server(processed, corrections, list(raw_roots) or [DEFAULT_RAW], port,
                             reviewer if reviewer is not None else _default_reviewer(), verbose=True)
    except FoiError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except OSError as exc:
        click.echo(f"error: cannot listen on 127.0.0.1:{port} ({exc.strerror or exc}); "
                   f"try another --port", err=True)
        sys.exit(2)
    click.echo(f"review page: {server.url}  (Ctrl+C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
