#include <iostream>

#include "distance.h"

// The entry point; distance() lives in distance.cpp, compiled with this file.
int main() {
    long long a, b;
    while (std::cin >> a >> b) {
        std::cout << distance(a, b) << '\n';
    }
    return 0;
}
