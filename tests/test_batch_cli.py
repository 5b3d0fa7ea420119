"""``convert`` on many inputs: failures beside the output, resume, re-posts, pipes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from vacancy_parser.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "fixtures" / "gold"
SEED003 = ROOT / "fixtures" / "examples" / "seed003.txt"
NOTICES = sorted(GOLD.glob("*.txt"))


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "vacancy_parser.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )


def test_bad_files_go_to_the_failures_file_and_the_rest_converts(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED003, folder / "a.txt")
    (folder / "b.pdf").write_bytes(b"%PDF-1.4\n1 0 obj garbage")
    (folder / "c.txt").write_bytes(b"")
    (folder / "d.txt").write_bytes(bytes(range(256)) * 8)
    shutil.copy(SEED003, folder / "e.txt")
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(folder), "-o", str(out), "--format", "flat", "-q"]) == 1
    assert [r["source"] for r in _rows(out)] == ["a.txt", "e.txt"]
    failures = _rows(tmp_path / "out.jsonl.failures.jsonl")
    assert [f["source_path"].rsplit("/", 1)[1] for f in failures] == ["b.pdf", "c.txt", "d.txt"]
    assert [f["error"] for f in failures] == ["unreadable", "empty", "unreadable"]
    assert not (tmp_path / "out.jsonl.progress.jsonl").exists()


def test_same_basename_in_two_folders_gives_two_rows(tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        shutil.copy(SEED003, tmp_path / sub / "x.txt")
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(out), "-q"]) == 0
    rows = _rows(out)
    assert [r["source"] for r in rows] == ["x.txt", "x.txt"]
    assert len({r["source_path"] for r in rows}) == 2


def test_a_folder_readme_is_skipped_and_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED003, folder / "a.txt")
    (folder / "README.md").write_text("# Notices\nThis folder holds notices.\n")
    out = tmp_path / "out" / "x.jsonl"
    assert main(["convert", str(folder), "-o", str(out), "--format", "flat"]) == 0
    assert [r["source"] for r in _rows(out)] == ["a.txt"]
    assert "1 files skipped" in capsys.readouterr().err


def test_every_input_missing_is_a_usage_error_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(tmp_path / "nope.txt"), "-o", str(out), "-q"]) == 2
    assert not out.exists()
    assert not list(tmp_path.iterdir())


def test_an_existing_output_stays_until_the_run_ends(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    run = _cli("convert", *map(str, NOTICES), "-o", str(out), "-j", "1", "--format", "flat")
    progress = tmp_path / "out.jsonl.progress.jsonl"
    _wait_for_lines(progress, 3, run)
    assert out.read_text() == "old\n"
    assert run.wait(timeout=120) == 0
    assert len(_rows(out)) == len(NOTICES)


def _wait_for_lines(path: Path, count: int, process: subprocess.Popen[bytes]) -> None:
    """Until ``path`` has ``count`` lines: the test is driven by rows written, not by time."""
    while process.poll() is None:
        if path.exists() and path.read_bytes().count(b"\n") >= count:
            return
        time.sleep(0.02)
    raise AssertionError(f"the run ended before {count} rows: {process.stderr.read()!r}")


def _processes_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                environ = (entry / "environ").read_bytes()
            except OSError:
                continue
            if marker.encode() in environ:
                found.append(int(entry.name))
    return found


_KILL_INPUTS = 160


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_kill_9_then_resume_gives_every_input_once(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    # Enough inputs that the run cannot end before the test sees its tenth row, even on a
    # loaded machine (40 ended first once, with the other core busy).
    for i in range(_KILL_INPUTS):
        notice = NOTICES[i % 40]
        shutil.copy(notice, folder / f"{i:03d}_{notice.name}")
    shutil.copy(SEED003, folder / "zz_empty.txt")
    (folder / "zz_empty.txt").write_bytes(b"")
    out = tmp_path / f"out.{fmt}"
    marker = f"VP_TEST_{uuid.uuid4().hex}"
    run = _cli(
        "convert", str(folder), "-o", str(out), "-j", "2", "--format", "flat", env={marker: "1"}
    )
    _wait_for_lines(tmp_path / f"out.{fmt}.progress.jsonl", 10, run)
    run.send_signal(signal.SIGKILL)
    run.wait()
    deadline = time.monotonic() + 10
    while _processes_with(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_with(marker) == [], "workers outlived their parent"
    assert not out.exists()
    again = _cli("convert", str(folder), "-o", str(out), "--format", "flat", "--resume")
    assert again.wait(timeout=120) == 1, again.stderr.read()
    if fmt == "csv":
        import csv

        with out.open(encoding="utf-8", newline="") as handle:
            names = [row["source"] for row in csv.DictReader(handle)]
    else:
        names = [str(r["source"]) for r in _rows(out)]
    failures = _rows(tmp_path / f"out.{fmt}.failures.jsonl")
    assert [f["source_path"] for f in failures] == [str(folder / "zz_empty.txt")]
    assert sorted(names) == sorted(p.name for p in folder.iterdir() if p.name != "zz_empty.txt")


def test_resume_of_a_finished_output_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(SEED003), "-o", str(out), "-q"]) == 0
    assert main(["convert", str(SEED003), "-o", str(out), "-q", "--resume"]) == 2


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path) -> None:
    inputs = [str(p) for p in NOTICES[:30]]
    run = subprocess.run(
        f"{sys.executable} -m vacancy_parser.cli convert {' '.join(inputs)} -o - "
        "--format flat -j 1 | head -n 1",
        shell=True,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert run.stdout.count(b"\n") == 1
    assert run.stderr == b""


def test_a_repost_is_linked_and_its_changes_reported(tmp_path: Path) -> None:
    text = SEED003.read_text(encoding="utf-8")
    (tmp_path / "1.txt").write_text(text, encoding="utf-8")
    extended = text.replace("15-Dec-2024", "05-Jan-2025").replace("15-déc.-2024", "05-janv.-2025")
    assert extended != text
    (tmp_path / "2.txt").write_text("Share this job | Apply now\n\n" + extended, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(tmp_path / "1.txt"), str(tmp_path / "2.txt"), "-o", str(out)]) == 0
    first, second = _rows(out)
    assert first["duplicate_of"] is None
    assert second["duplicate_of"] == str(tmp_path / "1.txt")
    changed = [i for i in second["issues"] if i["code"] == "reposted_changed"]  # type: ignore[attr-defined]
    assert [i["field"] for i in changed] == ["deadline"]
    assert "2024-12-15" in changed[0]["message"] and "2025-01-05" in changed[0]["message"]


def test_stdin_is_one_notice(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "vacancy_parser.cli", "convert", "-", "-o", "-", "--format", "flat"],
        input=SEED003.read_bytes(),
        capture_output=True,
        timeout=60,
        check=True,
    )
    (row,) = [json.loads(line) for line in run.stdout.splitlines()]
    assert row["source_path"] == "-" and row["reference"] == "241656"


def test_verbose_names_each_input_and_quiet_says_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "o.jsonl"
    assert main(["convert", str(SEED003), "-o", str(out), "-v"]) == 0
    assert "seed003.txt: vacancy" in capsys.readouterr().err
    assert main(["convert", str(SEED003), "-o", str(out), "-q"]) == 0
    assert capsys.readouterr().err == ""


@pytest.fixture
def slow_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file named ``slow.txt`` takes 30 s to parse (in this process: ``-j 0``)."""
    import vacancy_parser.batch as batch

    real = batch.process

    def slow(member, view, options):  # type: ignore[no-untyped-def]
        if member.name == "slow.txt":
            time.sleep(30)
        return real(member, view, options)

    monkeypatch.setattr(batch, "process", slow)


