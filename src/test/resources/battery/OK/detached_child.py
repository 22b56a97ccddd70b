# A daemon that tries to outlive its run: double fork, new session, ignore SIGHUP.
# The run itself ends at once and OK; the daemon must not survive it (checked by the test).
import os
import signal
import time

if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
        time.sleep(3)
        with open("/box/daemon-survived", "w") as f:
            f.write("yes")
        os._exit(0)
    os._exit(0)
print("parent done")
