"""What every domain stands on and the composition root assembles: the settings, with each
domain's section, and the services (policies and outbound adapters) built from them."""
