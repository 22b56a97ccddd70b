// Touches memory as fast as it can until the box's limit stops it.
#include <cstring>
#include <vector>
int main() {
    std::vector<char*> blocks;
    for (;;) {
        char* p = new char[1 << 20];
        std::memset(p, 1, 1 << 20);
        blocks.push_back(p);
    }
}
