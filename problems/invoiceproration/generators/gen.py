#!/usr/bin/env python3
"""Writes every test case of invoiceproration (deterministic), then the answers.

Run from anywhere: python3 generators/gen.py
Each .ans is the output of submissions/accepted/solution.py (the fixed program).
Cases 01-04 each isolate one bug of the starter code: every other rule they exercise
gives the same result with or without the remaining bugs.
"""
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
MODEL = os.path.join(ROOT, "submissions", "accepted", "solution.py")


def write(name, plans, invoices):
    """plans: {plan: price}; invoices: [(customer, D, coupon, tax_bp, [(day, plan, seats)])]."""
    with open(os.path.join(DATA, name + ".in"), "w") as f:
        f.write(f"{len(plans)}\n")
        f.write("".join(f"{p} {price}\n" for p, price in plans.items()))
        f.write(f"{len(invoices)}\n")
        for customer, days, coupon, tax, changes in invoices:
            f.write(f"{customer} {days} {len(changes)} {coupon} {tax}\n")
            f.write("".join(f"{d} {p} {s}\n" for d, p, s in changes))


CATALOGUE = {"starter": 900, "team": 3000, "business": 6000, "enterprise": 29_900, "free": 0}


def samples():
    write("sample/01-upgrade-then-cancel", CATALOGUE, [
        ("acme", 30, 0, 2000, [(1, "team", 2), (16, "business", 2), (21, "team", 0)]),
    ])
    write("sample/02-typical-month", CATALOGUE, [
        ("globex", 31, 10, 2000, [(1, "team", 5), (10, "team", 8), (20, "business", 8)]),
        ("initech", 28, 0, 825, [(3, "starter", 1)]),
    ])


def isolated_cases():
    # 01: only the last-day rule matters (amounts divide exactly, no coupon, no repeated days).
    write("secret/01-last-day-is-billed", {"flat": 3100, "month30": 3000, "month28": 2800}, [
        ("full-month", 31, 0, 0, [(1, "flat", 1)]),
        ("last-day-only", 31, 0, 1000, [(31, "flat", 10)]),
        ("switch", 30, 0, 0, [(1, "month30", 3), (11, "month30", 6)]),
        ("february", 28, 0, 0, [(15, "month28", 7)]),
    ])
    # 02: only rounding matters (each invoice ends with a cancellation, no coupon).
    write("secret/02-rounding-to-nearest-cent", {"odd": 999, "tiny": 1, "half": 15, "third": 100}, [
        ("half-cent-up", 30, 0, 0, [(1, "half", 1), (2, "half", 0)]),          # 15/30 = 0.5 -> 1
        ("below-half", 31, 0, 0, [(1, "tiny", 15), (2, "tiny", 0)]),           # 15/31 -> 0
        ("above-half", 31, 0, 0, [(1, "tiny", 16), (2, "tiny", 0)]),           # 16/31 -> 1
        ("thirds", 30, 0, 2000, [(1, "third", 1), (11, "third", 0)]),          # 1000/30 = 33.33 -> 33
        ("two-thirds", 30, 0, 0, [(1, "third", 2), (11, "odd", 0)]),            # 66.67 -> 67
        ("tax-half-up", 28, 0, 500, [(1, "odd", 2), (15, "odd", 0)]),          # 999, tax 49.95 -> 50
        ("many-lines", 29, 0, 1999, [(1, "odd", 3), (5, "half", 7), (9, "odd", 1), (20, "tiny", 0)]),
    ])
    # 03: only the same-day rule matters (exact amounts, last change a cancellation, no coupon).
    write("secret/03-three-changes-on-one-day", {"a": 3000, "b": 6000, "c": 9000}, [
        ("two-same-day", 30, 0, 0, [(1, "a", 1), (11, "b", 1), (11, "c", 1), (21, "a", 0)]),
        ("three-same-day", 30, 0, 0, [(1, "a", 1), (11, "b", 1), (11, "c", 2), (11, "a", 3), (21, "a", 0)]),
        ("indecisive", 30, 0, 1000, [(6, "a", 1), (6, "a", 2), (6, "b", 2), (6, "c", 1), (6, "b", 5),
                                     (16, "c", 0)]),
        ("cancelled-same-day", 30, 0, 0, [(1, "a", 3), (1, "b", 3), (1, "a", 0), (11, "c", 1), (21, "a", 0)]),
    ])
    # 04: only the order of discount and tax matters (exact amounts, last change a cancellation).
    write("secret/04-tax-on-discounted-amount", {"pro": 30_000, "seat": 3000}, [
        ("ten-percent", 30, 10, 2000, [(1, "pro", 1), (16, "pro", 0)]),
        ("quarter-off", 30, 25, 1900, [(1, "seat", 40), (11, "seat", 0)]),
        ("free-month", 30, 100, 2000, [(1, "pro", 2), (21, "pro", 0)]),
        ("no-tax", 30, 50, 0, [(1, "pro", 1), (16, "pro", 0)]),
    ])


