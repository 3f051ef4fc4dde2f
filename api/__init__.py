"""The GraphQL API: one Strawberry schema composed from per-domain modules."""
