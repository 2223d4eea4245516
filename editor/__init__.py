"""ted: a terminal text editor that keeps every byte of the files it opens."""

__version__ = "0.1.0"
