// Prorated subscription invoices (fixed version of starter/main.cpp).
//
// Reads the plan catalogue and the month's subscription changes of each customer from
// standard input and prints one invoice per customer. Amounts are integer cents.
//
// Fixes, each marked FIX below:
//   1. removeSupersededChanges: after erasing an element, do not advance the index.
//   2. invoiceLines: the last change is in effect through day D inclusive.
//   3. cents: round to the nearest cent, halves up, instead of truncating.
//   4. printInvoice: tax is charged on the discounted amount.
#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>

struct Change {
    int day;
    std::string plan;
    long long seats;
};

struct Line {
    std::string plan;
    long long seats;
    long long days;
    long long amount;
};

// numerator / denominator to the nearest cent, halves rounded up (both non-negative).
long long cents(long long numerator, long long denominator) {
    return (2 * numerator + denominator) / (2 * denominator);  // FIX 3: was numerator / denominator
}

// Drop every change superseded by a later change on the same day (the last one wins).
void removeSupersededChanges(std::vector<Change>& changes) {
    std::size_t i = 0;
    while (i + 1 < changes.size()) {
        if (changes[i].day == changes[i + 1].day) {
            changes.erase(changes.begin() + i);  // FIX 1: the next element moved to index i
        } else {
            ++i;
        }
    }
}

// One line per change in effect with at least one seat.
std::vector<Line> invoiceLines(const std::vector<Change>& changes,
                               const std::unordered_map<std::string, long long>& prices, int periodDays) {
    std::vector<Line> lines;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const Change& change = changes[i];
        // FIX 2: the last change runs through day periodDays inclusive (was periodDays).
        int end = i + 1 < changes.size() ? changes[i + 1].day : periodDays + 1;
        long long days = end - change.day;
        if (change.seats > 0) {
            long long amount = cents(prices.at(change.plan) * change.seats * days, periodDays);
            lines.push_back({change.plan, change.seats, days, amount});
        }
    }
    return lines;
}

void printInvoice(std::ostream& out, const std::string& customer, const std::vector<Line>& lines,
                  long long couponPercent, long long taxBasisPoints) {
    long long subtotal = 0;
    for (const Line& line : lines) subtotal += line.amount;
    long long discount = cents(subtotal * couponPercent, 100);
    long long tax = cents((subtotal - discount) * taxBasisPoints, 10000);  // FIX 4: was subtotal * ...
    long long total = subtotal - discount + tax;
    out << "INVOICE " << customer << '\n';
    for (const Line& line : lines)
        out << line.plan << ' ' << line.seats << ' ' << line.days << ' ' << line.amount << '\n';
    out << "SUBTOTAL " << subtotal << '\n'
        << "DISCOUNT " << discount << '\n'
        << "TAX " << tax << '\n'
        << "TOTAL " << total << '\n';
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int numPlans;
    std::cin >> numPlans;
    std::unordered_map<std::string, long long> prices;
    for (int i = 0; i < numPlans; ++i) {
        std::string plan;
        long long price;
        std::cin >> plan >> price;
        prices[plan] = price;
    }

    int numInvoices;
    std::cin >> numInvoices;
    for (int n = 0; n < numInvoices; ++n) {
        std::string customer;
        int periodDays, numChanges;
        long long couponPercent, taxBasisPoints;
        std::cin >> customer >> periodDays >> numChanges >> couponPercent >> taxBasisPoints;
        std::vector<Change> changes(numChanges);
        for (Change& change : changes) std::cin >> change.day >> change.plan >> change.seats;
        removeSupersededChanges(changes);
        printInvoice(std::cout, customer, invoiceLines(changes, prices, periodDays), couponPercent,
                     taxBasisPoints);
    }
    return 0;
}
