"""The written feedback generated from findings."""

import datetime as dt

from tilsyn.supervision.feedback import FindingText, feedback_text

COMMON = {
    "caseworker": "Mette Hansen",
    "case_ref": "P-4f2a",
    "benefit_label": "kontanthjælp",
    "checklist_title": "Ledelsestilsyn – kontanthjælp og uddannelseshjælp",
    "checklist_version": 1,
    "reviewed_on": dt.date(2026, 3, 12),
    "reviewer": "Anna Jensen",
}


def test_findings_worst_first_and_a_meeting_for_a_serious_error() -> None:
    text = feedback_text(
        **COMMON,  # type: ignore[arg-type]
        findings=[
            FindingText(
                "Indeholder Min Plan et beskæftigelsesmål?", "nej", "material", "", "LAB § 27"
            ),
            FindingText("Er sanktionen korrekt?", "nej", "serious", "Varsling mangler", "LAS § 36"),
        ],
        respond_by=dt.date(2026, 3, 26),
    )
    assert text.startswith("Kære Mette Hansen\n")
    assert "den 12. marts 2026 gennemgået sagen P-4f2a (kontanthjælp)" in text
    assert text.index("sanktionen") < text.index("Min Plan")
    assert "1. Er sanktionen korrekt? Svar: Nej. Alvorlighed: alvorlig. (LAS § 36)" in text
    assert "   Varsling mangler" in text
    assert "senest 26. marts 2026" in text
    assert "indkaldes du til et møde med faglig koordinator" in text
    assert text.endswith("Venlig hilsen\nAnna Jensen")


def test_no_findings() -> None:
    text = feedback_text(**COMMON, findings=[])  # type: ignore[arg-type]
    assert "ingen bemærkninger" in text
    assert "møde" not in text
