"""Background work: the broker, the actors (thin calls into `models/`), the scheduler, and how
they run, embedded in `etebar serve` or as `etebar worker` and `etebar scheduler` processes."""
