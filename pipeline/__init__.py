"""FOI extraction pipeline: Freedom of Information responses in, tidy traceable tables out."""

__version__ = "0.1.0"
