"""Input validator for ratelimiter: exit 42 when the input matches the statement."""
import re
import sys

NAME = re.compile(r"[a-z0-9_-]{1,20}")
INT = re.compile(r"0|[1-9][0-9]*")


def fail(msg):
    print(msg)
    sys.exit(43)


def ints(parts, lo, hi):
    for p in parts:
        if not INT.fullmatch(p) or not lo <= int(p) <= hi:
            fail(f"bad integer {p!r}")
    return [int(p) for p in parts]


def main():
    data = sys.stdin.buffer.read().decode("ascii")
    if not data.endswith("\n"):
        fail("no final newline")
    lines = data[:-1].split("\n")
    header = lines[0].split(" ")
    if len(header) != 3:
        fail("bad header")
    p, k, n = ints(header, 0, 200_000)
    if not (1 <= p <= 1000 and k <= 100_000 and 1 <= n <= 200_000) or len(lines) != 1 + p + k + n:
        fail("limits or line count")
    plans = set()
    for line in lines[1:1 + p]:
        parts = line.split(" ")
        if len(parts) != 3 or not NAME.fullmatch(parts[0]) or parts[0] in plans:
            fail(f"bad plan {line!r}")
        ints(parts[1:], 1, 1_000_000)
        plans.add(parts[0])
    if "default" not in plans:
        fail("no default plan")
    clients = set()
    for line in lines[1 + p:1 + p + k]:
        parts = line.split(" ")
        if len(parts) != 2 or not NAME.fullmatch(parts[0]) or parts[0] in clients or parts[1] not in plans:
            fail(f"bad assignment {line!r}")
        clients.add(parts[0])
    last = 0
    for line in lines[1 + p + k:]:
        parts = line.split(" ")
        if len(parts) != 3 or not NAME.fullmatch(parts[1]):
            fail(f"bad request {line!r}")
        t, = ints(parts[:1], 0, 10 ** 9)
        ints(parts[2:], 1, 1_000_000)
        if t < last:
            fail("timestamps decrease")
        last = t
    sys.exit(42)


main()
