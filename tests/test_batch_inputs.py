"""Inputs to entries: folders, globs, stdin and archives, including damaged and hostile ones."""

from __future__ import annotations

import gzip
import io
import os
import random
import stat
import sys
import tarfile
import tracemalloc
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vacancy_parser.batch.entries import (
    ARCHIVE_SUFFIXES,
    ERROR_CLASSES,
    NOTICE_SUFFIXES,
    SKIP_REASONS,
    Entry,
    Failure,
    Limits,
    Member,
    Skipped,
)
from vacancy_parser.batch.inputs import estimate_total, expand, files_from

DEFAULT = Limits()
TarMode = Literal["w", "w:gz", "w:bz2", "w:xz"]
TAR_MODES: dict[str, TarMode] = {
    "tar": "w",
    "tar.gz": "w:gz",
    "tgz": "w:gz",
    "tar.bz2": "w:bz2",
    "tar.xz": "w:xz",
}


def run(
    items: Iterable[str], limits: Limits = DEFAULT, stdin: io.BytesIO | None = None
) -> list[Entry]:
    """``expand`` as a list, checking what every entry promises."""
    entries = list(expand(items, limits, stdin=stdin))
    for entry in entries:
        if isinstance(entry, Failure):
            assert entry.error in ERROR_CLASSES
            assert entry.message.startswith(entry.source_path + ": ")
            assert "\n" not in entry.message
        elif isinstance(entry, Skipped):
            assert entry.reason in SKIP_REASONS
        else:
            assert (entry.path is None) != (entry.data is None)
    return entries


def message_of(entry: Entry) -> str:
    assert isinstance(entry, Failure)
    return entry.message


def sources(entries: list[Entry]) -> list[str]:
    return [e.source_path for e in entries]


def members(entries: list[Entry]) -> dict[str, bytes | None]:
    return {e.source_path: e.data for e in entries if isinstance(e, Member)}


def failures(entries: list[Entry]) -> dict[str, str]:
    return {e.source_path: e.error for e in entries if isinstance(e, Failure)}


def skipped(entries: list[Entry]) -> dict[str, str]:
    return {e.source_path: e.reason for e in entries if isinstance(e, Skipped)}


