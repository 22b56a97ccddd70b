/*
 * redline-box: the supervisor that runs inside every Redline sandbox container.
 *
 * It is the only program Redline starts in a box. The container already carries the outer
 * walls (no network, read-only root, tmpfs work dir, no capabilities, pids/memory/CPU
 * cgroup limits); redline-box adds what a judge needs per run: its own CPU and wall-clock
 * limits, output caps, rlimits, exact CPU time and peak memory, and the guarantee that no
 * process of a run outlives it.
 *
 *   redline-box alive             prints "alive": the platform's probe that the box still stands.
 *   redline-box init SECONDS      PID 1: reaps orphans, exits after SECONDS so that a box
 *                                 whose owner died stops (and is auto-removed) by itself.
 *   redline-box exec [--err-bytes N] [--fsize-bytes N] [--nofile N] [--reset 0|1]
 *                    [--stop-on-failure 0|1] -- COMMAND...
 *                                 (--stop-on-failure 1: after the first run that is not OK, answer
 *                                  "STOPPED\n" and skip the remaining runs)
 *                                 (--reset 1: each run starts from the work dir as it was
 *                                  before the first, what a run created is removed after it)
 *                                 reads frames from stdin, answers on stdout:
 *     F <mode-octal> <size> <name>\n<size bytes>   write a file into the working directory
 *     R <size> <cpu-ms> <wall-ms> <mem-kb> <out-bytes>\n<size bytes>
 *                                 run COMMAND once with those bytes as stdin, then answer
 *                                 "RESULT status=S exit=N signal=N cpu=MS wall=MS mem=KB
 *                                  out=N err=N outtrunc=0|1 errtrunc=0|1 note=WORD\n"
 *                                 followed by exactly out + err bytes (stdout, then stderr)
 *     E\n                          end
 *
 *   redline-box interact [--err-bytes N] [--fsize-bytes N] [--nofile N] [--reset 0|1]
 *                        [--collect DIR] [--fresh 0|1] -- COMMAND...
 *                                 runs COMMAND once with its stdin and stdout streamed, for
 *                                 interactive and multi-pass problems (two boxes, one for the
 *                                 submission and one for the validator, and Redline relays the
 *                                 bytes between them; see "Interaction" below)
 *
 * Protocol errors answer "ERROR <reason>\n" and exit 2: the platform's fault, never the
 * candidate's. Built static so that it runs in any image.
 *
 * A run's status, first match wins (a run can break several limits at once, and what it does
 * after the first one it broke does not change the status):
 *   1. OUTPUT_LIMIT  more stdout than the cap was seen (note=stdout), or the file-size rlimit
 *                    struck (SIGXFSZ, note=file-size): the program was told to stop writing, so
 *                    dying of that afterwards (a closed pipe, an I/O error) is not its own failure
 *   2. TIME_LIMIT    CPU over the limit (note=cpu), then the wall clock (note=wall)
 *   3. MEMORY_LIMIT  the box's cgroup counted an OOM kill during the run (note=oom-kill), or the
 *                    peak resident size exceeded the limit (note=peak); a SIGKILL the program sent
 *                    itself is not a memory limit (when the cgroup's counter cannot be read, any
 *                    SIGKILL counts as one, note=sigkill)
 *   4. INTERNAL_ERROR the command could not be started (exit 127, nothing printed, note=exec)
 *   5. RUNTIME_ERROR  a signal or a non-zero exit
 *   6. OK
 *
 * Interaction. Frames in, on the supervisor's stdin:
 *     F <mode-octal> <size> <name>\n<size bytes>   a file, as for exec (before S only)
 *     S <cpu-ms> <wall-ms> <mem-kb> <out-bytes>\n  start COMMAND
 *     D <size>\n<size bytes>   bytes for the program's stdin, delivered as it reads them; the
 *                              supervisor never blocks on a program that stops reading: it keeps
 *                              up to 4 MiB waiting and stops reading its own stdin meanwhile
 *                              (back-pressure to Redline, which buffers and never blocks on it)
 *     C\n                      close the program's stdin once every waiting byte is delivered
 *     K\n                      kill the program now (its peer already decided the verdict)
 *   end of input after S is taken as K: Redline is gone. Frames out, on its stdout:
 *     O <size>\n<size bytes>   what the program wrote to stdout, forwarded as it is written
 *     C\n                      the program's stdout closed (it exited or closed it)
 *     RESULT ... files=K\n<err bytes>   as for exec, with out=0 (stdout was streamed), then K
 *     F <size> <name>\n<size bytes>   the regular files directly in --collect DIR (not followed,
 *                              at most 16 MiB in all), e.g. the validator's judgemessage.txt,
 *                              score.txt and nextpass.in. --fresh 1 empties DIR before the run;
 *                              --fresh 0 keeps it (multi-pass: the feedback dir persists between
 *                              passes) but removes DIR/nextpass.in, so that one is reported only
 *                              when this run wrote it. --reset 1 restores the work dir afterwards.
 *   then the supervisor exits 0. The note of a killed run is "killed" (status RUNTIME_ERROR);
 *   the wall limit of the program that waits for its peer is the caller's choice.
 *
 * Verdict precedence when both sides of an interaction end (decided by Redline, written here
 * because this is where the two ends meet; Kattis problemtools' rules):
 *   1. the validator crashed, was killed, or exited with anything but 42/43: judge error (JE)
 *   2. the validator exited first with 43: WA, whatever became of the submission afterwards
 *      (it is killed at once: its stdin closing under it is no fault of its own)
 *   3. the submission ran out of time (CPU or wall): TLE, even when the validator said 42
 *   4. the submission hit a memory or output limit or crashed: MLE, OLE or RTE
 *   5. otherwise the validator's word: 42 AC, 43 WA
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_NAME 255

static long long err_cap = 65536;
static long long fsize_cap = 16LL << 20;
static long nofile_cap = 64;
static int reset_between_runs = 0;
static int stop_on_failure = 0;

static void fail(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("ERROR ", stdout);
    vfprintf(stdout, fmt, ap);
    fputc('\n', stdout);
    va_end(ap);
    fflush(stdout);
    exit(2);
}

static long long now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Copies exactly n bytes from stdin to fd (or discards them when fd < 0). */
static void copy_in(int fd, long long n) {
    char buf[65536];
    while (n > 0) {
        size_t want = n < (long long)sizeof buf ? (size_t)n : sizeof buf;
        size_t got = fread(buf, 1, want, stdin);
        if (got == 0) fail("truncated frame");
        for (size_t off = 0; fd >= 0 && off < got;) {
            ssize_t w = write(fd, buf + off, got - off);
            if (w < 0) {
                if (errno == EINTR) continue;
                fail("write failed: %s", strerror(errno));
            }
            off += (size_t)w;
        }
        n -= (long long)got;
    }
}

