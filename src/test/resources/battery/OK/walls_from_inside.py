# Checks the sandbox's walls from the inside; exits 1 naming every wall that is missing.
import os
import socket

problems = []

if os.getuid() == 0 or os.geteuid() == 0:
    problems.append("runs as root")

with open("/proc/self/status") as f:
    status = dict(line.rstrip("\n").split(":\t", 1) for line in f if ":\t" in line)
if int(status.get("CapEff", "0"), 16) != 0 or int(status.get("CapPrm", "0"), 16) != 0:
    problems.append("has capabilities: " + status.get("CapEff", "?"))
if status.get("NoNewPrivs", "0").strip() != "1":
    problems.append("no-new-privileges is off")

interfaces = sorted(os.listdir("/sys/class/net"))
if interfaces != ["lo"]:
    problems.append("network interfaces: " + ",".join(interfaces))
try:
    socket.getaddrinfo("deb.debian.org", 80)
    problems.append("DNS resolves")
except OSError:
    pass
for address in [("1.1.1.1", 53), ("10.0.0.1", 80), ("172.17.0.1", 2375)]:
    s = socket.socket()
    s.settimeout(0.5)
    try:
        s.connect(address)
        problems.append("connected to %s:%d" % address)
    except OSError:
        pass
    finally:
        s.close()

for path in ["/tmp/escape", "/etc/escape", "/escape", "/dev/shm/escape", "/var/tmp/escape", "/usr/local/bin/escape"]:
    try:
        with open(path, "w") as f:
            f.write("x")
        problems.append("could write " + path)
    except OSError:
        pass
with open("/box/inside", "w") as f:
    f.write("the work dir is writable")

allowed = {"PATH", "HOME", "TMPDIR", "LANG", "PWD"}
extra = sorted(set(os.environ) - allowed)
if extra:
    problems.append("environment has " + ",".join(extra))

for sock in ["/var/run/docker.sock", "/run/docker.sock"]:
    if os.path.exists(sock):
        problems.append("docker socket visible at " + sock)

with open("/proc/self/mountinfo") as f:
    for line in f:
        fields = line.split()
        mount_point, options = fields[4], fields[5]
        if mount_point in ("/",) and "ro" not in options.split(","):
            problems.append("root file system is writable")
        if mount_point == "/box" and "nosuid" not in line:
            problems.append("/box is not nosuid")

if problems:
    print("\n".join(problems))
    raise SystemExit(1)
print("walls hold")
