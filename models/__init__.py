"""The domain: one package per domain, each with its tables and the operations that change them."""
