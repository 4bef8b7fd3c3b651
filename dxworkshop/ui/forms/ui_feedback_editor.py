# Generated from forms/feedback_editor.ui by scripts/build_forms.py; do not edit.
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FeedbackEditor(object):
    def setupUi(self, FeedbackEditor):
        if not FeedbackEditor.objectName():
            FeedbackEditor.setObjectName(u"FeedbackEditor")
        self.editorLayout = QVBoxLayout(FeedbackEditor)
        self.editorLayout.setSpacing(6)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(4, 0, 8, 8)
        self.titleLabel = QLabel(FeedbackEditor)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"\u2014")
        self.titleLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(FeedbackEditor)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setText(u"")
        self.subtitleLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.subtitleLabel)

        self.statusLayout = QGridLayout()
        self.statusLayout.setSpacing(8)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLayout.setContentsMargins(0, 4, 0, 4)
        self.statusLabel = QLabel(FeedbackEditor)
        self.statusLabel.setObjectName(u"statusLabel")

        self.statusLayout.addWidget(self.statusLabel, 0, 0, 1, 1)

        self.statusCombo = QComboBox(FeedbackEditor)
        self.statusCombo.setObjectName(u"statusCombo")

        self.statusLayout.addWidget(self.statusCombo, 0, 1, 1, 1)

        self.decisionLabel = QLabel(FeedbackEditor)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.statusLayout.addWidget(self.decisionLabel, 0, 2, 1, 1)

        self.decisionCombo = QComboBox(FeedbackEditor)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.statusLayout.addWidget(self.decisionCombo, 0, 3, 1, 1)

        self.statusSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer, 0, 4, 1, 1)


        self.editorLayout.addLayout(self.statusLayout)

        self.ratingsBox = QGroupBox(FeedbackEditor)
        self.ratingsBox.setObjectName(u"ratingsBox")
        self.ratingsLayout = QGridLayout(self.ratingsBox)
        self.ratingsLayout.setSpacing(6)
        self.ratingsLayout.setObjectName(u"ratingsLayout")
        self.ratingsLayout.setContentsMargins(10, 8, 10, 10)

        self.editorLayout.addWidget(self.ratingsBox)

        self.goodLabel = QLabel(FeedbackEditor)
        self.goodLabel.setObjectName(u"goodLabel")

        self.editorLayout.addWidget(self.goodLabel)

        self.goodEdit = QPlainTextEdit(FeedbackEditor)
        self.goodEdit.setObjectName(u"goodEdit")
        self.goodEdit.setTabChangesFocus(True)

        self.editorLayout.addWidget(self.goodEdit)

        self.improveLabel = QLabel(FeedbackEditor)
        self.improveLabel.setObjectName(u"improveLabel")

        self.editorLayout.addWidget(self.improveLabel)

        self.improveEdit = QPlainTextEdit(FeedbackEditor)
        self.improveEdit.setObjectName(u"improveEdit")
        self.improveEdit.setTabChangesFocus(True)

        self.editorLayout.addWidget(self.improveEdit)

        self.supportLabel = QLabel(FeedbackEditor)
        self.supportLabel.setObjectName(u"supportLabel")

        self.editorLayout.addWidget(self.supportLabel)

        self.supportEdit = QPlainTextEdit(FeedbackEditor)
        self.supportEdit.setObjectName(u"supportEdit")
        self.supportEdit.setTabChangesFocus(True)

        self.editorLayout.addWidget(self.supportEdit)

        self.responseLabel = QLabel(FeedbackEditor)
        self.responseLabel.setObjectName(u"responseLabel")

        self.editorLayout.addWidget(self.responseLabel)

        self.responseEdit = QPlainTextEdit(FeedbackEditor)
        self.responseEdit.setObjectName(u"responseEdit")
        self.responseEdit.setTabChangesFocus(True)

        self.editorLayout.addWidget(self.responseEdit)

        self.addressedLabel = QLabel(FeedbackEditor)
        self.addressedLabel.setObjectName(u"addressedLabel")
        self.addressedLabel.setText(u"")
        self.addressedLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.addressedLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setSpacing(6)
        self.bottomRow.setObjectName(u"bottomRow")
        self.bottomRow.setContentsMargins(0, 0, 0, 0)
        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.removeButton = QPushButton(FeedbackEditor)
        self.removeButton.setObjectName(u"removeButton")

        self.bottomRow.addWidget(self.removeButton)


        self.editorLayout.addLayout(self.bottomRow)

        self.editorEnd = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editorLayout.addItem(self.editorEnd)

#if QT_CONFIG(shortcut)
        self.goodLabel.setBuddy(self.goodEdit)
        self.improveLabel.setBuddy(self.improveEdit)
        self.supportLabel.setBuddy(self.supportEdit)
        self.responseLabel.setBuddy(self.responseEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FeedbackEditor)
    # setupUi

    def retranslateUi(self, FeedbackEditor):
        self.statusLabel.setText(QCoreApplication.translate("FeedbackEditor", u"Status:", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("FeedbackEditor", u"requested \u2192 received \u2192 addressed", None))
#endif // QT_CONFIG(tooltip)
        self.decisionLabel.setText(QCoreApplication.translate("FeedbackEditor", u"Decision:", None))
        self.ratingsBox.setTitle(QCoreApplication.translate("FeedbackEditor", u"Rubric ratings", None))
        self.goodLabel.setText(QCoreApplication.translate("FeedbackEditor", u"Good points", None))
        self.goodEdit.setPlaceholderText(QCoreApplication.translate("FeedbackEditor", u"What is good about the plan", None))
        self.improveLabel.setText(QCoreApplication.translate("FeedbackEditor", u"Points to improve", None))
        self.improveEdit.setPlaceholderText(QCoreApplication.translate("FeedbackEditor", u"What the trainee should change", None))
        self.supportLabel.setText(QCoreApplication.translate("FeedbackEditor", u"Support offered", None))
        self.supportEdit.setPlaceholderText(QCoreApplication.translate("FeedbackEditor", u"What the reviewer will do to help (time, people, budget)", None))
        self.responseLabel.setText(QCoreApplication.translate("FeedbackEditor", u"Trainee's response", None))
        self.responseEdit.setPlaceholderText(QCoreApplication.translate("FeedbackEditor", u"How the trainee answered the feedback", None))
        self.removeButton.setText(QCoreApplication.translate("FeedbackEditor", u"Remove Request", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("FeedbackEditor", u"Take this request back (undo brings it back)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
