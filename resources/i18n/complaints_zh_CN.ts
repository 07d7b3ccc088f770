<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ComplaintEntryDialog</name>
    <message>
        <source>%1 — %2. Signed by %3 with your PIN at the time you save.</source>
        <translation>%1 —— %2。保存时由 %3 用个人密码签名。</translation>
    </message>
    <message>
        <source>There was no follow-up call. Write down why none was possible; the complaint counts as not followed up (C4).</source>
        <translation>没有回访记录。请写明无法回访的原因；该投诉将计为未回访（C4）。</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 分（满分 5）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>What was &amp;said:</source>
        <translation>沟通内容(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Reason / &amp;details:</source>
        <translation>理由 / 详情(&amp;D)：</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;comment:</source>
        <translation>顾客意见(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>What is corrected and &amp;why:</source>
        <translation>更正内容及原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Why no follow-up call:</source>
        <translation>未回访原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Refunds above %1 need the owner.</source>
        <translation>超过 %1 的退款需店长批准。</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <source>Photos and PDF documents (*.png *.jpg *.jpeg *.heic *.pdf);;All files (*)</source>
        <translation>照片和 PDF 文件 (*.png *.jpg *.jpeg *.heic *.pdf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ComplaintIntakeDialog</name>
    <message>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>(no visit linked)</source>
        <translation>（不关联到店记录）</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>In person</source>
        <translation>到店当面</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>App / online</source>
        <translation>App / 网上</translation>
    </message>
    <message>
        <source>Review site</source>
        <translation>点评网站</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Product (after-sales)</source>
        <translation>产品（售后）</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>卫生</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Investigation started</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>补充证据</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>已告知顾客</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Owner alert acknowledged</source>
        <translation>店长已确认紧急提醒</translation>
    </message>
    <message>
        <source>Free redo</source>
        <translation>免费重做</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Staff training</source>
        <translation>员工培训</translation>
    </message>
    <message>
        <source>Staff warning</source>
        <translation>员工警告</translation>
    </message>
    <message>
        <source>No remedy (complaint not upheld)</source>
        <translation>不予处理（投诉不成立）</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已响应</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1: done on time</source>
        <translation>%1：已按时完成</translation>
    </message>
    <message>
        <source>%1: done %2 late</source>
        <translation>%1：超时%2完成</translation>
    </message>
    <message>
        <source>%1: overdue by %2</source>
        <translation>%1：已超时%2</translation>
    </message>
    <message>
        <source>%1: due soon, %2 left</source>
        <translation>%1：即将到期，剩余%2</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1：剩余%2</translation>
    </message>
    <message>
        <source>All deadlines met</source>
        <translation>各时限均已完成</translation>
    </message>
    <message>
        <source>Needs action now</source>
        <translation>需立即处理</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未结</translation>
    </message>
    <message>
        <source>All (13 months)</source>
        <translation>全部（近13个月）</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>投诉周报</translation>
    </message>
    <message>
        <source>Filter: number, customer, technician…</source>
        <translation>筛选：编号、顾客、技师…</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>新建投诉(&amp;N)…</translation>
    </message>
    <message>
        <source>Log a complaint (Ctrl+N)</source>
        <translation>登记投诉（Ctrl+N）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Owner: &amp;acknowledge</source>
        <translation>店长确认(&amp;A)</translation>
    </message>
    <message>
        <source>First &amp;response…</source>
        <translation>首次响应(&amp;R)…</translation>
    </message>
    <message>
        <source>Start &amp;investigation…</source>
        <translation>开始调查(&amp;I)…</translation>
    </message>
    <message>
        <source>Add e&amp;vidence…</source>
        <translation>补充证据(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Decision…</source>
        <translation>处理决定(&amp;D)…</translation>
    </message>
    <message>
        <source>Customer &amp;told…</source>
        <translation>已告知顾客(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;solved…</source>
        <translation>已解决(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Follow-up call…</source>
        <translation>回访(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>结案(&amp;L)…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新处理…</translation>
    </message>
    <message>
        <source>Correction…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Select a complaint to see its timeline.</source>
        <translation>选择一条投诉，查看处理记录。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation>所在周：</translation>
    </message>
    <message>
        <source>Open complaints past a deadline</source>
        <translation>已超时的未结投诉</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一时限</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>%1 need action now, %2 past a deadline, %3 open</source>
        <translation>需立即处理 %1 条，已超时 %2 条，未结 %3 条</translation>
    </message>
    <message>
        <source>Critical complaint %1: tell the owner</source>
        <translation>紧急投诉 %1：请告知店长</translation>
    </message>
    <message>
        <source>%1 complaint(s) past a deadline</source>
        <translation>%1 条投诉已超时</translation>
    </message>
    <message>
        <source>Complaints: no deadline missed</source>
        <translation>投诉：无超时</translation>
    </message>
    <message>
        <source>CRITICAL complaint %1 (%2): %3 — the owner must be told now.</source>
        <translation>紧急投诉 %1（%2）：%3 —— 必须立即告知店长。</translation>
    </message>
    <message>
        <source>(%1 more)</source>
        <translation>（另有 %1 条）</translation>
    </message>
    <message>
        <source>Nothing needs action now: every open complaint is on time. Press Ctrl+N to log a new one.</source>
        <translation>目前没有需要立即处理的投诉：所有未结投诉均在时限内。按 Ctrl+N 登记新投诉。</translation>
    </message>
    <message>
        <source>No complaints here. Press Ctrl+N to log a new complaint.</source>
        <translation>这里没有投诉。按 Ctrl+N 登记新投诉。</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>顾客：</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>技师：</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务项目：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>批号：</translation>
    </message>
    <message>
        <source>Bought:</source>
        <translation>购买日期：</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>投诉内容：</translation>
    </message>
    <message>
        <source>What the customer wants:</source>
        <translation>顾客诉求：</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>录入于</translation>
    </message>
    <message>
        <source>Critical: the owner has not acknowledged it yet.</source>
        <translation>紧急：店长尚未确认。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation>投诉已登记</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>由 %1 批准</translation>
    </message>
    <message>
        <source>satisfaction %1/5</source>
        <translation>满意度 %1/5</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>corrects entry #%1</source>
        <translation>更正记录 #%1</translation>
    </message>
    <message>
        <source>(corrected by entry #%1)</source>
        <translation>（已由记录 #%1 更正）</translation>
    </message>
    <message>
        <source>Sign with your PIN</source>
        <translation>用个人密码签名</translation>
    </message>
    <message>
        <source>%1, your PIN:</source>
        <translation>%1，请输入个人密码：</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 complaints, %2 open</source>
        <translation>投诉 %1 条，未结 %2 条</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Past a deadline now</source>
        <translation>当前已超时</translation>
    </message>
    <message>
        <source>What was learnt</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Complaints, week %1 – %2</source>
        <translation>投诉周报：%1 至 %2</translation>
    </message>
    <message>
        <source>Received %1 · resolved %2 · closed %3 · open now %4 · past a deadline %5</source>
        <translation>受理 %1 · 解决 %2 · 结案 %3 · 当前未结 %4 · 已超时 %5</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By technician</source>
        <translation>按技师</translation>
    </message>
    <message>
        <source>By service or product</source>
        <translation>按服务项目或产品</translation>
    </message>
    <message>
        <source>No training or warning decisions and no closing notes this week.</source>
        <translation>本周没有培训或警告决定，也没有结案说明。</translation>
    </message>
</context>
<context>
    <name>ComplaintsWeekly</name>
    <message>
        <source>Complaints — weekly summary</source>
        <translation>投诉周报</translation>
    </message>
    <message>
        <source>Week {first} – {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>Printed {when} by {who}</source>
        <translation>{who} 于 {when} 打印</translation>
    </message>
    <message>
        <source>Received this week</source>
        <translation>本周受理</translation>
    </message>
    <message>
        <source>Resolved this week</source>
        <translation>本周解决</translation>
    </message>
    <message>
        <source>Closed this week</source>
        <translation>本周结案</translation>
    </message>
    <message>
        <source>Open at the end of the week</source>
        <translation>周末未结</translation>
    </message>
    <message>
        <source>Past a deadline</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By technician</source>
        <translation>按技师</translation>
    </message>
    <message>
        <source>By service or product</source>
        <translation>按服务项目或产品</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Complaints past a deadline</source>
        <translation>已超时的投诉</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Deadline missed</source>
        <translation>超时环节</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Complaints received this week</source>
        <translation>本周受理的投诉</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>What was learnt</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>第 {n} 页</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Please choose a valid value for {field}.</source>
        <translation>请为 {field} 选择有效的值。</translation>
    </message>
    <message>
        <source>Please fill in {field}.</source>
        <translation>请填写 {field}。</translation>
    </message>
    <message>
        <source>The text in {field} is too long.</source>
        <translation>{field} 的内容过长。</translation>
    </message>
    <message>
        <source>Please describe what happened.</source>
        <translation>请描述投诉内容。</translation>
    </message>
    <message>
        <source>Pick the customer, or type the name of an unregistered customer.</source>
        <translation>请选择顾客，或填写未建档顾客的姓名。</translation>
    </message>
    <message>
        <source>The time received cannot be in the future.</source>
        <translation>受理时间不能晚于现在。</translation>
    </message>
    <message>
        <source>Say why the complaint is recorded later than it arrived.</source>
        <translation>请说明为何晚于收到时间录入。</translation>
    </message>
    <message>
        <source>A product case needs the product name.</source>
        <translation>售后产品投诉需填写产品名称。</translation>
    </message>
    <message>
        <source>The purchase date cannot be in the future.</source>
        <translation>购买日期不能晚于今天。</translation>
    </message>
    <message>
        <source>No service record with id {id}.</source>
        <translation>没有编号为 {id} 的服务记录。</translation>
    </message>
    <message>
        <source>No visit with id {id}.</source>
        <translation>没有编号为 {id} 的到店记录。</translation>
    </message>
    <message>
        <source>No staff member with id {id}.</source>
        <translation>没有编号为 {id} 的员工。</translation>
    </message>
    <message>
        <source>No customer with id {id}.</source>
        <translation>没有编号为 {id} 的顾客。</translation>
    </message>
    <message>
        <source>Another computer saved a complaint at the same moment; please save again.</source>
        <translation>另一台电脑同时保存了投诉，请再保存一次。</translation>
    </message>
    <message>
        <source>No complaint with id {id}.</source>
        <translation>没有编号为 {id} 的投诉。</translation>
    </message>
    <message>
        <source>The amount must be a number.</source>
        <translation>金额必须是数字。</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>金额必须大于 0。</translation>
    </message>
    <message>
        <source>This complaint is closed. Reopen it first.</source>
        <translation>该投诉已结案，请先重新处理。</translation>
    </message>
    <message>
        <source>A complaint is received only once.</source>
        <translation>一条投诉只能受理一次。</translation>
    </message>
    <message>
        <source>Write down what was said to the customer.</source>
        <translation>请写下与顾客沟通的内容。</translation>
    </message>
    <message>
        <source>The investigation has already started.</source>
        <translation>调查已经开始。</translation>
    </message>
    <message>
        <source>Describe the evidence.</source>
        <translation>请描述证据。</translation>
    </message>
    <message>
        <source>Start the investigation before deciding.</source>
        <translation>请先开始调查，再作处理决定。</translation>
    </message>
    <message>
        <source>This complaint is already resolved. Reopen it first.</source>
        <translation>该投诉已解决，请先重新处理。</translation>
    </message>
    <message>
        <source>This remedy is not offered (see Settings).</source>
        <translation>未提供该处理方案（见设置）。</translation>
    </message>
    <message>
        <source>Give the reason the product case is rejected.</source>
        <translation>请填写拒绝售后申请的理由。</translation>
    </message>
    <message>
        <source>Enter the refund amount.</source>
        <translation>请填写退款金额。</translation>
    </message>
    <message>
        <source>A refund above {limit} must be approved by the owner.</source>
        <translation>超过 {limit} 的退款必须由店长批准。</translation>
    </message>
    <message>
        <source>Returns and exchanges are for purchases within 7 days; only the owner can make an exception.</source>
        <translation>退换货限购买后 7 天内；只有店长可以破例。</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>请填写处理决定的理由。</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this: {permission}.</source>
        <translation>您的角色（{role}）无权执行此操作：{permission}。</translation>
    </message>
    <message>
        <source>Record the decision before telling the customer.</source>
        <translation>请先记录处理决定，再告知顾客。</translation>
    </message>
    <message>
        <source>This complaint is already resolved.</source>
        <translation>该投诉已解决。</translation>
    </message>
    <message>
        <source>A complaint cannot be resolved before a decision.</source>
        <translation>尚未作出处理决定，投诉不能标记为已解决。</translation>
    </message>
    <message>
        <source>Tell the customer the decision before resolving.</source>
        <translation>请先将处理决定告知顾客，再标记为已解决。</translation>
    </message>
    <message>
        <source>The follow-up call comes after the resolution.</source>
        <translation>回访须在投诉解决之后进行。</translation>
    </message>
    <message>
        <source>The follow-up call is already recorded.</source>
        <translation>回访已经记录。</translation>
    </message>
    <message>
        <source>Only the owner can close a critical complaint.</source>
        <translation>只有店长可以结案紧急投诉。</translation>
    </message>
    <message>
        <source>There was no follow-up call: write down why none was possible before closing.</source>
        <translation>没有回访记录：结案前请写明无法回访的原因。</translation>
    </message>
    <message>
        <source>Satisfaction is from 1 to 5.</source>
        <translation>满意度为 1 至 5 分。</translation>
    </message>
    <message>
        <source>A complaint cannot be closed before it is resolved.</source>
        <translation>投诉解决之前不能结案。</translation>
    </message>
    <message>
        <source>Say why the complaint is escalated.</source>
        <translation>请说明升级投诉的原因。</translation>
    </message>
    <message>
        <source>Only a resolved or closed complaint can be reopened.</source>
        <translation>只有已解决或已结案的投诉才能重新处理。</translation>
    </message>
    <message>
        <source>Say why the complaint is reopened.</source>
        <translation>请说明重新处理的原因。</translation>
    </message>
    <message>
        <source>Say what is corrected and why.</source>
        <translation>请说明更正的内容及原因。</translation>
    </message>
    <message>
        <source>Pick the entry of this complaint that is corrected.</source>
        <translation>请选择本投诉中被更正的记录。</translation>
    </message>
    <message>
        <source>There is no owner alert to acknowledge.</source>
        <translation>没有需要店长确认的提醒。</translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation>无法读取文件 {name}。</translation>
    </message>
</context>
</TS>
