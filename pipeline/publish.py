"""Publishing a run: every output file of one run appears at once, or none does.

Writing each table atomically is not enough: a crash between two tables would leave
`documents.csv` from the new run beside `answers.csv` from the old one. So a run is written
whole into a fresh folder `<out>/.runs/<run id>/`, synced to disk, described by `run.json`
(written last), and only then made current by one atomic rename of a symbolic link:

    <out>/current          -> .runs/20240514T093012Z-4f2a9c1e
    <out>/answers.csv      -> current/answers.csv      (one link per output file)
    <out>/run.json         -> current/run.json

The per-file links never change between runs, so the documented paths
(`data/processed/answers.csv`, `foi.duckdb`) keep working, and every one of them switches to
the new run at the same instant, when `current` is replaced (`os.replace` of a new link). A
`kill -9` at any moment leaves `current` naming either the previous complete run or the new
complete one. Leftovers of a killed run (a half-written run folder, temporary files) are
removed when the next run starts publishing.

A folder written by an older version (plain files, no `current`) is first adopted as a run
of its own by hard-linking its files into `.runs/`, then each plain file is replaced by its
link; every path shows the same old bytes throughout, so the switch is safe there too.

Where symbolic links cannot be made (Windows without developer mode), the files are moved
into place one by one and `run.json` last: crash-safe per file only, which `check_run`
reports.

For the crash tests only: `FOI_CRASH_AT=<point>` makes the process kill itself (SIGKILL) at
that point: `table:<n>` (after the n-th table), `duckdb`, `manifest`, `swap`, `links`.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import signal
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

from pipeline import __version__
from pipeline.durable import file_lock, fsync_dir, sha256_file, temp_path

RUNS_DIR = ".runs"
CURRENT = "current"
MANIFEST = "run.json"
LOCK_FILE = ".foi-publish.lock"
CACHE_DIR = ".cache"
CRASH_ENV = "FOI_CRASH_AT"
# temporary files of this and older versions: ".answers.csv.1234.ab12cd34.tmp", "....tmp.wal"
_TEMP = re.compile(r"^\..*\.tmp(\.wal)?$")
_PID = re.compile(r"\.(\d+)\.")


@dataclass
class RunInfo:
    """What the manifest says about a run besides its files."""

    started: dt.datetime
    rules_fingerprint: str
    inputs: list[dict] = field(default_factory=list)
    corrections: dict = field(default_factory=dict)
    run_id: str = ""

    def __post_init__(self) -> None:
        if not self.run_id:
            self.run_id = f"{self.started.astimezone(dt.timezone.utc):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"


def crash_point(point: str) -> None:
    """Kill this process with SIGKILL when `FOI_CRASH_AT` names `point` (crash tests only)."""
    if os.environ.get(CRASH_ENV) == point:
        os.kill(os.getpid(), signal.SIGKILL)


def code_version() -> dict:
    """The package version, and the git commit of the code when it runs from a checkout."""
    version = {"package": "foi-pipeline", "version": __version__, "git_commit": None, "git_dirty": None}
    root = Path(__file__).resolve().parent.parent
    if not (root / ".git").exists():
        return version
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True,
                              text=True, timeout=10)
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return version  # no git installed: the version alone identifies the code
    if head.returncode == 0:
        version["git_commit"] = head.stdout.strip()
        version["git_dirty"] = bool(dirty.stdout.strip()) if dirty.returncode == 0 else None
    return version


def _publish_lock(out_dir: Path):
    """One publishing run per output folder at a time (a second one waits)."""
    return file_lock(out_dir / LOCK_FILE)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def current_run_dir(out_dir: Path) -> Path | None:
    """The folder of the published run (None before the first run, or in the old layout)."""
    link = Path(out_dir) / CURRENT
    if not link.is_symlink():
        return None
    return (Path(out_dir) / os.readlink(link)).resolve() if link.exists() else None


def clean_leftovers(out_dir: Path) -> list[Path]:
    """Remove what a killed run left behind; return what was removed.

    Run folders other than the current one, temporary files in the folder and in its cache
    (unless the process that writes them is still alive), and links to files the current
    run does not have. Call it holding the publish lock.
    """
    out_dir = Path(out_dir)
    removed: list[Path] = []
    current = current_run_dir(out_dir)
    runs = out_dir / RUNS_DIR
    if runs.is_dir():
        for run in runs.iterdir():
            if current is None or run.resolve() != current:
                _remove(run)
                removed.append(run)
    for folder in (out_dir, out_dir / CACHE_DIR):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if not _TEMP.match(path.name):
                continue
            pid = _PID.search(path.name)
            if pid and _pid_alive(int(pid.group(1))):
                continue  # a run writing its cache right now
            _remove(path)
            removed.append(path)
    if current is not None:
        for path in out_dir.iterdir():
            if path.is_symlink() and os.readlink(path).startswith(CURRENT + "/") and not path.exists():
                path.unlink()
                removed.append(path)
    if removed:
        fsync_dir(out_dir)
    return removed


def _write_manifest(folder: Path, info: RunInfo, counts: Mapping[str, int]) -> dict:
    files = {p.name: {"sha256": sha256_file(p), "bytes": p.stat().st_size}
             for p in sorted(folder.iterdir()) if p.is_file() and p.name != MANIFEST}
    tables = {name: {"rows": rows,
                     "csv_sha256": files.get(f"{name}.csv", {}).get("sha256"),
                     "parquet_sha256": files.get(f"{name}.parquet", {}).get("sha256")}
              for name, rows in counts.items()}
    manifest = {
        "run_id": info.run_id,
        "started": info.started.astimezone(dt.timezone.utc).isoformat(timespec="seconds"),
        "finished": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "code": code_version(),
        "rules_fingerprint": info.rules_fingerprint,
        "inputs": info.inputs,
        "corrections": info.corrections,
        "tables": tables,
        "files": files,
    }
    data = json.dumps(manifest, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
    with open(folder / MANIFEST, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    return manifest


def _fsync_tree(folder: Path) -> None:
    for path in folder.iterdir():
        if path.is_file():
            with open(path, "rb+") as f:
                os.fsync(f.fileno())
    fsync_dir(folder)


def _replace_with_link(path: Path, target: str) -> None:
    """Make `path` a symbolic link to `target` in one atomic step, whatever it was before."""
    if path.is_symlink() and os.readlink(path) == target:
        return
    tmp = temp_path(path)
    os.symlink(target, tmp)
    os.replace(tmp, path)


def _symlinks_work(out_dir: Path) -> bool:
    probe = out_dir / f".symlink-probe.{os.getpid()}.tmp"
    try:
        os.symlink(".", probe)
    except (OSError, NotImplementedError):
        return False
    probe.unlink()
    return True


def _adopt_old_layout(out_dir: Path, names: list[str]) -> None:
    """Turn plain output files of an older version into a run, without changing what they show."""
    plain = [n for n in names if (out_dir / n).is_file() and not (out_dir / n).is_symlink()]
    if not plain or (out_dir / CURRENT).is_symlink():
        return
    legacy = out_dir / RUNS_DIR / f"legacy-{uuid.uuid4().hex[:8]}"
    legacy.mkdir(parents=True)
    for name in plain:
        try:
            os.link(out_dir / name, legacy / name)
        except OSError:  # a file system without hard links
            shutil.copy2(out_dir / name, legacy / name)
    _fsync_tree(legacy)
    fsync_dir(legacy.parent)
    _replace_with_link(out_dir / CURRENT, f"{RUNS_DIR}/{legacy.name}")
    fsync_dir(out_dir)
    for name in plain:  # each path shows the same bytes before and after
        _replace_with_link(out_dir / name, f"{CURRENT}/{name}")
    fsync_dir(out_dir)


def publish_run(out_dir: Path, write: Callable[[Path], Mapping[str, int]], info: RunInfo) -> dict:
    """Write a run with `write(folder)` (returns rows per table) and make it current at once.

    Returns the manifest. On any exception the run folder is removed and the previous run
    stays current.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with _publish_lock(out_dir):
        clean_leftovers(out_dir)
        folder = out_dir / RUNS_DIR / info.run_id
        folder.mkdir(parents=True)
        try:
            counts = write(folder)
            manifest = _write_manifest(folder, info, counts)
            _fsync_tree(folder)
            fsync_dir(folder.parent)
            crash_point("manifest")
            names = sorted(p.name for p in folder.iterdir() if p.is_file())
            if not _symlinks_work(out_dir):
                _move_into_place(out_dir, folder, names)
                return manifest
            _adopt_old_layout(out_dir, names)
        except BaseException:
            _remove(folder)
            raise
        # the one step that publishes the run: every link below goes through `current`
        _replace_with_link(out_dir / CURRENT, f"{RUNS_DIR}/{info.run_id}")
        fsync_dir(out_dir)
        crash_point("swap")
        for name in names:
            _replace_with_link(out_dir / name, f"{CURRENT}/{name}")
        fsync_dir(out_dir)
        crash_point("links")
        clean_leftovers(out_dir)
    return manifest


