# Generated from forms/roster_import_dialog.ui by scripts/build_forms.py; do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_RosterImportDialog(object):
    def setupUi(self, RosterImportDialog):
        if not RosterImportDialog.objectName():
            RosterImportDialog.setObjectName(u"RosterImportDialog")
        RosterImportDialog.resize(1200, 760)
        RosterImportDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(RosterImportDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 16, 16, 16)
        self.introLabel = QLabel(RosterImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fileGrid = QGridLayout()
        self.fileGrid.setObjectName(u"fileGrid")
        self.fileGrid.setHorizontalSpacing(8)
        self.fileGrid.setVerticalSpacing(8)
        self.fileLabel = QLabel(RosterImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileGrid.addWidget(self.fileLabel, 0, 0, 1, 1)

        self.fileEdit = QLineEdit(RosterImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setClearButtonEnabled(True)

        self.fileGrid.addWidget(self.fileEdit, 0, 1, 1, 1)

        self.browseButton = QPushButton(RosterImportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileGrid.addWidget(self.browseButton, 0, 2, 1, 1)

        self.sheetLabel = QLabel(RosterImportDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileGrid.addWidget(self.sheetLabel, 1, 0, 1, 1)

        self.sheetRow = QHBoxLayout()
        self.sheetRow.setObjectName(u"sheetRow")
        self.sheetCombo = QComboBox(RosterImportDialog)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setMinimumSize(QSize(240, 0))
        self.sheetCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.sheetRow.addWidget(self.sheetCombo)

        self.headerRowLabel = QLabel(RosterImportDialog)
        self.headerRowLabel.setObjectName(u"headerRowLabel")
        self.headerRowLabel.setText(u"")
        self.headerRowLabel.setStyleSheet(u"color: #6b7280;")

        self.sheetRow.addWidget(self.headerRowLabel)

        self.sheetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetRow.addItem(self.sheetSpacer)


        self.fileGrid.addLayout(self.sheetRow, 1, 1, 1, 1)


        self.dialogLayout.addLayout(self.fileGrid)

        self.errorLabel = QLabel(RosterImportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errorLabel.setStyleSheet(u"color: #b91c1c; background: #fdecec; border: 1px solid #f5c2c2; border-radius: 4px; padding: 6px 8px;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.splitter = QSplitter(RosterImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.columnsBox = QGroupBox(self.splitter)
        self.columnsBox.setObjectName(u"columnsBox")
        self.columnsLayout = QVBoxLayout(self.columnsBox)
        self.columnsLayout.setSpacing(6)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsHint = QLabel(self.columnsBox)
        self.columnsHint.setObjectName(u"columnsHint")
        self.columnsHint.setWordWrap(True)
        self.columnsHint.setStyleSheet(u"color: #6b7280;")

        self.columnsLayout.addWidget(self.columnsHint)

        self.columnsView = QTableView(self.columnsBox)
        self.columnsView.setObjectName(u"columnsView")
        self.columnsView.setMinimumSize(QSize(420, 0))
        self.columnsView.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.columnsView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columnsView.setWordWrap(False)
        self.columnsView.verticalHeader().setVisible(False)

        self.columnsLayout.addWidget(self.columnsView)

        self.splitter.addWidget(self.columnsBox)
        self.previewBox = QGroupBox(self.splitter)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setSpacing(6)
        self.previewLayout.setObjectName(u"previewLayout")
        self.summaryRow = QHBoxLayout()
        self.summaryRow.setObjectName(u"summaryRow")
        self.summaryLabel = QLabel(self.previewBox)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)

        self.summaryRow.addWidget(self.summaryLabel)

        self.showLabel = QLabel(self.previewBox)
        self.showLabel.setObjectName(u"showLabel")

        self.summaryRow.addWidget(self.showLabel)

        self.showCombo = QComboBox(self.previewBox)
        self.showCombo.setObjectName(u"showCombo")
        self.showCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.summaryRow.addWidget(self.showCombo)


        self.previewLayout.addLayout(self.summaryRow)

        self.previewView = QTableView(self.previewBox)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.previewView.setAlternatingRowColors(True)
        self.previewView.setWordWrap(False)
        self.previewView.horizontalHeader().setStretchLastSection(True)
        self.previewView.verticalHeader().setVisible(False)

        self.previewLayout.addWidget(self.previewView)

        self.extraLabel = QLabel(self.previewBox)
        self.extraLabel.setObjectName(u"extraLabel")
        self.extraLabel.setText(u"")
        self.extraLabel.setWordWrap(True)
        self.extraLabel.setStyleSheet(u"color: #6b7280;")

        self.previewLayout.addWidget(self.extraLabel)

        self.splitter.addWidget(self.previewBox)

        self.dialogLayout.addWidget(self.splitter)

        self.warningsBox = QGroupBox(RosterImportDialog)
        self.warningsBox.setObjectName(u"warningsBox")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.warningsBox.sizePolicy().hasHeightForWidth())
        self.warningsBox.setSizePolicy(sizePolicy1)
        self.warningsLayout = QVBoxLayout(self.warningsBox)
        self.warningsLayout.setObjectName(u"warningsLayout")
        self.warningsList = QListWidget(self.warningsBox)
        self.warningsList.setObjectName(u"warningsList")
        self.warningsList.setMaximumSize(QSize(16777215, 84))
        self.warningsList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.warningsList.setWordWrap(True)
        self.warningsList.setStyleSheet(u"color: #92400e;")

        self.warningsLayout.addWidget(self.warningsList)


        self.dialogLayout.addWidget(self.warningsBox)

        self.buttons = QDialogButtonBox(RosterImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

        self.dialogLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.showLabel.setBuddy(self.showCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.sheetCombo)
        QWidget.setTabOrder(self.sheetCombo, self.columnsView)
        QWidget.setTabOrder(self.columnsView, self.showCombo)
        QWidget.setTabOrder(self.showCombo, self.previewView)

        self.retranslateUi(RosterImportDialog)
    # setupUi

    def retranslateUi(self, RosterImportDialog):
        RosterImportDialog.setWindowTitle(QCoreApplication.translate("RosterImportDialog", u"Import Roster", None))
        self.introLabel.setText(QCoreApplication.translate("RosterImportDialog", u"Import the people of an Excel (.xlsx) or CSV list. Check what each column holds and look at the preview: nothing changes until you press Import.", None))
        self.fileLabel.setText(QCoreApplication.translate("RosterImportDialog", u"&File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("RosterImportDialog", u"Choose an Excel (.xlsx) or CSV file", None))
        self.browseButton.setText(QCoreApplication.translate("RosterImportDialog", u"&Browse\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("RosterImportDialog", u"&Sheet:", None))
        self.columnsBox.setTitle(QCoreApplication.translate("RosterImportDialog", u"Columns", None))
        self.columnsHint.setText(QCoreApplication.translate("RosterImportDialog", u"If a column was not recognised, choose what it holds.", None))
        self.previewBox.setTitle(QCoreApplication.translate("RosterImportDialog", u"Preview", None))
        self.showLabel.setText(QCoreApplication.translate("RosterImportDialog", u"S&how:", None))
        self.warningsBox.setTitle(QCoreApplication.translate("RosterImportDialog", u"Warnings", None))
    # retranslateUi
