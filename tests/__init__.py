"""Etebar's tests: a package, so that tests/api does not shadow the api package."""
