"""Settings, read only from environment variables (see docs/running.md for the list).

Two modes: production (``TILSYN_WEB_PRODUCTION=true``: HTTPS behind a reverse proxy, secure
cookies, HSTS, a secret key and host names that must be given) and local (the demo, tests and
a laptop: plain HTTP on loopback, a random secret key kept in the workspace).
"""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from tilsyn.app import Workspace
from tilsyn.web.env import env_bool, env_int, env_list, env_optional, env_secret, env_str

BASE_DIR = Path(__file__).resolve().parent

PRODUCTION = env_bool("TILSYN_WEB_PRODUCTION", False)
DEBUG = env_bool("TILSYN_WEB_DEBUG", False)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("TILSYN_WEB_DEBUG kan ikke være slået til i produktion")

TILSYN_HOME = Workspace.resolve().root.resolve()
"""The workspace the web app reads snapshots from (``TILSYN_HOME``, else ``./.tilsyn``)."""


def _workspace_secret_key() -> str:
    # Local mode only: a random key kept in the workspace, so sessions survive a restart and
    # every server process shares it. Without a workspace (a fresh checkout, the tests) the
    # key lives as long as the process and nothing is written.
    if not TILSYN_HOME.is_dir():
        return secrets.token_urlsafe(50)
    path = TILSYN_HOME / "web-secret.key"
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(50), encoding="utf-8")
    return path.read_text(encoding="utf-8").strip()


_secret = env_secret("TILSYN_WEB_SECRET_KEY")
if _secret is None and PRODUCTION:
    raise ImproperlyConfigured(
        "TILSYN_WEB_SECRET_KEY (eller TILSYN_WEB_SECRET_KEY_FILE) skal sættes i produktion"
    )
if _secret is not None and len(_secret) < 50:
    raise ImproperlyConfigured("TILSYN_WEB_SECRET_KEY skal være mindst 50 tegn")
SECRET_KEY = _secret or _workspace_secret_key()

ALLOWED_HOSTS = env_list(
    "TILSYN_WEB_ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost"]
)
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("TILSYN_WEB_ALLOWED_HOSTS skal sættes i produktion (kommasepareret)")
CSRF_TRUSTED_ORIGINS = env_list("TILSYN_WEB_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    "mozilla_django_oidc",
    "tilsyn.web.accounts",
    "tilsyn.web.audit",
    "tilsyn.web.dashboards",
    "tilsyn.web.worklists",
    "tilsyn.web.citizens",
    "tilsyn.web.measures",
    "tilsyn.web.economy",
    "tilsyn.web.data",
    "tilsyn.web.reviews",
    "tilsyn.web.reports",
    # App-database models the application layer queries (no views): supervision reviews and
    # the register of supervision letters.
    "tilsyn.store.supervision",
    "tilsyn.store.letters",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "tilsyn.web.sessions.SessionRenewalMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
]

ROOT_URLCONF = "tilsyn.web.urls"
WSGI_APPLICATION = "tilsyn.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tilsyn.web.context.page",
            ],
            "builtins": ["tilsyn.web.templatetags.danish", "tilsyn.web.templatetags.links"],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{TILSYN_HOME / 'web.sqlite3'}"),
        conn_max_age=env_int("TILSYN_WEB_DB_CONN_MAX_AGE", 60, minimum=0),
    )
}
if not DATABASES["default"].get("ENGINE"):
    raise ImproperlyConfigured("DATABASE_URL: ukendt databasetype")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Aggregates (the overview's figures) are shared by the server's processes through files in
# the workspace; they are keyed by snapshot id, date and municipalities, never by citizen.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(TILSYN_HOME / "web-cache"),
    },
    # Sessions live server-side in files too: sessions are renewed often (inactivity expiry),
    # and a database write per request made the server processes queue on SQLite.
    "sessions": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(TILSYN_HOME / "web-sessions"),
        "TIMEOUT": None,
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    },
}
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_CACHE_ALIAS = "sessions"

