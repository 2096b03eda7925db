"""Soglasovano: a chat assistant that agrees a school's event plan with its partners."""

__version__ = "0.1.0"
