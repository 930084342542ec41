"""Importing an uploaded case-data folder (a ZIP of the contract's files) as an administrator,
with the same validation as ``tilsyn import``: all or nothing."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path, PurePosixPath
from typing import IO

from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied
from tilsyn.data.importer import ImportFailed, ImportResult, import_folder
from tilsyn.data.validate import Problem, ProblemLog
from tilsyn.data.workspace import Workspace
from tilsyn.rules.stored_spells import derive_for

UPLOAD_ROLES = frozenset({Role.admin, Role.operator})
MAX_UNPACKED_BYTES = 2 * 1024**3


class UploadRefused(Exception):
    """The upload was not imported; ``problems`` says why, row by row where it can."""

    def __init__(self, message: str, problems: list[Problem]) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems


def _unpack(archive: IO[bytes], target: Path, name: str) -> None:
    def refuse(what: str) -> UploadRefused:
        problem = Problem("ugyldig ZIP-fil", name, 0, "*", what, "en ZIP-fil med case-data")
        return UploadRefused(f"{name} kunne ikke pakkes ud: {what}", [problem])

    try:
        with zipfile.ZipFile(archive) as zf:
            members = [m for m in zf.infolist() if not m.is_dir()]
            if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
                raise refuse("for stor udpakket")
            for member in members:
                # Only the file name counts: a folder inside the ZIP is flattened, and a name
                # that tries to leave the target (../) never gets there.
                base = PurePosixPath(member.filename).name
                if not base or base.startswith("."):
                    continue
                with zf.open(member) as src, (target / base).open("wb") as dst:
                    dst.write(src.read())
    except zipfile.BadZipFile as exc:
        raise refuse(str(exc)) from None


def import_upload(
    *, actor: Actor, workspace: Workspace, archive: IO[bytes], name: str
) -> ImportResult:
    """Validate the ZIP's files and make them the current snapshot, or raise
    ``UploadRefused`` with every problem; a refused upload changes nothing."""
    if actor.role not in UPLOAD_ROLES:
        raise AccessDenied(f"rollen {actor.role.value} må ikke importere case-data")
    with tempfile.TemporaryDirectory(prefix="tilsyn-upload-") as tmp:
        folder = Path(tmp) / (Path(name).stem or "upload")
        folder.mkdir()
        _unpack(archive, folder, name)
        try:
            result = import_folder(folder, workspace)
        except ImportFailed as exc:
            log: ProblemLog = exc.log
            raise UploadRefused(str(exc) or "Importen blev afvist", log.all_problems) from None
    derive_for(workspace)  # the spells, made once for every evaluation after it
    return result
