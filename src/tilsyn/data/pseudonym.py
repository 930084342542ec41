"""Keyed pseudonyms for CPR numbers (HMAC-SHA256).

The same CPR number and key always give the same pseudonym, so imports of new snapshots
keep a citizen's history together, while the pseudonym reveals nothing without the key.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from tilsyn.data.private import readable_by_others

KEY_ENV = "TILSYN_SECRET_KEY"
PREFIX = "X"  # pseudonyms cannot be mistaken for CPR numbers: they contain letters
DIGEST_CHARS = 20  # 80 bits: collisions are negligible even nationally (6 M persons)


class MissingKeyError(RuntimeError):
    pass


def normalise_cpr(value: str) -> str:
    return value.replace("-", "")


def pseudonym(cpr_number: str, key: bytes) -> str:
    mac = hmac.new(key, normalise_cpr(cpr_number).encode("ascii"), hashlib.sha256)
    return PREFIX + mac.hexdigest()[:DIGEST_CHARS]


def key_from_env() -> bytes | None:
    """The key from ``TILSYN_SECRET_KEY``, or from the file named by ``TILSYN_SECRET_KEY_FILE``
    (for secrets mounted as files, as container platforms and systemd credentials do)."""
    raw = os.environ.get(KEY_ENV, "")
    key_file = os.environ.get(KEY_ENV + "_FILE", "")
    if raw and key_file:
        raise MissingKeyError(f"Sæt enten {KEY_ENV} eller {KEY_ENV}_FILE, ikke begge")
    if key_file:
        raw = read_key_file(Path(key_file), name=f"{KEY_ENV}_FILE").decode("utf-8")
    if not raw:
        return None
    return _checked(raw)


def _checked(raw: str) -> bytes:
    if len(raw) < 16:
        raise MissingKeyError(f"{KEY_ENV} er for kort: brug mindst 16 tegn (helst 64 tilfældige)")
    return raw.encode("utf-8")


def read_key_file(path: Path, *, name: str = "nøglefilen") -> bytes:
    """A key kept in a file; refused when others on the machine can read the file."""
    try:
        if readable_by_others(path):
            raise MissingKeyError(
                f"{name}: {path} kan læses af alle på maskinen; begræns adgangen "
                f"(chmod 600 {path}) og skift nøglen (tilsyn rekey), hvis andre kan have læst den"
            )
        raw = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise MissingKeyError(f"{name}: kan ikke læse {path}: {exc}") from exc
    if not raw:
        raise MissingKeyError(f"{name}: {path} er tom")
    return _checked(raw)


def demo_key(workspace_root: Path) -> bytes:
    """A per-workspace key for demo mode, created on first use and kept private."""
    path = workspace_root / "demo-secret.key"
    if not path.exists():
        workspace_root.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    return path.read_text().strip().encode("utf-8")
