<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ActionDialog</name>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="154" />
            <source>Record action on %1</source>
            <translation>Record action on %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="159" />
            <source>What was agreed or found, and why</source>
            <translation>What was agreed or found, and why</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="167" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="168" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>AdminView</name>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="32" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="33" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="34" />
            <location filename="../../workstation/views/admin_view.py" line="42" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="35" />
            <source>Branch</source>
            <translation>Branch</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="36" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="43" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="44" />
            <source>Permissions</source>
            <translation>Permissions</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="49" />
            <location filename="../../workstation/views/admin_view.py" line="55" />
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="49" />
            <source>No users yet. Add one with “Add user…”.</source>
            <translation>No users yet. Add one with “Add user…”.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="52" />
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="52" />
            <source>No roles are defined.</source>
            <translation>No roles are defined.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="58" />
            <source>Roles and their permissions</source>
            <translation>Roles and their permissions</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="64" />
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="65" />
            <source>Must change password</source>
            <translation>Must change password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="65" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="78" />
            <source>Add user…</source>
            <translation>Add user…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="79" />
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="80" />
            <source>Disable / enable</source>
            <translation>Disable / enable</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="81" />
            <source>Change role…</source>
            <translation>Change role…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="112" />
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="113" />
            <source>Enter your password to continue:</source>
            <translation>Enter your password to continue:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="126" />
            <location filename="../../workstation/views/admin_view.py" line="129" />
            <location filename="../../workstation/views/admin_view.py" line="132" />
            <source>Add user</source>
            <translation>Add user</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="126" />
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="129" />
            <source>Full name:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="158" />
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="150" />
            <source>Change role</source>
            <translation>Change role</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="166" />
            <source>One-time password</source>
            <translation>One-time password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="168" />
            <source>Give this one-time password to %1 in person. It expires in 24 hours and must be changed at first sign-in:

%2</source>
            <translation>Give this one-time password to %1 in person. It expires in 24 hours and must be changed at first sign-in:

%2</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../workstation/views/desktop.py" line="104" />
            <source>Cannot start</source>
            <translation>Cannot start</translation>
        </message>
        <message>
            <location filename="../../workstation/views/desktop.py" line="112" />
            <source>DEMO workstation: the key is not protected by an OS keychain.</source>
            <translation>DEMO workstation: the key is not protected by an OS keychain.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/desktop.py" line="152" />
            <source>Preparing the demo workstation…</source>
            <translation>Preparing the demo workstation…</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDetailPane</name>
        <message>
            <location filename="../../workstation/views/application_view.py" line="35" />
            <source>Select an application.</source>
            <translation>Select an application.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="41" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="45" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="46" />
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="47" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="48" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="52" />
            <source>No steps recorded yet.</source>
            <translation>No steps recorded yet.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="54" />
            <location filename="../../workstation/views/application_view.py" line="78" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="56" />
            <source>Withdraw…</source>
            <translation>Withdraw…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="58" />
            <source>Request override…</source>
            <translation>Request override…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="60" />
            <source>Submit and assess</source>
            <translation>Submit and assess</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="92" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="93" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="94" />
            <source>Term</source>
            <translation>Term</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="94" />
            <source>%1 months</source>
            <translation>%1 months</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="96" />
            <source>Rate / APR</source>
            <translation>Rate / APR</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="99" />
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="100" />
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="115" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="125" />
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="129" />
            <source>Withdraw application</source>
            <translation>Withdraw application</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="135" />
            <source>Request a score override</source>
            <translation>Request a score override</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="154" />
            <source>Credit decision %1, band %2: the application is now %3.</source>
            <translation>Credit decision %1, band %2: the application is now %3.</translation>
        </message>
    </context>
    <context>
        <name>ApplicationStatus</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="22" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="23" />
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="24" />
            <source>Assessed</source>
            <translation>Assessed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="25" />
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="26" />
            <source>Referred</source>
            <translation>Referred</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="27" />
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="28" />
            <source>Contract issued</source>
            <translation>Contract issued</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="29" />
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="30" />
            <source>Disbursed</source>
            <translation>Disbursed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="31" />
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="32" />
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
    </context>
    <context>
        <name>ApplicationWizard</name>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="49" />
            <source>New loan application</source>
            <translation>New loan application</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="75" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="77" />
            <source>Customer search</source>
            <translation>Customer search</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="78" />
            <source>Name, pinyin, ID number or phone</source>
            <translation>Name, pinyin, ID number or phone</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="80" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="83" />
            <source>Customers found</source>
            <translation>Customers found</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="93" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="102" />
            <source>Chosen product</source>
            <translation>Chosen product</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="111" />
            <source>Amount, term and repayment</source>
            <translation>Amount, term and repayment</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="120" />
            <source>Amount (CNY)</source>
            <translation>Amount (CNY)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="121" />
            <source>Term (months)</source>
            <translation>Term (months)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="122" />
            <source>Annual rate (%)</source>
            <translation>Annual rate (%)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="123" />
            <source>Repayment method</source>
            <translation>Repayment method</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="124" />
            <source>Purpose details</source>
            <translation>Purpose details</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="132" />
            <source>Repayment schedule preview</source>
            <translation>Repayment schedule preview</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="148" />
            <source>Borrower profile</source>
            <translation>Borrower profile</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="151" />
            <source>Ask the borrower; anything not asked is scored as the worst case and the application goes to a supervisor.</source>
            <translation>Ask the borrower; anything not asked is scored as the worst case and the application goes to a supervisor.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="170" />
            <location filename="../../workstation/views/application_wizard.py" line="175" />
            <source>— not asked —</source>
            <translation>— not asked —</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="191" />
            <source>Assessment and submission</source>
            <translation>Assessment and submission</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="192" />
            <source>Submit and assess</source>
            <translation>Submit and assess</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="195" />
            <source>The application is saved, submitted and assessed when you press the button.</source>
            <translation>The application is saved, submitted and assessed when you press the button.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="206" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="207" />
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="208" />
            <source>Principal</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="209" />
            <source>Interest</source>
            <translation>Interest</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="210" />
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="211" />
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="228" />
            <source>No customer found.</source>
            <translation>No customer found.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="235" />
            <source>business</source>
            <translation>business</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="235" />
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="304" />
            <source>Amount %1 – %2; term %3 – %4 months; rate %5 – %6; fee %7</source>
            <translation>Amount %1 – %2; term %3 – %4 months; rate %5 – %6; fee %7</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="331" />
            <source>Enter the amount and the rate as numbers.</source>
            <translation>Enter the amount and the rate as numbers.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="350" />
            <source>APR %1 · total interest %2 · fees %3 · total repayable %4</source>
            <translation>APR %1 · total interest %2 · fees %3 · total repayable %4</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="384" />
            <source>Assessing…</source>
            <translation>Assessing…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="404" />
            <source>Saved as %1 and submitted, but not assessed: %2</source>
            <translation>Saved as %1 and submitted, but not assessed: %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="415" />
            <source>Application %1: %2 (credit decision %3, band %4)</source>
            <translation>Application %1: %2 (credit decision %3, band %4)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="425" />
            <source>Sent to the supervisors' approvals inbox. %1</source>
            <translation>Sent to the supervisors' approvals inbox. %1</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsView</name>
        <message>
            <location filename="../../workstation/views/application_list.py" line="35" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="36" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="38" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="42" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="44" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="47" />
            <source>Months</source>
            <translation>Months</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="50" />
            <source>APR</source>
            <translation>APR</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="56" />
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="69" />
            <source>No applications here yet. Start one with “New application…”.</source>
            <translation>No applications here yet. Start one with “New application…”.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="73" />
            <source>Applications</source>
            <translation>Applications</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="89" />
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="92" />
            <source>Show applications with status</source>
            <translation>Show applications with status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="94" />
            <source>New application…</source>
            <translation>New application…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="96" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDecision</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="238" />
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="239" />
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="240" />
            <source>Returned to the officer</source>
            <translation>Returned to the officer</translation>
        </message>
    </context>
    <context>
        <name>ApprovalKind</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="243" />
            <source>Referral</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="244" />
            <source>Above authority</source>
            <translation>Above authority</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="245" />
            <source>Score override</source>
            <translation>Score override</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="246" />
            <source>Settlement</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="247" />
            <source>Restructure</source>
            <translation>Restructure</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="248" />
            <source>Write-off</source>
            <translation>Write-off</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="249" />
            <source>Hardship hold</source>
            <translation>Hardship hold</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsInbox</name>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="45" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="46" />
            <location filename="../../workstation/views/approvals_inbox.py" line="98" />
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="47" />
            <source>Requested by</source>
            <translation>Requested by</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="49" />
            <source>Age (working h)</source>
            <translation>Age (working h)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="54" />
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="59" />
            <source>Your queue is empty: no requests are waiting for a decision.</source>
            <translation>Your queue is empty: no requests are waiting for a decision.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="62" />
            <source>Open approval requests</source>
            <translation>Open approval requests</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="79" />
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="80" />
            <source>due in %1 working hours</source>
            <translation>due in %1 working hours</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="84" />
            <location filename="../../workstation/views/approvals_inbox.py" line="144" />
            <source>Select a request.</source>
            <translation>Select a request.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="90" />
            <source>Comment (required)</source>
            <translation>Comment (required)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="94" />
            <source>unchanged</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="99" />
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="100" />
            <source>Terms</source>
            <translation>Terms</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="101" />
            <source>Approve a different amount</source>
            <translation>Approve a different amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="188" />
            <source>Score %1, band %2: %3</source>
            <translation>Score %1, band %2: %3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="199" />
            <source>amount %1</source>
            <translation>amount %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="200" />
            <source>owed %1</source>
            <translation>owed %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="201" />
            <source>%1 months</source>
            <translation>%1 months</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="202" />
            <source>%1 days</source>
            <translation>%1 days</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="203" />
            <location filename="../../workstation/views/approvals_inbox.py" line="204" />
            <source>rate %1</source>
            <translation>rate %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="205" />
            <source>band %1</source>
            <translation>band %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="91" />
            <location filename="../../workstation/views/approvals_inbox.py" line="104" />
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="114" />
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="115" />
            <source>Decline</source>
            <translation>Decline</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="116" />
            <source>Return to officer</source>
            <translation>Return to officer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="156" />
            <source>The amount must be a number.</source>
            <translation>The amount must be a number.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="173" />
            <source>Recorded: %1.</source>
            <translation>Recorded: %1.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentView</name>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="46" />
            <source>Select an assessed application.</source>
            <translation>Select an assessed application.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="50" />
            <location filename="../../workstation/views/credit_assessment.py" line="115" />
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="51" />
            <source>Probability of default</source>
            <translation>Probability of default</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="52" />
            <location filename="../../workstation/views/credit_assessment.py" line="116" />
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="58" />
            <location filename="../../workstation/views/credit_assessment.py" line="87" />
            <source>Rule hits and fraud flags</source>
            <translation>Rule hits and fraud flags</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="59" />
            <source>No policy rule or fraud check fired.</source>
            <translation>No policy rule or fraud check fired.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="64" />
            <source>Assessment history</source>
            <translation>Assessment history</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="65" />
            <source>This customer has no earlier assessments.</source>
            <translation>This customer has no earlier assessments.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="67" />
            <source>Request override…</source>
            <translation>Request override…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="85" />
            <source>Reasons</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="89" />
            <source>Assessment history of this customer</source>
            <translation>Assessment history of this customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="103" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="104" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="105" />
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="106" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="112" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="114" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="127" />
            <source>Application %1</source>
            <translation>Application %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="160" />
            <source>Policy rule</source>
            <translation>Policy rule</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="160" />
            <source>Fraud check</source>
            <translation>Fraud check</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="188" />
            <source>Request override</source>
            <translation>Request override</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="189" />
            <source>Why should a supervisor overturn this decision?</source>
            <translation>Why should a supervisor overturn this decision?</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="196" />
            <source>Sent to a supervisor.</source>
            <translation>Sent to a supervisor.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsPane</name>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="170" />
            <source>No assessments yet. Submit an application to have it scored.</source>
            <translation>No assessments yet. Submit an application to have it scored.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="173" />
            <source>Recent assessments</source>
            <translation>Recent assessments</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="179" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="196" />
            <source>Application</source>
            <translation>Application</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="197" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="198" />
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="199" />
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="201" />
            <source>Assessed</source>
            <translation>Assessed</translation>
        </message>
    </context>
    <context>
        <name>AuditOutcome</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="305" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="306" />
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="307" />
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="45" />
            <source>Time (UTC)</source>
            <translation>Time (UTC)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="46" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="47" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="48" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="49" />
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="50" />
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="51" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="56" />
            <source>Action contains…</source>
            <translation>Action contains…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="57" />
            <source>Filter by action</source>
            <translation>Filter by action</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="59" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="60" />
            <source>Filter by user</source>
            <translation>Filter by user</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="63" />
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="65" />
            <source>Verify chain</source>
            <translation>Verify chain</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="69" />
            <source>No audit events match. Clear the filters or try part of an action name.</source>
            <translation>No audit events match. Clear the filters or try part of an action name.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="72" />
            <source>Audit events</source>
            <translation>Audit events</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="97" />
            <source>Verifying the audit trail…</source>
            <translation>Verifying the audit trail…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="102" />
            <source>Chain intact: %1 events verified.</source>
            <translation>Chain intact: %1 events verified.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="107" />
            <source>Chain broken at event %1: %2</source>
            <translation>Chain broken at event %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Bucket</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="153" />
            <source>Current</source>
            <translation>Current</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="154" />
            <source>1–30 days</source>
            <translation>1–30 days</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="155" />
            <source>31–60 days</source>
            <translation>31–60 days</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="156" />
            <source>61–90 days</source>
            <translation>61–90 days</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="157" />
            <source>Over 90 days</source>
            <translation>Over 90 days</translation>
        </message>
    </context>
    <context>
        <name>BureauBox</name>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="86" />
            <source>Credit bureau</source>
            <translation>Credit bureau</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="99" />
            <source>Record consent…</source>
            <translation>Record consent…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="100" />
            <source>Record inquiry</source>
            <translation>Record inquiry</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="101" />
            <source>Import report…</source>
            <translation>Import report…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="102" />
            <source>Withdraw consent…</source>
            <translation>Withdraw consent…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="115" />
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="116" />
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="117" />
            <source>Obligations</source>
            <translation>Obligations</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="169" />
            <source>No consent recorded: an inquiry is not allowed.</source>
            <translation>No consent recorded: an inquiry is not allowed.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="172" />
            <source>Consent withdrawn on %1.</source>
            <translation>Consent withdrawn on %1.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="176" />
            <source>Consent expired on %1.</source>
            <translation>Consent expired on %1.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="177" />
            <source>Text %1 signed %2, recorded by %3, valid until %4.</source>
            <translation>Text %1 signed %2, recorded by %3, valid until %4.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="188" />
            <source>Inquiry recorded; import the report the bureau sends.</source>
            <translation>Inquiry recorded; import the report the bureau sends.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="189" />
            <source>No bureau report: the assessment proceeds without bureau facts.</source>
            <translation>No bureau report: the assessment proceeds without bureau facts.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="191" />
            <source>Dated %1: debt %2 in %3 open accounts.</source>
            <translation>Dated %1: debt %2 in %3 open accounts.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="201" />
            <source>%1 a month; %2 inquiries in 6 months; worst status %3 (24 months).</source>
            <translation>%1 a month; %2 inquiries in 6 months; worst status %3 (24 months).</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="219" />
            <source>Withdraw consent</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="221" />
            <source>Record that the borrower withdrew consent? No new inquiries can be made; the monthly reporting of granted loans continues.</source>
            <translation>Record that the borrower withdrew consent? No new inquiries can be made; the monthly reporting of granted loans continues.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="237" />
            <source>Import bureau report</source>
            <translation>Import bureau report</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="237" />
            <source>Bureau report (*.json)</source>
            <translation>Bureau report (*.json)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="258" />
            <source>Saved. Run the assessment again to use the bureau facts.</source>
            <translation>Saved. Run the assessment again to use the bureau facts.</translation>
        </message>
    </context>
    <context>
        <name>BureauView</name>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="91" />
            <source>Months</source>
            <translation>Months</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="92" />
            <source>No month end recorded yet: the end of day on a month's last day adds one.</source>
            <translation>No month end recorded yet: the end of day on a month's last day adds one.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="95" />
            <location filename="../../workstation/views/bureau_view.py" line="147" />
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="95" />
            <source>No file generated for this month yet.</source>
            <translation>No file generated for this month yet.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="98" />
            <location filename="../../workstation/views/bureau_view.py" line="154" />
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="98" />
            <source>Select a file to see its records.</source>
            <translation>Select a file to see its records.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="112" />
            <source>Records of the selected file (ID numbers masked)</source>
            <translation>Records of the selected file (ID numbers masked)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="120" />
            <source>Generate month file</source>
            <translation>Generate month file</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="121" />
            <source>Validate</source>
            <translation>Validate</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="122" />
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="123" />
            <source>Correct a record…</source>
            <translation>Correct a record…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="145" />
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="146" />
            <source>Loans</source>
            <translation>Loans</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="152" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="153" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="155" />
            <source>Generated</source>
            <translation>Generated</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="156" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="157" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="158" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="163" />
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="164" />
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="165" />
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="166" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="167" />
            <source>Days past due</source>
            <translation>Days past due</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="168" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="169" />
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="173" />
            <source>Month end</source>
            <translation>Month end</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="173" />
            <source>Correction</source>
            <translation>Correction</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="244" />
            <source>Generating…</source>
            <translation>Generating…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="248" />
            <source>File for %1 generated and validated: %2 records.</source>
            <translation>File for %1 generated and validated: %2 records.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="261" />
            <source>The file is valid.</source>
            <translation>The file is valid.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="264" />
            <source>The file has problems:</source>
            <translation>The file has problems:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="272" />
            <source>Export reporting file</source>
            <translation>Export reporting file</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="272" />
            <source>Text (*.txt)</source>
            <translation>Text (*.txt)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="280" />
            <source>Exported to %1.</source>
            <translation>Exported to %1.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="290" />
            <source>Confirm export</source>
            <translation>Confirm export</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="291" />
            <source>The file holds full identity numbers. Enter your password to confirm:</source>
            <translation>The file holds full identity numbers. Enter your password to confirm:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="300" />
            <source>Select the record to correct first.</source>
            <translation>Select the record to correct first.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="312" />
            <source>Correction %1 for %2 generated and validated.</source>
            <translation>Correction %1 for %2 generated and validated.</translation>
        </message>
    </context>
    <context>
        <name>CaseStatus</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="44" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="45" />
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="29" />
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="35" />
            <source>Current password</source>
            <translation>Current password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="36" />
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="37" />
            <source>Repeat new password</source>
            <translation>Repeat new password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="46" />
            <source>Use at least 8 characters; 15 or more is safer. A phrase of several words is easy to remember. Common passwords are refused.</source>
            <translation>Use at least 8 characters; 15 or more is safer. A phrase of several words is easy to remember. Common passwords are refused.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="58" />
            <source>Choose your own password before you continue.</source>
            <translation>Choose your own password before you continue.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="66" />
            <source>The two new passwords are not the same.</source>
            <translation>The two new passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="114" />
            <source>Phone call</source>
            <translation>Phone call</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="115" />
            <source>Text message</source>
            <translation>Text message</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="116" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="117" />
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="118" />
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="119" />
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="120" />
            <source>Bank transfer</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="121" />
            <source>Bank card</source>
            <translation>Bank card</translation>
        </message>
    </context>
    <context>
        <name>CloseAlertDialog</name>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="49" />
            <source>Close alert</source>
            <translation>Close alert</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="54" />
            <source>Why (required)</source>
            <translation>Why (required)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="55" />
            <location filename="../../workstation/views/compliance_view.py" line="66" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="65" />
            <source>Disposition</source>
            <translation>Disposition</translation>
        </message>
    </context>
    <context>
        <name>CollectionView</name>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="52" />
            <source>Work queue</source>
            <translation>Work queue</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="53" />
            <source>Your queue is empty: no open cases are assigned to you.</source>
            <translation>Your queue is empty: no open cases are assigned to you.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="56" />
            <source>All branch cases</source>
            <translation>All branch cases</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="61" />
            <location filename="../../workstation/views/collection_view.py" line="253" />
            <source>Select a case</source>
            <translation>Select a case</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="64" />
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="67" />
            <location filename="../../workstation/views/collection_view.py" line="70" />
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="68" />
            <source>No reminders yet. The end of day queues them before and after due dates.</source>
            <translation>No reminders yet. The end of day queues them before and after due dates.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="80" />
            <source>Loan</source>
            <translation>Loan</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="81" />
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="83" />
            <source>Bucket</source>
            <translation>Bucket</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="88" />
            <source>Days past due</source>
            <translation>Days past due</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="94" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="100" />
            <source>Broken promises</source>
            <translation>Broken promises</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="106" />
            <source>Last contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="110" />
            <source>Collector</source>
            <translation>Collector</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="118" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="119" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="120" />
            <location filename="../../workstation/views/collection_view.py" line="134" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="121" />
            <source>Party</source>
            <translation>Party</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="122" />
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="124" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="129" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="135" />
            <source>Template</source>
            <translation>Template</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="136" />
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="137" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="139" />
            <source>Attempts</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="144" />
            <source>Last error</source>
            <translation>Last error</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="160" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="161" />
            <source>Send reminders</source>
            <translation>Send reminders</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="162" />
            <source>Run end of day…</source>
            <translation>Run end of day…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="178" />
            <source>Log contact…</source>
            <translation>Log contact…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="179" />
            <source>Record promise…</source>
            <translation>Record promise…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="180" />
            <source>Post payment…</source>
            <translation>Post payment…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="190" />
            <source>Case timeline</source>
            <translation>Case timeline</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="191" />
            <source>Nothing recorded on this case yet.</source>
            <translation>Nothing recorded on this case yet.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="205" />
            <source>Request settlement…</source>
            <translation>Request settlement…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="206" />
            <source>Request restructure…</source>
            <translation>Request restructure…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="207" />
            <source>Request write-off…</source>
            <translation>Request write-off…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="208" />
            <source>Request hardship hold…</source>
            <translation>Request hardship hold…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workstation/views/collection_view.py" line="236" />
            <source>%n open case(s)</source>
            <translation>
                <numerusform>%n open case</numerusform>
                <numerusform>%n open cases</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="257" />
            <source>%1 · loan %2 · %3 days past due · overdue %4 · outstanding principal %5%6</source>
            <translation>%1 · loan %2 · %3 days past due · overdue %4 · outstanding principal %5%6</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="267" />
            <source> · contact on hold (%1)</source>
            <translation> · contact on hold (%1)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="358" />
            <source>Sent to a supervisor for approval.</source>
            <translation>Sent to a supervisor for approval.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="363" />
            <source>Sending reminders…</source>
            <translation>Sending reminders…</translation>
        </message>
    </context>
    <context>
        <name>Compliance</name>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="17" />
            <source>Large cash</source>
            <translation>Large cash</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="18" />
            <source>Structuring</source>
            <translation>Structuring</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="19" />
            <source>Unregistered account</source>
            <translation>Unregistered account</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="20" />
            <source>Early full settlement</source>
            <translation>Early full settlement</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="21" />
            <source>Unusual volume</source>
            <translation>Unusual volume</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="24" />
            <source>False positive</source>
            <translation>False positive</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="25" />
            <source>Monitor</source>
            <translation>Monitor</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="26" />
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="29" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="30" />
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="33" />
            <source>disbursement</source>
            <translation>disbursement</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="34" />
            <source>repayment</source>
            <translation>repayment</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="35" />
            <source>cash</source>
            <translation>cash</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="36" />
            <source>transfer</source>
            <translation>transfer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="37" />
            <source>card</source>
            <translation>card</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="38" />
            <source>opened</source>
            <translation>opened</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="39" />
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="40" />
            <source>reported</source>
            <translation>reported</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="78" />
            <source>Cash of %1 in one day (%2 transactions); the threshold is %3.</source>
            <translation>Cash of %1 in one day (%2 transactions); the threshold is %3.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="83" />
            <source>%1 cash payments of %2 to just under %3 on %4 days since %5, together %6: each stays under the large-cash threshold.</source>
            <translation>%1 cash payments of %2 to just under %3 on %4 days since %5, together %6: each stays under the large-cash threshold.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="98" />
            <source>A repayment of %1 by %2 from an account not registered to the borrower.</source>
            <translation>A repayment of %1 by %2 from an account not registered to the borrower.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="103" />
            <source>Repaid %1 of a %2 loan %3 days after the payout on %4.</source>
            <translation>Repaid %1 of a %2 loan %3 days after the payout on %4.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="109" />
            <source>Repayments of %1 in %2 days, above %3 (the profile %4: declared income %5, own monthly average %6).</source>
            <translation>Repayments of %1 in %2 days, above %3 (the profile %4: declared income %5, own monthly average %6).</translation>
        </message>
    </context>
    <context>
        <name>ComplianceScreen</name>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="84" />
            <location filename="../../workstation/views/compliance_view.py" line="130" />
            <location filename="../../workstation/views/compliance_view.py" line="147" />
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="85" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="86" />
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="88" />
            <location filename="../../workstation/views/compliance_view.py" line="170" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="91" />
            <source>Business date</source>
            <translation>Business date</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="95" />
            <location filename="../../workstation/views/compliance_view.py" line="122" />
            <location filename="../../workstation/views/compliance_view.py" line="145" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="96" />
            <source>Disposition</source>
            <translation>Disposition</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="100" />
            <source>No alerts match: nothing is waiting for review.</source>
            <translation>No alerts match: nothing is waiting for review.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="102" />
            <source>AML alerts</source>
            <translation>AML alerts</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="124" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="125" />
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="126" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="131" />
            <source>All rules</source>
            <translation>All rules</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="140" />
            <source>Monitoring date</source>
            <translation>Monitoring date</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="142" />
            <source>Run monitoring for</source>
            <translation>Run monitoring for</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="156" />
            <location filename="../../workstation/views/compliance_view.py" line="242" />
            <source>Select an alert.</source>
            <translation>Select an alert.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="164" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="166" />
            <source>Loan</source>
            <translation>Loan</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="167" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="168" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="172" />
            <source>From account</source>
            <translation>From account</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="178" />
            <source>Transactions behind the alert</source>
            <translation>Transactions behind the alert</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="183" />
            <source>Close with disposition…</source>
            <translation>Close with disposition…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="187" />
            <source>Alert</source>
            <translation>Alert</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="188" />
            <source>Why it fired</source>
            <translation>Why it fired</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="189" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="192" />
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="194" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="201" />
            <source>Report file format</source>
            <translation>Report file format</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="205" />
            <source>Reports of alerts closed as “Report”:</source>
            <translation>Reports of alerts closed as “Report”:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="207" />
            <source>Large-value report…</source>
            <translation>Large-value report…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="208" />
            <source>Suspicious transaction report…</source>
            <translation>Suspicious transaction report…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="264" />
            <source>Open: waiting for a reviewer.</source>
            <translation>Open: waiting for a reviewer.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="265" />
            <source>%1 by %2 on %3: %4</source>
            <translation>%1 by %2 on %3: %4</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="286" />
            <source>Monitoring for %1: %2 new alerts (%3 raised before).</source>
            <translation>Monitoring for %1: %2 new alerts (%3 raised before).</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="308" />
            <source>Alert closed: %1.</source>
            <translation>Alert closed: %1.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="320" />
            <source>Save report</source>
            <translation>Save report</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="332" />
            <source>Report %1 written: %2 records to %3.</source>
            <translation>Report %1 written: %2 records to %3.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="345" />
            <source>Confirm report export</source>
            <translation>Confirm report export</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="346" />
            <source>The report holds full identity numbers. Enter your password to confirm:</source>
            <translation>The report holds full identity numbers. Enter your password to confirm:</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="50" />
            <source>Record bureau consent</source>
            <translation>Record bureau consent</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="55" />
            <source>Consent text</source>
            <translation>Consent text</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="57" />
            <source>Signed paper form</source>
            <translation>Signed paper form</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="58" />
            <source>Electronic signature</source>
            <translation>Electronic signature</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="59" />
            <source>The borrower has signed this text (version %1).</source>
            <translation>The borrower has signed this text (version %1).</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="70" />
            <source>Method</source>
            <translation>Method</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="47" />
            <source>Log contact</source>
            <translation>Log contact</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="55" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="56" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="57" />
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="58" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>ContactEditDialog</name>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="37" />
            <source>Edit contact details</source>
            <translation>Edit contact details</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="55" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="56" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="57" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="58" />
            <source>Employer</source>
            <translation>Employer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="59" />
            <source>Occupation</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="60" />
            <source>Monthly income</source>
            <translation>Monthly income</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="76" />
            <source>%1 — leave empty to keep</source>
            <translation>%1 — leave empty to keep</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="112" />
            <source>Please correct the fields marked in red.</source>
            <translation>Please correct the fields marked in red.</translation>
        </message>
    </context>
    <context>
        <name>ContactKind</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="107" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="108" />
            <source>Telephone</source>
            <translation>Telephone</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="109" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="110" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="111" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
    </context>
    <context>
        <name>ContactOutcome</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="124" />
            <source>No answer</source>
            <translation>No answer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="125" />
            <source>Left a message</source>
            <translation>Left a message</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="126" />
            <source>Spoke: promised to pay</source>
            <translation>Spoke: promised to pay</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="127" />
            <source>Spoke: refused to pay</source>
            <translation>Spoke: refused to pay</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="128" />
            <source>Wrong number</source>
            <translation>Wrong number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="129" />
            <source>Borrower disputes the debt</source>
            <translation>Borrower disputes the debt</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="130" />
            <source>Borrower reports hardship</source>
            <translation>Borrower reports hardship</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="131" />
            <source>Says already paid</source>
            <translation>Says already paid</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="132" />
            <source>Asked to be called back</source>
            <translation>Asked to be called back</translation>
        </message>
    </context>
    <context>
        <name>ContractPreview</name>
        <message>
            <location filename="../../workstation/views/contract_preview.py" line="37" />
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_preview.py" line="41" />
            <source>Sign…</source>
            <translation>Sign…</translation>
        </message>
    </context>
    <context>
        <name>ContractStatus</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="48" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="49" />
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="50" />
            <source>Void</source>
            <translation>Void</translation>
        </message>
    </context>
    <context>
        <name>ContractsView</name>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="53" />
            <source>Contracts</source>
            <translation>Contracts</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="57" />
            <source>Contract number or customer name</source>
            <translation>Contract number or customer name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="60" />
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="93" />
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="68" />
            <source>Any date</source>
            <translation>Any date</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="79" />
            <source>Contract number</source>
            <translation>Contract number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="80" />
            <source>Issue</source>
            <translation>Issue</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="81" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="88" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="90" />
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="48" />
            <source>No contracts match. Clear the search or choose “Any status”.</source>
            <translation>No contracts match. Clear the search or choose “Any status”.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="63" />
            <source>Contract status</source>
            <translation>Contract status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="83" />
            <source>Amount (%1)</source>
            <translation>Amount (%1)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="104" />
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="106" />
            <source>Issued &amp;from:</source>
            <translation>Issued &amp;from:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="119" />
            <source>Preview and print…</source>
            <translation>Preview and print…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="120" />
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="121" />
            <source>Sign…</source>
            <translation>Sign…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="122" />
            <source>Re-issue draft…</source>
            <translation>Re-issue draft…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="123" />
            <source>Verify a file…</source>
            <translation>Verify a file…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="163" />
            <source>Contract %1</source>
            <translation>Contract %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="172" />
            <source>Export contract to folder</source>
            <translation>Export contract to folder</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="181" />
            <source>Exported</source>
            <translation>Exported</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="183" />
            <source>Saved %1. It contains the borrower's personal data: keep it safe.</source>
            <translation>Saved %1. It contains the borrower's personal data: keep it safe.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="202" />
            <source>Signing the contract…</source>
            <translation>Signing the contract…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="211" />
            <source>Chinese and English</source>
            <translation>Chinese and English</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="212" />
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="213" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="216" />
            <source>Re-issue draft</source>
            <translation>Re-issue draft</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="216" />
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="228" />
            <source>Verify a contract file</source>
            <translation>Verify a contract file</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="228" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="243" />
            <source>Contract intact</source>
            <translation>Contract intact</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="244" />
            <source>This is contract %1, signed and unchanged since signing.</source>
            <translation>This is contract %1, signed and unchanged since signing.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="251" />
            <source>Contract NOT intact</source>
            <translation>Contract NOT intact</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="252" />
            <source>This file is not an intact contract of this lender:</source>
            <translation>This file is not an intact contract of this lender:</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="51" />
            <source>Correct account %1</source>
            <translation>Correct account %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="53" />
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="54" />
            <source>Amount overdue</source>
            <translation>Amount overdue</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="55" />
            <source>Days past due</source>
            <translation>Days past due</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="56" />
            <source>Status code (N, 1-7, C, W)</source>
            <translation>Status code (N, 1-7, C, W)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="57" />
            <source>Closing date (YYYY-MM-DD)</source>
            <translation>Closing date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="64" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>CreditDecision</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="181" />
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="182" />
            <source>Refer to a supervisor</source>
            <translation>Refer to a supervisor</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="183" />
            <source>Decline</source>
            <translation>Decline</translation>
        </message>
    </context>
    <context>
        <name>CreditScreen</name>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="43" />
            <source>Portfolio and stability</source>
            <translation>Portfolio and stability</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="45" />
            <source>Assessments</source>
            <translation>Assessments</translation>
        </message>
    </context>
    <context>
        <name>CustomerKind</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="83" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="84" />
            <source>Business</source>
            <translation>Business</translation>
        </message>
    </context>
    <context>
        <name>CustomerSearchView</name>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="45" />
            <source>Name, pinyin, initials, ID number or last 4+ phone digits</source>
            <translation>Name, pinyin, initials, ID number or last 4+ phone digits</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="48" />
            <source>Find a customer</source>
            <translation>Find a customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="49" />
            <source>New customer…</source>
            <translation>New customer…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="60" />
            <source>No customers match. Try part of the name, pinyin initials, or the last 4 digits of the phone.</source>
            <translation>No customers match. Try part of the name, pinyin initials, or the last 4 digits of the phone.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="67" />
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="78" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="80" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="83" />
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="84" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="86" />
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="92" />
            <source>Monthly income</source>
            <translation>Monthly income</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="97" />
            <source>Onboarding</source>
            <translation>Onboarding</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="112" />
            <source>%1 customers shown (at most 50)</source>
            <translation>%1 customers shown (at most 50)</translation>
        </message>
    </context>
    <context>
        <name>CustomerStatus</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="91" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="92" />
            <source>Blocked</source>
            <translation>Blocked</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="93" />
            <source>Merged</source>
            <translation>Merged</translation>
        </message>
    </context>
    <context>
        <name>CustomerView</name>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="57" />
            <source>Scans</source>
            <translation>Scans</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="66" />
            <source>← Back to search</source>
            <translation>← Back to search</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="70" />
            <source>Edit contact details…</source>
            <translation>Edit contact details…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="74" />
            <source>Record in-person check…</source>
            <translation>Record in-person check…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="77" />
            <source>Decide watch-list hit…</source>
            <translation>Decide watch-list hit…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="98" />
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="99" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="100" />
            <source>Bank card</source>
            <translation>Bank card</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="101" />
            <source>Born / age / sex</source>
            <translation>Born / age / sex</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="102" />
            <location filename="../../workstation/views/customer_view.py" line="186" />
            <location filename="../../workstation/views/customer_view.py" line="206" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="107" />
            <source>Employer / occupation</source>
            <translation>Employer / occupation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="108" />
            <source>Monthly income / debts</source>
            <translation>Monthly income / debts</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="109" />
            <source>E-mail / address</source>
            <translation>E-mail / address</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="110" />
            <location filename="../../workstation/views/customer_view.py" line="295" />
            <source>In-person check</source>
            <translation>In-person check</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="119" />
            <source>Reveal</source>
            <translation>Reveal</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="121" />
            <source>Reveal %1</source>
            <translation>Reveal %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="130" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="131" />
            <source>Fraud signals</source>
            <translation>Fraud signals</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="132" />
            <source>Watch-list hits</source>
            <translation>Watch-list hits</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="133" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="134" />
            <source>Applications and loans</source>
            <translation>Applications and loans</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="139" />
            <source>No identity documents recorded.</source>
            <translation>No identity documents recorded.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="140" />
            <source>No fraud signals: no phone, address or card is shared.</source>
            <translation>No fraud signals: no phone, address or card is shared.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="141" />
            <source>No watch-list hits.</source>
            <translation>No watch-list hits.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="142" />
            <source>No changes since onboarding.</source>
            <translation>No changes since onboarding.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="143" />
            <source>No applications or loans yet.</source>
            <translation>No applications or loans yet.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="150" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="151" />
            <location filename="../../workstation/views/customer_view.py" line="204" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="153" />
            <source>Expiry</source>
            <translation>Expiry</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="158" />
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="159" />
            <source>passed</source>
            <translation>passed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="159" />
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="162" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="172" />
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="173" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="174" />
            <source>Other customer</source>
            <translation>Other customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="175" />
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="181" />
            <source>Listed name</source>
            <translation>Listed name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="182" />
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="184" />
            <source>Match</source>
            <translation>Match</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="188" />
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="196" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="197" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="198" />
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="210" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="263" />
            <source>Watch-list hits (%1 open)</source>
            <translation>Watch-list hits (%1 open)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="268" />
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="296" />
            <source>I saw the original document and compared the photo. Note (optional):</source>
            <translation>I saw the original document and compared the photo. Note (optional):</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="313" />
            <source>Clear (not the listed person)</source>
            <translation>Clear (not the listed person)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="313" />
            <source>Confirm (listed person)</source>
            <translation>Confirm (listed person)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="315" />
            <location filename="../../workstation/views/customer_view.py" line="319" />
            <source>Watch-list hit</source>
            <translation>Watch-list hit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="319" />
            <source>Comment:</source>
            <translation>Comment:</translation>
        </message>
    </context>
    <context>
        <name>DocumentType</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="102" />
            <source>Resident ID card</source>
            <translation>Resident ID card</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="103" />
            <source>Passport</source>
            <translation>Passport</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="104" />
            <source>Unified social credit code</source>
            <translation>Unified social credit code</translation>
        </message>
    </context>
    <context>
        <name>EarlyWarningView</name>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="43" />
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="44" />
            <source>Watch</source>
            <translation>Watch</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="45" />
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="46" />
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="47" />
            <location filename="../../workstation/views/early_warning_view.py" line="210" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="48" />
            <location filename="../../workstation/views/early_warning_view.py" line="211" />
            <source>Actioned</source>
            <translation>Actioned</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="49" />
            <location filename="../../workstation/views/early_warning_view.py" line="212" />
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="50" />
            <source>Call the borrower</source>
            <translation>Call the borrower</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="51" />
            <source>Visit the borrower</source>
            <translation>Visit the borrower</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="52" />
            <source>Reduce the limit</source>
            <translation>Reduce the limit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="53" />
            <source>Offer a restructuring</source>
            <translation>Offer a restructuring</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="54" />
            <source>Escalate to head office</source>
            <translation>Escalate to head office</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="55" />
            <source>No action needed</source>
            <translation>No action needed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="56" />
            <source>Missed payment</source>
            <translation>Missed payment</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="57" />
            <source>Partial payment</source>
            <translation>Partial payment</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="58" />
            <source>Arrears rising</source>
            <translation>Arrears rising</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="59" />
            <source>Broken promise</source>
            <translation>Broken promise</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="60" />
            <source>Contact details changed</source>
            <translation>Contact details changed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="61" />
            <source>Watch-list hit</source>
            <translation>Watch-list hit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="62" />
            <source>New bureau inquiries</source>
            <translation>New bureau inquiries</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="63" />
            <source>Bureau debt up</source>
            <translation>Bureau debt up</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="66" />
            <source>%1 installment(s) with nothing paid, the first due on %2.</source>
            <translation>%1 installment(s) with nothing paid, the first due on %2.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="69" />
            <source>%1 installment(s) that fell due are only partly paid.</source>
            <translation>%1 installment(s) that fell due are only partly paid.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="72" />
            <source>Arrears moved from “%1” at the last month end to “%2”.</source>
            <translation>Arrears moved from “%1” at the last month end to “%2”.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="75" />
            <source>%1 promise(s) to pay broken in the last 90 days, the last due on %2.</source>
            <translation>%1 promise(s) to pay broken in the last 90 days, the last due on %2.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="78" />
            <source>Contact details changed on %1, shortly before the first due date missed (%2).</source>
            <translation>Contact details changed on %1, shortly before the first due date missed (%2).</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="82" />
            <source>%1 watch-list match(es) since the loan was paid out, the last on %2; not cleared.</source>
            <translation>%1 watch-list match(es) since the loan was paid out, the last on %2; not cleared.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="86" />
            <source>A confirmed watch-list match since the loan was paid out.</source>
            <translation>A confirmed watch-list match since the loan was paid out.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="89" />
            <source>Bureau inquiries in six months rose from %1 to %2 (report of %3).</source>
            <translation>Bureau inquiries in six months rose from %1 to %2 (report of %3).</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="92" />
            <source>Debt reported to the bureau rose from %1 to %2 (report of %3).</source>
            <translation>Debt reported to the bureau rose from %1 to %2 (report of %3).</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="185" />
            <source>No loans to act on: the last daily pass found no signals.</source>
            <translation>No loans to act on: the last daily pass found no signals.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="188" />
            <source>Early warnings</source>
            <translation>Early warnings</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="207" />
            <location filename="../../workstation/views/early_warning_view.py" line="220" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="209" />
            <source>Open and actioned</source>
            <translation>Open and actioned</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="217" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="227" />
            <location filename="../../workstation/views/early_warning_view.py" line="308" />
            <source>Select a loan</source>
            <translation>Select a loan</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="231" />
            <source>Record action…</source>
            <translation>Record action…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="234" />
            <source>No action recorded yet.</source>
            <translation>No action recorded yet.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="236" />
            <location filename="../../workstation/views/early_warning_view.py" line="245" />
            <source>Actions taken</source>
            <translation>Actions taken</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="242" />
            <source>Why this loan is on the list</source>
            <translation>Why this loan is on the list</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="254" />
            <source>Loan</source>
            <translation>Loan</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="255" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="256" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="257" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="258" />
            <source>Signals</source>
            <translation>Signals</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="259" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="261" />
            <source>Days past due</source>
            <translation>Days past due</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="267" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="276" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="277" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="278" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="279" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="292" />
            <source>%1 of %2 warnings shown, riskiest first.</source>
            <translation>%1 of %2 warnings shown, riskiest first.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="320" />
            <source>No signal now.</source>
            <translation>No signal now.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="339" />
            <source>Action recorded: %1.</source>
            <translation>Action recorded: %1.</translation>
        </message>
    </context>
    <context>
        <name>EodDialog</name>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="40" />
            <source>End of day</source>
            <translation>End of day</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="43" />
            <source>Business date %1. A stopped run continues where it left off.</source>
            <translation>Business date %1. A stopped run continues where it left off.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="51" />
            <source>%v of %m steps</source>
            <translation>%v of %m steps</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="52" />
            <source>Run end of day</source>
            <translation>Run end of day</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="80" />
            <source>The end of day for this date has already run.</source>
            <translation>The end of day for this date has already run.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="83" />
            <source>Done: %1 loans worked, %2 cases opened, penalties %3, in %4 s.</source>
            <translation>Done: %1 loans worked, %2 cases opened, penalties %3, in %4 s.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../workstation/views/errors.py" line="29" />
            <source>The disk is full, so nothing was saved. Free some space or call IT, then try again; the data saved before is safe.</source>
            <translation>The disk is full, so nothing was saved. Free some space or call IT, then try again; the data saved before is safe.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/errors.py" line="36" />
            <source>Something went wrong and the last action was not completed. Nothing was saved half-way. Try again; if it happens again, call IT support and give them the time.</source>
            <translation>Something went wrong and the last action was not completed. Nothing was saved half-way. Try again; if it happens again, call IT support and give them the time.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/errors.py" line="48" />
            <source>Could not complete the action</source>
            <translation>Could not complete the action</translation>
        </message>
    </context>
    <context>
        <name>EscalationDialog</name>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="106" />
            <source>Settle for (%1)</source>
            <translation>Settle for (%1)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="108" />
            <source>New term (months)</source>
            <translation>New term (months)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="109" />
            <source>Annual rate</source>
            <translation>Annual rate</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="111" />
            <source>Hold for (days)</source>
            <translation>Hold for (days)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="112" />
            <source>Reason for the supervisor</source>
            <translation>Reason for the supervisor</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="117" />
            <source>Request settlement: %1</source>
            <translation>Request settlement: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="118" />
            <source>Request restructure: %1</source>
            <translation>Request restructure: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="119" />
            <source>Request write-off: %1</source>
            <translation>Request write-off: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="120" />
            <source>Request hardship hold: %1</source>
            <translation>Request hardship hold: %1</translation>
        </message>
    </context>
    <context>
        <name>FraudCheck</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="202" />
            <source>Many applications by this customer in 24 hours</source>
            <translation>Many applications by this customer in 24 hours</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="205" />
            <source>Many applications by this customer in 30 days</source>
            <translation>Many applications by this customer in 30 days</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="208" />
            <source>Many applications on this phone in 24 hours</source>
            <translation>Many applications on this phone in 24 hours</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="211" />
            <source>Many applications on this phone in 30 days</source>
            <translation>Many applications on this phone in 30 days</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="214" />
            <source>Many applications on this bank card in 24 hours</source>
            <translation>Many applications on this bank card in 24 hours</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="217" />
            <source>Many applications on this bank card in 30 days</source>
            <translation>Many applications on this bank card in 30 days</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="220" />
            <source>Many applications from this device in 24 hours</source>
            <translation>Many applications from this device in 24 hours</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="223" />
            <source>Many applications from this device in 30 days</source>
            <translation>Many applications from this device in 30 days</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="226" />
            <source>Phone shared with another customer</source>
            <translation>Phone shared with another customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="227" />
            <source>E-mail shared with another customer</source>
            <translation>E-mail shared with another customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="228" />
            <source>Address shared with another customer</source>
            <translation>Address shared with another customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="229" />
            <source>Bank card shared with another customer</source>
            <translation>Bank card shared with another customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="230" />
            <source>ID number not valid</source>
            <translation>ID number not valid</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="231" />
            <source>Birth date differs from the ID number</source>
            <translation>Birth date differs from the ID number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="234" />
            <source>Sex differs from the ID number</source>
            <translation>Sex differs from the ID number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="235" />
            <source>On the blacklist</source>
            <translation>On the blacklist</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../workstation/views/help_dialog.py" line="29" />
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <location filename="../../workstation/views/help_dialog.py" line="32" />
            <source>Help text</source>
            <translation>Help text</translation>
        </message>
        <message>
            <location filename="../../workstation/views/help_dialog.py" line="44" />
            <source>&lt;p&gt;There is no help page for this screen yet.&lt;/p&gt;</source>
            <translation>&lt;p&gt;There is no help page for this screen yet.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Hold</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="149" />
            <source>dispute</source>
            <translation>dispute</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="150" />
            <source>hardship</source>
            <translation>hardship</translation>
        </message>
    </context>
    <context>
        <name>KeyboardMenus</name>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="74" />
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="76" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="77" />
            <source>&amp;Help for this screen</source>
            <translation>&amp;Help for this screen</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="79" />
            <source>&amp;Keyboard shortcuts…</source>
            <translation>&amp;Keyboard shortcuts…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="91" />
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="92" />
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="95" />
            <source>&amp;New customer</source>
            <translation>&amp;New customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="97" />
            <source>&amp;Sync now</source>
            <translation>&amp;Sync now</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="99" />
            <source>Go to %1</source>
            <translation>Go to %1</translation>
        </message>
    </context>
    <context>
        <name>LedgerKind</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="135" />
            <source>Repayment</source>
            <translation>Repayment</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="136" />
            <source>Reversal</source>
            <translation>Reversal</translation>
        </message>
    </context>
    <context>
        <name>LifecycleActions</name>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="107" />
            <source>Issue contract…</source>
            <translation>Issue contract…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="110" />
            <source>Sign contract…</source>
            <translation>Sign contract…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="114" />
            <source>Book and disburse…</source>
            <translation>Book and disburse…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="115" />
            <source>Loan schedule…</source>
            <translation>Loan schedule…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="133" />
            <source>Chinese and English</source>
            <translation>Chinese and English</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="134" />
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="135" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="137" />
            <source>Issue contract</source>
            <translation>Issue contract</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="137" />
            <source>Contract language:</source>
            <translation>Contract language:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="147" />
            <source>Issuing the contract…</source>
            <translation>Issuing the contract…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="160" />
            <source>This application has no contract waiting to be signed.</source>
            <translation>This application has no contract waiting to be signed.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="163" />
            <source>Contract %1</source>
            <translation>Contract %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="188" />
            <source>Signing the contract…</source>
            <translation>Signing the contract…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="193" />
            <source>Contract %1 is signed.</source>
            <translation>Contract %1 is signed.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="204" />
            <source>The borrower has no bank account for payouts; add one to the customer.</source>
            <translation>The borrower has no bank account for payouts; add one to the customer.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="208" />
            <source>Book and disburse</source>
            <translation>Book and disburse</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="208" />
            <source>Pay out to:</source>
            <translation>Pay out to:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="226" />
            <source>Disbursing…</source>
            <translation>Disbursing…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="233" />
            <source>Confirm disbursement</source>
            <translation>Confirm disbursement</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="234" />
            <source>Disbursing pays out money. Enter your password to confirm:</source>
            <translation>Disbursing pays out money. Enter your password to confirm:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="245" />
            <source>Loan %1 is disbursed.</source>
            <translation>Loan %1 is disbursed.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="255" />
            <source>No loan is booked for this application.</source>
            <translation>No loan is booked for this application.</translation>
        </message>
    </context>
    <context>
        <name>LoanScheduleDialog</name>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="50" />
            <source>Loan %1</source>
            <translation>Loan %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="53" />
            <source>Loan %1 (%2): principal %3, outstanding %4.</source>
            <translation>Loan %1 (%2): principal %3, outstanding %4.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="64" />
            <source>Repayment schedule</source>
            <translation>Repayment schedule</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="80" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="81" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="82" />
            <source>Principal</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="83" />
            <source>Interest</source>
            <translation>Interest</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="84" />
            <source>Fee</source>
            <translation>Fee</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="85" />
            <source>Unpaid</source>
            <translation>Unpaid</translation>
        </message>
    </context>
    <context>
        <name>LoanStatus</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="35" />
            <source>Awaiting payout</source>
            <translation>Awaiting payout</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="36" />
            <source>Repaying</source>
            <translation>Repaying</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="37" />
            <source>Restructured</source>
            <translation>Restructured</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="38" />
            <source>Settling</source>
            <translation>Settling</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="39" />
            <source>Settled</source>
            <translation>Settled</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="40" />
            <source>Paid off</source>
            <translation>Paid off</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="41" />
            <source>Written off</source>
            <translation>Written off</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../workstation/views/login.py" line="41" />
            <source>Unlock the workstation</source>
            <translation>Unlock the workstation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="41" />
            <location filename="../../workstation/views/login.py" line="54" />
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="43" />
            <location filename="../../workstation/views/login.py" line="64" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="47" />
            <location filename="../../workstation/views/login.py" line="65" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="51" />
            <source>Sign-in message</source>
            <translation>Sign-in message</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="54" />
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="67" />
            <source>Loan Officer Workstation</source>
            <translation>Loan Officer Workstation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="71" />
            <source>The workstation was locked. Your work is kept.</source>
            <translation>The workstation was locked. Your work is kept.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="86" />
            <source>Enter your user name and password.</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="89" />
            <source>Signing in…</source>
            <translation>Signing in…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../workstation/views/main_window.py" line="43" />
            <source>Loan Officer Workstation</source>
            <translation>Loan Officer Workstation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="46" />
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="75" />
            <source>User: %1</source>
            <translation>User: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="76" />
            <source>Role: %1</source>
            <translation>Role: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="77" />
            <source>Branch: %1</source>
            <translation>Branch: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="78" />
            <source>Sync: not configured</source>
            <translation>Sync: not configured</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="79" />
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="80" />
            <source>Lock the workstation</source>
            <translation>Lock the workstation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="91" />
            <source>&amp;Workstation</source>
            <translation>&amp;Workstation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="92" />
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="95" />
            <source>Sign &amp;out</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="97" />
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="99" />
            <source>Change &amp;password…</source>
            <translation>Change &amp;password…</translation>
        </message>
    </context>
    <context>
        <name>MatchKind</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="177" />
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="178" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
    </context>
    <context>
        <name>MonitoringPane</name>
        <message numerus="yes">
            <location filename="../../workstation/views/credit_dashboard.py" line="62" />
            <source>Last %n day(s)</source>
            <translation>
                <numerusform>Last %n day</numerusform>
                <numerusform>Last %n days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="68" />
            <source>Score distribution</source>
            <translation>Score distribution</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="77" />
            <source>Characteristic stability</source>
            <translation>Characteristic stability</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="81" />
            <source>Applications assessed in the</source>
            <translation>Applications assessed in the</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="88" />
            <source>Characteristic stability against the training data</source>
            <translation>Characteristic stability against the training data</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="93" />
            <source>Characteristic</source>
            <translation>Characteristic</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="95" />
            <source>CSI</source>
            <translation>CSI</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="100" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="102" />
            <source>Points shift</source>
            <translation>Points shift</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="111" />
            <source>stable</source>
            <translation>stable</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="112" />
            <source>monitor</source>
            <translation>monitor</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="113" />
            <source>significant shift</source>
            <translation>significant shift</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="75" />
            <location filename="../../workstation/views/credit_dashboard.py" line="131" />
            <source>No applications were assessed in this period.</source>
            <translation>No applications were assessed in this period.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="60" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="134" />
            <source>%1 applications; score PSI %2 (%3). Bands: %4</source>
            <translation>%1 applications; score PSI %2 (%3). Bands: %4</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="144" />
            <source>Applications</source>
            <translation>Applications</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../../workstation/views/navigation.py" line="40" />
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="46" />
            <source>Applications</source>
            <translation>Applications</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="52" />
            <source>Approvals</source>
            <translation>Approvals</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="58" />
            <source>Contracts</source>
            <translation>Contracts</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="64" />
            <source>Collections</source>
            <translation>Collections</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="70" />
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="76" />
            <source>Portfolio risk</source>
            <translation>Portfolio risk</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="82" />
            <source>Early warning</source>
            <translation>Early warning</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="88" />
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="94" />
            <source>Credit</source>
            <translation>Credit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="100" />
            <source>Credit bureau</source>
            <translation>Credit bureau</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="106" />
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="112" />
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="118" />
            <source>Compliance</source>
            <translation>Compliance</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="124" />
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
    </context>
    <context>
        <name>OnboardingForm</name>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="40" />
            <source>Person (resident ID)</source>
            <translation>Person (resident ID)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="41" />
            <source>Person (passport MRZ)</source>
            <translation>Person (passport MRZ)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="42" />
            <source>Small business (USCC)</source>
            <translation>Small business (USCC)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="48" />
            <source>&lt;b&gt;New customer&lt;/b&gt;</source>
            <translation>&lt;b&gt;New customer&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="56" />
            <source>Legal name</source>
            <translation>Legal name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="57" />
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="58" />
            <source>ID expiry (YYYY-MM-DD)</source>
            <translation>ID expiry (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="59" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="60" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="61" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="62" />
            <source>Bank card</source>
            <translation>Bank card</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="63" />
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="64" />
            <source>Employer</source>
            <translation>Employer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="65" />
            <source>Occupation</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="68" />
            <source>Monthly income (%1)</source>
            <translation>Monthly income (%1)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="70" />
            <source>Legal representative (customer id)</source>
            <translation>Legal representative (customer id)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="75" />
            <source>Customer type</source>
            <translation>Customer type</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="97" />
            <source>Save customer</source>
            <translation>Save customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="99" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="146" />
            <source>use the form YYYY-MM-DD</source>
            <translation>use the form YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="161" />
            <source>This customer already exists; opening the record.</source>
            <translation>This customer already exists; opening the record.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="172" />
            <source>Please correct the fields marked in red.</source>
            <translation>Please correct the fields marked in red.</translation>
        </message>
    </context>
    <context>
        <name>OnboardingState</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="96" />
            <source>Screening</source>
            <translation>Screening</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="97" />
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="98" />
            <source>Held: watch-list match</source>
            <translation>Held: watch-list match</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="99" />
            <source>Refused: watch list</source>
            <translation>Refused: watch list</translation>
        </message>
    </context>
    <context>
        <name>Party</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="145" />
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="146" />
            <source>Registered contact</source>
            <translation>Registered contact</translation>
        </message>
    </context>
    <context>
        <name>Permission</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="277" />
            <source>Read customers</source>
            <translation>Read customers</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="278" />
            <source>Add and edit customers</source>
            <translation>Add and edit customers</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="279" />
            <source>Reveal full ID, phone and card numbers</source>
            <translation>Reveal full ID, phone and card numbers</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="280" />
            <source>Manage the watch list</source>
            <translation>Manage the watch list</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="281" />
            <source>Decide watch-list hits</source>
            <translation>Decide watch-list hits</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="282" />
            <source>Take applications</source>
            <translation>Take applications</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="283" />
            <source>Approve or decline applications</source>
            <translation>Approve or decline applications</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="284" />
            <source>Read credit assessments</source>
            <translation>Read credit assessments</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="285" />
            <source>Manage products</source>
            <translation>Manage products</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="286" />
            <source>Issue and sign contracts</source>
            <translation>Issue and sign contracts</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="287" />
            <source>Post repayments</source>
            <translation>Post repayments</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="288" />
            <source>Disburse loans</source>
            <translation>Disburse loans</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="289" />
            <source>Work collection cases</source>
            <translation>Work collection cases</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="290" />
            <source>Assign collection cases</source>
            <translation>Assign collection cases</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="291" />
            <source>Run the end of day</source>
            <translation>Run the end of day</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="292" />
            <source>Export reports</source>
            <translation>Export reports</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="293" />
            <source>Read the audit trail</source>
            <translation>Read the audit trail</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="294" />
            <source>Manage users</source>
            <translation>Manage users</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="295" />
            <source>Manage roles</source>
            <translation>Manage roles</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="296" />
            <source>Change settings</source>
            <translation>Change settings</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="297" />
            <source>Sync with head office</source>
            <translation>Sync with head office</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="298" />
            <source>Maintain the database</source>
            <translation>Maintain the database</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="299" />
            <source>Query the credit bureau</source>
            <translation>Query the credit bureau</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="300" />
            <source>Report to the credit bureau</source>
            <translation>Report to the credit bureau</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="301" />
            <source>Monitor portfolio risk</source>
            <translation>Monitor portfolio risk</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="302" />
            <source>Review AML alerts</source>
            <translation>Review AML alerts</translation>
        </message>
    </context>
    <context>
        <name>PolicyRule</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="186" />
            <source>Birth date not recorded</source>
            <translation>Birth date not recorded</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="187" />
            <source>Below the minimum age</source>
            <translation>Below the minimum age</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="188" />
            <source>Above the maximum age</source>
            <translation>Above the maximum age</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="189" />
            <source>Income below the minimum</source>
            <translation>Income below the minimum</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="190" />
            <source>Debt-to-income above the limit</source>
            <translation>Debt-to-income above the limit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="191" />
            <source>Total exposure above the limit</source>
            <translation>Total exposure above the limit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="192" />
            <source>APR not priced</source>
            <translation>APR not priced</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="193" />
            <source>APR above the legal cap</source>
            <translation>APR above the legal cap</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="194" />
            <source>Overdue loans with us</source>
            <translation>Overdue loans with us</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="195" />
            <source>Unresolved watch-list hit</source>
            <translation>Unresolved watch-list hit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="196" />
            <source>Identity document expired</source>
            <translation>Identity document expired</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="197" />
            <source>Arrears in the bureau report</source>
            <translation>Arrears in the bureau report</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="198" />
            <source>Many recent bureau inquiries</source>
            <translation>Many recent bureau inquiries</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="199" />
            <source>Assessment inputs incomplete</source>
            <translation>Assessment inputs incomplete</translation>
        </message>
    </context>
    <context>
        <name>PortfolioRiskView</name>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="66" />
            <location filename="../../workstation/views/portfolio_risk_view.py" line="104" />
            <source>Concentration</source>
            <translation>Concentration</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="67" />
            <source>Vintage</source>
            <translation>Vintage</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="68" />
            <location filename="../../workstation/views/portfolio_risk_view.py" line="170" />
            <source>LPR sensitivity</source>
            <translation>LPR sensitivity</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="69" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="81" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="82" />
            <source>Branch</source>
            <translation>Branch</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="83" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="84" />
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="90" />
            <location filename="../../workstation/views/portfolio_risk_view.py" line="98" />
            <source>Concentration by</source>
            <translation>Concentration by</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="111" />
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="112" />
            <location filename="../../workstation/views/portfolio_risk_view.py" line="148" />
            <source>Loans</source>
            <translation>Loans</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="114" />
            <source>Principal outstanding</source>
            <translation>Principal outstanding</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="116" />
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="120" />
            <source>Unspecified</source>
            <translation>Unspecified</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="124" />
            <source>Vintage measure</source>
            <translation>Vintage measure</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="125" />
            <source>30+ days past due</source>
            <translation>30+ days past due</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="126" />
            <source>90+ days past due</source>
            <translation>90+ days past due</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="131" />
            <source>Share of the original principal</source>
            <translation>Share of the original principal</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="138" />
            <source>Vintages</source>
            <translation>Vintages</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="147" />
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="149" />
            <source>Principal lent</source>
            <translation>Principal lent</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="150" />
            <source>Months on book</source>
            <translation>Months on book</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="151" />
            <source>30+ now</source>
            <translation>30+ now</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="152" />
            <source>90+ now</source>
            <translation>90+ now</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="161" />
            <source>Change in interest income over the next 12 months if the loan prime rate moved today: floating loans reprice at once, balances stay as they are, and a loan earns only for its remaining instalments within 12 months.</source>
            <translation>Change in interest income over the next 12 months if the loan prime rate moved today: floating loans reprice at once, balances stay as they are, and a loan earns only for its remaining instalments within 12 months.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="180" />
            <source>LPR change (bp)</source>
            <translation>LPR change (bp)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="182" />
            <source>Income change</source>
            <translation>Income change</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="187" />
            <source>On 1-year LPR loans</source>
            <translation>On 1-year LPR loans</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="188" />
            <source>On 5-year LPR loans</source>
            <translation>On 5-year LPR loans</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="202" />
            <source>As of %1: %2 loans, principal outstanding %3</source>
            <translation>As of %1: %2 loans, principal outstanding %3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="224" />
            <source>Herfindahl-Hirschman index %1 (10,000 = all in one group)</source>
            <translation>Herfindahl-Hirschman index %1 (10,000 = all in one group)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="228" />
            <source>Share of principal (%)</source>
            <translation>Share of principal (%)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="235" />
            <source>Concentration by %1</source>
            <translation>Concentration by %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="249" />
            <source>Delinquency by months on book, one line per start month (%)</source>
            <translation>Delinquency by months on book, one line per start month (%)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="263" />
            <source>Vintage curves appear after the first month-end run</source>
            <translation>Vintage curves appear after the first month-end run</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="273" />
            <source>%1 floating-rate loans, principal %2 (%3 of the book). One-year LPR %4, five-year LPR %5.</source>
            <translation>%1 floating-rate loans, principal %2 (%3 of the book). One-year LPR %4, five-year LPR %5.</translation>
        </message>
    </context>
    <context>
        <name>PortfolioView</name>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="50" />
            <source>Portfolio by bucket</source>
            <translation>Portfolio by bucket</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="47" />
            <source>No loans on the books yet. Balances appear after the first payout.</source>
            <translation>No loans on the books yet. Balances appear after the first payout.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="76" />
            <source>Bucket</source>
            <translation>Bucket</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="80" />
            <source>Loans</source>
            <translation>Loans</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="82" />
            <source>Principal outstanding</source>
            <translation>Principal outstanding</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="88" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="95" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="96" />
            <source>Run end of day…</source>
            <translation>Run end of day…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="123" />
            <source>%1 loans, principal outstanding %2</source>
            <translation>%1 loans, principal outstanding %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="132" />
            <source>Principal outstanding (thousands, %1)</source>
            <translation>Principal outstanding (thousands, %1)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="158" />
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="138" />
            <source>Balances by bucket</source>
            <translation>Balances by bucket</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="145" />
            <source>Roll rates to the next bucket (%)</source>
            <translation>Roll rates to the next bucket (%)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="156" />
            <source>Roll rates appear after two month-end runs</source>
            <translation>Roll rates appear after two month-end runs</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="31" />
            <source>Revise product %1</source>
            <translation>Revise product %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="50" />
            <source>Saving creates a new version; existing applications and loans keep the version they were priced with.</source>
            <translation>Saving creates a new version; existing applications and loans keep the version they were priced with.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="61" />
            <source>Name (English)</source>
            <translation>Name (English)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="62" />
            <source>Name (Chinese)</source>
            <translation>Name (Chinese)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="63" />
            <source>Minimum amount</source>
            <translation>Minimum amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="64" />
            <source>Maximum amount</source>
            <translation>Maximum amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="65" />
            <source>Minimum term (months)</source>
            <translation>Minimum term (months)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="66" />
            <source>Maximum term (months)</source>
            <translation>Maximum term (months)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="67" />
            <source>Minimum annual rate (fraction)</source>
            <translation>Minimum annual rate (fraction)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="68" />
            <source>Maximum annual rate (fraction)</source>
            <translation>Maximum annual rate (fraction)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="69" />
            <source>Upfront fee (fraction of amount)</source>
            <translation>Upfront fee (fraction of amount)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="70" />
            <source>Penalty rate markup</source>
            <translation>Penalty rate markup</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="71" />
            <source>Repayment methods</source>
            <translation>Repayment methods</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="72" />
            <source>Eligible customers</source>
            <translation>Eligible customers</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="75" />
            <source>Policy: %1</source>
            <translation>Policy: %1</translation>
        </message>
    </context>
    <context>
        <name>ProductFit</name>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="40" />
            <source>Consumer goods and daily spending</source>
            <translation>Consumer goods and daily spending</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="43" />
            <source>Education</source>
            <translation>Education</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="44" />
            <source>Medical treatment</source>
            <translation>Medical treatment</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="45" />
            <source>Home renovation</source>
            <translation>Home renovation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="46" />
            <source>Vehicle purchase</source>
            <translation>Vehicle purchase</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="47" />
            <source>Travel</source>
            <translation>Travel</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="48" />
            <source>Wedding</source>
            <translation>Wedding</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="49" />
            <source>Business working capital</source>
            <translation>Business working capital</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="52" />
            <source>Business equipment</source>
            <translation>Business equipment</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="60" />
            <source>The product is no longer offered.</source>
            <translation>The product is no longer offered.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="61" />
            <source>Not offered to %kind customers.</source>
            <translation>Not offered to %kind customers.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="64" />
            <source>The term must be %min months.</source>
            <translation>The term must be %min months.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="65" />
            <source>The amount must be between %min and %max.</source>
            <translation>The amount must be between %min and %max.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="68" />
            <source>The term must be between %min and %max months.</source>
            <translation>The term must be between %min and %max months.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="71" />
            <source>Does not fund %purpose.</source>
            <translation>Does not fund %purpose.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="72" />
            <source>APR %apr at the list rate is above the cap of %cap.</source>
            <translation>APR %apr at the list rate is above the cap of %cap.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="75" />
            <source>Monthly income is below the product's minimum of %minimum.</source>
            <translation>Monthly income is below the product's minimum of %minimum.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="78" />
            <source>The instalment plus existing debts would take %ratio of income; the limit is %limit.</source>
            <translation>The instalment plus existing debts would take %ratio of income; the limit is %limit.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="82" />
            <source>Cannot be priced: %detail</source>
            <translation>Cannot be priced: %detail</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="83" />
            <source>Made for %purpose.</source>
            <translation>Made for %purpose.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="84" />
            <source>Funds any purpose, including %purpose.</source>
            <translation>Funds any purpose, including %purpose.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="87" />
            <source>APR %apr at the list rate.</source>
            <translation>APR %apr at the list rate.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="88" />
            <source>The instalment plus existing debts take %ratio of income (limit %limit).</source>
            <translation>The instalment plus existing debts take %ratio of income (limit %limit).</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="91" />
            <source>Amount %min – %max and term %min_months – %max_months months fit.</source>
            <translation>Amount %min – %max and term %min_months – %max_months months fit.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="104" />
            <source>business</source>
            <translation>business</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="106" />
            <source>individual</source>
            <translation>individual</translation>
        </message>
    </context>
    <context>
        <name>ProductFitPanel</name>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="134" />
            <location filename="../../workstation/views/product_fit_panel.py" line="158" />
            <source>Products that fit, best first</source>
            <translation>Products that fit, best first</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="138" />
            <source>Products left out</source>
            <translation>Products left out</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="152" />
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="153" />
            <source>Amount wanted (CNY)</source>
            <translation>Amount wanted (CNY)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="154" />
            <source>Term wanted (months)</source>
            <translation>Term wanted (months)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="160" />
            <source>Left out</source>
            <translation>Left out</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="185" />
            <source>Enter the amount as a number.</source>
            <translation>Enter the amount as a number.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="210" />
            <source>No product fits this request.</source>
            <translation>No product fits this request.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="227" />
            <source>%1. %2 %3 — score %4; %5 at %6, instalment %7</source>
            <translation>%1. %2 %3 — score %4; %5 at %6, instalment %7</translation>
        </message>
    </context>
    <context>
        <name>ProductKind</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="76" />
            <source>Personal loan</source>
            <translation>Personal loan</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="77" />
            <source>Consumer loan</source>
            <translation>Consumer loan</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="78" />
            <source>Revolving credit</source>
            <translation>Revolving credit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="79" />
            <source>Business loan</source>
            <translation>Business loan</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="80" />
            <source>Supply-chain loan</source>
            <translation>Supply-chain loan</translation>
        </message>
    </context>
    <context>
        <name>ProductsView</name>
        <message>
            <location filename="../../workstation/views/product_view.py" line="39" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="40" />
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="42" />
            <source>Maximum amount</source>
            <translation>Maximum amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="48" />
            <source>Maximum term</source>
            <translation>Maximum term</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="57" />
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="57" />
            <source>No products yet. The catalogue is empty.</source>
            <translation>No products yet. The catalogue is empty.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="61" />
            <source>Approval authority</source>
            <translation>Approval authority</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="62" />
            <source>No authority limits: every decision goes to head office.</source>
            <translation>No authority limits: every decision goes to head office.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="64" />
            <source>Show earlier versions</source>
            <translation>Show earlier versions</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="71" />
            <source>Approval authority per role and risk band</source>
            <translation>Approval authority per role and risk band</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="77" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="79" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="81" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="82" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="84" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="91" />
            <source>Months</source>
            <translation>Months</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="96" />
            <source>Rate</source>
            <translation>Rate</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="103" />
            <source>Fee</source>
            <translation>Fee</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="108" />
            <source>Methods</source>
            <translation>Methods</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="112" />
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="115" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="115" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="115" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="127" />
            <source>Revise product…</source>
            <translation>Revise product…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="129" />
            <source>Set authority limit…</source>
            <translation>Set authority limit…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="160" />
            <source>Select the current version of a product.</source>
            <translation>Select the current version of a product.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="169" />
            <source>Select a role and band in the authority table.</source>
            <translation>Select a role and band in the authority table.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="173" />
            <source>Authority limit</source>
            <translation>Authority limit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="174" />
            <source>Maximum amount and months for %1, band %2 (e.g. 50000 36):</source>
            <translation>Maximum amount and months for %1, band %2 (e.g. 50000 36):</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="185" />
            <source>Enter an amount and a number of months.</source>
            <translation>Enter an amount and a number of months.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="193" />
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>PromiseDialog</name>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="76" />
            <source>Record promise to pay</source>
            <translation>Record promise to pay</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="81" />
            <source>Amount (%1)</source>
            <translation>Amount (%1)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="82" />
            <source>Promised by</source>
            <translation>Promised by</translation>
        </message>
    </context>
    <context>
        <name>PromiseStatus</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="63" />
            <source>Awaiting payment</source>
            <translation>Awaiting payment</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="64" />
            <source>Kept</source>
            <translation>Kept</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="65" />
            <source>Broken</source>
            <translation>Broken</translation>
        </message>
    </context>
    <context>
        <name>ReminderStatus</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="53" />
            <source>Queued</source>
            <translation>Queued</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="54" />
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="55" />
            <source>Will retry</source>
            <translation>Will retry</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="56" />
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
    </context>
    <context>
        <name>ReminderTemplate</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="59" />
            <source>Before the due date</source>
            <translation>Before the due date</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="60" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
    </context>
    <context>
        <name>RepaymentDialog</name>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="30" />
            <source>Post repayment: %1</source>
            <translation>Post repayment: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="45" />
            <source>Amount (%1)</source>
            <translation>Amount (%1)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="46" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="47" />
            <source>Value date</source>
            <translation>Value date</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="54" />
            <source>fees</source>
            <translation>fees</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="55" />
            <source>penalty interest</source>
            <translation>penalty interest</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="56" />
            <source>interest</source>
            <translation>interest</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="57" />
            <source>principal</source>
            <translation>principal</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="62" />
            <source>held as credit</source>
            <translation>held as credit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="65" />
            <source>Posted %1: </source>
            <translation>Posted %1: </translation>
        </message>
    </context>
    <context>
        <name>RepaymentMethod</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="68" />
            <source>Equal instalments</source>
            <translation>Equal instalments</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="69" />
            <source>Equal principal</source>
            <translation>Equal principal</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="70" />
            <source>Interest only, principal at maturity</source>
            <translation>Interest only, principal at maturity</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="73" />
            <source>Principal and interest at maturity</source>
            <translation>Principal and interest at maturity</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="252" />
            <source>Loan officer</source>
            <translation>Loan officer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="253" />
            <source>Collector</source>
            <translation>Collector</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="254" />
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="255" />
            <source>Compliance officer</source>
            <translation>Compliance officer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="256" />
            <source>Auditor</source>
            <translation>Auditor</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="257" />
            <source>IT administrator</source>
            <translation>IT administrator</translation>
        </message>
    </context>
    <context>
        <name>RoleDescription</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="260" />
            <source>Branch loan officer</source>
            <translation>Branch loan officer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="261" />
            <source>Collections officer</source>
            <translation>Collections officer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="262" />
            <source>Branch supervisor: approvals, escalations, end of day</source>
            <translation>Branch supervisor: approvals, escalations, end of day</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="265" />
            <source>Compliance officer: AML alerts and regulatory reports</source>
            <translation>Compliance officer: AML alerts and regulatory reports</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="268" />
            <source>Auditor: reads everything, changes nothing</source>
            <translation>Auditor: reads everything, changes nothing</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="271" />
            <source>IT administrator: users, roles, settings, products; no borrower PII</source>
            <translation>IT administrator: users, roles, settings, products; no borrower PII</translation>
        </message>
    </context>
    <context>
        <name>ScanDialog</name>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="166" />
            <source>Scan</source>
            <translation>Scan</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="173" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ScansTab</name>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="41" />
            <source>No scans yet. Choose the kind and press “Add scan…”.</source>
            <translation>No scans yet. Choose the kind and press “Add scan…”.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="42" />
            <source>Scans</source>
            <translation>Scans</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="56" />
            <source>ID front</source>
            <translation>ID front</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="57" />
            <source>ID back</source>
            <translation>ID back</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="58" />
            <source>Business licence</source>
            <translation>Business licence</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="64" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="65" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="66" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="67" />
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="73" />
            <source>Kind of scan</source>
            <translation>Kind of scan</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="76" />
            <source>Add scan…</source>
            <translation>Add scan…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="78" />
            <source>View</source>
            <translation>View</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="105" />
            <source>Add scan</source>
            <translation>Add scan</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="107" />
            <source>Scans (*.png *.jpg *.jpeg *.pdf)</source>
            <translation>Scans (*.png *.jpg *.jpeg *.pdf)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="126" />
            <source>Scan added.</source>
            <translation>Scan added.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="138" />
            <source>Select a scan to view.</source>
            <translation>Select a scan to view.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="155" />
            <source>Save scan</source>
            <translation>Save scan</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="155" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ScoreScale</name>
        <message>
            <location filename="../../workstation/views/credit_scale.py" line="23" />
            <source>Score scale</source>
            <translation>Score scale</translation>
        </message>
    </context>
    <context>
        <name>ServiceMessages</name>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="21" />
            <source>The borrower has not given consent to a credit bureau inquiry.</source>
            <translation>The borrower has not given consent to a credit bureau inquiry.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="25" />
            <source>The borrower has withdrawn consent to credit bureau inquiries.</source>
            <translation>The borrower has withdrawn consent to credit bureau inquiries.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="29" />
            <source>This customer has no consent to withdraw.</source>
            <translation>This customer has no consent to withdraw.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="30" />
            <source>Record the bureau inquiry before importing its report.</source>
            <translation>Record the bureau inquiry before importing its report.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="31" />
            <source>This report file has already been imported.</source>
            <translation>This report file has already been imported.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="32" />
            <source>The application is not this customer's.</source>
            <translation>The application is not this customer's.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="33" />
            <source>The correction changes nothing.</source>
            <translation>The correction changes nothing.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="34" />
            <source>Please give the reason for the correction.</source>
            <translation>Please give the reason for the correction.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="35" />
            <source>There is no such reporting file in this branch.</source>
            <translation>There is no such reporting file in this branch.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="36" />
            <source>The stored file does not match its digest; it was not exported.</source>
            <translation>The stored file does not match its digest; it was not exported.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="40" />
            <source>The user name or password is not correct.</source>
            <translation>The user name or password is not correct.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="41" />
            <source>This account is disabled. Ask IT to enable it.</source>
            <translation>This account is disabled. Ask IT to enable it.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="42" />
            <source>Your temporary password has expired. Ask IT for a new one.</source>
            <translation>Your temporary password has expired. Ask IT for a new one.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="45" />
            <source>The new password must differ from the current one.</source>
            <translation>The new password must differ from the current one.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="46" />
            <source>The workstation is locked. Sign in again to continue.</source>
            <translation>The workstation is locked. Sign in again to continue.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="47" />
            <source>Please enter your password again to confirm this action.</source>
            <translation>Please enter your password again to confirm this action.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="50" />
            <source>This password is on the list of commonly used passwords.</source>
            <translation>This password is on the list of commonly used passwords.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="53" />
            <source>The database file is damaged: its integrity check failed. Nothing was changed and the file was kept as it is. Call IT to check it and restore the latest backup.</source>
            <translation>The database file is damaged: its integrity check failed. Nothing was changed and the file was kept as it is. Call IT to check it and restore the latest backup.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="58" />
            <source>The database could not be opened with this key: the key is wrong or the file is damaged. Nothing was changed.</source>
            <translation>The database could not be opened with this key: the key is wrong or the file is damaged. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="63" />
            <source>The workstation's key file is missing.</source>
            <translation>The workstation's key file is missing.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="64" />
            <source>The workstation's key file cannot be read.</source>
            <translation>The workstation's key file cannot be read.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="65" />
            <source>The workstation's key file was changed outside the app or belongs to another device.</source>
            <translation>The workstation's key file was changed outside the app or belongs to another device.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="69" />
            <source>This workstation is already set up.</source>
            <translation>This workstation is already set up.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="70" />
            <source>You cannot disable your own account.</source>
            <translation>You cannot disable your own account.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="71" />
            <source>You cannot change your own role.</source>
            <translation>You cannot change your own role.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="72" />
            <source>There is no such application in this branch.</source>
            <translation>There is no such application in this branch.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="73" />
            <source>There is no such customer in this branch.</source>
            <translation>There is no such customer in this branch.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="74" />
            <source>The amount must be a positive number.</source>
            <translation>The amount must be a positive number.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="75" />
            <source>The term must be at least one month.</source>
            <translation>The term must be at least one month.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="76" />
            <source>Only a draft application can be changed.</source>
            <translation>Only a draft application can be changed.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="77" />
            <source>Please say why the application is withdrawn.</source>
            <translation>Please say why the application is withdrawn.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="78" />
            <source>Please give the reason for the override request.</source>
            <translation>Please give the reason for the override request.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="79" />
            <source>This product version is no longer offered.</source>
            <translation>This product version is no longer offered.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="80" />
            <source>In-person verification needs the original document to be seen.</source>
            <translation>In-person verification needs the original document to be seen.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="84" />
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="85" />
            <source>this does not look like a phone number</source>
            <translation>this does not look like a phone number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="86" />
            <source>not a mobile number</source>
            <translation>not a mobile number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="87" />
            <source>a business needs its legal representative</source>
            <translation>a business needs its legal representative</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="89" />
            <source>There is no such scan in this branch.</source>
            <translation>There is no such scan in this branch.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="90" />
            <source>Only PNG, JPEG or PDF files can be added as scans.</source>
            <translation>Only PNG, JPEG or PDF files can be added as scans.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="91" />
            <source>The file could not be read.</source>
            <translation>The file could not be read.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="93" />
            <source>There is no such alert in this branch.</source>
            <translation>There is no such alert in this branch.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="94" />
            <source>Give a reason for the disposition.</source>
            <translation>Give a reason for the disposition.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="95" />
            <source>This alert is already closed.</source>
            <translation>This alert is already closed.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="96" />
            <source>There are no alerts closed as 'report' for this report.</source>
            <translation>There are no alerts closed as 'report' for this report.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="98" />
            <source>must be at most 200 characters</source>
            <translation>must be at most 200 characters</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="99" />
            <source>must be an amount such as 8500.00</source>
            <translation>must be an amount such as 8500.00</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="100" />
            <source>must not be negative</source>
            <translation>must not be negative</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="102" />
            <source>created</source>
            <translation>created</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="103" />
            <source>submitted for assessment</source>
            <translation>submitted for assessment</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="104" />
            <source>declined by credit policy</source>
            <translation>declined by credit policy</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="105" />
            <source>referred by credit policy</source>
            <translation>referred by credit policy</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="106" />
            <source>score override granted</source>
            <translation>score override granted</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="108" />
            <source>There is no such warning status.</source>
            <translation>There is no such warning status.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="109" />
            <source>This warning is closed: the loan shows no signal now.</source>
            <translation>This warning is closed: the loan shows no signal now.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="110" />
            <source>There is no such early-warning action.</source>
            <translation>There is no such early-warning action.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="111" />
            <source>Please say why in the note.</source>
            <translation>Please say why in the note.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="112" />
            <source>The note is too long (2,000 characters at most).</source>
            <translation>The note is too long (2,000 characters at most).</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="113" />
            <source>There is no such early warning in this branch.</source>
            <translation>There is no such early warning in this branch.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="148" />
            <source>The borrower's bureau consent expired on %1.</source>
            <translation>The borrower's bureau consent expired on %1.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="149" />
            <source>The bureau report cannot be imported:
%1</source>
            <translation>The bureau report cannot be imported:
%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="150" />
            <source>The reporting file failed validation:
%1</source>
            <translation>The reporting file failed validation:
%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="151" />
            <source>No month-end loan states for %1: the end of day for %2 has not run.</source>
            <translation>No month-end loan states for %1: the end of day for %2 has not run.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="155" />
            <source>No file has been generated for %1 yet.</source>
            <translation>No file has been generated for %1 yet.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="156" />
            <source>Account %1 is not in that month's file.</source>
            <translation>Account %1 is not in that month's file.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="157" />
            <source>Only these fields can be corrected: %1.</source>
            <translation>Only these fields can be corrected: %1.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="158" />
            <source>must have %1 (or %2) characters, not %3</source>
            <translation>must have %1 (or %2) characters, not %3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="160" />
            <source>old 15-digit number converted to %1</source>
            <translation>old 15-digit number converted to %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="161" />
            <source>region code %1 is not in the region list</source>
            <translation>region code %1 is not in the region list</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="162" />
            <source>region code %1 was not in use in birth year %2</source>
            <translation>region code %1 was not in use in birth year %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="163" />
            <source>an MRZ has 2 or 3 lines, not %1</source>
            <translation>an MRZ has 2 or 3 lines, not %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="164" />
            <source>MRZ line %1 has %2 characters, expected %3</source>
            <translation>MRZ line %1 has %2 characters, expected %3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="165" />
            <source>MRZ line %1 position %2: character '%3' is not allowed (only A-Z, 0-9 and &lt;)</source>
            <translation>MRZ line %1 position %2: character '%3' is not allowed (only A-Z, 0-9 and &lt;)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="169" />
            <source>document type %1 is a visa, not an identity document</source>
            <translation>document type %1 is a visa, not an identity document</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="170" />
            <source>%1 check digit should be %2, not %3</source>
            <translation>%1 check digit should be %2, not %3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="171" />
            <source>sex code '%1' is not M, F or &lt;</source>
            <translation>sex code '%1' is not M, F or &lt;</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="172" />
            <source>%1 on the document is %2, but the form says %3</source>
            <translation>%1 on the document is %2, but the form says %3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="174" />
            <source>score override requested: %1</source>
            <translation>score override requested: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="175" />
            <source>approved within %1 authority</source>
            <translation>approved within %1 authority</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="176" />
            <source>not taken further by %1</source>
            <translation>not taken further by %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="177" />
            <source>approved by supervisor: %1</source>
            <translation>approved by supervisor: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="178" />
            <source>declined by supervisor: %1</source>
            <translation>declined by supervisor: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="179" />
            <source>returned for changes: %1</source>
            <translation>returned for changes: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="180" />
            <source>contract %1 issued</source>
            <translation>contract %1 issued</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="181" />
            <source>contract %1 signed (%2)</source>
            <translation>contract %1 signed (%2)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="182" />
            <source>loan %1 disbursed</source>
            <translation>loan %1 disbursed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="183" />
            <source>Loan contract %1</source>
            <translation>Loan contract %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="184" />
            <source>amount %1 exceeds the %2 limit of %3 for band %4</source>
            <translation>amount %1 exceeds the %2 limit of %3 for band %4</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="185" />
            <source>term %1 months exceeds the %2 limit of %3 months for band %4</source>
            <translation>term %1 months exceeds the %2 limit of %3 months for band %4</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="189" />
            <source>%1: %2 over %3 months at %4% (%5). %6</source>
            <translation>%1: %2 over %3 months at %4% (%5). %6</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="190" />
            <source>%1: %2 over %3 months at %4% (%5).</source>
            <translation>%1: %2 over %3 months at %4% (%5).</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="191" />
            <source>Loan %1: settle for %2 of %3. %4</source>
            <translation>Loan %1: settle for %2 of %3. %4</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="192" />
            <source>Loan %1: new schedule: %2 months. %3</source>
            <translation>Loan %1: new schedule: %2 months. %3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="193" />
            <source>Loan %1: write off %2. %3</source>
            <translation>Loan %1: write off %2. %3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="194" />
            <source>Loan %1: hardship hold for %2 days. %3</source>
            <translation>Loan %1: hardship hold for %2 days. %3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="195" />
            <source>score %1, band %2, %3: %4</source>
            <translation>score %1, band %2, %3: %4</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="196" />
            <source>score %1, band %2, %3</source>
            <translation>score %1, band %2, %3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="198" />
            <source>due %1</source>
            <translation>due %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="199" />
            <source>unknown document type %1</source>
            <translation>unknown document type %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="201" />
            <source>event %1 differs from the anchor</source>
            <translation>event %1 differs from the anchor</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="202" />
            <source>events %1 to %2 were removed</source>
            <translation>events %1 to %2 were removed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="203" />
            <source>event %1 is missing or out of order (found %2)</source>
            <translation>event %1 is missing or out of order (found %2)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="204" />
            <source>event %1 does not follow the event before it</source>
            <translation>event %1 does not follow the event before it</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="205" />
            <source>event %1 was altered after it was written</source>
            <translation>event %1 was altered after it was written</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="206" />
            <source>Too many unsuccessful sign-ins. Signing in is blocked until %1 UTC. Ask IT if you have forgotten your password.</source>
            <translation>Too many unsuccessful sign-ins. Signing in is blocked until %1 UTC. Ask IT if you have forgotten your password.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="211" />
            <source>Your role (%1) does not allow this action (%2).</source>
            <translation>Your role (%1) does not allow this action (%2).</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="212" />
            <source>The file is %1 MB; a scan may be at most 10 MB.</source>
            <translation>The file is %1 MB; a scan may be at most 10 MB.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="213" />
            <source>The password must have at least %1 characters.</source>
            <translation>The password must have at least %1 characters.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="214" />
            <source>The password must have at most %1 characters.</source>
            <translation>The password must have at most %1 characters.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="215" />
            <source>The password must not contain the word “%1”.</source>
            <translation>The password must not contain the word “%1”.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="216" />
            <source>A password of %1 or more characters is safer.</source>
            <translation>A password of %1 or more characters is safer.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="217" />
            <source>The database is damaged (%1). Nothing was changed.</source>
            <translation>The database is damaged (%1). Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="218" />
            <source>The backup is damaged: %1</source>
            <translation>The backup is damaged: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="219" />
            <source>The database file %1 does not exist.</source>
            <translation>The database file %1 does not exist.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="220" />
            <source>Please correct the customer details: %1.</source>
            <translation>Please correct the customer details: %1.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="221" />
            <source>must have %1 characters, not %2</source>
            <translation>must have %1 characters, not %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="222" />
            <source>character '%1' at position %2 is not a digit</source>
            <translation>character '%1' at position %2 is not a digit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="223" />
            <source>character '%1' at position %2 is not allowed</source>
            <translation>character '%1' at position %2 is not allowed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="224" />
            <source>check digit should be %1, not %2</source>
            <translation>check digit should be %1, not %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="225" />
            <source>birth date %1 does not exist</source>
            <translation>birth date %1 does not exist</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="226" />
            <source>birth date %1 is in the future</source>
            <translation>birth date %1 is in the future</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="227" />
            <source>age %1 is below the minimum of %2</source>
            <translation>age %1 is below the minimum of %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="228" />
            <source>age %1 is above the maximum of %2</source>
            <translation>age %1 is above the maximum of %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="229" />
            <source>expiry date %1 does not exist</source>
            <translation>expiry date %1 does not exist</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="230" />
            <source>document expired on %1</source>
            <translation>document expired on %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="231" />
            <source>document expires on %1, in %2 days</source>
            <translation>document expires on %1, in %2 days</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="232" />
            <source>not a valid phone number for region %1</source>
            <translation>not a valid phone number for region %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="233" />
            <source>not a valid e-mail address: %1</source>
            <translation>not a valid e-mail address: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="234" />
            <source>registration authority '%1' is not one of 1-9, A, N, Y</source>
            <translation>registration authority '%1' is not one of 1-9, A, N, Y</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="235" />
            <source>Choose a disposition: %1.</source>
            <translation>Choose a disposition: %1.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="236" />
            <source>Choose the loan purpose from: %1.</source>
            <translation>Choose the loan purpose from: %1.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="238" />
            <source>%1, band %2</source>
            <translation>%1, band %2</translation>
        </message>
    </context>
    <context>
        <name>ServiceTerms</name>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="119" />
            <source>officer</source>
            <translation>officer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="120" />
            <source>supervisor</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="121" />
            <source>approve</source>
            <translation>approve</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="122" />
            <source>refer</source>
            <translation>refer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="123" />
            <source>decline</source>
            <translation>decline</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="124" />
            <source>annuity</source>
            <translation>annuity</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="125" />
            <source>equal-principal</source>
            <translation>equal-principal</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="126" />
            <source>interest-only</source>
            <translation>interest-only</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="127" />
            <source>bullet</source>
            <translation>bullet</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="128" />
            <source>typed</source>
            <translation>typed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="129" />
            <source>drawn</source>
            <translation>drawn</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="130" />
            <source>surname</source>
            <translation>surname</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="131" />
            <source>given names</source>
            <translation>given names</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="132" />
            <source>document number</source>
            <translation>document number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="133" />
            <source>birth date</source>
            <translation>birth date</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="134" />
            <source>expiry date</source>
            <translation>expiry date</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="135" />
            <source>nationality</source>
            <translation>nationality</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="136" />
            <source>sex</source>
            <translation>sex</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="137" />
            <source>personal number</source>
            <translation>personal number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="138" />
            <source>composite</source>
            <translation>composite</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="139" />
            <source>CN</source>
            <translation>CN</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="140" />
            <source>HK</source>
            <translation>HK</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="141" />
            <source>MO</source>
            <translation>MO</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="142" />
            <source>TW</source>
            <translation>TW</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="242" />
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="243" />
            <source>Lock after idle minutes</source>
            <translation>Lock after idle minutes</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="244" />
            <source>Forced sign-out after hours</source>
            <translation>Forced sign-out after hours</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="245" />
            <source>Failed sign-ins before lockout</source>
            <translation>Failed sign-ins before lockout</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="246" />
            <source>Lockout minutes</source>
            <translation>Lockout minutes</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="247" />
            <source>Re-enter password for sensitive actions after</source>
            <translation>Re-enter password for sensitive actions after</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="248" />
            <source>Sync server address</source>
            <translation>Sync server address</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="249" />
            <source>Sync every seconds</source>
            <translation>Sync every seconds</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="250" />
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="251" />
            <source>Annual percentage rate cap</source>
            <translation>Annual percentage rate cap</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="252" />
            <source>One-year loan prime rate (LPR)</source>
            <translation>One-year loan prime rate (LPR)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="253" />
            <source>Five-year loan prime rate (LPR)</source>
            <translation>Five-year loan prime rate (LPR)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="254" />
            <source>Borrowers' local time zone</source>
            <translation>Borrowers' local time zone</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="255" />
            <source>Collection contact hours (local)</source>
            <translation>Collection contact hours (local)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="256" />
            <source>Contact attempts per case per day</source>
            <translation>Contact attempts per case per day</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="257" />
            <source>Contact attempts per case per week</source>
            <translation>Contact attempts per case per week</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="258" />
            <source>Reminder days before the due date</source>
            <translation>Reminder days before the due date</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="259" />
            <source>Reminder days after the due date</source>
            <translation>Reminder days after the due date</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="260" />
            <source>SMTP server</source>
            <translation>SMTP server</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="261" />
            <source>SMTP port</source>
            <translation>SMTP port</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="262" />
            <source>Reminder sender address</source>
            <translation>Reminder sender address</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="263" />
            <source>SMS gateway address</source>
            <translation>SMS gateway address</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="264" />
            <source>Lender's legal name (contracts)</source>
            <translation>Lender's legal name (contracts)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="265" />
            <source>Lender's licence number (contracts)</source>
            <translation>Lender's licence number (contracts)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="266" />
            <source>Branch telephone (letters)</source>
            <translation>Branch telephone (letters)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="267" />
            <source>Borrower signs by</source>
            <translation>Borrower signs by</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="268" />
            <source>AML: daily cash per customer (CNY)</source>
            <translation>AML: daily cash per customer (CNY)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="269" />
            <source>AML: structuring from % of limit</source>
            <translation>AML: structuring from % of limit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="270" />
            <source>AML: structuring window (days)</source>
            <translation>AML: structuring window (days)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="271" />
            <source>AML: structuring payments in window</source>
            <translation>AML: structuring payments in window</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="272" />
            <source>AML: settled within days of payout</source>
            <translation>AML: settled within days of payout</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="273" />
            <source>AML: unusual 30-day volume (× profile)</source>
            <translation>AML: unusual 30-day volume (× profile)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../workstation/views/settings_dialog.py" line="27" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../workstation/views/settings_dialog.py" line="46" />
            <source>A new language applies after the next start.</source>
            <translation>A new language applies after the next start.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="../../workstation/views/setup.py" line="25" />
            <source>Set up this workstation</source>
            <translation>Set up this workstation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="28" />
            <source>Counter 1</source>
            <translation>Counter 1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="47" />
            <source>Branch code</source>
            <translation>Branch code</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="48" />
            <source>Branch name</source>
            <translation>Branch name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="49" />
            <source>Device name</source>
            <translation>Device name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="50" />
            <source>IT administrator user name</source>
            <translation>IT administrator user name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="51" />
            <source>IT administrator full name</source>
            <translation>IT administrator full name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="52" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="53" />
            <source>Repeat password</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="61" />
            <source>No workstation is set up on this computer yet. IT creates the first administrator account here; there is no default account.</source>
            <translation>No workstation is set up on this computer yet. IT creates the first administrator account here; there is no default account.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="83" />
            <source>Fill in every field.</source>
            <translation>Fill in every field.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="85" />
            <source>The two passwords are not the same.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="98" />
            <source>Creating the encrypted database…</source>
            <translation>Creating the encrypted database…</translation>
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="160" />
            <source>hard</source>
            <translation>hard</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="161" />
            <source>soft</source>
            <translation>soft</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="162" />
            <source>low</source>
            <translation>low</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="163" />
            <source>medium</source>
            <translation>medium</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="164" />
            <source>high</source>
            <translation>high</translation>
        </message>
    </context>
    <context>
        <name>Sex</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="87" />
            <source>male</source>
            <translation>male</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="88" />
            <source>female</source>
            <translation>female</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="43" />
            <location filename="../../workstation/views/shortcuts_dialog.py" line="47" />
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="46" />
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="46" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
    </context>
    <context>
        <name>SignalKind</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="167" />
            <source>Phone shared with another customer</source>
            <translation>Phone shared with another customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="168" />
            <source>Address shared with another customer</source>
            <translation>Address shared with another customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="169" />
            <source>Bank card shared with another customer</source>
            <translation>Bank card shared with another customer</translation>
        </message>
    </context>
    <context>
        <name>SignatureDialog</name>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="123" />
            <source>Borrower signature</source>
            <translation>Borrower signature</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="127" />
            <location filename="../../workstation/views/signature_pad.py" line="128" />
            <source>Borrower's full name</source>
            <translation>Borrower's full name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="130" />
            <source>I, %1, have read this contract and agree to sign it electronically.</source>
            <translation>I, %1, have read this contract and agree to sign it electronically.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="135" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="151" />
            <source>%1, please sign in the box below.</source>
            <translation>%1, please sign in the box below.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="153" />
            <source>%1, please type your full name.</source>
            <translation>%1, please type your full name.</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="46" />
            <source>Signature pad</source>
            <translation>Signature pad</translation>
        </message>
    </context>
    <context>
        <name>SyncScreen</name>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="33" />
            <source>Your password for head office</source>
            <translation>Your password for head office</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="34" />
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="36" />
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="42" />
            <source>Recorded (UTC)</source>
            <translation>Recorded (UTC)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="46" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="47" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="51" />
            <source>Head office has accepted every change sent so far.</source>
            <translation>Head office has accepted every change sent so far.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="52" />
            <source>Changes head office refused</source>
            <translation>Changes head office refused</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="63" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="68" />
            <source>Head-office password</source>
            <translation>Head-office password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="73" />
            <source>Changes head office refused (nothing is lost: the reason says what to do)</source>
            <translation>Changes head office refused (nothing is lost: the reason says what to do)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="88" />
            <source>Server %1, branch %2</source>
            <translation>Server %1, branch %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="94" />
            <source>Last problem: %1</source>
            <translation>Last problem: %1</translation>
        </message>
    </context>
    <context>
        <name>SyncWorker</name>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="138" />
            <source>Sync: not configured</source>
            <translation>Sync: not configured</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="139" />
            <source>%1 pending</source>
            <translation>%1 pending</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="141" />
            <source>Sync: synchronising… (%1)</source>
            <translation>Sync: synchronising… (%1)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="143" />
            <source>retry in %1 s</source>
            <translation>retry in %1 s</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="145" />
            <source>Sync: %1 — %2, %3</source>
            <translation>Sync: %1 — %2, %3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="151" />
            <source>Sync: offline (%1) — open Sync to connect</source>
            <translation>Sync: offline (%1) — open Sync to connect</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="153" />
            <source>Sync: %1, last %2</source>
            <translation>Sync: %1, last %2</translation>
        </message>
    </context>
    <context>
        <name>TimelineKind</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="139" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="140" />
            <source>Contact refused by the rules</source>
            <translation>Contact refused by the rules</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="141" />
            <source>Promise to pay</source>
            <translation>Promise to pay</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="142" />
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
    </context>
    <context>
        <name>WatchlistStatus</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="172" />
            <source>To review</source>
            <translation>To review</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="173" />
            <source>Cleared</source>
            <translation>Cleared</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="174" />
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
    </context>
</TS>