def make_zip(path: Path, files: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def tar_bytes(files: dict[str, bytes], mode: TarMode = "w") -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def make_tar(path: Path, files: dict[str, bytes], mode: TarMode = "w") -> Path:
    path.write_bytes(tar_bytes(files, mode))
    return path


def noise(size: int, seed: int) -> bytes:
    """Bytes that do not compress, so compressed and plain offsets stay close."""
    return random.Random(seed).randbytes(size)


FIVE = {f"n{i}.txt": noise(20_000, i) for i in range(1, 6)}


# --- folders, globs, missing paths, stdin ------------------------------------------------


def test_suffix_tables() -> None:
    assert ".md" not in NOTICE_SUFFIXES
    assert {".txt", ".text", ".pdf", ".html", ".htm"} == NOTICE_SUFFIXES
    assert ".tar.gz" in ARCHIVE_SUFFIXES and ".zip" in ARCHIVE_SUFFIXES
    for later in ("timeout", "memory", "crashed", "parse_error", "internal"):
        assert later in ERROR_CLASSES


def test_folder_walk_sorts_full_relative_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    names = ["b.txt", "a/x.txt", "a.txt", "a-b.txt", "A.txt", "a/z/y.htm", "a/y.pdf"]
    for name in names:
        Path("gold", name).parent.mkdir(parents=True, exist_ok=True)
        Path("gold", name).write_text(name)
    entries = run(["gold"])
    assert sources(entries) == [f"gold/{n}" for n in sorted(names)]
    first = entries[0]
    assert isinstance(first, Member)
    assert (first.name, first.path, first.data) == ("A.txt", os.path.join("gold", "A.txt"), None)
    assert sources(run(["gold/"])) == [f"gold/{n}" for n in sorted(names)]


def test_folder_skips_suffix_and_hidden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d" / ".git" / "objects").mkdir(parents=True)
    (tmp_path / "d" / ".git" / "objects" / "a.txt").write_text("x")
    for name in ("README.md", "notes.json", ".hidden.txt", "ok.TXT", "page.html"):
        (tmp_path / "d" / name).write_text("x")
    entries = run(["d"])
    assert skipped(entries) == {
        "d/.git": "hidden",
        "d/.hidden.txt": "hidden",
        "d/README.md": "suffix",
        "d/notes.json": "suffix",
    }
    assert list(members(entries)) == ["d/ok.TXT", "d/page.html"]


def test_explicit_file_is_taken_whatever_its_suffix(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("x")
    entries = run([str(readme)])
    assert entries == [Member(str(readme), name="README.md", path=str(readme))]


def test_same_basename_in_two_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for year in ("2023", "2024"):
        Path("d", year).mkdir(parents=True)
        Path("d", year, "a.txt").write_text(year)
    entries = run(["d"])
    assert sources(entries) == ["d/2023/a.txt", "d/2024/a.txt"]
    assert {e.name for e in entries if isinstance(e, Member)} == {"a.txt"}


def test_folder_symlinks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("d/sub").mkdir(parents=True)
    Path("d/a.txt").write_text("a")
    os.symlink("..", "d/sub/loop")
    os.symlink("../a.txt", "d/sub/b.txt")
    os.symlink("missing.txt", "d/sub/c.txt")
    entries = run(["d"])
    assert skipped(entries) == {"d/sub/loop": "directory"}
    assert list(members(entries)) == ["d/a.txt", "d/sub/b.txt"]
    assert failures(entries) == {"d/sub/c.txt": "not_found"}


def test_unreadable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "d").mkdir()

    def refuse(path: str) -> None:
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(os, "scandir", refuse)
    entries = run([str(tmp_path / "d")])
    assert failures(entries) == {f"{tmp_path}/d": "unreadable"}
    assert "Permission denied" in message_of(entries[0])


def test_glob(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("d/sub").mkdir(parents=True)
    for name in ("d/b.txt", "d/a.txt", "d/sub/c.txt", "d/notes.md"):
        Path(name).write_text("x")
    assert sources(run(["d/*.txt"])) == ["d/a.txt", "d/b.txt"]
    assert sources(run(["d/*.md"])) == ["d/notes.md"]  # a match counts as given explicitly
    assert sources(run(["d/**/*.txt"])) == ["d/a.txt", "d/b.txt", "d/sub/c.txt"]
    everything = run(["d/**"])
    assert sources(everything) == ["d/a.txt", "d/b.txt", "d/notes.md", "d/sub/c.txt"]
    assert skipped(everything) == {"d/notes.md": "suffix"}


def test_missing_path_and_empty_glob(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("here.txt").write_text("x")
    entries = run(["nope.txt", "here.txt", "none*.txt"])
    assert failures(entries) == {"nope.txt": "not_found", "none*.txt": "not_found"}
    assert sources(entries) == ["nope.txt", "here.txt", "none*.txt"]
    assert "no such file or folder; check the path" in message_of(entries[0])


def test_stdin() -> None:
    entries = run(["-"], stdin=io.BytesIO(b"Vacancy notice"))
    assert entries == [Member("-", name="stdin", data=b"Vacancy notice")]


def test_stdin_default_is_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"piped")))
    assert run(["-"]) == [Member("-", name="stdin", data=b"piped")]


def test_stdin_over_the_cap() -> None:
    entries = run(["-"], Limits(max_member_bytes=10), stdin=io.BytesIO(b"x" * 11))
    assert failures(entries) == {"-": "too_large"}
    assert run(["-"], Limits(max_member_bytes=10), stdin=io.BytesIO(b"x" * 10))[0] == Member(
        "-", name="stdin", data=b"x" * 10
    )


