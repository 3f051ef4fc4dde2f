"""Events: the ledger's outbox (`ledger_account_event`) relayed to a bus, streamed to subscribers
and delivered to partners' webhooks; and the typed domain events by which domains tell each
other what happened (`domain`)."""