def random_invoice(rng, plans, name, max_changes):
    days = rng.randint(28, 31)
    n = rng.randint(1, max_changes)
    changes = []
    for d in sorted(rng.randint(1, days) for _ in range(n)):
        seats = 0 if rng.random() < 0.12 else rng.choice([1, 2, 3, 5, 8, 10, 25, 40, 120])
        changes.append((d, rng.choice(plans), seats))
    coupon = rng.choice([0, 0, 0, 5, 10, 15, 20, 25, 33, 50, 100])
    tax = rng.choice([0, 500, 825, 1900, 2000, 2100, 2500, 10_000])
    return (name, days, coupon, tax, changes)


def other_cases(rng):
    write("secret/05-first-change-mid-period", CATALOGUE, [
        ("late-start", 31, 0, 2000, [(17, "business", 3)]),
        ("last-day-start", 30, 0, 2000, [(30, "enterprise", 1)]),
    ])
    write("secret/06-cancel-and-resubscribe", CATALOGUE, [
        ("churn", 30, 0, 2000, [(1, "team", 4), (8, "team", 0), (15, "team", 4), (22, "starter", 0),
                                (29, "business", 1)]),
        ("cancel-first-day", 31, 0, 0, [(1, "team", 0)]),
    ])
    write("secret/07-free-plan-and-zero-tax", CATALOGUE, [
        ("freeloader", 31, 20, 0, [(1, "free", 100)]),
        ("trial", 30, 0, 2000, [(1, "free", 5), (15, "team", 5)]),
    ])
    write("secret/08-large-amounts", {"platform": 10_000_000, "addon": 9_999_999}, [
        ("megacorp", 31, 0, 2500, [(1, "platform", 10_000)]),
        ("conglomerate", 29, 33, 10_000, [(1, "platform", 10_000), (2, "addon", 9_999), (3, "platform", 10_000)]),
        ("holding", 28, 0, 10_000, [(d, "addon", 10_000 - d) for d in range(1, 29)]),
    ])
    write("secret/09-full-discount", CATALOGUE, [
        ("partner", 30, 100, 2000, [(1, "enterprise", 12), (10, "business", 3)]),
    ])
    plans = {f"plan-{i:03d}": rng.choice([0, 99, 999, 1499, 2999, 4999, 9999, 29_900, 123_457]) for i in range(60)}
    names = list(plans)
    write("secret/10-random-invoices", plans,
          [random_invoice(rng, names, f"cust-{i:04d}", rng.choice([3, 8, 50])) for i in range(2000)])
    # A large catalogue: looking plans up by scanning it is too slow.
    plans = {f"sku-{i:05d}-{rng.randrange(10 ** 6):06d}": rng.randint(0, 10 ** 7) for i in range(20_000)}
    names = list(plans)
    invoices = []
    total = 0
    i = 0
    while total < 49_950:
        inv = random_invoice(rng, names, f"c{i:05d}", 9)
        total += len(inv[4])
        invoices.append(inv)
        i += 1
    write("secret/11-large-catalogue", plans, invoices[:10_000])


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
    isolated_cases()
    other_cases(random.Random(20250905))
    answers()