def test_expand_is_lazy(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")

    def given() -> Iterable[str]:
        yield str(tmp_path / "a.txt")
        raise AssertionError("read past the first entry")

    assert isinstance(next(expand(given())), Member)


# --- zip and tar -------------------------------------------------------------------------


def test_zip_members_in_archive_order(tmp_path: Path) -> None:
    files = {
        "z.txt": b"z",
        "2024/a.txt": b"new",
        "2023/a.txt": b"old",
        "dir/": b"",
        "x.json": b"{}",
    }
    archive = make_zip(tmp_path / "notices.zip", files)
    entries = run([str(archive)])
    prefix = f"{archive}!"
    assert sources(entries) == [prefix + n for n in ("z.txt", "2024/a.txt", "2023/a.txt", "x.json")]
    assert members(entries) == {
        prefix + "z.txt": b"z",
        prefix + "2024/a.txt": b"new",
        prefix + "2023/a.txt": b"old",
    }
    assert skipped(entries) == {prefix + "x.json": "suffix"}
    assert [e.name for e in entries if isinstance(e, Member)] == ["z.txt", "a.txt", "a.txt"]


def test_zip_hidden_entries(tmp_path: Path) -> None:
    files = {"__MACOSX/d/._a.txt": b"", "d/._b.txt": b"", "d/a.txt": b"a"}
    archive = make_zip(tmp_path / "mac.zip", files)
    entries = run([str(archive)])
    assert skipped(entries) == {
        f"{archive}!__MACOSX/d/._a.txt": "hidden",
        f"{archive}!d/._b.txt": "hidden",
    }
    assert list(members(entries)) == [f"{archive}!d/a.txt"]


@pytest.mark.parametrize("suffix", sorted(TAR_MODES))
def test_tar_every_compression(tmp_path: Path, suffix: str) -> None:
    files = {"2023/a.txt": b"old", "2024/a.txt": b"new", "notes.md": b"x", "b.pdf": b"%PDF"}
    archive = make_tar(tmp_path / f"notices.{suffix}", files, TAR_MODES[suffix])
    entries = run([str(archive)])
    prefix = f"{archive}!"
    assert sources(entries) == [prefix + n for n in files]
    assert members(entries) == {prefix + n: d for n, d in files.items() if n != "notes.md"}
    assert skipped(entries) == {prefix + "notes.md": "suffix"}


def test_archives_in_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("d").mkdir()
    make_zip(Path("d/a.zip"), {"x.txt": b"x"})
    make_tar(Path("d/b.tgz"), {"y.txt": b"y"}, "w:gz")
    assert sources(run(["d"])) == ["d/a.zip!x.txt", "d/b.tgz!y.txt"]


def test_tar_links_and_specials(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        info = tarfile.TarInfo("a.txt")
        info.size = 1
        archive.addfile(info, io.BytesIO(b"a"))
        for name, kind in (("soft.txt", tarfile.SYMTYPE), ("hard.txt", tarfile.LNKTYPE)):
            link = tarfile.TarInfo(name)
            link.type, link.linkname = kind, "a.txt"
            archive.addfile(link)
        fifo = tarfile.TarInfo("pipe.txt")
        fifo.type = tarfile.FIFOTYPE
        archive.addfile(fifo)
        folder = tarfile.TarInfo("sub")
        folder.type = tarfile.DIRTYPE
        archive.addfile(folder)
        after = tarfile.TarInfo("sub/z.txt")
        after.size = 1
        archive.addfile(after, io.BytesIO(b"z"))
    path = tmp_path / "links.tar.gz"
    path.write_bytes(buffer.getvalue())
    entries = run([str(path)])
    p = f"{path}!"
    assert failures(entries) == {p + "soft.txt": "archive_link", p + "hard.txt": "archive_link"}
    assert "a link, not followed" in message_of(entries[1])
    assert skipped(entries) == {p + "pipe.txt": "special"}
    assert members(entries) == {p + "a.txt": b"a", p + "sub/z.txt": b"z"}


def test_zip_symlink_member(tmp_path: Path) -> None:
    path = tmp_path / "links.zip"
    with zipfile.ZipFile(path, "w") as archive:
        link = zipfile.ZipInfo("link.txt")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
        archive.writestr("a.txt", "a")
    entries = run([str(path)])
    assert failures(entries) == {f"{path}!link.txt": "archive_link"}
    assert members(entries) == {f"{path}!a.txt": b"a"}


def test_zip_bomb_stops_at_the_cap_and_the_next_member_is_read(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "bomb.zip", {"zeros.txt": bytes(5_000_000), "after.txt": b"fine"})
    limits = Limits(max_member_bytes=1_000_000)
    tracemalloc.start()
    try:
        entries = run([str(archive)], limits)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert failures(entries) == {f"{archive}!zeros.txt": "archive_bomb"}
    assert "expands beyond 1 MB" in message_of(entries[0])
    assert members(entries) == {f"{archive}!after.txt": b"fine"}
    assert peak < 4 * limits.max_member_bytes


def test_ratio_bomb(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "ratio.zip", {"zeros.txt": bytes(300_000), "after.txt": b"ok"})
    entries = run([str(archive)], Limits(ratio_floor=10_000))
    assert failures(entries) == {f"{archive}!zeros.txt": "archive_bomb"}
    assert "more than 100 times its compressed size" in message_of(entries[0])
    assert members(entries) == {f"{archive}!after.txt": b"ok"}
    # Under the floor a high ratio is fine: a short notice of blanks is no bomb.
    assert f"{archive}!zeros.txt" in members(run([str(archive)]))


def test_tar_member_over_the_cap_and_the_stream_goes_on(tmp_path: Path) -> None:
    archive = make_tar(
        tmp_path / "big.tar.xz", {"big.txt": bytes(3_000_000), "after.txt": b"ok"}, "w:xz"
    )
    entries = run([str(archive)], Limits(max_member_bytes=1_000_000))
    assert failures(entries) == {f"{archive}!big.txt": "archive_bomb"}
    assert members(entries) == {f"{archive}!after.txt": b"ok"}


def test_tar_memory_stays_flat_with_many_members(tmp_path: Path) -> None:
    def peak(count: int) -> int:
        archive = make_tar(
            tmp_path / f"many{count}.tar", {f"{i:05}.txt": b"x" for i in range(count)}
        )
        tracemalloc.start()
        try:
            assert sum(1 for _ in expand([str(archive)])) == count
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    assert peak(5000) < peak(500) + 200_000  # tarfile keeping each TarInfo would add MBs


def tar_offsets(raw: bytes) -> list[tuple[int, int]]:
    """(start, end) of each member's data in a plain tar."""
    with tarfile.open(fileobj=io.BytesIO(raw)) as archive:
        return [(m.offset_data, m.offset_data + m.size) for m in archive.getmembers()]


def gzip_cut(raw: bytes, at: int) -> bytes:
    """A gzip of ``raw`` cut so that exactly ``raw[:at]`` can be decompressed."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as stream:
        stream.write(raw[:at])
        stream.flush()
        cut = buffer.tell()
        stream.write(raw[at:])
    return buffer.getvalue()[:cut]


def assert_first_then_truncated(entries: list[Entry], archive: Path, kept: int) -> None:
    names = list(FIVE)
    assert members(entries) == {f"{archive}!{n}": FIVE[n] for n in names[:kept]}
    assert len(entries) == kept + 1
    last = entries[-1]
    assert isinstance(last, Failure) and last.error == "archive_truncated"
    assert last.source_path == str(archive)
    assert f"after {kept} members" in last.message and names[kept] in last.message
    assert "check the download" in last.message


def test_truncated_tar_gz(tmp_path: Path) -> None:
    raw = tar_bytes(FIVE)
    start, end = tar_offsets(raw)[2]
    archive = tmp_path / "cut.tar.gz"
    archive.write_bytes(gzip_cut(raw, (start + end) // 2))
    assert_first_then_truncated(run([str(archive)]), archive, kept=2)


def test_truncated_plain_tar(tmp_path: Path) -> None:
    raw = tar_bytes(FIVE)
    start, end = tar_offsets(raw)[2]
    archive = tmp_path / "cut.tar"
    archive.write_bytes(raw[: (start + end) // 2])
    assert_first_then_truncated(run([str(archive)]), archive, kept=2)


def test_tar_cut_between_members_is_noticed(tmp_path: Path) -> None:
    raw = tar_bytes(FIVE)
    _, second_end = tar_offsets(raw)[1]
    third_header = tar_offsets(raw)[2][0] - 512
    archive = tmp_path / "cut.tar"
    for cut in (second_end + 10, third_header, third_header + 1, third_header + 300):
        archive.write_bytes(raw[:cut])
        entries = run([str(archive)])
        assert list(members(entries)) == [f"{archive}!n1.txt", f"{archive}!n2.txt"]
        assert failures(entries) == {str(archive): "archive_truncated"}
        assert "after 2 members" in message_of(entries[-1])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(fraction=st.floats(min_value=0.0, max_value=1.0))
def test_any_cut_of_a_tar_gz_keeps_the_members_before_it(tmp_path: Path, fraction: float) -> None:
    whole = tar_bytes(FIVE, "w:gz")
    cut = whole[: int(len(whole) * fraction)]
    archive = tmp_path / "any.tar.gz"
    archive.write_bytes(cut)
    entries = run([str(archive)])
    got = [e for e in entries if isinstance(e, Member)]
    expected = list(FIVE.items())[: len(got)]
    assert [(e.name, e.data) for e in got] == expected
    if len(got) < len(FIVE):
        assert isinstance(entries[-1], Failure)
        assert entries[-1].error in {"archive_truncated", "archive_corrupt"}


@pytest.mark.parametrize("size", range(1, 11))
def test_a_tar_gz_cut_inside_its_gzip_header_is_corrupt(tmp_path: Path, size: int) -> None:
    archive = tmp_path / "cut.tar.gz"
    archive.write_bytes(tar_bytes(FIVE, "w:gz")[:size])
    entries = run([str(archive)])
    assert isinstance(entries[-1], Failure)
    assert entries[-1].error in {"archive_truncated", "archive_corrupt"}


def test_truncated_zip(tmp_path: Path) -> None:
    whole = zip_bytes(FIVE)
    archive = tmp_path / "cut.zip"
    archive.write_bytes(whole[: len(whole) // 2])
    entries = run([str(archive)])
    assert failures(entries) == {str(archive): "archive_corrupt"}
    assert len(entries) == 1


def test_not_an_archive(tmp_path: Path) -> None:
    (tmp_path / "a.zip").write_text("not a zip")
    (tmp_path / "b.tar.gz").write_text("not a tar")
    (tmp_path / "c.tar").write_bytes(b"")
    entries = run([str(tmp_path / n) for n in ("a.zip", "b.tar.gz", "c.tar")])
    assert set(failures(entries).values()) == {"archive_corrupt"}
    assert len(entries) == 3


def test_zip_bad_member_fails_alone(tmp_path: Path) -> None:
    raw = bytearray(zip_bytes({"a.txt": b"A" * 1000, "b.txt": b"bee"}))
    header = raw.index(b"PK\x03\x04")
    raw[header + 30 + len("a.txt") + 5] ^= 0xFF  # inside a.txt's deflated data
    archive = tmp_path / "bad.zip"
    archive.write_bytes(bytes(raw))
    entries = run([str(archive)])
    assert failures(entries) == {f"{archive}!a.txt": "archive_corrupt"}
    assert members(entries) == {f"{archive}!b.txt": b"bee"}


def test_zip_encrypted_member(tmp_path: Path) -> None:
    raw = bytearray(zip_bytes({"secret.txt": b"s", "open.txt": b"o"}))
    raw[raw.index(b"PK\x03\x04") + 6] |= 1
    raw[raw.index(b"PK\x01\x02") + 8] |= 1
    archive = tmp_path / "locked.zip"
    archive.write_bytes(bytes(raw))
    entries = run([str(archive)])
    assert failures(entries) == {f"{archive}!secret.txt": "archive_corrupt"}
    assert "encrypted" in message_of(entries[0])
    assert members(entries) == {f"{archive}!open.txt": b"o"}


def test_zip_unsupported_compression_fails_alone(tmp_path: Path) -> None:
    raw = bytearray(zip_bytes({"odd.txt": b"o", "fine.txt": b"f"}))
    raw[raw.index(b"PK\x03\x04") + 8] = 99
    raw[raw.index(b"PK\x01\x02") + 10] = 99
    archive = tmp_path / "odd.zip"
    archive.write_bytes(bytes(raw))
    entries = run([str(archive)])
    assert failures(entries) == {f"{archive}!odd.txt": "archive_corrupt"}
    assert "compression" in message_of(entries[0])
    assert members(entries) == {f"{archive}!fine.txt": b"f"}


def test_nested_archives(tmp_path: Path) -> None:
    inner_tar = tar_bytes({"x.txt": b"deep"}, "w:gz")
    archive = make_zip(
        tmp_path / "outer.zip", {"inner.zip": zip_bytes({"x.txt": b"x"}), "inner.tar.gz": inner_tar}
    )
    entries = run([str(archive)])
    assert members(entries) == {
        f"{archive}!inner.zip!x.txt": b"x",
        f"{archive}!inner.tar.gz!x.txt": b"deep",
    }
    assert [e.name for e in entries if isinstance(e, Member)] == ["x.txt", "x.txt"]


def test_nesting_deeper_than_the_limit(tmp_path: Path) -> None:
    inner = zip_bytes({"x.txt": b"x"})
    middle = zip_bytes({"inner.zip": inner, "m.txt": b"m"})
    archive = make_zip(tmp_path / "outer.zip", {"middle.zip": middle})
    entries = run([str(archive)])
    assert failures(entries) == {f"{archive}!middle.zip!inner.zip": "archive_nested"}
    assert "deeper than 2 levels; extract it first" in message_of(entries[0])
    assert members(entries) == {f"{archive}!middle.zip!m.txt": b"m"}
    assert members(run([str(archive)], Limits(max_depth=3))) == {
        f"{archive}!middle.zip!inner.zip!x.txt": b"x",
        f"{archive}!middle.zip!m.txt": b"m",
    }


def snapshot(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.mark.parametrize("kind", ["zip", "tar"])
def test_unsafe_member_names_are_only_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    files = {"../escape.txt": b"e", "/abs/x.txt": b"a", "../../up/y.txt": b"y", "ok.txt": b"o"}
    path = work / f"evil.{kind}"
    if kind == "zip":
        make_zip(path, files)
    else:
        make_tar(path, files)
    before = snapshot(tmp_path.parent)
    entries = run([path.name])
    assert members(entries) == {f"evil.{kind}!{n}": d for n, d in files.items()}
    assert {e.name for e in entries if isinstance(e, Member)} == {
        "escape.txt",
        "x.txt",
        "y.txt",
        "ok.txt",
    }
    assert snapshot(tmp_path.parent) == before
    assert not Path("/abs/x.txt").exists()


# --- estimate_total and files_from -------------------------------------------------------


def test_estimate_total(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("d/sub").mkdir(parents=True)
    for name in ("d/a.txt", "d/sub/b.pdf", "d/README.md", "d/.h.txt", "one.md"):
        Path(name).write_text("x")
    make_zip(Path("d/n.zip"), {"x.txt": b"x", "y.htm": b"y", "dir/": b"", "z.json": b"{}"})
    make_zip(Path("nest.zip"), {"inner.zip": zip_bytes({"x.txt": b"x"})})
    make_tar(Path("t.tar"), {"x.txt": b"x"})
    given = ["d", "one.md", "missing.txt"]
    assert estimate_total(given) == 5
    assert estimate_total(given) == sum(isinstance(e, Member) for e in expand(given))
    assert estimate_total(["d", "t.tar"]) is None
    assert estimate_total(["d", "-"]) is None
    assert estimate_total(["nest.zip"]) is None


def test_files_from() -> None:
    listing = io.StringIO("a.txt\n\n  # a comment\n#b.txt\n  dir/c.pdf  \n\t\nnotices.zip")
    assert list(files_from(listing)) == ["a.txt", "dir/c.pdf", "notices.zip"]
