"""Billing's part of the schema: products, orders and paying them from the wallet."""
