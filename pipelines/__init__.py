"""Item pipelines of the crawl: relevance -> store document -> extraction -> store mentions ->
JSONL output. One component per module; each takes plain values in ``__init__`` (tests build
them without a crawler) and its configuration from the crawler in ``from_crawler``."""
