"""``process`` and ``reextract``: the extraction stage on its own, over the stored documents.

``process`` extracts the documents that have no extraction yet, or an older one: what a killed
crawl or an ingest left, or every document once ``extract.api.EXTRACTION_VERSION`` was raised.
``reextract`` first forgets every document's extraction, then does the same: each document's
records are refreshed as ``output.reextract`` describes (reviewer values and decisions kept).
Killed midway, either leaves the remaining documents to the next run of the stage.
"""

from __future__ import annotations

from pathlib import Path

from output.reextract import ExtractionReport
from output.store import open_store
from pipelines.results import ResultSink
from pipelines.stage import ExtractionStage, StageSettings, is_auto, worker_count


def process(
    db: str | Path | None = None,
    *,
    workers: str | int | None = None,
    batch_size: int = 50,
    everything: bool = False,
) -> ExtractionReport:
    """Run the extraction stage until no document is left; ``workers`` processes (None: the
    spare cores; 0: this process); ``everything``: every document again (``reextract``)."""
    sink = ResultSink()
    settings = StageSettings(
        db=str(db) if db is not None else None,
        workers=worker_count(workers),
        batch_size=batch_size,
        spare_core=is_auto(workers),
    )
    with open_store(db) as store:
        if everything:
            store.forget_extractions()
        stage = ExtractionStage(settings, store, sink)
        try:
            stage.start()
            stage.drain()
        finally:
            stage.close()
    return sink.report


def reextract(
    db: str | Path | None = None, *, workers: str | int | None = None
) -> ExtractionReport:
    """Extract every stored document again and refresh its cases."""
    return process(db, workers=workers, everything=True)
