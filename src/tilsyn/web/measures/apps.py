from django.apps import AppConfig


class MeasuresConfig(AppConfig):
    name = "tilsyn.web.measures"
    label = "measurepages"

    def ready(self) -> None:
        from tilsyn.web import nav
        from tilsyn.web.accounts.permissions import Permission

        nav.register("measures:focus", "Målinger", Permission.view_measures, 30)
