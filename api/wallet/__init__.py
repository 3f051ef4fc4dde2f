"""The wallet's GraphQL: wallets, lots and movements, activity, and granting promotional credit."""
