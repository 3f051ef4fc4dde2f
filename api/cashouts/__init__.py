"""GraphQL of cash-outs: bank accounts, cash-out requests, approvals and payout batches."""
