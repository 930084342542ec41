"""Optimistic locking: each record carries a version; a save names the version it was read at
and fails when someone else has saved in between, so two reviewers never silently overwrite
each other's work."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import models
from django.db.models import F


class StaleEdit(Exception):
    """Someone else saved the record after it was read; the message says what to do."""


class ClosedRecord(Exception):
    """A closed review (and everything under it) never changes."""


class Versioned(models.Model):
    version = models.PositiveIntegerField("version", default=1)

    class Meta:
        abstract = True

    def save_checked(self, expected_version: int, fields: Sequence[str]) -> None:
        """Write ``fields`` only if the stored version is still ``expected_version``; raises
        ``StaleEdit`` otherwise. Bumps the version on success."""
        values: dict[str, Any] = {f: getattr(self, f) for f in fields}
        manager = type(self)._default_manager
        updated = manager.filter(pk=self.pk, version=expected_version).update(
            version=F("version") + 1, **values
        )
        if updated == 0:
            current = manager.filter(pk=self.pk).values_list("version", flat=True).first()
            raise StaleEdit(
                f"{self._meta.verbose_name} er gemt af en anden (version {current}), siden du "
                f"åbnede den (version {expected_version}). Genindlæs siden; dine ændringer er "
                "ikke gemt."
            )
        self.version = expected_version + 1
