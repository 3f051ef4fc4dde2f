"""Products, orders and their payments from the wallet: pay, renew, refund."""
