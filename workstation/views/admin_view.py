"""Administration: users and roles. IT adds users, resets passwords, disables, changes roles."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.services import users
from workstation.services.session import UserSession
from workstation.views.empty_state import HintTableView
from workstation.views.errors import show_error
from workstation.views.labels import FAMILIES, label, label_list
from workstation.views.ops import Op
from workstation.views.table_model import Column, RecordTableModel


class AdminView(QWidget):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.users_model = RecordTableModel(
            [
                Column(self.tr("User name"), lambda u: u.username),
                Column(self.tr("Name"), lambda u: u.display_name),
                Column(self.tr("Role"), lambda u: label("Role", u.role)),
                Column(self.tr("Branch"), lambda u: u.branch_code),
                Column(self.tr("Status"), self._status),
            ],
            self,
        )
        self.roles_model = RecordTableModel(
            [
                Column(self.tr("Role"), lambda r: label("Role", r.name)),
                Column(self.tr("Description"), _role_description),
                Column(self.tr("Permissions"), lambda r: label_list("Permission", r.permissions)),
            ],
            self,
        )
        self.users_table = self._table(
            self.users_model, self.tr("Users"), self.tr("No users yet. Add one with “Add user…”.")
        )
        self.roles_table = self._table(
            self.roles_model, self.tr("Roles"), self.tr("No roles are defined.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Users")))
        layout.addLayout(self._buttons())
        layout.addWidget(self.users_table, 2)
        layout.addWidget(QLabel(self.tr("Roles and their permissions")))
        layout.addWidget(self.roles_table, 1)
        self.refresh()

    def _status(self, user: users.UserInfo) -> str:
        if user.disabled:
            return self.tr("Disabled")
        return self.tr("Must change password") if user.must_change_password else self.tr("Active")

    def _table(self, model: RecordTableModel, name: str, hint: str) -> QTableView:
        table = HintTableView(hint)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, handler in (
            (self.tr("Add user…"), self._on_add),
            (self.tr("Reset password"), self._on_reset),
            (self.tr("Disable / enable"), self._on_toggle),
            (self.tr("Change role…"), self._on_role),
        ):
            button = QPushButton(text)
            button.clicked.connect(handler)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def refresh(self) -> None:
        Op(
            self, lambda: (users.list_users(self.session), users.list_roles(self.session))
        ).on_success(self._on_loaded).run()

    def _on_loaded(self, result: tuple[list[users.UserInfo], list[users.RoleInfo]]) -> None:
        self.users_model.set_rows(result[0])
        self.roles_model.set_rows(result[1])
        self.users_table.resizeColumnsToContents()

    def _selected(self) -> users.UserInfo | None:
        rows = self.users_table.selectionModel().selectedRows()
        return self.users_model.row_object(rows[0].row()) if rows else None

    def _confirm_password(self) -> bool:
        """Sensitive admin acts need the password again (step-up)."""
        try:
            self.session.require_recent_auth()
            return True
        except PermissionError:
            pass
        password, ok = QInputDialog.getText(
            self,
            self.tr("Confirm"),
            self.tr("Enter your password to continue:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return False
        try:
            self.session.confirm_password(password)
        except Exception as exc:  # shown to the user; the action is not performed
            show_error(self, exc)
            return False
        return True

    def _on_add(self) -> None:
        username, ok = QInputDialog.getText(self, self.tr("Add user"), self.tr("User name:"))
        if not ok or not username:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add user"), self.tr("Full name:"))
        if not ok:
            return
        role, ok = self._pick_role(self.tr("Add user"))
        if ok and self._confirm_password():
            self._run(lambda: users.add_user(self.session, username, name, role), issued=True)

    def _on_reset(self) -> None:
        user = self._selected()
        if user and self._confirm_password():
            self._run(lambda: users.reset_password(self.session, user.username), issued=True)

    def _on_toggle(self) -> None:
        user = self._selected()
        if user:
            self._run(lambda: users.set_disabled(self.session, user.username, not user.disabled))

    def _on_role(self) -> None:
        user = self._selected()
        if not user:
            return
        role, ok = self._pick_role(self.tr("Change role"))
        if ok and self._confirm_password():
            self._run(lambda: users.set_role(self.session, user.username, role))

    def _pick_role(self, title: str) -> tuple[str, bool]:
        """The officer picks a role by its translated name; the service gets the code."""
        codes = [r.name for r in self.roles_model._all]
        names = [label("Role", code) for code in codes]
        name, ok = QInputDialog.getItem(self, title, self.tr("Role:"), names, 0, False)
        return (codes[names.index(name)] if ok and name in names else ""), ok

    def _run(self, fn: object, issued: bool = False) -> None:
        def done(result: object) -> None:
            if issued and isinstance(result, users.IssuedPassword):
                QMessageBox.information(
                    self,
                    self.tr("One-time password"),
                    self.tr(
                        "Give this one-time password to %1 in person. It expires in 24 "
                        "hours and must be changed at first sign-in:\n\n%2"
                    )
                    .replace("%1", result.username)
                    .replace("%2", result.one_time_password),
                )
            self.refresh()

        Op(self, fn).on_success(done).run()  # type: ignore[arg-type]


def _role_description(role: users.RoleInfo) -> str:
    """Built-in roles have a translated description; a role IT added keeps its own text."""
    known = FAMILIES["RoleDescription"].get(role.name)
    if known is not None and str(known) == role.description:
        return label("RoleDescription", role.name)
    return role.description
