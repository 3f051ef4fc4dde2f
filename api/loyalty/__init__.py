"""The loyalty clubs' GraphQL API."""
