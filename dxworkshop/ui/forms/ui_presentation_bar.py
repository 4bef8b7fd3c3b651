# Generated from forms/presentation_bar.ui by scripts/build_forms.py; do not edit.
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QWidget)

class Ui_PresentationBar(object):
    def setupUi(self, PresentationBar):
        if not PresentationBar.objectName():
            PresentationBar.setObjectName(u"PresentationBar")
        PresentationBar.resize(1600, 72)
        self.barLayout = QHBoxLayout(PresentationBar)
        self.barLayout.setSpacing(14)
        self.barLayout.setObjectName(u"barLayout")
        self.barLayout.setContentsMargins(20, 8, 20, 8)
        self.titleLabel = QLabel(PresentationBar)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")

        self.barLayout.addWidget(self.titleLabel)

        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.leftSpacer)

        self.timerLabel = QLabel(PresentationBar)
        self.timerLabel.setObjectName(u"timerLabel")
        self.timerLabel.setText(u"05:00")
        self.timerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.barLayout.addWidget(self.timerLabel)

        self.minutesSpin = QSpinBox(PresentationBar)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMinimum(1)
        self.minutesSpin.setMaximum(120)
        self.minutesSpin.setValue(5)

        self.barLayout.addWidget(self.minutesSpin)

        self.startButton = QPushButton(PresentationBar)
        self.startButton.setObjectName(u"startButton")

        self.barLayout.addWidget(self.startButton)

        self.resetButton = QPushButton(PresentationBar)
        self.resetButton.setObjectName(u"resetButton")

        self.barLayout.addWidget(self.resetButton)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.rightSpacer)

        self.smallerButton = QPushButton(PresentationBar)
        self.smallerButton.setObjectName(u"smallerButton")
        self.smallerButton.setText(u"A\u2212")

        self.barLayout.addWidget(self.smallerButton)

        self.largerButton = QPushButton(PresentationBar)
        self.largerButton.setObjectName(u"largerButton")
        self.largerButton.setText(u"A\uff0b")

        self.barLayout.addWidget(self.largerButton)

        self.fitButton = QPushButton(PresentationBar)
        self.fitButton.setObjectName(u"fitButton")

        self.barLayout.addWidget(self.fitButton)

        self.lockButton = QPushButton(PresentationBar)
        self.lockButton.setObjectName(u"lockButton")
        self.lockButton.setCheckable(True)

        self.barLayout.addWidget(self.lockButton)

        self.exitButton = QPushButton(PresentationBar)
        self.exitButton.setObjectName(u"exitButton")

        self.barLayout.addWidget(self.exitButton)


        self.retranslateUi(PresentationBar)
    # setupUi

    def retranslateUi(self, PresentationBar):
#if QT_CONFIG(tooltip)
        self.timerLabel.setToolTip(QCoreApplication.translate("PresentationBar", u"Workshop timer", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.minutesSpin.setToolTip(QCoreApplication.translate("PresentationBar", u"Minutes on the timer", None))
#endif // QT_CONFIG(tooltip)
        self.startButton.setText(QCoreApplication.translate("PresentationBar", u"Start", None))
        self.resetButton.setText(QCoreApplication.translate("PresentationBar", u"Reset", None))
#if QT_CONFIG(tooltip)
        self.smallerButton.setToolTip(QCoreApplication.translate("PresentationBar", u"Smaller text", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.largerButton.setToolTip(QCoreApplication.translate("PresentationBar", u"Larger text", None))
#endif // QT_CONFIG(tooltip)
        self.fitButton.setText(QCoreApplication.translate("PresentationBar", u"Fit", None))
#if QT_CONFIG(tooltip)
        self.fitButton.setToolTip(QCoreApplication.translate("PresentationBar", u"Show every card", None))
#endif // QT_CONFIG(tooltip)
        self.lockButton.setText(QCoreApplication.translate("PresentationBar", u"Lock", None))
#if QT_CONFIG(tooltip)
        self.lockButton.setToolTip(QCoreApplication.translate("PresentationBar", u"Stop cards from being moved by accident", None))
#endif // QT_CONFIG(tooltip)
        self.exitButton.setText(QCoreApplication.translate("PresentationBar", u"Exit (Esc)", None))
        pass
    # retranslateUi
