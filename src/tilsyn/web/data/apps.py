from django.apps import AppConfig


class DataConfig(AppConfig):
    name = "tilsyn.web.data"
    label = "casedata"

    def ready(self) -> None:
        from tilsyn.web import nav
        from tilsyn.web.accounts.permissions import Permission

        nav.register("data:snapshots", "Data", Permission.view_data, 60)
