"""Benchmark: 20 concurrent users on the overview and worklists of a 60,000-citizen snapshot.

The snapshot is generated once into a cache folder (``--cache``, default
``$TMPDIR/tilsyn-bench-web``); ``tilsyn serve`` (gunicorn) then runs on loopback only, and each
virtual user logs in as one of the demo users and requests the overview, its worklist, the
worklist's second page and the overdue filter in turn, with no pause between requests. The
users sign in and look at each page once before the measured rounds start together (a user at
work is signed in already). The run is bounded by ``--rounds`` per user and by ``--seconds``.
Target (issue "Web app"): p95 under 300 ms, no errors.

    uv run python benchmarks/bench_web.py
    uv run python benchmarks/bench_web.py --persons 5000 --users 5 --rounds 3   # a quick look
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

AS_OF = "2026-11-16"
PASSWORD = "benchmark-kodeord-2026"
TARGET_P95_MS = 300.0
PAGES = ("/", "/arbejdsliste/", "/arbejdsliste/?page=2", "/arbejdsliste/?status=overdue")
ACCOUNTS = ("sagsbehandler", "koordinator", "leder", "dragoer", "revisor", "admin")

PREPARE = """
import datetime as dt, os, sys
from pathlib import Path
root, persons, as_of = Path(sys.argv[1]), int(sys.argv[2]), dt.date.fromisoformat(sys.argv[3])
from tilsyn.data.workspace import Workspace
ws = Workspace(root / "ws")
if ws.current_id() is None:
    from tilsyn.data.importer import import_folder
    from tilsyn.data.synthetic import generate
    last = as_of.replace(day=1) - dt.timedelta(days=1)
    generate(root / "data", persons=persons, seed=1, end=f"{last:%Y-%m}", fmt="parquet",
             with_cpr=True)
    import_folder(root / "data", ws, demo=True)
os.environ["TILSYN_HOME"] = str(ws.root)
os.environ["DJANGO_SETTINGS_MODULE"] = "tilsyn.web.settings"
import django
django.setup()
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
from tilsyn.web.accounts.demo import ensure_demo_users
ensure_demo_users(ws, password=sys.argv[4])
print(ws.current_id())
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(base: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.5)
    raise SystemExit(f"the server did not answer on {base} within {seconds:.0f} s")


def _server_cpu_seconds(root_pid: int) -> float:
    """Processor time (user + system) of the server and all its descendants, from /proc:
    unlike latency, it does not depend on what else the machine runs."""
    ticks = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # after the command name: state, ppid, ..., utime (14th field) and stime (15th)
        stats[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / ticks)
    family, total = {root_pid}, 0.0
    changed = True
    while changed:
        changed = False
        for pid, (ppid, _) in stats.items():
            if ppid in family and pid not in family:
                family.add(pid)
                changed = True
    for pid in family:
        total += stats.get(pid, (0, 0.0))[1]
    return total


