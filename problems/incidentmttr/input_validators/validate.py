"""Input validator for incidentmttr: exit 42 when the input matches the statement."""
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
    if len(head) != 3:
        fail("bad header")
    s, _, n = num(head[0], 0, 100_000), num(head[1], 0, 10 ** 6), num(head[2], 1, 200_000)
    if len(lines) != 1 + s + n:
        fail("line count")
    services = set()
    for line in lines[1:1 + s]:
        parts = line.split(" ")
        if len(parts) != 2 or not all(NAME.fullmatch(p) for p in parts) or parts[0] in services:
            fail(f"bad ownership {line!r}")
        if parts[1] == "unowned":
            fail("a team is called unowned")
        services.add(parts[0])
    last = 0
    for line in lines[1 + s:]:
        parts = line.split(" ")
        if len(parts) != 3 or not NAME.fullmatch(parts[1]) or parts[2] not in ("FIRING", "RESOLVED"):
            fail(f"bad record {line!r}")
        t = num(parts[0], 0, 10 ** 9)
        if t < last:
            fail("timestamps decrease")
        last = t
    sys.exit(42)


main()
