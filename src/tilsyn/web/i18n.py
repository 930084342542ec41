"""The Danish message catalogue: ``locale/da/LC_MESSAGES/django.po`` is edited by hand (after
``manage.py makemessages -l da``); the committed ``django.mo`` is compiled from it with Babel,
so neither the server nor CI needs GNU gettext. A test checks that the two agree.

    uv run python -m tilsyn.web.i18n      # recompile django.mo after editing django.po
"""

from __future__ import annotations

import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

CATALOGUE = Path(__file__).resolve().parent / "locale" / "da" / "LC_MESSAGES"


def untranslated() -> list[str]:
    with (CATALOGUE / "django.po").open("rb") as fh:
        catalog = read_po(fh, locale="da")
    return [str(m.id) for m in catalog if m.id and not m.string]


def compiled() -> bytes:
    with (CATALOGUE / "django.po").open("rb") as fh:
        catalog = read_po(fh, locale="da")
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


if __name__ == "__main__":
    (CATALOGUE / "django.mo").write_bytes(compiled())
    missing = untranslated()
    print(f"skrev {CATALOGUE / 'django.mo'}; uoversatte: {len(missing)}")
    for text in missing:
        print(f"  {text}")
