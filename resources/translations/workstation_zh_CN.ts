<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ActionDialog</name>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="154" />
            <source>Record action on %1</source>
            <translation>记录 %1 的处置措施</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="159" />
            <source>What was agreed or found, and why</source>
            <translation>约定或了解到的情况及原因</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="167" />
            <source>Action</source>
            <translation>处置措施</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="168" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>AdminView</name>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="32" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="33" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="34" />
            <location filename="../../workstation/views/admin_view.py" line="42" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="35" />
            <source>Branch</source>
            <translation>网点</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="36" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="43" />
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="44" />
            <source>Permissions</source>
            <translation>权限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="49" />
            <location filename="../../workstation/views/admin_view.py" line="55" />
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="49" />
            <source>No users yet. Add one with “Add user…”.</source>
            <translation>还没有用户。请用“新增用户…”添加。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="52" />
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="52" />
            <source>No roles are defined.</source>
            <translation>尚未定义角色。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="58" />
            <source>Roles and their permissions</source>
            <translation>角色及其权限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="64" />
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="65" />
            <source>Must change password</source>
            <translation>须修改密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="65" />
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="78" />
            <source>Add user…</source>
            <translation>新增用户…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="79" />
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="80" />
            <source>Disable / enable</source>
            <translation>停用 / 启用</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="81" />
            <source>Change role…</source>
            <translation>变更角色…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="112" />
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="113" />
            <source>Enter your password to continue:</source>
            <translation>请输入您的密码以继续：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="126" />
            <location filename="../../workstation/views/admin_view.py" line="129" />
            <location filename="../../workstation/views/admin_view.py" line="132" />
            <source>Add user</source>
            <translation>新增用户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="126" />
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="129" />
            <source>Full name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="158" />
            <source>Role:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="150" />
            <source>Change role</source>
            <translation>变更角色</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="166" />
            <source>One-time password</source>
            <translation>一次性密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="168" />
            <source>Give this one-time password to %1 in person. It expires in 24 hours and must be changed at first sign-in:

%2</source>
            <translation>请当面将此一次性密码交给 %1。密码 24 小时内有效，首次登录时必须修改：

