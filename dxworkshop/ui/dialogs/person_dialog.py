"""The form for adding or editing one person: name, reading, where they work, roles, supervisor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QCompleter, QDialog, QWidget

from dxworkshop.domain.enums import Role
from dxworkshop.services.errors import ServiceError, ValidationError
from dxworkshop.services.people import DepartmentRow, MunicipalityRow, PersonRow
from dxworkshop.ui.forms.ui_person_dialog import Ui_PersonDialog
from dxworkshop.ui.labels import role_label
from dxworkshop.ui.messages import service_error_text
from dxworkshop.ui.models.people_models import fold, kana_key


@dataclass(frozen=True)
class PersonValues:
    """Everything the form edits; ``kwargs()`` fits ``add_person`` and ``update_person``."""

    name: str
    kana: str = ""
    municipality_id: int | None = None
    department_id: int | None = None
    title: str = ""
    email: str = ""
    roles: frozenset[Role] = frozenset({Role.TRAINEE})
    supervisor_id: int | None = None

    @classmethod
    def of(cls, row: PersonRow) -> PersonValues:
        return cls(
            name=row.name,
            kana=row.kana,
            municipality_id=row.municipality_id,
            department_id=row.department_id,
            title=row.title,
            email=row.email,
            roles=row.roles,
            supervisor_id=row.supervisor_id,
        )

    def kwargs(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kana": self.kana,
            "municipality_id": self.municipality_id,
            "department_id": self.department_id,
            "title": self.title,
            "email": self.email,
            "roles": sorted(self.roles),
            "supervisor_id": self.supervisor_id,
        }


class PersonDialog(QDialog):
    """Edits *person* (or a new person when None); OK calls *save* with the values.

    *save* runs the change (through the undo stack) and raises ``ServiceError`` when the
    values are refused; the dialog then shows why in red and stays open with the input.
    """

    def __init__(
        self,
        *,
        municipalities: Sequence[MunicipalityRow],
        departments: Sequence[DepartmentRow],
        people: Sequence[PersonRow],
        save: Callable[[PersonValues], object],
        person: PersonRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._save = save
        self._departments = list(departments)
        self.person = person
        self.role_checks: dict[Role, QCheckBox] = {
            Role.TRAINEE: self.ui.traineeCheck,
            Role.SUPERVISOR: self.ui.supervisorCheck,
            Role.INSTRUCTOR: self.ui.instructorCheck,
            Role.DX_CONTACT: self.ui.dxContactCheck,
            Role.FACILITATOR: self.ui.facilitatorCheck,
        }
        for role, check in self.role_checks.items():
            check.setText(role_label(role))
        self.setWindowTitle(self.tr("Add Person") if person is None else self.tr("Edit Person"))
        self.ui.errorLabel.hide()
        self.ui.municipalityCombo.addItem(self.tr("(none)"), None)
        for muni in municipalities:
            self.ui.municipalityCombo.addItem(muni.name, muni.id)
        self._fill_supervisors(people)
        self._connect()
        self.set_values(PersonValues.of(person) if person is not None else PersonValues(name=""))
        self.ui.nameEdit.setFocus()

    def _connect(self) -> None:
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.municipalityCombo.currentIndexChanged.connect(self._fill_departments)

    def _fill_supervisors(self, people: Sequence[PersonRow]) -> None:
        combo = self.ui.supervisorCombo
        combo.addItem(self.tr("(none)"), None)
        own = self.person.id if self.person is not None else None
        # Supervisors first, then everyone else; each group in 五十音順.
        candidates = sorted(
            (p for p in people if p.id != own),
            key=lambda p: (Role.SUPERVISOR not in p.roles, kana_key(p.kana or p.name)),
        )
        for p in candidates:
            details = " ".join(x for x in (p.municipality_name, p.department_name, p.title) if x)
            combo.addItem(f"{p.name}（{details}）" if details else p.name, p.id)
        self._names = {p.id: p.name for p in candidates}
        completer = combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def _fill_departments(self) -> None:
        combo = self.ui.departmentCombo
        current = combo.currentData()
        municipality_id = self.ui.municipalityCombo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for dept in self._departments:
            if dept.municipality_id == municipality_id:
                combo.addItem(dept.name, dept.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.setEnabled(municipality_id is not None)
        combo.blockSignals(False)

    # -- values ---------------------------------------------------------------------------

    def set_values(self, values: PersonValues) -> None:
        self.ui.nameEdit.setText(values.name)
        self.ui.kanaEdit.setText(values.kana)
        self.ui.titleEdit.setText(values.title)
        self.ui.emailEdit.setText(values.email)
        muni = self.ui.municipalityCombo
        muni.setCurrentIndex(max(muni.findData(values.municipality_id), 0))
        self._fill_departments()
        dept = self.ui.departmentCombo
        dept.setCurrentIndex(max(dept.findData(values.department_id), 0))
        for role, check in self.role_checks.items():
            check.setChecked(role in values.roles)
        sup = self.ui.supervisorCombo
        sup.setCurrentIndex(max(sup.findData(values.supervisor_id), 0))

    def _supervisor_id(self) -> int | None:
        combo = self.ui.supervisorCombo
        text = combo.currentText().strip()
        if not text or text == combo.itemText(0):
            return None
        found = combo.findText(text, Qt.MatchFlag.MatchExactly)
        if found >= 0:
            data = combo.itemData(found)
            return None if data is None else int(data)
        # A name typed in full (without the details shown in the list) is enough.
        matches = [pid for pid, name in self._names.items() if fold(name) == fold(text)]
        if len(matches) == 1:
            return matches[0]
        raise ValidationError("supervisor", "unknown", "choose the supervisor from the list")

    def values(self) -> PersonValues:
        """The values as typed; raises ``ValidationError`` for a supervisor not in the list."""
        return PersonValues(
            name=self.ui.nameEdit.text(),
            kana=self.ui.kanaEdit.text(),
            municipality_id=self.ui.municipalityCombo.currentData(),
            department_id=self.ui.departmentCombo.currentData(),
            title=self.ui.titleEdit.text(),
            email=self.ui.emailEdit.text(),
            roles=frozenset(r for r, check in self.role_checks.items() if check.isChecked()),
            supervisor_id=self._supervisor_id(),
        )

    def show_error(self, text: str, field: str | None = None) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
        widget = {
            "name": self.ui.nameEdit,
            "kana": self.ui.kanaEdit,
            "department": self.ui.departmentCombo,
            "municipality": self.ui.municipalityCombo,
            "supervisor": self.ui.supervisorCombo,
            "roles": self.ui.traineeCheck,
            "title": self.ui.titleEdit,
            "email": self.ui.emailEdit,
        }.get(field or "")
        if widget is not None:
            widget.setFocus()

    def accept(self) -> None:
        try:
            values = self.values()
            self._save(values)
        except ValidationError as exc:
            if exc.code == "unknown" and exc.field == "supervisor":
                self.show_error(self.tr("Choose the supervisor from the list."), exc.field)
            else:
                self.show_error(service_error_text(exc), exc.field)
            return
        except ServiceError as exc:
            self.show_error(service_error_text(exc))
            return
        super().accept()
