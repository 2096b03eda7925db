"""Exports and imports of the plan: xlsx, ics, a printable week (pdf), xlsx/csv import.

Pure functions over domain objects; no storage and no transport here.
"""
