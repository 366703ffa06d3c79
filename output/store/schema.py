"""The store's tables, declared once with SQLAlchemy Core so SQLite and PostgreSQL share them.

JSON-valued columns are ``Text`` holding JSON: both dialects store it the same way and the store
never queries inside it (everything it filters on has its own indexed column).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("url", Text, nullable=False, unique=True),
    Column("final_url", Text),
    Column("site", String(64), index=True),
    Column("title", Text),
    Column("published", String(40)),
    Column("published_text", Text),
    Column("source_line", Text),
    Column("language", String(8)),
    Column("text", Text, nullable=False),
    Column("html_hash", String(128)),
    Column("fetched_at", String(40)),
    Column("stored_at", String(40), nullable=False),
    # Why the generic extractor gave the text instead of the site's body selector (None: it
    # did not; schema version 4), e.g. "trafilatura: the body selector found no body".
    Column("fallback", Text),
    # The page's raw bytes, zlib-compressed (schema version 5; null before): the document
    # keeps what was fetched, so a better parser can read it again without a new crawl.
    Column("raw", LargeBinary),
    # The extraction version that produced the document's mentions (extract.EXTRACTION_VERSION);
    # null: not extracted yet. The extraction stage takes documents by this column.
    Column("extraction", Integer, index=True),
    # The response as fetched (schema version 6; null before, and where the source gave none):
    # its HTTP status, its headers (JSON list of [name, value] pairs, in order) and the SHA-256
    # of the body (hex, computed by the store from the bytes in ``raw``). With ``raw`` and
    # ``fetched_at`` they are the captured copy the WARC export and the review page offer.
    Column("http_status", Integer),
    Column("http_headers", Text),
    Column("body_sha256", String(64)),
)

# Earlier captures of a document (schema version 6): when a page is fetched again with another
# body (edited at the source), the capture the document held is kept here before the document
# takes the new one, so what the page said when first captured is never lost.
captures = Table(
    "captures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(40), nullable=False, index=True),
    Column("url", Text, nullable=False),
    Column("final_url", Text),
    Column("fetched_at", String(40)),
    Column("http_status", Integer),
    Column("http_headers", Text),
    Column("body_sha256", String(64)),
    Column("raw", LargeBinary, nullable=False),
    Column("superseded_at", String(40), nullable=False),
)

seen_urls = Table(
    "seen_urls",
    metadata,
    Column("url", Text, primary_key=True),
    Column("content_hash", String(128), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("seen_at", String(40), nullable=False),
)

crawl_runs = Table(
    "crawl_runs",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("sites", Text, nullable=False),
    Column("options", Text, nullable=False),
    Column("started_at", String(40), nullable=False),
    Column("finished_at", String(40)),
    Column("stats", Text),
    Column("status", String(32), nullable=False),
)

cases = Table(
    "cases",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("status", String(16), nullable=False, index=True),
    Column("duplicate_of", String(40), ForeignKey("cases.id")),
    Column("name", Text, nullable=False),
    Column("name_pinyin", Text),
    # Every written form of the name across mentions, " | "-joined: what the name search reads.
    Column("names", Text, nullable=False, default=""),
    Column("name_is_full", Boolean, nullable=False),
    Column("return_date", String(10)),
    Column("year", Integer, index=True),
    Column("countries", Text, nullable=False, default=""),
    Column("method", String(32), index=True),
    Column("fields", Text, nullable=False),
    Column("reviewer_fields", Text, nullable=False, default="[]"),
    Column("flagged", Boolean, nullable=False, default=False),
    Column("flag_reason", Text),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    # What merging needs of the active mentions (``output.case_summary.CaseSummary`` as JSON): a
    # look-up reads this instead of every record of the case (schema version 3).
    Column("merge_summary", Text),
)

# Exports read cases in creation order a batch at a time (``output.store.bulk``): by index, of
# one status or of all (schema version 6), instead of sorting every case for every batch.
Index("ix_cases_created_at_id", cases.c.created_at, cases.c.id)
Index("ix_cases_status_created_at_id", cases.c.status, cases.c.created_at, cases.c.id)

mentions = Table(
    "mentions",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("document_id", String(40), ForeignKey("documents.id"), nullable=False, index=True),
    Column("case_id", String(40), ForeignKey("cases.id"), nullable=False, index=True),
    Column("ordinal", Integer, nullable=False),
    Column("name_simplified", Text, nullable=False),
    Column("name_is_full", Boolean, nullable=False),
    Column("return_date", String(10)),
    Column("confidence", Float, nullable=False),
    Column("record", Text, nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("pinned", Boolean, nullable=False, default=False),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
)

# Blocking keys: a mention is compared only with cases sharing one of its keys, found by index.
mention_keys = Table(
    "mention_keys",
    metadata,
    Column("key", Text, primary_key=True),
    Column("mention_id", String(40), ForeignKey("mentions.id"), primary_key=True),
    Column("case_id", String(40), nullable=False, index=True),
)
Index("ix_mention_keys_key", mention_keys.c.key)
# Re-keying or moving a mention looks its keys up by mention (schema version 2).
Index("ix_mention_keys_mention_id", mention_keys.c.mention_id)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", String(40), nullable=False, index=True),
    Column("reviewer", Text, nullable=False),
    Column("at", String(40), nullable=False),
    Column("action", String(32), nullable=False),
    Column("changes", Text, nullable=False),
    Column("note", Text),
)
