"""Choose a group size and preview how the trainees would be dealt into mixed groups."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dxworkshop.domain.grouping import can_fully_mix, mix_groups, most_from_one_municipality
from dxworkshop.services.errors import ServiceError
from dxworkshop.services.people import PersonRow
from dxworkshop.ui.forms.ui_automix_dialog import Ui_AutoMixDialog
from dxworkshop.ui.messages import service_error_text


class AutoMixDialog(QDialog):
    """OK calls *run* with the chosen size; a refused run is shown in red, the dialog stays.

    The preview uses the same domain rule as the service, so what is shown is what is made.
    """

    def __init__(
        self,
        trainees: Sequence[PersonRow],
        current_groups: int,
        run: Callable[[int], object],
        size: int = 5,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AutoMixDialog()
        self.ui.setupUi(self)
        self._trainees = list(trainees)
        self._run = run
        self._current_groups = current_groups
        self.ui.errorLabel.hide()
        self.ui.sizeSpin.setValue(size)
        self._connect()
        self.update_preview()

    def _connect(self) -> None:
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.sizeSpin.valueChanged.connect(self.update_preview)

    @property
    def group_size(self) -> int:
        return self.ui.sizeSpin.value()

    def update_preview(self) -> None:
        size = self.group_size
        trainees = self._trainees
        plan = mix_groups([(p.id, p.municipality_id) for p in trainees], size)
        by_id = {p.id: p for p in trainees}
        sizes = Counter(len(g) for g in plan)
        parts = [
            self.tr("{size} people × {count}").format(size=members, count=count)
            for members, count in sorted(sizes.items(), reverse=True)
        ]
        self.ui.summaryLabel.setText(
            self.tr("Trainees: {trainees} → groups: {groups} ({sizes})").format(
                trainees=len(trainees), groups=len(plan), sizes=", ".join(parts) or "—"
            )
        )
        ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(bool(trainees))
        if not trainees:
            self.ui.mixLabel.setText(self.tr("There are no trainees to group yet."))
            self.ui.mixLabel.setStyleSheet("")
        elif can_fully_mix([(p.id, p.municipality_id) for p in trainees], size):
            self.ui.mixLabel.setText(
                self.tr("Every group has at most one trainee from each municipality.")
            )
            self.ui.mixLabel.setStyleSheet("color: #15803d;")
        else:
            worst = most_from_one_municipality(plan, {p.id: p.municipality_id for p in trainees})
            largest = Counter(p.municipality_name for p in trainees if p.municipality_id)
            name, _n = largest.most_common(1)[0]
            self.ui.mixLabel.setText(
                self.tr(
                    "{municipality} has more trainees than there are groups, so some groups "
                    "have up to {count} trainees of one municipality. A smaller group size "
                    "mixes more."
                ).format(municipality=name, count=worst)
            )
            self.ui.mixLabel.setStyleSheet("color: #b45309;")
        self.ui.previewList.clear()
        for number, group in enumerate(plan, start=1):
            members = "、".join(
                f"{by_id[pid].name}（{by_id[pid].municipality_name or '—'}）" for pid in group
            )
            self.ui.previewList.addItem(f"{number}.　{members}")
        if self._current_groups:
            note = self.tr(
                "The current groups ({count}) are reused in order and their members "
                "replaced. Undo puts everything back."
            ).format(count=self._current_groups)
        else:
            note = self.tr("New groups are created. Undo removes them again.")
        self.ui.replaceNote.setText(note)

    def accept(self) -> None:
        try:
            self._run(self.group_size)
        except ServiceError as exc:
            self.ui.errorLabel.setText(service_error_text(exc))
            self.ui.errorLabel.show()
            return
        super().accept()
