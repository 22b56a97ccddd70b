// Output validator for oncall.
//
//   validator input_file answer_file feedback_dir [args] < team_output
//
// Accepts (exit 42) a rota that staffs every shift with exactly the required number of
// distinct, available engineers without exceeding anyone's maximum, or IMPOSSIBLE when the
// judge's answer file says IMPOSSIBLE. Anything else is a wrong answer (exit 43), with the
// reason in feedback_dir/judgemessage.txt. A valid rota on a case the judge calls IMPOSSIBLE
// is a judge error (exit 1). Garbage output never crashes the validator: it is read as
// bytes, capped in size, and only ever compared against known names.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace {

constexpr std::size_t kMaxOutputBytes = 16u << 20;

std::string feedbackDir;

[[noreturn]] void verdict(int code, const std::string& message) {
    std::ofstream(feedbackDir + "judgemessage.txt") << message << "\n";
    std::exit(code);
}

[[noreturn]] void wrongAnswer(const std::string& message) { verdict(43, message); }

// Names are shown back in messages; keep them short and printable.
std::string shown(const std::string& token) {
    std::string out;
    for (char c : token.substr(0, 40)) out += std::isprint(static_cast<unsigned char>(c)) ? c : '?';
    return token.size() > 40 ? out + "..." : out;
}

struct Shift {
    std::string name;
    int needed = 0;
    std::unordered_set<int> available;  // engineer ids
};

struct Problem {
    std::vector<std::string> engineerNames;
    std::vector<long long> maxShifts;
    std::unordered_map<std::string, int> engineerId;
    std::vector<Shift> shifts;
};

Problem readInput(const char* path) {
    std::ifstream in(path);
    Problem p;
    int numEngineers = 0, numShifts = 0;
    in >> numEngineers >> numShifts;
    for (int i = 0; i < numEngineers; ++i) {
        std::string name;
        long long limit = 0;
        in >> name >> limit;
        p.engineerId[name] = i;
        p.engineerNames.push_back(name);
        p.maxShifts.push_back(limit);
    }
    for (int s = 0; s < numShifts; ++s) {
        Shift shift;
        int k = 0;
        in >> shift.name >> shift.needed >> k;
        for (int j = 0; j < k; ++j) {
            std::string name;
            in >> name;
            shift.available.insert(p.engineerId.at(name));
        }
        p.shifts.push_back(std::move(shift));
    }
    if (!in) {
        std::cerr << "cannot read input file " << path << "\n";
        std::exit(1);
    }
    return p;
}

// The team output as non-empty lines of whitespace-separated tokens.
std::vector<std::vector<std::string>> readTeamLines() {
    std::string data;
    char buffer[1 << 16];
    std::size_t got;
    while ((got = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
        data.append(buffer, got);
        if (data.size() > kMaxOutputBytes) wrongAnswer("output is larger than 16 MiB");
    }
    std::vector<std::vector<std::string>> lines;
    std::istringstream stream(data);
    std::string line;
    while (std::getline(stream, line)) {
        std::istringstream words(line);
        std::vector<std::string> tokens;
        std::string token;
        while (words >> token) tokens.push_back(token);
        if (!tokens.empty()) lines.push_back(std::move(tokens));
    }
    return lines;
}

bool isImpossible(const std::string& token) {
    std::string upper;
    for (char c : token) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return upper == "IMPOSSIBLE";
}

// Empty when the rota is valid, otherwise the first problem found.
std::string checkRota(const Problem& p, const std::vector<std::vector<std::string>>& lines) {
    if (lines.size() != p.shifts.size())
        return "expected " + std::to_string(p.shifts.size()) + " lines, one per shift, got " +
               std::to_string(lines.size());
    std::vector<long long> load(p.engineerNames.size(), 0);
    for (std::size_t s = 0; s < lines.size(); ++s) {
        const Shift& shift = p.shifts[s];
        const std::vector<std::string>& tokens = lines[s];
        std::string where = "line " + std::to_string(s + 1) + " (shift " + shift.name + ")";
        if (tokens[0] != shift.name) return where + ": starts with '" + shown(tokens[0]) + "'";
        if (tokens.size() - 1 != static_cast<std::size_t>(shift.needed))
            return where + ": " + std::to_string(tokens.size() - 1) + " engineers assigned, " +
                   std::to_string(shift.needed) + " needed";
        std::unordered_set<int> seen;
        for (std::size_t j = 1; j < tokens.size(); ++j) {
            auto it = p.engineerId.find(tokens[j]);
            if (it == p.engineerId.end()) return where + ": unknown engineer '" + shown(tokens[j]) + "'";
            int id = it->second;
            if (!shift.available.count(id)) return where + ": " + tokens[j] + " is not available";
            if (!seen.insert(id).second) return where + ": " + tokens[j] + " assigned twice";
            if (++load[id] > p.maxShifts[id])
                return tokens[j] + " gets more than " + std::to_string(p.maxShifts[id]) + " shifts";
        }
    }
    return "";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::cerr << "usage: validator input_file answer_file feedback_dir [args] < team_output\n";
        return 1;
    }
    feedbackDir = argv[3];
    Problem problem = readInput(argv[1]);
    std::string judgeFirst;
    std::ifstream(argv[2]) >> judgeFirst;
    bool judgeImpossible = isImpossible(judgeFirst);

    std::vector<std::vector<std::string>> lines = readTeamLines();
    if (lines.empty()) wrongAnswer("empty output");
    if (lines.size() == 1 && lines[0].size() == 1 && isImpossible(lines[0][0])) {
        if (judgeImpossible) verdict(42, "correctly reported IMPOSSIBLE");
        wrongAnswer("reported IMPOSSIBLE, but a valid rota exists");
    }

    std::string problemFound = checkRota(problem, lines);
    if (!problemFound.empty()) wrongAnswer(problemFound);
    if (judgeImpossible) verdict(1, "JUDGE ERROR: the team found a valid rota, the answer file says IMPOSSIBLE");
    verdict(42, "valid rota");
}
