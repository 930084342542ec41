"""Organisations, municipalities, teams and each user's role: what becomes an ``Actor``."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from tilsyn.app.actor import Role


class Municipality(models.Model):
    code = models.CharField("kommunekode", max_length=3, unique=True)
    name = models.CharField("navn", max_length=100)

    class Meta:
        ordering = ["code"]
        verbose_name = "kommune"
        verbose_name_plural = "kommuner"

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class Organisation(models.Model):
    class Kind(models.TextChoices):
        jobcentre = "jobcentre", "Jobcenter"
        external = "external", "Anden aktør"
        municipality = "municipality", "Kommune"
        auditor = "auditor", "Revision"

    name = models.CharField("navn", max_length=200, unique=True)
    kind = models.CharField("type", max_length=20, choices=Kind.choices)

    class Meta:
        ordering = ["name"]
        verbose_name = "organisation"
        verbose_name_plural = "organisationer"

    def __str__(self) -> str:
        return self.name


class Team(models.Model):
    name = models.CharField("navn", max_length=200)
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="teams")

    class Meta:
        ordering = ["name"]
        unique_together = [("organisation", "name")]
        verbose_name = "team"
        verbose_name_plural = "teams"

    def __str__(self) -> str:
        return self.name


class Profile(models.Model):
    """A user's role and reach. A user without a profile sees nothing."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    role = models.CharField(
        "rolle",
        max_length=20,
        choices=[(r.value, r.value) for r in Role if r is not Role.operator],
    )
    municipalities = models.ManyToManyField(Municipality, blank=True, verbose_name="kommuner")
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, verbose_name="organisation"
    )
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.SET_NULL, verbose_name="team"
    )
    caseworker_id = models.CharField("sagsbehandler-id", max_length=64, blank=True)

    class Meta:
        verbose_name = "brugerprofil"
        verbose_name_plural = "brugerprofiler"

    def __str__(self) -> str:
        return f"{self.user} ({self.role})"
