# Generated from forms/feedback_form_dialog.ui by scripts/build_forms.py; do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_FeedbackFormDialog(object):
    def setupUi(self, FeedbackFormDialog):
        if not FeedbackFormDialog.objectName():
            FeedbackFormDialog.setObjectName(u"FeedbackFormDialog")
        self.dialogLayout = QVBoxLayout(FeedbackFormDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 16, 16, 16)
        self.summaryLabel = QLabel(FeedbackFormDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"\u2014")
        self.summaryLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.changesView = QTableView(FeedbackFormDialog)
        self.changesView.setObjectName(u"changesView")
        self.changesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changesView.setAlternatingRowColors(True)
        self.changesView.setWordWrap(False)
        self.changesView.horizontalHeader().setStretchLastSection(True)
        self.changesView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.changesView)

        self.warningsLabel = QLabel(FeedbackFormDialog)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setText(u"\u2014")
        self.warningsLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.warningsLabel.sizePolicy().hasHeightForWidth())
        self.warningsLabel.setSizePolicy(sizePolicy)

        self.dialogLayout.addWidget(self.warningsLabel)

        self.buttons = QDialogButtonBox(FeedbackFormDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(FeedbackFormDialog)
    # setupUi

    def retranslateUi(self, FeedbackFormDialog):
        FeedbackFormDialog.setWindowTitle(QCoreApplication.translate("FeedbackFormDialog", u"Import Returned Feedback Form", None))
    # retranslateUi