@pytest.mark.usefixtures("slow_file")
def test_a_file_over_the_time_limit_is_a_failure_in_process(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED003, folder / "a.txt")
    shutil.copy(SEED003, folder / "slow.txt")
    out = tmp_path / "o.jsonl"
    args = ["convert", str(folder), "-o", str(out), "-j", "0", "--time-limit", "0.5", "-q"]
    assert main(args) == 1
    assert [r["source"] for r in _rows(out)] == ["a.txt"]
    (failure,) = _rows(tmp_path / "o.jsonl.failures.jsonl")
    assert failure["error"] == "timeout"


@pytest.mark.usefixtures("slow_file")
def test_bad_members_of_an_archive_are_failures_and_the_rest_converts(tmp_path: Path) -> None:
    import tarfile

    folder = tmp_path / "members"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    shutil.copy(SEED003, folder / "a" / "x.txt")
    shutil.copy(SEED003, folder / "b" / "x.txt")
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 16)
    shutil.copy(SEED003, folder / "slow.txt")
    archive = tmp_path / "notices.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for name in ("a/x.txt", "corrupt.pdf", "empty.txt", "binary.txt", "slow.txt", "b/x.txt"):
            tar.add(folder / name, arcname=name)
    out = tmp_path / "o.jsonl"
    args = ["convert", str(archive), "-o", str(out), "-j", "0", "--time-limit", "0.5", "-q"]
    assert main([*args, "--format", "flat"]) == 1
    assert [r["source_path"] for r in _rows(out)] == [f"{archive}!a/x.txt", f"{archive}!b/x.txt"]
    failures = {
        f["source_path"].split("!")[1]: f["error"] for f in _rows(Path(f"{out}.failures.jsonl"))
    }
    assert failures == {
        "corrupt.pdf": "unreadable",
        "empty.txt": "empty",
        "binary.txt": "unreadable",
        "slow.txt": "timeout",
    }


