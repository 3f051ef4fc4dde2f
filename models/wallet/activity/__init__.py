"""Customer activity (figures.py), the monthly bonus of promotional credit (bonus.py) and their
policies from settings (policy.py)."""
