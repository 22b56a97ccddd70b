// Binary search: ten guesses always suffice for 1..1000.
#include <iostream>
#include <string>

int main() {
    int lo = 1, hi = 1000;
    std::string answer;
    while (lo <= hi) {
        int guess = (lo + hi) / 2;
        std::cout << guess << std::endl;
        if (!(std::cin >> answer) || answer == "correct") {
            return 0;
        }
        if (answer == "lower") {
            hi = guess - 1;
        } else {
            lo = guess + 1;
        }
    }
}
