# Generated from forms/automix_dialog.ui by scripts/build_forms.py; do not edit.
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
    QDialogButtonBox, QFormLayout, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_AutoMixDialog(object):
    def setupUi(self, AutoMixDialog):
        if not AutoMixDialog.objectName():
            AutoMixDialog.setObjectName(u"AutoMixDialog")
        AutoMixDialog.resize(560, 460)
        self.outer = QVBoxLayout(AutoMixDialog)
        self.outer.setSpacing(10)
        self.outer.setObjectName(u"outer")
        self.explanation = QLabel(AutoMixDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.outer.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.sizeLabel = QLabel(AutoMixDialog)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sizeLabel)

        self.sizeSpin = QSpinBox(AutoMixDialog)
        self.sizeSpin.setObjectName(u"sizeSpin")
        self.sizeSpin.setMinimum(2)
        self.sizeSpin.setMaximum(30)
        self.sizeSpin.setValue(5)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sizeSpin)


        self.outer.addLayout(self.form)

        self.summaryLabel = QLabel(AutoMixDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setText(u"\u2014")

        self.outer.addWidget(self.summaryLabel)

        self.mixLabel = QLabel(AutoMixDialog)
        self.mixLabel.setObjectName(u"mixLabel")
        self.mixLabel.setWordWrap(True)
        self.mixLabel.setText(u"\u2014")

        self.outer.addWidget(self.mixLabel)

        self.previewList = QListWidget(AutoMixDialog)
        self.previewList.setObjectName(u"previewList")
        self.previewList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.previewList.setWordWrap(True)
        self.previewList.setAlternatingRowColors(True)

        self.outer.addWidget(self.previewList)

        self.replaceNote = QLabel(AutoMixDialog)
        self.replaceNote.setObjectName(u"replaceNote")
        self.replaceNote.setWordWrap(True)
        self.replaceNote.setText(u"\u2014")

        self.outer.addWidget(self.replaceNote)

        self.errorLabel = QLabel(AutoMixDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")
        self.errorLabel.setStyleSheet(u"color: #b91c1c;")

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(AutoMixDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.sizeLabel.setBuddy(self.sizeSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AutoMixDialog)
    # setupUi

    def retranslateUi(self, AutoMixDialog):
        AutoMixDialog.setWindowTitle(QCoreApplication.translate("AutoMixDialog", u"Auto-mix Groups", None))
        self.explanation.setText(QCoreApplication.translate("AutoMixDialog", u"Deals every trainee into groups of the chosen size so that each group mixes municipalities as much as possible.", None))
        self.sizeLabel.setText(QCoreApplication.translate("AutoMixDialog", u"&Trainees per group:", None))
    # retranslateUi
