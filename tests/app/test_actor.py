"""The actor: roles are a closed set, only operator and admin see the whole workspace, and a
request outside the actor's municipalities is refused."""

from __future__ import annotations

import pytest

from tilsyn.app import AccessDenied, Actor, Role


def test_the_operator_sees_every_municipality_and_is_the_os_user_by_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TILSYN_USER", "drift")
    op = Actor.operator()
    assert (op.user, op.role, op.unrestricted) == ("drift", Role.operator, True)
    assert op.may_see("155")
    assert op.scope() is None
    assert op.scope("155") == ("155",)
    assert Actor.operator("anden").user == "anden"


def test_an_actor_of_185_may_not_see_155_nor_citizens_without_a_municipality() -> None:
    actor = Actor("sb", Role.caseworker, frozenset({"185"}))
    assert actor.may_see("185")
    assert not actor.may_see("155")
    assert not actor.may_see(None)
    assert actor.scope() == ("185",)
    with pytest.raises(AccessDenied, match="kommune 155"):
        actor.scope("155")
    rows = [{"municipality": "185", "x": 1}, {"municipality": "155", "x": 2}]
    assert actor.visible(rows) == [rows[0]]


@pytest.mark.parametrize("role", [r for r in Role if r not in (Role.operator, Role.admin)])
def test_every_other_role_needs_a_municipality(role: Role) -> None:
    with pytest.raises(ValueError, match="mindst én kommune"):
        Actor("x", role)


def test_roles_are_a_closed_set() -> None:
    assert {r.value for r in Role} == {
        "caseworker",
        "coordinator",
        "manager",
        "partner_viewer",
        "auditor",
        "admin",
        "operator",
    }
    with pytest.raises(ValueError, match="superuser"):
        Actor("x", "superuser", frozenset({"185"}))  # type: ignore[arg-type]
