// Plants symlinks to host-looking places in the work dir and reads through them: they resolve
// inside the box (if at all), the run ends normally, and nothing outside is touched.
#include <stdio.h>
#include <unistd.h>
int main(void) {
    const char *targets[] = {"/etc/shadow", "/var/run/docker.sock", "/proc/1/root", "../../../../etc/passwd", "/"};
    char name[64];
    for (int i = 0; i < 5; i++) {
        snprintf(name, sizeof name, "/box/link%d", i);
        if (symlink(targets[i], name) != 0) return 2;
    }
    FILE *f = fopen("/box/link0", "r");
    if (f != NULL) { puts("read /etc/shadow through a link"); return 1; }
    f = fopen("/box/link1", "r");
    if (f != NULL) { puts("docker socket reachable"); return 1; }
    puts("links planted");
    return 0;
}
