"""Identity's part of the schema: who am I, sign in and out."""
