# Generated from forms/preferences_dialog.ui by scripts/build_forms.py; do not edit.
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(480, 300)
        self.outer = QVBoxLayout(PreferencesDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.languageLabel = QLabel(PreferencesDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(PreferencesDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.warekiCheck = QCheckBox(PreferencesDialog)
        self.warekiCheck.setObjectName(u"warekiCheck")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.warekiCheck)

        self.scaleLabel = QLabel(PreferencesDialog)
        self.scaleLabel.setObjectName(u"scaleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scaleLabel)

        self.scaleSpin = QSpinBox(PreferencesDialog)
        self.scaleSpin.setObjectName(u"scaleSpin")
        self.scaleSpin.setSuffix(u" %")
        self.scaleSpin.setMinimum(80)
        self.scaleSpin.setMaximum(250)
        self.scaleSpin.setSingleStep(10)
        self.scaleSpin.setValue(100)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scaleSpin)

        self.intervalLabel = QLabel(PreferencesDialog)
        self.intervalLabel.setObjectName(u"intervalLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.intervalLabel)

        self.intervalSpin = QSpinBox(PreferencesDialog)
        self.intervalSpin.setObjectName(u"intervalSpin")
        self.intervalSpin.setMinimum(0)
        self.intervalSpin.setMaximum(240)
        self.intervalSpin.setValue(10)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.intervalSpin)

        self.keepLabel = QLabel(PreferencesDialog)
        self.keepLabel.setObjectName(u"keepLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.keepLabel)

        self.keepSpin = QSpinBox(PreferencesDialog)
        self.keepSpin.setObjectName(u"keepSpin")
        self.keepSpin.setMinimum(1)
        self.keepSpin.setMaximum(100)
        self.keepSpin.setValue(10)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.keepSpin)


        self.outer.addLayout(self.form)

        self.restartNote = QLabel(PreferencesDialog)
        self.restartNote.setObjectName(u"restartNote")
        self.restartNote.setWordWrap(True)

        self.outer.addWidget(self.restartNote)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.spacer)

        self.buttons = QDialogButtonBox(PreferencesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.scaleLabel.setBuddy(self.scaleSpin)
        self.intervalLabel.setBuddy(self.intervalSpin)
        self.keepLabel.setBuddy(self.keepSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.languageLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Language:", None))
        self.warekiCheck.setText(QCoreApplication.translate("PreferencesDialog", u"Show dates in the Japanese era (e.g. \u4ee4\u548c8\u5e749\u67081\u65e5)", None))
        self.scaleLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Text size:", None))
#if QT_CONFIG(tooltip)
        self.scaleSpin.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Make everything larger for a projector or a large display.", None))
#endif // QT_CONFIG(tooltip)
        self.intervalLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Backup every:", None))
#if QT_CONFIG(tooltip)
        self.intervalSpin.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Minutes between automatic backups while a programme is open (0 = only when opening).", None))
#endif // QT_CONFIG(tooltip)
        self.keepLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Backups kept:", None))
        self.restartNote.setText(QCoreApplication.translate("PreferencesDialog", u"A new language or text size applies to the whole window at once; the open programme stays open.", None))
    # retranslateUi
