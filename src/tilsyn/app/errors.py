"""The two ways an application function refuses: the actor may not see it, or it does not exist.

Both carry a Danish message that a user may read (the CLI prints it, the web shows it).
"""

from __future__ import annotations


class AccessDenied(PermissionError):
    """The actor's role or municipalities do not cover what was asked for."""


class NotFound(LookupError):
    """What was asked for is not in the workspace (no snapshot, unknown citizen, ...)."""
