"""A letter (decisionsskrivelse, udtagelse til skærpet tilsyn, revisionsberetning, STAR's
answer) with its findings and demands; initiatives the municipality reports back; and every
report produced in answer, the sent version kept byte for byte."""

from __future__ import annotations

import datetime as dt

from django.db import models


class LetterKind(models.TextChoices):
    decision = "decisionsskrivelse", "Decisionsskrivelse"
    enhanced = "skaerpet_tilsyn", "Udtagelse til skærpet tilsyn"
    audit = "revisionsberetning", "Revisionsberetning"
    answer = "star_svar", "Svar fra styrelsen"
    other = "andet", "Andet brev"


class ReportKind(models.TextChoices):
    statement = "statement", "Redegørelse (svar på decisionsskrivelse)"
    recovery = "recovery-plan", "Redegørelse og genopretningsplan"
    monthly = "monthly", "Månedsopgørelse"
    committee = "committee", "Udvalgsrapport"
    auditor = "auditor", "Revisionsudtræk"
    other = "other", "Andet svar"


class Letter(models.Model):
    kind: models.CharField[str, str] = models.CharField(max_length=32, choices=LetterKind.choices)
    sender: models.CharField[str, str] = models.CharField(max_length=200)
    municipality: models.CharField[str, str] = models.CharField(
        max_length=3, help_text="Kommunekode, brevet er sendt til"
    )
    date: models.DateField[dt.date, dt.date] = models.DateField()
    area: models.CharField[str, str] = models.CharField(max_length=100)
    title: models.CharField[str, str] = models.CharField(max_length=300)
    reference: models.CharField[str, str] = models.CharField(max_length=100, blank=True)
    created_at: models.DateTimeField[dt.datetime, dt.datetime] = models.DateTimeField()
    created_by: models.CharField[str, str] = models.CharField(max_length=150)

    class Meta:
        ordering = ("-date", "id")

    def __str__(self) -> str:
        return f"{LetterKind(self.kind).label} fra {self.sender} af {self.date:%d.%m.%Y}"


class Finding(models.Model):
    """What the letter found (fejl og mangler), one line each, in the letter's order."""

    letter: models.ForeignKey[Letter, Letter] = models.ForeignKey(
        Letter, on_delete=models.CASCADE, related_name="findings"
    )
    position: models.PositiveIntegerField[int, int] = models.PositiveIntegerField()
    text: models.TextField[str, str] = models.TextField()

    class Meta:
        ordering = ("letter", "position")


class Demand(models.Model):
    """Something the letter demands by a deadline, e.g. a redegørelse by 31 July 2024."""

    letter: models.ForeignKey[Letter, Letter] = models.ForeignKey(
        Letter, on_delete=models.CASCADE, related_name="demands"
    )
    text: models.TextField[str, str] = models.TextField()
    deadline: models.DateField[dt.date, dt.date] = models.DateField()
    report_kind: models.CharField[str, str] = models.CharField(
        max_length=32, choices=ReportKind.choices, default=ReportKind.statement
    )

    class Meta:
        ordering = ("deadline", "id")


class Initiative(models.Model):
    """An initiative the municipality has taken in answer (reported in the statement)."""

    letter: models.ForeignKey[Letter, Letter] = models.ForeignKey(
        Letter, on_delete=models.CASCADE, related_name="initiatives"
    )
    position: models.PositiveIntegerField[int, int] = models.PositiveIntegerField()
    title: models.CharField[str, str] = models.CharField(max_length=200)
    text: models.TextField[str, str] = models.TextField(blank=True)

    class Meta:
        ordering = ("letter", "position")


class ReportRecord(models.Model):
    """A report produced for a demand. ``content`` keeps the exact file; a record with
    ``sent_at`` is the version sent, and is never changed afterwards."""

    demand: models.ForeignKey[Demand, Demand] = models.ForeignKey(
        Demand, on_delete=models.PROTECT, related_name="reports"
    )
    kind: models.CharField[str, str] = models.CharField(max_length=32, choices=ReportKind.choices)
    file_name: models.CharField[str, str] = models.CharField(max_length=255)
    sha256: models.CharField[str, str] = models.CharField(max_length=64)
    content: models.BinaryField[bytes, bytes] = models.BinaryField()
    snapshot_id: models.CharField[str, str] = models.CharField(max_length=64, blank=True)
    created_at: models.DateTimeField[dt.datetime, dt.datetime] = models.DateTimeField()
    created_by: models.CharField[str, str] = models.CharField(max_length=150)
    sent_at: models.DateTimeField[dt.datetime | None, dt.datetime | None] = models.DateTimeField(
        null=True, blank=True
    )
    sent_by: models.CharField[str, str] = models.CharField(max_length=150, blank=True)

    class Meta:
        ordering = ("created_at", "id")
