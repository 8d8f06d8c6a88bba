"""In-app contract preview (QtPdf from memory, never a temp file) and printing."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget


class ContractPreview(QDialog):
    """Shows the stored PDF bytes; the buffer stays alive as long as the document.

    A draft the borrower is about to sign offers "Sign…" (`signable`), so the officer
    goes from reading the contract to collecting the mark without leaving it.
    """

    sign_requested = Signal()

    def __init__(
        self, pdf: bytes, title: str, parent: QWidget | None = None, *, signable: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self._on_print)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sign_button = QPushButton(self.tr("Sign…"), self)
        self.sign_button.setVisible(signable)
        self.sign_button.clicked.connect(self.sign_requested)
        if signable:
            buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _on_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_document(self.document, printer)


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render each page at the printer's resolution; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    pages = document.pageCount()
    for page in range(pages):
        if page:
            printer.newPage()
        target = painter.viewport()
        size = document.pagePointSize(page).scaled(
            QSize(target.width(), target.height()).toSizeF(), Qt.AspectRatioMode.KeepAspectRatio
        )
        image = document.render(page, size.toSize())
        painter.drawImage(QRect(0, 0, image.width(), image.height()), image)
    painter.end()
    return pages
