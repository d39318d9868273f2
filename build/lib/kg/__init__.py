"""kg: knowledge graphs from Vietnamese news."""

__version__ = "0.1.0"
