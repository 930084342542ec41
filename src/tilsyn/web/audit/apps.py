from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "tilsyn.web.audit"
    label = "audit"

    def ready(self) -> None:
        from tilsyn.web import nav
        from tilsyn.web.accounts.permissions import Permission

        nav.register("audit:log", "Adgangslog", Permission.view_access_log, 70)
