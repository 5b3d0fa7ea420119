"""Batch conversion of a notice archive, end to end, in one run (issue 9's figures).

Builds zip archives of fixture notices, every member varied so that none repeats
(``_batch_fixture.py``: ~93% text, ~5% HTML, 2% PDF), then runs
``vacancy-parser convert ARCHIVE -o OUT.jsonl --format flat -q`` as a child process and
reports:

- notices/s with ``-j 1`` and with all cores (``-j`` default), wall clock from start
  to exit (interpreter start and imports included), and their ratio: reported, not
  asserted, as the machine is shared;
- CPU seconds per notice of each run: user + system time of the whole process tree
  (the CLI, its forkserver and the workers, which are the forkserver's children). This
  process makes itself a child subreaper (``prctl``), so that the forkserver, orphaned
  when the CLI exits, is reaped here and its and its workers' times reach
  ``RUSAGE_CHILDREN``; without it only the CLI's own time would be counted. The split
  between the CLI (parent) and the rest comes from ``/proc/<pid>/stat`` samples;
- notices/s per core: the all-core notices/s divided by the cores, and the CPU-time
  equivalent (notices per CPU second), the steadier figure on a shared machine;
- notices/s through a ``distributed.LocalCluster`` (two worker processes on loopback)
  with ``vacancy_parser.dask.convert_on_cluster``, cluster start-up reported apart;
- peak RSS (``VmHWM``, polled from ``/proc`` while the run lasts) of the CLI process and
  of its largest descendant (a worker), for the small and the large archive with all
  cores: neither may grow with the archive;
- whether the ``-j 1`` and the all-core outputs hold the same rows in the same order,
  and how many rows re-post linking marked (the archive is built so that it is none);
- the aims of issue 9: >= 300 notices/s per core end to end, >= 1.8 x with 2 workers.

    python benchmarks/batch.py [--members N] [--small N] [--quick]

Linux only (``/proc``, ``prctl``). ``--quick``: 600 and 200 members, a smoke run.
"""

from __future__ import annotations

import argparse
import ctypes
import io
import json
import os
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import _batch_fixture

AIM_PER_CORE = 300.0
AIM_SPEEDUP = 1.8
RSS_GROWTH_ALLOWED = 1.10  # peak RSS of the large archive's run / the small one's
POLL_SECONDS = 0.05
PR_SET_CHILD_SUBREAPER = 36
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(slots=True)
class Process:
    """What the samples of one process of the run's tree showed, at their last."""

    ppid: int
    cpu_seconds: float = 0.0
    hwm_kb: int = 0


@dataclass(slots=True)
class Run:
    """One ``convert`` run: its wall and CPU time and its process tree's samples."""

    notices: int
    wall: float
    cpu: float
    root: int
    tree: dict[int, Process] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.notices / self.wall

    @property
    def parent_cpu(self) -> float:
        return self.tree[self.root].cpu_seconds if self.root in self.tree else 0.0

    @property
    def parent_hwm_mb(self) -> float:
        return self.tree[self.root].hwm_kb / 1024 if self.root in self.tree else 0.0

    @property
    def workers(self) -> list[Process]:
        """The pool's workers: the grandchildren (the forkserver's children)."""
        return [p for pid, p in self.tree.items() if pid != self.root and p.ppid != self.root]

    @property
    def worker_hwm_mb(self) -> float:
        others = [p.hwm_kb for pid, p in self.tree.items() if pid != self.root]
        return max(others, default=0) / 1024

    @property
    def worker_busy(self) -> float:
        """The workers' CPU time over their wall time: 1.0 when none ever waits."""
        workers = self.workers
        return sum(p.cpu_seconds for p in workers) / (self.wall * len(workers)) if workers else 0


# --- the process tree, from /proc ---------------------------------------------------


def become_subreaper() -> bool:
    """Orphaned descendants (the forkserver, once the CLI exits) become our children."""
    libc = ctypes.CDLL(None, use_errno=True)
    return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0


