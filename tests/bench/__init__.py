"""Benchmarks: run on demand (`python -m tests.bench.ledger`), never collected by pytest."""
