"""Messages to people: the SMS interface the domain sends through, and its adapters."""
