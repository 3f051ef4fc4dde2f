"""Local simulators of outside services (bank gateways, bank payouts), mounted only outside production."""
