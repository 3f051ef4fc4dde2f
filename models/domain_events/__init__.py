"""Typed domain events: how one domain tells the others what happened, through an outbox written
in the changing transaction (see `outbox`). A kernel under every domain: it imports none."""
