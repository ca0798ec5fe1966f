"""Tooling around the runtime: the local broker, the demo, the bench, evaluation and training.

Nothing in the runtime (the worker, the core, the stages) imports from here; the ``mentionflow``
command dispatches to these modules for its tool sub-commands.
"""
