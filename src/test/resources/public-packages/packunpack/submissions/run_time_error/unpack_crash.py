# Packs well, then crashes in the second run.
import re

mode, text = input(), input()
if mode == "pack":
    print("".join(m.group(1) + str(len(m.group(0))) for m in re.finditer(r"(.)\1*", text)))
else:
    raise NotImplementedError("unpack")
