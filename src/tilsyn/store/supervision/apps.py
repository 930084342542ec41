from django.apps import AppConfig


class SupervisionStoreConfig(AppConfig):
    name = "tilsyn.store.supervision"
    label = "supervision"
    verbose_name = "Ledelsestilsyn"
    default_auto_field = "django.db.models.BigAutoField"