static int valid_name(const char *name) {
    size_t len = strlen(name);
    if (len == 0 || len > MAX_NAME || strcmp(name, ".") == 0 || strcmp(name, "..") == 0) return 0;
    for (const char *p = name; *p; p++)
        if (*p == '/' || (unsigned char)*p < 0x20) return 0;
    return 1;
}

/* Writes a file without following anything: a name that exists already (even as a symlink
 * planted by an earlier run) is replaced, never written through. */
static void put_file(unsigned mode, long long size, const char *name, void (*copy)(int, long long)) {
    if (!valid_name(name)) fail("invalid file name");
    if (unlink(name) != 0 && errno != ENOENT) fail("cannot replace %s: %s", name, strerror(errno));
    int fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode & 0755);
    if (fd < 0) fail("cannot create %s: %s", name, strerror(errno));
    copy(fd, size);
    if (close(fd) != 0) fail("cannot write %s: %s", name, strerror(errno));
}

struct capture {
    int fd;
    char *data;
    long long len, cap, seen;
    int open;
};

static void capture_init(struct capture *c, int fd, long long cap) {
    c->fd = fd;
    c->cap = cap;
    c->len = c->seen = 0;
    c->open = 1;
    c->data = malloc((size_t)(cap > 0 ? cap : 1));
    if (!c->data) fail("out of memory for a %lld-byte capture", cap);
}

/* Reads what is available; returns 0 at end of stream. */
static int capture_read(struct capture *c) {
    char buf[65536];
    ssize_t n = read(c->fd, buf, sizeof buf);
    if (n < 0) return errno == EINTR || errno == EAGAIN;
    if (n == 0) return 0;
    long long room = c->cap - c->len;
    long long keep = n < room ? n : room;
    if (keep > 0) memcpy(c->data + c->len, buf, (size_t)keep), c->len += keep;
    c->seen += n;
    return 1;
}

static void set_limit(int resource, rlim_t value) {
    struct rlimit rl = {value, value};
    if (setrlimit(resource, &rl) != 0) {
        /* the hard limit may be lower than asked: keep it */
        getrlimit(resource, &rl);
        rl.rlim_cur = rl.rlim_max < value ? rl.rlim_max : value;
        setrlimit(resource, &rl);
    }
}

static char *const child_env[] = {
    "PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/box", "TMPDIR=/box", "LANG=C.UTF-8", NULL};

static void run_child(char **argv, int in_fd, int out_fd, int err_fd, long long cpu_ms, long long mem_kb) {
    setsid();
    dup2(in_fd, 0);
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    int fd = open("/proc/self/oom_score_adj", O_WRONLY);
    if (fd >= 0) {
        /* when the box runs out of memory, the candidate's process dies, not the supervisor */
        if (write(fd, "1000", 4) < 0) { /* best effort */ }
        close(fd);
    }
    rlim_t cpu_s = (rlim_t)((cpu_ms + 999) / 1000 + 1);
    struct rlimit cpu = {cpu_s, cpu_s + 1};
    setrlimit(RLIMIT_CPU, &cpu);
    set_limit(RLIMIT_FSIZE, (rlim_t)fsize_cap);
    set_limit(RLIMIT_NOFILE, (rlim_t)nofile_cap);
    set_limit(RLIMIT_CORE, 0);
    set_limit(RLIMIT_STACK, mem_kb > 0 ? (rlim_t)mem_kb * 1024 : RLIM_INFINITY);
    signal(SIGPIPE, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL); /* the mask survives exec: give the program its signals */
    if (strchr(argv[0], '/')) {
        execve(argv[0], argv, child_env);
    } else {
        /* the PATH of child_env, searched here: no shell between us and the program */
        static const char *dirs[] = {"/usr/local/bin", "/usr/bin", "/bin"};
        char path[PATH_MAX];
        for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
            snprintf(path, sizeof path, "%s/%s", dirs[i], argv[0]);
            execve(path, argv, child_env);
        }
    }
    _exit(127);
}

