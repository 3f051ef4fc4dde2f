"""Online top-ups in the API: GraphQL operations and the banks' callback route."""