def _move_into_place(out_dir: Path, folder: Path, names: list[str]) -> None:
    for name in [n for n in names if n != MANIFEST] + [MANIFEST]:
        os.replace(folder / name, out_dir / name)
    fsync_dir(out_dir)
    _remove(folder)


def keep_run(out_dir: Path) -> None:
    """Keep the published run as it is (nothing changed): only what a killed run left
    behind is removed, as a publishing run would."""
    with _publish_lock(Path(out_dir)):
        clean_leftovers(Path(out_dir))


def check_run(out_dir: Path) -> list[str]:
    """Problems with the published run: every file `run.json` lists must have its hash.

    [] means the folder holds one complete run, the one `run.json` names.

    >>> check_run(Path("data/processed"))  # doctest: +SKIP
    []
    """
    out_dir = Path(out_dir)
    path = out_dir / MANIFEST
    if not path.is_file():
        return [f"{path}: no run manifest (no run published here, or one from an older version)"]
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{path}: unreadable ({exc})"]
    problems = []
    for name, meta in manifest.get("files", {}).items():
        target = out_dir / name
        if not target.is_file():
            problems.append(f"{name}: missing (run {manifest.get('run_id')})")
        elif sha256_file(target) != meta.get("sha256"):
            problems.append(f"{name}: not the file of run {manifest.get('run_id')} (hash differs)")
    return problems
