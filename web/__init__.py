"""The vagigs web app (Flask): ``web.app.create_app``. Imports the store and light pipeline
helpers only, never Scrapy (tests/web/test_imports.py)."""
