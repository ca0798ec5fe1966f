"""One module per stage, each with one ``register(host)`` (``runtime.host.StageHost``) that declares
its topics, tables, agents and timers; handlers are module-level functions of (context, event,
processing time) -> records. enrich, sentiment, dedup, route: the staged topology (a hop each);
fused: the four in two hops; metrics and lifecycle: the stages over the case stream."""
