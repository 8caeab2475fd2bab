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
              help="Worker processes.")
def extract(paths: tuple[Path, ...], out: Path, corrections: Path, jobs: int) -> None:
    from pipeline.run import run_extract

    try:
        summary = run_extract(list(paths) or [DEFAULT_RAW], out, corrections, jobs=jobs, progress=True)
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
    types["exemptions"] = "exemptions"
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
    from pipeline.rules import load_rules

    try:
        loaded = load_rules(directory)
    except RulesError as exc:
        click.echo(str(exc), err=True)
        sys.exit(2)
    for qn in loaded.questionnaires.values():
        click.echo(f"ok  {qn.id}: {len(qn.questions)} questions, {len(qn.fields)} fields ({qn.source})")


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
