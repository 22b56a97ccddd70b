input()
xs = list(map(int, input().split()))
print(f"{sum(xs) / len(xs):.6f}")