AUTHENTICATION_BACKENDS = [
    # Axes first: it refuses a locked-out user before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "tilsyn.web.accounts.oidc.RoleMappingOIDCBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "dashboards:overview"
LOGOUT_REDIRECT_URL = "accounts:login"

# Login throttling: five failed attempts lock the user name from that address for 15 minutes.
AXES_FAILURE_LIMIT = env_int("TILSYN_WEB_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = env_int("TILSYN_WEB_LOGIN_COOLOFF_MINUTES", 15, minimum=1) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_IPWARE_PROXY_COUNT = env_int("TILSYN_WEB_PROXY_COUNT", 1 if PRODUCTION else 0, minimum=0)

# Sessions end after inactivity: a request renews the session's age, at most once a minute
# (``tilsyn.web.sessions``), so a session ends 29 to 30 minutes after the last request.
SESSION_COOKIE_AGE = env_int("TILSYN_WEB_SESSION_MINUTES", 30, minimum=1) * 60
SESSION_SAVE_EVERY_REQUEST = False
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

# OpenID Connect: enabled when the provider's endpoints are configured.
OIDC_ENABLED = env_optional("OIDC_RP_CLIENT_ID") is not None
OIDC_RP_CLIENT_ID = env_str("OIDC_RP_CLIENT_ID", "")
OIDC_RP_CLIENT_SECRET = env_secret("OIDC_RP_CLIENT_SECRET") or ""
OIDC_RP_SIGN_ALGO = env_str("OIDC_RP_SIGN_ALGO", "RS256")
OIDC_RP_SCOPES = env_str("OIDC_RP_SCOPES", "openid email profile groups")
OIDC_OP_AUTHORIZATION_ENDPOINT = env_str("OIDC_OP_AUTHORIZATION_ENDPOINT", "")
OIDC_OP_TOKEN_ENDPOINT = env_str("OIDC_OP_TOKEN_ENDPOINT", "")
OIDC_OP_USER_ENDPOINT = env_str("OIDC_OP_USER_ENDPOINT", "")
OIDC_OP_JWKS_ENDPOINT = env_str("OIDC_OP_JWKS_ENDPOINT", "")
OIDC_GROUPS_CLAIM = env_str("OIDC_GROUPS_CLAIM", "groups")
OIDC_GROUP_ROLES = env_str("OIDC_GROUP_ROLES", "")
"""``group=role@municipality+municipality,…``, e.g. ``jc-sagsbehandlere=caseworker@185``."""
if OIDC_ENABLED:
    _missing = [
        name
        for name in (
            "OIDC_OP_AUTHORIZATION_ENDPOINT",
            "OIDC_OP_TOKEN_ENDPOINT",
            "OIDC_OP_USER_ENDPOINT",
            "OIDC_OP_JWKS_ENDPOINT",
            "OIDC_GROUP_ROLES",
        )
        if not globals()[name]
    ]
    if _missing:
        raise ImproperlyConfigured(f"OIDC_RP_CLIENT_ID er sat, men {', '.join(_missing)} mangler")

LANGUAGE_CODE = "da"
LANGUAGES = [("da", "Dansk")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Production serves the collected, hashed files (``manage.py collectstatic``); locally
# WhiteNoise finds them in the package.
_static_root = env_optional("TILSYN_WEB_STATIC_ROOT")
STATIC_ROOT = (
    Path(_static_root) if _static_root else (TILSYN_HOME / "static" if PRODUCTION else None)
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed, hashed names in production (collectstatic); plain finders locally.
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# A policy without inline scripts or styles: every script and style is a static file.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'", *([OIDC_OP_AUTHORIZATION_ENDPOINT] if OIDC_ENABLED else [])],
    }
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("TILSYN_WEB_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("TILSYN_WEB_HSTS_SECONDS", 31_536_000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("TILSYN_WEB_HSTS_PRELOAD", False)
    # Browser preload lists bind every subdomain of the municipality's domain for years: the
    # municipality decides that (TILSYN_WEB_HSTS_PRELOAD), so the reminder is not a failure.
    SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("TILSYN_WEB_LOG_LEVEL", "WARNING")},
}

_as_of = env_optional("TILSYN_WEB_AS_OF")
try:
    TILSYN_WEB_AS_OF = None if _as_of is None else dt.date.fromisoformat(_as_of)
except ValueError:
    raise ImproperlyConfigured(f"TILSYN_WEB_AS_OF: '{_as_of}' er ikke en dato ÅÅÅÅ-MM-DD") from None
"""A fixed reference date instead of today (demos and tests)."""
