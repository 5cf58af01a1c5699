"""The worker plugin of ``--engine dask`` (imported only once Dask is known to be installed)."""

from __future__ import annotations

from distributed import WorkerPlugin


class PipelinePlugin(WorkerPlugin):
    """Builds the spaCy pipeline and loads the gazetteer when a worker joins,
    once per worker process, so no report's task pays for it (and workers
    that join the cluster later get it too)."""

    def __init__(self, model: str | None):
        self.model = model
        self.name = f"reportcheck-pipeline-{model or 'default'}"

    def setup(self, worker) -> None:
        from reportcheck.batch.work import warm_pipeline

        warm_pipeline(self.model)
