"""Run one task per file in worker processes, each file under a time and memory limit.

`run_bounded` keeps `jobs` workers busy. A worker runs tasks one after another; its address
space may grow by `limits.max_memory_mb` (RLIMIT_AS), and the parent kills it when a task
runs past `limits.max_seconds`, or notices when it dies (a crash, the kernel's OOM killer),
reports that task as failed and starts a fresh worker for the rest. Workers die with their
parent: each asks Linux for SIGKILL when its parent goes (prctl PR_SET_PDEATHSIG), checks
that the parent is still there before it starts, and is a daemon process, so a killed
`foi extract --jobs 2` leaves nothing running.
"""
from __future__ import annotations

import ctypes
import faulthandler
import multiprocessing as mp
import os
import signal
import sys
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any, Callable

from pipeline.limits import Limits

PR_SET_PDEATHSIG = 1
#: Files a worker reads before it is replaced by a fresh one (forked again from the parent,
#: which holds the loaded rules and libraries): some readers' native libraries keep memory
#: per file (lxml under python-docx, ~0.2 MB per DOCX), so a worker that lived for the whole
#: run would grow with the number of documents.
WORKER_TASKS = 250


@dataclass
class TaskFailure:
    """Why a task gave no result: the limit it hit, in words, and what to do."""

    message: str
    hint: str
    limit: str = ""


def die_with_parent(parent_pid: int) -> None:
    """Ask the kernel to kill this process when its parent dies (Linux); elsewhere a no-op."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass  # no prctl: the daemon flag and the parent's kill on exit still apply
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def address_space() -> int:
    """This process's address space in bytes (Linux), else 0."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def limit_memory(megabytes: int) -> None:
    """Let this process's address space grow by at most `megabytes`; over it, allocations
    raise MemoryError. Relative to its size at start, because a forked worker already maps
    the parent's libraries (spaCy, pyarrow and their thread pools: 1-2 GB of address space,
    most of it never touched), which says little about the memory a file will need."""
    try:
        import resource
    except ImportError:  # not on this platform: the wall-time limit still holds
        return
    cap = address_space() + int(megabytes) * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):
        pass


def _worker_main(conn, parent_pid: int, memory_mb: int, fn: Callable) -> None:
    die_with_parent(parent_pid)
    faulthandler.disable()  # a crashing worker is reported in `errors`, not dumped on the terminal
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    limit_memory(memory_mb)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        key, args = task
        try:
            value = fn(*args)
        except MemoryError:
            # after a failed allocation C libraries may be half-updated: report, then a fresh worker
            value = None
            conn.send((key, TaskFailure(
                f"needed more than {memory_mb:,} MB of memory, the limit for one file "
                "(limits.max_memory_mb)", "split the file into smaller parts, or raise "
                "limits.max_memory_mb in rules/thresholds.yaml", "max_memory_mb")))
            os._exit(3)
        conn.send((key, value))


class _Worker:
    def __init__(self, ctx, fn: Callable, memory_mb: int):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, os.getpid(), memory_mb, fn),
                                   daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[Any, tuple] | None = None
        self.deadline = 0.0
        self.done = 0

    def assign(self, key: Any, args: tuple, seconds: float) -> None:
        self.task = (key, args)
        self.deadline = time.monotonic() + seconds
        self.conn.send((key, args))

    def retire(self, wait: float = 5) -> None:
        """Let an idle worker exit on its own (its results are all delivered), else kill it."""
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=wait)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def _context():
    methods = mp.get_all_start_methods()
    # fork shares the loaded rules and libraries with the workers; spawn elsewhere
    return mp.get_context("fork" if "fork" in methods else "spawn")


