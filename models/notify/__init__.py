"""Messages to people: SMS and email, the interfaces the domain sends through, their adapters."""
