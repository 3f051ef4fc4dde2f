"""Online top-ups through the bank gateways (Saman SEP, Mellat Behpardakht)."""
