# Generated from forms/home_page.ui by scripts/build_forms.py; do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHeaderView, QLabel, QSizePolicy, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        HomePage.resize(900, 640)
        self.outer = QVBoxLayout(HomePage)
        self.outer.setSpacing(12)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(24, 20, 24, 20)
        self.programmeName = QLabel(HomePage)
        self.programmeName.setObjectName(u"programmeName")
        self.programmeName.setText(u"\u2014")
        self.programmeName.setWordWrap(True)

        self.outer.addWidget(self.programmeName)

        self.programmeDetails = QLabel(HomePage)
        self.programmeDetails.setObjectName(u"programmeDetails")
        self.programmeDetails.setText(u"\u2014")
        self.programmeDetails.setWordWrap(True)

        self.outer.addWidget(self.programmeDetails)

        self.todayStatus = QLabel(HomePage)
        self.todayStatus.setObjectName(u"todayStatus")
        self.todayStatus.setText(u"\u2014")
        self.todayStatus.setWordWrap(True)

        self.outer.addWidget(self.todayStatus)

        self.splitter = QSplitter(HomePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.scheduleBox = QGroupBox(self.splitter)
        self.scheduleBox.setObjectName(u"scheduleBox")
        self.scheduleLayout = QVBoxLayout(self.scheduleBox)
        self.scheduleLayout.setObjectName(u"scheduleLayout")
        self.scheduleView = QTableView(self.scheduleBox)
        self.scheduleView.setObjectName(u"scheduleView")
        self.scheduleView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scheduleView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scheduleView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scheduleView.setAlternatingRowColors(True)
        self.scheduleView.setWordWrap(False)
        self.scheduleView.horizontalHeader().setStretchLastSection(True)
        self.scheduleView.verticalHeader().setVisible(False)

        self.scheduleLayout.addWidget(self.scheduleView)

        self.splitter.addWidget(self.scheduleBox)
        self.progressBox = QGroupBox(self.splitter)
        self.progressBox.setObjectName(u"progressBox")
        self.progressGrid = QGridLayout(self.progressBox)
        self.progressGrid.setObjectName(u"progressGrid")
        self.progressGrid.setHorizontalSpacing(12)
        self.progressGrid.setVerticalSpacing(8)
        self.splitter.addWidget(self.progressBox)

        self.outer.addWidget(self.splitter)


        self.retranslateUi(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.scheduleBox.setTitle(QCoreApplication.translate("HomePage", u"Schedule", None))
        self.progressBox.setTitle(QCoreApplication.translate("HomePage", u"Progress by phase", None))
        pass
    # retranslateUi
