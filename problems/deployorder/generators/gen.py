#!/usr/bin/env python3
"""Writes every test case of deployorder (deterministic), then the answers.

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

WORDS = ["auth", "billing", "cart", "catalog", "checkout", "config", "db", "edge", "events",
         "feed", "gateway", "identity", "inventory", "ledger", "mail", "media", "metrics",
         "notify", "orders", "payments", "pricing", "profile", "queue", "ratings", "search",
         "session", "ship", "storage", "tax", "users", "web", "api", "cache", "jobs", "logs"]
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def service_names(rng, n):
    """n distinct names such as `ledger-k3` or `api-7f`, shuffled."""
    names = set()
    width = 1
    while len(names) < n:
        if len(names) > 0.5 * len(WORDS) * 36 ** width:
            width += 1
        suffix = "".join(rng.choice(B36) for _ in range(width))
        names.add(f"{rng.choice(WORDS)}-{suffix}")
    names = sorted(names)
    rng.shuffle(names)
    return names


def write(path, names, edges):
    with open(os.path.join(DATA, path + ".in"), "w") as f:
        f.write(f"{len(names)} {len(edges)}\n")
        f.write(" ".join(names) + "\n")
        f.write("".join(f"{a} {b}\n" for a, b in edges))


def random_dag(rng, names, m, span=None):
    """m edges that respect the (hidden) order of names: later ones depend on earlier ones."""
    n = len(names)
    edges = []
    for _ in range(m):
        j = rng.randrange(1, n)
        i = j - rng.randint(1, min(j, span)) if span else rng.randrange(j)
        edges.append((names[j], names[i]))
    return edges


def triangles(rng, names, count):
    """count dependency cycles of length 3 (k -> j -> i -> k) among random services."""
    edges = []
    for _ in range(count):
        i, j, k = sorted(rng.sample(range(len(names)), 3))
        edges += [(names[k], names[j]), (names[j], names[i]), (names[i], names[k])]
    return edges


def small_cases(rng):
    g = "secret/group1-small/"
    write(g + "01-single-service", ["monolith"], [])
    chain = ["web", "api", "orders", "db-proxy", "db", "backup"]
    write(g + "02-chain", chain, [(chain[i], chain[i + 1]) for i in range(5)])
    write(g + "03-self-dependency", ["api", "billing", "cache", "web"],
          [("billing", "billing"), ("web", "billing"), ("web", "api"), ("api", "cache")])
    write(g + "04-two-service-cycle", ["auth", "users", "profile", "search", "web", "mail"],
          [("auth", "users"), ("users", "auth"), ("profile", "users"), ("web", "profile"),
           ("web", "search"), ("search", "mail")])
    write(g + "05-duplicate-dependencies", ["c", "b", "a", "d", "e"],
          [("a", "b"), ("a", "b"), ("a", "b"), ("b", "c"), ("d", "c"), ("d", "c"), ("e", "a")])
    write(g + "06-name-prefixes", ["apib", "api2", "api-v2", "api", "a", "ap-", "b"],
          [("b", "apib"), ("a", "b")])
    ring = ["ring-%d" % i for i in range(8)]
    write(g + "07-all-blocked", ring, [(ring[i], ring[(i + 1) % 8]) for i in range(8)])
    names = service_names(rng, 50)
    write(g + "08-random-dag", names, random_dag(rng, names, 120))
    names = service_names(rng, 50)
    edges = random_dag(rng, names, 150) + triangles(rng, names, 2) + [(names[7], names[7])]
    rng.shuffle(edges)
    write(g + "09-random-with-cycles", names, edges)
    write(g + "10-no-dependencies", service_names(rng, 30), [])


def acyclic_cases(rng):
    g = "secret/group2-acyclic/"
    names = service_names(rng, 2000)
    write(g + "01-random-medium", names, random_dag(rng, names, 5000))

    # Layers: storage, platform, domain services, edge; each depends on lower layers.
    names = service_names(rng, 50_000)
    layers = [names[:500], names[500:5000], names[5000:30000], names[30000:]]
    edges = []
    for k in range(1, 4):
        below = [x for layer in layers[:k] for x in layer]
        for s in layers[k]:
            for _ in range(rng.choice((1, 1, 2, 2, 3))):
                edges.append((s, rng.choice(below if rng.random() < 0.3 else layers[k - 1])))
    rng.shuffle(edges)
    write(g + "02-large-layered", names, edges[:100_000])

    # One long chain against name order: exactly one service is ready at every step.
    names = service_names(rng, 50_000)
    order = sorted(names, reverse=True)
    edges = [(order[i + 1], order[i]) for i in range(len(order) - 1)]
    rng.shuffle(edges)
    write(g + "03-large-long-chain", names, edges)

    write(g + "04-large-no-dependencies", service_names(rng, 50_000), [])

    names = service_names(rng, 50_000)
    core = names[:20]
    edges = [(s, rng.choice(core)) for s in names[20:] for _ in range(2)]
    write(g + "05-large-shared-platform", names, edges)


def cyclic_cases(rng):
    g = "secret/group3-full/"
    names = service_names(rng, 40)
    edges = random_dag(rng, names, 60) + [(names[5], names[30]), (names[12], names[12])]
    write(g + "01-small-cycles", names, edges)

    names = service_names(rng, 2000)
    edges = random_dag(rng, names, 5000) + triangles(rng, names, 3)
    rng.shuffle(edges)
    write(g + "02-random-medium-cyclic", names, edges)

    # A single bad edge deep in a large graph closes a cycle that blocks everything downstream.
    names = service_names(rng, 50_000)
    edges = random_dag(rng, names, 99_999, span=200)
    edges.append((names[20_000], names[20_150]))
    rng.shuffle(edges)
    write(g + "03-large-cycle-blocks-subtree", names, edges)

    names = service_names(rng, 50_000)
    edges = random_dag(rng, names, 99_900, span=5000) + [(s, s) for s in rng.sample(names, 100)]
    rng.shuffle(edges)
    write(g + "04-large-self-dependencies", names, edges)

    names = service_names(rng, 50_000)
    ring = names[:]
    rng.shuffle(ring)
    edges = [(ring[i], ring[(i + 1) % len(ring)]) for i in range(len(ring))]
    rng.shuffle(edges)
    write(g + "05-large-everything-blocked", names, edges)


def samples():
    write("sample/01-release", ["web", "api", "auth", "db", "cache", "search"],
          [("web", "api"), ("api", "auth"), ("api", "db"), ("auth", "db"), ("search", "db"),
           ("api", "cache")])
    write("sample/02-cycle", ["billing", "ledger", "invoices", "mail", "web"],
          [("ledger", "invoices"), ("invoices", "ledger"), ("billing", "ledger"), ("web", "mail")])


def answers():
    for folder, _, files in os.walk(DATA):
        for name in sorted(files):
            if name.endswith(".in"):
                base = os.path.join(folder, name[:-3])
                with open(base + ".in") as fin, open(base + ".ans", "w") as fout:
                    subprocess.run([sys.executable, MODEL], stdin=fin, stdout=fout, check=True)


if __name__ == "__main__":
    rng = random.Random(20250902)
    samples()
    small_cases(rng)
    acyclic_cases(rng)
    cyclic_cases(rng)
    answers()