/* CPU time of a live process and its reaped children, from /proc (clock ticks), or -1. */
static long long proc_cpu_ms(pid_t pid) {
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) return -1;
    buf[n] = 0;
    char *p = strrchr(buf, ')'); /* the command name may hold spaces and parentheses */
    if (!p) return -1;
    unsigned long long utime, stime;
    long long cutime, cstime;
    /* after ")": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime */
    if (sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu %lld %lld", &utime, &stime, &cutime,
               &cstime) != 4)
        return -1;
    long hz = sysconf(_SC_CLK_TCK);
    return (long long)(utime + stime + (unsigned long long)cutime + (unsigned long long)cstime) * 1000 / hz;
}

/* Names in the working directory before the first run: what every run starts from. */
static char **baseline;
static int baseline_count = -1;

static int in_baseline(const char *name) {
    for (int i = 0; i < baseline_count; i++)
        if (strcmp(baseline[i], name) == 0) return 1;
    return 0;
}

static void take_baseline(void) {
    DIR *d = opendir(".");
    if (!d) fail("cannot list the work dir: %s", strerror(errno));
    baseline_count = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        baseline = realloc(baseline, sizeof(char *) * (size_t)(baseline_count + 1));
        if (!baseline || !(baseline[baseline_count++] = strdup(e->d_name))) fail("out of memory");
    }
    closedir(d);
}

/* Removes an entry and, for a directory, all below it; never follows a symlink. */
static void remove_tree(int parent, const char *name) {
    if (unlinkat(parent, name, 0) == 0 || errno == ENOENT) return;
    int fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) {
        DIR *d = fdopendir(fd);
        if (d) {
            struct dirent *e;
            while ((e = readdir(d)))
                if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) remove_tree(dirfd(d), e->d_name);
            closedir(d);
        } else {
            close(fd);
        }
    }
    unlinkat(parent, name, AT_REMOVEDIR);
}

/* Each run starts from the same work dir: what an earlier run created is gone, so no run can
 * pass anything to the next, and disk (which is memory on tmpfs) is given back. */
static void reset_work_dir(void) {
    DIR *d = opendir(".");
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d)))
        if (!in_baseline(e->d_name)) remove_tree(dirfd(d), e->d_name);
    closedir(d);
}

/* OOM kills the box's memory cgroup has counted (cgroup v2 memory.events, else v1
 * memory.oom_control), or -1 when neither can be read. */
static long long oom_kills(void) {
    static const char *files[] = {"/sys/fs/cgroup/memory.events", "/sys/fs/cgroup/memory/memory.oom_control"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        FILE *f = fopen(files[i], "re");
        if (!f) continue;
        char key[64];
        long long value;
        while (fscanf(f, "%63s %lld", key, &value) == 2) {
            if (strcmp(key, "oom_kill") == 0) {
                fclose(f);
                return value;
            }
        }
        fclose(f);
    }
    return -1;
}

/* Readable when a child has ended: the supervisor waits on it with the output pipes, so that it
 * notices the end of a run at once instead of on its next tick. */
static int child_ended_fd = -1;

static void watch_children(void) {
    sigset_t chld;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    if (sigprocmask(SIG_BLOCK, &chld, NULL) != 0) fail("sigprocmask: %s", strerror(errno));
    child_ended_fd = signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK);
    if (child_ended_fd < 0) fail("signalfd: %s", strerror(errno));
}

static void drain_child_ended(void) {
    struct signalfd_siginfo info;
    while (read(child_ended_fd, &info, sizeof info) == (ssize_t)sizeof info) {
    }
}

/* SIGKILL is delivered asynchronously: a killed process may still finish the system call it
 * is in (creating a file, say) after kill(-1) returned. So kill until /proc shows no process
 * but PID 1 and us; then nothing of this run can touch the work dir or see the next run. */
static void await_no_leftovers(void) {
    pid_t self = getpid();
    for (;;) {
        kill(-1, SIGKILL);
        DIR *d = opendir("/proc");
        if (!d) fail("cannot list /proc: %s", strerror(errno));
        int others = 0;
        struct dirent *e;
        while ((e = readdir(d))) {
            char *end;
            long pid = strtol(e->d_name, &end, 10);
            if (*end == 0 && pid > 1 && pid != self) others++;
        }
        closedir(d);
        if (others == 0) return;
        struct timespec ts = {0, 1000 * 1000};
        nanosleep(&ts, NULL);
    }
}

