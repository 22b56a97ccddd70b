# The guessing game's interactive validator: validate.py input_file answer_file feedback_dir
import sys

mode, value = open(sys.argv[1]).read().split()
feedback = sys.argv[2 + 1]


def finish(code, message):
    with open(feedback + '/judgemessage.txt', 'w') as f:
        f.write(message)
    sys.exit(code)


secret = int(value) if mode == 'fixed' else None  # adaptive: keep the widest range
lo, hi = 1, 1000
for n in range(1, 11):
    line = sys.stdin.readline()
    try:
        guess = int(line)
    except ValueError:
        finish(43, 'guess %d: not a number: %r' % (n, line[:40]))
    if not 1 <= guess <= 1000:
        finish(43, 'guess %d is out of range: %d' % (n, guess))
    if secret is None:
        if lo == hi == guess:
            answer = 'correct'
        else:
            answer = 'lower' if guess - lo > hi - guess else 'higher'
    else:
        answer = 'correct' if guess == secret else 'lower' if guess > secret else 'higher'
    print(answer, flush=True)
    if answer == 'correct':
        if sys.stdin.read().strip():
            finish(43, 'output after the correct guess')
        finish(42, 'found in %d guesses' % n)
    if answer == 'lower':
        hi = min(hi, guess - 1)
    else:
        lo = max(lo, guess + 1)
finish(43, 'not found in 10 guesses')
