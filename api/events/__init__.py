"""GraphQL for events: the `balanceChanged` subscription and partners' webhooks."""
