# Generated from forms/new_programme_wizard.ui by scripts/build_forms.py; do not edit.
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_NewProgrammeWizard(object):
    def setupUi(self, NewProgrammeWizard):
        if not NewProgrammeWizard.objectName():
            NewProgrammeWizard.setObjectName(u"NewProgrammeWizard")
        NewProgrammeWizard.resize(640, 460)
        NewProgrammeWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        NewProgrammeWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.detailsPage = QWizardPage()
        self.detailsPage.setObjectName(u"detailsPage")
        self.detailsForm = QFormLayout(self.detailsPage)
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(self.detailsPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.detailsPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.yearLabel = QLabel(self.detailsPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(self.detailsPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1989)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.organiserLabel = QLabel(self.detailsPage)
        self.organiserLabel.setObjectName(u"organiserLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organiserLabel)

        self.organiserEdit = QLineEdit(self.detailsPage)
        self.organiserEdit.setObjectName(u"organiserEdit")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organiserEdit)

        self.prefectureLabel = QLabel(self.detailsPage)
        self.prefectureLabel.setObjectName(u"prefectureLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.prefectureLabel)

        self.prefectureCombo = QComboBox(self.detailsPage)
        self.prefectureCombo.setObjectName(u"prefectureCombo")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.prefectureCombo)

        self.startLabel = QLabel(self.detailsPage)
        self.startLabel.setObjectName(u"startLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDate = QDateEdit(self.detailsPage)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)
        self.startDate.setDisplayFormat(u"yyyy/MM/dd")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startDate)

        self.scheduleHint = QLabel(self.detailsPage)
        self.scheduleHint.setObjectName(u"scheduleHint")
        self.scheduleHint.setWordWrap(True)
        self.scheduleHint.setText(u"")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.scheduleHint)

        NewProgrammeWizard.addPage(self.detailsPage)
        self.filePage = QWizardPage()
        self.filePage.setObjectName(u"filePage")
        self.fileLayout = QVBoxLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.filePage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.fileLayout.addLayout(self.fileRow)

        self.errorLabel = QLabel(self.filePage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.fileLayout.addWidget(self.errorLabel)

        self.fileSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileLayout.addItem(self.fileSpacer)

        NewProgrammeWizard.addPage(self.filePage)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.organiserLabel.setBuddy(self.organiserEdit)
        self.prefectureLabel.setBuddy(self.prefectureCombo)
        self.startLabel.setBuddy(self.startDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewProgrammeWizard)
    # setupUi

    def retranslateUi(self, NewProgrammeWizard):
        NewProgrammeWizard.setWindowTitle(QCoreApplication.translate("NewProgrammeWizard", u"New Programme", None))
        self.detailsPage.setTitle(QCoreApplication.translate("NewProgrammeWizard", u"The programme", None))
        self.detailsPage.setSubTitle(QCoreApplication.translate("NewProgrammeWizard", u"Name the training programme. The schedule, evaluation criteria, rubric and hearing questions are prepared from the standard two-month template; you can change them later.", None))
        self.nameLabel.setText(QCoreApplication.translate("NewProgrammeWizard", u"Programme &name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("NewProgrammeWizard", u"e.g. Business improvement and DX training for municipal staff", None))
        self.yearLabel.setText(QCoreApplication.translate("NewProgrammeWizard", u"&Fiscal year:", None))
        self.organiserLabel.setText(QCoreApplication.translate("NewProgrammeWizard", u"&Organiser:", None))
        self.organiserEdit.setPlaceholderText(QCoreApplication.translate("NewProgrammeWizard", u"e.g. the prefecture", None))
        self.prefectureLabel.setText(QCoreApplication.translate("NewProgrammeWizard", u"&Prefecture:", None))
#if QT_CONFIG(tooltip)
        self.prefectureCombo.setToolTip(QCoreApplication.translate("NewProgrammeWizard", u"The prefecture the programme belongs to: rosters and the Participants page then take its municipalities by name alone", None))
#endif // QT_CONFIG(tooltip)
        self.startLabel.setText(QCoreApplication.translate("NewProgrammeWizard", u"&Start date:", None))
        self.filePage.setTitle(QCoreApplication.translate("NewProgrammeWizard", u"Where to keep it", None))
        self.filePage.setSubTitle(QCoreApplication.translate("NewProgrammeWizard", u"The whole programme lives in this one file. It contains personal data: keep it on your own computer, not on a shared drive.", None))
        self.browseButton.setText(QCoreApplication.translate("NewProgrammeWizard", u"&Browse\u2026", None))
    # retranslateUi
