"""The Scrapy project: spiders, the posting item, settings, middlewares and the source registry."""
