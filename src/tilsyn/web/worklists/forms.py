from __future__ import annotations

from django import forms

from tilsyn.app.worklist_pages import Reach, WorklistFilters

REACH_CHOICES = [
    (Reach.mine.value, "Mine borgere"),
    (Reach.team.value, "Mit team"),
    (Reach.organisation.value, "Min organisation"),
    (Reach.municipality.value, "Hele kommunen"),
]
STATUS_CHOICES = [("", "Alle"), ("overdue", "Overskredet"), ("open", "Åben")]


class WorklistForm(forms.Form):
    reach = forms.ChoiceField(label="Hvis", choices=REACH_CHOICES, required=False)
    benefit = forms.CharField(label="Ydelse", required=False)
    kind = forms.CharField(label="Forpligtelse", required=False)
    status = forms.ChoiceField(label="Status", choices=STATUS_CHOICES, required=False)
    within_days = forms.IntegerField(
        label="Frist inden for (dage)", required=False, min_value=0, max_value=3650
    )
    page = forms.IntegerField(required=False, min_value=1)

    def filters(self, default_reach: Reach) -> WorklistFilters:
        data = self.cleaned_data
        return WorklistFilters(
            reach=Reach(data.get("reach") or default_reach),
            benefit=data.get("benefit") or None,
            kind=data.get("kind") or None,
            status=data.get("status") or None,
            within_days=data.get("within_days"),
        )
