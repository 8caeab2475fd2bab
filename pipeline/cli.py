"""The `foi` command. Only this module prints and chooses exit codes.

Exit status: 0 when every file was processed, 1 when some failed (they are in `errors`),
2 for a usage error (click's own convention) or invalid rules.
"""
from __future__ import annotations

import json
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
def extract(paths: tuple[Path, ...], out: Path, corrections: Path, jobs: int, executor: str,
            scheduler: str | None, progress: bool | None) -> None:
    from pipeline.run import run_extract

    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler needs --executor dask")
    try:
        summary = run_extract(list(paths) or [DEFAULT_RAW], out, corrections, jobs=jobs,
                              progress=progress, executor=executor, scheduler=scheduler)
    except RulesError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except FoiError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(
        f"{summary.documents} documents ({summary.failed} failed, {summary.reused} unchanged), "
        f"{summary.answers} values, {summary.review} to review -> {summary.out_dir}"
    )
    if summary.stale_corrections:
        click.echo(f"warning: {summary.stale_corrections} stale correction(s); see the errors table", err=True)
    if summary.failed:
        click.echo("some files failed: see errors.csv for what to do", err=True)
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
    types.update(exemptions="exemptions", foi_outcome="enum", redactions="count")
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
