// Finds the number, then crashes: the validator's acceptance does not excuse the crash.
#include <cstdlib>
#include <iostream>
#include <string>

int main() {
    int lo = 1, hi = 1000;
    std::string answer;
    while (lo <= hi) {
        int guess = (lo + hi) / 2;
        std::cout << guess << std::endl;
        std::cin >> answer;
        if (answer == "correct") {
            break;
        }
        if (answer == "lower") {
            hi = guess - 1;
        } else {
            lo = guess + 1;
        }
    }
    std::abort();
}