%2</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../workstation/views/desktop.py" line="104" />
            <source>Cannot start</source>
            <translation>无法启动</translation>
        </message>
        <message>
            <location filename="../../workstation/views/desktop.py" line="112" />
            <source>DEMO workstation: the key is not protected by an OS keychain.</source>
            <translation>演示工作站：密钥未受操作系统钥匙串保护。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/desktop.py" line="152" />
            <source>Preparing the demo workstation…</source>
            <translation>正在准备演示工作站…</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDetailPane</name>
        <message>
            <location filename="../../workstation/views/application_view.py" line="35" />
            <source>Select an application.</source>
            <translation>请选择一笔申请。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="41" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="45" />
            <source>From</source>
            <translation>原状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="46" />
            <source>To</source>
            <translation>新状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="47" />
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="48" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="52" />
            <source>No steps recorded yet.</source>
            <translation>尚无办理记录。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="54" />
            <location filename="../../workstation/views/application_view.py" line="78" />
            <source>Timeline</source>
            <translation>流转记录</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="56" />
            <source>Withdraw…</source>
            <translation>撤回…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="58" />
            <source>Request override…</source>
            <translation>申请评分推翻…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="60" />
            <source>Submit and assess</source>
            <translation>提交并评估</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="92" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="93" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="94" />
            <source>Term</source>
            <translation>期限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="94" />
            <source>%1 months</source>
            <translation>%1 个月</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="96" />
            <source>Rate / APR</source>
            <translation>利率 / 年化利率</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="99" />
            <source>Method</source>
            <translation>还款方式</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="100" />
            <source>Purpose</source>
            <translation>贷款用途</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="115" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="125" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="129" />
            <source>Withdraw application</source>
            <translation>撤回申请</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="135" />
            <source>Request a score override</source>
            <translation>申请推翻评分结果</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="154" />
            <source>Credit decision %1, band %2: the application is now %3.</source>
            <translation>授信结论 %1，风险等级 %2：申请当前状态为 %3。</translation>
        </message>
    </context>
    <context>
        <name>ApplicationStatus</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="22" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="23" />
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="24" />
            <source>Assessed</source>
            <translation>已评估</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="25" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="26" />
            <source>Referred</source>
            <translation>已转主管</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="27" />
            <source>Declined</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="28" />
            <source>Contract issued</source>
            <translation>已出具合同</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="29" />
            <source>Signed</source>
            <translation>已签约</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="30" />
            <source>Disbursed</source>
            <translation>已放款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="31" />
            <source>Withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="32" />
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
    </context>
    <context>
        <name>ApplicationWizard</name>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="49" />
            <source>New loan application</source>
            <translation>新建贷款申请</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="75" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="77" />
            <source>Customer search</source>
            <translation>客户搜索</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="78" />
            <source>Name, pinyin, ID number or phone</source>
            <translation>姓名、拼音、证件号码或手机号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="80" />
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="83" />
            <source>Customers found</source>
            <translation>查到的客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="93" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="102" />
            <source>Chosen product</source>
            <translation>选定产品</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="111" />
            <source>Amount, term and repayment</source>
            <translation>金额、期限与还款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="120" />
            <source>Amount (CNY)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="121" />
            <source>Term (months)</source>
            <translation>期限（月）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="122" />
            <source>Annual rate (%)</source>
            <translation>年利率（%）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="123" />
            <source>Repayment method</source>
            <translation>还款方式</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="124" />
            <source>Purpose details</source>
            <translation>用途说明</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="132" />
            <source>Repayment schedule preview</source>
            <translation>还款计划预览</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="148" />
            <source>Borrower profile</source>
            <translation>借款人情况</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="151" />
            <source>Ask the borrower; anything not asked is scored as the worst case and the application goes to a supervisor.</source>
            <translation>请向借款人询问；未询问的项目按最不利情况评分，申请将转交主管审批。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="170" />
            <location filename="../../workstation/views/application_wizard.py" line="175" />
            <source>— not asked —</source>
            <translation>— 未询问 —</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="191" />
            <source>Assessment and submission</source>
            <translation>评估与提交</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="192" />
            <source>Submit and assess</source>
            <translation>提交并评估</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="195" />
            <source>The application is saved, submitted and assessed when you press the button.</source>
            <translation>点击按钮后，申请将被保存、提交并进行评估。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="206" />
            <source>No.</source>
            <translation>期次</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="207" />
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="208" />
            <source>Principal</source>
            <translation>本金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="209" />
            <source>Interest</source>
            <translation>利息</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="210" />
            <source>Payment</source>
            <translation>应还金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="211" />
            <source>Balance</source>
            <translation>剩余本金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="228" />
            <source>No customer found.</source>
            <translation>未找到客户。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="235" />
            <source>business</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="235" />
            <source>person</source>
            <translation>个人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="304" />
            <source>Amount %1 – %2; term %3 – %4 months; rate %5 – %6; fee %7</source>
            <translation>金额 %1 – %2；期限 %3 – %4 个月；利率 %5 – %6；手续费 %7</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="331" />
            <source>Enter the amount and the rate as numbers.</source>
            <translation>请以数字输入金额和利率。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="350" />
            <source>APR %1 · total interest %2 · fees %3 · total repayable %4</source>
            <translation>年化利率 %1 · 利息合计 %2 · 费用 %3 · 应还总额 %4</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="384" />
            <source>Assessing…</source>
            <translation>正在评估…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="404" />
            <source>Saved as %1 and submitted, but not assessed: %2</source>
            <translation>已保存为 %1 并提交，但未完成评估：%2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="415" />
            <source>Application %1: %2 (credit decision %3, band %4)</source>
            <translation>申请 %1：%2（授信结论 %3，风险等级 %4）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="425" />
            <source>Sent to the supervisors' approvals inbox. %1</source>
            <translation>已发送至主管审批箱。%1</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsView</name>
        <message>
            <location filename="../../workstation/views/application_list.py" line="35" />
            <source>Number</source>
            <translation>号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="36" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="38" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="42" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="44" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="47" />
            <source>Months</source>
            <translation>月数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="50" />
            <source>APR</source>
            <translation>年化利率</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="56" />
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="69" />
            <source>No applications here yet. Start one with “New application…”.</source>
            <translation>暂无申请。请用“新建申请…”开始办理。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="73" />
            <source>Applications</source>
            <translation>贷款申请</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="89" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="92" />
            <source>Show applications with status</source>
            <translation>按状态显示申请</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="94" />
            <source>New application…</source>
            <translation>新建申请…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="96" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDecision</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="238" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="239" />
            <source>Declined</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="240" />
            <source>Returned to the officer</source>
            <translation>已退回信贷员</translation>
        </message>
    </context>
    <context>
        <name>ApprovalKind</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="243" />
            <source>Referral</source>
            <translation>转主管审批</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="244" />
            <source>Above authority</source>
            <translation>超出审批权限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="245" />
            <source>Score override</source>
            <translation>评分推翻</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="246" />
            <source>Settlement</source>
            <translation>和解结清</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="247" />
            <source>Restructure</source>
            <translation>贷款重组</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="248" />
            <source>Write-off</source>
            <translation>核销</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="249" />
            <source>Hardship hold</source>
            <translation>困难暂停催收</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsInbox</name>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="45" />
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="46" />
            <location filename="../../workstation/views/approvals_inbox.py" line="98" />
            <source>Case</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="47" />
            <source>Requested by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="49" />
            <source>Age (working h)</source>
            <translation>已等待（工作小时）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="54" />
            <source>SLA</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="59" />
            <source>Your queue is empty: no requests are waiting for a decision.</source>
            <translation>您的待办为空：没有等待审批的请求。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="62" />
            <source>Open approval requests</source>
            <translation>待处理审批</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="79" />
            <source>overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="80" />
            <source>due in %1 working hours</source>
            <translation>%1 个工作小时内到期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="84" />
            <location filename="../../workstation/views/approvals_inbox.py" line="144" />
            <source>Select a request.</source>
            <translation>请选择一项请求。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="90" />
            <source>Comment (required)</source>
            <translation>审批意见（必填）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="94" />
            <source>unchanged</source>
            <translation>不变</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="99" />
            <source>Assessment</source>
            <translation>评估结果</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="100" />
            <source>Terms</source>
            <translation>贷款条件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="101" />
            <source>Approve a different amount</source>
            <translation>按不同金额批准</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="188" />
            <source>Score %1, band %2: %3</source>
            <translation>评分 %1，风险等级 %2：%3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="199" />
            <source>amount %1</source>
            <translation>金额 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="200" />
            <source>owed %1</source>
            <translation>欠款 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="201" />
            <source>%1 months</source>
            <translation>%1 个月</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="202" />
            <source>%1 days</source>
            <translation>%1 天</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="203" />
            <location filename="../../workstation/views/approvals_inbox.py" line="204" />
            <source>rate %1</source>
            <translation>利率 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="205" />
            <source>band %1</source>
            <translation>风险等级 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="91" />
            <location filename="../../workstation/views/approvals_inbox.py" line="104" />
            <source>Comment</source>
            <translation>意见</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="114" />
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="115" />
            <source>Decline</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="116" />
            <source>Return to officer</source>
            <translation>退回信贷员</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="156" />
            <source>The amount must be a number.</source>
            <translation>金额必须是数字。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="173" />
            <source>Recorded: %1.</source>
            <translation>已记录：%1。</translation>
        </message>
    </context>
    <context>
        <name>AssessmentView</name>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="46" />
            <source>Select an assessed application.</source>
            <translation>请选择一笔已评估的申请。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="50" />
            <location filename="../../workstation/views/credit_assessment.py" line="115" />
            <source>Band</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="51" />
            <source>Probability of default</source>
            <translation>违约概率</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="52" />
            <location filename="../../workstation/views/credit_assessment.py" line="116" />
            <source>Decision</source>
            <translation>处理结论</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="58" />
            <location filename="../../workstation/views/credit_assessment.py" line="87" />
            <source>Rule hits and fraud flags</source>
            <translation>规则命中与欺诈标记</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="59" />
            <source>No policy rule or fraud check fired.</source>
            <translation>未触发任何政策规则或反欺诈检查。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="64" />
            <source>Assessment history</source>
            <translation>评估历史</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="65" />
            <source>This customer has no earlier assessments.</source>
            <translation>该客户没有以往的评估记录。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="67" />
            <source>Request override…</source>
            <translation>申请评分推翻…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="85" />
            <source>Reasons</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="89" />
            <source>Assessment history of this customer</source>
            <translation>该客户的评估历史</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="103" />
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="104" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="105" />
            <source>Check</source>
            <translation>核验</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="106" />
            <source>Message</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="112" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="114" />
            <source>Score</source>
            <translation>分数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="127" />
            <source>Application %1</source>
            <translation>申请 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="160" />
            <source>Policy rule</source>
            <translation>政策规则</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="160" />
            <source>Fraud check</source>
            <translation>欺诈检查</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="188" />
            <source>Request override</source>
            <translation>申请推翻评分</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="189" />
            <source>Why should a supervisor overturn this decision?</source>
            <translation>主管为何应推翻此结论？</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="196" />
            <source>Sent to a supervisor.</source>
            <translation>已提交主管。</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsPane</name>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="170" />
            <source>No assessments yet. Submit an application to have it scored.</source>
            <translation>暂无评估。提交申请后系统会进行评分。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="173" />
            <source>Recent assessments</source>
            <translation>近期评估</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="179" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="196" />
            <source>Application</source>
            <translation>申请</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="197" />
            <source>Score</source>
            <translation>分数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="198" />
            <source>Band</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="199" />
            <source>Decision</source>
            <translation>处理结论</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="201" />
            <source>Assessed</source>
            <translation>评估时间</translation>
        </message>
    </context>
    <context>
        <name>AuditOutcome</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="305" />
            <source>Done</source>
            <translation>成功</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="306" />
            <source>Refused</source>
            <translation>被拒绝</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="307" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="45" />
            <source>Time (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="46" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="47" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="48" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="49" />
            <source>Subject</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="50" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="51" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="56" />
            <source>Action contains…</source>
            <translation>操作包含…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="57" />
            <source>Filter by action</source>
            <translation>按操作筛选</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="59" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="60" />
            <source>Filter by user</source>
            <translation>按用户筛选</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="63" />
            <source>Filter</source>
            <translation>筛选</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="65" />
            <source>Verify chain</source>
            <translation>校验哈希链</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="69" />
            <source>No audit events match. Clear the filters or try part of an action name.</source>
            <translation>没有匹配的审计事件。请清除筛选条件，或输入操作名称的一部分。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="72" />
            <source>Audit events</source>
            <translation>审计事件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="97" />
            <source>Verifying the audit trail…</source>
            <translation>正在校验审计记录…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="102" />
            <source>Chain intact: %1 events verified.</source>
            <translation>哈希链完整：已校验 %1 条事件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="107" />
            <source>Chain broken at event %1: %2</source>
            <translation>哈希链在第 %1 条事件处断裂：%2</translation>
        </message>
    </context>
    <context>
        <name>Bucket</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="153" />
            <source>Current</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="154" />
            <source>1–30 days</source>
            <translation>1–30 天</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="155" />
            <source>31–60 days</source>
            <translation>31–60 天</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="156" />
            <source>61–90 days</source>
            <translation>61–90 天</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="157" />
            <source>Over 90 days</source>
            <translation>90 天以上</translation>
        </message>
    </context>
    <context>
        <name>BureauBox</name>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="86" />
            <source>Credit bureau</source>
            <translation>征信</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="99" />
            <source>Record consent…</source>
            <translation>登记授权…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="100" />
            <source>Record inquiry</source>
            <translation>登记查询</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="101" />
            <source>Import report…</source>
            <translation>导入报告…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="102" />
            <source>Withdraw consent…</source>
            <translation>撤回授权…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="115" />
            <source>Consent</source>
            <translation>授权</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="116" />
            <source>Report</source>
            <translation>报告</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="117" />
            <source>Obligations</source>
            <translation>月还款义务</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="169" />
            <source>No consent recorded: an inquiry is not allowed.</source>
            <translation>未登记授权：不得查询征信。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="172" />
            <source>Consent withdrawn on %1.</source>
            <translation>授权已于%1撤回。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="176" />
            <source>Consent expired on %1.</source>
            <translation>授权已于%1到期。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="177" />
            <source>Text %1 signed %2, recorded by %3, valid until %4.</source>
            <translation>授权书%1于%2签署，由%3登记，有效期至%4。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="188" />
            <source>Inquiry recorded; import the report the bureau sends.</source>
            <translation>已登记查询，请导入征信机构返回的报告。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="189" />
            <source>No bureau report: the assessment proceeds without bureau facts.</source>
            <translation>无征信报告：评估不参考征信信息。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="191" />
            <source>Dated %1: debt %2 in %3 open accounts.</source>
            <translation>报告日期%1：%3个未结清账户，负债%2。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="201" />
            <source>%1 a month; %2 inquiries in 6 months; worst status %3 (24 months).</source>
            <translation>每月%1；近6个月查询%2次；近24个月最差状态%3。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="219" />
            <source>Withdraw consent</source>
            <translation>撤回授权</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="221" />
            <source>Record that the borrower withdrew consent? No new inquiries can be made; the monthly reporting of granted loans continues.</source>
            <translation>确认登记借款人已撤回授权？此后不能再查询征信；已发放贷款的月度报送将继续。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="237" />
            <source>Import bureau report</source>
            <translation>导入征信报告</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="237" />
            <source>Bureau report (*.json)</source>
            <translation>征信报告 (*.json)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="258" />
            <source>Saved. Run the assessment again to use the bureau facts.</source>
            <translation>已保存。请重新评估以使用征信信息。</translation>
        </message>
    </context>
    <context>
        <name>BureauView</name>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="91" />
            <source>Months</source>
            <translation>月份列表</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="92" />
            <source>No month end recorded yet: the end of day on a month's last day adds one.</source>
            <translation>尚无月末记录：每月最后一天的日终处理会生成一条。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="95" />
            <location filename="../../workstation/views/bureau_view.py" line="147" />
            <source>Files</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="95" />
            <source>No file generated for this month yet.</source>
            <translation>本月尚未生成报送文件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="98" />
            <location filename="../../workstation/views/bureau_view.py" line="154" />
            <source>Records</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="98" />
            <source>Select a file to see its records.</source>
            <translation>选择文件以查看其记录。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="112" />
            <source>Records of the selected file (ID numbers masked)</source>
            <translation>所选文件的记录（证件号码已脱敏）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="120" />
            <source>Generate month file</source>
            <translation>生成月度文件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="121" />
            <source>Validate</source>
            <translation>校验</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="122" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="123" />
            <source>Correct a record…</source>
            <translation>更正记录…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="145" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="146" />
            <source>Loans</source>
            <translation>贷款笔数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="152" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="153" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="155" />
            <source>Generated</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="156" />
            <source>By</source>
            <translation>生成人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="157" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="158" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="163" />
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="164" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="165" />
            <source>Balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="166" />
            <source>Overdue</source>
            <translation>逾期金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="167" />
            <source>Days past due</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="168" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="169" />
            <source>Closed</source>
            <translation>结清日期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="173" />
            <source>Month end</source>
            <translation>月末报送</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="173" />
            <source>Correction</source>
            <translation>更正</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="244" />
            <source>Generating…</source>
            <translation>正在生成…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="248" />
            <source>File for %1 generated and validated: %2 records.</source>
            <translation>%1的报送文件已生成并通过校验：%2条记录。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="261" />
            <source>The file is valid.</source>
            <translation>文件校验通过。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="264" />
            <source>The file has problems:</source>
            <translation>文件存在以下问题：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="272" />
            <source>Export reporting file</source>
            <translation>导出报送文件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="272" />
            <source>Text (*.txt)</source>
            <translation>文本文件 (*.txt)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="280" />
            <source>Exported to %1.</source>
            <translation>已导出到%1。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="290" />
            <source>Confirm export</source>
            <translation>确认导出</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="291" />
            <source>The file holds full identity numbers. Enter your password to confirm:</source>
            <translation>该文件包含完整证件号码。请输入密码确认：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="300" />
            <source>Select the record to correct first.</source>
            <translation>请先选择要更正的记录。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="312" />
            <source>Correction %1 for %2 generated and validated.</source>
            <translation>%2的更正文件%1已生成并通过校验。</translation>
        </message>
    </context>
    <context>
        <name>CaseStatus</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="44" />
            <source>Open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="45" />
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="29" />
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="35" />
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="36" />
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="37" />
            <source>Repeat new password</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="46" />
            <source>Use at least 8 characters; 15 or more is safer. A phrase of several words is easy to remember. Common passwords are refused.</source>
            <translation>密码至少 8 个字符，15 个以上更安全。由几个词组成的短语便于记忆。常见密码将被拒绝。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="58" />
            <source>Choose your own password before you continue.</source>
            <translation>继续之前，请设置您自己的密码。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="66" />
            <source>The two new passwords are not the same.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="114" />
            <source>Phone call</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="115" />
            <source>Text message</source>
            <translation>短信</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="116" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="117" />
            <source>Visit</source>
            <translation>上门</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="118" />
            <source>Letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="119" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="120" />
            <source>Bank transfer</source>
            <translation>银行转账</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="121" />
            <source>Bank card</source>
            <translation>银行卡</translation>
        </message>
    </context>
    <context>
        <name>CloseAlertDialog</name>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="49" />
            <source>Close alert</source>
            <translation>关闭预警</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="54" />
            <source>Why (required)</source>
            <translation>原因（必填）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="55" />
            <location filename="../../workstation/views/compliance_view.py" line="66" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="65" />
            <source>Disposition</source>
            <translation>处置结论</translation>
        </message>
    </context>
    <context>
        <name>CollectionView</name>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="52" />
            <source>Work queue</source>
            <translation>工作队列</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="53" />
            <source>Your queue is empty: no open cases are assigned to you.</source>
            <translation>您的待办为空：没有分配给您的未结案件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="56" />
            <source>All branch cases</source>
            <translation>本网点全部案件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="61" />
            <location filename="../../workstation/views/collection_view.py" line="253" />
            <source>Select a case</source>
            <translation>请选择一个案件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="64" />
            <source>Cases</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="67" />
            <location filename="../../workstation/views/collection_view.py" line="70" />
            <source>Reminders</source>
            <translation>还款提醒</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="68" />
            <source>No reminders yet. The end of day queues them before and after due dates.</source>
            <translation>暂无提醒。日终处理会在到期日前后自动生成提醒。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="80" />
            <source>Loan</source>
            <translation>贷款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="81" />
            <source>Borrower</source>
            <translation>借款人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="83" />
            <source>Bucket</source>
            <translation>逾期阶段</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="88" />
            <source>Days past due</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="94" />
            <source>Overdue</source>
            <translation>逾期金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="100" />
            <source>Broken promises</source>
            <translation>违约承诺</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="106" />
            <source>Last contact</source>
            <translation>最近联系</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="110" />
            <source>Collector</source>
            <translation>催收员</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="118" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="119" />
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="120" />
            <location filename="../../workstation/views/collection_view.py" line="134" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="121" />
            <source>Party</source>
            <translation>联系对象</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="122" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="124" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="129" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="135" />
            <source>Template</source>
            <translation>模板</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="136" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="137" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="139" />
            <source>Attempts</source>
            <translation>尝试次数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="144" />
            <source>Last error</source>
            <translation>最近错误</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="160" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="161" />
            <source>Send reminders</source>
            <translation>发送提醒</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="162" />
            <source>Run end of day…</source>
            <translation>执行日终处理…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="178" />
            <source>Log contact…</source>
            <translation>记录联系…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="179" />
            <source>Record promise…</source>
            <translation>记录还款承诺…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="180" />
            <source>Post payment…</source>
            <translation>登记还款…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="190" />
            <source>Case timeline</source>
            <translation>案件记录</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="191" />
            <source>Nothing recorded on this case yet.</source>
            <translation>该案件尚无记录。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="205" />
            <source>Request settlement…</source>
            <translation>申请和解…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="206" />
            <source>Request restructure…</source>
            <translation>申请重组…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="207" />
            <source>Request write-off…</source>
            <translation>申请核销…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="208" />
            <source>Request hardship hold…</source>
            <translation>申请困难暂停…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workstation/views/collection_view.py" line="236" />
            <source>%n open case(s)</source>
            <translation>
                <numerusform>%n 个未结案件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="257" />
            <source>%1 · loan %2 · %3 days past due · overdue %4 · outstanding principal %5%6</source>
            <translation>%1 · 贷款 %2 · 逾期 %3 天 · 逾期金额 %4 · 剩余本金 %5%6</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="267" />
            <source> · contact on hold (%1)</source>
            <translation> · 暂停联系（%1）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="358" />
            <source>Sent to a supervisor for approval.</source>
            <translation>已提交主管审批。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="363" />
            <source>Sending reminders…</source>
            <translation>正在发送提醒…</translation>
        </message>
    </context>
    <context>
        <name>Compliance</name>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="17" />
            <source>Large cash</source>
            <translation>大额现金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="18" />
            <source>Structuring</source>
            <translation>拆分交易</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="19" />
            <source>Unregistered account</source>
            <translation>非本人登记账户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="20" />
            <source>Early full settlement</source>
            <translation>放款后短期结清</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="21" />
            <source>Unusual volume</source>
            <translation>交易量异常</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="24" />
            <source>False positive</source>
            <translation>误报</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="25" />
            <source>Monitor</source>
            <translation>持续关注</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="26" />
            <source>Report</source>
            <translation>上报</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="29" />
            <source>Open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="30" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="33" />
            <source>disbursement</source>
            <translation>放款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="34" />
            <source>repayment</source>
            <translation>还款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="35" />
            <source>cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="36" />
            <source>transfer</source>
            <translation>转账</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="37" />
            <source>card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="38" />
            <source>opened</source>
            <translation>生成</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="39" />
            <source>closed</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="40" />
            <source>reported</source>
            <translation>已上报</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="78" />
            <source>Cash of %1 in one day (%2 transactions); the threshold is %3.</source>
            <translation>单日现金交易 %1（%2 笔），大额标准为 %3。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="83" />
            <source>%1 cash payments of %2 to just under %3 on %4 days since %5, together %6: each stays under the large-cash threshold.</source>
            <translation>自 %5 起 %4 天内有 %1 笔现金交易，每笔在 %2 至略低于 %3 之间，合计 %6：每笔均低于大额现金标准。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="98" />
            <source>A repayment of %1 by %2 from an account not registered to the borrower.</source>
            <translation>一笔 %1 的%2还款来自非借款人本人登记的账户。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="103" />
            <source>Repaid %1 of a %2 loan %3 days after the payout on %4.</source>
            <translation>贷款本金 %2，于 %4 放款后 %3 天内已还款 %1。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_words.py" line="109" />
            <source>Repayments of %1 in %2 days, above %3 (the profile %4: declared income %5, own monthly average %6).</source>
            <translation>%2 天内还款 %1，超过 %3（客户基准 %4：申报月收入 %5，本人月均还款 %6）。</translation>
        </message>
    </context>
    <context>
        <name>ComplianceScreen</name>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="84" />
            <location filename="../../workstation/views/compliance_view.py" line="130" />
            <location filename="../../workstation/views/compliance_view.py" line="147" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="85" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="86" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="88" />
            <location filename="../../workstation/views/compliance_view.py" line="170" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="91" />
            <source>Business date</source>
            <translation>营业日</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="95" />
            <location filename="../../workstation/views/compliance_view.py" line="122" />
            <location filename="../../workstation/views/compliance_view.py" line="145" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="96" />
            <source>Disposition</source>
            <translation>处置结论</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="100" />
            <source>No alerts match: nothing is waiting for review.</source>
            <translation>没有符合条件的预警：当前无待审核事项。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="102" />
            <source>AML alerts</source>
            <translation>反洗钱预警</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="124" />
            <source>Open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="125" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="126" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="131" />
            <source>All rules</source>
            <translation>全部规则</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="140" />
            <source>Monitoring date</source>
            <translation>监测日期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="142" />
            <source>Run monitoring for</source>
            <translation>执行监测，日期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="156" />
            <location filename="../../workstation/views/compliance_view.py" line="242" />
            <source>Select an alert.</source>
            <translation>请选择一条预警。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="164" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="166" />
            <source>Loan</source>
            <translation>贷款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="167" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="168" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="172" />
            <source>From account</source>
            <translation>付款账户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="178" />
            <source>Transactions behind the alert</source>
            <translation>触发预警的交易</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="183" />
            <source>Close with disposition…</source>
            <translation>填写处置结论并关闭…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="187" />
            <source>Alert</source>
            <translation>预警</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="188" />
            <source>Why it fired</source>
            <translation>触发原因</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="189" />
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="192" />
            <source>Transactions</source>
            <translation>交易</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="194" />
            <source>History</source>
            <translation>处理记录</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="201" />
            <source>Report file format</source>
            <translation>报告文件格式</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="205" />
            <source>Reports of alerts closed as “Report”:</source>
            <translation>处置结论为“上报”的预警生成报告：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="207" />
            <source>Large-value report…</source>
            <translation>大额交易报告…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="208" />
            <source>Suspicious transaction report…</source>
            <translation>可疑交易报告…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="264" />
            <source>Open: waiting for a reviewer.</source>
            <translation>待处理：等待审核人员处理。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="265" />
            <source>%1 by %2 on %3: %4</source>
            <translation>%1（%2，%3）：%4</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="286" />
            <source>Monitoring for %1: %2 new alerts (%3 raised before).</source>
            <translation>%1 监测完成：新增预警 %2 条（此前已生成 %3 条）。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="308" />
            <source>Alert closed: %1.</source>
            <translation>预警已关闭：%1。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="320" />
            <source>Save report</source>
            <translation>保存报告</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="332" />
            <source>Report %1 written: %2 records to %3.</source>
            <translation>报告 %1 已生成：%2 条记录，保存至 %3。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="345" />
            <source>Confirm report export</source>
            <translation>确认导出报告</translation>
        </message>
        <message>
            <location filename="../../workstation/views/compliance_view.py" line="346" />
            <source>The report holds full identity numbers. Enter your password to confirm:</source>
            <translation>报告包含完整证件号码，请输入密码确认：</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="50" />
            <source>Record bureau consent</source>
            <translation>登记征信授权</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="55" />
            <source>Consent text</source>
            <translation>授权书内容</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="57" />
            <source>Signed paper form</source>
            <translation>纸质签字授权书</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="58" />
            <source>Electronic signature</source>
            <translation>电子签名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="59" />
            <source>The borrower has signed this text (version %1).</source>
            <translation>借款人已签署此授权书（版本%1）。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_box.py" line="70" />
            <source>Method</source>
            <translation>方式</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="47" />
            <source>Log contact</source>
            <translation>记录联系</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="55" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="56" />
            <source>Contact</source>
            <translation>联系</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="57" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="58" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ContactEditDialog</name>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="37" />
            <source>Edit contact details</source>
            <translation>编辑联系方式</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="55" />
            <source>Mobile</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="56" />
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="57" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="58" />
            <source>Employer</source>
            <translation>工作单位</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="59" />
            <source>Occupation</source>
            <translation>职业</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="60" />
            <source>Monthly income</source>
            <translation>月收入</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="76" />
            <source>%1 — leave empty to keep</source>
            <translation>%1 — 留空则保持不变</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="112" />
            <source>Please correct the fields marked in red.</source>
            <translation>请更正标红的字段。</translation>
        </message>
    </context>
    <context>
        <name>ContactKind</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="107" />
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="108" />
            <source>Telephone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="109" />
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="110" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="111" />
            <source>Reference</source>
            <translation>联系人</translation>
        </message>
    </context>
    <context>
        <name>ContactOutcome</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="124" />
            <source>No answer</source>
            <translation>无人接听</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="125" />
            <source>Left a message</source>
            <translation>已留言</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="126" />
            <source>Spoke: promised to pay</source>
            <translation>已通话：承诺还款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="127" />
            <source>Spoke: refused to pay</source>
            <translation>已通话：拒绝还款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="128" />
            <source>Wrong number</source>
            <translation>号码错误</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="129" />
            <source>Borrower disputes the debt</source>
            <translation>借款人对债务有异议</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="130" />
            <source>Borrower reports hardship</source>
            <translation>借款人称经济困难</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="131" />
            <source>Says already paid</source>
            <translation>称已还款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="132" />
            <source>Asked to be called back</source>
            <translation>要求回电</translation>
        </message>
    </context>
    <context>
        <name>ContractPreview</name>
        <message>
            <location filename="../../workstation/views/contract_preview.py" line="37" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_preview.py" line="41" />
            <source>Sign…</source>
            <translation>签署…</translation>
        </message>
    </context>
    <context>
        <name>ContractStatus</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="48" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="49" />
            <source>Signed</source>
            <translation>已签署</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="50" />
            <source>Void</source>
            <translation>已作废</translation>
        </message>
    </context>
    <context>
        <name>ContractsView</name>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="53" />
            <source>Contracts</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="57" />
            <source>Contract number or customer name</source>
            <translation>合同编号或客户姓名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="60" />
            <source>Any status</source>
            <translation>任意状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="93" />
            <source>Signed</source>
            <translation>已签署</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="68" />
            <source>Any date</source>
            <translation>任意日期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="79" />
            <source>Contract number</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="80" />
            <source>Issue</source>
            <translation>版次</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="81" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="88" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="90" />
            <source>Issued</source>
            <translation>出具日期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="48" />
            <source>No contracts match. Clear the search or choose “Any status”.</source>
            <translation>没有匹配的合同。请清除搜索条件或选择“任意状态”。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="63" />
            <source>Contract status</source>
            <translation>合同状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="83" />
            <source>Amount (%1)</source>
            <translation>金额（%1）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="104" />
            <source>&amp;Search:</source>
            <translation>搜索(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="106" />
            <source>Issued &amp;from:</source>
            <translation>出具日期自(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="119" />
            <source>Preview and print…</source>
            <translation>预览并打印…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="120" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="121" />
            <source>Sign…</source>
            <translation>签署…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="122" />
            <source>Re-issue draft…</source>
            <translation>重新出具草稿…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="123" />
            <source>Verify a file…</source>
            <translation>验证文件…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="163" />
            <source>Contract %1</source>
            <translation>合同 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="172" />
            <source>Export contract to folder</source>
            <translation>将合同导出到文件夹</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="181" />
            <source>Exported</source>
            <translation>已导出</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="183" />
            <source>Saved %1. It contains the borrower's personal data: keep it safe.</source>
            <translation>已保存 %1。文件含有借款人个人信息，请妥善保管。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="202" />
            <source>Signing the contract…</source>
            <translation>正在签署合同…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="211" />
            <source>Chinese and English</source>
            <translation>中英文</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="212" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="213" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="216" />
            <source>Re-issue draft</source>
            <translation>重新出具草稿</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="216" />
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="228" />
            <source>Verify a contract file</source>
            <translation>验证合同文件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="228" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="243" />
            <source>Contract intact</source>
            <translation>合同完整</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="244" />
            <source>This is contract %1, signed and unchanged since signing.</source>
            <translation>这是合同 %1，已签署且签署后未被修改。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="251" />
            <source>Contract NOT intact</source>
            <translation>合同不完整</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="252" />
            <source>This file is not an intact contract of this lender:</source>
            <translation>此文件不是本机构完整的合同：</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="51" />
            <source>Correct account %1</source>
            <translation>更正账户%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="53" />
            <source>Balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="54" />
            <source>Amount overdue</source>
            <translation>逾期金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="55" />
            <source>Days past due</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="56" />
            <source>Status code (N, 1-7, C, W)</source>
            <translation>状态代码（N、1-7、C、W）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="57" />
            <source>Closing date (YYYY-MM-DD)</source>
            <translation>结清日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/bureau_view.py" line="64" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>CreditDecision</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="181" />
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="182" />
            <source>Refer to a supervisor</source>
            <translation>转主管审批</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="183" />
            <source>Decline</source>
            <translation>拒绝</translation>
        </message>
    </context>
    <context>
        <name>CreditScreen</name>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="43" />
            <source>Portfolio and stability</source>
            <translation>组合与稳定性</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="45" />
            <source>Assessments</source>
            <translation>评估</translation>
        </message>
    </context>
    <context>
        <name>CustomerKind</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="83" />
            <source>Person</source>
            <translation>个人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="84" />
            <source>Business</source>
            <translation>企业</translation>
        </message>
    </context>
    <context>
        <name>CustomerSearchView</name>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="45" />
            <source>Name, pinyin, initials, ID number or last 4+ phone digits</source>
            <translation>姓名、拼音、首字母、证件号码或手机号后 4 位以上</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="48" />
            <source>Find a customer</source>
            <translation>查找客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="49" />
            <source>New customer…</source>
            <translation>新建客户…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="60" />
            <source>No customers match. Try part of the name, pinyin initials, or the last 4 digits of the phone.</source>
            <translation>没有匹配的客户。请尝试输入部分姓名、拼音首字母或手机号后 4 位。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="67" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="78" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="80" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="83" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="84" />
            <source>Mobile</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="86" />
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="92" />
            <source>Monthly income</source>
            <translation>月收入</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="97" />
            <source>Onboarding</source>
            <translation>开户状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="112" />
            <source>%1 customers shown (at most 50)</source>
            <translation>显示 %1 位客户（最多 50 位）</translation>
        </message>
    </context>
    <context>
        <name>CustomerStatus</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="91" />
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="92" />
            <source>Blocked</source>
            <translation>已冻结</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="93" />
            <source>Merged</source>
            <translation>已合并</translation>
        </message>
    </context>
    <context>
        <name>CustomerView</name>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="57" />
            <source>Scans</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="66" />
            <source>← Back to search</source>
            <translation>← 返回搜索</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="70" />
            <source>Edit contact details…</source>
            <translation>编辑联系方式…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="74" />
            <source>Record in-person check…</source>
            <translation>记录面签核验…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="77" />
            <source>Decide watch-list hit…</source>
            <translation>处理名单命中…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="98" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="99" />
            <source>Mobile</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="100" />
            <source>Bank card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="101" />
            <source>Born / age / sex</source>
            <translation>出生日期 / 年龄 / 性别</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="102" />
            <location filename="../../workstation/views/customer_view.py" line="186" />
            <location filename="../../workstation/views/customer_view.py" line="206" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="107" />
            <source>Employer / occupation</source>
            <translation>工作单位 / 职业</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="108" />
            <source>Monthly income / debts</source>
            <translation>月收入 / 月负债</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="109" />
            <source>E-mail / address</source>
            <translation>电子邮箱 / 地址</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="110" />
            <location filename="../../workstation/views/customer_view.py" line="295" />
            <source>In-person check</source>
            <translation>面签核验</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="119" />
            <source>Reveal</source>
            <translation>显示完整</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="121" />
            <source>Reveal %1</source>
            <translation>显示完整%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="130" />
            <source>Documents</source>
            <translation>证件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="131" />
            <source>Fraud signals</source>
            <translation>欺诈风险信号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="132" />
            <source>Watch-list hits</source>
            <translation>名单命中</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="133" />
            <source>History</source>
            <translation>变更历史</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="134" />
            <source>Applications and loans</source>
            <translation>申请与贷款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="139" />
            <source>No identity documents recorded.</source>
            <translation>未登记身份证件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="140" />
            <source>No fraud signals: no phone, address or card is shared.</source>
            <translation>无欺诈信号：没有共用的电话、地址或银行卡。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="141" />
            <source>No watch-list hits.</source>
            <translation>未命中关注名单。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="142" />
            <source>No changes since onboarding.</source>
            <translation>开户后没有修改记录。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="143" />
            <source>No applications or loans yet.</source>
            <translation>暂无申请或贷款。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="150" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="151" />
            <location filename="../../workstation/views/customer_view.py" line="204" />
            <source>Number</source>
            <translation>号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="153" />
            <source>Expiry</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="158" />
            <source>Check</source>
            <translation>核验</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="159" />
            <source>passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="159" />
            <source>failed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="162" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="172" />
            <source>Signal</source>
            <translation>风险信号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="173" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="174" />
            <source>Other customer</source>
            <translation>关联客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="175" />
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="181" />
            <source>Listed name</source>
            <translation>名单姓名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="182" />
            <source>List</source>
            <translation>名单</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="184" />
            <source>Match</source>
            <translation>匹配度</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="188" />
            <source>Decision</source>
            <translation>处理结论</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="196" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="197" />
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="198" />
            <source>Changes</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="210" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="263" />
            <source>Watch-list hits (%1 open)</source>
            <translation>名单命中（%1 项待处理）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="268" />
            <source>not yet</source>
            <translation>尚未进行</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="296" />
            <source>I saw the original document and compared the photo. Note (optional):</source>
            <translation>本人已查验证件原件并核对照片。备注（可选）：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="313" />
            <source>Clear (not the listed person)</source>
            <translation>排除（非名单人员）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="313" />
            <source>Confirm (listed person)</source>
            <translation>确认（为名单人员）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="315" />
            <location filename="../../workstation/views/customer_view.py" line="319" />
            <source>Watch-list hit</source>
            <translation>名单命中</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="319" />
            <source>Comment:</source>
            <translation>意见：</translation>
        </message>
    </context>
    <context>
        <name>DocumentType</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="102" />
            <source>Resident ID card</source>
            <translation>居民身份证</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="103" />
            <source>Passport</source>
            <translation>护照</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="104" />
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
    </context>
    <context>
        <name>EarlyWarningView</name>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="43" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="44" />
            <source>Watch</source>
            <translation>关注</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="45" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="46" />
            <source>Critical</source>
            <translation>严重</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="47" />
            <location filename="../../workstation/views/early_warning_view.py" line="210" />
            <source>Open</source>
            <translation>待处置</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="48" />
            <location filename="../../workstation/views/early_warning_view.py" line="211" />
            <source>Actioned</source>
            <translation>已处置</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="49" />
            <location filename="../../workstation/views/early_warning_view.py" line="212" />
            <source>Closed</source>
            <translation>已解除</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="50" />
            <source>Call the borrower</source>
            <translation>电话联系借款人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="51" />
            <source>Visit the borrower</source>
            <translation>上门拜访借款人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="52" />
            <source>Reduce the limit</source>
            <translation>压降额度</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="53" />
            <source>Offer a restructuring</source>
            <translation>提出重组方案</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="54" />
            <source>Escalate to head office</source>
            <translation>上报总行</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="55" />
            <source>No action needed</source>
            <translation>无需处置</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="56" />
            <source>Missed payment</source>
            <translation>未还款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="57" />
            <source>Partial payment</source>
            <translation>部分还款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="58" />
            <source>Arrears rising</source>
            <translation>逾期加深</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="59" />
            <source>Broken promise</source>
            <translation>违背还款承诺</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="60" />
            <source>Contact details changed</source>
            <translation>联系方式变更</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="61" />
            <source>Watch-list hit</source>
            <translation>命中观察名单</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="62" />
            <source>New bureau inquiries</source>
            <translation>征信查询增加</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="63" />
            <source>Bureau debt up</source>
            <translation>征信负债上升</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="66" />
            <source>%1 installment(s) with nothing paid, the first due on %2.</source>
            <translation>%1 期未还任何款项，最早一期于 %2 到期。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="69" />
            <source>%1 installment(s) that fell due are only partly paid.</source>
            <translation>%1 期已到期款项仅部分偿还。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="72" />
            <source>Arrears moved from “%1” at the last month end to “%2”.</source>
            <translation>逾期档位由上月末的“%1”升至“%2”。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="75" />
            <source>%1 promise(s) to pay broken in the last 90 days, the last due on %2.</source>
            <translation>近 90 天内违背 %1 次还款承诺，最近一次承诺于 %2 到期。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="78" />
            <source>Contact details changed on %1, shortly before the first due date missed (%2).</source>
            <translation>%1 变更了联系方式，距首次逾期的到期日（%2）不久。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="82" />
            <source>%1 watch-list match(es) since the loan was paid out, the last on %2; not cleared.</source>
            <translation>放款后命中观察名单 %1 次，最近一次在 %2，尚未排除。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="86" />
            <source>A confirmed watch-list match since the loan was paid out.</source>
            <translation>放款后命中观察名单，且已确认。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="89" />
            <source>Bureau inquiries in six months rose from %1 to %2 (report of %3).</source>
            <translation>近六个月征信查询次数由 %1 次增至 %2 次（%3 的报告）。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="92" />
            <source>Debt reported to the bureau rose from %1 to %2 (report of %3).</source>
            <translation>征信报告显示的负债由 %1 增至 %2（%3 的报告）。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="185" />
            <source>No loans to act on: the last daily pass found no signals.</source>
            <translation>暂无需处置的贷款：最近一次日终扫描未发现预警信号。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="188" />
            <source>Early warnings</source>
            <translation>贷后预警</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="207" />
            <location filename="../../workstation/views/early_warning_view.py" line="220" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="209" />
            <source>Open and actioned</source>
            <translation>待处置和已处置</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="217" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="227" />
            <location filename="../../workstation/views/early_warning_view.py" line="308" />
            <source>Select a loan</source>
            <translation>请选择一笔贷款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="231" />
            <source>Record action…</source>
            <translation>记录处置措施…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="234" />
            <source>No action recorded yet.</source>
            <translation>尚未记录处置措施。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="236" />
            <location filename="../../workstation/views/early_warning_view.py" line="245" />
            <source>Actions taken</source>
            <translation>已采取的措施</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="242" />
            <source>Why this loan is on the list</source>
            <translation>列入预警的原因</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="254" />
            <source>Loan</source>
            <translation>贷款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="255" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="256" />
            <source>Severity</source>
            <translation>预警等级</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="257" />
            <source>Score</source>
            <translation>行为评分</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="258" />
            <source>Signals</source>
            <translation>预警信号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="259" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="261" />
            <source>Days past due</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="267" />
            <source>Overdue</source>
            <translation>逾期金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="276" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="277" />
            <source>Action</source>
            <translation>处置措施</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="278" />
            <source>By</source>
            <translation>处置人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="279" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="292" />
            <source>%1 of %2 warnings shown, riskiest first.</source>
            <translation>显示 %1 / %2 条预警，风险最高的在前。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="320" />
            <source>No signal now.</source>
            <translation>目前无预警信号。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/early_warning_view.py" line="339" />
            <source>Action recorded: %1.</source>
            <translation>已记录处置措施：%1。</translation>
        </message>
    </context>
    <context>
        <name>EodDialog</name>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="40" />
            <source>End of day</source>
            <translation>日终处理</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="43" />
            <source>Business date %1. A stopped run continues where it left off.</source>
            <translation>营业日期 %1。中断的处理会从中断处继续。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="51" />
            <source>%v of %m steps</source>
            <translation>第 %v 步，共 %m 步</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="52" />
            <source>Run end of day</source>
            <translation>执行日终处理</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="80" />
            <source>The end of day for this date has already run.</source>
            <translation>该日期的日终处理已执行。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="83" />
            <source>Done: %1 loans worked, %2 cases opened, penalties %3, in %4 s.</source>
            <translation>完成：处理贷款 %1 笔，新开案件 %2 个，罚息 %3，用时 %4 秒。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../workstation/views/errors.py" line="29" />
            <source>The disk is full, so nothing was saved. Free some space or call IT, then try again; the data saved before is safe.</source>
            <translation>磁盘已满，本次未保存任何内容。请清理空间或联系 IT 后重试；此前保存的数据安全无虞。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/errors.py" line="36" />
            <source>Something went wrong and the last action was not completed. Nothing was saved half-way. Try again; if it happens again, call IT support and give them the time.</source>
            <translation>出现问题，上一操作未完成，也没有保存任何不完整的数据。请重试；如再次出现，请联系 IT 支持并告知发生时间。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/errors.py" line="48" />
            <source>Could not complete the action</source>
            <translation>无法完成操作</translation>
        </message>
    </context>
    <context>
        <name>EscalationDialog</name>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="106" />
            <source>Settle for (%1)</source>
            <translation>和解金额（%1）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="108" />
            <source>New term (months)</source>
            <translation>新期限（月）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="109" />
            <source>Annual rate</source>
            <translation>年利率</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="111" />
            <source>Hold for (days)</source>
            <translation>暂停天数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="112" />
            <source>Reason for the supervisor</source>
            <translation>提交主管的理由</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="117" />
            <source>Request settlement: %1</source>
            <translation>申请和解：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="118" />
            <source>Request restructure: %1</source>
            <translation>申请重组：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="119" />
            <source>Request write-off: %1</source>
            <translation>申请核销：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="120" />
            <source>Request hardship hold: %1</source>
            <translation>申请困难暂停：%1</translation>
        </message>
    </context>
    <context>
        <name>FraudCheck</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="202" />
            <source>Many applications by this customer in 24 hours</source>
            <translation>该客户24小时内申请过多</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="205" />
            <source>Many applications by this customer in 30 days</source>
            <translation>该客户30天内申请过多</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="208" />
            <source>Many applications on this phone in 24 hours</source>
            <translation>该手机号24小时内申请过多</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="211" />
            <source>Many applications on this phone in 30 days</source>
            <translation>该手机号30天内申请过多</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="214" />
            <source>Many applications on this bank card in 24 hours</source>
            <translation>该银行卡24小时内申请过多</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="217" />
            <source>Many applications on this bank card in 30 days</source>
            <translation>该银行卡30天内申请过多</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="220" />
            <source>Many applications from this device in 24 hours</source>
            <translation>该设备24小时内申请过多</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="223" />
            <source>Many applications from this device in 30 days</source>
            <translation>该设备30天内申请过多</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="226" />
            <source>Phone shared with another customer</source>
            <translation>与其他客户共用电话</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="227" />
            <source>E-mail shared with another customer</source>
            <translation>与其他客户共用电子邮箱</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="228" />
            <source>Address shared with another customer</source>
            <translation>与其他客户共用地址</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="229" />
            <source>Bank card shared with another customer</source>
            <translation>与其他客户共用银行卡</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="230" />
            <source>ID number not valid</source>
            <translation>证件号码无效</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="231" />
            <source>Birth date differs from the ID number</source>
            <translation>出生日期与证件号码不符</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="234" />
            <source>Sex differs from the ID number</source>
            <translation>性别与证件号码不符</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="235" />
            <source>On the blacklist</source>
            <translation>命中黑名单</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../workstation/views/help_dialog.py" line="29" />
            <source>Help</source>
            <translation>帮助</translation>
        </message>
        <message>
            <location filename="../../workstation/views/help_dialog.py" line="32" />
            <source>Help text</source>
            <translation>帮助内容</translation>
        </message>
        <message>
            <location filename="../../workstation/views/help_dialog.py" line="44" />
            <source>&lt;p&gt;There is no help page for this screen yet.&lt;/p&gt;</source>
            <translation>&lt;p&gt;此界面暂无帮助页面。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Hold</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="149" />
            <source>dispute</source>
            <translation>争议</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="150" />
            <source>hardship</source>
            <translation>经济困难</translation>
        </message>
    </context>
    <context>
        <name>KeyboardMenus</name>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="74" />
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="76" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="77" />
            <source>&amp;Help for this screen</source>
            <translation>本界面帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="79" />
            <source>&amp;Keyboard shortcuts…</source>
            <translation>键盘快捷键(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="91" />
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="92" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="95" />
            <source>&amp;New customer</source>
            <translation>新建客户(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="97" />
            <source>&amp;Sync now</source>
            <translation>立即同步(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="99" />
            <source>Go to %1</source>
            <translation>转到%1</translation>
        </message>
    </context>
    <context>
        <name>LedgerKind</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="135" />
            <source>Repayment</source>
            <translation>还款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="136" />
            <source>Reversal</source>
            <translation>冲正</translation>
        </message>
    </context>
    <context>
        <name>LifecycleActions</name>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="107" />
            <source>Issue contract…</source>
            <translation>出具合同…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="110" />
            <source>Sign contract…</source>
            <translation>签署合同…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="114" />
            <source>Book and disburse…</source>
            <translation>入账并放款…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="115" />
            <source>Loan schedule…</source>
            <translation>还款计划…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="133" />
            <source>Chinese and English</source>
            <translation>中英文</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="134" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="135" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="137" />
            <source>Issue contract</source>
            <translation>出具合同</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="137" />
            <source>Contract language:</source>
            <translation>合同语言：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="147" />
            <source>Issuing the contract…</source>
            <translation>正在出具合同…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="160" />
            <source>This application has no contract waiting to be signed.</source>
            <translation>该申请没有待签署的合同。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="163" />
            <source>Contract %1</source>
            <translation>合同 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="188" />
            <source>Signing the contract…</source>
            <translation>正在签署合同…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="193" />
            <source>Contract %1 is signed.</source>
            <translation>合同 %1 已签署。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="204" />
            <source>The borrower has no bank account for payouts; add one to the customer.</source>
            <translation>借款人没有可用于放款的银行账户，请先为客户添加账户。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="208" />
            <source>Book and disburse</source>
            <translation>入账并放款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="208" />
            <source>Pay out to:</source>
            <translation>放款至：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="226" />
            <source>Disbursing…</source>
            <translation>正在放款…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="233" />
            <source>Confirm disbursement</source>
            <translation>确认放款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="234" />
            <source>Disbursing pays out money. Enter your password to confirm:</source>
            <translation>放款将支付资金，请输入密码确认：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="245" />
            <source>Loan %1 is disbursed.</source>
            <translation>贷款 %1 已放款。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="255" />
            <source>No loan is booked for this application.</source>
            <translation>该申请尚未入账贷款。</translation>
        </message>
    </context>
    <context>
        <name>LoanScheduleDialog</name>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="50" />
            <source>Loan %1</source>
            <translation>贷款 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="53" />
            <source>Loan %1 (%2): principal %3, outstanding %4.</source>
            <translation>贷款 %1（%2）：本金 %3，未还本金 %4。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="64" />
            <source>Repayment schedule</source>
            <translation>还款计划</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="80" />
            <source>No.</source>
            <translation>期次</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="81" />
            <source>Due</source>
            <translation>应还</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="82" />
            <source>Principal</source>
            <translation>本金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="83" />
            <source>Interest</source>
            <translation>利息</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="84" />
            <source>Fee</source>
            <translation>手续费</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="85" />
            <source>Unpaid</source>
            <translation>未还</translation>
        </message>
    </context>
    <context>
        <name>LoanStatus</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="35" />
            <source>Awaiting payout</source>
            <translation>待放款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="36" />
            <source>Repaying</source>
            <translation>还款中</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="37" />
            <source>Restructured</source>
            <translation>已重组</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="38" />
            <source>Settling</source>
            <translation>和解还款中</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="39" />
            <source>Settled</source>
            <translation>和解结清</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="40" />
            <source>Paid off</source>
            <translation>已结清</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="41" />
            <source>Written off</source>
            <translation>已核销</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../workstation/views/login.py" line="41" />
            <source>Unlock the workstation</source>
            <translation>解锁工作站</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="41" />
            <location filename="../../workstation/views/login.py" line="54" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="43" />
            <location filename="../../workstation/views/login.py" line="64" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="47" />
            <location filename="../../workstation/views/login.py" line="65" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="51" />
            <source>Sign-in message</source>
            <translation>登录提示</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="54" />
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="67" />
            <source>Loan Officer Workstation</source>
            <translation>信贷员工作站</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="71" />
            <source>The workstation was locked. Your work is kept.</source>
            <translation>工作站已锁定，您的工作内容已保留。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="86" />
            <source>Enter your user name and password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/login.py" line="89" />
            <source>Signing in…</source>
            <translation>正在登录…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../workstation/views/main_window.py" line="43" />
            <source>Loan Officer Workstation</source>
            <translation>信贷员工作站</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="46" />
            <source>Navigation</source>
            <translation>导航</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="75" />
            <source>User: %1</source>
            <translation>用户：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="76" />
            <source>Role: %1</source>
            <translation>角色：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="77" />
            <source>Branch: %1</source>
            <translation>网点：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="78" />
            <source>Sync: not configured</source>
            <translation>同步：未配置</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="79" />
            <source>Lock</source>
            <translation>锁定</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="80" />
            <source>Lock the workstation</source>
            <translation>锁定工作站</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="91" />
            <source>&amp;Workstation</source>
            <translation>工作站(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="92" />
            <source>&amp;Lock</source>
            <translation>锁定(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="95" />
            <source>Sign &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="97" />
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="99" />
            <source>Change &amp;password…</source>
            <translation>修改密码(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>MatchKind</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="177" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="178" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
    </context>
    <context>
        <name>MonitoringPane</name>
        <message numerus="yes">
            <location filename="../../workstation/views/credit_dashboard.py" line="62" />
            <source>Last %n day(s)</source>
            <translation>
                <numerusform>最近 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="68" />
            <source>Score distribution</source>
            <translation>分数分布</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="77" />
            <source>Characteristic stability</source>
            <translation>特征稳定性</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="81" />
            <source>Applications assessed in the</source>
            <translation>评估的申请范围：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="88" />
            <source>Characteristic stability against the training data</source>
            <translation>相对训练数据的特征稳定性</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="93" />
            <source>Characteristic</source>
            <translation>特征</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="95" />
            <source>CSI</source>
            <translation>CSI</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="100" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="102" />
            <source>Points shift</source>
            <translation>分值偏移</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="111" />
            <source>stable</source>
            <translation>稳定</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="112" />
            <source>monitor</source>
            <translation>需关注</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="113" />
            <source>significant shift</source>
            <translation>显著偏移</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="75" />
            <location filename="../../workstation/views/credit_dashboard.py" line="131" />
            <source>No applications were assessed in this period.</source>
            <translation>此期间没有评估任何申请。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="60" />
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="134" />
            <source>%1 applications; score PSI %2 (%3). Bands: %4</source>
            <translation>%1 笔申请；分数 PSI %2（%3）。风险等级：%4</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="144" />
            <source>Applications</source>
            <translation>贷款申请</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../../workstation/views/navigation.py" line="40" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="46" />
            <source>Applications</source>
            <translation>贷款申请</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="52" />
            <source>Approvals</source>
            <translation>审批</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="58" />
            <source>Contracts</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="64" />
            <source>Collections</source>
            <translation>催收</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="70" />
            <source>Portfolio</source>
            <translation>资产组合</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="76" />
            <source>Portfolio risk</source>
            <translation>组合风险</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="82" />
            <source>Early warning</source>
            <translation>贷后预警</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="88" />
            <source>Products</source>
            <translation>贷款产品</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="94" />
            <source>Credit</source>
            <translation>授信</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="100" />
            <source>Credit bureau</source>
            <translation>征信</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="106" />
            <source>Audit</source>
            <translation>审计</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="112" />
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="118" />
            <source>Compliance</source>
            <translation>合规</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="124" />
            <source>Administration</source>
            <translation>系统管理</translation>
        </message>
    </context>
    <context>
        <name>OnboardingForm</name>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="40" />
            <source>Person (resident ID)</source>
            <translation>个人（居民身份证）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="41" />
            <source>Person (passport MRZ)</source>
            <translation>个人（护照机读码）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="42" />
            <source>Small business (USCC)</source>
            <translation>小微企业（统一社会信用代码）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="48" />
            <source>&lt;b&gt;New customer&lt;/b&gt;</source>
            <translation>&lt;b&gt;新建客户&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="56" />
            <source>Legal name</source>
            <translation>法定姓名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="57" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="58" />
            <source>ID expiry (YYYY-MM-DD)</source>
            <translation>证件有效期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="59" />
            <source>Mobile</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="60" />
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="61" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="62" />
            <source>Bank card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="63" />
            <source>Bank</source>
            <translation>开户银行</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="64" />
            <source>Employer</source>
            <translation>工作单位</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="65" />
            <source>Occupation</source>
            <translation>职业</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="68" />
            <source>Monthly income (%1)</source>
            <translation>月收入（%1）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="70" />
            <source>Legal representative (customer id)</source>
            <translation>法定代表人（客户编号）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="75" />
            <source>Customer type</source>
            <translation>客户类型</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="97" />
            <source>Save customer</source>
            <translation>保存客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="99" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="146" />
            <source>use the form YYYY-MM-DD</source>
            <translation>请按 YYYY-MM-DD 格式填写</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="161" />
            <source>This customer already exists; opening the record.</source>
            <translation>该客户已存在，正在打开其档案。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="172" />
            <source>Please correct the fields marked in red.</source>
            <translation>请更正标红的字段。</translation>
        </message>
    </context>
    <context>
        <name>OnboardingState</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="96" />
            <source>Screening</source>
            <translation>筛查中</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="97" />
            <source>Complete</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="98" />
            <source>Held: watch-list match</source>
            <translation>暂停：命中关注名单</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="99" />
            <source>Refused: watch list</source>
            <translation>已拒绝：关注名单</translation>
        </message>
    </context>
    <context>
        <name>Party</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="145" />
            <source>Borrower</source>
            <translation>借款人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="146" />
            <source>Registered contact</source>
            <translation>登记联系人</translation>
        </message>
    </context>
    <context>
        <name>Permission</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="277" />
            <source>Read customers</source>
            <translation>查看客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="278" />
            <source>Add and edit customers</source>
            <translation>新增和修改客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="279" />
            <source>Reveal full ID, phone and card numbers</source>
            <translation>查看完整证件号、手机号和卡号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="280" />
            <source>Manage the watch list</source>
            <translation>管理关注名单</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="281" />
            <source>Decide watch-list hits</source>
            <translation>处理关注名单命中</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="282" />
            <source>Take applications</source>
            <translation>受理申请</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="283" />
            <source>Approve or decline applications</source>
            <translation>审批申请</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="284" />
            <source>Read credit assessments</source>
            <translation>查看信用评估</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="285" />
            <source>Manage products</source>
            <translation>管理产品</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="286" />
            <source>Issue and sign contracts</source>
            <translation>出具和签署合同</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="287" />
            <source>Post repayments</source>
            <translation>登记还款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="288" />
            <source>Disburse loans</source>
            <translation>发放贷款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="289" />
            <source>Work collection cases</source>
            <translation>处理催收案件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="290" />
            <source>Assign collection cases</source>
            <translation>分配催收案件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="291" />
            <source>Run the end of day</source>
            <translation>执行日终处理</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="292" />
            <source>Export reports</source>
            <translation>导出报表</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="293" />
            <source>Read the audit trail</source>
            <translation>查看审计记录</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="294" />
            <source>Manage users</source>
            <translation>管理用户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="295" />
            <source>Manage roles</source>
            <translation>管理角色</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="296" />
            <source>Change settings</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="297" />
            <source>Sync with head office</source>
            <translation>与总行同步</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="298" />
            <source>Maintain the database</source>
            <translation>维护数据库</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="299" />
            <source>Query the credit bureau</source>
            <translation>查询征信</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="300" />
            <source>Report to the credit bureau</source>
            <translation>向征信机构报送</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="301" />
            <source>Monitor portfolio risk</source>
            <translation>监控组合风险</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="302" />
            <source>Review AML alerts</source>
            <translation>复核反洗钱预警</translation>
        </message>
    </context>
    <context>
        <name>PolicyRule</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="186" />
            <source>Birth date not recorded</source>
            <translation>未登记出生日期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="187" />
            <source>Below the minimum age</source>
            <translation>低于最低年龄</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="188" />
            <source>Above the maximum age</source>
            <translation>超过最高年龄</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="189" />
            <source>Income below the minimum</source>
            <translation>收入低于最低要求</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="190" />
            <source>Debt-to-income above the limit</source>
            <translation>负债收入比超过上限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="191" />
            <source>Total exposure above the limit</source>
            <translation>授信总额超过上限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="192" />
            <source>APR not priced</source>
            <translation>未计算年化利率</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="193" />
            <source>APR above the legal cap</source>
            <translation>年化利率超过法定上限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="194" />
            <source>Overdue loans with us</source>
            <translation>在本机构有逾期贷款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="195" />
            <source>Unresolved watch-list hit</source>
            <translation>关注名单命中未处理</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="196" />
            <source>Identity document expired</source>
            <translation>身份证件已过期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="197" />
            <source>Arrears in the bureau report</source>
            <translation>征信报告显示逾期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="198" />
            <source>Many recent bureau inquiries</source>
            <translation>近期征信查询过多</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="199" />
            <source>Assessment inputs incomplete</source>
            <translation>评估资料不完整</translation>
        </message>
    </context>
    <context>
        <name>PortfolioRiskView</name>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="66" />
            <location filename="../../workstation/views/portfolio_risk_view.py" line="104" />
            <source>Concentration</source>
            <translation>集中度</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="67" />
            <source>Vintage</source>
            <translation>账龄分析</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="68" />
            <location filename="../../workstation/views/portfolio_risk_view.py" line="170" />
            <source>LPR sensitivity</source>
            <translation>LPR 敏感性</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="69" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="81" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="82" />
            <source>Branch</source>
            <translation>网点</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="83" />
            <source>Region</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="84" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="90" />
            <location filename="../../workstation/views/portfolio_risk_view.py" line="98" />
            <source>Concentration by</source>
            <translation>集中度维度</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="111" />
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="112" />
            <location filename="../../workstation/views/portfolio_risk_view.py" line="148" />
            <source>Loans</source>
            <translation>贷款笔数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="114" />
            <source>Principal outstanding</source>
            <translation>未偿本金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="116" />
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="120" />
            <source>Unspecified</source>
            <translation>未填写</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="124" />
            <source>Vintage measure</source>
            <translation>账龄分析指标</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="125" />
            <source>30+ days past due</source>
            <translation>逾期 30 天以上</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="126" />
            <source>90+ days past due</source>
            <translation>逾期 90 天以上</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="131" />
            <source>Share of the original principal</source>
            <translation>占原始放款本金的比例</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="138" />
            <source>Vintages</source>
            <translation>放款批次</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="147" />
            <source>Started</source>
            <translation>放款月份</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="149" />
            <source>Principal lent</source>
            <translation>放款本金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="150" />
            <source>Months on book</source>
            <translation>账龄（月）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="151" />
            <source>30+ now</source>
            <translation>当前 30+ 逾期率</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="152" />
            <source>90+ now</source>
            <translation>当前 90+ 逾期率</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="161" />
            <source>Change in interest income over the next 12 months if the loan prime rate moved today: floating loans reprice at once, balances stay as they are, and a loan earns only for its remaining instalments within 12 months.</source>
            <translation>假设贷款市场报价利率（LPR）今日变动，未来 12 个月利息收入的变化：浮动利率贷款立即重定价，余额保持不变，每笔贷款只计算 12 个月内剩余期数的利息。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="180" />
            <source>LPR change (bp)</source>
            <translation>LPR 变动（基点）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="182" />
            <source>Income change</source>
            <translation>利息收入变化</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="187" />
            <source>On 1-year LPR loans</source>
            <translation>挂钩 1 年期 LPR 的贷款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="188" />
            <source>On 5-year LPR loans</source>
            <translation>挂钩 5 年期 LPR 的贷款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="202" />
            <source>As of %1: %2 loans, principal outstanding %3</source>
            <translation>截至 %1：贷款 %2 笔，未偿本金 %3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="224" />
            <source>Herfindahl-Hirschman index %1 (10,000 = all in one group)</source>
            <translation>赫芬达尔-赫希曼指数 %1（10,000 表示全部集中于一组）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="228" />
            <source>Share of principal (%)</source>
            <translation>本金占比（%）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="235" />
            <source>Concentration by %1</source>
            <translation>按%1的集中度</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="249" />
            <source>Delinquency by months on book, one line per start month (%)</source>
            <translation>按账龄（月）的逾期率，每条线为一个放款月份（%）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="263" />
            <source>Vintage curves appear after the first month-end run</source>
            <translation>首次月末日终处理后显示账龄曲线</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_risk_view.py" line="273" />
            <source>%1 floating-rate loans, principal %2 (%3 of the book). One-year LPR %4, five-year LPR %5.</source>
            <translation>浮动利率贷款 %1 笔，本金 %2（占组合 %3）。1 年期 LPR %4，5 年期 LPR %5。</translation>
        </message>
    </context>
    <context>
        <name>PortfolioView</name>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="50" />
            <source>Portfolio by bucket</source>
            <translation>按逾期阶段的资产组合</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="47" />
            <source>No loans on the books yet. Balances appear after the first payout.</source>
            <translation>暂无在贷贷款。首笔放款后将显示余额。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="76" />
            <source>Bucket</source>
            <translation>逾期阶段</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="80" />
            <source>Loans</source>
            <translation>贷款笔数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="82" />
            <source>Principal outstanding</source>
            <translation>剩余本金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="88" />
            <source>Overdue</source>
            <translation>逾期金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="95" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="96" />
            <source>Run end of day…</source>
            <translation>执行日终处理…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="123" />
            <source>%1 loans, principal outstanding %2</source>
            <translation>%1 笔贷款，剩余本金 %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="132" />
            <source>Principal outstanding (thousands, %1)</source>
            <translation>剩余本金（千元，%1）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="158" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="138" />
            <source>Balances by bucket</source>
            <translation>各逾期阶段余额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="145" />
            <source>Roll rates to the next bucket (%)</source>
            <translation>迁徙至下一阶段的比率（%）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="156" />
            <source>Roll rates appear after two month-end runs</source>
            <translation>完成两次月末处理后显示迁徙率</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="31" />
            <source>Revise product %1</source>
            <translation>修订产品 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="50" />
            <source>Saving creates a new version; existing applications and loans keep the version they were priced with.</source>
            <translation>保存后将生成新版本；已有的申请和贷款仍沿用定价时的版本。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="61" />
            <source>Name (English)</source>
            <translation>名称（英文）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="62" />
            <source>Name (Chinese)</source>
            <translation>名称（中文）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="63" />
            <source>Minimum amount</source>
            <translation>最低金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="64" />
            <source>Maximum amount</source>
            <translation>最高金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="65" />
            <source>Minimum term (months)</source>
            <translation>最短期限（月）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="66" />
            <source>Maximum term (months)</source>
            <translation>最长期限（月）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="67" />
            <source>Minimum annual rate (fraction)</source>
            <translation>最低年利率（小数）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="68" />
            <source>Maximum annual rate (fraction)</source>
            <translation>最高年利率（小数）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="69" />
            <source>Upfront fee (fraction of amount)</source>
            <translation>前置手续费（占金额比例）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="70" />
            <source>Penalty rate markup</source>
            <translation>罚息利率上浮</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="71" />
            <source>Repayment methods</source>
            <translation>还款方式</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="72" />
            <source>Eligible customers</source>
            <translation>适用客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_dialog.py" line="75" />
            <source>Policy: %1</source>
            <translation>准入政策：%1</translation>
        </message>
    </context>
    <context>
        <name>ProductFit</name>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="40" />
            <source>Consumer goods and daily spending</source>
            <translation>日常消费及耐用品</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="43" />
            <source>Education</source>
            <translation>教育</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="44" />
            <source>Medical treatment</source>
            <translation>医疗</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="45" />
            <source>Home renovation</source>
            <translation>家居装修</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="46" />
            <source>Vehicle purchase</source>
            <translation>购车</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="47" />
            <source>Travel</source>
            <translation>旅游</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="48" />
            <source>Wedding</source>
            <translation>婚庆</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="49" />
            <source>Business working capital</source>
            <translation>经营流动资金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="52" />
            <source>Business equipment</source>
            <translation>经营设备购置</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="60" />
            <source>The product is no longer offered.</source>
            <translation>该产品已停办。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="61" />
            <source>Not offered to %kind customers.</source>
            <translation>不向%kind客户提供。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="64" />
            <source>The term must be %min months.</source>
            <translation>期限须为 %min 个月。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="65" />
            <source>The amount must be between %min and %max.</source>
            <translation>金额须在 %min 至 %max 之间。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="68" />
            <source>The term must be between %min and %max months.</source>
            <translation>期限须在 %min 至 %max 个月之间。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="71" />
            <source>Does not fund %purpose.</source>
            <translation>不支持“%purpose”用途。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="72" />
            <source>APR %apr at the list rate is above the cap of %cap.</source>
            <translation>按挂牌利率计算的年化利率 %apr 超过上限 %cap。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="75" />
            <source>Monthly income is below the product's minimum of %minimum.</source>
            <translation>月收入低于该产品的最低要求 %minimum。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="78" />
            <source>The instalment plus existing debts would take %ratio of income; the limit is %limit.</source>
            <translation>月供加现有负债将占收入的 %ratio，上限为 %limit。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="82" />
            <source>Cannot be priced: %detail</source>
            <translation>无法定价：%detail</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="83" />
            <source>Made for %purpose.</source>
            <translation>专为“%purpose”设计。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="84" />
            <source>Funds any purpose, including %purpose.</source>
            <translation>不限用途，包括“%purpose”。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="87" />
            <source>APR %apr at the list rate.</source>
            <translation>按挂牌利率计算的年化利率为 %apr。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="88" />
            <source>The instalment plus existing debts take %ratio of income (limit %limit).</source>
            <translation>月供加现有负债占收入的 %ratio（上限 %limit）。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="91" />
            <source>Amount %min – %max and term %min_months – %max_months months fit.</source>
            <translation>金额 %min – %max、期限 %min_months – %max_months 个月，均符合。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="104" />
            <source>business</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="106" />
            <source>individual</source>
            <translation>个人</translation>
        </message>
    </context>
    <context>
        <name>ProductFitPanel</name>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="134" />
            <location filename="../../workstation/views/product_fit_panel.py" line="158" />
            <source>Products that fit, best first</source>
            <translation>适配产品（按匹配度排序）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="138" />
            <source>Products left out</source>
            <translation>未入选产品</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="152" />
            <source>Purpose</source>
            <translation>贷款用途</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="153" />
            <source>Amount wanted (CNY)</source>
            <translation>申请金额（元）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="154" />
            <source>Term wanted (months)</source>
            <translation>申请期限（月）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="160" />
            <source>Left out</source>
            <translation>未入选产品</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="185" />
            <source>Enter the amount as a number.</source>
            <translation>请输入数字金额。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="210" />
            <source>No product fits this request.</source>
            <translation>没有产品适合此申请。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_fit_panel.py" line="227" />
            <source>%1. %2 %3 — score %4; %5 at %6, instalment %7</source>
            <translation>%1. %2 %3 — 得分 %4；%5，年利率 %6，月供 %7</translation>
        </message>
    </context>
    <context>
        <name>ProductKind</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="76" />
            <source>Personal loan</source>
            <translation>个人贷款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="77" />
            <source>Consumer loan</source>
            <translation>消费贷款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="78" />
            <source>Revolving credit</source>
            <translation>循环授信</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="79" />
            <source>Business loan</source>
            <translation>经营贷款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="80" />
            <source>Supply-chain loan</source>
            <translation>供应链贷款</translation>
        </message>
    </context>
    <context>
        <name>ProductsView</name>
        <message>
            <location filename="../../workstation/views/product_view.py" line="39" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="40" />
            <source>Band</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="42" />
            <source>Maximum amount</source>
            <translation>最高金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="48" />
            <source>Maximum term</source>
            <translation>最长期限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="57" />
            <source>Products</source>
            <translation>贷款产品</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="57" />
            <source>No products yet. The catalogue is empty.</source>
            <translation>暂无产品，产品目录为空。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="61" />
            <source>Approval authority</source>
            <translation>审批权限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="62" />
            <source>No authority limits: every decision goes to head office.</source>
            <translation>未设置审批权限：所有决定都需报总行。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="64" />
            <source>Show earlier versions</source>
            <translation>显示历史版本</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="71" />
            <source>Approval authority per role and risk band</source>
            <translation>按角色和风险等级划分的审批权限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="77" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="79" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="81" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="82" />
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="84" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="91" />
            <source>Months</source>
            <translation>月数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="96" />
            <source>Rate</source>
            <translation>利率</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="103" />
            <source>Fee</source>
            <translation>手续费</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="108" />
            <source>Methods</source>
            <translation>还款方式</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="112" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="115" />
            <source>Active</source>
            <translation>在售</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="115" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="115" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="127" />
            <source>Revise product…</source>
            <translation>修订产品…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="129" />
            <source>Set authority limit…</source>
            <translation>设置审批权限…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="160" />
            <source>Select the current version of a product.</source>
            <translation>请选择产品的当前版本。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="169" />
            <source>Select a role and band in the authority table.</source>
            <translation>请在审批权限表中选择角色和风险等级。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="173" />
            <source>Authority limit</source>
            <translation>审批权限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="174" />
            <source>Maximum amount and months for %1, band %2 (e.g. 50000 36):</source>
            <translation>%1 在风险等级 %2 下的最高金额和期限月数（例如 50000 36）：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="185" />
            <source>Enter an amount and a number of months.</source>
            <translation>请输入金额和月数。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="193" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>PromiseDialog</name>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="76" />
            <source>Record promise to pay</source>
            <translation>记录还款承诺</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="81" />
            <source>Amount (%1)</source>
            <translation>金额（%1）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="82" />
            <source>Promised by</source>
            <translation>承诺还款日</translation>
        </message>
    </context>
    <context>
        <name>PromiseStatus</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="63" />
            <source>Awaiting payment</source>
            <translation>待还款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="64" />
            <source>Kept</source>
            <translation>已履约</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="65" />
            <source>Broken</source>
            <translation>已违约</translation>
        </message>
    </context>
    <context>
        <name>ReminderStatus</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="53" />
            <source>Queued</source>
            <translation>待发送</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="54" />
            <source>Sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="55" />
            <source>Will retry</source>
            <translation>将重试</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="56" />
            <source>Failed</source>
            <translation>发送失败</translation>
        </message>
    </context>
    <context>
        <name>ReminderTemplate</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="59" />
            <source>Before the due date</source>
            <translation>到期前提醒</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="60" />
            <source>Overdue</source>
            <translation>逾期提醒</translation>
        </message>
    </context>
    <context>
        <name>RepaymentDialog</name>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="30" />
            <source>Post repayment: %1</source>
            <translation>登记还款：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="45" />
            <source>Amount (%1)</source>
            <translation>金额（%1）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="46" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="47" />
            <source>Value date</source>
            <translation>起息日</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="54" />
            <source>fees</source>
            <translation>费用</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="55" />
            <source>penalty interest</source>
            <translation>罚息</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="56" />
            <source>interest</source>
            <translation>利息</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="57" />
            <source>principal</source>
            <translation>本金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="62" />
            <source>held as credit</source>
            <translation>挂账余额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="65" />
            <source>Posted %1: </source>
            <translation>已入账 %1：</translation>
        </message>
    </context>
    <context>
        <name>RepaymentMethod</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="68" />
            <source>Equal instalments</source>
            <translation>等额本息</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="69" />
            <source>Equal principal</source>
            <translation>等额本金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="70" />
            <source>Interest only, principal at maturity</source>
            <translation>先息后本</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="73" />
            <source>Principal and interest at maturity</source>
            <translation>到期一次性还本付息</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="252" />
            <source>Loan officer</source>
            <translation>信贷员</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="253" />
            <source>Collector</source>
            <translation>催收员</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="254" />
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="255" />
            <source>Compliance officer</source>
            <translation>合规专员</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="256" />
            <source>Auditor</source>
            <translation>审计员</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="257" />
            <source>IT administrator</source>
            <translation>IT 管理员</translation>
        </message>
    </context>
    <context>
        <name>RoleDescription</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="260" />
            <source>Branch loan officer</source>
            <translation>支行信贷员</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="261" />
            <source>Collections officer</source>
            <translation>催收专员</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="262" />
            <source>Branch supervisor: approvals, escalations, end of day</source>
            <translation>支行主管：审批、升级事项、日终处理</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="265" />
            <source>Compliance officer: AML alerts and regulatory reports</source>
            <translation>合规专员：反洗钱预警与监管报告</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="268" />
            <source>Auditor: reads everything, changes nothing</source>
            <translation>审计员：可查看全部，不能修改</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="271" />
            <source>IT administrator: users, roles, settings, products; no borrower PII</source>
            <translation>IT 管理员：用户、角色、设置、产品；不可查看借款人个人信息</translation>
        </message>
    </context>
    <context>
        <name>ScanDialog</name>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="166" />
            <source>Scan</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="173" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>ScansTab</name>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="41" />
            <source>No scans yet. Choose the kind and press “Add scan…”.</source>
            <translation>暂无扫描件。请选择类型并点击“添加扫描件…”。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="42" />
            <source>Scans</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="56" />
            <source>ID front</source>
            <translation>身份证正面</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="57" />
            <source>ID back</source>
            <translation>身份证反面</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="58" />
            <source>Business licence</source>
            <translation>营业执照</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="64" />
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="65" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="66" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="67" />
            <source>Added</source>
            <translation>添加时间</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="73" />
            <source>Kind of scan</source>
            <translation>扫描件类型</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="76" />
            <source>Add scan…</source>
            <translation>添加扫描件…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="78" />
            <source>View</source>
            <translation>查看</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="105" />
            <source>Add scan</source>
            <translation>添加扫描件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="107" />
            <source>Scans (*.png *.jpg *.jpeg *.pdf)</source>
            <translation>扫描件 (*.png *.jpg *.jpeg *.pdf)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="126" />
            <source>Scan added.</source>
            <translation>扫描件已添加。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="138" />
            <source>Select a scan to view.</source>
            <translation>请选择要查看的扫描件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="155" />
            <source>Save scan</source>
            <translation>保存扫描件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="155" />
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ScoreScale</name>
        <message>
            <location filename="../../workstation/views/credit_scale.py" line="23" />
            <source>Score scale</source>
            <translation>分数刻度</translation>
        </message>
    </context>
    <context>
        <name>ServiceMessages</name>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="21" />
            <source>The borrower has not given consent to a credit bureau inquiry.</source>
            <translation>借款人未授权查询征信。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="25" />
            <source>The borrower has withdrawn consent to credit bureau inquiries.</source>
            <translation>借款人已撤回征信查询授权。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="29" />
            <source>This customer has no consent to withdraw.</source>
            <translation>该客户没有可撤回的授权。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="30" />
            <source>Record the bureau inquiry before importing its report.</source>
            <translation>请先登记征信查询，再导入报告。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="31" />
            <source>This report file has already been imported.</source>
            <translation>该报告文件已导入过。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="32" />
            <source>The application is not this customer's.</source>
            <translation>该申请不属于此客户。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="33" />
            <source>The correction changes nothing.</source>
            <translation>此更正没有改变任何内容。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="34" />
            <source>Please give the reason for the correction.</source>
            <translation>请填写更正原因。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="35" />
            <source>There is no such reporting file in this branch.</source>
            <translation>本网点没有该报送文件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="36" />
            <source>The stored file does not match its digest; it was not exported.</source>
            <translation>已存文件与其摘要不符，未导出。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="40" />
            <source>The user name or password is not correct.</source>
            <translation>用户名或密码不正确。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="41" />
            <source>This account is disabled. Ask IT to enable it.</source>
            <translation>此账户已停用，请联系 IT 启用。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="42" />
            <source>Your temporary password has expired. Ask IT for a new one.</source>
            <translation>您的临时密码已过期，请向 IT 申请新密码。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="45" />
            <source>The new password must differ from the current one.</source>
            <translation>新密码不能与当前密码相同。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="46" />
            <source>The workstation is locked. Sign in again to continue.</source>
            <translation>工作站已锁定，请重新登录以继续。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="47" />
            <source>Please enter your password again to confirm this action.</source>
            <translation>请再次输入密码以确认此操作。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="50" />
            <source>This password is on the list of commonly used passwords.</source>
            <translation>此密码属于常用密码，不能使用。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="53" />
            <source>The database file is damaged: its integrity check failed. Nothing was changed and the file was kept as it is. Call IT to check it and restore the latest backup.</source>
            <translation>数据库文件已损坏：完整性校验未通过。未做任何更改，文件保持原样。请联系 IT 检查并恢复最近的备份。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="58" />
            <source>The database could not be opened with this key: the key is wrong or the file is damaged. Nothing was changed.</source>
            <translation>无法用此密钥打开数据库：密钥错误或文件已损坏。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="63" />
            <source>The workstation's key file is missing.</source>
            <translation>工作站密钥文件缺失。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="64" />
            <source>The workstation's key file cannot be read.</source>
            <translation>无法读取工作站密钥文件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="65" />
            <source>The workstation's key file was changed outside the app or belongs to another device.</source>
            <translation>工作站密钥文件在本程序之外被修改，或属于另一台设备。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="69" />
            <source>This workstation is already set up.</source>
            <translation>此工作站已完成设置。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="70" />
            <source>You cannot disable your own account.</source>
            <translation>您不能停用自己的账户。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="71" />
            <source>You cannot change your own role.</source>
            <translation>您不能变更自己的角色。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="72" />
            <source>There is no such application in this branch.</source>
            <translation>本网点没有此申请。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="73" />
            <source>There is no such customer in this branch.</source>
            <translation>本网点没有此客户。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="74" />
            <source>The amount must be a positive number.</source>
            <translation>金额必须为正数。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="75" />
            <source>The term must be at least one month.</source>
            <translation>期限至少为一个月。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="76" />
            <source>Only a draft application can be changed.</source>
            <translation>只有草稿状态的申请可以修改。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="77" />
            <source>Please say why the application is withdrawn.</source>
            <translation>请说明撤回申请的原因。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="78" />
            <source>Please give the reason for the override request.</source>
            <translation>请填写申请推翻评分的原因。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="79" />
            <source>This product version is no longer offered.</source>
            <translation>此产品版本已停止发售。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="80" />
            <source>In-person verification needs the original document to be seen.</source>
            <translation>面签核验须查验证件原件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="84" />
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="85" />
            <source>this does not look like a phone number</source>
            <translation>这不像是电话号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="86" />
            <source>not a mobile number</source>
            <translation>不是手机号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="87" />
            <source>a business needs its legal representative</source>
            <translation>企业客户须填写法定代表人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="89" />
            <source>There is no such scan in this branch.</source>
            <translation>本网点没有这份扫描件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="90" />
            <source>Only PNG, JPEG or PDF files can be added as scans.</source>
            <translation>扫描件只能是 PNG、JPEG 或 PDF 文件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="91" />
            <source>The file could not be read.</source>
            <translation>无法读取该文件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="93" />
            <source>There is no such alert in this branch.</source>
            <translation>本网点没有这条预警。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="94" />
            <source>Give a reason for the disposition.</source>
            <translation>请填写处置原因。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="95" />
            <source>This alert is already closed.</source>
            <translation>这条预警已经关闭。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="96" />
            <source>There are no alerts closed as 'report' for this report.</source>
            <translation>没有处置结论为“上报”的预警可生成此报告。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="98" />
            <source>must be at most 200 characters</source>
            <translation>最多 200 个字符</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="99" />
            <source>must be an amount such as 8500.00</source>
            <translation>应为金额，例如 8500.00</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="100" />
            <source>must not be negative</source>
            <translation>不能为负数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="102" />
            <source>created</source>
            <translation>已创建</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="103" />
            <source>submitted for assessment</source>
            <translation>已提交评估</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="104" />
            <source>declined by credit policy</source>
            <translation>因信贷政策拒绝</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="105" />
            <source>referred by credit policy</source>
            <translation>按信贷政策转主管审批</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="106" />
            <source>score override granted</source>
            <translation>已同意推翻评分</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="108" />
            <source>There is no such warning status.</source>
            <translation>没有这种预警状态。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="109" />
            <source>This warning is closed: the loan shows no signal now.</source>
            <translation>该预警已解除：这笔贷款目前没有预警信号。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="110" />
            <source>There is no such early-warning action.</source>
            <translation>没有这种预警处置措施。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="111" />
            <source>Please say why in the note.</source>
            <translation>请在备注中说明原因。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="112" />
            <source>The note is too long (2,000 characters at most).</source>
            <translation>备注过长（最多 2,000 个字符）。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="113" />
            <source>There is no such early warning in this branch.</source>
            <translation>本网点没有这条预警。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="148" />
            <source>The borrower's bureau consent expired on %1.</source>
            <translation>借款人的征信授权已于%1到期。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="149" />
            <source>The bureau report cannot be imported:
%1</source>
            <translation>无法导入征信报告：
%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="150" />
            <source>The reporting file failed validation:
%1</source>
            <translation>报送文件未通过校验：
%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="151" />
            <source>No month-end loan states for %1: the end of day for %2 has not run.</source>
            <translation>%1没有月末贷款状态：%2的日终处理尚未运行。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="155" />
            <source>No file has been generated for %1 yet.</source>
            <translation>%1尚未生成报送文件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="156" />
            <source>Account %1 is not in that month's file.</source>
            <translation>账户%1不在该月的报送文件中。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="157" />
            <source>Only these fields can be corrected: %1.</source>
            <translation>只能更正以下字段：%1。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="158" />
            <source>must have %1 (or %2) characters, not %3</source>
            <translation>应为 %1 位（或 %2 位），当前为 %3 位</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="160" />
            <source>old 15-digit number converted to %1</source>
            <translation>旧 15 位号码已转换为 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="161" />
            <source>region code %1 is not in the region list</source>
            <translation>地区代码 %1 不在地区列表中</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="162" />
            <source>region code %1 was not in use in birth year %2</source>
            <translation>地区代码 %1 在出生年份 %2 尚未启用</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="163" />
            <source>an MRZ has 2 or 3 lines, not %1</source>
            <translation>机读区（MRZ）应为 2 行或 3 行，当前为 %1 行</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="164" />
            <source>MRZ line %1 has %2 characters, expected %3</source>
            <translation>MRZ 第 %1 行有 %2 个字符，应为 %3 个</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="165" />
            <source>MRZ line %1 position %2: character '%3' is not allowed (only A-Z, 0-9 and &lt;)</source>
            <translation>MRZ 第 %1 行第 %2 位：不允许字符“%3”（只能是 A-Z、0-9 和 &lt;）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="169" />
            <source>document type %1 is a visa, not an identity document</source>
            <translation>证件类型 %1 是签证，不是身份证件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="170" />
            <source>%1 check digit should be %2, not %3</source>
            <translation>%1校验位应为 %2，而不是 %3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="171" />
            <source>sex code '%1' is not M, F or &lt;</source>
            <translation>性别代码“%1”不是 M、F 或 &lt;</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="172" />
            <source>%1 on the document is %2, but the form says %3</source>
            <translation>证件上的%1为 %2，但表单填写的是 %3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="174" />
            <source>score override requested: %1</source>
            <translation>已申请推翻评分：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="175" />
            <source>approved within %1 authority</source>
            <translation>在%1审批权限内批准</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="176" />
            <source>not taken further by %1</source>
            <translation>截至 %1 未继续办理</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="177" />
            <source>approved by supervisor: %1</source>
            <translation>主管批准：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="178" />
            <source>declined by supervisor: %1</source>
            <translation>主管拒绝：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="179" />
            <source>returned for changes: %1</source>
            <translation>退回修改：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="180" />
            <source>contract %1 issued</source>
            <translation>已出具合同 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="181" />
            <source>contract %1 signed (%2)</source>
            <translation>合同 %1 已签署（%2）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="182" />
            <source>loan %1 disbursed</source>
            <translation>贷款 %1 已放款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="183" />
            <source>Loan contract %1</source>
            <translation>借款合同 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="184" />
            <source>amount %1 exceeds the %2 limit of %3 for band %4</source>
            <translation>金额 %1 超过%2在风险等级 %4 的上限 %3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="185" />
            <source>term %1 months exceeds the %2 limit of %3 months for band %4</source>
            <translation>期限 %1 个月超过%2在风险等级 %4 的上限 %3 个月</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="189" />
            <source>%1: %2 over %3 months at %4% (%5). %6</source>
            <translation>%1：%2，期限 %3 个月，年利率 %4%（%5）。%6</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="190" />
            <source>%1: %2 over %3 months at %4% (%5).</source>
            <translation>%1：%2，期限 %3 个月，年利率 %4%（%5）。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="191" />
            <source>Loan %1: settle for %2 of %3. %4</source>
            <translation>贷款 %1：以 %2 和解结清欠款 %3。%4</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="192" />
            <source>Loan %1: new schedule: %2 months. %3</source>
            <translation>贷款 %1：新还款计划 %2 个月。%3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="193" />
            <source>Loan %1: write off %2. %3</source>
            <translation>贷款 %1：核销 %2。%3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="194" />
            <source>Loan %1: hardship hold for %2 days. %3</source>
            <translation>贷款 %1：困难暂停催收 %2 天。%3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="195" />
            <source>score %1, band %2, %3: %4</source>
            <translation>评分 %1，风险等级 %2，%3：%4</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="196" />
            <source>score %1, band %2, %3</source>
            <translation>评分 %1，风险等级 %2，%3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="198" />
            <source>due %1</source>
            <translation>到期日 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="199" />
            <source>unknown document type %1</source>
            <translation>未知的证件类型 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="201" />
            <source>event %1 differs from the anchor</source>
            <translation>事件 %1 与锚点记录不一致</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="202" />
            <source>events %1 to %2 were removed</source>
            <translation>事件 %1 至 %2 已被删除</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="203" />
            <source>event %1 is missing or out of order (found %2)</source>
            <translation>事件 %1 缺失或顺序错误（实际为 %2）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="204" />
            <source>event %1 does not follow the event before it</source>
            <translation>事件 %1 与前一事件链接不上</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="205" />
            <source>event %1 was altered after it was written</source>
            <translation>事件 %1 写入后被修改</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="206" />
            <source>Too many unsuccessful sign-ins. Signing in is blocked until %1 UTC. Ask IT if you have forgotten your password.</source>
            <translation>登录失败次数过多，在 UTC 时间 %1 之前禁止登录。如忘记密码，请联系 IT。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="211" />
            <source>Your role (%1) does not allow this action (%2).</source>
            <translation>您的角色（%1）无权执行此操作（%2）。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="212" />
            <source>The file is %1 MB; a scan may be at most 10 MB.</source>
            <translation>文件大小为 %1 MB；扫描件最大 10 MB。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="213" />
            <source>The password must have at least %1 characters.</source>
            <translation>密码至少需要 %1 个字符。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="214" />
            <source>The password must have at most %1 characters.</source>
            <translation>密码最多 %1 个字符。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="215" />
            <source>The password must not contain the word “%1”.</source>
            <translation>密码不得包含“%1”一词。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="216" />
            <source>A password of %1 or more characters is safer.</source>
            <translation>%1 个字符以上的密码更安全。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="217" />
            <source>The database is damaged (%1). Nothing was changed.</source>
            <translation>数据库已损坏（%1）。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="218" />
            <source>The backup is damaged: %1</source>
            <translation>备份已损坏：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="219" />
            <source>The database file %1 does not exist.</source>
            <translation>数据库文件 %1 不存在。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="220" />
            <source>Please correct the customer details: %1.</source>
            <translation>请更正客户信息：%1。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="221" />
            <source>must have %1 characters, not %2</source>
            <translation>应为 %1 位，当前为 %2 位</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="222" />
            <source>character '%1' at position %2 is not a digit</source>
            <translation>第 %2 位的字符“%1”不是数字</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="223" />
            <source>character '%1' at position %2 is not allowed</source>
            <translation>第 %2 位的字符“%1”不允许使用</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="224" />
            <source>check digit should be %1, not %2</source>
            <translation>校验位应为 %1，而不是 %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="225" />
            <source>birth date %1 does not exist</source>
            <translation>出生日期 %1 不存在</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="226" />
            <source>birth date %1 is in the future</source>
            <translation>出生日期 %1 晚于今天</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="227" />
            <source>age %1 is below the minimum of %2</source>
            <translation>年龄 %1 岁，低于最低 %2 岁</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="228" />
            <source>age %1 is above the maximum of %2</source>
            <translation>年龄 %1 岁，高于最高 %2 岁</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="229" />
            <source>expiry date %1 does not exist</source>
            <translation>有效期 %1 不存在</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="230" />
            <source>document expired on %1</source>
            <translation>证件已于 %1 过期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="231" />
            <source>document expires on %1, in %2 days</source>
            <translation>证件将于 %1 过期（%2 天后）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="232" />
            <source>not a valid phone number for region %1</source>
            <translation>不是有效的 %1 地区电话号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="233" />
            <source>not a valid e-mail address: %1</source>
            <translation>不是有效的电子邮箱地址：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="234" />
            <source>registration authority '%1' is not one of 1-9, A, N, Y</source>
            <translation>登记管理部门代码“%1”不在 1-9、A、N、Y 之列</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="235" />
            <source>Choose a disposition: %1.</source>
            <translation>请选择处置结论：%1。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="236" />
            <source>Choose the loan purpose from: %1.</source>
            <translation>请从以下用途中选择：%1。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="238" />
            <source>%1, band %2</source>
            <translation>%1，风险等级 %2</translation>
        </message>
    </context>
    <context>
        <name>ServiceTerms</name>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="119" />
            <source>officer</source>
            <translation>信贷员</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="120" />
            <source>supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="121" />
            <source>approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="122" />
            <source>refer</source>
            <translation>转主管审批</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="123" />
            <source>decline</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="124" />
            <source>annuity</source>
            <translation>等额本息</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="125" />
            <source>equal-principal</source>
            <translation>等额本金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="126" />
            <source>interest-only</source>
            <translation>先息后本</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="127" />
            <source>bullet</source>
            <translation>到期一次性还本付息</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="128" />
            <source>typed</source>
            <translation>输入姓名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="129" />
            <source>drawn</source>
            <translation>手写签名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="130" />
            <source>surname</source>
            <translation>姓</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="131" />
            <source>given names</source>
            <translation>名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="132" />
            <source>document number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="133" />
            <source>birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="134" />
            <source>expiry date</source>
            <translation>有效期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="135" />
            <source>nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="136" />
            <source>sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="137" />
            <source>personal number</source>
            <translation>个人号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="138" />
            <source>composite</source>
            <translation>综合</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="139" />
            <source>CN</source>
            <translation>中国大陆</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="140" />
            <source>HK</source>
            <translation>中国香港</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="141" />
            <source>MO</source>
            <translation>中国澳门</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="142" />
            <source>TW</source>
            <translation>中国台湾</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="242" />
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="243" />
            <source>Lock after idle minutes</source>
            <translation>空闲多少分钟后锁定</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="244" />
            <source>Forced sign-out after hours</source>
            <translation>多少小时后强制退出登录</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="245" />
            <source>Failed sign-ins before lockout</source>
            <translation>登录失败多少次后锁定账户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="246" />
            <source>Lockout minutes</source>
            <translation>账户锁定分钟数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="247" />
            <source>Re-enter password for sensitive actions after</source>
            <translation>敏感操作重新验证密码的间隔（分钟）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="248" />
            <source>Sync server address</source>
            <translation>同步服务器地址</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="249" />
            <source>Sync every seconds</source>
            <translation>同步间隔（秒）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="250" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="251" />
            <source>Annual percentage rate cap</source>
            <translation>年化利率上限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="252" />
            <source>One-year loan prime rate (LPR)</source>
            <translation>1 年期贷款市场报价利率（LPR）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="253" />
            <source>Five-year loan prime rate (LPR)</source>
            <translation>5 年期贷款市场报价利率（LPR）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="254" />
            <source>Borrowers' local time zone</source>
            <translation>借款人所在时区</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="255" />
            <source>Collection contact hours (local)</source>
            <translation>催收联系时段（当地时间）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="256" />
            <source>Contact attempts per case per day</source>
            <translation>每个案件每日联系次数上限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="257" />
            <source>Contact attempts per case per week</source>
            <translation>每个案件每周联系次数上限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="258" />
            <source>Reminder days before the due date</source>
            <translation>到期日前几天提醒</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="259" />
            <source>Reminder days after the due date</source>
            <translation>到期日后第几天提醒</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="260" />
            <source>SMTP server</source>
            <translation>SMTP 服务器</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="261" />
            <source>SMTP port</source>
            <translation>SMTP 端口</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="262" />
            <source>Reminder sender address</source>
            <translation>提醒发件人地址</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="263" />
            <source>SMS gateway address</source>
            <translation>短信网关地址</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="264" />
            <source>Lender's legal name (contracts)</source>
            <translation>贷款机构法定名称（合同用）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="265" />
            <source>Lender's licence number (contracts)</source>
            <translation>贷款机构许可证号（合同用）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="266" />
            <source>Branch telephone (letters)</source>
            <translation>网点电话（函件用）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="267" />
            <source>Borrower signs by</source>
            <translation>借款人签署方式</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="268" />
            <source>AML: daily cash per customer (CNY)</source>
            <translation>反洗钱：客户单日现金交易标准（元）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="269" />
            <source>AML: structuring from % of limit</source>
            <translation>反洗钱：拆分交易下限（占标准的百分比）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="270" />
            <source>AML: structuring window (days)</source>
            <translation>反洗钱：拆分交易观察期（天）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="271" />
            <source>AML: structuring payments in window</source>
            <translation>反洗钱：观察期内拆分交易笔数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="272" />
            <source>AML: settled within days of payout</source>
            <translation>反洗钱：放款后结清天数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="273" />
            <source>AML: unusual 30-day volume (× profile)</source>
            <translation>反洗钱：30 天交易量异常倍数（相对客户基准）</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../workstation/views/settings_dialog.py" line="27" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../workstation/views/settings_dialog.py" line="46" />
            <source>A new language applies after the next start.</source>
            <translation>新的界面语言将在下次启动后生效。</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="../../workstation/views/setup.py" line="25" />
            <source>Set up this workstation</source>
            <translation>设置此工作站</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="28" />
            <source>Counter 1</source>
            <translation>1 号柜台</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="47" />
            <source>Branch code</source>
            <translation>网点代码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="48" />
            <source>Branch name</source>
            <translation>网点名称</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="49" />
            <source>Device name</source>
            <translation>设备名称</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="50" />
            <source>IT administrator user name</source>
            <translation>IT 管理员用户名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="51" />
            <source>IT administrator full name</source>
            <translation>IT 管理员姓名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="52" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="53" />
            <source>Repeat password</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="61" />
            <source>No workstation is set up on this computer yet. IT creates the first administrator account here; there is no default account.</source>
            <translation>此电脑尚未设置工作站。由 IT 在此创建第一个管理员账户；系统没有默认账户。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="83" />
            <source>Fill in every field.</source>
            <translation>请填写所有字段。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="85" />
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/setup.py" line="98" />
            <source>Creating the encrypted database…</source>
            <translation>正在创建加密数据库…</translation>
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="160" />
            <source>hard</source>
            <translation>硬性</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="161" />
            <source>soft</source>
            <translation>提示性</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="162" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="163" />
            <source>medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="164" />
            <source>high</source>
            <translation>高</translation>
        </message>
    </context>
    <context>
        <name>Sex</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="87" />
            <source>male</source>
            <translation>男</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="88" />
            <source>female</source>
            <translation>女</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="43" />
            <location filename="../../workstation/views/shortcuts_dialog.py" line="47" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="46" />
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <location filename="../../workstation/views/shortcuts_dialog.py" line="46" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
    </context>
    <context>
        <name>SignalKind</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="167" />
            <source>Phone shared with another customer</source>
            <translation>与其他客户共用电话</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="168" />
            <source>Address shared with another customer</source>
            <translation>与其他客户共用地址</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="169" />
            <source>Bank card shared with another customer</source>
            <translation>与其他客户共用银行卡</translation>
        </message>
    </context>
    <context>
        <name>SignatureDialog</name>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="123" />
            <source>Borrower signature</source>
            <translation>借款人签名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="127" />
            <location filename="../../workstation/views/signature_pad.py" line="128" />
            <source>Borrower's full name</source>
            <translation>借款人全名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="130" />
            <source>I, %1, have read this contract and agree to sign it electronically.</source>
            <translation>本人 %1 已阅读本合同，同意以电子方式签署。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="135" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="151" />
            <source>%1, please sign in the box below.</source>
            <translation>%1，请在下方框内签名。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="153" />
            <source>%1, please type your full name.</source>
            <translation>%1，请输入您的全名。</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="46" />
            <source>Signature pad</source>
            <translation>签名板</translation>
        </message>
    </context>
    <context>
        <name>SyncScreen</name>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="33" />
            <source>Your password for head office</source>
            <translation>您的总部密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="34" />
            <source>Connect</source>
            <translation>连接</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="36" />
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="42" />
            <source>Recorded (UTC)</source>
            <translation>记录时间（UTC）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="46" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="47" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="51" />
            <source>Head office has accepted every change sent so far.</source>
            <translation>总行已接受目前发送的全部变更。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="52" />
            <source>Changes head office refused</source>
            <translation>总行拒绝的变更</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="63" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="68" />
            <source>Head-office password</source>
            <translation>总部密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="73" />
            <source>Changes head office refused (nothing is lost: the reason says what to do)</source>
            <translation>总部拒绝的变更（数据不会丢失：原因一栏说明如何处理）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="88" />
            <source>Server %1, branch %2</source>
            <translation>服务器 %1，网点 %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="94" />
            <source>Last problem: %1</source>
            <translation>最近问题：%1</translation>
        </message>
    </context>
    <context>
        <name>SyncWorker</name>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="138" />
            <source>Sync: not configured</source>
            <translation>同步：未配置</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="139" />
            <source>%1 pending</source>
            <translation>%1 项待同步</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="141" />
            <source>Sync: synchronising… (%1)</source>
            <translation>同步：正在同步…（%1）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="143" />
            <source>retry in %1 s</source>
            <translation>%1 秒后重试</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="145" />
            <source>Sync: %1 — %2, %3</source>
            <translation>同步：%1 — %2，%3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="151" />
            <source>Sync: offline (%1) — open Sync to connect</source>
            <translation>同步：离线（%1）— 请打开“同步”进行连接</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="153" />
            <source>Sync: %1, last %2</source>
            <translation>同步：%1，上次 %2</translation>
        </message>
    </context>
    <context>
        <name>TimelineKind</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="139" />
            <source>Contact</source>
            <translation>联系</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="140" />
            <source>Contact refused by the rules</source>
            <translation>联系被规则拒绝</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="141" />
            <source>Promise to pay</source>
            <translation>还款承诺</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="142" />
            <source>Payment</source>
            <translation>还款</translation>
        </message>
    </context>
    <context>
        <name>WatchlistStatus</name>
        <message>
            <location filename="../../workstation/views/labels.py" line="172" />
            <source>To review</source>
            <translation>待复核</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="173" />
            <source>Cleared</source>
            <translation>已排除</translation>
        </message>
        <message>
            <location filename="../../workstation/views/labels.py" line="174" />
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
    </context>
</TS>
