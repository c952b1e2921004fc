"""vagigs's own Scrapy commands (``COMMANDS_MODULE``): ``crawl``, as Scrapy's, with the exit status of ``vagigs crawl``."""
