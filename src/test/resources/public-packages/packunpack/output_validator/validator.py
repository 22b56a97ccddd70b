"""Two passes: the first output must be at most half as long as the text and is handed to the
second run as its input (nextpass.in); the second output must be the text again. As in Kattis
problemtools, each pass's input file (argv[1]) is that pass's input, so the text of pass 1 is kept in
the feedback directory, which lasts across the passes of one test case."""
import os
import sys

judge_in, feedback = sys.argv[1], sys.argv[3]
state = os.path.join(feedback, "text")
out = sys.stdin.read().strip()


def reject(message):
    with open(os.path.join(feedback, "judgemessage.txt"), "w") as f:
        f.write(message + "\n")
    sys.exit(43)


if not os.path.exists(state):
    text = open(judge_in).read().split()[1]
    limit = (len(text) + 1) // 2
    if not out or len(out) > limit or any(c <= " " or c > "~" for c in out):
        reject("pass 1: the packed text must be 1 to %d printable characters without spaces, got %d"
               % (limit, len(out)))
    with open(state, "w") as f:
        f.write(text)
    with open(os.path.join(feedback, "nextpass.in"), "w") as f:
        f.write("unpack\n" + out + "\n")
    sys.exit(42)

text = open(state).read()
packed = open(judge_in).read().split()[1]
if out != text:
    reject("pass 2: unpacking gave a different text (%d characters, expected %d)" % (len(out), len(text)))
with open(os.path.join(feedback, "judgemessage.txt"), "w") as f:
    f.write("packed %d characters into %d\n" % (len(text), len(packed)))
sys.exit(42)
