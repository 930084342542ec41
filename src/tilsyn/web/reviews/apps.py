from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "tilsyn.web.reviews"
    label = "reviews"

    def ready(self) -> None:
        from tilsyn.web import nav
        from tilsyn.web.accounts.permissions import Permission

        nav.register("reviews:queue", "Ledelsestilsyn", Permission.view_reviews, 40)