/* The status of a finished run, the most telling first; *note says which wall it hit. */
static const char *classify(const char **note, int code, int sig, long long cpu, long long mem, long long cpu_ms,
                            long long mem_kb, int over_output, int killed_cpu, int killed_wall, int silent,
                            long long oom_before, long long oom_after) {
    *note = "-";
    if (over_output) return *note = "stdout", "OUTPUT_LIMIT";
    if (sig == SIGXFSZ) return *note = "file-size", "OUTPUT_LIMIT";
    if (killed_cpu || sig == SIGXCPU || cpu > cpu_ms) return *note = "cpu", "TIME_LIMIT";
    if (killed_wall) return *note = "wall", "TIME_LIMIT";
    if (oom_before >= 0 && oom_after > oom_before) return *note = "oom-kill", "MEMORY_LIMIT";
    if (oom_before < 0 && sig == SIGKILL) return *note = "sigkill", "MEMORY_LIMIT";
    if (mem_kb > 0 && mem > mem_kb) return *note = "peak", "MEMORY_LIMIT";
    if (code == 127 && sig == 0 && silent) return *note = "exec", "INTERNAL_ERROR";
    if (sig != 0 || code != 0) return "RUNTIME_ERROR";
    return "OK";
}

static int make_memfd(void) {
    int fd = memfd_create("stdin", MFD_CLOEXEC);
    if (fd < 0) fail("memfd_create: %s", strerror(errno));
    return fd;
}

static void write_all(const char *data, long long len) {
    if (len > 0 && fwrite(data, 1, (size_t)len, stdout) != (size_t)len) exit(3);
}

/* How a run ended, as the run loops of exec and interact saw it. */
struct ending {
    int status;             /* from wait4 */
    struct rusage usage;    /* of the run's process and what it reaped */
    long long start, cpu_ms, mem_kb, oom_before;
    int over_output, killed_output, killed_cpu, killed_wall, killed_asked, silent;
};

struct result {
    const char *status, *note;
    int code, sig;
    long long cpu, wall, mem;
};

/* Waits until nothing of the run is left, then measures and classifies it: the one place a run's
 * status is decided, for exec and interact alike. */
static struct result conclude(const struct ending *e) {
    await_no_leftovers();
    struct result r;
    r.wall = now_ms() - e->start;
    r.cpu = (long long)e->usage.ru_utime.tv_sec * 1000 + e->usage.ru_utime.tv_usec / 1000 +
            (long long)e->usage.ru_stime.tv_sec * 1000 + e->usage.ru_stime.tv_usec / 1000;
    r.mem = e->usage.ru_maxrss;
    r.code = WIFEXITED(e->status) ? WEXITSTATUS(e->status) : -1;
    r.sig = WIFSIGNALED(e->status) ? WTERMSIG(e->status) : 0;
    r.status = classify(&r.note, r.code, r.sig, r.cpu, r.mem, e->cpu_ms, e->mem_kb, e->over_output, e->killed_cpu,
                        e->killed_wall, e->silent, e->oom_before, oom_kills());
    if (e->killed_asked && !e->killed_cpu && !e->killed_wall && !e->killed_output)
        r.status = "RUNTIME_ERROR", r.note = "killed";
    return r;
}

/* The RESULT header, then out_len bytes of stdout and the captured stderr. files < 0 leaves the
 * files field out (exec); interact sends its collected files after this. */
static void print_result(const struct result *r, const char *out, long long out_len, int out_trunc,
                         const struct capture *err, int files) {
    printf("RESULT status=%s exit=%d signal=%d cpu=%lld wall=%lld mem=%lld out=%lld err=%lld outtrunc=%d errtrunc=%d "
           "note=%s",
           r->status, r->code, r->sig, r->cpu, r->wall, r->mem, out_len, err->len, out_trunc, err->seen > err->len,
           r->note);
    if (files >= 0) printf(" files=%d", files);
    putchar('\n');
    write_all(out, out_len);
    write_all(err->data, err->len);
}

