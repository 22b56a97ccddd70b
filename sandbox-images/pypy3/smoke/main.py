import platform
import sys

# The smoke test proves this is PyPy, not CPython under another name.
assert platform.python_implementation() == "PyPy", platform.python_implementation()
v = [int(x) for x in sys.stdin.read().split()]
print(f"redline smoke: n={v[0]} sum={sum(v[1:v[0] + 1])}")
