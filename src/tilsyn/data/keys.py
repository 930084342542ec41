"""One pseudonymisation key per workspace.

A citizen's pseudonym is HMAC(key, CPR): a second import with another key would silently give
every citizen a new pseudonym, splitting each history and the access log. The workspace
therefore records the fingerprint of the key its pseudonyms were made with (``key.fingerprint``)
and refuses any other key; ``tilsyn rekey`` changes the key on purpose. The fingerprint is a
keyed hash and reveals nothing about the key.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

import duckdb

from tilsyn.data import pseudonym

FILE_NAME = "key.fingerprint"


class WrongKeyError(RuntimeError):
    """The key is not the one the workspace's pseudonyms were made with."""


def fingerprint(key: bytes) -> str:
    return hmac.new(key, b"tilsyn key fingerprint v1", hashlib.sha256).hexdigest()[:16]


def stored(root: Path) -> str | None:
    path = root / FILE_NAME
    if not path.exists():
        return None
    return path.read_text(encoding="utf-8").strip() or None


def store(root: Path, key: bytes) -> None:
    root.mkdir(parents=True, exist_ok=True)
    tmp = root / (FILE_NAME + ".tmp")
    tmp.write_text(fingerprint(key) + "\n", encoding="utf-8")
    os.replace(tmp, root / FILE_NAME)


def _matches_identities(identities: Path, key: bytes) -> bool | None:
    """Whether ``key`` made the pseudonyms in an identities file (None: nothing to compare).
    Workspaces from before fingerprints were stored are checked this way."""
    con = duckdb.connect(str(identities), read_only=True)
    try:
        row = con.execute("SELECT person_id, cpr FROM identities LIMIT 1").fetchall()
    finally:
        con.close()
    if not row:
        return None
    return bool(pseudonym.pseudonym(str(row[0][1]), key) == row[0][0])


def check(root: Path, key: bytes, identities: list[Path]) -> None:
    """Refuse ``key`` unless it is the workspace's key; remember it when the workspace has
    none yet."""
    known = stored(root)
    if known is None:
        for path in identities:
            if _matches_identities(path, key) is False:
                raise WrongKeyError(_message(root))
        return
    if not hmac.compare_digest(known, fingerprint(key)):
        raise WrongKeyError(_message(root))


def _message(root: Path) -> str:
    return (
        f"Nøglen ({pseudonym.KEY_ENV}) er ikke den, borgerne i {root} er pseudonymiseret med. "
        "Med en anden nøgle får hver borger et nyt pseudonym, og historik og adgangslog "
        "splittes. Brug den rigtige nøgle, eller skift nøgle med vilje med 'tilsyn rekey'. "
        "Intet er importeret."
    )
