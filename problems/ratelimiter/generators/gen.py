#!/usr/bin/env python3
"""Writes every test case of ratelimiter (deterministic), then the answers.

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


def write(name, plans, assignments, requests):
    """plans: {name: (C, R)}, assignments: {client: plan}, requests: [(t, client, cost)]."""
    requests = sorted(requests, key=lambda r: r[0])  # stable: equal times keep their order
    with open(os.path.join(DATA, name + ".in"), "w") as f:
        f.write(f"{len(plans)} {len(assignments)} {len(requests)}\n")
        f.write("".join(f"{p} {c} {r}\n" for p, (c, r) in plans.items()))
        f.write("".join(f"{c} {p}\n" for c, p in assignments.items()))
        f.write("".join(f"{t} {c} {w}\n" for t, c, w in requests))


def traffic(rng, client, capacity, rate, start, end, kind, limit=3000):
    """At most limit requests of one client between start and end (ms), with a given behaviour."""
    reqs = []
    t = start
    end = min(end, 10 ** 9)
    if kind == "steady":      # close to the refill rate, sometimes above
        gap = 1000 / rate * rng.uniform(0.7, 1.4)
        while t < end and len(reqs) < limit:
            reqs.append((int(t), client, 1))
            t += rng.expovariate(1 / gap)
    elif kind == "bursty":    # bursts a little larger than the bucket, then quiet
        while t < end and len(reqs) < limit:
            for _ in range(capacity + rng.randint(0, 3)):
                reqs.append((int(t), client, 1))
                t += rng.randint(0, 20)
            t += rng.uniform(0.3, 1.5) * capacity * 1000 / rate
    elif kind == "batch":     # expensive calls with varying cost
        while t < end and len(reqs) < limit:
            reqs.append((int(t), client, rng.randint(1, capacity + 1)))
            t += rng.uniform(0.2, 2.0) * 1000 * capacity / rate / 2
    else:                     # abusive: far above the rate
        gap = max(1000 / rate / rng.uniform(3, 20), 0.05)
        while t < end and len(reqs) < limit:
            reqs.append((int(t), client, 1))
            t += rng.expovariate(1 / gap)
    return [r for r in reqs if r[0] <= 10 ** 9]


def samples():
    write("sample/01-refill", {"default": (3, 1), "pro": (10, 5)}, {"bob": "pro"},
          [(0, "alice", 1), (0, "alice", 1), (0, "alice", 1), (0, "alice", 1), (0, "bob", 4),
           (1000, "alice", 1), (1500, "alice", 1), (2000, "alice", 1), (2000, "bob", 6),
           (2000, "bob", 6)])
    write("sample/02-costs", {"default": (5, 2), "batch": (100, 10)}, {"etl": "batch"},
          [(10, "etl", 120), (10, "etl", 100), (20, "web", 5), (520, "web", 2), (620, "web", 1),
           (10010, "etl", 100), (10010, "etl", 1), (60000, "web", 5)])


def secret():
    rng = random.Random(20250903)
    write("secret/01-single-request", {"default": (1, 1)}, {}, [(0, "only", 1)])

    # One token per second, one request every 500 ms: half tokens must be kept.
    write("secret/02-fractional-refill", {"default": (1, 1)}, {},
          [(t * 500, "poller", 1) for t in range(40)])
    reqs = []
    for c, (cap, rate) in enumerate([(2, 3), (1, 7), (4, 9), (3, 1), (5, 999)]):
        t = 0
        for _ in range(300):
            t += rng.randint(1, 3 * 1000 // rate + 2)
            reqs.append((t, f"client{c}", 1))
    write("secret/03-fractional-odd-rates", {"default": (2, 3), "p1": (1, 7), "p2": (4, 9),
                                             "p3": (3, 1), "p4": (5, 999)},
          {"client1": "p1", "client2": "p2", "client3": "p3", "client4": "p4"}, reqs)

    # After a long idle period the bucket holds exactly C, never more.
    write("secret/04-capacity-cap", {"default": (5, 100)}, {},
          [(0, "svc", 5), (10_000_000, "svc", 1)] + [(10_000_000, "svc", 1)] * 5 +
          [(10_000_010, "svc", 1), (10_000_020, "svc", 1)])

    write("secret/05-cost-above-capacity", {"default": (10, 10), "big": (1_000_000, 1_000_000)},
          {"whale": "big"},
          [(0, "shrimp", 11), (0, "shrimp", 10), (5000, "shrimp", 11), (9000, "whale", 1_000_000),
           (9000, "whale", 1), (9001, "whale", 1000), (9002, "whale", 1000), (9003, "whale", 999_999)])

    write("secret/06-same-timestamp-burst", {"default": (50, 1)}, {},
          [(777, "burst", 1)] * 60 + [(1777, "burst", 1)] * 2 + [(1778, "burst", 1)])

    # A denied request must not take tokens: 3 tokens, cost-4 denials, then cost-3 allowed.
    write("secret/07-denials-take-nothing", {"default": (3, 1)}, {},
          [(0, "a", 2), (0, "a", 4), (0, "a", 4), (0, "a", 1), (1000, "a", 4), (1000, "a", 1),
           (3000, "a", 3), (3000, "a", 1)])

    plans = {"default": (2, 1), "team": (20, 10), "enterprise": (200, 100)}
    assign = {f"user{i}": rng.choice(["team", "enterprise"]) for i in range(0, 40, 3)}
    reqs = []
    for i in range(40):
        cap, rate = plans[assign.get(f"user{i}", "default")]
        reqs += traffic(rng, f"user{i}", cap, rate, rng.randint(0, 5000), 60_000,
                        rng.choice(["steady", "bursty", "abusive"]))
    write("secret/08-default-plan-fallback", plans, assign, reqs)

    # Idle for ~10^9 ms at 10^6 tokens/s: the refill is ~10^15 milli-tokens.
    write("secret/09-long-idle-high-rate", {"default": (1_000_000, 1_000_000), "slow": (1000, 1)},
          {"cron": "slow"},
          [(0, "ingest", 1_000_000), (3, "ingest", 3000), (4, "ingest", 1001), (5, "ingest", 1000),
           (0, "cron", 1000), (2_147_484, "ingest", 1_000_000), (2_147_484, "cron", 1000),
           (999_999_998, "ingest", 1_000_000), (999_999_998, "cron", 1000),
           (999_999_999, "ingest", 1000), (1_000_000_000, "ingest", 1001)])

    plans = {"default": (10, 2), "free": (5, 1), "pro": (60, 20), "batch": (500, 50)}
    assign = {f"c{i}": rng.choice(list(plans)) for i in range(0, 300, 2)}
    reqs = []
    for i in range(300):
        cap, rate = plans[assign.get(f"c{i}", "default")]
        reqs += traffic(rng, f"c{i}", cap, rate, rng.randint(0, 100_000), 200_000,
                        rng.choice(["steady", "bursty", "batch", "abusive"]))
    write("secret/10-random-medium", plans, assign, reqs[:20_000])

    # Many clients, most with a handful of requests, 80 000 explicit assignments.
    plans = {f"plan{j}": (rng.randint(1, 50), rng.randint(1, 100)) for j in range(200)}
    plans["default"] = (3, 1)
    names = [f"k{i:x}" for i in range(120_000)]
    assign = {c: f"plan{rng.randrange(200)}" for c in rng.sample(names, 80_000)}
    reqs = []
    for _ in range(150_000):
        c = names[min(int(rng.paretovariate(0.6)), len(names)) - 1]
        reqs.append((rng.randint(0, 999_999_999), c, rng.choice((1, 1, 1, 2, 5))))
    write("secret/11-large-many-clients", plans, assign, reqs)

    # One hot client: replaying its history per request is quadratic.
    reqs = traffic(rng, "hot", 5, 1000, 0, 10 ** 9, "steady", limit=100_000)
    write("secret/12-large-single-hot-client", {"default": (5, 1000)}, {}, reqs)

    plans = {"default": (10, 5), "free": (5, 1), "pro": (100, 50), "partner": (1000, 400)}
    assign = {}
    reqs = []
    for i in range(400):
        c = f"t{i}"
        if i % 4:
            assign[c] = rng.choice(["free", "pro", "partner"])
        cap, rate = plans[assign.get(c, "default")]
        reqs += traffic(rng, c, cap, rate, rng.randint(0, 10 ** 6), 4 * 10 ** 6,
                        rng.choice(["steady", "steady", "bursty", "batch", "abusive"]))
    rng.shuffle(reqs)
    write("secret/13-large-mixed-traffic", plans, assign, reqs[:150_000])


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
