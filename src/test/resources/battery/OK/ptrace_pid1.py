# Tries to take over the box's PID 1 and its supervisor, which run as this program's uid:
# PID 1 is the one process the supervisor's kill(-1) spares, so a program that could make it
# run code would outlive its run and watch the next one. Exits 1 naming every door that opened.
import ctypes
import os
import signal

PTRACE_ATTACH, PTRACE_DETACH = 16, 17
libc = ctypes.CDLL(None, use_errno=True)
libc.ptrace.argtypes = [ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p]
problems = []

for name, pid in [("PID 1", 1), ("the supervisor", os.getppid())]:
    if libc.ptrace(PTRACE_ATTACH, pid, None, None) == 0:
        problems.append("ptrace-attached " + name)
        libc.ptrace(PTRACE_DETACH, pid, None, None)
    for path in ["/proc/%d/mem" % pid, "/proc/%d/fd/0" % pid]:
        try:
            os.close(os.open(path, os.O_RDONLY))
            problems.append("opened %s of %s" % (path, name))
        except OSError:
            pass

# the kernel's alarm ends the box; one sent by the program must not
os.kill(1, signal.SIGALRM)

if problems:
    print("\n".join(problems))
    raise SystemExit(1)
print("PID 1 and the supervisor are out of reach")
