"""The audit log's part of the schema: the extension that writes it and the query that reads it."""