static int run_once(char **argv, long long in_size, long long cpu_ms, long long wall_ms, long long mem_kb,
                     long long out_cap) {
    int in_fd = make_memfd();
    copy_in(in_fd, in_size);
    lseek(in_fd, 0, SEEK_SET);

    int out_pipe[2], err_pipe[2];
    if (pipe2(out_pipe, O_CLOEXEC) || pipe2(err_pipe, O_CLOEXEC)) fail("pipe: %s", strerror(errno));
    struct capture out, err;
    capture_init(&out, out_pipe[0], out_cap + 1);
    capture_init(&err, err_pipe[0], err_cap);

    long long oom_before = oom_kills();
    long long start = now_ms();
    pid_t pid = fork();
    if (pid < 0) fail("fork: %s", strerror(errno));
    if (pid == 0) run_child(argv, in_fd, out_pipe[1], err_pipe[1], cpu_ms, mem_kb);
    close(in_fd);
    close(out_pipe[1]);
    close(err_pipe[1]);

    int status = 0, exited = 0, killed_wall = 0, killed_cpu = 0, killed_output = 0;
    struct rusage usage;
    memset(&usage, 0, sizeof usage);
    long long deadline = start + wall_ms;
    while (!exited || out.open || err.open) {
        if (!exited) {
            pid_t w = wait4(pid, &status, WNOHANG, &usage);
            if (w == pid) {
                exited = 1;
                /* no process of this run may outlive it: detached children, daemons, all */
                kill(-1, SIGKILL);
            }
        }
        if (!exited && now_ms() >= deadline) {
            killed_wall = 1;
            kill(-pid, SIGKILL);
            kill(-1, SIGKILL);
        }
        /* RLIMIT_CPU only counts whole seconds: watch the clock ticks to stop close to the limit */
        if (!exited && !killed_cpu && proc_cpu_ms(pid) > cpu_ms) {
            killed_cpu = 1;
            kill(-pid, SIGKILL);
            kill(-1, SIGKILL);
        }
        struct pollfd fds[3];
        int nfds = 0;
        if (out.open) fds[nfds++] = (struct pollfd){out.fd, POLLIN, 0};
        if (err.open) fds[nfds++] = (struct pollfd){err.fd, POLLIN, 0};
        if (!exited) fds[nfds++] = (struct pollfd){child_ended_fd, POLLIN, 0};
        if (nfds == 0) continue;
        /* while it runs, wake every 5 ms at most to watch its CPU time and the wall clock */
        int r = poll(fds, (nfds_t)nfds, exited ? 100 : 5);
        if (r < 0 && errno != EINTR) fail("poll: %s", strerror(errno));
        for (int i = 0; i < nfds; i++) {
            if (fds[i].fd == child_ended_fd) {
                if (fds[i].revents & POLLIN) drain_child_ended();
                continue;
            }
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            struct capture *c = fds[i].fd == out.fd ? &out : &err;
            if (!capture_read(c)) c->open = 0, close(c->fd);
        }
        if (!exited && !killed_output && out.seen > out_cap) {
            killed_output = 1;
            kill(-pid, SIGKILL);
            kill(-1, SIGKILL);
        }
    }
    struct result r = conclude(&(struct ending){status, usage, start, cpu_ms, mem_kb, oom_before,
                                                 killed_output || out.seen > out_cap, killed_output, killed_cpu,
                                                 killed_wall, 0,
                                                 out.seen == 0 && err.seen == 0});
    long long out_len = out.len > out_cap ? out_cap : out.len;
    print_result(&r, out.data, out_len, out.seen > out_len, &err, -1);
    fflush(stdout);
    free(out.data);
    free(err.data);
    return strcmp(r.status, "OK") == 0;
}

static long long parse_num(const char *s) {
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno || *end || v < 0) fail("bad number: %s", s);
    return v;
}

static const char *collect_dir;
static int fresh_collect = 1;

/* Reads the options of exec and interact; returns the command after "--". */
static char **parse_options(int argc, char **argv) {
    int i = 2;
    for (; i < argc && strcmp(argv[i], "--") != 0; i += 2) {
        if (i + 1 >= argc) fail("missing value for %s", argv[i]);
        if (strcmp(argv[i], "--collect") == 0) {
            if (!valid_name(argv[i + 1])) fail("invalid --collect directory");
            collect_dir = argv[i + 1];
            continue;
        }
        long long v = parse_num(argv[i + 1]);
        if (strcmp(argv[i], "--err-bytes") == 0) err_cap = v;
        else if (strcmp(argv[i], "--fsize-bytes") == 0) fsize_cap = v;
        else if (strcmp(argv[i], "--nofile") == 0) nofile_cap = (long)v;
        else if (strcmp(argv[i], "--reset") == 0) reset_between_runs = v != 0;
        else if (strcmp(argv[i], "--stop-on-failure") == 0) stop_on_failure = v != 0;
        else if (strcmp(argv[i], "--fresh") == 0) fresh_collect = v != 0;
        else fail("unknown option %s", argv[i]);
    }
    if (i + 1 >= argc) fail("missing command after --");
    /* after every run we kill(-1): as root, on a host, that would take the machine down */
    if (getuid() == 0 || geteuid() == 0) fail("refusing to run as root: the box runs as an unprivileged user");
    /* the candidate runs as our uid: being non-dumpable keeps it out of /proc/<us>/fd,
     * where the frames of the runs still to come are waiting */
    if (prctl(PR_SET_DUMPABLE, 0) != 0) fail("PR_SET_DUMPABLE: %s", strerror(errno));
    signal(SIGPIPE, SIG_IGN);
    return argv + i + 1;
}

