# Re-sums the whole list for every rating: slow, but the answer is right.
input()
xs = list(map(int, input().split()))
total = 0
for i in range(len(xs)):
    total = sum(xs[: i + 1])
    for _ in range(10 ** 6):
        pass
print(f"{total / len(xs):.6f}")
