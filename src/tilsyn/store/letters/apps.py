from django.apps import AppConfig


class LettersConfig(AppConfig):
    name = "tilsyn.store.letters"
    label = "letters"
    verbose_name = "Tilsynsbreve"
    default_auto_field = "django.db.models.BigAutoField"
