"""Input validator for deployorder: exit 42 when the input matches the statement.

With the argument `small` it also checks n <= 50 and m <= 200; with `acyclic`, that the
dependency graph has no cycle.
"""
import re
import sys

NAME = re.compile(r"[a-z0-9-]{1,20}")


def fail(msg):
    print(msg)
    sys.exit(43)


def main():
    data = sys.stdin.buffer.read().decode("ascii")
    if not data.endswith("\n"):
        fail("no final newline")
    lines = data[:-1].split("\n")
    if not re.fullmatch(r"[1-9][0-9]* (0|[1-9][0-9]*)", lines[0]):
        fail("bad header")
    n, m = map(int, lines[0].split())
    if not (1 <= n <= 50_000 and 0 <= m <= 100_000) or len(lines) != m + 2:
        fail("limits or line count")
    if "small" in sys.argv[1:] and (n > 50 or m > 200):
        fail("too large for the small group")
    names = lines[1].split(" ")
    if len(names) != n or not all(NAME.fullmatch(x) for x in names) or len(set(names)) != n:
        fail("bad names")
    known = set(names)
    edges = []
    for line in lines[2:]:
        parts = line.split(" ")
        if len(parts) != 2 or parts[0] not in known or parts[1] not in known:
            fail(f"bad dependency {line!r}")
        edges.append(parts)
    if "acyclic" in sys.argv[1:]:
        missing = {x: 0 for x in names}
        dependents = {x: [] for x in names}
        for a, b in edges:
            missing[a] += 1
            dependents[b].append(a)
        ready = [x for x in names if missing[x] == 0]
        seen = 0
        while ready:
            x = ready.pop()
            seen += 1
            for d in dependents[x]:
                missing[d] -= 1
                if missing[d] == 0:
                    ready.append(d)
        if seen != n:
            fail("graph has a cycle")
    sys.exit(42)


main()
