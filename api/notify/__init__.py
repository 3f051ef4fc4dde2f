"""GraphQL of notifications: the emails sent to customers and what the SMTP catcher received."""
