#include <iostream>
#include <string>

int main() {
    std::string mode, text, out;
    std::cin >> mode >> text;
    if (mode == "pack") {
        for (size_t i = 0; i < text.size();) {
            size_t j = i;
            while (j < text.size() && text[j] == text[i]) ++j;
            out += text[i] + std::to_string(j - i);
            i = j;
        }
    } else {
        for (size_t i = 0; i < text.size();) {
            char c = text[i++];
            size_t n = 0;
            while (i < text.size() && isdigit(static_cast<unsigned char>(text[i]))) n = n * 10 + (text[i++] - '0');
            out.append(n, c);
        }
    }
    std::cout << out << '\n';
}
