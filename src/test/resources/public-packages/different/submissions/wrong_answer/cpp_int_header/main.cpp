#include <iostream>

#include "distance.h"

// Reads 64-bit numbers but distance.cc (a second source, with another C++ extension) works in 32 bits.
int main() {
    long long a, b;
    while (std::cin >> a >> b) {
        std::cout << distance(a, b) << '\n';
    }
    return 0;
}
