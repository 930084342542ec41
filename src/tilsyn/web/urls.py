from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from mozilla_django_oidc import views as oidc_views


@login_not_required
def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("", include("tilsyn.web.dashboards.urls")),
    path("", include("tilsyn.web.accounts.urls")),
    path("arbejdsliste/", include("tilsyn.web.worklists.urls")),
    path("borger/", include("tilsyn.web.citizens.urls")),
    path("maalinger/", include("tilsyn.web.measures.urls")),
    path("oekonomi/", include("tilsyn.web.economy.urls")),
    path("data/", include("tilsyn.web.data.urls")),
    path("adgangslog/", include("tilsyn.web.audit.urls")),
    path("rapporter/", include("tilsyn.web.reports.urls")),
    path("ledelsestilsyn/", include("tilsyn.web.reviews.urls")),
    path("healthz", healthz),
]

if settings.OIDC_ENABLED:
    urlpatterns += [
        path(
            "oidc/authenticate/",
            login_not_required(oidc_views.OIDCAuthenticationRequestView.as_view()),
            name="oidc_authentication_init",
        ),
        path(
            "oidc/callback/",
            login_not_required(oidc_views.OIDCAuthenticationCallbackView.as_view()),
            name="oidc_authentication_callback",
        ),
    ]
