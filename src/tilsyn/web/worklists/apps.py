from django.apps import AppConfig


class WorklistsConfig(AppConfig):
    name = "tilsyn.web.worklists"
    label = "worklists"

    def ready(self) -> None:
        from tilsyn.web import nav
        from tilsyn.web.accounts.permissions import Permission

        nav.register("worklists:worklist", "Arbejdsliste", Permission.view_worklist, 20)
