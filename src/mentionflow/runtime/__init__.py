"""The worker's machinery under the stages: records, tables, sending, offsets, lag, the host contract."""
