"""Etebar's composition root: settings, database start-up, the ASGI app and the command line."""
