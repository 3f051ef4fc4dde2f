"""The double-entry ledger: accounts, immutable transfers, two-phase holds and the outbox."""
