"""The app's dialogs: each a window of its own over the main window (the page they
serve opens them)."""
