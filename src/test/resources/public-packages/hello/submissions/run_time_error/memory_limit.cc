#include <cstdio>
#include <cstdlib>
#include <cstring>

// Touches 2 GiB in 64 MiB steps: far above the problem's 512 MiB limit.
int main() {
    const size_t step = 64u << 20;
    for (int i = 0; i < 32; i++) {
        char *p = static_cast<char *>(std::malloc(step));
        if (p == nullptr) {
            return 1;
        }
        std::memset(p, i, step);
    }
    std::puts("Hello World!");
    return 0;
}
