"""Settings dialog built from the typed setting declarations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workstation.services.settings import SPECS, Settings, SettingsError

USER_SETTINGS = ("language", "idle_lock_minutes", "sync_server_url", "sync_interval_seconds")


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for spec in SPECS:
            if spec.key not in USER_SETTINGS:
                continue
            editor = self._editor(spec.key)
            label = QCoreApplication.translate("Settings", spec.label)
            editor.setAccessibleName(label)
            form.addRow(label, editor)
            self.editors[spec.key] = editor
        self.message = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("A new language applies after the next start.")))
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _editor(self, key: str) -> QWidget:
        spec = next(s for s in SPECS if s.key == key)
        value = self._settings.get(key)
        if spec.choices:
            combo = QComboBox()
            combo.addItems(list(spec.choices))
            combo.setCurrentText(str(value))
            return combo
        if spec.kind is int:
            spin = QSpinBox()
            spin.setRange(spec.minimum or 0, spec.maximum or 1_000_000)
            spin.setValue(int(value))
            return spin
        return QLineEdit(str(value))

    def _value(self, widget: QWidget) -> object:
        if isinstance(widget, QComboBox):
            return widget.currentText()
        if isinstance(widget, QSpinBox):
            return widget.value()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def _on_save(self) -> None:
        try:
            for key, widget in self.editors.items():
                self._settings.set(key, self._value(widget))
            self._settings.save()
        except (SettingsError, OSError) as exc:
            self.message.setText(str(exc))
            return
        self.accept()