static int cmd_exec(int argc, char **argv) {
    char **command = parse_options(argc, argv);
    watch_children();
    /* Each run's input crosses the engine and the container's shim, and arrived only as fast as
     * this supervisor read it, which it does between runs: a run waited for its own input to
     * cross. A 1 MiB stdin pipe (the unprivileged maximum) lets the next input come in while a
     * run is going on. Its pages are charged to the writer, the shim outside the box, so no run
     * has less memory for it, and like the frames still to come it is out of the program's reach
     * (we are not dumpable). Best effort: stdin need not be a pipe, and a busy host may refuse. */
    fcntl(0, F_SETPIPE_SZ, 1 << 20);

    char line[512];
    int stopped = 0;
    while (fgets(line, sizeof line, stdin)) {
        size_t len = strlen(line);
        if (len == 0 || line[len - 1] != '\n') fail("frame header too long or unterminated");
        line[len - 1] = 0;
        if (line[0] == 'E' && line[1] == 0) return 0;
        if (line[0] == 'F' && line[1] == ' ') {
            unsigned mode;
            long long size;
            int off = 0;
            if (sscanf(line + 2, "%o %lld %n", &mode, &size, &off) < 2 || off == 0 || size < 0) fail("bad F frame");
            put_file(mode, size, line + 2 + off, copy_in);
        } else if (line[0] == 'R' && line[1] == ' ') {
            long long size, cpu, wall, mem, out;
            if (sscanf(line + 2, "%lld %lld %lld %lld %lld", &size, &cpu, &wall, &mem, &out) != 5 || size < 0 ||
                cpu <= 0 || wall <= 0 || mem < 0 || out < 0)
                fail("bad R frame");
            if (stopped) {
                copy_in(-1, size); /* a run after a failure is skipped, its input read and dropped */
                continue;
            }
            if (reset_between_runs && baseline_count < 0) take_baseline();
            int ok = run_once(command, size, cpu, wall, mem, out);
            if (reset_between_runs) reset_work_dir();
            if (!ok && stop_on_failure) {
                stopped = 1;
                fputs("STOPPED\n", stdout);
                fflush(stdout);
            }
        } else {
            fail("unknown frame");
        }
    }
    fail("input ended without E frame");
    return 2;
}

/* ---- interact: one run with stdin and stdout streamed (see "Interaction" at the top) ---- */

/* stdin read raw (no stdio buffer), so that poll() tells the truth about what is waiting */
static char ib[1 << 16];
static size_t ib_start, ib_end;
static int ib_eof;

static void ib_fill(void) {
    if (ib_start > 0) {
        memmove(ib, ib + ib_start, ib_end - ib_start);
        ib_end -= ib_start;
        ib_start = 0;
    }
    ssize_t n;
    do n = read(0, ib + ib_end, sizeof ib - ib_end);
    while (n < 0 && errno == EINTR);
    if (n < 0) fail("read: %s", strerror(errno));
    if (n == 0) ib_eof = 1;
    ib_end += (size_t)n;
}

/* The next complete header line, or NULL when it has not fully arrived yet. */
static char *ib_line(void) {
    char *nl = memchr(ib + ib_start, '\n', ib_end - ib_start);
    if (!nl) {
        if (ib_end - ib_start >= 512) fail("frame header too long or unterminated");
        return NULL;
    }
    *nl = 0;
    char *line = ib + ib_start;
    ib_start = (size_t)(nl - ib) + 1;
    return line;
}

static char *ib_line_blocking(void) {
    char *line;
    while (!(line = ib_line())) {
        ib_fill();
        if (ib_eof) fail("input ended before the S frame");
    }
    return line;
}

static void write_fd(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            fail("write failed: %s", strerror(errno));
        }
        p += w, n -= (size_t)w;
    }
}

static void ib_copy(int fd, long long n) {
    while (n > 0) {
        if (ib_start == ib_end) {
            ib_fill();
            if (ib_eof) fail("truncated frame");
        }
        size_t k = ib_end - ib_start < (unsigned long long)n ? ib_end - ib_start : (size_t)n;
        write_fd(fd, ib + ib_start, k);
        ib_start += k, n -= (long long)k;
    }
}

#define PENDING_CAP (4 << 20)
#define COLLECT_CAP (16LL << 20)

/* Bytes for the program's stdin that it has not read yet. */
static struct { char *data; size_t len, cap; } pend;

static void pend_add(const char *p, size_t n) {
    if (pend.len + n > pend.cap) {
        pend.cap = (pend.len + n) * 2;
        pend.data = realloc(pend.data, pend.cap);
        if (!pend.data) fail("out of memory for the program's input");
    }
    memcpy(pend.data + pend.len, p, n);
    pend.len += n;
}

static long long data_left;     /* payload bytes of the D frame being read */
static int close_asked, kill_asked;

/* Takes every complete frame (and partial D payload) out of ib. */
static void take_frames(int child_in) {
    for (;;) {
        if (data_left > 0) {
            size_t k = ib_end - ib_start < (unsigned long long)data_left ? ib_end - ib_start : (size_t)data_left;
            if (k == 0) return;
            if (child_in >= 0) pend_add(ib + ib_start, k); /* a closed stdin drops what still comes */
            ib_start += k, data_left -= (long long)k;
            continue;
        }
        char *line = ib_line();
        if (!line) return;
        if (line[0] == 'D' && line[1] == ' ') data_left = parse_num(line + 2);
        else if (line[0] == 'C' && line[1] == 0) close_asked = 1;
        else if (line[0] == 'K' && line[1] == 0) kill_asked = 1;
        else fail("unknown frame in an interaction");
    }
}

