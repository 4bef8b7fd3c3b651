# Generated from forms/reports_page.ui by scripts/build_forms.py; do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListView, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1100, 720)
        self.outer = QVBoxLayout(ReportsPage)
        self.outer.setSpacing(12)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.outer.addWidget(self.titleLabel)

        self.introLabel = QLabel(ReportsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outer.addWidget(self.introLabel)

        self.body = QHBoxLayout()
        self.body.setSpacing(16)
        self.body.setObjectName(u"body")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(12)
        self.leftColumn.setObjectName(u"leftColumn")
        self.reportBox = QGroupBox(ReportsPage)
        self.reportBox.setObjectName(u"reportBox")
        self.reportGrid = QGridLayout(self.reportBox)
        self.reportGrid.setObjectName(u"reportGrid")
        self.reportGrid.setHorizontalSpacing(12)
        self.reportGrid.setVerticalSpacing(6)
        self.summaryRadio = QRadioButton(self.reportBox)
        self.summaryRadio.setObjectName(u"summaryRadio")
        self.summaryRadio.setChecked(True)

        self.reportGrid.addWidget(self.summaryRadio, 0, 0, 1, 1)

        self.summaryHint = QLabel(self.reportBox)
        self.summaryHint.setObjectName(u"summaryHint")
        self.summaryHint.setWordWrap(True)

        self.reportGrid.addWidget(self.summaryHint, 0, 1, 1, 1)

        self.municipalityRadio = QRadioButton(self.reportBox)
        self.municipalityRadio.setObjectName(u"municipalityRadio")

        self.reportGrid.addWidget(self.municipalityRadio, 1, 0, 1, 1)

        self.municipalityHint = QLabel(self.reportBox)
        self.municipalityHint.setObjectName(u"municipalityHint")
        self.municipalityHint.setWordWrap(True)

        self.reportGrid.addWidget(self.municipalityHint, 1, 1, 1, 1)

        self.programmeRadio = QRadioButton(self.reportBox)
        self.programmeRadio.setObjectName(u"programmeRadio")

        self.reportGrid.addWidget(self.programmeRadio, 2, 0, 1, 1)

        self.programmeHint = QLabel(self.reportBox)
        self.programmeHint.setObjectName(u"programmeHint")
        self.programmeHint.setWordWrap(True)

        self.reportGrid.addWidget(self.programmeHint, 2, 1, 1, 1)

        self.reportGrid.setColumnStretch(1, 1)

        self.leftColumn.addWidget(self.reportBox)

        self.scopeBox = QGroupBox(ReportsPage)
        self.scopeBox.setObjectName(u"scopeBox")
        self.scopeGrid = QGridLayout(self.scopeBox)
        self.scopeGrid.setObjectName(u"scopeGrid")
        self.scopeGrid.setHorizontalSpacing(12)
        self.scopeGrid.setVerticalSpacing(6)
        self.traineeScope = QRadioButton(self.scopeBox)
        self.traineeScope.setObjectName(u"traineeScope")

        self.scopeGrid.addWidget(self.traineeScope, 0, 0, 1, 1)

        self.traineeCombo = QComboBox(self.scopeBox)
        self.traineeCombo.setObjectName(u"traineeCombo")
        self.traineeCombo.setMinimumContentsLength(16)
        self.traineeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.scopeGrid.addWidget(self.traineeCombo, 0, 1, 1, 1)

        self.supervisorScope = QRadioButton(self.scopeBox)
        self.supervisorScope.setObjectName(u"supervisorScope")

        self.scopeGrid.addWidget(self.supervisorScope, 1, 0, 1, 1)

        self.supervisorCombo = QComboBox(self.scopeBox)
        self.supervisorCombo.setObjectName(u"supervisorCombo")
        self.supervisorCombo.setMinimumContentsLength(16)
        self.supervisorCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.scopeGrid.addWidget(self.supervisorCombo, 1, 1, 1, 1)

        self.municipalityScope = QRadioButton(self.scopeBox)
        self.municipalityScope.setObjectName(u"municipalityScope")

        self.scopeGrid.addWidget(self.municipalityScope, 2, 0, 1, 1)

        self.municipalityCombo = QComboBox(self.scopeBox)
        self.municipalityCombo.setObjectName(u"municipalityCombo")
        self.municipalityCombo.setMinimumContentsLength(16)
        self.municipalityCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.scopeGrid.addWidget(self.municipalityCombo, 2, 1, 1, 1)

        self.allScope = QRadioButton(self.scopeBox)
        self.allScope.setObjectName(u"allScope")
        self.allScope.setChecked(True)

        self.scopeGrid.addWidget(self.allScope, 3, 0, 1, 1)

        self.scopeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scopeGrid.addItem(self.scopeSpacer, 0, 2, 1, 1)

        self.scopeGrid.setColumnStretch(2, 1)

        self.leftColumn.addWidget(self.scopeBox)

        self.optionsBox = QGroupBox(ReportsPage)
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsForm = QFormLayout(self.optionsBox)
        self.optionsForm.setObjectName(u"optionsForm")
        self.optionsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.optionsForm.setHorizontalSpacing(12)
        self.optionsForm.setVerticalSpacing(6)
        self.fontLabel = QLabel(self.optionsBox)
        self.fontLabel.setObjectName(u"fontLabel")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fontLabel)

        self.fontCombo = QComboBox(self.optionsBox)
        self.fontCombo.setObjectName(u"fontCombo")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fontCombo)

        self.warekiCheck = QCheckBox(self.optionsBox)
        self.warekiCheck.setObjectName(u"warekiCheck")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.warekiCheck)

        self.pdfCheck = QCheckBox(self.optionsBox)
        self.pdfCheck.setObjectName(u"pdfCheck")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pdfCheck)

        self.pdfHint = QLabel(self.optionsBox)
        self.pdfHint.setObjectName(u"pdfHint")
        self.pdfHint.setText(u"\u2014")
        self.pdfHint.setStyleSheet(u"color: #6b7280;")

        self.optionsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pdfHint)


        self.leftColumn.addWidget(self.optionsBox)

        self.folderBox = QGroupBox(ReportsPage)
        self.folderBox.setObjectName(u"folderBox")
        self.folderRow = QHBoxLayout(self.folderBox)
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(self.folderBox)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.chooseFolderButton = QPushButton(self.folderBox)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.folderRow.addWidget(self.chooseFolderButton)


        self.leftColumn.addWidget(self.folderBox)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.body.addLayout(self.leftColumn)

        self.previewBox = QGroupBox(ReportsPage)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.countLabel = QLabel(self.previewBox)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"\u2014")
        self.countLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.countLabel)

        self.filesView = QListView(self.previewBox)
        self.filesView.setObjectName(u"filesView")
        self.filesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.filesView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.filesView.setAlternatingRowColors(True)
        self.filesView.setUniformItemSizes(True)

        self.previewLayout.addWidget(self.filesView)


        self.body.addWidget(self.previewBox)

        self.body.setStretch(0, 3)
        self.body.setStretch(1, 2)

        self.outer.addLayout(self.body)

        self.messageLabel = QLabel(ReportsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"\u2014")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outer.addWidget(self.messageLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setSpacing(8)
        self.actionRow.setObjectName(u"actionRow")
        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.openFolderButton = QPushButton(ReportsPage)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.actionRow.addWidget(self.openFolderButton)

        self.exportButton = QPushButton(ReportsPage)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setMinimumSize(QSize(120, 0))

        self.actionRow.addWidget(self.exportButton)


        self.outer.addLayout(self.actionRow)

#if QT_CONFIG(shortcut)
        self.fontLabel.setBuddy(self.fontCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsPage)

        self.exportButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Reports", None))
        self.introLabel.setText(QCoreApplication.translate("ReportsPage", u"Word documents for supervisors, municipalities and the prefecture. Choose what to write, for whom, and where; the documents are written in the background and you can cancel at any time.", None))
        self.reportBox.setTitle(QCoreApplication.translate("ReportsPage", u"Report", None))
        self.summaryRadio.setText(QCoreApplication.translate("ReportsPage", u"Supervisor summary", None))
        self.summaryHint.setText(QCoreApplication.translate("ReportsPage", u"One per trainee, for the supervisor: issues, payoff matrix, plan, feedback, practice.", None))
        self.municipalityRadio.setText(QCoreApplication.translate("ReportsPage", u"Municipality summary", None))
        self.municipalityHint.setText(QCoreApplication.translate("ReportsPage", u"One per municipality: pre-hearing, trainees, themes, plans and hours saved.", None))
        self.programmeRadio.setText(QCoreApplication.translate("ReportsPage", u"Programme report", None))
        self.programmeHint.setText(QCoreApplication.translate("ReportsPage", u"One for the prefecture: the whole programme, with charts and cases to spread.", None))
        self.scopeBox.setTitle(QCoreApplication.translate("ReportsPage", u"For", None))
        self.traineeScope.setText(QCoreApplication.translate("ReportsPage", u"One trainee", None))
        self.supervisorScope.setText(QCoreApplication.translate("ReportsPage", u"A supervisor's trainees", None))
        self.municipalityScope.setText(QCoreApplication.translate("ReportsPage", u"A municipality", None))
        self.allScope.setText(QCoreApplication.translate("ReportsPage", u"Everyone", None))
        self.optionsBox.setTitle(QCoreApplication.translate("ReportsPage", u"Options", None))
        self.fontLabel.setText(QCoreApplication.translate("ReportsPage", u"&Font:", None))
        self.warekiCheck.setText(QCoreApplication.translate("ReportsPage", u"Dates in the Japanese era (e.g. \u4ee4\u548c8\u5e749\u67081\u65e5)", None))
        self.pdfCheck.setText(QCoreApplication.translate("ReportsPage", u"Also save a PDF of each document", None))
        self.folderBox.setTitle(QCoreApplication.translate("ReportsPage", u"Save to", None))
        self.folderEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"Folder for the documents", None))
        self.chooseFolderButton.setText(QCoreApplication.translate("ReportsPage", u"&Choose\u2026", None))
        self.previewBox.setTitle(QCoreApplication.translate("ReportsPage", u"Documents", None))
        self.openFolderButton.setText(QCoreApplication.translate("ReportsPage", u"&Open Folder", None))
        self.exportButton.setText(QCoreApplication.translate("ReportsPage", u"&Export", None))
        pass
    # retranslateUi
