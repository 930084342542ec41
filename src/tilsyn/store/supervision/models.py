"""Supervision records. Citizens are referred to by pseudonym and each review keeps the
snapshot id it was made on, so a new snapshot never changes a closed review. People are
referred to by user name (the ``Actor.user``), so the store needs no user model."""

from __future__ import annotations

from typing import Any

from django.db import models

from tilsyn.store.supervision.locking import ClosedRecord, Versioned


class Plan(Versioned):
    """A yearly supervision plan: which areas, how many cases a month, which focus points."""

    name = models.CharField("navn", max_length=200)
    year = models.PositiveIntegerField("år")
    municipality = models.CharField("kommune", max_length=3)
    areas = models.JSONField("områder", default=list)
    cases_per_month = models.PositiveIntegerField("sager pr. måned")
    focus_points = models.JSONField("fokuspunkter", default=list)
    created_by = models.CharField(max_length=150)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "tilsynsplan"
        ordering = ("-year", "name")


class IntensifiedPeriod(models.Model):
    """*Skærpet ledelsestilsyn*: more cases on one area in chosen months."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="intensified")
    area = models.CharField("område", max_length=40)
    first_month = models.CharField("første måned", max_length=7)
    last_month = models.CharField("sidste måned", max_length=7)
    cases_per_month = models.PositiveIntegerField("sager pr. måned")
    reason = models.TextField("begrundelse", blank=True)

    class Meta:
        verbose_name = "skærpet tilsynsperiode"
        ordering = ("first_month",)


class Campaign(Versioned):
    """Review every case of an area (seed 003: "gennemgang af alle sager")."""

    name = models.CharField("navn", max_length=200)
    area = models.CharField("område", max_length=40)
    municipality = models.CharField("kommune", max_length=3)
    filter = models.JSONField("afgrænsning", default=dict)
    created_by = models.CharField(max_length=150)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "kampagne"
        ordering = ("-created_at",)


class Sample(models.Model):
    """A drawn sample with everything needed to draw it again: plan, seed, snapshot."""

    name = models.CharField("navn", max_length=200)
    method = models.CharField("metode", max_length=20)
    plan = models.JSONField("plan")
    plan_hash = models.CharField(max_length=16)
    seed = models.BigIntegerField("frø")
    snapshot_id = models.CharField("datasamling", max_length=64)
    as_of = models.DateField("opgørelsesdato")
    population_size = models.PositiveIntegerField()
    population_fingerprint = models.CharField(max_length=16)
    size_method = models.CharField(max_length=20)
    strata = models.JSONField(default=list)
    area = models.CharField("område", max_length=40, blank=True)
    municipalities = models.JSONField("kommuner", default=list)
    campaign = models.ForeignKey(
        Campaign, null=True, blank=True, on_delete=models.PROTECT, related_name="samples"
    )
    plan_record = models.ForeignKey(
        Plan, null=True, blank=True, on_delete=models.PROTECT, related_name="samples"
    )
    created_by = models.CharField(max_length=150)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "stikprøve"
        ordering = ("-created_at",)


class DrawnCase(models.Model):
    sample = models.ForeignKey(Sample, on_delete=models.CASCADE, related_name="cases")
    person_id = models.CharField("borger (pseudonym)", max_length=64)
    benefit = models.CharField("ydelse", max_length=40)
    municipality = models.CharField("kommune", max_length=3)
    caseworker_id = models.CharField(max_length=64, blank=True)
    team = models.CharField(max_length=200, blank=True)
    organisation = models.CharField(max_length=200, blank=True)
    stratum = models.CharField(max_length=300)
    reason = models.TextField("begrundelse")
    flags = models.JSONField(default=list)
    verdicts = models.JSONField(
        "motorens afgørelser", null=True, blank=True, help_text="as drawn, from the snapshot"
    )

    class Meta:
        verbose_name = "udtrukket sag"
        ordering = ("id",)


class Review(Versioned):
    """One case's review with the checklist version it was made with."""

    class Status(models.TextChoices):
        drawn = "drawn", "Udtrukket"
        in_review = "in_review", "Under gennemgang"
        second_review = "second_review", "Til anden gennemgang"
        feedback_sent = "feedback_sent", "Tilbagemelding sendt"
        closed = "closed", "Afsluttet"

    drawn_case = models.OneToOneField(DrawnCase, on_delete=models.PROTECT, related_name="review")
    snapshot_id = models.CharField("datasamling", max_length=64)
    as_of = models.DateField("opgørelsesdato")
    person_id = models.CharField("borger (pseudonym)", max_length=64, db_index=True)
    benefit = models.CharField("ydelse", max_length=40)
    municipality = models.CharField("kommune", max_length=3, db_index=True)
    caseworker_id = models.CharField(max_length=64, blank=True)
    team = models.CharField(max_length=200, blank=True)
    organisation = models.CharField(max_length=200, blank=True)
    area = models.CharField("område", max_length=40)
    checklist_version = models.PositiveIntegerField("tjekliste-version")
    checklist_sha256 = models.CharField(max_length=64)
    checklist = models.JSONField("tjekliste")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.drawn)
    first_reviewer = models.CharField(max_length=150, blank=True)
    second_reviewer = models.CharField(max_length=150, blank=True)
    second_review_done = models.BooleanField(default=False)
    reviewed_on = models.DateField(null=True, blank=True)
    feedback_sent_on = models.DateField(null=True, blank=True)
    closed_on = models.DateField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "gennemgang"
        verbose_name_plural = "gennemgange"
        ordering = ("id",)

    def stored_status(self) -> str | None:
        if self.pk is None:
            return None
        return (
            type(self)._default_manager.filter(pk=self.pk).values_list("status", flat=True).first()
        )

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.stored_status() == Review.Status.closed:
            raise ClosedRecord("Gennemgangen er afsluttet og kan ikke ændres")
        super().save(*args, **kwargs)

    def save_checked(self, expected_version: int, fields: Any) -> None:
        if self.stored_status() == Review.Status.closed:
            raise ClosedRecord("Gennemgangen er afsluttet og kan ikke ændres")
        super().save_checked(expected_version, [*fields, "updated_at"])