def run_bounded(tasks: list[tuple[Any, tuple]], fn: Callable, jobs: int, limits: Limits,
                on_result: Callable[[Any, Any], None],
                on_failure: Callable[[Any, TaskFailure], None],
                worker_tasks: int = WORKER_TASKS) -> None:
    """Call `fn(*args)` for each `(key, args)` in workers; report each outcome by its key.

    Every task gets `on_result(key, value)` or, when its worker was stopped or died,
    `on_failure(key, TaskFailure)`; the other tasks go on in a fresh worker. A worker is
    replaced after `worker_tasks` tasks, so its memory does not grow with the run.
    """
    ctx = _context()
    pending = deque(tasks)
    workers: list[_Worker] = []
    try:
        while pending or any(w.task for w in workers):
            while pending:
                idle = next((w for w in workers if w.task is None), None)
                if idle is None and len(workers) < jobs:
                    idle = _Worker(ctx, fn, limits.max_memory_mb)
                    workers.append(idle)
                if idle is None:
                    break
                idle.assign(*pending.popleft(), limits.max_seconds)
            busy = [w for w in workers if w.task is not None]
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
            for w in busy:
                key = w.task[0]
                if w.conn in ready or w.conn.poll():
                    try:
                        _, value = w.conn.recv()
                    except (EOFError, OSError):
                        value = None
                    else:
                        w.task = None
                        w.done += 1
                        if isinstance(value, TaskFailure):
                            w.kill()
                            workers.remove(w)
                            on_failure(key, value)
                        else:
                            if w.done >= worker_tasks:
                                w.retire()
                                workers.remove(w)
                            on_result(key, value)
                        continue
                if w.process.sentinel in ready or not w.process.is_alive():
                    w.kill()
                    workers.remove(w)
                    on_failure(key, _death(w.process.exitcode, limits))
                elif time.monotonic() >= w.deadline:
                    w.kill()
                    workers.remove(w)
                    on_failure(key, TaskFailure(
                        f"was stopped after {limits.max_seconds:g} s, the time limit for one "
                        "file (limits.max_seconds)",
                        "split the file into smaller parts, or raise limits.max_seconds in "
                        "rules/thresholds.yaml", "max_seconds"))
    finally:
        for w in workers:
            if w.task is None and w.process.is_alive():
                w.retire(wait=1)
            else:
                w.process.join(timeout=1)
                w.kill()


def _death(exitcode: int | None, limits: Limits) -> TaskFailure:
    if exitcode is not None and exitcode < 0 and -exitcode == signal.SIGKILL:
        return TaskFailure(
            "its worker was killed (most likely out of memory) while reading it",
            f"split the file, or lower limits.max_memory_mb ({limits.max_memory_mb} MB) below the "
            "memory this machine has free so the limit, not the system, stops it", "max_memory_mb")
    how = (f"signal {-exitcode}" if exitcode is not None and exitcode < 0
           else f"exit status {exitcode}")
    return TaskFailure(f"its worker stopped unexpectedly ({how}) while reading it",
                       "please report this with the file attached", "")


# --- the executor seam ------------------------------------------------------------------

EXECUTORS = ("local", "dask")


def run_dask(tasks: list[tuple[Any, tuple]], fn: Callable, jobs: int,
             on_result: Callable[[Any, Any], None],
             on_failure: Callable[[Any, TaskFailure], None],
             scheduler: str | None = None, processes: bool = True) -> None:
    """Call `fn(*args)` for each task on Dask (`dask.distributed`), reporting as `run_bounded`.

    With `scheduler` (an address such as "tcp://10.0.0.5:8786") the tasks go to that
    cluster, whose workers must import this package and see the input and output folders
    at the same paths; without it a `LocalCluster` of `jobs` single-threaded workers is
    started and stopped here (`processes=False`: threads in this process, for tests).
    At most a few tasks per worker are in flight, so a million files do not become a
    million futures at once. Dask does not enforce `limits.max_seconds` and
    `limits.max_memory_mb` per file (its workers have their own memory limits); the cheap
    checks while reading (pages, unpacked size, characters) still apply.
    """
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=processes,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        pending = deque(tasks)
        window = max(4, 4 * max(1, jobs))
        keys = {}
        running = as_completed()

        def submit() -> None:
            key, args = pending.popleft()
            future = client.submit(fn, *args, pure=False)
            keys[future.key] = key
            running.add(future)

        for _ in range(min(window, len(pending))):
            submit()
        for future in running:
            key = keys.pop(future.key)
            try:
                value = future.result()
            except MemoryError:
                on_failure(key, TaskFailure(
                    "needed more memory than its Dask worker had", "split the file into smaller "
                    "parts, or give the Dask workers more memory", "max_memory_mb"))
            except Exception as exc:  # a worker lost, or a bug the task did not catch
                on_failure(key, TaskFailure(f"failed on its Dask worker ({type(exc).__name__}: {exc})",
                                            "please report this with the file attached", ""))
            else:
                on_result(key, value)
            future.release()
            if pending:
                submit()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def execute(executor: str, tasks: list[tuple[Any, tuple]], fn: Callable, jobs: int,
            limits: Limits, on_result: Callable[[Any, Any], None],
            on_failure: Callable[[Any, TaskFailure], None], scheduler: str | None = None,
            processes: bool = True) -> None:
    """Run the tasks on the executor named `executor` ("local" or "dask")."""
    if executor == "local":
        if scheduler:
            raise ValueError("--scheduler is for --executor dask")
        run_bounded(tasks, fn, max(1, jobs), limits, on_result, on_failure)
    elif executor == "dask":
        run_dask(tasks, fn, jobs, on_result, on_failure, scheduler=scheduler, processes=processes)
    else:
        raise ValueError(f"unknown executor {executor!r} (use one of {', '.join(EXECUTORS)})")
