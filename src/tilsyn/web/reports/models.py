"""Every report downloaded from the web app: who, in which role, which report with which
parameters, and a fingerprint of the file handed out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import models


class Download(models.Model):
    at: models.DateTimeField[dt.datetime, dt.datetime] = models.DateTimeField()
    user: models.CharField[str, str] = models.CharField(max_length=150)
    role: models.CharField[str, str] = models.CharField(max_length=20)
    report: models.CharField[str, str] = models.CharField(max_length=32)
    parameters: models.JSONField[Any, Any] = models.JSONField(default=dict)
    file_format: models.CharField[str, str] = models.CharField(max_length=8)
    size: models.PositiveIntegerField[int, int] = models.PositiveIntegerField()
    sha256: models.CharField[str, str] = models.CharField(max_length=64)
    snapshot_id: models.CharField[str, str] = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ("-at", "-id")
        verbose_name = "rapporthentning"