class ReviewPart(models.Model):
    """Everything under a review is frozen with it once it is closed."""

    review: models.ForeignKey[Review, Review]

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if Review.objects.filter(pk=self.review_id, status=Review.Status.closed).exists():  # type: ignore[attr-defined]
            raise ClosedRecord("Gennemgangen er afsluttet og kan ikke ændres")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        if Review.objects.filter(pk=self.review_id, status=Review.Status.closed).exists():  # type: ignore[attr-defined]
            raise ClosedRecord("Gennemgangen er afsluttet og kan ikke ændres")
        return super().delete(*args, **kwargs)


class Answer(ReviewPart):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="answers")
    question_id = models.CharField(max_length=64)
    value = models.CharField("svar", max_length=200, blank=True)
    comment = models.TextField("bemærkning", blank=True)
    engine_value = models.CharField("motorens forslag", max_length=20, blank=True)
    engine_evidence = models.JSONField(default=list)
    overrule_reason = models.TextField("begrundelse for afvigelse", blank=True)
    answered_by = models.CharField(max_length=150)

    class Meta:
        verbose_name = "svar"
        unique_together = (("review", "question_id"),)


class SecondOpinion(ReviewPart):
    """The second reviewer's answer to a question; a different answer is a disagreement that
    stays open until it is resolved with a final answer and a reason."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="second_opinions")
    question_id = models.CharField(max_length=64)
    value = models.CharField("svar", max_length=200, blank=True)
    comment = models.TextField(blank=True)
    reviewer = models.CharField(max_length=150)
    disagrees = models.BooleanField(default=False)
    resolved_value = models.CharField(max_length=200, blank=True)
    resolution_reason = models.TextField(blank=True)
    resolved_by = models.CharField(max_length=150, blank=True)

    class Meta:
        verbose_name = "anden gennemgang"
        unique_together = (("review", "question_id"),)

    @property
    def open(self) -> bool:
        return self.disagrees and not self.resolved_by


class Finding(ReviewPart):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="findings")
    question_id = models.CharField(max_length=64)
    question = models.TextField()
    answer = models.CharField(max_length=200)
    severity = models.CharField(max_length=20)
    comment = models.TextField(blank=True)
    reference = models.TextField(blank=True)
    refund_relevant = models.BooleanField(default=False)

    class Meta:
        verbose_name = "fund"
        ordering = ("id",)


class Feedback(ReviewPart):
    review = models.OneToOneField(Review, on_delete=models.CASCADE, related_name="feedback")
    generated_text = models.TextField()
    text = models.TextField()
    edited_by = models.CharField(max_length=150, blank=True)
    respond_by = models.DateField(null=True, blank=True)
    sent_on = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = "tilbagemelding"


class FollowUpTask(ReviewPart):
    class Kind(models.TextChoices):
        follow_up = "follow_up", "Opfølgning"
        meeting = "meeting", "Møde med faglig koordinator"

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="tasks")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=300)
    assignee = models.CharField("sagsbehandler", max_length=64, blank=True)
    due_date = models.DateField("frist")
    done_on = models.DateField(null=True, blank=True)
    done_by = models.CharField(max_length=150, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        verbose_name = "opfølgningsopgave"
        ordering = ("due_date", "id")


class RefundCorrection(models.Model):
    """*Berigtigelse*: refund or grant to give back for one citizen and benefit."""

    review = models.ForeignKey(
        Review, null=True, blank=True, on_delete=models.PROTECT, related_name="refund_corrections"
    )
    person_id = models.CharField(max_length=64)
    benefit = models.CharField(max_length=40)
    kind = models.CharField(max_length=20)
    municipality = models.CharField(max_length=3, db_index=True)
    snapshot_id = models.CharField(max_length=64)
    reason = models.TextField(blank=True)
    total_amount = models.DecimalField(max_digits=14, decimal_places=2)
    total_give_back = models.DecimalField(max_digits=14, decimal_places=2)
    created_by = models.CharField(max_length=150)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "berigtigelse"
        ordering = ("id",)


class RefundCorrectionLine(models.Model):
    correction = models.ForeignKey(RefundCorrection, on_delete=models.CASCADE, related_name="lines")
    week = models.CharField(max_length=8)
    quarter = models.CharField(max_length=7)
    amount = models.DecimalField(max_digits=14, decimal_places=2)
    step = models.PositiveSmallIntegerField(null=True)
    rate = models.DecimalField(max_digits=6, decimal_places=4)
    give_back = models.DecimalField(max_digits=14, decimal_places=2)

    class Meta:
        ordering = ("week",)


class AuditorFinding(models.Model):
    """The auditor's verdict on a case, imported from CSV/XLSX, to compare with management's."""

    person_id = models.CharField(max_length=64)
    benefit = models.CharField(max_length=40)
    municipality = models.CharField(max_length=3, db_index=True)
    question_id = models.CharField(max_length=64, blank=True)
    is_error = models.BooleanField()
    severity = models.CharField(max_length=20, blank=True)
    comment = models.TextField(blank=True)
    auditor = models.CharField(max_length=200)
    source = models.CharField(max_length=300)
    imported_by = models.CharField(max_length=150)
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "revisionens fund"
        ordering = ("id",)
