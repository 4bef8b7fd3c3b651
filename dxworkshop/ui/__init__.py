"""The PySide6 user interface: application, windows, pages, item models, boards, dialogs."""
