"""Aggregates shared by every request with the same key: kept in this process (as the objects
themselves, no unpickling) in front of the shared file cache that the server's processes fill
for one another. Keys must hold the snapshot id and the date, so that a new import or a new
day is a new key; the values are read-only for the views that get them."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar, cast

from django.core.cache import cache

T = TypeVar("T")

CACHE_SECONDS = 15 * 60
_LIMIT = 128
_local: OrderedDict[str, object] = OrderedDict()
_lock = threading.Lock()


def shared(key: str, compute: Callable[[], T], *, timeout: int = CACHE_SECONDS) -> T:
    with _lock:
        if key in _local:
            _local.move_to_end(key)
            return cast(T, _local[key])
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, timeout=timeout)
    with _lock:
        _local[key] = found
        while len(_local) > _LIMIT:
            _local.popitem(last=False)
    return cast(T, found)


def kept(key: str, compute: Callable[[], T]) -> T:
    """Like ``shared``, in this process only: for what a new server version may render
    differently (the shared cache outlives a restart)."""
    with _lock:
        if key in _local:
            _local.move_to_end(key)
            return cast(T, _local[key])
    found = compute()
    with _lock:
        _local[key] = found
        while len(_local) > _LIMIT:
            _local.popitem(last=False)
    return found


def forget() -> None:
    """Empty this process's layer (tests that change the data under one key)."""
    with _lock:
        _local.clear()
