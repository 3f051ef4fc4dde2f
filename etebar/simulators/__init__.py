"""Local simulators of outside services (bank gateways, payouts), never mounted in production."""
