#!/usr/bin/env python3
"""Writes every test case of latencyreport (deterministic), then the answers.

Run from anywhere: python3 generators/gen.py
Inputs are generated here; each .ans is the output of submissions/accepted/solution.py.
"""
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
MODEL = os.path.join(ROOT, "submissions", "accepted", "solution.py")

SERVICES = ["api-gateway", "auth", "billing", "catalog", "checkout", "inventory",
            "notifications", "payments", "search", "shipping"]


def fmt_latency(thousandths):
    """Milliseconds with up to three decimals, trailing zeros dropped (12.5, 7, 0.125)."""
    whole, frac = divmod(thousandths, 1000)
    if frac == 0:
        return str(whole)
    return f"{whole}.{frac:03d}".rstrip("0")


def status_for(rng, error_p):
    r = rng.random()
    if r < error_p:
        return rng.choice([500, 502, 503, 504])
    if r < error_p + 0.05:
        return rng.choice([400, 401, 403, 404, 409, 429, 499])
    return rng.choice([200, 200, 200, 201, 204, 301, 304])


def lognormal_ms(rng, median_ms, sigma):
    ms = rng.lognormvariate(0, sigma) * median_ms
    return max(0, min(1_000_000_000, int(ms * 1000)))


def write(name, records):
    path = os.path.join(DATA, name + ".in")
    with open(path, "w") as f:
        f.write(f"{len(records)}\n")
        f.write("".join(f"{s} {fmt_latency(t)} {c}\n" for s, t, c in records))


def sample_cases():
    write("sample/01-three-services", [
        ("checkout", 120_000, 200), ("search", 35_500, 200), ("checkout", 95_000, 200),
        ("auth", 12_000, 200), ("checkout", 410_250, 503), ("search", 40_000, 200),
        ("checkout", 101_000, 201), ("search", 38_125, 500), ("auth", 9_000, 200),
        ("checkout", 99_000, 200), ("search", 36_000, 200), ("auth", 15_000, 401),
    ])
    write("sample/02-client-errors-are-not-errors", [
        ("reports", 2_500_000, 200), ("profile", 8_000, 404), ("profile", 7_000, 200),
        ("profile", 9_000, 429), ("profile", 6_500, 500),
    ])


def secret_cases():
    rng = random.Random(20250901)

    write("secret/01-single-request", [("solo", 42_000, 200)])

    write("secret/02-one-request-per-service",
          [(f"svc-{i:02d}", rng.randint(0, 500_000), status_for(rng, 0.3)) for i in range(50)])

    statuses = [100, 200, 299, 301, 399, 400, 404, 429, 499, 500, 503, 599]
    write("secret/03-status-boundaries",
          [("edge", (i + 1) * 1000, s) for i, s in enumerate(statuses)] +
          [("only-4xx", 5000, s) for s in (400, 404, 499)] +
          [("only-5xx", 5000, s) for s in (500, 550, 599)])

    # Group sizes where p * k / 100 is (or is not) an integer: off-by-one rank bugs show here.
    recs = []
    for k in (2, 3, 19, 20, 21, 99, 100, 101, 199, 200, 201, 1000):
        values = list(range(1, k + 1))
        rng.shuffle(values)
        recs += [(f"k{k:04d}", v * 1000, 200) for v in values]
    rng.shuffle(recs)
    write("secret/04-rank-boundaries", recs)

    recs = [("flat", 250_000, 200)] * 300 + [("mostly-flat", 10_000, 200)] * 97 + \
           [("mostly-flat", 900_000, 504)] * 3
    rng.shuffle(recs)
    write("secret/05-equal-latencies", recs)

    write("secret/06-extreme-latencies", [
        ("zero", 0, 200), ("zero", 0, 200), ("tiny", 1, 200), ("tiny", 2, 200), ("tiny", 999, 200),
        ("huge", 1_000_000_000, 504), ("huge", 999_999_999, 200), ("huge", 1_000_000_000, 200),
    ])

    write("secret/07-all-server-errors", [("down", rng.randint(1, 30_000_000), 503) for _ in range(77)])

    # ASCII order: '-' < digits < letters, and a prefix sorts before its extensions.
    names = ["a", "a-b", "a0", "ab", "a-", "b", "ba", "0", "9z", "-x", "aa-a", "aaa"]
    write("secret/08-name-ordering", [(nm, rng.randint(0, 99_999), 200) for nm in names for _ in range(3)])

    recs = []
    for _ in range(5000):
        s = rng.choice(SERVICES[:8] + [f"batch-{i}" for i in range(32)])
        recs.append((s, lognormal_ms(rng, 80, 0.9), status_for(rng, 0.02)))
    write("secret/09-random-medium", recs)

    n = 200_000
    medians = {s: rng.choice([5, 20, 80, 300, 1200]) for s in SERVICES[:6]}
    recs = []
    for _ in range(n):
        s = rng.choice(SERVICES[:6])
        recs.append((s, lognormal_ms(rng, medians[s], 1.1), status_for(rng, 0.01)))
    write("secret/10-large-few-services", recs)

    # About 60 000 services with one to three requests each: scanning the log once per
    # service is quadratic.
    recs = []
    for i in range(120_000):
        s = f"svc-{rng.randrange(60_000):05d}"
        recs.append((s, rng.randint(0, 99_999_999), status_for(rng, 0.05)))
    write("secret/11-large-many-services", recs)

    write("secret/12-large-single-service-descending",
          [("monolith", 1_000_000_000 - 9_999 * i, 200 if i % 97 else 500) for i in range(100_000)])

    recs = []
    for i in range(100_000):
        s = f"tenant-{min(int(rng.paretovariate(1.2)), 5000)}"
        recs.append((s, lognormal_ms(rng, 40, 1.5), status_for(rng, 0.03)))
    write("secret/13-large-skewed-tenants", recs)


def answers():
    for d in ("sample", "secret"):
        folder = os.path.join(DATA, d)
        for name in sorted(os.listdir(folder)):
            if name.endswith(".in"):
                base = os.path.join(folder, name[:-3])
                with open(base + ".in") as fin, open(base + ".ans", "w") as fout:
                    subprocess.run([sys.executable, MODEL], stdin=fin, stdout=fout, check=True)


if __name__ == "__main__":
    sample_cases()
    secret_cases()
    answers()
