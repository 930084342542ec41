"""The application layer: one function per user question, each taking the actor who asks.

The command line, the web app and the reports call these and nothing below them. Every
function takes ``actor`` first, a ``Workspace`` and explicit dates, and returns plain data
(dataclasses, dicts); it opens the snapshot itself, limits the answer to the actor's
municipalities and writes the access log for every citizen it returns. Modules import the
engines inside the functions, so importing this package stays cheap.

- ``tilsyn.app.actor``: ``Actor``, ``Role``
- ``tilsyn.app.errors``: ``AccessDenied``, ``NotFound``
- ``tilsyn.app.errors``: also ``InvalidRequest``, ``Busy``, ``ImportRejected``
- ``tilsyn.app.obligations``: ``obligations``, ``worklist``, ``explain``, ``timeliness``
- ``tilsyn.app.measures``: ``focus``, ``focus_forecast``, ``early``, ``reform``,
  ``reform_missing``, ``reconcile``, ``fetch_jobindsats``
- ``tilsyn.app.economy``: ``fulltime``, ``refund``, ``refund_export``, ``budget``
- ``tilsyn.app.data``: ``import_folder``, ``snapshots``, ``access_log``, ``generate``
- ``tilsyn.app.catalogue``: ``catalogue`` of rules and parameters
- ``tilsyn.app.demo``: the sections of ``tilsyn demo``
"""

from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied, InvalidRequest, NotFound
from tilsyn.data.workspace import Workspace

__all__ = ["AccessDenied", "Actor", "InvalidRequest", "NotFound", "Role", "Workspace"]
