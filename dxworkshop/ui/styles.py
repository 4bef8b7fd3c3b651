"""The few style sheets pages share: the message strip under a page's title (an error, or
news such as "exported") and the grey hint beside a field. One home, so every page's
message looks the same."""

from __future__ import annotations

#: A refused edit or a problem, in the page's message strip.
ERROR_STYLE = (
    "QLabel#messageLabel { background: #fef2f2; color: #991b1b; border: 1px solid #fecaca;"
    " border-radius: 6px; padding: 6px 10px; }"
)
#: Good news in the page's message strip (a file written, an import done).
INFO_STYLE = (
    "QLabel#messageLabel { background: #ecfdf5; color: #065f46; border: 1px solid #a7f3d0;"
    " border-radius: 6px; padding: 6px 10px; }"
)
#: A hint or subtitle: the palette's placeholder colour, so it follows a dark theme too.
HINT_STYLE = "color: palette(placeholder-text);"
