# Packs well but forgets the last run when unpacking: caught in the second pass.
import re

mode, text = input(), input()
if mode == "pack":
    print("".join(m.group(1) + str(len(m.group(0))) for m in re.finditer(r"(.)\1*", text)))
else:
    print("".join(c * int(n) for c, n in re.findall(r"([a-z])(\d+)", text)[:-1]))
