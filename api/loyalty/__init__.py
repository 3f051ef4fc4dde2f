"""The loyalty clubs' GraphQL parts."""
