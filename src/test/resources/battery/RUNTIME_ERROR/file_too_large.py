# Fills a file past the file-size limit. Python ignores SIGXFSZ, so it sees EFBIG and fails itself.
with open("/box/big.bin", "wb") as f:
    chunk = b"\0" * (1 << 20)
    for _ in range(1024):
        f.write(chunk)
        f.flush()
