"""Spiders, one per discovery strategy; the site configs parametrise them (see loader.py)."""
