"""Cash-out of paid credit to a customer's verified bank account, through a payout adapter."""
