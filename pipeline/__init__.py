"""Curation stages, in the order data flows through them:

normalize → dedupe → language → legitimacy → tags → store.

Each stage module holds plain functions over ``PostingItem`` (or plain text) with
their own tests; ``pipeline.scrapy_pipelines`` wires them into Scrapy as item
pipelines. A stage never reaches into another's internals.
"""
