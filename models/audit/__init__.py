"""The audit log: who changed what, when, with which input, and how it ended. Append-only."""
