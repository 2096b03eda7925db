"""The storage layer: the only place with SQL."""
