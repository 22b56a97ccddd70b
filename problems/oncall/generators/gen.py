#!/usr/bin/env python3
"""Writes every test case of oncall (deterministic), then the answers.

Run from anywhere: python3 generators/gen.py
Each .ans is the output of submissions/accepted/solution.py: one valid rota, or IMPOSSIBLE.
Feasible cases are built around a planted rota; infeasible ones hide a bottleneck: a set
of shifts whose available engineers, all together, cannot cover them.
"""
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
MODEL = os.path.join(ROOT, "submissions", "accepted", "solution.py")

FIRST = ["ana", "ben", "chen", "dara", "eli", "femi", "gus", "hana", "ivan", "jo", "kai", "lena",
         "mo", "nia", "omar", "pia", "quin", "rui", "sara", "tom", "uma", "vik", "wen", "xia",
         "yara", "zoe"]
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def engineer_names(rng, n):
    names = set()
    while len(names) < n:
        names.add(f"{rng.choice(FIRST)}-{rng.randrange(36 ** 2):02x}")
    names = sorted(names)
    rng.shuffle(names)
    return names


def shift_names(n, slots=("day", "night")):
    out = []
    week = 1
    while len(out) < n:
        for d in DAYS:
            for s in slots:
                out.append(f"w{week:03d}-{d}-{s}")
        week += 1
    return out[:n]


def write(name, limits, shifts):
    """limits: {engineer: L}; shifts: [(shift name, r, [available engineers])]."""
    with open(os.path.join(DATA, name + ".in"), "w") as f:
        f.write(f"{len(limits)} {len(shifts)}\n")
        f.write("".join(f"{e} {l}\n" for e, l in limits.items()))
        for s, r, avail in shifts:
            f.write(" ".join([s, str(r), str(len(avail))] + avail) + "\n")


def planted(rng, num_engineers, num_shifts, need_choices, extra, slack):
    """A feasible instance: a random rota, loads set to its loads (+ slack), extra availability."""
    engs = engineer_names(rng, num_engineers)
    load = {e: 0 for e in engs}
    shifts = []
    for s in shift_names(num_shifts):
        r = rng.choice(need_choices)
        chosen = rng.sample(engs, r)
        for e in chosen:
            load[e] += 1
        others = rng.sample(engs, min(extra, num_engineers))
        avail = list(dict.fromkeys(chosen + others))
        rng.shuffle(avail)
        shifts.append((s, r, avail))
    limits = {e: max(1, min(num_shifts, load[e] + rng.randint(0, slack))) for e in engs}
    return limits, shifts


def with_bottleneck(rng, limits, shifts, group_size, team_size):
    """Make it infeasible: group_size shifts can only use team_size engineers, one capacity short."""
    engs = list(limits)
    team = rng.sample(engs, team_size)
    idx = rng.sample(range(len(shifts)), group_size)
    demand = 0
    for i in idx:
        s, r, _ = shifts[i]
        r = min(r, team_size)
        avail = rng.sample(team, rng.randint(r, team_size))
        shifts[i] = (s, r, avail)
        demand += r
    # Spread demand - 1 shifts of capacity over the team (each at least 1).
    caps = [1] * team_size
    for _ in range(demand - 1 - team_size):
        caps[rng.randrange(team_size)] += 1
    for e, c in zip(team, caps):
        limits[e] = c
    return limits, shifts


def samples():
    write("sample/01-small-rota", {"ana": 2, "ben": 1, "chen": 2, "dara": 1},
          [("mon-day", 2, ["ana", "ben", "chen"]), ("mon-night", 1, ["ben", "dara"]),
           ("tue-day", 2, ["ana", "chen"]), ("tue-night", 1, ["ana", "ben", "dara"])])
    write("sample/02-impossible", {"ana": 1, "ben": 3, "chen": 1},
          [("sat-day", 1, ["ana", "chen"]), ("sat-night", 1, ["ana", "chen"]),
           ("sun-day", 1, ["ana", "chen"]), ("sun-night", 2, ["ana", "ben", "chen"])])


