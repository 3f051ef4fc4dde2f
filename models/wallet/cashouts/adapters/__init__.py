"""Payout adapters that reach a bank over the network."""
