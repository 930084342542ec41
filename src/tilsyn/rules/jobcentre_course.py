"""Dagpenge recipients visited to a contact course in the job centre (LAB § 27, stk. 3).

From 2024 the a-kasse holds the first 3 months of a dagpenge recipient's contact course and
the job centre the rest, except for this group: the job centre holds at least 6 individual
jobsamtaler in the first 6 months (LAB § 31, stk. 1, 3rd sentence), and the a-kasse's 3
interviews and its first interview within 2 weeks do not apply (§ 31, stk. 1 and 4). The law
defines the group by a visitation decision, which the data gives in the optional column
``benefit_periods.jobcentre_course`` (a folder without it: nobody is in the group).

A spell is in the group when a dagpenge row marked so starts within it, and only while the
group's count (``lab.kontaktforloeb.dagpenge_youth_jobcentre_interviews``) is in force on the
spell's first day; other spells follow the general dagpenge rules.
"""

from __future__ import annotations

import ibis.expr.types as ir

from tilsyn.rules.context import RuleContext
from tilsyn.rules.spells import SPELL_KEY

YOUTH_COUNT = "lab.kontaktforloeb.dagpenge_youth_jobcentre_interviews"


def split_jobcentre_course(ctx: RuleContext, spells: ir.Table) -> tuple[ir.Table, ir.Table]:
    """(the dagpenge ``spells`` in the § 27, stk. 3 group, the others)."""
    keys = ctx.memo("jobcentre_course_spells", lambda: _group_keys(ctx))
    same = [spells[k] == keys[f"_k_{k}"] for k in SPELL_KEY]
    return spells.semi_join(keys, same), spells.anti_join(keys, same)


def _group_keys(ctx: RuleContext) -> ir.Table:
    """The keys of the dagpenge spells in the group (shared by the four dagpenge rules)."""
    from tilsyn.rules.spells import benefit_spells

    spells = benefit_spells(ctx, ["dagpenge"])
    bp = ctx.table("benefit_periods")
    marked_rows = bp.filter(bp.benefit == "dagpenge", bp.jobcentre_course.fill_null(False)).select(
        _mpid=bp.person_id, _mstart=bp.start_date
    )
    in_spell = [
        spells.person_id == marked_rows._mpid,
        marked_rows._mstart >= spells.start_date,
        spells.end_date.isnull() | (marked_rows._mstart <= spells.end_date),
    ]
    marked = spells.semi_join(marked_rows, in_spell)
    marked = marked.filter(ctx.param_expr(YOUTH_COUNT, marked.start_date).notnull())
    return marked.select(*(marked[k].name(f"_k_{k}") for k in SPELL_KEY))
