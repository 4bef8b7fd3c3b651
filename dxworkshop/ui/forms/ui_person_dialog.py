# Generated from forms/person_dialog.ui by scripts/build_forms.py; do not edit.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(520, 360)
        self.outer = QVBoxLayout(PersonDialog)
        self.outer.setSpacing(10)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kanaLabel = QLabel(PersonDialog)
        self.kanaLabel.setObjectName(u"kanaLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kanaLabel)

        self.kanaEdit = QLineEdit(PersonDialog)
        self.kanaEdit.setObjectName(u"kanaEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kanaEdit)

        self.municipalityLabel = QLabel(PersonDialog)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipalityCombo = QComboBox(PersonDialog)
        self.municipalityCombo.setObjectName(u"municipalityCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.municipalityCombo)

        self.departmentLabel = QLabel(PersonDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(PersonDialog)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.titleLabel = QLabel(PersonDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(PersonDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.emailLabel = QLabel(PersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PersonDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.rolesLabel = QLabel(PersonDialog)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.rolesLabel)

        self.rolesGrid = QGridLayout()
        self.rolesGrid.setObjectName(u"rolesGrid")
        self.rolesGrid.setHorizontalSpacing(16)
        self.traineeCheck = QCheckBox(PersonDialog)
        self.traineeCheck.setObjectName(u"traineeCheck")
        self.traineeCheck.setText(u"trainee")

        self.rolesGrid.addWidget(self.traineeCheck, 0, 0, 1, 1)

        self.supervisorCheck = QCheckBox(PersonDialog)
        self.supervisorCheck.setObjectName(u"supervisorCheck")
        self.supervisorCheck.setText(u"supervisor")

        self.rolesGrid.addWidget(self.supervisorCheck, 0, 1, 1, 1)

        self.instructorCheck = QCheckBox(PersonDialog)
        self.instructorCheck.setObjectName(u"instructorCheck")
        self.instructorCheck.setText(u"instructor")

        self.rolesGrid.addWidget(self.instructorCheck, 0, 2, 1, 1)

        self.dxContactCheck = QCheckBox(PersonDialog)
        self.dxContactCheck.setObjectName(u"dxContactCheck")
        self.dxContactCheck.setText(u"dx_contact")

        self.rolesGrid.addWidget(self.dxContactCheck, 1, 0, 1, 1)

        self.facilitatorCheck = QCheckBox(PersonDialog)
        self.facilitatorCheck.setObjectName(u"facilitatorCheck")
        self.facilitatorCheck.setText(u"facilitator")

        self.rolesGrid.addWidget(self.facilitatorCheck, 1, 1, 1, 1)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.rolesGrid)

        self.supervisorLabel = QLabel(PersonDialog)
        self.supervisorLabel.setObjectName(u"supervisorLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.supervisorLabel)

        self.supervisorCombo = QComboBox(PersonDialog)
        self.supervisorCombo.setObjectName(u"supervisorCombo")
        self.supervisorCombo.setEditable(True)
        self.supervisorCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.supervisorCombo)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(PersonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")
        self.errorLabel.setStyleSheet(u"color: #b91c1c;")

        self.outer.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.spacer)

        self.buttons = QDialogButtonBox(PersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kanaLabel.setBuddy(self.kanaEdit)
        self.municipalityLabel.setBuddy(self.municipalityCombo)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.supervisorLabel.setBuddy(self.supervisorCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kanaEdit)
        QWidget.setTabOrder(self.kanaEdit, self.municipalityCombo)
        QWidget.setTabOrder(self.municipalityCombo, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.traineeCheck)
        QWidget.setTabOrder(self.traineeCheck, self.supervisorCheck)
        QWidget.setTabOrder(self.supervisorCheck, self.instructorCheck)
        QWidget.setTabOrder(self.instructorCheck, self.dxContactCheck)
        QWidget.setTabOrder(self.dxContactCheck, self.facilitatorCheck)
        QWidget.setTabOrder(self.facilitatorCheck, self.supervisorCombo)

        self.retranslateUi(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. \u5c71\u7530 \u592a\u90ce", None))
        self.kanaLabel.setText(QCoreApplication.translate("PersonDialog", u"&Reading:", None))
        self.kanaEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. \u3084\u307e\u3060 \u305f\u308d\u3046 (used for \u4e94\u5341\u97f3\u9806)", None))
        self.municipalityLabel.setText(QCoreApplication.translate("PersonDialog", u"&Municipality:", None))
        self.departmentLabel.setText(QCoreApplication.translate("PersonDialog", u"&Department:", None))
        self.titleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. \u4e3b\u4efb", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"&Email:", None))
        self.rolesLabel.setText(QCoreApplication.translate("PersonDialog", u"Roles:", None))
        self.supervisorLabel.setText(QCoreApplication.translate("PersonDialog", u"&Supervisor:", None))
#if QT_CONFIG(tooltip)
        self.supervisorCombo.setToolTip(QCoreApplication.translate("PersonDialog", u"The trainee's supervisor (\u4e0a\u53f8), who gives feedback on the plan. Type to search.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
