"""The bench's py-spy summary files a worker's busy time by the frames on the stack."""

from __future__ import annotations

from mentionflow.tools.bench.pyspy import summarise_pyspy

SRC = "/repo/src/mentionflow"
LOOP = "_run_once (asyncio/base_events.py:1922);Handle._run (asyncio/events.py:84)"
BATCH = f"run (mentionflow/runtime/worker.py:280);WorkerHost.handle_batch ({SRC}/runtime/worker.py:173)"


def _categories(*stacks: tuple[str, int]) -> dict[str, float]:
    raw = "\n".join(f"process 1:worker;thread 2;{LOOP};{stack} {count}" for stack, count in stacks)
    return summarise_pyspy(raw)["categories_of_busy"]


def test_a_stage_handler_frame_files_its_time_by_the_leaf() -> None:
    cats = _categories(
        (
            f"{BATCH};enrich ({SRC}/stages/enrich.py:50);Pipeline.enrich ({SRC}/core/pipeline.py:140);"
            f"detect_language ({SRC}/core/lang.py:239)",
            2,
        ),
        (f"{BATCH};sentiment ({SRC}/stages/sentiment.py:44);score ({SRC}/core/sentiment.py:900)", 3),
        (f"{BATCH};dedup_and_route ({SRC}/stages/fused.py:70);CaseBook.route ({SRC}/core/cases.py:300)", 1),
        (f"{BATCH};route ({SRC}/stages/route.py:66);evaluate ({SRC}/core/rules/engine.py:12)", 1),
        (f"{BATCH};route ({SRC}/stages/route.py:66);routed_records ({SRC}/stages/route.py:55)", 1),
    )
    assert cats == {
        "core: sentiment": 0.375,
        "core: enrich": 0.25,
        "core: route": 0.25,
        "handler: other (stages/, runtime/, dataclasses, builtins)": 0.125,
    }


def test_a_timer_declared_in_a_stage_module_is_not_a_handler() -> None:
    cats = _categories(
        (
            f"declare_timers.<locals>.expire ({SRC}/stages/route.py:108);"
            "AIOKafkaProducer.send (aiokafka/producer/producer.py:400)",
            1,
        ),
    )
    assert cats == {"aiokafka: produce requests": 1.0}


def test_the_bench_chain_agents_are_codec() -> None:
    assert _categories((f"hop0 ({SRC}/tools/bench/roles.py:145)", 1)) == {"codec (orjson loads + dumps)": 1.0}


def test_the_framework_time_is_split_by_the_nearest_framework_frame_below_the_loop() -> None:
    site = "/venv/lib/python3.11/site-packages"
    drain = f"Consumer._drain_messages ({site}/faust/transport/consumer.py:1220)"
    raw = "\n".join(
        f"process 1:worker;thread 2;Worker.execute_from_commandline ({site}/mode/worker.py:264);{stack} {count}"
        for stack, count in (
            (f"{LOOP};{drain};Service.wait_first ({site}/mode/services.py:777)", 2),
            (f"{LOOP};{drain};Monitor.on_message_in ({site}/faust/sensors/monitor.py:449)", 1),
            (f"{LOOP};Stream._c_aiter ({site}/faust/streams.py:1180)", 1),
            ("BaseEventLoop._run_once (asyncio/base_events.py:1922)", 1),  # the loop's own work
        )
    )
    parts = summarise_pyspy(raw)["framework_parts_of_busy"]
    assert parts == {
        "mode (services, timers, queues)": 0.4,
        "faust: sensors (Monitor)": 0.2,
        "faust: Stream (iteration, take_events, timers)": 0.2,
        "asyncio event loop (scheduling, callbacks, socket writes)": 0.2,
    }


def test_the_faust_chain_agent_is_codec_under_its_code_qualname_too() -> None:
    agent = "faust_chain_app.<locals>.make_agent.<locals>.agent (/repo/src/mentionflow/tools/bench/roles.py:150)"
    assert _categories((agent, 1)) == {"codec (orjson loads + dumps)": 1.0}
