<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../workstation/views/errors.py" line="33"/>
        <source>Something went wrong and the last action was not completed. Nothing was saved half-way. Try again; if it happens again, call IT support and give them the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/errors.py" line="39"/>
        <source>Could not complete the action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="30"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="31"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="32"/>
        <location filename="../../workstation/views/admin_view.py" line="40"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="33"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="34"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="41"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="42"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="46"/>
        <location filename="../../workstation/views/admin_view.py" line="49"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="47"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="52"/>
        <source>Roles and their permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="58"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="59"/>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="59"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="72"/>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="73"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="74"/>
        <source>Disable / enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="75"/>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="104"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="104"/>
        <source>Enter your password to continue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="117"/>
        <location filename="../../workstation/views/admin_view.py" line="120"/>
        <location filename="../../workstation/views/admin_view.py" line="124"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="117"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="120"/>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="124"/>
        <location filename="../../workstation/views/admin_view.py" line="143"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="143"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="151"/>
        <source>One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/admin_view.py" line="152"/>
        <source>Give this one-time password to %1 in person. It expires in 24 hours and must be changed at first sign-in:

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../workstation/app.py" line="114"/>
        <source>Cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/app.py" line="119"/>
        <source>DEMO workstation: the key is not protected by an OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="35"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="37"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="38"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="39"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="40"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="41"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="42"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="47"/>
        <source>Action contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="48"/>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="50"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="51"/>
        <source>Filter by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="54"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="56"/>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="61"/>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="84"/>
        <source>Verifying the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="89"/>
        <source>Chain intact: %1 events verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/audit_view.py" line="91"/>
        <source>Chain broken at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../workstation/views/password_dialog.py" line="24"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/password_dialog.py" line="29"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/password_dialog.py" line="30"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/password_dialog.py" line="31"/>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/password_dialog.py" line="39"/>
        <source>Use at least 8 characters; 15 or more is safer. A phrase of several words is easy to remember. Common passwords are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/password_dialog.py" line="51"/>
        <source>Choose your own password before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/password_dialog.py" line="59"/>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../workstation/views/login.py" line="41"/>
        <source>Unlock the workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/login.py" line="41"/>
        <location filename="../../workstation/views/login.py" line="54"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/login.py" line="43"/>
        <location filename="../../workstation/views/login.py" line="64"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/login.py" line="47"/>
        <location filename="../../workstation/views/login.py" line="65"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/login.py" line="51"/>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/login.py" line="54"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/login.py" line="67"/>
        <source>Loan Officer Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/login.py" line="71"/>
        <source>The workstation was locked. Your work is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/login.py" line="86"/>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/login.py" line="89"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workstation/views/main_window.py" line="39"/>
        <source>Loan Officer Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/main_window.py" line="42"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/main_window.py" line="68"/>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/main_window.py" line="69"/>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/main_window.py" line="70"/>
        <source>Branch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/main_window.py" line="71"/>
        <source>Sync: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/main_window.py" line="72"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/main_window.py" line="73"/>
        <source>Lock the workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/main_window.py" line="84"/>
        <source>&amp;Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/main_window.py" line="85"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/main_window.py" line="88"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/main_window.py" line="90"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/main_window.py" line="92"/>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../workstation/views/navigation.py" line="46"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/navigation.py" line="49"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../workstation/views/settings_dialog.py" line="27"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/settings_dialog.py" line="46"/>
        <source>A new language applies after the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../workstation/views/setup.py" line="25"/>
        <source>Set up this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/setup.py" line="28"/>
        <source>Counter 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/setup.py" line="47"/>
        <source>Branch code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/setup.py" line="48"/>
        <source>Branch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/setup.py" line="49"/>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/setup.py" line="50"/>
        <source>IT administrator user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/setup.py" line="51"/>
        <source>IT administrator full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/setup.py" line="52"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/setup.py" line="53"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/setup.py" line="61"/>
        <source>No workstation is set up on this computer yet. IT creates the first administrator account here; there is no default account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/setup.py" line="75"/>
        <source>Fill in every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/setup.py" line="77"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workstation/views/setup.py" line="89"/>
        <source>Creating the encrypted database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
