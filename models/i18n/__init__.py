"""Translation and formatting for every domain and the admin: gettext catalogues read from each
domain's `locale/` folder, and the one formatting module (rials and tomans, Jalali dates, Persian
digits, bidi isolation). Pure functions and no tables: the one part of `models/` that
`admin_ui/` may import (the layer contract names this exception)."""
