"""The on-screen charts, painted by Qt: ``base`` (what they share), ``dashboard`` (the
home page's three), ``hearing`` (the hearing comparison)."""