static void send_frame(char kind, const char *p, size_t n) {
    printf("%c %zu\n", kind, n);
    write_all(p, (long long)n);
    fflush(stdout);
}

struct collected { char name[MAX_NAME + 1]; char *data; size_t len; };

/* The regular files directly in the collect dir, never following a link, at most COLLECT_CAP bytes. */
static int collect(struct collected **out) {
    *out = NULL;
    if (!collect_dir) return 0;
    int dfd = open(collect_dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (dfd < 0) return 0;
    DIR *d = fdopendir(dfd);
    if (!d) return close(dfd), 0;
    int count = 0;
    long long total = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        struct stat st;
        if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode)) continue;
        if (total + st.st_size > COLLECT_CAP) continue;
        int fd = openat(dirfd(d), e->d_name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) continue;
        struct collected c = {{0}, malloc((size_t)st.st_size + 1), 0};
        if (!c.data) fail("out of memory for collected files");
        ssize_t n;
        while (c.len < (size_t)st.st_size && (n = read(fd, c.data + c.len, (size_t)st.st_size - c.len)) > 0)
            c.len += (size_t)n;
        close(fd);
        snprintf(c.name, sizeof c.name, "%s", e->d_name);
        *out = realloc(*out, sizeof **out * (size_t)(count + 1));
        if (!*out) fail("out of memory for collected files");
        (*out)[count++] = c;
        total += (long long)c.len;
    }
    closedir(d);
    return count;
}

static void prepare_collect_dir(void) {
    if (!collect_dir) return;
    if (fresh_collect) remove_tree(AT_FDCWD, collect_dir);
    if (mkdir(collect_dir, 0755) != 0 && errno != EEXIST) fail("cannot create %s: %s", collect_dir, strerror(errno));
    char path[2 * MAX_NAME + 2];
    snprintf(path, sizeof path, "%s/nextpass.in", collect_dir);
    unlink(path);
}

static int cmd_interact(int argc, char **argv) {
    char **command = parse_options(argc, argv);
    long long cpu_ms, wall_ms, mem_kb, out_cap;
    for (;;) {
        char *line = ib_line_blocking();
        if (line[0] == 'F' && line[1] == ' ') {
            unsigned mode;
            long long size;
            int off = 0;
            if (sscanf(line + 2, "%o %lld %n", &mode, &size, &off) < 2 || off == 0 || size < 0) fail("bad F frame");
            char name[MAX_NAME + 1];
            snprintf(name, sizeof name, "%s", line + 2 + off);
            put_file(mode, size, name, ib_copy);
        } else if (line[0] == 'S' && line[1] == ' ') {
            if (sscanf(line + 2, "%lld %lld %lld %lld", &cpu_ms, &wall_ms, &mem_kb, &out_cap) != 4 || cpu_ms <= 0 ||
                wall_ms <= 0 || mem_kb < 0 || out_cap < 0)
                fail("bad S frame");
            break;
        } else {
            fail("unknown frame before S");
        }
    }
    if (reset_between_runs) take_baseline();
    prepare_collect_dir();

    int in_pipe[2], out_pipe[2], err_pipe[2];
    if (pipe2(in_pipe, O_CLOEXEC) || pipe2(out_pipe, O_CLOEXEC) || pipe2(err_pipe, O_CLOEXEC))
        fail("pipe: %s", strerror(errno));
    struct capture err;
    capture_init(&err, err_pipe[0], err_cap);
    long long oom_before = oom_kills();
    long long start = now_ms();
    pid_t pid = fork();
    if (pid < 0) fail("fork: %s", strerror(errno));
    if (pid == 0) run_child(command, in_pipe[0], out_pipe[1], err_pipe[1], cpu_ms, mem_kb);
    close(in_pipe[0]);
    close(out_pipe[1]);
    close(err_pipe[1]);
    int child_in = in_pipe[1], child_out = out_pipe[0];
    fcntl(child_in, F_SETFL, O_NONBLOCK);

    int status = 0, exited = 0, killed_wall = 0, killed_cpu = 0, killed_output = 0, killed_asked = 0;
    long long out_seen = 0;
    struct rusage usage;
    memset(&usage, 0, sizeof usage);
    long long deadline = start + wall_ms;
    char buf[1 << 16];
    while (!exited || child_out >= 0 || err.open) {
        if (!exited) {
            if (wait4(pid, &status, WNOHANG, &usage) == pid) {
                exited = 1;
                kill(-1, SIGKILL); /* no process of this run may outlive it */
            } else {
                int why = (kill_asked || ib_eof) ? 1 : now_ms() >= deadline ? 2 : proc_cpu_ms(pid) > cpu_ms ? 3 : 0;
                if (why) {
                    killed_asked |= why == 1, killed_wall |= why == 2, killed_cpu |= why == 3;
                    kill(-pid, SIGKILL);
                    kill(-1, SIGKILL);
                }
            }
        }
        take_frames(child_in); /* frames may have arrived together with S, or before the last poll */
        if (child_in >= 0 && pend.len == 0 && close_asked) close(child_in), child_in = -1;

        struct pollfd fds[4];
        int nfds = 0, in_at = -1, to_at = -1, out_at = -1, err_at = -1;
        if (!exited && !ib_eof && pend.len < PENDING_CAP) in_at = nfds, fds[nfds++] = (struct pollfd){0, POLLIN, 0};
        if (child_in >= 0 && pend.len > 0) to_at = nfds, fds[nfds++] = (struct pollfd){child_in, POLLOUT, 0};
        if (child_out >= 0) out_at = nfds, fds[nfds++] = (struct pollfd){child_out, POLLIN, 0};
        if (err.open) err_at = nfds, fds[nfds++] = (struct pollfd){err.fd, POLLIN, 0};
        int r = poll(fds, (nfds_t)nfds, exited ? 100 : 5);
        if (r < 0 && errno != EINTR) fail("poll: %s", strerror(errno));
        if (r <= 0) continue;
        if (in_at >= 0 && fds[in_at].revents) {
            ib_fill();
            take_frames(child_in);
        }
        if (child_in < 0) pend.len = 0;
        if (to_at >= 0 && fds[to_at].revents) {
            ssize_t w = write(child_in, pend.data, pend.len);
            if (w > 0) {
                memmove(pend.data, pend.data + w, pend.len - (size_t)w);
                pend.len -= (size_t)w;
            } else if (w < 0 && errno != EAGAIN && errno != EINTR) {
                /* the program closed its stdin or is gone: what it did not read is dropped */
                close(child_in), child_in = -1, pend.len = 0;
            }
        }
        if (out_at >= 0 && fds[out_at].revents) {
            ssize_t n = read(child_out, buf, sizeof buf);
            if (n > 0) {
                long long room = out_cap - out_seen;
                out_seen += n;
                if (room > 0) send_frame('O', buf, (size_t)(n < room ? n : room));
                if (out_seen > out_cap && !exited && !killed_output) {
                    killed_output = 1;
                    kill(-pid, SIGKILL);
                    kill(-1, SIGKILL);
                }
            } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
                close(child_out), child_out = -1;
                fputs("C\n", stdout);
                fflush(stdout);
            }
        }
        if (err_at >= 0 && fds[err_at].revents && !capture_read(&err)) err.open = 0, close(err.fd);
    }
    if (child_in >= 0) close(child_in);
    struct result r = conclude(&(struct ending){status, usage, start, cpu_ms, mem_kb, oom_before,
                                                 killed_output || out_seen > out_cap, killed_output, killed_cpu,
                                                 killed_wall, killed_asked, out_seen == 0 && err.seen == 0});
    struct collected *files;
    int count = collect(&files);
    if (reset_between_runs) reset_work_dir();
    print_result(&r, NULL, 0, out_seen > out_cap, &err, count);
    for (int i = 0; i < count; i++) {
        printf("F %zu %s\n", files[i].len, files[i].name);
        write_all(files[i].data, (long long)files[i].len);
    }
    fflush(stdout);
    return 0;
}

