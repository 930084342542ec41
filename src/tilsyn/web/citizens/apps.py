from django.apps import AppConfig


class CitizensConfig(AppConfig):
    name = "tilsyn.web.citizens"
    label = "citizens"
