"""The executors: every task reported once by its key, workers replaced after a number of
tasks (their memory does not grow with the run), the same outcomes on Dask."""
from __future__ import annotations

import os
import sys

import pytest

from pipeline.executors import execute, run_bounded
from pipeline.limits import Limits


def pid_and_square(n: int) -> tuple[int, int]:
    return os.getpid(), n * n


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork")
def test_workers_are_replaced_after_their_share_of_tasks():
    results, failures = {}, []
    run_bounded([(i, (i,)) for i in range(7)], pid_and_square, 1, Limits(),
                lambda k, v: results.__setitem__(k, v), lambda k, f: failures.append((k, f)),
                worker_tasks=2)
    assert failures == []
    assert {k: sq for k, (_, sq) in results.items()} == {i: i * i for i in range(7)}
    pids = [pid for _, (pid, _) in sorted(results.items())]
    assert len(set(pids)) == 4 and os.getpid() not in pids  # 2+2+2+1 tasks, none in this process
    assert all(pids[i] == pids[i + 1] for i in (0, 2, 4))


def test_dask_reports_every_task_by_its_key():
    pytest.importorskip("distributed")
    results = {}
    execute("dask", [(f"k{i}", (i,)) for i in range(5)], pid_and_square, 1, Limits(),
            lambda k, v: results.__setitem__(k, v[1]), lambda k, f: None, processes=False)
    assert results == {f"k{i}": i * i for i in range(5)}


def test_an_unknown_executor_is_refused():
    with pytest.raises(ValueError, match="unknown executor"):
        execute("spark", [], pid_and_square, 1, Limits(), print, print)
