"""The application layer: one function per user question, each taking the actor who asks.

The command line, the web app and the reports call these and nothing below them. Every
function takes ``actor`` first, a ``Workspace`` and explicit dates, and returns plain data
(dataclasses, dicts); it opens the snapshot itself, limits the answer to the actor's
municipalities and writes the access log for every citizen it returns. Modules import the
engines inside the functions, so importing this package stays cheap.

- ``tilsyn.app.actor``: ``Actor``, ``Role``
- ``tilsyn.app.errors``: ``AccessDenied``, ``NotFound``
- ``tilsyn.app.obligations``: ``obligations``, ``worklist``, ``explain``, ``timeliness``
"""

from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied, NotFound

__all__ = ["AccessDenied", "Actor", "NotFound", "Role"]
