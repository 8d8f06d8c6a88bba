<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AdminView</name>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="30" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="31" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="32" />
            <location filename="../../workstation/views/admin_view.py" line="40" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="33" />
            <source>Branch</source>
            <translation>Branch</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="34" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="41" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="42" />
            <source>Permissions</source>
            <translation>Permissions</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="46" />
            <location filename="../../workstation/views/admin_view.py" line="49" />
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="47" />
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="52" />
            <source>Roles and their permissions</source>
            <translation>Roles and their permissions</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="58" />
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="59" />
            <source>Must change password</source>
            <translation>Must change password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="59" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="72" />
            <source>Add user…</source>
            <translation>Add user…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="73" />
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="74" />
            <source>Disable / enable</source>
            <translation>Disable / enable</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="75" />
            <source>Change role…</source>
            <translation>Change role…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="106" />
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="107" />
            <source>Enter your password to continue:</source>
            <translation>Enter your password to continue:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="120" />
            <location filename="../../workstation/views/admin_view.py" line="123" />
            <location filename="../../workstation/views/admin_view.py" line="128" />
            <source>Add user</source>
            <translation>Add user</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="120" />
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="123" />
            <source>Full name:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="128" />
            <location filename="../../workstation/views/admin_view.py" line="149" />
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="149" />
            <source>Change role</source>
            <translation>Change role</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="159" />
            <source>One-time password</source>
            <translation>One-time password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="161" />
            <source>Give this one-time password to %1 in person. It expires in 24 hours and must be changed at first sign-in:

%2</source>
            <translation>Give this one-time password to %1 in person. It expires in 24 hours and must be changed at first sign-in:

