"""Who may act and on what: staff, partners and their keys, customers, access rules and reach."""
