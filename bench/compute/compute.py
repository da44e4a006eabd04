# The same computation as compute.rs, in CPython.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    print(f"fib(27) = {fib(27)}")

    acc = 0
    for i in range(3_000_000):
        acc = (acc + i * i % 7) & 0xFFFFFFFFFFFFFFFF
    print(f"loop = {acc}")

    parts = []
    for i in range(50_000):
        parts.append(str(i))
        parts.append(",")
    s = "".join(parts)
    print(f"string = {len(s)}")

    v = sorted((i * 7919) % 100_003 for i in range(200_000))
    print(f"vec = {sum(v[::1000])}")

    counts = {}
    for i in range(200_000):
        k = i * i % 1009
        counts[k] = counts.get(k, 0) + 1
    weighted = sum(k * c for k, c in counts.items())
    print(f"map = {len(counts)} keys, {weighted}")


main()
