# Only /box is writable, and this is PyPy (the name's middle part picks pypy3): exits 1 otherwise.
import platform
import sys

if platform.python_implementation() != "PyPy":
    print("not PyPy: " + platform.python_implementation())
    sys.exit(1)
try:
    open("/etc/escape", "w").write("x")
    print("could write /etc/escape")
    sys.exit(1)
except OSError:
    pass
open("/box/ok", "w").write("x")
