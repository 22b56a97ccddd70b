# Kills every process of its uid, the box's supervisor included: the program's own fault.
import os
import signal

os.kill(-1, signal.SIGKILL)
