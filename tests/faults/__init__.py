"""Fault injection: the real bot process killed and restarted against the local VK server."""
