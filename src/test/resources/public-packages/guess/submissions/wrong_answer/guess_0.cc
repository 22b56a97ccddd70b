// Guesses 0, which is out of range.
#include <iostream>

int main() {
    std::cout << 0 << std::endl;
    std::string answer;
    std::cin >> answer;
}
