from django.apps import AppConfig


class DashboardsConfig(AppConfig):
    name = "tilsyn.web.dashboards"
    label = "dashboards"

    def ready(self) -> None:
        from tilsyn.web import nav
        from tilsyn.web.accounts.permissions import Permission

        nav.register("dashboards:overview", "Overblik", Permission.view_dashboard, 10)
