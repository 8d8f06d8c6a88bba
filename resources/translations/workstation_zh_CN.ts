<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AdminView</name>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="30" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="31" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="32" />
            <location filename="../../workstation/views/admin_view.py" line="40" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="33" />
            <source>Branch</source>
            <translation>网点</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="34" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="41" />
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="42" />
            <source>Permissions</source>
            <translation>权限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="46" />
            <location filename="../../workstation/views/admin_view.py" line="49" />
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="47" />
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="52" />
            <source>Roles and their permissions</source>
            <translation>角色及其权限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="58" />
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="59" />
            <source>Must change password</source>
            <translation>须修改密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="59" />
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="72" />
            <source>Add user…</source>
            <translation>新增用户…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="73" />
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="74" />
            <source>Disable / enable</source>
            <translation>停用 / 启用</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="75" />
            <source>Change role…</source>
            <translation>变更角色…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="106" />
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="107" />
            <source>Enter your password to continue:</source>
            <translation>请输入您的密码以继续：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="120" />
            <location filename="../../workstation/views/admin_view.py" line="123" />
            <location filename="../../workstation/views/admin_view.py" line="128" />
            <source>Add user</source>
            <translation>新增用户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="120" />
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="123" />
            <source>Full name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="128" />
            <location filename="../../workstation/views/admin_view.py" line="149" />
            <source>Role:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="149" />
            <source>Change role</source>
            <translation>变更角色</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="159" />
            <source>One-time password</source>
            <translation>一次性密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/admin_view.py" line="161" />
            <source>Give this one-time password to %1 in person. It expires in 24 hours and must be changed at first sign-in:

%2</source>
            <translation>请当面将此一次性密码交给 %1。密码 24 小时内有效，首次登录时必须修改：

