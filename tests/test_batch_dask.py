"""The Dask path gives the records of the local path (a LocalCluster on loopback)."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from vacancy_parser.batch import Row, Settings, convert
from vacancy_parser.cli import main

pytest.importorskip("distributed")
from distributed import LocalCluster

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as running:
        yield running


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("dask")
    archive = folder / "notices.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted((ROOT / "fixtures" / "gold").glob("*.txt"))[:20]:
            zf.write(path, f"gold/{path.name}")
        zf.writestr("bad/empty.txt", b"")
    return [str(archive), str(ROOT / "fixtures" / "examples")]


def test_the_cluster_gives_the_local_records(cluster: LocalCluster, inputs: list[str]) -> None:
    from vacancy_parser.dask import convert_on_cluster

    settings = Settings(jobs=1, view="flat")
    local = list(convert(inputs, settings))
    remote = list(convert_on_cluster(cluster.scheduler_address, inputs, settings))
    assert remote == local
    assert sum(isinstance(r, Row) for r in remote) == 25


def test_convert_with_a_scheduler_writes_the_local_file(
    cluster: LocalCluster, inputs: list[str], tmp_path: Path
) -> None:
    here, there = tmp_path / "here.jsonl", tmp_path / "there.jsonl"
    assert main(["convert", *inputs, "-o", str(here), "-q"]) == 1
    address = cluster.scheduler_address
    assert main(["convert", *inputs, "-o", str(there), "-q", "--dask-scheduler", address]) == 1
    assert there.read_bytes() == here.read_bytes()
    assert (tmp_path / "there.jsonl.failures.jsonl").read_bytes() == (
        tmp_path / "here.jsonl.failures.jsonl"
    ).read_bytes()
    assert any(json.loads(line)["duplicate_of"] for line in there.read_text().splitlines())


def test_a_bag_and_a_dataframe_of_flat_records(cluster: LocalCluster, inputs: list[str]) -> None:
    from distributed import Client

    from vacancy_parser.dask import read_notices, to_dataframe

    with Client(cluster.scheduler_address):
        bag = read_notices(inputs, Settings(view="flat"))
        records = bag.compute()
        frame = to_dataframe(bag).compute()
    assert len(records) == 25
    assert list(frame.columns)[:4] == ["source", "source_path", "duplicate_of", "kind"]
    assert sorted(frame["source_path"]) == sorted(r["source_path"] for r in records)


def test_an_unreachable_scheduler_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import vacancy_parser.dask

    monkeypatch.setattr(vacancy_parser.dask, "CONNECT_SECONDS", 1)
    out = tmp_path / "o.jsonl"
    args = ["convert", str(ROOT / "fixtures" / "examples"), "-o", str(out), "-q"]
    assert main([*args, "--dask-scheduler", "tcp://127.0.0.1:9"]) == 1
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
