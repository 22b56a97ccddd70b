// Only /box is writable: exits 1 when /etc can be written or /box cannot.
#include <cstdio>

int main() {
    if (std::FILE* f = std::fopen("/etc/escape", "w")) {
        std::fclose(f);
        std::puts("could write /etc/escape");
        return 1;
    }
    std::FILE* ok = std::fopen("/box/ok", "w");
    return ok && std::fclose(ok) == 0 ? 0 : 1;
}