/* Only the kernel's alarm ends the box: a SIGALRM sent by the candidate's program (same uid,
 * so kill(1, SIGALRM) is allowed) would otherwise stop the box mid-judging. */
static void on_alarm(int sig, siginfo_t *info, void *context) {
    (void)sig;
    (void)context;
    if (info->si_code == SI_KERNEL) _exit(0);
}

static void on_child(int sig) { (void)sig; /* only to wake pause() */ }

static int cmd_init(int argc, char **argv) {
    long long seconds = argc > 2 ? parse_num(argv[2]) : 3600;
    /* PID 1 runs as the candidate's uid and is the one process kill(-1) spares: were it
     * dumpable, a program could ptrace it, make it run anything, and that would outlive the
     * run and watch the next one. Non-dumpable, only CAP_SYS_PTRACE (dropped) may attach. */
    if (prctl(PR_SET_DUMPABLE, 0) != 0) {
        fprintf(stderr, "redline-box init: PR_SET_DUMPABLE: %s\n", strerror(errno));
        return 2;
    }
    struct sigaction alarm_action;
    memset(&alarm_action, 0, sizeof alarm_action);
    alarm_action.sa_sigaction = on_alarm;
    alarm_action.sa_flags = SA_SIGINFO;
    sigaction(SIGALRM, &alarm_action, NULL);
    signal(SIGCHLD, on_child);
    alarm((unsigned)seconds);
    for (;;) {
        if (waitpid(-1, NULL, 0) < 0 && errno == ECHILD) pause();
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc >= 2 && strcmp(argv[1], "init") == 0) return cmd_init(argc, argv);
    if (argc >= 2 && strcmp(argv[1], "exec") == 0) return cmd_exec(argc, argv);
    if (argc >= 2 && strcmp(argv[1], "interact") == 0) return cmd_interact(argc, argv);
    if (argc >= 2 && strcmp(argv[1], "alive") == 0) return puts("alive") < 0;
    fprintf(stderr, "usage: redline-box init SECONDS | redline-box exec|interact [options] -- COMMAND...\n");
    return 2;
}
