"""Customer activity and the monthly bonus of promotional credit."""
