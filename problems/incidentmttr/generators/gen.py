#!/usr/bin/env python3
"""Writes every test case of incidentmttr (deterministic), then the answers.

Run from anywhere: python3 generators/gen.py
Each .ans is the output of submissions/accepted/solution.py.
"""
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
MODEL = os.path.join(ROOT, "submissions", "accepted", "solution.py")

F, R = "FIRING", "RESOLVED"


def write(name, window, owners, records):
    """owners: {service: team}; records: [(t, service, state)], sorted stably by time here."""
    records = sorted(records, key=lambda r: r[0])
    with open(os.path.join(DATA, name + ".in"), "w") as f:
        f.write(f"{len(owners)} {window} {len(records)}\n")
        f.write("".join(f"{s} {t}\n" for s, t in owners.items()))
        f.write("".join(f"{t} {s} {st}\n" for t, s, st in records))


def alert_stream(rng, services, start, end, per_service, noise=0.05, mean_duration=600, unresolved=None):
    """Realistic, noisy alerts: episodes of firing, duplicates, stray resolutions, flapping."""
    unresolved = noise / 2 if unresolved is None else unresolved
    recs = []
    for s in services:
        t = rng.randint(start, end)
        for _ in range(per_service):
            if t > end:
                break
            duration = int(rng.lognormvariate(0, 1.2) * mean_duration)
            recs.append((t, s, F))
            if rng.random() < noise:
                recs.append((t + rng.randint(0, 60), s, F))            # duplicate page
            if rng.random() < noise:                                     # flapping
                for k in range(rng.randint(1, 4)):
                    u = t + rng.randint(1, max(1, duration))
                    recs.append((u, s, R))
                    recs.append((u + rng.randint(0, 90), s, F))
            if rng.random() >= unresolved:                               # sometimes never resolves
                recs.append((t + duration, s, R))
            if rng.random() < noise:
                recs.append((t + duration + rng.randint(0, 30), s, R))  # stray resolution
            t += duration + int(rng.expovariate(1 / (20 * mean_duration))) + 1
    return [r for r in recs if r[0] <= 10 ** 9]


def samples():
    write("sample/01-flapping-and-duplicates", 300,
          {"checkout-api": "payments", "ledger": "payments", "search-api": "discovery"},
          [(1000, "checkout-api", F), (1010, "checkout-api", F), (1200, "ledger", F),
           (1500, "checkout-api", R), (1800, "ledger", R), (2000, "ledger", F),
           (2300, "ledger", R), (5000, "search-api", R), (5000, "search-api", F),
           (5600, "search-api", R), (9000, "checkout-api", F), (9060, "checkout-api", R)])
    write("sample/02-unowned-and-open", 60, {"db-primary": "storage"},
          [(0, "db-primary", F), (100, "legacy-cron", F), (130, "legacy-cron", R),
           (400, "db-primary", R), (450, "db-primary", F), (460, "legacy-cron", F)])


