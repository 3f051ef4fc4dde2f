"""GraphQL of cash-outs: customers' bank accounts, cash-out requests, approvals and payout batches."""