%2</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../workstation/views/desktop.py" line="99" />
            <source>Cannot start</source>
            <translation>无法启动</translation>
        </message>
        <message>
            <location filename="../../workstation/views/desktop.py" line="107" />
            <source>DEMO workstation: the key is not protected by an OS keychain.</source>
            <translation>演示工作站：密钥未受操作系统钥匙串保护。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/desktop.py" line="147" />
            <source>Preparing the demo workstation…</source>
            <translation>正在准备演示工作站…</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDetailPane</name>
        <message>
            <location filename="../../workstation/views/application_view.py" line="32" />
            <source>Select an application.</source>
            <translation>请选择一笔申请。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="37" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="38" />
            <source>From</source>
            <translation>原状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="39" />
            <source>To</source>
            <translation>新状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="40" />
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="41" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="47" />
            <location filename="../../workstation/views/application_view.py" line="71" />
            <source>Timeline</source>
            <translation>流转记录</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="49" />
            <source>Withdraw…</source>
            <translation>撤回…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="51" />
            <source>Request override…</source>
            <translation>申请评分推翻…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="53" />
            <source>Submit and assess</source>
            <translation>提交并评估</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="85" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="86" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="87" />
            <source>Term</source>
            <translation>期限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="87" />
            <source>%1 months</source>
            <translation>%1 个月</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="89" />
            <source>Rate / APR</source>
            <translation>利率 / 年化利率</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="93" />
            <source>Method</source>
            <translation>还款方式</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="94" />
            <source>Purpose</source>
            <translation>贷款用途</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="110" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="114" />
            <source>Withdraw application</source>
            <translation>撤回申请</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="120" />
            <source>Request a score override</source>
            <translation>申请推翻评分结果</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_view.py" line="139" />
            <source>Credit decision %1, band %2: the application is now %3.</source>
            <translation>授信结论 %1，风险等级 %2：申请当前状态为 %3。</translation>
        </message>
    </context>
    <context>
        <name>ApplicationWizard</name>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="44" />
            <source>New loan application</source>
            <translation>新建贷款申请</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="68" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="70" />
            <source>Name, pinyin, ID number or phone</source>
            <translation>姓名、拼音、证件号码或手机号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="72" />
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="84" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="97" />
            <source>Amount, term and repayment</source>
            <translation>金额、期限与还款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="106" />
            <source>Amount (CNY)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="107" />
            <source>Term (months)</source>
            <translation>期限（月）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="108" />
            <source>Annual rate (%)</source>
            <translation>年利率（%）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="109" />
            <source>Repayment method</source>
            <translation>还款方式</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="110" />
            <source>Purpose</source>
            <translation>贷款用途</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="133" />
            <source>Borrower profile</source>
            <translation>借款人情况</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="136" />
            <source>Ask the borrower; anything not asked is scored as the worst case and the application goes to a supervisor.</source>
            <translation>请向借款人询问；未询问的项目按最不利情况评分，申请将转交主管审批。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="155" />
            <location filename="../../workstation/views/application_wizard.py" line="160" />
            <source>— not asked —</source>
            <translation>— 未询问 —</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="176" />
            <source>Assessment and submission</source>
            <translation>评估与提交</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="177" />
            <source>Submit and assess</source>
            <translation>提交并评估</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="180" />
            <source>The application is saved, submitted and assessed when you press the button.</source>
            <translation>点击按钮后，申请将被保存、提交并进行评估。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="191" />
            <source>No.</source>
            <translation>期次</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="192" />
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="193" />
            <source>Principal</source>
            <translation>本金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="194" />
            <source>Interest</source>
            <translation>利息</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="195" />
            <source>Payment</source>
            <translation>应还金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="196" />
            <source>Balance</source>
            <translation>剩余本金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="213" />
            <source>No customer found.</source>
            <translation>未找到客户。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="220" />
            <source>business</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="220" />
            <source>person</source>
            <translation>个人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="252" />
            <source>Amount %1 – %2; term %3 – %4 months; rate %5 – %6; fee %7</source>
            <translation>金额 %1 – %2；期限 %3 – %4 个月；利率 %5 – %6；手续费 %7</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="279" />
            <source>Enter the amount and the rate as numbers.</source>
            <translation>请以数字输入金额和利率。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="298" />
            <source>APR %1 · total interest %2 · fees %3 · total repayable %4</source>
            <translation>年化利率 %1 · 利息合计 %2 · 费用 %3 · 应还总额 %4</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="332" />
            <source>Assessing…</source>
            <translation>正在评估…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="352" />
            <source>Saved as %1 and submitted, but not assessed: %2</source>
            <translation>已保存为 %1 并提交，但未完成评估：%2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="363" />
            <source>Application %1: %2 (credit decision %3, band %4)</source>
            <translation>申请 %1：%2（授信结论 %3，风险等级 %4）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_wizard.py" line="372" />
            <source>Sent to the supervisors' approvals inbox. %1</source>
            <translation>已发送至主管审批箱。%1</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsView</name>
        <message>
            <location filename="../../workstation/views/application_list.py" line="33" />
            <source>Number</source>
            <translation>号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="34" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="35" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="36" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="37" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="38" />
            <source>Months</source>
            <translation>月数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="40" />
            <source>APR</source>
            <translation>年化利率</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="46" />
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="60" />
            <source>Applications</source>
            <translation>贷款申请</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="76" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="80" />
            <source>New application…</source>
            <translation>新建申请…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_list.py" line="82" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsInbox</name>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="40" />
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="41" />
            <location filename="../../workstation/views/approvals_inbox.py" line="94" />
            <source>Case</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="42" />
            <source>Requested by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="44" />
            <source>Age (working h)</source>
            <translation>已等待（工作小时）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="49" />
            <source>SLA</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="55" />
            <source>Open approval requests</source>
            <translation>待处理审批</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="69" />
            <source>Referral</source>
            <translation>转主管审批</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="70" />
            <source>Above authority</source>
            <translation>超出审批权限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="71" />
            <source>Score override</source>
            <translation>评分推翻</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="77" />
            <source>overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="78" />
            <source>due in %1 working hours</source>
            <translation>%1 个工作小时内到期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="82" />
            <location filename="../../workstation/views/approvals_inbox.py" line="139" />
            <source>Select a request.</source>
            <translation>请选择一项请求。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="88" />
            <source>Comment (required)</source>
            <translation>审批意见（必填）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="90" />
            <source>unchanged</source>
            <translation>不变</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="95" />
            <source>Assessment</source>
            <translation>评估结果</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="96" />
            <source>Terms</source>
            <translation>贷款条件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="97" />
            <source>Approve a different amount</source>
            <translation>按不同金额批准</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="100" />
            <source>Comment</source>
            <translation>意见</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="110" />
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="111" />
            <source>Decline</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="112" />
            <source>Return to officer</source>
            <translation>退回信贷员</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="151" />
            <source>The amount must be a number.</source>
            <translation>金额必须是数字。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/approvals_inbox.py" line="167" />
            <source>Recorded: %1.</source>
            <translation>已记录：%1。</translation>
        </message>
    </context>
    <context>
        <name>AssessmentView</name>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="41" />
            <source>Select an assessed application.</source>
            <translation>请选择一笔已评估的申请。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="45" />
            <location filename="../../workstation/views/credit_assessment.py" line="98" />
            <source>Band</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="46" />
            <source>Probability of default</source>
            <translation>违约概率</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="47" />
            <location filename="../../workstation/views/credit_assessment.py" line="99" />
            <source>Decision</source>
            <translation>处理结论</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="51" />
            <location filename="../../workstation/views/credit_assessment.py" line="72" />
            <source>Rule hits and fraud flags</source>
            <translation>规则命中与欺诈标记</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="53" />
            <source>Assessment history</source>
            <translation>评估历史</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="54" />
            <source>Request override…</source>
            <translation>申请评分推翻…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="70" />
            <source>Reasons</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="74" />
            <source>Assessment history of this customer</source>
            <translation>该客户的评估历史</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="88" />
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="89" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="90" />
            <source>Check</source>
            <translation>核验</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="91" />
            <source>Message</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="96" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="97" />
            <source>Score</source>
            <translation>分数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="109" />
            <source>Application %1</source>
            <translation>申请 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="140" />
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="141" />
            <source>Refer to a supervisor</source>
            <translation>转主管审批</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="142" />
            <source>Decline</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="147" />
            <source>Policy rule</source>
            <translation>政策规则</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="147" />
            <source>Fraud check</source>
            <translation>欺诈检查</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="149" />
            <source>hard</source>
            <translation>硬性</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="150" />
            <source>soft</source>
            <translation>提示性</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="151" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="152" />
            <source>medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="153" />
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="172" />
            <source>Request override</source>
            <translation>申请推翻评分</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="173" />
            <source>Why should a supervisor overturn this decision?</source>
            <translation>主管为何应推翻此结论？</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_assessment.py" line="180" />
            <source>Sent to a supervisor.</source>
            <translation>已提交主管。</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsPane</name>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="165" />
            <source>Recent assessments</source>
            <translation>近期评估</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="171" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="188" />
            <source>Application</source>
            <translation>申请</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="189" />
            <source>Score</source>
            <translation>分数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="190" />
            <source>Band</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="191" />
            <source>Decision</source>
            <translation>处理结论</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="192" />
            <source>Assessed</source>
            <translation>评估时间</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="36" />
            <source>Time (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="40" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="41" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="42" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="43" />
            <source>Subject</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="44" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="45" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="50" />
            <source>Action contains…</source>
            <translation>操作包含…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="51" />
            <source>Filter by action</source>
            <translation>按操作筛选</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="53" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="54" />
            <source>Filter by user</source>
            <translation>按用户筛选</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="57" />
            <source>Filter</source>
            <translation>筛选</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="59" />
            <source>Verify chain</source>
            <translation>校验哈希链</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="64" />
            <source>Audit events</source>
            <translation>审计事件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="89" />
            <source>Verifying the audit trail…</source>
            <translation>正在校验审计记录…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="94" />
            <source>Chain intact: %1 events verified.</source>
            <translation>哈希链完整：已校验 %1 条事件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/audit_view.py" line="97" />
            <source>Chain broken at event %1: %2</source>
            <translation>哈希链在第 %1 条事件处断裂：%2</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="26" />
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="32" />
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="33" />
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="34" />
            <source>Repeat new password</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="43" />
            <source>Use at least 8 characters; 15 or more is safer. A phrase of several words is easy to remember. Common passwords are refused.</source>
            <translation>密码至少 8 个字符，15 个以上更安全。由几个词组成的短语便于记忆。常见密码将被拒绝。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="55" />
            <source>Choose your own password before you continue.</source>
            <translation>继续之前，请设置您自己的密码。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/password_dialog.py" line="63" />
            <source>The two new passwords are not the same.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>CollectionView</name>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="51" />
            <source>Work queue</source>
            <translation>工作队列</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="53" />
            <source>All branch cases</source>
            <translation>本网点全部案件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="58" />
            <location filename="../../workstation/views/collection_view.py" line="222" />
            <source>Select a case</source>
            <translation>请选择一个案件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="61" />
            <source>Cases</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="62" />
            <source>Reminders</source>
            <translation>还款提醒</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="72" />
            <source>Loan</source>
            <translation>贷款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="73" />
            <source>Borrower</source>
            <translation>借款人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="74" />
            <source>Bucket</source>
            <translation>逾期阶段</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="76" />
            <source>Days past due</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="82" />
            <source>Overdue</source>
            <translation>逾期金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="88" />
            <source>Broken promises</source>
            <translation>违约承诺</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="93" />
            <source>Last contact</source>
            <translation>最近联系</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="94" />
            <source>Collector</source>
            <translation>催收员</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="102" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="103" />
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="104" />
            <location filename="../../workstation/views/collection_view.py" line="113" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="105" />
            <source>Party</source>
            <translation>联系对象</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="106" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="107" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="108" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="114" />
            <source>Template</source>
            <translation>模板</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="115" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="116" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="117" />
            <source>Attempts</source>
            <translation>尝试次数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="118" />
            <source>Last error</source>
            <translation>最近错误</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="134" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="135" />
            <source>Send reminders</source>
            <translation>发送提醒</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="136" />
            <source>Run end of day…</source>
            <translation>执行日终处理…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="152" />
            <source>Log contact…</source>
            <translation>记录联系…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="153" />
            <source>Record promise…</source>
            <translation>记录还款承诺…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="154" />
            <source>Post payment…</source>
            <translation>登记还款…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="162" />
            <source>Case timeline</source>
            <translation>案件记录</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="174" />
            <source>Request settlement…</source>
            <translation>申请和解…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="175" />
            <source>Request restructure…</source>
            <translation>申请重组…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="176" />
            <source>Request write-off…</source>
            <translation>申请核销…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="177" />
            <source>Request hardship hold…</source>
            <translation>申请困难暂停…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workstation/views/collection_view.py" line="205" />
            <source>%n open case(s)</source>
            <translation>
                <numerusform>%n 个未结案件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="226" />
            <source>%1 · loan %2 · %3 days past due · overdue %4 · outstanding principal %5%6</source>
            <translation>%1 · 贷款 %2 · 逾期 %3 天 · 逾期金额 %4 · 剩余本金 %5%6</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="236" />
            <source> · contact on hold (%1)</source>
            <translation> · 暂停联系（%1）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="327" />
            <source>Sent to a supervisor for approval.</source>
            <translation>已提交主管审批。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_view.py" line="332" />
            <source>Sending reminders…</source>
            <translation>正在发送提醒…</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="45" />
            <source>Log contact</source>
            <translation>记录联系</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="54" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="55" />
            <source>Contact</source>
            <translation>联系</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="56" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="57" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="62" />
            <source>Phone call</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="63" />
            <source>Text message</source>
            <translation>短信</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="64" />
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="65" />
            <source>Visit</source>
            <translation>上门</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="66" />
            <source>Letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="71" />
            <source>No answer</source>
            <translation>无人接听</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="72" />
            <source>Left a message</source>
            <translation>已留言</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="73" />
            <source>Spoke: promised to pay</source>
            <translation>已通话：承诺还款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="74" />
            <source>Spoke: refused to pay</source>
            <translation>已通话：拒绝还款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="75" />
            <source>Wrong number</source>
            <translation>号码错误</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="76" />
            <source>Borrower disputes the debt</source>
            <translation>借款人对债务有异议</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="77" />
            <source>Borrower reports hardship</source>
            <translation>借款人反映还款困难</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="78" />
            <source>Says already paid</source>
            <translation>称已还款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="79" />
            <source>Asked to be called back</source>
            <translation>要求回电</translation>
        </message>
    </context>
    <context>
        <name>ContactEditDialog</name>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="36" />
            <source>Edit contact details</source>
            <translation>编辑联系方式</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="54" />
            <source>Mobile</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="55" />
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="56" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="57" />
            <source>Employer</source>
            <translation>工作单位</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="58" />
            <source>Occupation</source>
            <translation>职业</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="59" />
            <source>Monthly income</source>
            <translation>月收入</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="75" />
            <source>%1 — leave empty to keep</source>
            <translation>%1 — 留空则保持不变</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_edit_dialog.py" line="110" />
            <source>Please correct the fields marked in red.</source>
            <translation>请更正标红的字段。</translation>
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
        <name>ContractsView</name>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="47" />
            <source>Contracts</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="51" />
            <source>Contract number or customer name</source>
            <translation>合同编号或客户姓名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="55" />
            <source>Any status</source>
            <translation>任意状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="56" />
            <location filename="../../workstation/views/contract_view.py" line="97" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="57" />
            <location filename="../../workstation/views/contract_view.py" line="90" />
            <location filename="../../workstation/views/contract_view.py" line="97" />
            <source>Signed</source>
            <translation>已签署</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="58" />
            <location filename="../../workstation/views/contract_view.py" line="97" />
            <source>Void</source>
            <translation>已作废</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="65" />
            <source>Any date</source>
            <translation>任意日期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="76" />
            <source>Contract number</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="77" />
            <source>Issue</source>
            <translation>版次</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="78" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="80" />
            <source>Amount (CNY)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="85" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="87" />
            <source>Issued</source>
            <translation>出具日期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="102" />
            <source>Search:</source>
            <translation>搜索：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="105" />
            <source>Issued from:</source>
            <translation>出具日期自：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="113" />
            <source>Preview and print…</source>
            <translation>预览并打印…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="114" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="115" />
            <source>Sign…</source>
            <translation>签署…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="116" />
            <source>Re-issue draft…</source>
            <translation>重新出具草稿…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="117" />
            <source>Verify a file…</source>
            <translation>验证文件…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="157" />
            <source>Contract %1</source>
            <translation>合同 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="166" />
            <source>Export contract to folder</source>
            <translation>将合同导出到文件夹</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="175" />
            <source>Exported</source>
            <translation>已导出</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="177" />
            <source>Saved %1. It contains the borrower's personal data: keep it safe.</source>
            <translation>已保存 %1。文件含有借款人个人信息，请妥善保管。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="196" />
            <source>Signing the contract…</source>
            <translation>正在签署合同…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="205" />
            <source>Chinese and English</source>
            <translation>中英文</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="206" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="207" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="210" />
            <source>Re-issue draft</source>
            <translation>重新出具草稿</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="210" />
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="222" />
            <source>Verify a contract file</source>
            <translation>验证合同文件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="222" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="237" />
            <source>Contract intact</source>
            <translation>合同完整</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="238" />
            <source>This is contract %1, signed and unchanged since signing.</source>
            <translation>这是合同 %1，已签署且签署后未被修改。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="245" />
            <source>Contract NOT intact</source>
            <translation>合同不完整</translation>
        </message>
        <message>
            <location filename="../../workstation/views/contract_view.py" line="246" />
            <source>This file is not an intact contract of this lender:</source>
            <translation>此文件不是本机构完整的合同：</translation>
        </message>
    </context>
    <context>
        <name>CreditScreen</name>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="41" />
            <source>Portfolio and stability</source>
            <translation>组合与稳定性</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="43" />
            <source>Assessments</source>
            <translation>评估</translation>
        </message>
    </context>
    <context>
        <name>CustomerSearchView</name>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="42" />
            <source>Name, pinyin, initials, ID number or last 4+ phone digits</source>
            <translation>姓名、拼音、首字母、证件号码或手机号后 4 位以上</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="45" />
            <source>New customer…</source>
            <translation>新建客户…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="58" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="69" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="71" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="72" />
            <source>Business</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="72" />
            <source>Person</source>
            <translation>个人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="74" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="75" />
            <source>Mobile</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="77" />
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="80" />
            <source>Monthly income</source>
            <translation>月收入</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="85" />
            <source>Onboarding</source>
            <translation>开户状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_search.py" line="100" />
            <source>%1 customers shown (at most 50)</source>
            <translation>显示 %1 位客户（最多 50 位）</translation>
        </message>
    </context>
    <context>
        <name>CustomerView</name>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="51" />
            <source>Scans</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="60" />
            <source>← Back to search</source>
            <translation>← 返回搜索</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="64" />
            <source>Edit contact details…</source>
            <translation>编辑联系方式…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="68" />
            <source>Record in-person check…</source>
            <translation>记录面签核验…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="71" />
            <source>Decide watch-list hit…</source>
            <translation>处理名单命中…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="92" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="93" />
            <source>Mobile</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="94" />
            <source>Bank card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="95" />
            <source>Born / age / sex</source>
            <translation>出生日期 / 年龄 / 性别</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="96" />
            <location filename="../../workstation/views/customer_view.py" line="159" />
            <location filename="../../workstation/views/customer_view.py" line="178" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="101" />
            <source>Employer / occupation</source>
            <translation>工作单位 / 职业</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="102" />
            <source>Monthly income / debts</source>
            <translation>月收入 / 月负债</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="103" />
            <source>E-mail / address</source>
            <translation>电子邮箱 / 地址</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="104" />
            <location filename="../../workstation/views/customer_view.py" line="257" />
            <source>In-person check</source>
            <translation>面签核验</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="113" />
            <source>Reveal</source>
            <translation>显示完整</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="123" />
            <source>Documents</source>
            <translation>证件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="124" />
            <source>Fraud signals</source>
            <translation>欺诈风险信号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="125" />
            <source>Watch-list hits</source>
            <translation>名单命中</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="126" />
            <source>History</source>
            <translation>变更历史</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="127" />
            <source>Applications and loans</source>
            <translation>申请与贷款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="134" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="135" />
            <location filename="../../workstation/views/customer_view.py" line="177" />
            <source>Number</source>
            <translation>号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="136" />
            <source>Expiry</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="138" />
            <source>Check</source>
            <translation>核验</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="139" />
            <source>passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="139" />
            <source>failed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="141" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="147" />
            <source>Signal</source>
            <translation>风险信号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="148" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="149" />
            <source>Other customer</source>
            <translation>关联客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="150" />
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="156" />
            <source>Listed name</source>
            <translation>名单姓名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="157" />
            <source>List</source>
            <translation>名单</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="158" />
            <source>Match</source>
            <translation>匹配度</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="161" />
            <source>Decision</source>
            <translation>处理结论</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="169" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="170" />
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="171" />
            <source>Changes</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="180" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="226" />
            <source>Watch-list hits (%1 open)</source>
            <translation>名单命中（%1 项待处理）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="230" />
            <source>not yet</source>
            <translation>尚未进行</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="258" />
            <source>I saw the original document and compared the photo. Note (optional):</source>
            <translation>本人已查验证件原件并核对照片。备注（可选）：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="275" />
            <source>Clear (not the listed person)</source>
            <translation>排除（非名单人员）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="275" />
            <source>Confirm (listed person)</source>
            <translation>确认（为名单人员）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="277" />
            <location filename="../../workstation/views/customer_view.py" line="281" />
            <source>Watch-list hit</source>
            <translation>名单命中</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_view.py" line="281" />
            <source>Comment:</source>
            <translation>意见：</translation>
        </message>
    </context>
    <context>
        <name>EodDialog</name>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="37" />
            <source>End of day</source>
            <translation>日终处理</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="40" />
            <source>Business date %1. A stopped run continues where it left off.</source>
            <translation>营业日期 %1。中断的处理会从中断处继续。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="48" />
            <source>%v of %m steps</source>
            <translation>第 %v 步，共 %m 步</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="49" />
            <source>Run end of day</source>
            <translation>执行日终处理</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="77" />
            <source>The end of day for this date has already run.</source>
            <translation>该日期的日终处理已执行。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/eod_dialog.py" line="80" />
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
            <location filename="../../workstation/views/collection_dialogs.py" line="127" />
            <source>Settle for (CNY)</source>
            <translation>和解金额（元）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="129" />
            <source>New term (months)</source>
            <translation>新期限（月）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="130" />
            <source>Annual rate</source>
            <translation>年利率</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="132" />
            <source>Hold for (days)</source>
            <translation>暂停天数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="133" />
            <source>Reason for the supervisor</source>
            <translation>提交主管的理由</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="138" />
            <source>Request settlement: %1</source>
            <translation>申请和解：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="139" />
            <source>Request restructure: %1</source>
            <translation>申请重组：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="140" />
            <source>Request write-off: %1</source>
            <translation>申请核销：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="141" />
            <source>Request hardship hold: %1</source>
            <translation>申请困难暂停：%1</translation>
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
        <name>LifecycleActions</name>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="103" />
            <source>Issue contract…</source>
            <translation>出具合同…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="106" />
            <source>Sign contract…</source>
            <translation>签署合同…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="110" />
            <source>Book and disburse…</source>
            <translation>入账并放款…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="111" />
            <source>Loan schedule…</source>
            <translation>还款计划…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="129" />
            <source>Chinese and English</source>
            <translation>中英文</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="130" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="131" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="133" />
            <source>Issue contract</source>
            <translation>出具合同</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="133" />
            <source>Contract language:</source>
            <translation>合同语言：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="143" />
            <source>Issuing the contract…</source>
            <translation>正在出具合同…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="156" />
            <source>This application has no contract waiting to be signed.</source>
            <translation>该申请没有待签署的合同。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="159" />
            <source>Contract %1</source>
            <translation>合同 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="184" />
            <source>Signing the contract…</source>
            <translation>正在签署合同…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="189" />
            <source>Contract %1 is signed.</source>
            <translation>合同 %1 已签署。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="200" />
            <source>The borrower has no bank account for payouts; add one to the customer.</source>
            <translation>借款人没有可用于放款的银行账户，请先为客户添加账户。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="204" />
            <source>Book and disburse</source>
            <translation>入账并放款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="204" />
            <source>Pay out to:</source>
            <translation>放款至：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="222" />
            <source>Disbursing…</source>
            <translation>正在放款…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="229" />
            <source>Confirm disbursement</source>
            <translation>确认放款</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="230" />
            <source>Disbursing pays out money. Enter your password to confirm:</source>
            <translation>放款将支付资金，请输入密码确认：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="241" />
            <source>Loan %1 is disbursed.</source>
            <translation>贷款 %1 已放款。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="251" />
            <source>No loan is booked for this application.</source>
            <translation>该申请尚未入账贷款。</translation>
        </message>
    </context>
    <context>
        <name>LoanScheduleDialog</name>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="48" />
            <source>Loan %1</source>
            <translation>贷款 %1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="51" />
            <source>Loan %1 (%2): principal %3, outstanding %4.</source>
            <translation>贷款 %1（%2）：本金 %3，未还本金 %4。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="62" />
            <source>Repayment schedule</source>
            <translation>还款计划</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="76" />
            <source>No.</source>
            <translation>期次</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="77" />
            <source>Due</source>
            <translation>应还</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="78" />
            <source>Principal</source>
            <translation>本金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="79" />
            <source>Interest</source>
            <translation>利息</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="80" />
            <source>Fee</source>
            <translation>手续费</translation>
        </message>
        <message>
            <location filename="../../workstation/views/application_lifecycle.py" line="81" />
            <source>Unpaid</source>
            <translation>未还</translation>
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
            <location filename="../../workstation/views/main_window.py" line="40" />
            <source>Loan Officer Workstation</source>
            <translation>信贷员工作站</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="43" />
            <source>Navigation</source>
            <translation>导航</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="72" />
            <source>User: %1</source>
            <translation>用户：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="73" />
            <source>Role: %1</source>
            <translation>角色：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="74" />
            <source>Branch: %1</source>
            <translation>网点：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="75" />
            <source>Sync: not configured</source>
            <translation>同步：未配置</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="76" />
            <source>Lock</source>
            <translation>锁定</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="77" />
            <source>Lock the workstation</source>
            <translation>锁定工作站</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="88" />
            <source>&amp;Workstation</source>
            <translation>工作站(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="89" />
            <source>&amp;Lock</source>
            <translation>锁定(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="92" />
            <source>Sign &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="94" />
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/main_window.py" line="96" />
            <source>Change &amp;password…</source>
            <translation>修改密码(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>MonitoringPane</name>
        <message numerus="yes">
            <location filename="../../workstation/views/credit_dashboard.py" line="59" />
            <source>Last %n day(s)</source>
            <translation>
                <numerusform>最近 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="65" />
            <source>Score distribution</source>
            <translation>分数分布</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="74" />
            <source>Characteristic stability</source>
            <translation>特征稳定性</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="78" />
            <source>Applications assessed in the</source>
            <translation>评估的申请范围：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="85" />
            <source>Characteristic stability against the training data</source>
            <translation>相对训练数据的特征稳定性</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="90" />
            <source>Characteristic</source>
            <translation>特征</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="92" />
            <source>CSI</source>
            <translation>CSI</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="94" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="96" />
            <source>Points shift</source>
            <translation>分值偏移</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="105" />
            <source>stable</source>
            <translation>稳定</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="106" />
            <source>monitor</source>
            <translation>需关注</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="107" />
            <source>significant shift</source>
            <translation>显著偏移</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="125" />
            <source>No applications were assessed in this period.</source>
            <translation>此期间没有评估任何申请。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="128" />
            <source>%1 applications; score PSI %2 (%3). Bands: %4</source>
            <translation>%1 笔申请；分数 PSI %2（%3）。风险等级：%4</translation>
        </message>
        <message>
            <location filename="../../workstation/views/credit_dashboard.py" line="138" />
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
            <source>Products</source>
            <translation>贷款产品</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="82" />
            <source>Credit</source>
            <translation>授信</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="88" />
            <source>Audit</source>
            <translation>审计</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="94" />
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <location filename="../../workstation/views/navigation.py" line="100" />
            <source>Administration</source>
            <translation>系统管理</translation>
        </message>
    </context>
    <context>
        <name>OnboardingForm</name>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="37" />
            <source>Person (resident ID)</source>
            <translation>个人（居民身份证）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="38" />
            <source>Person (passport MRZ)</source>
            <translation>个人（护照机读码）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="39" />
            <source>Small business (USCC)</source>
            <translation>小微企业（统一社会信用代码）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="45" />
            <source>&lt;b&gt;New customer&lt;/b&gt;</source>
            <translation>&lt;b&gt;新建客户&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="53" />
            <source>Legal name</source>
            <translation>法定姓名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="54" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="55" />
            <source>ID expiry (YYYY-MM-DD)</source>
            <translation>证件有效期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="56" />
            <source>Mobile</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="57" />
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="58" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="59" />
            <source>Bank card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="60" />
            <source>Bank</source>
            <translation>开户银行</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="61" />
            <source>Employer</source>
            <translation>工作单位</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="62" />
            <source>Occupation</source>
            <translation>职业</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="63" />
            <source>Monthly income (CNY)</source>
            <translation>月收入（元）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="64" />
            <source>Legal representative (customer id)</source>
            <translation>法定代表人（客户编号）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="69" />
            <source>Customer type</source>
            <translation>客户类型</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="88" />
            <source>Save customer</source>
            <translation>保存客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="90" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="137" />
            <source>use the form YYYY-MM-DD</source>
            <translation>请按 YYYY-MM-DD 格式填写</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="152" />
            <source>This customer already exists; opening the record.</source>
            <translation>该客户已存在，正在打开其档案。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/onboarding.py" line="162" />
            <source>Please correct the fields marked in red.</source>
            <translation>请更正标红的字段。</translation>
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
            <location filename="../../workstation/views/portfolio_view.py" line="68" />
            <location filename="../../workstation/views/portfolio_view.py" line="77" />
            <source>Current</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="69" />
            <source>1–30 days</source>
            <translation>1–30 天</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="70" />
            <source>31–60 days</source>
            <translation>31–60 天</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="71" />
            <source>61–90 days</source>
            <translation>61–90 天</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="72" />
            <source>Over 90 days</source>
            <translation>90 天以上</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="81" />
            <source>Bucket</source>
            <translation>逾期阶段</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="82" />
            <source>Loans</source>
            <translation>贷款笔数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="83" />
            <source>Principal outstanding</source>
            <translation>剩余本金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="84" />
            <source>Overdue</source>
            <translation>逾期金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="90" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="91" />
            <source>Run end of day…</source>
            <translation>执行日终处理…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="118" />
            <source>%1 loans, principal outstanding %2</source>
            <translation>%1 笔贷款，剩余本金 %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="126" />
            <source>Principal outstanding (thousand CNY)</source>
            <translation>剩余本金（千元）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="131" />
            <source>Balances by bucket</source>
            <translation>各逾期阶段余额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="138" />
            <source>Roll rates to the next bucket (%)</source>
            <translation>迁徙至下一阶段的比率（%）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/portfolio_view.py" line="149" />
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
        <name>ProductsView</name>
        <message>
            <location filename="../../workstation/views/product_view.py" line="35" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="36" />
            <source>Band</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="38" />
            <source>Maximum amount</source>
            <translation>最高金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="44" />
            <source>Maximum term</source>
            <translation>最长期限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="52" />
            <source>Products</source>
            <translation>贷款产品</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="53" />
            <source>Approval authority</source>
            <translation>审批权限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="54" />
            <source>Show earlier versions</source>
            <translation>显示历史版本</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="61" />
            <source>Approval authority per role and risk band</source>
            <translation>按角色和风险等级划分的审批权限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="67" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="68" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="69" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="70" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="71" />
            <source>Months</source>
            <translation>月数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="73" />
            <source>Rate</source>
            <translation>利率</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="78" />
            <source>Fee</source>
            <translation>手续费</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="79" />
            <source>Methods</source>
            <translation>还款方式</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="80" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="81" />
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="81" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="81" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="93" />
            <source>Revise product…</source>
            <translation>修订产品…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="95" />
            <source>Set authority limit…</source>
            <translation>设置审批权限…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="126" />
            <source>Select the current version of a product.</source>
            <translation>请选择产品的当前版本。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="135" />
            <source>Select a role and band in the authority table.</source>
            <translation>请在审批权限表中选择角色和风险等级。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="139" />
            <source>Authority limit</source>
            <translation>审批权限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="140" />
            <source>Maximum amount and months for %1, band %2 (e.g. 50000 36):</source>
            <translation>%1 在风险等级 %2 下的最高金额和期限月数（例如 50000 36）：</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="151" />
            <source>Enter an amount and a number of months.</source>
            <translation>请输入金额和月数。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/product_view.py" line="159" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>PromiseDialog</name>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="97" />
            <source>Record promise to pay</source>
            <translation>记录还款承诺</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="102" />
            <source>Amount (CNY)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/collection_dialogs.py" line="103" />
            <source>Promised by</source>
            <translation>承诺还款日</translation>
        </message>
    </context>
    <context>
        <name>RepaymentDialog</name>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="28" />
            <source>Post repayment: %1</source>
            <translation>登记还款：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="33" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="34" />
            <source>Bank transfer</source>
            <translation>银行转账</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="35" />
            <source>Card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="47" />
            <source>Amount (CNY)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="48" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="49" />
            <source>Value date</source>
            <translation>起息日</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="56" />
            <source>fees</source>
            <translation>费用</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="57" />
            <source>penalty interest</source>
            <translation>罚息</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="58" />
            <source>interest</source>
            <translation>利息</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="59" />
            <source>principal</source>
            <translation>本金</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="64" />
            <source>held as credit</source>
            <translation>挂账余额</translation>
        </message>
        <message>
            <location filename="../../workstation/views/repayment_dialog.py" line="67" />
            <source>Posted %1: </source>
            <translation>已入账 %1：</translation>
        </message>
    </context>
    <context>
        <name>ScanDialog</name>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="163" />
            <source>Scan</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="170" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>ScansTab</name>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="54" />
            <source>ID front</source>
            <translation>身份证正面</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="55" />
            <source>ID back</source>
            <translation>身份证反面</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="56" />
            <source>Business licence</source>
            <translation>营业执照</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="62" />
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="63" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="64" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="65" />
            <source>Added</source>
            <translation>添加时间</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="73" />
            <source>Add scan…</source>
            <translation>添加扫描件…</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="75" />
            <source>View</source>
            <translation>查看</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="102" />
            <source>Add scan</source>
            <translation>添加扫描件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="104" />
            <source>Scans (*.png *.jpg *.jpeg *.pdf)</source>
            <translation>扫描件 (*.png *.jpg *.jpeg *.pdf)</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="123" />
            <source>Scan added.</source>
            <translation>扫描件已添加。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="135" />
            <source>Select a scan to view.</source>
            <translation>请选择要查看的扫描件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="152" />
            <source>Save scan</source>
            <translation>保存扫描件</translation>
        </message>
        <message>
            <location filename="../../workstation/views/customer_scans.py" line="152" />
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
            <location filename="../../workstation/views/service_messages.py" line="20" />
            <source>The user name or password is not correct.</source>
            <translation>用户名或密码不正确。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="21" />
            <source>This account is disabled. Ask IT to enable it.</source>
            <translation>此账户已停用，请联系 IT 启用。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="22" />
            <source>Your temporary password has expired. Ask IT for a new one.</source>
            <translation>您的临时密码已过期，请向 IT 申请新密码。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="25" />
            <source>The new password must differ from the current one.</source>
            <translation>新密码不能与当前密码相同。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="26" />
            <source>The workstation is locked. Sign in again to continue.</source>
            <translation>工作站已锁定，请重新登录以继续。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="27" />
            <source>Please enter your password again to confirm this action.</source>
            <translation>请再次输入密码以确认此操作。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="30" />
            <source>This password is on the list of commonly used passwords.</source>
            <translation>此密码属于常用密码，不能使用。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="33" />
            <source>The database file is damaged: its integrity check failed. Nothing was changed and the file was kept as it is. Call IT to check it and restore the latest backup.</source>
            <translation>数据库文件已损坏：完整性校验未通过。未做任何更改，文件保持原样。请联系 IT 检查并恢复最近的备份。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="38" />
            <source>The database could not be opened with this key: the key is wrong or the file is damaged. Nothing was changed.</source>
            <translation>无法用此密钥打开数据库：密钥错误或文件已损坏。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="43" />
            <source>The workstation's key file is missing.</source>
            <translation>工作站密钥文件缺失。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="44" />
            <source>The workstation's key file cannot be read.</source>
            <translation>无法读取工作站密钥文件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="45" />
            <source>The workstation's key file was changed outside the app or belongs to another device.</source>
            <translation>工作站密钥文件在本程序之外被修改，或属于另一台设备。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="49" />
            <source>This workstation is already set up.</source>
            <translation>此工作站已完成设置。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="50" />
            <source>You cannot disable your own account.</source>
            <translation>您不能停用自己的账户。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="51" />
            <source>You cannot change your own role.</source>
            <translation>您不能变更自己的角色。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="52" />
            <source>There is no such application in this branch.</source>
            <translation>本网点没有此申请。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="53" />
            <source>There is no such customer in this branch.</source>
            <translation>本网点没有此客户。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="54" />
            <source>Only a draft application can be changed.</source>
            <translation>只有草稿状态的申请可以修改。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="55" />
            <source>Please say why the application is withdrawn.</source>
            <translation>请说明撤回申请的原因。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="56" />
            <source>Please give the reason for the override request.</source>
            <translation>请填写申请推翻评分的原因。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="57" />
            <source>This product version is no longer offered.</source>
            <translation>此产品版本已停止发售。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="58" />
            <source>In-person verification needs the original document to be seen.</source>
            <translation>面签核验须查验证件原件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="62" />
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="63" />
            <source>this does not look like a phone number</source>
            <translation>这不像是电话号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="64" />
            <source>not a mobile number</source>
            <translation>不是手机号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="65" />
            <source>a business needs its legal representative</source>
            <translation>企业客户须填写法定代表人</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="67" />
            <source>There is no such scan in this branch.</source>
            <translation>本网点没有这份扫描件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="68" />
            <source>Only PNG, JPEG or PDF files can be added as scans.</source>
            <translation>扫描件只能是 PNG、JPEG 或 PDF 文件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="69" />
            <source>The file could not be read.</source>
            <translation>无法读取该文件。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="73" />
            <source>Too many unsuccessful sign-ins. Signing in is blocked until %1 UTC. Ask IT if you have forgotten your password.</source>
            <translation>登录失败次数过多，在 UTC 时间 %1 之前禁止登录。如忘记密码，请联系 IT。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="78" />
            <source>Your role (%1) does not allow this action (%2).</source>
            <translation>您的角色（%1）无权执行此操作（%2）。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="79" />
            <source>The file is %1 MB; a scan may be at most 10 MB.</source>
            <translation>文件大小为 %1 MB；扫描件最大 10 MB。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="80" />
            <source>The password must have at least %1 characters.</source>
            <translation>密码至少需要 %1 个字符。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="81" />
            <source>The password must have at most %1 characters.</source>
            <translation>密码最多 %1 个字符。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="82" />
            <source>The password must not contain the word “%1”.</source>
            <translation>密码不得包含“%1”一词。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="83" />
            <source>A password of %1 or more characters is safer.</source>
            <translation>%1 个字符以上的密码更安全。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="84" />
            <source>The database is damaged (%1). Nothing was changed.</source>
            <translation>数据库已损坏（%1）。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="85" />
            <source>The backup is damaged: %1</source>
            <translation>备份已损坏：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="86" />
            <source>The database file %1 does not exist.</source>
            <translation>数据库文件 %1 不存在。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="87" />
            <source>Please correct the customer details: %1.</source>
            <translation>请更正客户信息：%1。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="88" />
            <source>must have %1 characters, not %2</source>
            <translation>应为 %1 位，当前为 %2 位</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="89" />
            <source>character '%1' at position %2 is not a digit</source>
            <translation>第 %2 位的字符“%1”不是数字</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="90" />
            <source>character '%1' at position %2 is not allowed</source>
            <translation>第 %2 位的字符“%1”不允许使用</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="91" />
            <source>check digit should be %1, not %2</source>
            <translation>校验位应为 %1，而不是 %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="92" />
            <source>birth date %1 does not exist</source>
            <translation>出生日期 %1 不存在</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="93" />
            <source>birth date %1 is in the future</source>
            <translation>出生日期 %1 晚于今天</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="94" />
            <source>age %1 is below the minimum of %2</source>
            <translation>年龄 %1 岁，低于最低 %2 岁</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="95" />
            <source>age %1 is above the maximum of %2</source>
            <translation>年龄 %1 岁，高于最高 %2 岁</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="96" />
            <source>expiry date %1 does not exist</source>
            <translation>有效期 %1 不存在</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="97" />
            <source>document expired on %1</source>
            <translation>证件已于 %1 过期</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="98" />
            <source>document expires on %1, in %2 days</source>
            <translation>证件将于 %1 过期（%2 天后）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="99" />
            <source>not a valid phone number for region %1</source>
            <translation>不是有效的 %1 地区电话号码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="100" />
            <source>not a valid e-mail address: %1</source>
            <translation>不是有效的电子邮箱地址：%1</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="101" />
            <source>registration authority '%1' is not one of 1-9, A, N, Y</source>
            <translation>登记管理部门代码“%1”不在 1-9、A、N、Y 之列</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="105" />
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="106" />
            <source>Lock after idle minutes</source>
            <translation>空闲多少分钟后锁定</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="107" />
            <source>Forced sign-out after hours</source>
            <translation>多少小时后强制退出登录</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="108" />
            <source>Failed sign-ins before lockout</source>
            <translation>登录失败多少次后锁定账户</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="109" />
            <source>Lockout minutes</source>
            <translation>账户锁定分钟数</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="110" />
            <source>Re-enter password for sensitive actions after</source>
            <translation>敏感操作重新验证密码的间隔（分钟）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="111" />
            <source>Sync server address</source>
            <translation>同步服务器地址</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="112" />
            <source>Sync every seconds</source>
            <translation>同步间隔（秒）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="113" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="114" />
            <source>Annual percentage rate cap</source>
            <translation>年化利率上限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="115" />
            <source>Borrowers' local time zone</source>
            <translation>借款人所在时区</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="116" />
            <source>Collection contact hours (local)</source>
            <translation>催收联系时段（当地时间）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="117" />
            <source>Contact attempts per case per day</source>
            <translation>每个案件每日联系次数上限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="118" />
            <source>Contact attempts per case per week</source>
            <translation>每个案件每周联系次数上限</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="119" />
            <source>Reminder days before the due date</source>
            <translation>到期日前几天提醒</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="120" />
            <source>Reminder days after the due date</source>
            <translation>到期日后第几天提醒</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="121" />
            <source>SMTP server</source>
            <translation>SMTP 服务器</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="122" />
            <source>SMTP port</source>
            <translation>SMTP 端口</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="123" />
            <source>Reminder sender address</source>
            <translation>提醒发件人地址</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="124" />
            <source>SMS gateway address</source>
            <translation>短信网关地址</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="125" />
            <source>Lender's legal name (contracts)</source>
            <translation>贷款机构法定名称（合同用）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="126" />
            <source>Lender's licence number (contracts)</source>
            <translation>贷款机构许可证号（合同用）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="127" />
            <source>Branch telephone (letters)</source>
            <translation>网点电话（函件用）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/service_messages.py" line="128" />
            <source>Borrower signs by</source>
            <translation>借款人签署方式</translation>
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
        <name>SignatureDialog</name>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="123" />
            <source>Borrower signature</source>
            <translation>借款人签名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="127" />
            <source>Borrower's full name</source>
            <translation>借款人全名</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="129" />
            <source>I, %1, have read this contract and agree to sign it electronically.</source>
            <translation>本人 %1 已阅读本合同，同意以电子方式签署。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="134" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="150" />
            <source>%1, please sign in the box below.</source>
            <translation>%1，请在下方框内签名。</translation>
        </message>
        <message>
            <location filename="../../workstation/views/signature_pad.py" line="152" />
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
            <location filename="../../workstation/views/sync_view.py" line="30" />
            <source>Your password for head office</source>
            <translation>您的总部密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="31" />
            <source>Connect</source>
            <translation>连接</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="33" />
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="38" />
            <source>Recorded (UTC)</source>
            <translation>记录时间（UTC）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="39" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="40" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="55" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="60" />
            <source>Head-office password</source>
            <translation>总部密码</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="65" />
            <source>Changes head office refused (nothing is lost: the reason says what to do)</source>
            <translation>总部拒绝的变更（数据不会丢失：原因一栏说明如何处理）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="80" />
            <source>Server %1, branch %2</source>
            <translation>服务器 %1，网点 %2</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_view.py" line="85" />
            <source>Last problem: %1</source>
            <translation>最近问题：%1</translation>
        </message>
    </context>
    <context>
        <name>SyncWorker</name>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="96" />
            <source>Sync: not configured</source>
            <translation>同步：未配置</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="97" />
            <source>%1 pending</source>
            <translation>%1 项待同步</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="99" />
            <source>Sync: synchronising… (%1)</source>
            <translation>同步：正在同步…（%1）</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="101" />
            <source>retry in %1 s</source>
            <translation>%1 秒后重试</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="103" />
            <source>Sync: %1 — %2, %3</source>
            <translation>同步：%1 — %2，%3</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="109" />
            <source>Sync: offline (%1) — open Sync to connect</source>
            <translation>同步：离线（%1）— 请打开“同步”进行连接</translation>
        </message>
        <message>
            <location filename="../../workstation/views/sync_worker.py" line="111" />
            <source>Sync: %1, last %2</source>
            <translation>同步：%1，上次 %2</translation>
        </message>
    </context>
</TS>
