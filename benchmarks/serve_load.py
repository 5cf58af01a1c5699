"""``reportcheck serve`` under load, next to the cold CLI and the spaCy floor, in one run.

Run ``python benchmarks/serve_load.py [--duration 60] [--clients 4]
[--requests 30] [--repeats 3] [--model NAME] [--serve-option=OPTION ...]
[--skip-cold]``.  It starts ``reportcheck serve`` (with any
``--serve-option``, e.g. ``--serve-option=--no-helper`` to measure the server
without its helper process) on a free loopback port (a child process,
stopped at the end), waits for it, warms it with a few compares, then measures:

(a) the sample pair's ``POST /v1/compare`` latency, one client at a time:
    p50 and p95 over ``--requests`` requests (goal: p50 at most 0.25 s),
    and the server's CPU seconds per request (what a request costs whatever
    else the shared machine runs; wall time says what it got);
(b) ``--clients`` clients posting the same compare in a loop for
    ``--duration`` seconds (each stops by itself at the deadline): requests
    answered, errors (any answer but 200, or no answer), throughput and the
    latency each client saw (goal: 0 errors);
(c) the RSS of the server and every process under it, summed, after the
    warm-up and after (b) (goal: growth under 10%);
(d) the cold ``reportcheck compare`` of the sample pair against the floor
    (``import spacy; spacy.load(MODEL); nlp(A); nlp(B)``), measured as
    ``benchmarks/performance.py`` does (best of ``--repeats``, interleaved),
    and their ratio (goal: at most 1.10); beside it the floor without the
    interpreter's teardown, which the command skips (``--skip-cold``
    leaves (d) out, for runs that compare servers).

The machine is shared: the figures are wall-clock and say what this run
got; the load average is printed at the start and the end.  Only the
standard library talks to the server.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from performance import DEFAULT_MODEL, PAIR, bench_compare, compile_bytecode, reportcheck_command

#: how long the server may take to start (the place index is built on a first run)
START_TIMEOUT = 600


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def family(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants, summed, in MB."""
    total = 0
    for member in family(pid):
        try:
            status = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
    return total / 1024


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of ``pid`` and its descendants so far: what a request
    costs whatever else the machine runs, where wall time says what it got."""
    ticks = 0
    for member in family(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return ticks / os.sysconf("SC_CLK_TCK")


def compare_body() -> bytes:
    reports = [{"name": path.name, "text": path.read_text(encoding="utf-8")} for path in PAIR]
    return json.dumps({"reports": reports}).encode("utf-8")


def post(url: str, body: bytes, timeout: float = 300) -> tuple[int, float]:
    """(status, seconds) of one compare; status 0 when no answer came."""
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            answer.read()
            status = answer.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = 0
    return status, time.perf_counter() - start


def start_server(port: int, model: str, log: Path, extra: list[str]) -> subprocess.Popen:
    command = [*reportcheck_command(), "serve", "--port", str(port), "--model", model, *extra]
    with log.open("wb") as sink:
        server = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped ({server.returncode}):\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=5) as answer:
                if answer.status == 200:
                    return server
        except OSError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit(f"the server did not answer within {START_TIMEOUT} s")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def one_client(url: str, body: bytes, requests: int) -> dict:
    times = []
    for _ in range(requests):
        status, seconds = post(url, body)
        if status != 200:
            raise SystemExit(f"a single client got {status}")
        times.append(seconds)
    return {"p50": statistics.median(times), "p95": percentile(times, 0.95), "n": requests}


def many_clients(url: str, body: bytes, clients: int, duration: float) -> dict:
    deadline = time.monotonic() + duration
    results: list[list[tuple[int, float]]] = [[] for _ in range(clients)]

    def loop(mine: list[tuple[int, float]]) -> None:
        while time.monotonic() < deadline:
            mine.append(post(url, body))

    threads = [threading.Thread(target=loop, args=(results[i],)) for i in range(clients)]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - start
    answers = [item for mine in results for item in mine]
    ok = [seconds for status, seconds in answers if status == 200]
    errors: dict[str, int] = {}
    for status, _ in answers:
        if status != 200:
            errors[str(status)] = errors.get(str(status), 0) + 1
    return {
        "requests": len(answers),
        "ok": len(ok),
        "errors": sum(errors.values()),
        "errors_by_status": errors,
        "seconds": elapsed,
        "throughput": len(ok) / elapsed,
        "p50": statistics.median(ok) if ok else None,
        "p95": percentile(ok, 0.95) if ok else None,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of the concurrent load (b)")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--requests", type=int, default=30, help="sequential requests for (a)")
    parser.add_argument("--repeats", type=int, default=3, help="cold compare and floor runs for (d)")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--serve-option",
        action="append",
        default=[],
        metavar="OPTION",
        help="passed to reportcheck serve, e.g. --serve-option=--no-helper (repeatable)",
    )
    parser.add_argument("--skip-cold", action="store_true", help="leave out (d), the cold CLI and the floor")
    args = parser.parse_args(argv)

    compile_bytecode()
    load_at_start = os.getloadavg()
    port = free_port()
    url = f"http://127.0.0.1:{port}/v1/compare"
    body = compare_body()
    with tempfile.TemporaryDirectory() as scratch:
        log = Path(scratch) / "server.log"
        started = time.monotonic()
        server = start_server(port, args.model, log, args.serve_option)
        start_seconds = time.monotonic() - started
        try:
            for _ in range(3):  # warm-up
                post(url, body)
            rss_before = rss_mb(server.pid)
            cpu_start = cpu_seconds(server.pid)
            single = one_client(url, body, args.requests)
            single["cpu_per_request"] = (cpu_seconds(server.pid) - cpu_start) / args.requests
            load = many_clients(url, body, args.clients, args.duration)
            rss_after = rss_mb(server.pid)
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
    cold = None if args.skip_cold else bench_compare(args.model, args.repeats)
    figures = {
        "serve_options": args.serve_option,
        "server_start_seconds": start_seconds,
        "single": single,
        "load": load,
        "rss_mb": {"before": rss_before, "after": rss_after, "growth": rss_after / rss_before - 1},
        "cold": cold,
        "cold_ratio": cold and cold["compare"]["best"] / cold["floor"]["best"],
        "cpus": os.cpu_count(),
        "load_average_start": load_at_start,
        "load_average": os.getloadavg(),
    }
    report(figures, args)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


def report(f: dict, args: argparse.Namespace) -> None:
    s, load, rss, c = f["single"], f["load"], f["rss_mb"], f["cold"]
    options = " ".join(f["serve_options"]) or "defaults"
    print(
        f"reportcheck serve ({options}), sample pair compare "
        f"(server started in {f['server_start_seconds']:.1f} s)"
    )
    print(
        f"(a) one client, {s['n']} requests: p50 {s['p50']:.3f} s, p95 {s['p95']:.3f} s (goal p50 <= 0.25); "
        f"server CPU {s['cpu_per_request']:.3f} s per request"
    )
    print(
        f"(b) {args.clients} clients, {load['seconds']:.0f} s: {load['ok']} answered, "
        f"{load['errors']} errors{' ' + str(load['errors_by_status']) if load['errors'] else ''}, "
        f"{load['throughput']:.2f} compares/s, "
        f"p50 {load['p50']:.3f} s, p95 {load['p95']:.3f} s   (goal 0 errors)"
    )
    print(
        f"(c) RSS, server + children: {rss['before']:.0f} MB after warm-up, "
        f"{rss['after']:.0f} MB after (b): "
        f"{rss['growth']:+.1%}   (goal < +10%)"
    )
    if c is None:
        print(machine(f))
        return
    print(
        f"(d) cold CLI compare {c['compare']['best']:.2f} s (median {c['compare']['median']:.2f}), "
        f"floor {c['floor']['best']:.2f} s (median {c['floor']['median']:.2f}): "
        f"ratio {f['cold_ratio']:.2f}   (goal <= 1.10)"
    )
    bare = c["floor_no_teardown"]
    print(
        f"    floor without its teardown (the command skips its own) {bare['best']:.2f} s "
        f"(median {bare['median']:.2f}): ratio {c['compare']['best'] / bare['best']:.2f}"
    )
    print(f"    warm p50 against the cold compare: {c['compare']['best'] / s['p50']:.1f}x faster")
    print(machine(f))


def machine(f: dict) -> str:
    def loads(values: list[float]) -> str:
        return ", ".join(f"{x:.1f}" for x in values)

    return (
        f"machine: {f['cpus']} CPUs, load average {loads(f['load_average_start'])} at the start, "
        f"{loads(f['load_average'])} at the end"
    )


if __name__ == "__main__":
    sys.exit(main())
