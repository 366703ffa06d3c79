"""scrapyd runner for returnwatch: runs a deployed egg from an unpacked copy.

scrapyd's own runner (``scrapyd.runner``) puts the uploaded egg, a zip file, on ``sys.path``
as it is. returnwatch reads data files beside its modules by path (site configs, extraction
lexicons), which a zip import cannot serve, so this runner unpacks the egg into a temporary
directory for the job and removes it afterwards; everything else is scrapyd's runner. Enable it
in scrapyd.conf with ``runner = scrapers.scrapyd_runner`` (returnwatch must be installed in
scrapyd's environment anyway, for its dependencies).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def project_environment(project: str) -> Iterator[None]:
    """Activate the project's egg (the version in SCRAPYD_EGG_VERSION, else the latest)."""
    from scrapyd import Config
    from scrapyd.runner import activate_egg
    from scrapyd.utils import initialize_component

    eggstorage = initialize_component(
        Config(), "eggstorage", "scrapyd.eggstorage.FilesystemEggStorage"
    )
    _version, egg = eggstorage.get(project, os.environ.get("SCRAPYD_EGG_VERSION"))
    if egg is None:  # scrapyd started inside a project checkout: nothing to unpack
        yield
        return
    unpacked = tempfile.mkdtemp(prefix=f"{project}-egg-")
    try:
        with egg, zipfile.ZipFile(egg) as archive:
            archive.extractall(os.path.join(unpacked, f"{project}.egg"))
        activate_egg(os.path.join(unpacked, f"{project}.egg"))
        yield
    finally:
        shutil.rmtree(unpacked, ignore_errors=True)


def main() -> None:
    with project_environment(os.environ["SCRAPY_PROJECT"]):
        from scrapy.cmdline import execute

        execute()


if __name__ == "__main__":
    main()