def secret():
    rng = random.Random(20250904)
    write("secret/01-single-shift", {"solo": 1}, [("launch-night", 1, ["solo"])])
    write("secret/02-shift-nobody-can-cover", {"ana": 3, "ben": 3},
          [("mon-day", 1, ["ana"]), ("xmas-night", 1, []), ("tue-day", 1, ["ben"])])
    write("secret/03-needs-more-than-available", {"ana": 2, "ben": 2, "chen": 2},
          [("release-day", 3, ["ana", "ben"]), ("mon-day", 1, ["chen"])])
    write("secret/04-total-capacity-too-small", {"ana": 2, "ben": 2, "chen": 1},
          [(s, 1, ["ana", "ben", "chen"]) for s in shift_names(6)])
    write("secret/05-bottleneck-small", {"ana": 1, "ben": 1, "chen": 4, "dara": 4},
          [("w001-mon-night", 1, ["ana", "ben"]), ("w001-tue-night", 1, ["ana", "ben"]),
           ("w001-wed-night", 1, ["ben", "ana"]), ("w001-thu-day", 2, ["chen", "dara", "ana"])])
    # Taking the first (or the least loaded) available engineer for each shift in order
    # paints you into a corner; a valid rota needs to move earlier choices.
    write("secret/06-greedy-trap", {"ana": 3, "ben": 1, "chen": 1, "dara": 1},
          [("w001-mon-day", 1, ["ana", "ben"]), ("w001-mon-night", 1, ["ana", "chen"]),
           ("w001-tue-day", 1, ["ana", "dara"]), ("w001-tue-night", 2, ["ana", "ben"]),
           ("w001-wed-day", 1, ["chen", "dara"])])
    limits, shifts = planted(rng, 12, 40, (1, 2, 2, 3), extra=3, slack=0)
    write("secret/07-exact-fit", limits, shifts)
    write("secret/08-random-medium", *planted(rng, 60, 200, (1, 2, 3), extra=6, slack=1))
    limits, shifts = planted(rng, 60, 200, (1, 2, 3), extra=6, slack=1)
    write("secret/09-random-medium-impossible", *with_bottleneck(rng, limits, shifts, 12, 5))
    write("secret/10-large-loose", *planted(rng, 500, 2000, (1, 2, 2, 3, 5), extra=40, slack=4))
    write("secret/11-large-tight", *planted(rng, 500, 2000, (1, 2, 2, 3, 5), extra=8, slack=0))
    limits, shifts = planted(rng, 500, 2000, (1, 2, 2, 3), extra=10, slack=1)
    write("secret/12-large-hidden-bottleneck", *with_bottleneck(rng, limits, shifts, 60, 25))
    # 40 one-person shifts, 39 interchangeable engineers: trying every combination never ends.
    engs = engineer_names(rng, 39)
    write("secret/13-pigeonhole", {e: 1 for e in engs}, [(s, 1, engs[:]) for s in shift_names(40)])
    engs = engineer_names(rng, 500)
    limits = {e: rng.randint(1, 3) for e in engs}
    shifts = [(s, rng.randint(1, 5), rng.sample(engs, 500)) for s in shift_names(200)]
    write("secret/14-large-everyone-available", limits, shifts)


def validator_cases():
    """Hand-written outputs for sample 01 that the output validator must accept or reject."""
    base = os.path.join(DATA, "sample", "01-small-rota")
    cases = {
        "valid_output/01-another-rota": "mon-day ana chen\nmon-night ben\ntue-day chen ana\ntue-night dara\n",
        "invalid_output/01-engineer-not-available": "mon-day ben chen\nmon-night ana\ntue-day ana chen\ntue-night dara\n",
        "invalid_output/02-engineer-over-limit": "mon-day ana chen\nmon-night dara\ntue-day ana chen\ntue-night ana\n",
        "invalid_output/03-false-impossible": "IMPOSSIBLE\n",
        "invalid_output/04-shifts-out-of-order": "mon-night dara\nmon-day ben chen\ntue-day ana chen\ntue-night ana\n",
        "invalid_output/05-understaffed": "mon-day ben\nmon-night dara\ntue-day ana chen\ntue-night ana\n",
        "invalid_output/06-same-engineer-twice": "mon-day chen chen\nmon-night dara\ntue-day ana chen\ntue-night ana\n",
        "invalid_output/07-garbage": "\x01\x02 rota: {ana: [mon-day]}\n-1 9999999999999999999999\n",
    }
    for name, out in cases.items():
        os.makedirs(os.path.dirname(os.path.join(DATA, name)), exist_ok=True)
        for ext in (".in", ".ans"):
            with open(base + ext) as src, open(os.path.join(DATA, name + ext), "w") as dst:
                dst.write(src.read())
        with open(os.path.join(DATA, name + ".out"), "w") as f:
            f.write(out)


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
    validator_cases()
