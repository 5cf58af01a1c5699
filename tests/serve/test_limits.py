"""The worker pool's bounds on their own: admitted work never exceeds workers + queue, a
timed-out request frees its slot when its thread ends, waiting work is dropped."""

from __future__ import annotations

import asyncio
import threading

import pytest

pytest.importorskip("fastapi", reason="the serve extra is not installed (pip install '.[test]')")

from reportcheck.errors import ReportcheckError  # noqa: E402
from reportcheck.serve.errors import BusyError  # noqa: E402
from reportcheck.serve.limits import Runner, read_capped  # noqa: E402


def test_the_queue_is_bounded_and_refuses_at_once():
    async def scenario():
        runner = Runner(workers=1, queue=2, time_limit=10)
        gate = threading.Event()
        held = [asyncio.ensure_future(runner.run(gate.wait)) for _ in range(3)]
        await asyncio.sleep(0.05)
        assert runner.admitted == 3
        with pytest.raises(BusyError) as refused:
            await runner.run(lambda: "never")
        assert refused.value.code == "busy" and refused.value.retry_after >= 1
        gate.set()
        assert await asyncio.gather(*held) == [True, True, True]
        assert runner.admitted == 0
        assert await runner.run(lambda: "again") == "again"
        runner.close()

    asyncio.run(scenario())


def test_a_timeout_keeps_the_slot_until_the_thread_ends_and_drops_waiting_work():
    async def scenario():
        runner = Runner(workers=1, queue=1, time_limit=0.05)
        gate = threading.Event()
        ran = []
        running = asyncio.ensure_future(runner.run(gate.wait))
        waiting = asyncio.ensure_future(runner.run(lambda: ran.append("waited")))
        for task in (running, waiting):
            with pytest.raises(ReportcheckError) as late:
                await task
            assert late.value.code == "timeout"
        assert runner.admitted == 1  # the running thread still holds its slot
        gate.set()
        await asyncio.sleep(0.05)
        assert runner.admitted == 0 and ran == []  # the waiting work never ran
        runner.close()

    asyncio.run(scenario())


def test_read_capped_stops_at_the_cap():
    async def chunks(*parts: bytes):
        for part in parts:
            yield part

    async def scenario():
        assert await read_capped(chunks(b"ab", b"cd"), None, 4) == b"abcd"
        with pytest.raises(ReportcheckError, match="more than 3 bytes"):
            await read_capped(chunks(b"ab", b"cd"), None, 3)
        with pytest.raises(ReportcheckError) as declared:
            await read_capped(chunks(), "999", 3)  # refused on the declared length, before reading
        assert declared.value.code == "request-too-large"

    asyncio.run(scenario())
