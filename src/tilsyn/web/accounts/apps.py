from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "tilsyn.web.accounts"
    label = "accounts"
    verbose_name = "Brugere og adgang"
