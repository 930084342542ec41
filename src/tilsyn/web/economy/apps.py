from django.apps import AppConfig


class EconomyConfig(AppConfig):
    name = "tilsyn.web.economy"
    label = "economypages"

    def ready(self) -> None:
        from tilsyn.web import nav
        from tilsyn.web.accounts.permissions import Permission

        nav.register("economy:overview", "Økonomi", Permission.view_economy, 40)
