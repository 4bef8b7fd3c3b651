# Generated from forms/welcome_page.ui by scripts/build_forms.py; do not edit.
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(800, 560)
        self.outer = QVBoxLayout(WelcomePage)
        self.outer.setSpacing(14)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(48, 40, 48, 40)
        self.heading = QLabel(WelcomePage)
        self.heading.setObjectName(u"heading")

        self.outer.addWidget(self.heading)

        self.intro = QLabel(WelcomePage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.newButton = QPushButton(WelcomePage)
        self.newButton.setObjectName(u"newButton")

        self.buttons.addWidget(self.newButton)

        self.openButton = QPushButton(WelcomePage)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)


        self.outer.addLayout(self.buttons)

        self.recentLabel = QLabel(WelcomePage)
        self.recentLabel.setObjectName(u"recentLabel")

        self.outer.addWidget(self.recentLabel)

        self.recentList = QListWidget(WelcomePage)
        self.recentList.setObjectName(u"recentList")

        self.outer.addWidget(self.recentList)


        self.retranslateUi(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
        self.heading.setText(QCoreApplication.translate("WelcomePage", u"Welcome to dxworkshop", None))
        self.intro.setText(QCoreApplication.translate("WelcomePage", u"One file holds one training programme: participants, hearings, issues, priorities, plans, feedback and practice. Every change is saved as you make it.", None))
        self.newButton.setText(QCoreApplication.translate("WelcomePage", u"New programme\u2026", None))
        self.openButton.setText(QCoreApplication.translate("WelcomePage", u"Open\u2026", None))
        self.recentLabel.setText(QCoreApplication.translate("WelcomePage", u"Recent programmes", None))
        pass
    # retranslateUi
