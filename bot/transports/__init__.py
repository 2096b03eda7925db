"""Transports that drive the core: console and VK."""
