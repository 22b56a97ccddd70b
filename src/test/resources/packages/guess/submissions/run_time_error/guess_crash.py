# searches correctly, then crashes on an answer it did not expect to need
lo, hi = 1, 1000
while True:
    guess = (lo + hi) // 2
    print(guess, flush=True)
    answer = input()
    if answer == 'correct':
        raise SystemExit(3)
    if answer == 'higher':
        lo = guess + 1
    else:
        hi = guess - 1
