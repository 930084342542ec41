"""Danish words for the status and kind codes of obligations (the codes stay in data)."""

from __future__ import annotations

STATUS = {
    "met": "rettidig",
    "late": "for sent",
    "overdue": "overskredet",
    "open": "åben",
    "exempt": "fritaget",
    "not_applicable": "ikke relevant",
}

KIND = {
    "first_interview": "første jobsamtale",
    "interviews_6m": "samtaler i 6 mdr.",
    "offer_6m": "tilbud senest 6 mdr.",
    "plan_before_offer": "Min Plan før tilbud",
    "sick_first_followup": "første opfølgning (sygedagpenge)",
    "sick_followups": "opfølgninger (sygedagpenge)",
    "sick_reassessment": "revurdering (22 uger)",
}