def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, user + system CPU seconds) of ``pid``, or None if it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def _hwm_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next(
        (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM")), 0
    )


def _descendants(root: int) -> Iterator[tuple[int, int, float]]:
    """(pid, ppid, CPU seconds) of ``root`` and every process under it."""
    stats = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (stat := _stat(int(entry))) is not None:
            stats[int(entry)] = stat
    family = {root}
    while more := {pid for pid, (ppid, _) in stats.items() if ppid in family} - family:
        family |= more
    for pid in family:
        if pid in stats:
            yield pid, stats[pid][0], stats[pid][1]


def _sample(root: int, tree: dict[int, Process]) -> None:
    for pid, ppid, cpu in _descendants(root):
        process = tree.setdefault(pid, Process(ppid))
        process.cpu_seconds = max(process.cpu_seconds, cpu)
        process.hwm_kb = max(process.hwm_kb, _hwm_kb(pid))


def _reap_orphans(timeout: float = 10.0) -> None:
    """Wait for the descendants that were handed to us, so that their times are counted."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.01)
    print("  warning: a descendant of the run outlived it by 10 s; its CPU is not counted")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# --- the runs ---------------------------------------------------------------------------


def run_convert(archive: Path, out: Path, notices: int, jobs: int | None) -> Run:
    """``vacancy-parser convert`` of ``archive``, watched from start to exit."""
    command = [sys.executable, "-m", "vacancy_parser.cli", "convert", str(archive)]
    command += ["-o", str(out), "--format", "flat", "-q"]
    if jobs is not None:
        command += ["-j", str(jobs)]
    cpu_before = _children_cpu()
    start = time.perf_counter()
    child = subprocess.Popen(command)
    tree: dict[int, Process] = {}
    while True:
        _sample(child.pid, tree)
        try:
            code = child.wait(timeout=POLL_SECONDS)
            break
        except subprocess.TimeoutExpired:
            continue
    wall = time.perf_counter() - start
    _reap_orphans()
    if code not in (0, 1) or not out.exists():  # 1: some inputs failed (OUT.failures.jsonl)
        raise SystemExit(f"convert exited with {code}: {' '.join(command)}")
    return Run(notices, wall, _children_cpu() - cpu_before, child.pid, tree)


def run_cluster(archive: Path) -> tuple[float, float, list[dict[str, object]]]:
    """(start-up seconds, conversion seconds, flat rows) on a two-worker LocalCluster."""
    from distributed import LocalCluster

    from vacancy_parser.batch import Row, Settings
    from vacancy_parser.dask import convert_on_cluster

    start = time.perf_counter()
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        ready = time.perf_counter()
        settings = Settings(view="flat", jobs=None)
        results = list(convert_on_cluster(cluster.scheduler_address, [str(archive)], settings))
        done = time.perf_counter()
    rows = [json.loads(json.dumps(r.flat)) for r in results if isinstance(r, Row)]
    return ready - start, done - ready, rows


def read_rows(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def failures(out: Path) -> int:
    path = out.with_name(out.name + ".failures.jsonl")
    return len(read_rows(path)) if path.exists() else 0


def first_difference(a: list[dict[str, object]], b: list[dict[str, object]]) -> str:
    if len(a) != len(b):
        return f"{len(a)} rows against {len(b)}"
    index = next(i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
    return f"row {index} differs: {a[index].get('source_path')}"


# --- the report -------------------------------------------------------------------------


def build(folder: Path, members: int) -> Path:
    path = folder / f"notices_{members}.zip"
    start = time.perf_counter()
    counts = _batch_fixture.build(path, members)
    mix = ", ".join(f"{n} {suffix}" for suffix, n in sorted(counts.items()))
    print(
        f"built {path.name}: {members} members ({mix}), {path.stat().st_size / 1e6:.1f} MB, "
        f"in {time.perf_counter() - start:.1f} s"
    )
    return path


def as_tar(archive: Path) -> Path:
    """The same members as a .tar.gz: read as a stream, with no central directory."""
    target = archive.with_suffix(".tar.gz")
    with zipfile.ZipFile(archive) as source, tarfile.open(target, "w:gz") as tar:
        for info in source.infolist():
            data = source.read(info)
            member = tarfile.TarInfo(info.filename)
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))
    return target


def report_run(label: str, run: Run) -> None:
    ms = 1000 * run.cpu / run.notices
    parent_ms = 1000 * run.parent_cpu / run.notices
    print(
        f"  {label:10} {run.notices} notices in {run.wall:6.2f} s: {run.rate:7.1f} notices/s; "
        f"CPU {ms:.2f} ms/notice (CLI process {parent_ms:.2f}, workers and forkserver "
        f"{ms - parent_ms:.2f}); workers busy {run.worker_busy:.0%} of the wall time"
    )


def verdict(met: bool) -> str:
    return "met" if met else "not met"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, help="members of the large archive (5000)")
    parser.add_argument("--small", type=int, help="members of the small archive (1000)")
    parser.add_argument("--quick", action="store_true", help="600 and 200 members: a smoke run")
    args = parser.parse_args()
    large = args.members or (600 if args.quick else 5000)
    small = args.small or (200 if args.quick else 1000)
    cores = len(os.sched_getaffinity(0))
    if not become_subreaper():
        print("warning: not a child subreaper; worker CPU time will be missing")

    with tempfile.TemporaryDirectory(prefix="vp-batch-") as tmp:
        folder = Path(tmp)
        big, little = build(folder, large), build(folder, small)

        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"convert, end to end ({cores} cores; load average before: {load}):")
        one = run_convert(big, folder / "one.jsonl", large, jobs=1)
        report_run("-j 1", one)
        every = run_convert(big, folder / "all.jsonl", large, jobs=None)
        report_run(f"-j {cores}", every)
        few = run_convert(little, folder / "small.jsonl", small, jobs=None)
        report_run(f"-j {cores}", few)

        speedup = every.rate / one.rate
        per_core = every.rate / cores
        per_cpu_second = every.notices / every.cpu
        print(f"  all cores / 1 worker: {speedup:.2f} x (reported, not asserted: shared machine)")
        print(
            f"  per core: {per_core:.1f} notices/s (all-core rate / {cores}); "
            f"{per_cpu_second:.1f} notices per CPU second (1 worker: {one.notices / one.cpu:.1f})"
        )

        a, b = read_rows(folder / "one.jsonl"), read_rows(folder / "all.jsonl")
        same = "identical" if a == b else f"DIFFERENT ({first_difference(a, b)})"
        linked = sum(1 for row in b if row.get("duplicate_of"))
        print(
            f"  outputs of -j 1 and -j {cores}: {same}; {len(b)} rows, "
            f"{failures(folder / 'all.jsonl')} failures, {linked} linked as re-posts"
        )

        print("peak RSS, all cores (VmHWM):")
        for run in (few, every):
            print(
                f"  {run.notices:6} members: CLI process {run.parent_hwm_mb:6.1f} MB, "
                f"largest worker {run.worker_hwm_mb:6.1f} MB"
            )
        parent_ratio = every.parent_hwm_mb / few.parent_hwm_mb
        worker_ratio = every.worker_hwm_mb / few.worker_hwm_mb
        flat = parent_ratio <= RSS_GROWTH_ALLOWED and worker_ratio <= RSS_GROWTH_ALLOWED
        print(
            f"  {large} / {small} members: CLI process {parent_ratio:.2f} x, largest worker "
            f"{worker_ratio:.2f} x (must not grow: <= {RSS_GROWTH_ALLOWED:.2f} x): "
            f"{verdict(flat)}"
        )

        print("peak RSS of the same members as .tar.gz (a stream with no directory):")
        tar_runs = [
            run_convert(as_tar(path), folder / f"tar_{n}.jsonl", n, jobs=None)
            for path, n in ((little, small), (big, large))
        ]
        for run in tar_runs:
            print(
                f"  {run.notices:6} members: CLI process {run.parent_hwm_mb:6.1f} MB, "
                f"largest worker {run.worker_hwm_mb:6.1f} MB"
            )
        tar_ratio = tar_runs[1].parent_hwm_mb / tar_runs[0].parent_hwm_mb
        print(f"  {large} / {small} members: CLI process {tar_ratio:.2f} x")

        startup, seconds, rows = run_cluster(big)
        unlinked = [{**row, "duplicate_of": None} for row in b]  # the cluster path links none
        same_rows = "same rows" if rows == unlinked else "rows DIFFER"
        print(
            f"LocalCluster (2 worker processes): {large / seconds:.1f} notices/s "
            f"({seconds:.2f} s; start-up {startup:.2f} s apart); {same_rows} as the local "
            "run, re-post links aside"
        )
        print(f"load average after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")

    print(
        f"aim >= {AIM_PER_CORE:.0f} notices/s per core end to end: {per_core:.1f}: "
        f"{verdict(per_core >= AIM_PER_CORE)}"
    )
    print(
        f"aim >= {AIM_SPEEDUP} x with 2 workers against 1 (-j {cores}): {speedup:.2f} x: "
        f"{verdict(speedup >= AIM_SPEEDUP)}"
    )


if __name__ == "__main__":
    main()
