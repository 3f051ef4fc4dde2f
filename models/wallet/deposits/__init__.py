"""Offline top-ups: bank deposits a customer declares and back-office staff approve."""
