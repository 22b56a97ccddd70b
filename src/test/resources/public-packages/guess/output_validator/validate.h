// A small helper for interactive output validators, in the manner of the validate.h that Kattis
// problemtools' examples include: arguments "input answer feedback_dir", the submission's output on
// stdin, what the submission reads on stdout, exit 42 to accept and 43 to reject.
#pragma once
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

static std::ifstream judge_in;
static std::istream &author_out = std::cin;
static FILE *judge_message_file = nullptr;

static void init_io(int argc, char **argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s input answer feedback_dir\n", argv[0]);
        std::exit(1);
    }
    judge_in.open(argv[1]);
    std::string dir = argv[3];
    judge_message_file = std::fopen((dir + "/judgemessage.txt").c_str(), "w");
    if (!judge_in || !judge_message_file) {
        std::fprintf(stderr, "cannot open the input or the feedback directory\n");
        std::exit(1);
    }
}

static void judge_message(const char *format, ...) {
    va_list args;
    va_start(args, format);
    std::vfprintf(judge_message_file, format, args);
    va_end(args);
}

[[noreturn]] static void wrong_answer(const char *format, ...) {
    va_list args;
    va_start(args, format);
    std::vfprintf(judge_message_file, format, args);
    va_end(args);
    std::fclose(judge_message_file);
    std::exit(43);
}

[[noreturn]] static void accept() {
    std::fclose(judge_message_file);
    std::exit(42);
}
