"""Customer wallets: credit held in lots, each lot a ledger account."""
