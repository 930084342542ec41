from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "tilsyn.web.reports"
    label = "reportpages"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from tilsyn.web import nav
        from tilsyn.web.accounts.permissions import Permission

        nav.register("reports:index", "Rapporter", Permission.view_dashboard, 50)
