from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ImproperlyConfigured
from pytest_django.fixtures import Settings

from tilsyn.app.actor import Role
from tilsyn.web.accounts.actors import actor_for
from tilsyn.web.accounts.oidc import Grant, RoleMappingOIDCBackend, grant_for, parse_group_roles

SPEC = "jc-sagsbehandlere=caseworker@185+155,dragoer-indsigt=partner_viewer@155,it=admin,tb-ledere=manager@185"


def test_groups_map_to_role_and_municipalities() -> None:
    mapping = parse_group_roles(SPEC)
    assert grant_for(["dragoer-indsigt"], mapping) == Grant(Role.partner_viewer, frozenset({"155"}))
    assert grant_for(["jc-sagsbehandlere"], mapping) == Grant(
        Role.caseworker, frozenset({"185", "155"})
    )


def test_the_most_powerful_mapped_role_wins_with_its_own_municipalities() -> None:
    mapping = parse_group_roles(SPEC)
    assert grant_for(["jc-sagsbehandlere", "tb-ledere", "andet"], mapping) == Grant(
        Role.manager, frozenset({"185"})
    )


def test_a_user_in_no_mapped_group_gets_nothing() -> None:
    assert grant_for(["alle-ansatte"], parse_group_roles(SPEC)) is None


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("gruppe", "'gruppe' skal have formen gruppe=rolle@kommunekode"),
        ("g=chef@185", "'chef' i 'g=chef@185' er ikke en rolle"),
        ("g=caseworker", "mangler kommunekode"),
        ("g=caseworker@18", "'18' i 'g=caseworker@18' er ikke en kommunekode på tre cifre"),
        ("g=operator", "operator gives kun på kommandolinjen"),
    ],
)
def test_a_bad_mapping_names_the_entry(spec: str, message: str) -> None:
    with pytest.raises(ImproperlyConfigured, match=message):
        parse_group_roles(spec)


@pytest.mark.django_db
def test_sign_in_sets_the_profile_from_the_claims_every_time(settings: Settings) -> None:
    settings.OIDC_GROUP_ROLES = SPEC
    settings.OIDC_GROUPS_CLAIM = "groups"
    backend = RoleMappingOIDCBackend()
    user = backend.create_user({"email": "pia@taarnby.dk", "groups": ["jc-sagsbehandlere"]})
    actor = actor_for(user)
    assert actor.role is Role.caseworker
    assert actor.municipalities == {"185", "155"}
    backend.update_user(user, {"email": "pia@taarnby.dk", "groups": ["dragoer-indsigt"]})
    actor = actor_for(User.objects.get(pk=user.pk))
    assert actor.role is Role.partner_viewer
    assert actor.municipalities == {"155"}
    assert backend.verify_claims({"email": "x@y.dk", "groups": ["alle-ansatte"]}) is False
