"""One spider per source; each is named after its entry in ``crawlers.sources``."""
