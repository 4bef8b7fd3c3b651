# Generated from forms/restore_dialog.ui by scripts/build_forms.py; do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RestoreBackupDialog(object):
    def setupUi(self, RestoreBackupDialog):
        if not RestoreBackupDialog.objectName():
            RestoreBackupDialog.setObjectName(u"RestoreBackupDialog")
        RestoreBackupDialog.resize(560, 380)
        self.outer = QVBoxLayout(RestoreBackupDialog)
        self.outer.setObjectName(u"outer")
        self.explanation = QLabel(RestoreBackupDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.outer.addWidget(self.explanation)

        self.backupList = QListWidget(RestoreBackupDialog)
        self.backupList.setObjectName(u"backupList")

        self.outer.addWidget(self.backupList)

        self.emptyLabel = QLabel(RestoreBackupDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.outer.addWidget(self.emptyLabel)

        self.buttons = QDialogButtonBox(RestoreBackupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(RestoreBackupDialog)
    # setupUi

    def retranslateUi(self, RestoreBackupDialog):
        RestoreBackupDialog.setWindowTitle(QCoreApplication.translate("RestoreBackupDialog", u"Restore from Backup", None))
        self.explanation.setText(QCoreApplication.translate("RestoreBackupDialog", u"Choose a backup to go back to. The programme as it is now is kept as a backup too, so you can come back to it.", None))
        self.emptyLabel.setText(QCoreApplication.translate("RestoreBackupDialog", u"There are no backups of this programme yet.", None))
    # retranslateUi
