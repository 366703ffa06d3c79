"""What the extraction workers' fork server does before it forks any worker: warm up.

multiprocessing's fork server imports the modules of its preload list once, then forks every
worker from itself; ``pipelines.stage`` puts this module in that list, and nothing else imports
it. Here the server first watches the process that started it (the crawl), as every worker
does, so a server still warming up dies with a killed crawl at once; then it extracts one
Chinese and one English report and throws the records away. That loads jieba's, pypinyin's and
OpenCC's dictionaries and compiles the lexicons' patterns (about 1.3 s of CPU) once per run:
each worker forked afterwards starts warm within milliseconds and shares them copy-on-write.
The one worker of a two-core machine would otherwise spend that second before its first batch,
and a worker added when the crawl stops fetching (``ExtractionStage.drain``) would spend it
again on a backlog that lasts about as long.
"""

from __future__ import annotations

import gc
import logging
import os

from pipelines import deathwatch

deathwatch.start(os.getppid())

# After the watch: importing the extraction takes 0.3 s of CPU, the worker's own modules (the
# store: SQLAlchemy, its SQLite dialect) another 0.3 s, which every worker would otherwise
# spend again when it unpickles its first batch's function.
import output.store.sqlite_backend  # noqa: E402, F401
import pipelines.stage  # noqa: E402, F401
from extract.api import extract_cases  # noqa: E402
from extract.document import Document  # noqa: E402

logger = logging.getLogger(__name__)

# Made-up reports in the announcements' style. The English one has enough running words for
# the cheap language check: a short one would load langdetect, which real crawls rarely need.
WARM_UP = (
    Document(
        id="warm-up-zh",
        text="在中央追逃办统筹协调下，外逃3年的职务犯罪嫌疑人王建国于2024年5月1日从美国回国投案。\n"
        "王建国，男，1960年1月出生，原某市某局副局长，涉嫌受贿犯罪，2021年3月外逃。",
        published="2024-05-02",
    ),
    Document(
        id="warm-up-en",
        text="Wang Jianguo, a former official of a city bureau in the east of the country who "
        "was suspected of taking bribes and who fled in 2021, returned to China from the "
        "United States on May 1 and turned himself in, the anti-graft body said on its website "
        "on Thursday. He was on the Interpol red notice list of the 100 most wanted.",
        published="2024-05-02",
    ),
)


def warm_up() -> None:
    """Extract the warm-up reports. An extraction that fails here fails in the first batch too,
    where it is reported with the document's address; the server only notes it."""
    for document in WARM_UP:
        try:
            extract_cases(document)
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            logger.debug("extraction warm-up failed: %s: %s", type(exc).__name__, exc)


warm_up()
gc.freeze()  # what is loaded now stays out of the workers' collections (no copy-on-write)
