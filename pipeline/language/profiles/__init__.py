"""Data: langdetect-format n-gram profiles built by ``pipeline.language.build_profiles`` (a package so wheels ship them)."""
