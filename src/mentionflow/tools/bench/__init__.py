"""``mentionflow bench``: how fast is mentionflow, next to what Kafka and faust allow?

One run measures, on the same local broker and the same data (the airline tweets, cycled):

1. ``limit``: raw aiokafka consume -> produce passthrough over the pipeline's hops (raw -> t1 .. ->
   out; 2 for fused workers, 4 staged, or ``--chain-hops``),
   batched (``getmany`` + ``send_batch`` per partition), decode + encode with orjson at each hop,
   each hop its own consumer (own group) and producer, all in ONE process and event loop (the
   same single core a faust worker gets);
2. ``faust_chain``: a bare faust passthrough chain over the same hops, same codec, raw-bytes
   topics, ``take_events`` batches and ``concurrency=1``: the agent loop of app.py without the
   core, in one worker process (``python -m mentionflow.tools.bench --role faust-chain``);
3. ``pipeline_1w`` / ``pipeline_2w``: the real ``mentionflow worker`` with the four stages, one
   worker, then two workers in one consumer group (topics have 4 partitions);
4. ``core``: the pure core in process (``Pipeline.run``), no Kafka, one core, after a warm-up.

Protocol for 1-3 (the same for every scenario; each system under test is its own process):
fresh topics (unique prefix and app id per scenario) -> start the process(es) -> wait until every
consumer holds its partitions -> warm-up (a few hundred mentions, lazy models load) -> throughput:
N mentions written to the input topic as fast as the bench can (pre-built batches, well under a
second per 10k) and the time from the first input record's timestamp to the last output record's
timestamp -> latency: 1,000 mentions/s paced for a fixed time, latency = output record
CreateTime - input record CreateTime, matched by mention id -> peak RSS (VmHWM) per process.
The input is written after the consumers are ready, not before they start, because a second
worker joining a group that is already processing triggers a rebalance inside the measurement
(the broker runs with group.initial.rebalance.delay.ms=0), and because the first mentions a
worker sees load its language model.

Ids are made unique per record (``<tweet id>-<sequence>``; the data set itself has duplicate ids)
and every pass over the file is shifted in event time by the file's span plus a day, so each pass
looks like the same traffic on later days: dedup folds exactly what it would fold in the original
data (near-duplicates and reposts still produce a case revision, so every mention yields one
output on cases.routed; incident escalations are extra records and are not counted).

``python -m mentionflow.tools.bench --memory`` runs the core over 1M mentions in a fresh process and
reports RSS at 100k and at the end (windowed state: expiry runs as the worker's timer does).
``--profile`` adds a py-spy profile of the worker under load and a pyinstrument profile of the core.

Everything the bench creates (topics, processes, temp dirs) is removed at the end, on errors and
on Ctrl-C/SIGTERM too. It never starts or stops the broker.
"""

from mentionflow.tools.bench.main import main

__all__ = ["main"]