def test_a_zip_bomb_is_a_failure_row(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(SEED003, "first.txt")
        with zf.open("zeros.txt", "w", force_zip64=True) as member:
            for _ in range(60):
                member.write(bytes(1024 * 1024))
        zf.write(SEED003, "last.txt")
    out = tmp_path / "o.jsonl"
    assert main(["convert", str(archive), "-o", str(out), "-q", "--format", "flat"]) == 1
    assert [r["source"] for r in _rows(out)] == ["first.txt", "last.txt"]
    (failure,) = _rows(Path(f"{out}.failures.jsonl"))
    assert failure["source_path"] == f"{archive}!zeros.txt"
    assert failure["error"] == "archive_bomb"


def test_parquet_keeps_finished_row_groups_across_an_interruption(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from vacancy_parser.batch import Settings, convert
    from vacancy_parser.batch import output as output_module
    from vacancy_parser.batch.output import Output

    monkeypatch.setattr(output_module, "PARQUET_ROW_GROUP", 3)
    inputs = [str(p) for p in NOTICES[:8]]
    settings = Settings(jobs=0, view="flat")
    target = str(tmp_path / "o.parquet")
    first = Output(target, "parquet", "flat")
    for row in list(convert(inputs, settings))[:7]:
        first.write(row)  # two row groups of 3 finished, one row pending
    first.close()
    again = Output(target, "parquet", "flat", resume=True)
    assert len(again.done) == 6
    for row in convert(inputs, settings, frozenset(again.done)):
        again.write(row)
    again.finish()
    table = pq.read_table(target)
    assert sorted(table.column("source_path").to_pylist()) == sorted(inputs)
    assert pq.ParquetFile(target).metadata.num_row_groups == 3


def test_parquet_outputs_of_separate_runs_concatenate(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    vacancies, others = tmp_path / "v.parquet", tmp_path / "n.parquet"
    assert main(["convert", str(SEED003), "-o", str(vacancies), "-q", "--format", "flat"]) == 0
    not_notice = ROOT / "fixtures" / "examples" / "seed000_not_vacancy.txt"
    assert main(["convert", str(not_notice), "-o", str(others), "-q", "--format", "flat"]) == 0
    table = pa.concat_tables([pq.read_table(vacancies), pq.read_table(others)])
    assert table.column("kind").to_pylist() == ["vacancy", "not_vacancy"]


def test_a_terminal_gets_a_progress_bar_and_a_pipe_does_not(tmp_path: Path) -> None:
    import pty

    primary, secondary = pty.openpty()
    args = [sys.executable, "-m", "vacancy_parser.cli", "convert", str(GOLD), "-j", "1"]
    with subprocess.Popen([*args, "-o", str(tmp_path / "a.jsonl")], stderr=secondary) as run:
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    assert run.returncode == 0
    total = sum(p.suffix in {".txt", ".html", ".pdf"} for p in GOLD.iterdir())
    assert f"{total}/{total}".encode() in shown
    assert b"notices/s" in shown
    piped = subprocess.run(
        [*args, "-o", str(tmp_path / "b.jsonl")], capture_output=True, check=True
    )
    assert b"notices/s" not in piped.stderr
    assert piped.stderr.count(b"\n") == 1  # the summary only


def test_ctrl_c_stops_with_130_and_resume_finishes(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    # Stopped after its first row: the rest of the run is the window for the signal. Fifty
    # notices once ran out before the signal came on a loaded machine (so did five rows
    # before that); three hundred real excerpts more give it about two seconds.
    excerpts = sorted((ROOT / "fixtures" / "real").glob("*.txt"))[:300]
    inputs = [str(p) for p in [*NOTICES, *excerpts]]
    run = _cli("convert", *inputs, "-o", str(out), "-j", "1", "--format", "flat")
    _wait_for_lines(tmp_path / "out.jsonl.progress.jsonl", 1, run)
    run.send_signal(signal.SIGINT)
    assert run.wait(timeout=60) == 130
    assert b"--resume" in run.stderr.read()
    assert main(["convert", *inputs, "-o", str(out), "--format", "flat", "--resume", "-q"]) == 0
    assert sorted(str(r["source_path"]) for r in _rows(out)) == sorted(inputs)


def test_inputs_can_come_from_a_list(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"# notices\n{SEED003}\n\n{NOTICES[0]}\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["convert", "--files-from", str(listing), "-o", str(out), "-q"]) == 0
    assert [r["source_path"] for r in _rows(out)] == [str(SEED003), str(NOTICES[0])]
