"""Input validator for oncall: exit 42 when the input matches the statement."""
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
    lines = data[:-1].split("\n")
    head = lines[0].split(" ")
    if len(head) != 2:
        fail("bad header")
    e, s = num(head[0], 1, 500), num(head[1], 1, 2000)
    if len(lines) != 1 + e + s:
        fail("line count")
    engineers = set()
    for line in lines[1:1 + e]:
        parts = line.split(" ")
        if len(parts) != 2 or not NAME.fullmatch(parts[0]) or parts[0] in engineers:
            fail(f"bad engineer {line!r}")
        num(parts[1], 1, s)
        engineers.add(parts[0])
    shifts = set()
    total = 0
    for line in lines[1 + e:]:
        parts = line.split(" ")
        if len(parts) < 3 or not NAME.fullmatch(parts[0]) or parts[0] in shifts:
            fail(f"bad shift {line[:60]!r}")
        shifts.add(parts[0])
        num(parts[1], 1, 5)
        k = num(parts[2], 0, e)
        avail = parts[3:]
        if len(avail) != k or len(set(avail)) != k or not all(a in engineers for a in avail):
            fail(f"bad availability for {parts[0]}")
        total += k
    if total > 100_000:
        fail("too much availability")
    sys.exit(42)


main()