def secret():
    rng = random.Random(20250906)
    write("secret/01-single-alert-still-open", 10, {"api": "core"}, [(42, "api", F)])
    write("secret/02-resolved-same-second", 10, {"api": "core"}, [(7, "api", F), (7, "api", R)])
    # Quiet at c; firing again at exactly c + W continues the incident, c + W + 1 does not.
    write("secret/03-window-boundary", 100, {"a": "edge", "b": "mesh"},
          [(0, "a", F), (50, "a", R), (150, "a", F), (160, "a", R), (261, "a", F), (300, "a", R),
           (0, "b", F), (10, "b", R), (111, "b", F), (112, "b", R)])
    write("secret/04-zero-window", 0, {"x": "t1", "y": "t2"},
          [(5, "x", F), (9, "x", R), (9, "x", F), (12, "x", R), (13, "x", F), (20, "x", R),
           (1, "y", F), (2, "y", R), (2, "y", F), (2, "y", R), (3, "y", F), (4, "y", R)])
    write("secret/05-duplicate-firing", 30, {"queue": "infra", "cache": "infra"},
          [(100, "queue", F), (101, "queue", F), (102, "queue", F), (200, "queue", R),
           (1000, "cache", F), (1000, "cache", F), (1100, "cache", R), (5000, "queue", F),
           (5001, "queue", F), (5300, "queue", R)])
    write("secret/06-resolved-without-firing", 30, {"dns": "netops", "lb": "netops"},
          [(10, "dns", R), (20, "lb", F), (25, "dns", R), (30, "dns", R), (400, "lb", R),
           (500, "lb", R), (900, "dns", F), (950, "dns", R), (950, "dns", R)])
    # Overlapping alerts of one team form one incident; the team is quiet only when all are.
    write("secret/07-overlapping-services", 0, {"s1": "growth", "s2": "growth", "s3": "growth"},
          [(0, "s1", F), (10, "s2", F), (20, "s1", R), (25, "s3", F), (30, "s2", R), (60, "s3", R),
           (61, "s1", F), (70, "s1", R)])
    write("secret/08-unowned-services", 120, {"known": "platform"},
          [(0, "mystery-1", F), (30, "known", F), (60, "mystery-2", F), (90, "mystery-1", R),
           (100, "mystery-2", R), (200, "mystery-2", F), (260, "known", R), (300, "mystery-2", R),
           (1000, "orphan", F), (1001, "orphan", R)])
    # Same-second records are processed in input order.
    write("secret/09-same-timestamp-order", 0, {"p": "red", "q": "red", "r": "blue", "s": "blue"},
          [(0, "p", F), (10, "p", R), (10, "q", F), (20, "q", R),
           (0, "r", F), (10, "s", F), (10, "r", R), (20, "s", R),
           (30, "p", F), (30, "p", R), (30, "p", F), (40, "p", R)])
    # Means that are not whole seconds are rounded down.
    write("secret/10-mttr-rounding", 0, {"m": "money", "n": "noise"},
          [(0, "m", F), (10, "m", R), (100, "m", F), (111, "m", R), (200, "m", F), (212, "m", R),
           (0, "n", F), (1, "n", R), (5, "n", F), (7, "n", R)])

    owners = {f"svc-{i:03d}": f"team-{rng.randrange(12):02d}" for i in range(300)}
    services = list(owners) + [f"shadow-{i}" for i in range(10)]
    write("secret/11-random-medium", 300, owners,
          alert_stream(rng, services, 0, 2_000_000, per_service=15, noise=0.1))

    owners = {f"s{i:05x}": f"team-{rng.randrange(5000):04d}" for i in range(50_000)}
    services = list(owners) + [f"x{i:04x}" for i in range(2000)]
    recs = alert_stream(rng, services, 0, 10 ** 9 - 10 ** 7, per_service=2, noise=0.05, unresolved=0.002)
    recs.sort(key=lambda r: r[0])
    write("secret/12-large-many-teams", 600, owners, recs[:150_000])

    # One platform team owns 30 000 services; only a few fire at any moment.
    owners = {f"p{i:05x}": "platform" for i in range(30_000)}
    owners.update({f"o{i:03x}": f"team-{i % 7}" for i in range(700)})
    recs = alert_stream(rng, list(owners), 0, 10 ** 9 - 10 ** 6, per_service=3, noise=0.0,
                        mean_duration=120, unresolved=0)
    recs.sort(key=lambda r: r[0])
    write("secret/13-large-one-big-team", 900, owners, recs[:150_000])

    owners = {f"flappy-{i}": f"team-{i % 40}" for i in range(400)}
    recs = []
    for s in owners:
        t = rng.randint(0, 1000)
        for _ in range(150):
            recs.append((t, s, F))
            t += rng.randint(0, 40)
            recs.append((t, s, R))
            t += rng.choice([1, 2, 5, 30, 119, 120, 121, 600, 5000])
    write("secret/14-large-flapping", 120, owners, recs)


def answers():
    for d in ("sample", "secret"):
        folder = os.path.join(DATA, d)
        for name in sorted(os.listdir(folder)):
            if name.endswith(".in"):
                base = os.path.join(folder, name[:-3])
                with open(base + ".in") as fin, open(base + ".ans", "w") as fout:
                    subprocess.run([sys.executable, MODEL], stdin=fin, stdout=fout, check=True)


if __name__ == "__main__":
    samples()
    secret()
    answers()
