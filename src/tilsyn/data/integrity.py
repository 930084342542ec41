"""Checksums of snapshot files, written at import and verified before a snapshot is trusted.

A snapshot is immutable after import, so a file whose size or SHA-256 differs from what the
import recorded (``<id>.sha256``) is damaged: truncated by a full disk, a crash of the
machine or a bad copy. The size is checked on every open (free); the full checksum by
``status``, ``use`` and a re-import of the same content.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def checksum_path(snapshot: Path) -> Path:
    return snapshot.with_name(snapshot.name.removesuffix(".duckdb") + ".sha256")


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def record(snapshot: Path, file: Path | None = None) -> None:
    """Write the checksum of ``file`` (default: ``snapshot``) as the snapshot's checksum."""
    source = file or snapshot
    target = checksum_path(snapshot)
    tmp = target.with_name(target.name + ".partial")
    tmp.write_text(f"{digest(source)} {source.stat().st_size}\n", encoding="utf-8")
    os.replace(tmp, target)


def problem(snapshot: Path, *, full: bool) -> str | None:
    """Why ``snapshot`` cannot be trusted (in Danish), or None. Snapshots from before
    checksums were written are trusted as they are."""
    if not snapshot.exists():
        return "filen mangler"
    recorded = checksum_path(snapshot)
    if not recorded.exists():
        return None
    try:
        expected_digest, expected_size = recorded.read_text(encoding="utf-8").split()
    except ValueError:
        return "kontrolsummen er ulæselig"
    size = snapshot.stat().st_size
    if size != int(expected_size):
        return f"filen er {size:,} byte, men var {int(expected_size):,} byte ved importen".replace(
            ",", "."
        )
    if full and digest(snapshot) != expected_digest:
        return "indholdet passer ikke med kontrolsummen fra importen"
    return None
