lo, hi = 1, 1000
while lo <= hi:
    guess = (lo + hi) // 2
    print(guess, flush=True)
    answer = input()
    if answer == "correct":
        break
    if answer == "lower":
        hi = guess - 1
    else:
        lo = guess + 1
