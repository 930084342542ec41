"""The navigation bar: each app registers its pages in ``AppConfig.ready`` (a new app, such as
reviews or reports, adds itself without touching the base template)."""

from __future__ import annotations

from dataclasses import dataclass

from tilsyn.web.accounts.permissions import Permission


@dataclass(frozen=True)
class NavItem:
    url_name: str
    label: str
    permission: Permission
    order: int


_ITEMS: dict[str, NavItem] = {}


def register(url_name: str, label: str, permission: Permission, order: int) -> None:
    _ITEMS[url_name] = NavItem(url_name, label, permission, order)


def items() -> list[NavItem]:
    return sorted(_ITEMS.values(), key=lambda i: i.order)
