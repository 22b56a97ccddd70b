#include <cstdio>
#include <vector>

// Asks for 1 TiB at once, far above the 512 MiB limit: the allocation fails at once and the uncaught
// std::bad_alloc ends the program, a run-time error (as Kattis judges running out of memory).
int main() {
    std::vector<char> huge(1ULL << 40, 1);
    std::printf("Hello World! %d\n", huge[12345]);
    return 0;
}
