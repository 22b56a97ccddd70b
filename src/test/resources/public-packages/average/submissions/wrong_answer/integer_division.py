input()
xs = list(map(int, input().split()))
print(sum(xs) // len(xs))
