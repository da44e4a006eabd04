"""CPython asyncio counterpart of bench/yield_storm.rs.

1,000 tasks each await asyncio.sleep(0) 1,000 times; every step of a task
counts as one poll (1,000 x 1,001). Prints one JSON line with the best of
--reps runs, timed inside the process.
"""
import argparse
import asyncio
import json
import time

TASKS = 1000
YIELDS = 1000


async def worker():
    for _ in range(YIELDS):
        await asyncio.sleep(0)


async def storm():
    start = time.perf_counter()
    await asyncio.gather(*(asyncio.create_task(worker()) for _ in range(TASKS)))
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=1)
    reps = parser.parse_args().reps
    seconds = min(asyncio.run(storm()) for _ in range(reps))
    polls = TASKS * (YIELDS + 1)
    print(json.dumps({
        "name": "yield_storm", "runtime": "asyncio", "polls": polls,
        "seconds": round(seconds, 6), "polls_per_sec": round(polls / seconds),
    }))


if __name__ == "__main__":
    main()
