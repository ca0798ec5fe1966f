"""faust stages that consume the case stream: rolling metrics, case lifecycle and alerts."""
