# Two entry points: `make run` (main job on bundled sample data) and `make test`.
# Each creates the virtualenv on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
# The saved real pages (not part of the repository): the conformance test walks every folder of
# RETURNWATCH_REAL_PAGES; the quality test and the benchmark read the ccdi.gov.cn folder. Tests
# skip without them.
export RETURNWATCH_REAL_PAGES ?= $(abspath $(wildcard ../shared/real-pages))
export RETURNWATCH_CCDI_PAGES ?= $(abspath $(wildcard ../shared/real-pages/ccdi))
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck docs bench bench-extract bench-crawl bench-export bench-decoding bench-titles clean browser

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/returnwatch demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy extract output scrapers pipelines

# The review page's and the report's browser tests drive Debian's Chromium (never `playwright
# install`); the report's checks that Chinese names are drawn need a font with CJK coverage.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  else echo "no /usr/bin/chromium and not root: the browser test will be skipped"; fi; \
	fi
	@if [ -z "$$(fc-list :lang=zh 2>/dev/null)" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq fonts-noto-cjk; \
	  else echo "no CJK font and not root: the report's browser test will be skipped"; fi; \
	fi

# The documentation site (mkdocs.yml: strict, so a broken link or anchor fails) into site/,
# which git ignores. docs/commands.md and docs/settings.md are checked against the code by
# tests/test_readme.py (regenerate them with `$(BIN)/python docs/gen_reference.py`).
docs: $(STAMP)
	$(BIN)/mkdocs build --strict --quiet --site-dir site

test: lint typecheck docs browser
	$(BIN)/pytest -q

bench: bench-extract bench-crawl

bench-crawl: $(STAMP)
	$(BIN)/python bench/bench_crawl.py

bench-extract: $(STAMP)
	$(BIN)/python bench/bench_extract.py

# Every export format at 1,000, 10,000 and 100,000 cases: time and peak memory (the stores are
# built in a few minutes and kept in .bench-stores/ for the next run).
bench-export: $(STAMP)
	$(BIN)/python bench/bench_export.py --stores .bench-stores

# Which decoder gives the text a page holds (UnicodeDammit as documented, the crawl's).
bench-decoding: $(STAMP)
	$(BIN)/python bench/compare_decoding.py

# Pages the listing title filter skips and cases it loses, the old rule beside the new.
bench-titles: $(STAMP)
	$(BIN)/python bench/compare_title_filters.py

clean:
	rm -rf $(VENV) build site *.egg-info
