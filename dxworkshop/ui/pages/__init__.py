"""The pages of the main window, one per navigator entry."""