def _log_in(client: httpx.Client, user: str) -> None:
    page = client.get("/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    if token is None:
        raise RuntimeError("no CSRF token on the login page")
    done = client.post(
        "/login/",
        data={"username": user, "password": PASSWORD, "csrfmiddlewaretoken": token.group(1)},
        headers={"Referer": f"{client.base_url}/login/"},
    )
    if done.status_code != 302:
        raise RuntimeError(f"login of {user} failed: {done.status_code}")


def _user(
    base: str,
    user: str,
    rounds: int,
    ready: threading.Barrier,
    stop_at: list[float],
    out: list[float],
    errors: list[str],
) -> None:
    """One virtual user: sign in and look at each page once (not measured: signing in hashes
    the password, about half a second of processor time, and a first request fills the
    process's caches), wait for the others, then ``rounds`` measured rounds with no pause."""
    with httpx.Client(base_url=base, timeout=300) as client:
        try:
            _log_in(client, user)
            for path in PAGES:
                client.get(path)
        except (RuntimeError, httpx.HTTPError) as exc:
            errors.append(str(exc))
            ready.abort()
            return
        try:
            ready.wait()
        except threading.BrokenBarrierError:
            return
    # A new connection for the measured rounds: the server closes a connection left idle
    # while the others signed in, and a request racing that close would fail as no
    # browser's would (browsers retry such a request).
    with httpx.Client(base_url=base, timeout=30, cookies=client.cookies) as client:
        for _ in range(rounds):
            for path in PAGES:
                if time.monotonic() > stop_at[0]:
                    return
                started = time.perf_counter()
                try:
                    status = client.get(path).status_code
                except httpx.HTTPError as exc:
                    errors.append(f"{path}: {exc}")
                    continue
                out.append((time.perf_counter() - started) * 1000)
                if status != 200:
                    errors.append(f"{path}: HTTP {status}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--persons", type=int, default=60_000)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=10, help="rounds of the four pages per user")
    parser.add_argument(
        "--seconds", type=float, default=240.0, help="stop the load after this long"
    )
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2 + 1)
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "tilsyn-bench-web"
    )
    args = parser.parse_args()

    root = args.cache / str(args.persons)
    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    sid = subprocess.run(
        [sys.executable, "-c", PREPARE, str(root), str(args.persons), AS_OF, PASSWORD],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()[-1]
    print(
        f"snapshot {sid} with {args.persons:,} citizens ready "
        f"in {time.perf_counter() - started:.1f} s"
    )

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "TILSYN_WEB_AS_OF": AS_OF}
    log = (root / "server.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tilsyn.cli",
            "serve",
            "--workspace",
            str(root / "ws"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(args.workers),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,  # gunicorn and Django report worker problems here
    )
    try:
        prepared = time.perf_counter()
        _wait(base, 900)
        print(f"server ready in {time.perf_counter() - prepared:.1f} s (verdicts and caches)")
        timings: list[float] = []
        errors: list[str] = []
        stop_at = [float("inf")]

        def start_clock() -> None:  # run by the barrier once every user is signed in
            stop_at[0] = time.monotonic() + args.seconds
            load_started[0] = time.perf_counter()
            cpu_started[0] = _server_cpu_seconds(server.pid)
            client_started[0] = time.process_time()

        load_started, cpu_started, client_started = [0.0], [0.0], [0.0]
        ready = threading.Barrier(args.users, action=start_clock)
        threads = [
            threading.Thread(
                target=_user,
                args=(
                    base,
                    ACCOUNTS[i % len(ACCOUNTS)],
                    args.rounds,
                    ready,
                    stop_at,
                    timings,
                    errors,
                ),
            )
            for i in range(args.users)
        ]
        signing_in = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - load_started[0]
        server_cpu = _server_cpu_seconds(server.pid) - cpu_started[0]
        client_cpu = time.process_time() - client_started[0]
        print(
            f"{args.users} users signed in and looked at each page once in "
            f"{load_started[0] - signing_in:.1f} s (not measured)"
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()

    if not timings:
        raise SystemExit(f"no request succeeded; errors: {errors[:5]}")
    ordered = sorted(timings)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    print(
        f"{args.users} users, {len(timings)} requests in {elapsed:.1f} s "
        f"({len(timings) / elapsed:.1f} req/s, {args.workers} gunicorn workers)"
    )
    print(
        f"p50 {p50:.0f} ms, p95 {p95:.0f} ms (target < {TARGET_P95_MS:.0f} ms: "
        f"{'met' if p95 < TARGET_P95_MS else 'NOT met'}), max {ordered[-1]:.0f} ms"
    )
    cores = os.cpu_count() or 1
    per_request = server_cpu / len(timings) * 1000
    print(
        f"server processor time {per_request:.1f} ms a request: {cores} cores serve at most "
        f"{cores * 1000 / per_request:.0f} requests/s; this benchmark's own clients used "
        f"{client_cpu / len(timings) * 1000:.1f} ms a request of the same cores; load average "
        f"at the end {os.getloadavg()[0]:.1f}"
    )
    print(f"errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))


if __name__ == "__main__":
    main()
