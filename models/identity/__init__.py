"""Who may act: staff users and their API tokens."""