%2</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../workstation/views/desktop.py" line="99" />
            <source>Cannot start</source>
            <translation>Cannot start</translation>
        </message>
        <message>
            <location filename="../../workstation/views/desktop.py" line="107" />
            <source>DEMO workstation: the key is not protected by an OS keychain.</source>
            <translation>DEMO workstation: the key is not protected by an OS keychain.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/desktop.py" line="147" />
            <source>Preparing the demo workstation…</source>
            <translation>Preparing the demo workstation…</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDetailPane</name>
        <message>
            <location filename="../../workstation/views/application_view.py" line="32" />
            <source>Select an application.</source>
            <translation>Select an application.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="37" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="38" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="39" />
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="40" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="41" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="47" />
            <location filename="../../workstation/views/application_view.py" line="71" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="49" />
            <source>Withdraw…</source>
            <translation>Withdraw…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="51" />
            <source>Request override…</source>
            <translation>Request override…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="53" />
            <source>Submit and assess</source>
            <translation>Submit and assess</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="85" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="86" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="87" />
            <source>Term</source>
            <translation>Term</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="87" />
            <source>%1 months</source>
            <translation>%1 months</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="89" />
            <source>Rate / APR</source>
            <translation>Rate / APR</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="93" />
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="94" />
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="110" />
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="114" />
            <source>Withdraw application</source>
            <translation>Withdraw application</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="120" />
            <source>Request a score override</source>
            <translation>Request a score override</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="139" />
            <source>Credit decision %1, band %2: the application is now %3.</source>
            <translation>Credit decision %1, band %2: the application is now %3.</translation>
        </message>
    </context>
    <context>
        <name>ApplicationWizard</name>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="44" />
            <source>New loan application</source>
            <translation>New loan application</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="68" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="70" />
            <source>Name, pinyin, ID number or phone</source>
            <translation>Name, pinyin, ID number or phone</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="72" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="84" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="97" />
            <source>Amount, term and repayment</source>
            <translation>Amount, term and repayment</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="106" />
            <source>Amount (CNY)</source>
            <translation>Amount (CNY)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="107" />
            <source>Term (months)</source>
            <translation>Term (months)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="108" />
            <source>Annual rate (%)</source>
            <translation>Annual rate (%)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="109" />
            <source>Repayment method</source>
            <translation>Repayment method</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="110" />
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="133" />
            <source>Borrower profile</source>
            <translation>Borrower profile</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="136" />
            <source>Ask the borrower; anything not asked is scored as the worst case and the application goes to a supervisor.</source>
            <translation>Ask the borrower; anything not asked is scored as the worst case and the application goes to a supervisor.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="155" />
            <location filename="../../workstation/views/application_wizard.py" line="160" />
            <source>— not asked —</source>
            <translation>— not asked —</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="176" />
            <source>Assessment and submission</source>
            <translation>Assessment and submission</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="177" />
            <source>Submit and assess</source>
            <translation>Submit and assess</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="180" />
            <source>The application is saved, submitted and assessed when you press the button.</source>
            <translation>The application is saved, submitted and assessed when you press the button.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="191" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="192" />
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="193" />
            <source>Principal</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="194" />
            <source>Interest</source>
            <translation>Interest</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="195" />
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="196" />
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="213" />
            <source>No customer found.</source>
            <translation>No customer found.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="220" />
            <source>business</source>
            <translation>business</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="220" />
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="252" />
            <source>Amount %1 – %2; term %3 – %4 months; rate %5 – %6; fee %7</source>
            <translation>Amount %1 – %2; term %3 – %4 months; rate %5 – %6; fee %7</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="279" />
            <source>Enter the amount and the rate as numbers.</source>
            <translation>Enter the amount and the rate as numbers.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="298" />
            <source>APR %1 · total interest %2 · fees %3 · total repayable %4</source>
            <translation>APR %1 · total interest %2 · fees %3 · total repayable %4</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="332" />
            <source>Assessing…</source>
            <translation>Assessing…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="352" />
            <source>Saved as %1 and submitted, but not assessed: %2</source>
            <translation>Saved as %1 and submitted, but not assessed: %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="363" />
            <source>Application %1: %2 (credit decision %3, band %4)</source>
            <translation>Application %1: %2 (credit decision %3, band %4)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="372" />
            <source>Sent to the supervisors' approvals inbox. %1</source>
            <translation>Sent to the supervisors' approvals inbox. %1</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsView</name>
        <message>
            <location filename="../../workstation/views/application_list.py" line="33" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="34" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="35" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="36" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="37" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="38" />
            <source>Months</source>
            <translation>Months</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="40" />
            <source>APR</source>
            <translation>APR</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="46" />
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="60" />
            <source>Applications</source>
            <translation>Applications</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="76" />
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="80" />
            <source>New application…</source>
            <translation>New application…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="82" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsInbox</name>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="40" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="41" />
            <location filename="../../workstation/views/approvals_inbox.py" line="94" />
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="42" />
            <source>Requested by</source>
            <translation>Requested by</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="44" />
            <source>Age (working h)</source>
            <translation>Age (working h)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="49" />
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="55" />
            <source>Open approval requests</source>
            <translation>Open approval requests</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="69" />
            <source>Referral</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="70" />
            <source>Above authority</source>
            <translation>Above authority</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="71" />
            <source>Score override</source>
            <translation>Score override</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="77" />
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="78" />
            <source>due in %1 working hours</source>
            <translation>due in %1 working hours</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="82" />
            <location filename="../../workstation/views/approvals_inbox.py" line="139" />
            <source>Select a request.</source>
            <translation>Select a request.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="88" />
            <source>Comment (required)</source>
            <translation>Comment (required)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="90" />
            <source>unchanged</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="95" />
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="96" />
            <source>Terms</source>
            <translation>Terms</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="97" />
            <source>Approve a different amount</source>
            <translation>Approve a different amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="100" />
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="110" />
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="111" />
            <source>Decline</source>
            <translation>Decline</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="112" />
            <source>Return to officer</source>
            <translation>Return to officer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="151" />
            <source>The amount must be a number.</source>
            <translation>The amount must be a number.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="167" />
            <source>Recorded: %1.</source>
            <translation>Recorded: %1.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentView</name>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="41" />
            <source>Select an assessed application.</source>
            <translation>Select an assessed application.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="45" />
            <location filename="../../workstation/views/credit_assessment.py" line="98" />
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="46" />
            <source>Probability of default</source>
            <translation>Probability of default</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="47" />
            <location filename="../../workstation/views/credit_assessment.py" line="99" />
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="51" />
            <location filename="../../workstation/views/credit_assessment.py" line="72" />
            <source>Rule hits and fraud flags</source>
            <translation>Rule hits and fraud flags</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="53" />
            <source>Assessment history</source>
            <translation>Assessment history</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="54" />
            <source>Request override…</source>
            <translation>Request override…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="70" />
            <source>Reasons</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="74" />
            <source>Assessment history of this customer</source>
            <translation>Assessment history of this customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="88" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="89" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="90" />
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="91" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="96" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="97" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="109" />
            <source>Application %1</source>
            <translation>Application %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="140" />
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="141" />
            <source>Refer to a supervisor</source>
            <translation>Refer to a supervisor</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="142" />
            <source>Decline</source>
            <translation>Decline</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="147" />
            <source>Policy rule</source>
            <translation>Policy rule</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="147" />
            <source>Fraud check</source>
            <translation>Fraud check</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="149" />
            <source>hard</source>
            <translation>hard</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="150" />
            <source>soft</source>
            <translation>soft</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="151" />
            <source>low</source>
            <translation>low</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="152" />
            <source>medium</source>
            <translation>medium</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="153" />
            <source>high</source>
            <translation>high</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="172" />
            <source>Request override</source>
            <translation>Request override</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="173" />
            <source>Why should a supervisor overturn this decision?</source>
            <translation>Why should a supervisor overturn this decision?</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="180" />
            <source>Sent to a supervisor.</source>
            <translation>Sent to a supervisor.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsPane</name>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="165" />
            <source>Recent assessments</source>
            <translation>Recent assessments</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="171" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="188" />
            <source>Application</source>
            <translation>Application</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="189" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="190" />
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="191" />
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="192" />
            <source>Assessed</source>
            <translation>Assessed</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="36" />
            <source>Time (UTC)</source>
            <translation>Time (UTC)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="40" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="41" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="42" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="43" />
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="44" />
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="45" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="50" />
            <source>Action contains…</source>
            <translation>Action contains…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="51" />
            <source>Filter by action</source>
            <translation>Filter by action</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="53" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="54" />
            <source>Filter by user</source>
            <translation>Filter by user</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="57" />
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="59" />
            <source>Verify chain</source>
            <translation>Verify chain</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="64" />
            <source>Audit events</source>
            <translation>Audit events</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="89" />
            <source>Verifying the audit trail…</source>
            <translation>Verifying the audit trail…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="94" />
            <source>Chain intact: %1 events verified.</source>
            <translation>Chain intact: %1 events verified.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="97" />
            <source>Chain broken at event %1: %2</source>
            <translation>Chain broken at event %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="26" />
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="32" />
            <source>Current password</source>
            <translation>Current password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="33" />
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="34" />
            <source>Repeat new password</source>
            <translation>Repeat new password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="43" />
            <source>Use at least 8 characters; 15 or more is safer. A phrase of several words is easy to remember. Common passwords are refused.</source>
            <translation>Use at least 8 characters; 15 or more is safer. A phrase of several words is easy to remember. Common passwords are refused.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="55" />
            <source>Choose your own password before you continue.</source>
            <translation>Choose your own password before you continue.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="63" />
            <source>The two new passwords are not the same.</source>
            <translation>The two new passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>CollectionView</name>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="51" />
            <source>Work queue</source>
            <translation>Work queue</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="53" />
            <source>All branch cases</source>
            <translation>All branch cases</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="58" />
            <location filename="../../workstation/views/collection_view.py" line="222" />
            <source>Select a case</source>
            <translation>Select a case</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="61" />
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="62" />
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="72" />
            <source>Loan</source>
            <translation>Loan</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="73" />
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="74" />
            <source>Bucket</source>
            <translation>Bucket</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="76" />
            <source>Days past due</source>
            <translation>Days past due</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="82" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="88" />
            <source>Broken promises</source>
            <translation>Broken promises</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="93" />
            <source>Last contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="94" />
            <source>Collector</source>
            <translation>Collector</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="102" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="103" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="104" />
            <location filename="../../workstation/views/collection_view.py" line="113" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="105" />
            <source>Party</source>
            <translation>Party</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="106" />
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="107" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="108" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="114" />
            <source>Template</source>
            <translation>Template</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="115" />
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="116" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="117" />
            <source>Attempts</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="118" />
            <source>Last error</source>
            <translation>Last error</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="134" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="135" />
            <source>Send reminders</source>
            <translation>Send reminders</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="136" />
            <source>Run end of day…</source>
            <translation>Run end of day…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="152" />
            <source>Log contact…</source>
            <translation>Log contact…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="153" />
            <source>Record promise…</source>
            <translation>Record promise…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="154" />
            <source>Post payment…</source>
            <translation>Post payment…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="162" />
            <source>Case timeline</source>
            <translation>Case timeline</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="174" />
            <source>Request settlement…</source>
            <translation>Request settlement…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="175" />
            <source>Request restructure…</source>
            <translation>Request restructure…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="176" />
            <source>Request write-off…</source>
            <translation>Request write-off…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="177" />
            <source>Request hardship hold…</source>
            <translation>Request hardship hold…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workstation/views/collection_view.py" line="205" />
            <source>%n open case(s)</source>
            <translation>
                <numerusform>%n open case</numerusform>
                <numerusform>%n open cases</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="226" />
            <source>%1 · loan %2 · %3 days past due · overdue %4 · outstanding principal %5%6</source>
            <translation>%1 · loan %2 · %3 days past due · overdue %4 · outstanding principal %5%6</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="236" />
            <source> · contact on hold (%1)</source>
            <translation> · contact on hold (%1)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="327" />
            <source>Sent to a supervisor for approval.</source>
            <translation>Sent to a supervisor for approval.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="332" />
            <source>Sending reminders…</source>
            <translation>Sending reminders…</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="45" />
            <source>Log contact</source>
            <translation>Log contact</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="54" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="55" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="56" />
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="57" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="62" />
            <source>Phone call</source>
            <translation>Phone call</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="63" />
            <source>Text message</source>
            <translation>Text message</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="64" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="65" />
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="66" />
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="71" />
            <source>No answer</source>
            <translation>No answer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="72" />
            <source>Left a message</source>
            <translation>Left a message</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="73" />
            <source>Spoke: promised to pay</source>
            <translation>Spoke: promised to pay</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="74" />
            <source>Spoke: refused to pay</source>
            <translation>Spoke: refused to pay</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="75" />
            <source>Wrong number</source>
            <translation>Wrong number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="76" />
            <source>Borrower disputes the debt</source>
            <translation>Borrower disputes the debt</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="77" />
            <source>Borrower reports hardship</source>
            <translation>Borrower reports hardship</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="78" />
            <source>Says already paid</source>
            <translation>Says already paid</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="79" />
            <source>Asked to be called back</source>
            <translation>Asked to be called back</translation>
        </message>
    </context>
    <context>
        <name>ContactEditDialog</name>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="36" />
            <source>Edit contact details</source>
            <translation>Edit contact details</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="54" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="55" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="56" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="57" />
            <source>Employer</source>
            <translation>Employer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="58" />
            <source>Occupation</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="59" />
            <source>Monthly income</source>
            <translation>Monthly income</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="75" />
            <source>%1 — leave empty to keep</source>
            <translation>%1 — leave empty to keep</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="110" />
            <source>Please correct the fields marked in red.</source>
            <translation>Please correct the fields marked in red.</translation>
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
        <name>ContractsView</name>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="47" />
            <source>Contracts</source>
            <translation>Contracts</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="51" />
            <source>Contract number or customer name</source>
            <translation>Contract number or customer name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="55" />
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="56" />
            <location filename="../../workstation/views/contract_view.py" line="97" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="57" />
            <location filename="../../workstation/views/contract_view.py" line="90" />
            <location filename="../../workstation/views/contract_view.py" line="97" />
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="58" />
            <location filename="../../workstation/views/contract_view.py" line="97" />
            <source>Void</source>
            <translation>Void</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="65" />
            <source>Any date</source>
            <translation>Any date</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="76" />
            <source>Contract number</source>
            <translation>Contract number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="77" />
            <source>Issue</source>
            <translation>Issue</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="78" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="80" />
            <source>Amount (CNY)</source>
            <translation>Amount (CNY)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="85" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="87" />
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="102" />
            <source>Search:</source>
            <translation>Search:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="105" />
            <source>Issued from:</source>
            <translation>Issued from:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="113" />
            <source>Preview and print…</source>
            <translation>Preview and print…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="114" />
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="115" />
            <source>Sign…</source>
            <translation>Sign…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="116" />
            <source>Re-issue draft…</source>
            <translation>Re-issue draft…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="117" />
            <source>Verify a file…</source>
            <translation>Verify a file…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="157" />
            <source>Contract %1</source>
            <translation>Contract %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="166" />
            <source>Export contract to folder</source>
            <translation>Export contract to folder</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="175" />
            <source>Exported</source>
            <translation>Exported</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="177" />
            <source>Saved %1. It contains the borrower's personal data: keep it safe.</source>
            <translation>Saved %1. It contains the borrower's personal data: keep it safe.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="196" />
            <source>Signing the contract…</source>
            <translation>Signing the contract…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="205" />
            <source>Chinese and English</source>
            <translation>Chinese and English</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="206" />
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="207" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="210" />
            <source>Re-issue draft</source>
            <translation>Re-issue draft</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="210" />
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="222" />
            <source>Verify a contract file</source>
            <translation>Verify a contract file</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="222" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="237" />
            <source>Contract intact</source>
            <translation>Contract intact</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="238" />
            <source>This is contract %1, signed and unchanged since signing.</source>
            <translation>This is contract %1, signed and unchanged since signing.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="245" />
            <source>Contract NOT intact</source>
            <translation>Contract NOT intact</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="246" />
            <source>This file is not an intact contract of this lender:</source>
            <translation>This file is not an intact contract of this lender:</translation>
        </message>
    </context>
    <context>
        <name>CreditScreen</name>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="41" />
            <source>Portfolio and stability</source>
            <translation>Portfolio and stability</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="43" />
            <source>Assessments</source>
            <translation>Assessments</translation>
        </message>
    </context>
    <context>
        <name>CustomerSearchView</name>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="42" />
            <source>Name, pinyin, initials, ID number or last 4+ phone digits</source>
            <translation>Name, pinyin, initials, ID number or last 4+ phone digits</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="45" />
            <source>New customer…</source>
            <translation>New customer…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="58" />
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="69" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="71" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="72" />
            <source>Business</source>
            <translation>Business</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="72" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="74" />
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="75" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="77" />
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="80" />
            <source>Monthly income</source>
            <translation>Monthly income</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="85" />
            <source>Onboarding</source>
            <translation>Onboarding</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="100" />
            <source>%1 customers shown (at most 50)</source>
            <translation>%1 customers shown (at most 50)</translation>
        </message>
    </context>
    <context>
        <name>CustomerView</name>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="51" />
            <source>Scans</source>
            <translation>Scans</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="60" />
            <source>← Back to search</source>
            <translation>← Back to search</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="64" />
            <source>Edit contact details…</source>
            <translation>Edit contact details…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="68" />
            <source>Record in-person check…</source>
            <translation>Record in-person check…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="71" />
            <source>Decide watch-list hit…</source>
            <translation>Decide watch-list hit…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="92" />
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="93" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="94" />
            <source>Bank card</source>
            <translation>Bank card</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="95" />
            <source>Born / age / sex</source>
            <translation>Born / age / sex</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="96" />
            <location filename="../../workstation/views/customer_view.py" line="159" />
            <location filename="../../workstation/views/customer_view.py" line="178" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="101" />
            <source>Employer / occupation</source>
            <translation>Employer / occupation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="102" />
            <source>Monthly income / debts</source>
            <translation>Monthly income / debts</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="103" />
            <source>E-mail / address</source>
            <translation>E-mail / address</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="104" />
            <location filename="../../workstation/views/customer_view.py" line="257" />
            <source>In-person check</source>
            <translation>In-person check</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="113" />
            <source>Reveal</source>
            <translation>Reveal</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="123" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="124" />
            <source>Fraud signals</source>
            <translation>Fraud signals</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="125" />
            <source>Watch-list hits</source>
            <translation>Watch-list hits</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="126" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="127" />
            <source>Applications and loans</source>
            <translation>Applications and loans</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="134" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="135" />
            <location filename="../../workstation/views/customer_view.py" line="177" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="136" />
            <source>Expiry</source>
            <translation>Expiry</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="138" />
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="139" />
            <source>passed</source>
            <translation>passed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="139" />
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="141" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="147" />
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="148" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="149" />
            <source>Other customer</source>
            <translation>Other customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="150" />
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="156" />
            <source>Listed name</source>
            <translation>Listed name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="157" />
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="158" />
            <source>Match</source>
            <translation>Match</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="161" />
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="169" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="170" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="171" />
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="180" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="226" />
            <source>Watch-list hits (%1 open)</source>
            <translation>Watch-list hits (%1 open)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="230" />
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="258" />
            <source>I saw the original document and compared the photo. Note (optional):</source>
            <translation>I saw the original document and compared the photo. Note (optional):</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="275" />
            <source>Clear (not the listed person)</source>
            <translation>Clear (not the listed person)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="275" />
            <source>Confirm (listed person)</source>
            <translation>Confirm (listed person)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="277" />
            <location filename="../../workstation/views/customer_view.py" line="281" />
            <source>Watch-list hit</source>
            <translation>Watch-list hit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="281" />
            <source>Comment:</source>
            <translation>Comment:</translation>
        </message>
    </context>
    <context>
        <name>EodDialog</name>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="37" />
            <source>End of day</source>
            <translation>End of day</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="40" />
            <source>Business date %1. A stopped run continues where it left off.</source>
            <translation>Business date %1. A stopped run continues where it left off.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="48" />
            <source>%v of %m steps</source>
            <translation>%v of %m steps</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="49" />
            <source>Run end of day</source>
            <translation>Run end of day</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="77" />
            <source>The end of day for this date has already run.</source>
            <translation>The end of day for this date has already run.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="80" />
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
            <location filename="../../workstation/views/collection_dialogs.py" line="127" />
            <source>Settle for (CNY)</source>
            <translation>Settle for (CNY)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="129" />
            <source>New term (months)</source>
            <translation>New term (months)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="130" />
            <source>Annual rate</source>
            <translation>Annual rate</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="132" />
            <source>Hold for (days)</source>
            <translation>Hold for (days)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="133" />
            <source>Reason for the supervisor</source>
            <translation>Reason for the supervisor</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="138" />
            <source>Request settlement: %1</source>
            <translation>Request settlement: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="139" />
            <source>Request restructure: %1</source>
            <translation>Request restructure: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="140" />
            <source>Request write-off: %1</source>
            <translation>Request write-off: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="141" />
            <source>Request hardship hold: %1</source>
            <translation>Request hardship hold: %1</translation>
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
        <name>LifecycleActions</name>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="103" />
            <source>Issue contract…</source>
            <translation>Issue contract…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="106" />
            <source>Sign contract…</source>
            <translation>Sign contract…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="110" />
            <source>Book and disburse…</source>
            <translation>Book and disburse…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="111" />
            <source>Loan schedule…</source>
            <translation>Loan schedule…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="129" />
            <source>Chinese and English</source>
            <translation>Chinese and English</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="130" />
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="131" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="133" />
            <source>Issue contract</source>
            <translation>Issue contract</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="133" />
            <source>Contract language:</source>
            <translation>Contract language:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="143" />
            <source>Issuing the contract…</source>
            <translation>Issuing the contract…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="156" />
            <source>This application has no contract waiting to be signed.</source>
            <translation>This application has no contract waiting to be signed.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="159" />
            <source>Contract %1</source>
            <translation>Contract %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="184" />
            <source>Signing the contract…</source>
            <translation>Signing the contract…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="189" />
            <source>Contract %1 is signed.</source>
            <translation>Contract %1 is signed.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="200" />
            <source>The borrower has no bank account for payouts; add one to the customer.</source>
            <translation>The borrower has no bank account for payouts; add one to the customer.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="204" />
            <source>Book and disburse</source>
            <translation>Book and disburse</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="204" />
            <source>Pay out to:</source>
            <translation>Pay out to:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="222" />
            <source>Disbursing…</source>
            <translation>Disbursing…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="229" />
            <source>Confirm disbursement</source>
            <translation>Confirm disbursement</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="230" />
            <source>Disbursing pays out money. Enter your password to confirm:</source>
            <translation>Disbursing pays out money. Enter your password to confirm:</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="241" />
            <source>Loan %1 is disbursed.</source>
            <translation>Loan %1 is disbursed.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="251" />
            <source>No loan is booked for this application.</source>
            <translation>No loan is booked for this application.</translation>
        </message>
    </context>
    <context>
        <name>LoanScheduleDialog</name>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="48" />
            <source>Loan %1</source>
            <translation>Loan %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="51" />
            <source>Loan %1 (%2): principal %3, outstanding %4.</source>
            <translation>Loan %1 (%2): principal %3, outstanding %4.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="62" />
            <source>Repayment schedule</source>
            <translation>Repayment schedule</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="76" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="77" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="78" />
            <source>Principal</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="79" />
            <source>Interest</source>
            <translation>Interest</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="80" />
            <source>Fee</source>
            <translation>Fee</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="81" />
            <source>Unpaid</source>
            <translation>Unpaid</translation>
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
            <location filename="../../workstation/views/main_window.py" line="40" />
            <source>Loan Officer Workstation</source>
            <translation>Loan Officer Workstation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="43" />
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="72" />
            <source>User: %1</source>
            <translation>User: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="73" />
            <source>Role: %1</source>
            <translation>Role: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="74" />
            <source>Branch: %1</source>
            <translation>Branch: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="75" />
            <source>Sync: not configured</source>
            <translation>Sync: not configured</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="76" />
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="77" />
            <source>Lock the workstation</source>
            <translation>Lock the workstation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="88" />
            <source>&amp;Workstation</source>
            <translation>&amp;Workstation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="89" />
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="92" />
            <source>Sign &amp;out</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="94" />
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="96" />
            <source>Change &amp;password…</source>
            <translation>Change &amp;password…</translation>
        </message>
    </context>
    <context>
        <name>MonitoringPane</name>
        <message numerus="yes">
            <location filename="../../workstation/views/credit_dashboard.py" line="59" />
            <source>Last %n day(s)</source>
            <translation>
                <numerusform>Last %n day</numerusform>
                <numerusform>Last %n days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="65" />
            <source>Score distribution</source>
            <translation>Score distribution</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="74" />
            <source>Characteristic stability</source>
            <translation>Characteristic stability</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="78" />
            <source>Applications assessed in the</source>
            <translation>Applications assessed in the</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="85" />
            <source>Characteristic stability against the training data</source>
            <translation>Characteristic stability against the training data</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="90" />
            <source>Characteristic</source>
            <translation>Characteristic</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="92" />
            <source>CSI</source>
            <translation>CSI</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="94" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="96" />
            <source>Points shift</source>
            <translation>Points shift</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="105" />
            <source>stable</source>
            <translation>stable</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="106" />
            <source>monitor</source>
            <translation>monitor</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="107" />
            <source>significant shift</source>
            <translation>significant shift</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="125" />
            <source>No applications were assessed in this period.</source>
            <translation>No applications were assessed in this period.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="128" />
            <source>%1 applications; score PSI %2 (%3). Bands: %4</source>
            <translation>%1 applications; score PSI %2 (%3). Bands: %4</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="138" />
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
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="82" />
            <source>Credit</source>
            <translation>Credit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="88" />
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="94" />
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="100" />
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
    </context>
    <context>
        <name>OnboardingForm</name>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="37" />
            <source>Person (resident ID)</source>
            <translation>Person (resident ID)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="38" />
            <source>Person (passport MRZ)</source>
            <translation>Person (passport MRZ)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="39" />
            <source>Small business (USCC)</source>
            <translation>Small business (USCC)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="45" />
            <source>&lt;b&gt;New customer&lt;/b&gt;</source>
            <translation>&lt;b&gt;New customer&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="53" />
            <source>Legal name</source>
            <translation>Legal name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="54" />
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="55" />
            <source>ID expiry (YYYY-MM-DD)</source>
            <translation>ID expiry (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="56" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="57" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="58" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="59" />
            <source>Bank card</source>
            <translation>Bank card</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="60" />
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="61" />
            <source>Employer</source>
            <translation>Employer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="62" />
            <source>Occupation</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="63" />
            <source>Monthly income (CNY)</source>
            <translation>Monthly income (CNY)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="64" />
            <source>Legal representative (customer id)</source>
            <translation>Legal representative (customer id)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="69" />
            <source>Customer type</source>
            <translation>Customer type</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="88" />
            <source>Save customer</source>
            <translation>Save customer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="90" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="137" />
            <source>use the form YYYY-MM-DD</source>
            <translation>use the form YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="152" />
            <source>This customer already exists; opening the record.</source>
            <translation>This customer already exists; opening the record.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="162" />
            <source>Please correct the fields marked in red.</source>
            <translation>Please correct the fields marked in red.</translation>
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
            <location filename="../../workstation/views/portfolio_view.py" line="68" />
            <location filename="../../workstation/views/portfolio_view.py" line="77" />
            <source>Current</source>
            <translation>Current</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="69" />
            <source>1–30 days</source>
            <translation>1–30 days</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="70" />
            <source>31–60 days</source>
            <translation>31–60 days</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="71" />
            <source>61–90 days</source>
            <translation>61–90 days</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="72" />
            <source>Over 90 days</source>
            <translation>Over 90 days</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="81" />
            <source>Bucket</source>
            <translation>Bucket</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="82" />
            <source>Loans</source>
            <translation>Loans</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="83" />
            <source>Principal outstanding</source>
            <translation>Principal outstanding</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="84" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="90" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="91" />
            <source>Run end of day…</source>
            <translation>Run end of day…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="118" />
            <source>%1 loans, principal outstanding %2</source>
            <translation>%1 loans, principal outstanding %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="126" />
            <source>Principal outstanding (thousand CNY)</source>
            <translation>Principal outstanding (thousand CNY)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="131" />
            <source>Balances by bucket</source>
            <translation>Balances by bucket</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="138" />
            <source>Roll rates to the next bucket (%)</source>
            <translation>Roll rates to the next bucket (%)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="149" />
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
        <name>ProductsView</name>
        <message>
            <location filename="../../workstation/views/product_view.py" line="35" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="36" />
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="38" />
            <source>Maximum amount</source>
            <translation>Maximum amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="44" />
            <source>Maximum term</source>
            <translation>Maximum term</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="52" />
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="53" />
            <source>Approval authority</source>
            <translation>Approval authority</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="54" />
            <source>Show earlier versions</source>
            <translation>Show earlier versions</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="61" />
            <source>Approval authority per role and risk band</source>
            <translation>Approval authority per role and risk band</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="67" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="68" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="69" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="70" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="71" />
            <source>Months</source>
            <translation>Months</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="73" />
            <source>Rate</source>
            <translation>Rate</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="78" />
            <source>Fee</source>
            <translation>Fee</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="79" />
            <source>Methods</source>
            <translation>Methods</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="80" />
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="81" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="81" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="81" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="93" />
            <source>Revise product…</source>
            <translation>Revise product…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="95" />
            <source>Set authority limit…</source>
            <translation>Set authority limit…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="126" />
            <source>Select the current version of a product.</source>
            <translation>Select the current version of a product.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="135" />
            <source>Select a role and band in the authority table.</source>
            <translation>Select a role and band in the authority table.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="139" />
            <source>Authority limit</source>
            <translation>Authority limit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="140" />
            <source>Maximum amount and months for %1, band %2 (e.g. 50000 36):</source>
            <translation>Maximum amount and months for %1, band %2 (e.g. 50000 36):</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="151" />
            <source>Enter an amount and a number of months.</source>
            <translation>Enter an amount and a number of months.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="159" />
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>PromiseDialog</name>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="97" />
            <source>Record promise to pay</source>
            <translation>Record promise to pay</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="102" />
            <source>Amount (CNY)</source>
            <translation>Amount (CNY)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="103" />
            <source>Promised by</source>
            <translation>Promised by</translation>
        </message>
    </context>
    <context>
        <name>RepaymentDialog</name>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="28" />
            <source>Post repayment: %1</source>
            <translation>Post repayment: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="33" />
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="34" />
            <source>Bank transfer</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="35" />
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="47" />
            <source>Amount (CNY)</source>
            <translation>Amount (CNY)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="48" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="49" />
            <source>Value date</source>
            <translation>Value date</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="56" />
            <source>fees</source>
            <translation>fees</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="57" />
            <source>penalty interest</source>
            <translation>penalty interest</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="58" />
            <source>interest</source>
            <translation>interest</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="59" />
            <source>principal</source>
            <translation>principal</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="64" />
            <source>held as credit</source>
            <translation>held as credit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="67" />
            <source>Posted %1: </source>
            <translation>Posted %1: </translation>
        </message>
    </context>
    <context>
        <name>ScanDialog</name>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="163" />
            <source>Scan</source>
            <translation>Scan</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="170" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ScansTab</name>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="54" />
            <source>ID front</source>
            <translation>ID front</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="55" />
            <source>ID back</source>
            <translation>ID back</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="56" />
            <source>Business licence</source>
            <translation>Business licence</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="62" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="63" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="64" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="65" />
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="73" />
            <source>Add scan…</source>
            <translation>Add scan…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="75" />
            <source>View</source>
            <translation>View</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="102" />
            <source>Add scan</source>
            <translation>Add scan</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="104" />
            <source>Scans (*.png *.jpg *.jpeg *.pdf)</source>
            <translation>Scans (*.png *.jpg *.jpeg *.pdf)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="123" />
            <source>Scan added.</source>
            <translation>Scan added.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="135" />
            <source>Select a scan to view.</source>
            <translation>Select a scan to view.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="152" />
            <source>Save scan</source>
            <translation>Save scan</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="152" />
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
            <location filename="../../workstation/views/service_messages.py" line="20" />
            <source>The user name or password is not correct.</source>
            <translation>The user name or password is not correct.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="21" />
            <source>This account is disabled. Ask IT to enable it.</source>
            <translation>This account is disabled. Ask IT to enable it.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="22" />
            <source>Your temporary password has expired. Ask IT for a new one.</source>
            <translation>Your temporary password has expired. Ask IT for a new one.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="25" />
            <source>The new password must differ from the current one.</source>
            <translation>The new password must differ from the current one.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="26" />
            <source>The workstation is locked. Sign in again to continue.</source>
            <translation>The workstation is locked. Sign in again to continue.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="27" />
            <source>Please enter your password again to confirm this action.</source>
            <translation>Please enter your password again to confirm this action.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="30" />
            <source>This password is on the list of commonly used passwords.</source>
            <translation>This password is on the list of commonly used passwords.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="33" />
            <source>The database file is damaged: its integrity check failed. Nothing was changed and the file was kept as it is. Call IT to check it and restore the latest backup.</source>
            <translation>The database file is damaged: its integrity check failed. Nothing was changed and the file was kept as it is. Call IT to check it and restore the latest backup.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="38" />
            <source>The database could not be opened with this key: the key is wrong or the file is damaged. Nothing was changed.</source>
            <translation>The database could not be opened with this key: the key is wrong or the file is damaged. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="43" />
            <source>The workstation's key file is missing.</source>
            <translation>The workstation's key file is missing.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="44" />
            <source>The workstation's key file cannot be read.</source>
            <translation>The workstation's key file cannot be read.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="45" />
            <source>The workstation's key file was changed outside the app or belongs to another device.</source>
            <translation>The workstation's key file was changed outside the app or belongs to another device.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="49" />
            <source>This workstation is already set up.</source>
            <translation>This workstation is already set up.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="50" />
            <source>You cannot disable your own account.</source>
            <translation>You cannot disable your own account.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="51" />
            <source>You cannot change your own role.</source>
            <translation>You cannot change your own role.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="52" />
            <source>There is no such application in this branch.</source>
            <translation>There is no such application in this branch.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="53" />
            <source>There is no such customer in this branch.</source>
            <translation>There is no such customer in this branch.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="54" />
            <source>Only a draft application can be changed.</source>
            <translation>Only a draft application can be changed.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="55" />
            <source>Please say why the application is withdrawn.</source>
            <translation>Please say why the application is withdrawn.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="56" />
            <source>Please give the reason for the override request.</source>
            <translation>Please give the reason for the override request.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="57" />
            <source>This product version is no longer offered.</source>
            <translation>This product version is no longer offered.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="58" />
            <source>In-person verification needs the original document to be seen.</source>
            <translation>In-person verification needs the original document to be seen.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="62" />
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="63" />
            <source>this does not look like a phone number</source>
            <translation>this does not look like a phone number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="64" />
            <source>not a mobile number</source>
            <translation>not a mobile number</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="65" />
            <source>a business needs its legal representative</source>
            <translation>a business needs its legal representative</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="67" />
            <source>There is no such scan in this branch.</source>
            <translation>There is no such scan in this branch.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="68" />
            <source>Only PNG, JPEG or PDF files can be added as scans.</source>
            <translation>Only PNG, JPEG or PDF files can be added as scans.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="69" />
            <source>The file could not be read.</source>
            <translation>The file could not be read.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="73" />
            <source>Too many unsuccessful sign-ins. Signing in is blocked until %1 UTC. Ask IT if you have forgotten your password.</source>
            <translation>Too many unsuccessful sign-ins. Signing in is blocked until %1 UTC. Ask IT if you have forgotten your password.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="78" />
            <source>Your role (%1) does not allow this action (%2).</source>
            <translation>Your role (%1) does not allow this action (%2).</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="79" />
            <source>The file is %1 MB; a scan may be at most 10 MB.</source>
            <translation>The file is %1 MB; a scan may be at most 10 MB.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="80" />
            <source>The password must have at least %1 characters.</source>
            <translation>The password must have at least %1 characters.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="81" />
            <source>The password must have at most %1 characters.</source>
            <translation>The password must have at most %1 characters.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="82" />
            <source>The password must not contain the word “%1”.</source>
            <translation>The password must not contain the word “%1”.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="83" />
            <source>A password of %1 or more characters is safer.</source>
            <translation>A password of %1 or more characters is safer.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="84" />
            <source>The database is damaged (%1). Nothing was changed.</source>
            <translation>The database is damaged (%1). Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="85" />
            <source>The backup is damaged: %1</source>
            <translation>The backup is damaged: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="86" />
            <source>The database file %1 does not exist.</source>
            <translation>The database file %1 does not exist.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="87" />
            <source>Please correct the customer details: %1.</source>
            <translation>Please correct the customer details: %1.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="88" />
            <source>must have %1 characters, not %2</source>
            <translation>must have %1 characters, not %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="89" />
            <source>character '%1' at position %2 is not a digit</source>
            <translation>character '%1' at position %2 is not a digit</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="90" />
            <source>character '%1' at position %2 is not allowed</source>
            <translation>character '%1' at position %2 is not allowed</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="91" />
            <source>check digit should be %1, not %2</source>
            <translation>check digit should be %1, not %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="92" />
            <source>birth date %1 does not exist</source>
            <translation>birth date %1 does not exist</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="93" />
            <source>birth date %1 is in the future</source>
            <translation>birth date %1 is in the future</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="94" />
            <source>age %1 is below the minimum of %2</source>
            <translation>age %1 is below the minimum of %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="95" />
            <source>age %1 is above the maximum of %2</source>
            <translation>age %1 is above the maximum of %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="96" />
            <source>expiry date %1 does not exist</source>
            <translation>expiry date %1 does not exist</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="97" />
            <source>document expired on %1</source>
            <translation>document expired on %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="98" />
            <source>document expires on %1, in %2 days</source>
            <translation>document expires on %1, in %2 days</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="99" />
            <source>not a valid phone number for region %1</source>
            <translation>not a valid phone number for region %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="100" />
            <source>not a valid e-mail address: %1</source>
            <translation>not a valid e-mail address: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="101" />
            <source>registration authority '%1' is not one of 1-9, A, N, Y</source>
            <translation>registration authority '%1' is not one of 1-9, A, N, Y</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="105" />
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="106" />
            <source>Lock after idle minutes</source>
            <translation>Lock after idle minutes</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="107" />
            <source>Forced sign-out after hours</source>
            <translation>Forced sign-out after hours</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="108" />
            <source>Failed sign-ins before lockout</source>
            <translation>Failed sign-ins before lockout</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="109" />
            <source>Lockout minutes</source>
            <translation>Lockout minutes</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="110" />
            <source>Re-enter password for sensitive actions after</source>
            <translation>Re-enter password for sensitive actions after</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="111" />
            <source>Sync server address</source>
            <translation>Sync server address</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="112" />
            <source>Sync every seconds</source>
            <translation>Sync every seconds</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="113" />
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="114" />
            <source>Annual percentage rate cap</source>
            <translation>Annual percentage rate cap</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="115" />
            <source>Borrowers' local time zone</source>
            <translation>Borrowers' local time zone</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="116" />
            <source>Collection contact hours (local)</source>
            <translation>Collection contact hours (local)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="117" />
            <source>Contact attempts per case per day</source>
            <translation>Contact attempts per case per day</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="118" />
            <source>Contact attempts per case per week</source>
            <translation>Contact attempts per case per week</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="119" />
            <source>Reminder days before the due date</source>
            <translation>Reminder days before the due date</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="120" />
            <source>Reminder days after the due date</source>
            <translation>Reminder days after the due date</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="121" />
            <source>SMTP server</source>
            <translation>SMTP server</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="122" />
            <source>SMTP port</source>
            <translation>SMTP port</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="123" />
            <source>Reminder sender address</source>
            <translation>Reminder sender address</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="124" />
            <source>SMS gateway address</source>
            <translation>SMS gateway address</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="125" />
            <source>Lender's legal name (contracts)</source>
            <translation>Lender's legal name (contracts)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="126" />
            <source>Lender's licence number (contracts)</source>
            <translation>Lender's licence number (contracts)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="127" />
            <source>Branch telephone (letters)</source>
            <translation>Branch telephone (letters)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="128" />
            <source>Borrower signs by</source>
            <translation>Borrower signs by</translation>
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
        <name>SignatureDialog</name>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="123" />
            <source>Borrower signature</source>
            <translation>Borrower signature</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="127" />
            <source>Borrower's full name</source>
            <translation>Borrower's full name</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="129" />
            <source>I, %1, have read this contract and agree to sign it electronically.</source>
            <translation>I, %1, have read this contract and agree to sign it electronically.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="134" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="150" />
            <source>%1, please sign in the box below.</source>
            <translation>%1, please sign in the box below.</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="152" />
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
            <location filename="../../workstation/views/sync_view.py" line="30" />
            <source>Your password for head office</source>
            <translation>Your password for head office</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="31" />
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="33" />
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="38" />
            <source>Recorded (UTC)</source>
            <translation>Recorded (UTC)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="39" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="40" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="55" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="60" />
            <source>Head-office password</source>
            <translation>Head-office password</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="65" />
            <source>Changes head office refused (nothing is lost: the reason says what to do)</source>
            <translation>Changes head office refused (nothing is lost: the reason says what to do)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="80" />
            <source>Server %1, branch %2</source>
            <translation>Server %1, branch %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="85" />
            <source>Last problem: %1</source>
            <translation>Last problem: %1</translation>
        </message>
    </context>
    <context>
        <name>SyncWorker</name>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="96" />
            <source>Sync: not configured</source>
            <translation>Sync: not configured</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="97" />
            <source>%1 pending</source>
            <translation>%1 pending</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="99" />
            <source>Sync: synchronising… (%1)</source>
            <translation>Sync: synchronising… (%1)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="101" />
            <source>retry in %1 s</source>
            <translation>retry in %1 s</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="103" />
            <source>Sync: %1 — %2, %3</source>
            <translation>Sync: %1 — %2, %3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="109" />
            <source>Sync: offline (%1) — open Sync to connect</source>
            <translation>Sync: offline (%1) — open Sync to connect</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="111" />
            <source>Sync: %1, last %2</source>
            <translation>Sync: %1, last %2</translation>
        </message>
    </context>
</TS>
