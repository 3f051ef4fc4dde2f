"""The ledger's part of the schema."""
