"""Refused prioritisation edits (scores, dots, themes) as clear, translated sentences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dxworkshop.services.errors import ServiceError, ValidationError
from dxworkshop.ui.messages import service_error_text


def prioritize_error_text(exc: ServiceError) -> str:
    """The codes of ``services.prioritize`` first; anything else as the shared messages say."""
    if isinstance(exc, ValidationError):
        texts = {
            ("vote", "no_votes_left"): QCoreApplication.translate(
                "PrioritizeMessages", "This person has used all their dots."
            ),
            ("vote", "issue_cap"): QCoreApplication.translate(
                "PrioritizeMessages", "This person has put the most dots allowed on this issue."
            ),
            ("vote", "gated_out"): QCoreApplication.translate(
                "PrioritizeMessages", "This issue fails a gate criterion and takes no dots."
            ),
            ("vote", "none_cast"): QCoreApplication.translate(
                "PrioritizeMessages", "This person has no dot on this issue."
            ),
            ("votes_per_person", "below_cast"): QCoreApplication.translate(
                "PrioritizeMessages",
                "Someone has already used more dots than that. Reset the round first.",
            ),
            ("max_per_issue", "below_cast"): QCoreApplication.translate(
                "PrioritizeMessages",
                "Someone has already put more dots than that on one issue. Reset the round first.",
            ),
            ("max_per_issue", "above_votes_per_person"): QCoreApplication.translate(
                "PrioritizeMessages",
                "The dots allowed on one issue cannot exceed the dots per person.",
            ),
            ("theme", "gated_out"): QCoreApplication.translate(
                "PrioritizeMessages", "This issue fails a gate criterion and cannot be a theme."
            ),
            ("theme", "not_trainee"): QCoreApplication.translate(
                "PrioritizeMessages", "Only trainees choose a theme."
            ),
            ("axes", "not_set"): QCoreApplication.translate(
                "PrioritizeMessages", "Choose the matrix axes in Programme settings first."
            ),
            ("score", "out_of_range"): QCoreApplication.translate(
                "PrioritizeMessages", "The score is outside the criterion's scale."
            ),
        }
        text = texts.get((exc.field, exc.code))
        if text is not None:
            return text
    return service_error_text(exc)
