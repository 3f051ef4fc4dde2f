"""The actors, one module per domain. Each domain's manifest names its actor modules; the
composition root imports them (`etebar.domains.compose.declare_actors`) before it builds a
broker, which then binds every actor declared."""
