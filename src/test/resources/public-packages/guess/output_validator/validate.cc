// Plays the guessing game with the submission. The input says how the hidden number is chosen:
// "fixed N", "random SEED" (N from the seed) or "adaptive SEED" (no number is committed to; every
// answer keeps the larger half of the range open, so only a binary search finds it in ten guesses).
#include <cstdio>
#include <random>
#include <string>
#include "validate.h"

int main(int argc, char **argv) {
    init_io(argc, argv);
    std::string mode;
    int value = 0;
    judge_in >> mode >> value;
    std::mt19937 rng(value);
    if (mode == "random") {
        value = 1 + static_cast<int>(rng() % 1000);
    } else if (mode == "adaptive") {
        value = -1;
    } else if (mode != "fixed") {
        std::fprintf(stderr, "unknown input mode '%s'\n", mode.c_str());
        return 1;
    }
    if (value == -1) {
        judge_message("I commit to no number and choose the worst answer each time\n");
    } else {
        judge_message("I am thinking of %d\n", value);
    }
    int lo = 1, hi = 1000;
    for (int guesses = 1; guesses <= 10; ++guesses) {
        int guess;
        if (!(author_out >> guess)) {
            wrong_answer("guess %d: could not read an integer\n", guesses);
        }
        if (guess < 1 || guess > 1000) {
            wrong_answer("guess %d is out of range: %d\n", guesses, guess);
        }
        judge_message("guess %d is %d\n", guesses, guess);
        int diff;
        if (value == -1) {
            if (guess == lo && lo == hi) {
                diff = 0;
            } else {
                diff = (guess - 1 - lo > hi - (guess + 1)) ? -1
                     : (guess - 1 - lo < hi - (guess + 1)) ? 1
                     : (rng() % 2 ? 1 : -1);
            }
        } else {
            diff = value - guess;
        }
        if (diff == 0) {
            std::cout << "correct" << std::endl;
            std::string trailing;
            if (author_out >> trailing) {
                wrong_answer("trailing output after the correct guess\n");
            }
            accept();
        }
        std::cout << (diff < 0 ? "lower" : "higher") << std::endl;
        if (diff < 0) {
            hi = std::min(hi, guess - 1);
        } else {
            lo = std::max(lo, guess + 1);
        }
    }
    wrong_answer("did not find the number in 10 guesses\n");
}
