"""Input validator for invoiceproration: exit 42 when the input matches the statement."""
import re
import sys

NAME = re.compile(r"[a-z0-9-]{1,30}")
INT = re.compile(r"0|[1-9][0-9]*")


def fail(msg):
    print(msg)
    sys.exit(43)


def num(token, lo, hi):
    if not INT.fullmatch(token) or not lo <= int(token) <= hi:
        fail(f"bad integer {token!r}")
    return int(token)


def main():
    data = sys.stdin.buffer.read().decode("ascii")
    if not data.endswith("\n"):
        fail("no final newline")
    lines = iter(data[:-1].split("\n"))
    p = num(next(lines), 1, 20_000)
    plans = set()
    for _ in range(p):
        parts = next(lines).split(" ")
        if len(parts) != 2 or not NAME.fullmatch(parts[0]) or parts[0] in plans:
            fail(f"bad plan {parts!r}")
        num(parts[1], 0, 10 ** 7)
        plans.add(parts[0])
    t = num(next(lines), 1, 10_000)
    total = 0
    for _ in range(t):
        parts = next(lines).split(" ")
        if len(parts) != 5 or not NAME.fullmatch(parts[0]):
            fail(f"bad invoice header {parts!r}")
        days = num(parts[1], 28, 31)
        e = num(parts[2], 1, 50)
        num(parts[3], 0, 100)
        num(parts[4], 0, 10_000)
        last = 1
        for _ in range(e):
            change = next(lines).split(" ")
            if len(change) != 3 or change[1] not in plans:
                fail(f"bad change {change!r}")
            day = num(change[0], last, days)
            num(change[2], 0, 10_000)
            last = day
        total += e
    if total > 50_000:
        fail("too many changes")
    if next(lines, None) is not None:
        fail("trailing lines")
    sys.exit(42)


main()
