"""What each role may do in the web app: one closed set of permissions, one table.

The application layer still scopes every read by municipality and writes the access log; these
permissions decide which pages and actions a role is offered at all.
"""

from __future__ import annotations

from enum import StrEnum

from tilsyn.app.actor import Role


class Permission(StrEnum):
    view_dashboard = "view_dashboard"
    view_worklist = "view_worklist"
    view_citizen = "view_citizen"
    view_cpr = "view_cpr"
    view_measures = "view_measures"
    view_economy = "view_economy"
    upload_budget = "upload_budget"
    view_data = "view_data"  # snapshots of the whole workspace: admins only
    upload_import = "upload_import"
    view_access_log = "view_access_log"
    view_reviews = "view_reviews"  # management supervision: reviews, statistics, corrections
    review_cases = "review_cases"  # draw samples, review, give feedback


_READ = frozenset(
    {
        Permission.view_dashboard,
        Permission.view_worklist,
        Permission.view_citizen,
        Permission.view_measures,
        Permission.view_economy,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.caseworker: frozenset(
        {
            Permission.view_dashboard,
            Permission.view_worklist,
            Permission.view_citizen,
            Permission.view_cpr,
            Permission.view_measures,
        }
    ),
    Role.coordinator: _READ
    | {Permission.view_cpr, Permission.view_reviews, Permission.review_cases},
    Role.manager: _READ
    | {Permission.upload_budget, Permission.view_reviews, Permission.review_cases},
    # A municipality whose cases another job centre runs: read-only, no CPR numbers.
    Role.partner_viewer: _READ | {Permission.view_reviews},
    Role.auditor: _READ
    | {Permission.view_cpr, Permission.view_access_log, Permission.view_reviews},
    Role.admin: frozenset(Permission),
    Role.operator: frozenset(Permission),
}


def has_permission(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
