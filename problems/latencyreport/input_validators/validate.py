"""Input validator for latencyreport: exit 42 when the input matches the statement."""
import re
import sys

NAME = re.compile(r"[a-z0-9-]{1,30}")
LATENCY = re.compile(r"(0|[1-9][0-9]{0,6})(\.[0-9]{1,3})?")


def fail(msg):
    print(msg)
    sys.exit(43)


def main():
    data = sys.stdin.buffer.read().decode("ascii")
    if not data.endswith("\n"):
        fail("no final newline")
    lines = data[:-1].split("\n")
    if not re.fullmatch(r"[1-9][0-9]*", lines[0]):
        fail("bad n")
    n = int(lines[0])
    if not 1 <= n <= 200_000 or len(lines) != n + 1:
        fail("n out of range or wrong line count")
    for i, line in enumerate(lines[1:], 2):
        parts = line.split(" ")
        if len(parts) != 3 or not NAME.fullmatch(parts[0]) or not LATENCY.fullmatch(parts[1]):
            fail(f"line {i}: bad format")
        if float(parts[1]) > 1_000_000:
            fail(f"line {i}: latency too large")
        if not re.fullmatch(r"[1-5][0-9][0-9]", parts[2]):
            fail(f"line {i}: bad status")
    sys.exit(42)


main()
