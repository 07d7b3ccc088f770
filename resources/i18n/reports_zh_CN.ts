<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CloseMonthDialog</name>
    <message>
        <source>Close %1</source>
        <translation>结月 %1</translation>
    </message>
    <message>
        <source>Closing %1 stores its report as of now — the figures, the PDF, the time, your name and the head of every register — and it never changes afterwards. Records entered later are listed as changes when the month is recomputed.</source>
        <translation>结月 %1 会存档此刻的报告——指标、PDF、时间、您的姓名和每个登记簿的链头——此后永不更改。之后录入的记录会在重新计算该月时作为变更列出。</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;PIN:</source>
        <translation>店长个人密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Close month</source>
        <translation>结月(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>请输入个人密码。</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>结月</translation>
    </message>
</context>
<context>
    <name>HygieneSheets</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>无此服务</translation>
    </message>
    <message>
        <source>{salon} · {title} · page {page}</source>
        <translation>{salon} · {title} · 第 {page} 页</translation>
    </message>
    <message>
        <source>Hygiene sheets for the week of {day}</source>
        <translation>卫生检查表（{day} 起一周）</translation>
    </message>
    <message>
        <source>Paper record for a power cut. Tick ✓ pass, X fail (write the corrective action below), — not applicable. Type it into SalonDesk as soon as possible: it is saved as a late entry with the reason “power cut”.</source>
        <translation>停电时的纸质记录。合格打 ✓，不合格打 X（在下方写明纠正措施），不适用画 —。恢复后请尽快录入 SalonDesk：系统将其保存为补记（迟录），原因填“停电”。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Date, time, initials</source>
        <translation>日期、时间、签名</translation>
    </message>
    <message>
        <source>No checklists are set up yet.</source>
        <translation>还没有设置检查表。</translation>
    </message>
    <message>
        <source>Disinfection log · {station} ({kind})</source>
        <translation>消毒记录 · {station}（{kind}）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contact time (min)</source>
        <translation>作用时间（分钟）</translation>
    </message>
    <message>
        <source>Record No. / notes</source>
        <translation>记录编号 / 备注</translation>
    </message>
    <message>
        <source>Station logs {month}</source>
        <translation>工位消毒记录 {month}</translation>
    </message>
    <message>
        <source>corrects #{id}</source>
        <translation>更正 #{id}</translation>
    </message>
    <message>
        <source>No entries this month.</source>
        <translation>本月无记录。</translation>
    </message>
    <message>
        <source>Entries: {count}. Checked by (owner): ______________  Date: __________</source>
        <translation>共 {count} 条。店长审核签名：______________  日期：__________</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Left without service</source>
        <translation>未服务离店</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Late entries</source>
        <translation>补记（迟录）</translation>
    </message>
    <message>
        <source>Overdue at month end</source>
        <translation>月末逾期</translation>
    </message>
    <message>
        <source>Out-of-service days</source>
        <translation>停用天数</translation>
    </message>
    <message>
        <source>Privacy complaints</source>
        <translation>隐私投诉</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>– n/a</source>
        <translation>– 不适用</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ 达标</translation>
    </message>
    <message>
        <source>× missed</source>
        <translation>× 未达标</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Result (counts)</source>
        <translation>结果（计数）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Met?</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>Monthly compliance report</source>
        <translation>月度合规报告</translation>
    </message>
    <message>
        <source>Month: {month}   Generated: {at} by {who}</source>
        <translation>月份：{month}&#x3000;生成时间：{at}&#x3000;生成人：{who}</translation>
    </message>
    <message>
        <source>Worst misses</source>
        <translation>最严重的未达标项</translation>
    </message>
    <message>
        <source>Every figure with a target met it.</source>
        <translation>所有设有目标值的指标均已达标。</translation>
    </message>
    <message>
        <source>{figure}: {value}, target {target}.</source>
        <translation>{figure}：{value}，目标值 {target}。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Training in the month</source>
        <translation>本月培训</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Record integrity</source>
        <translation>记录完整性</translation>
    </message>
    <message>
        <source>✓ chain intact</source>
        <translation>✓ 哈希链完整</translation>
    </message>
    <message>
        <source>(in progress)</source>
        <translation>（进行中）</translation>
    </message>
    <message>
        <source>no target (shown for information)</source>
        <translation>无目标值（仅供参考）</translation>
    </message>
    <message>
        <source>at least {value} %</source>
        <translation>不低于 {value} %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>at most {value}</source>
        <translation>不高于 {value}</translation>
    </message>
    <message>
        <source>at least {value}</source>
        <translation>不低于 {value}</translation>
    </message>
    <message>
        <source>no late entries</source>
        <translation>无补记</translation>
    </message>
    <message>
        <source>no failure left open at month end</source>
        <translation>月末无未整改的不合格项</translation>
    </message>
    <message>
        <source>nothing overdue at month end</source>
        <translation>月末无逾期项目</translation>
    </message>
    <message>
        <source>no privacy complaints</source>
        <translation>无隐私投诉</translation>
    </message>
    <message>
        <source>nobody left waiting</source>
        <translation>无顾客等候未获服务</translation>
    </message>
    <message>
        <source>Commitment (figure)</source>
        <translation>服务承诺（指标）</translation>
    </message>
    <message>
        <source>Judged as of {end}: events after it are not counted and deadlines run out at it at the latest. Records as entered by {at}.</source>
        <translation>按 {end} 评定：此后发生的事件不计入，期限最迟在此时刻截止。记录以 {at} 前录入的为准。</translation>
    </message>
    <message>
        <source>CLOSED on {at} by {who}: this is the month&apos;s stored report; it does not change.</source>
        <translation>已于 {at} 由 {who} 结月：这是本月存档的报告，不再改变。</translation>
    </message>
    <message>
        <source>RECOMPUTED: this month was closed on {at} by {who}; the stored report stays the month&apos;s record. What differs is listed under &quot;Changed since the month was closed&quot;.</source>
        <translation>重新计算：本月已于 {at} 由 {who} 结月，存档报告仍是本月的正式记录。不同之处列在“结月后的变更”中。</translation>
    </message>
    <message>
        <source>PROVISIONAL as of {at}: this month is not closed; its figures can still change.</source>
        <translation>临时（未结月），截至 {at}：本月尚未结月，指标仍可能变化。</translation>
    </message>
    <message>
        <source>Certificates on {day}, the month&apos;s last day</source>
        <translation>{day}（本月最后一天）的证书状态</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>× no certificate</source>
        <translation>× 无证书</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>On the last day</source>
        <translation>月末当天</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未考核</translation>
    </message>
    <message>
        <source>rated {rating}/5</source>
        <translation>评分 {rating}/5</translation>
    </message>
    <message>
        <source>✓ intact since the {month} close</source>
        <translation>✓ 自 {month} 结月以来完好</translation>
    </message>
    <message>
        <source>× broken at entry {entry}</source>
        <translation>× 在第 {entry} 条记录处断裂</translation>
    </message>
    <message>
        <source>Every register as of {at}: its entries and the start of its newest entry&apos;s hash. A paper copy is checked against the database with &quot;salondesk verify&quot;; the QR code holds the full hashes. Entries up to the last month close were verified by that close; &quot;salondesk verify --full&quot; recomputes every chain from its first entry.</source>
        <translation>截至 {at} 的各登记簿：记录条数及最新一条记录哈希值的开头部分。纸质版可用“salondesk verify”与数据库核对；二维码包含完整哈希值。上次结月之前的记录已在结月时核验；“salondesk verify --full”会从第一条记录起重新计算每条哈希链。</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Newest hash</source>
        <translation>最新哈希值</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>校验结果</translation>
    </message>
    <message>
        <source>No signed registers yet.</source>
        <translation>尚无签名登记簿。</translation>
    </message>
    <message>
        <source>Changed since the month was closed</source>
        <translation>结月后的变更</translation>
    </message>
    <message>
        <source>Closed on {at} by {who}.</source>
        <translation>已于 {at} 由 {who} 结月。</translation>
    </message>
    <message>
        <source>Nothing changed: the stored report still holds.</source>
        <translation>无变更：存档报告依然有效。</translation>
    </message>
    <message>
        <source>no longer: {item}</source>
        <translation>已不再：{item}</translation>
    </message>
    <message>
        <source>At the close</source>
        <translation>结月时</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Records that changed it</source>
        <translation>引起变化的记录</translation>
    </message>
    <message>
        <source>No figure changed.</source>
        <translation>没有指标变化。</translation>
    </message>
    <message>
        <source>Entries at the close</source>
        <translation>结月时条数</translation>
    </message>
    <message>
        <source>Entries now</source>
        <translation>现在条数</translation>
    </message>
    <message>
        <source>No register changed.</source>
        <translation>没有登记簿变化。</translation>
    </message>
    <message>
        <source>× expired</source>
        <translation>× 已过期</translation>
    </message>
    <message>
        <source>! valid, expires within {days} days ({left} left)</source>
        <translation>! 有效，{days} 天内到期（剩 {left} 天）</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ 有效</translation>
    </message>
    <message>
        <source>Owner sign-off</source>
        <translation>店长签字确认</translation>
    </message>
    <message>
        <source>I have reviewed this month&apos;s records and figures.</source>
        <translation>本人已审阅本月的记录与指标。</translation>
    </message>
    <message>
        <source>Name: {line}</source>
        <translation>姓名：{line}</translation>
    </message>
    <message>
        <source>Signature: {line}</source>
        <translation>签名：{line}</translation>
    </message>
    <message>
        <source>Date: {line}</source>
        <translation>日期：{line}</translation>
    </message>
    <message>
        <source>Closed {at} by {who}</source>
        <translation>已于 {at} 由 {who} 结月</translation>
    </message>
    <message>
        <source>RECOMPUTED as of {at}, not the closed report</source>
        <translation>重新计算（截至 {at}），非结月存档报告</translation>
    </message>
    <message>
        <source>PROVISIONAL as of {at}</source>
        <translation>临时（未结月），截至 {at}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>export of one customer</source>
        <translation>导出单个顾客档案</translation>
    </message>
    <message>
        <source>export of all customers</source>
        <translation>导出全部顾客档案</translation>
    </message>
    <message>
        <source>export of the whole salon</source>
        <translation>导出全店数据</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>删除顾客个人信息</translation>
    </message>
    <message>
        <source>customer left</source>
        <translation>顾客离开</translation>
    </message>
    <message>
        <source>still waiting at closing</source>
        <translation>打烊时仍在等待</translation>
    </message>
    <message>
        <source>{figure} target {value}</source>
        <translation>{figure} 目标值 {value}</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>无数据。</translation>
    </message>
    <message>
        <source>Daily median wait (min)</source>
        <translation>每日等待时间中位数（分钟）</translation>
    </message>
    <message>
        <source>median wait</source>
        <translation>等待时间中位数</translation>
    </message>
    <message>
        <source>Daily wait ≤ 15 min rate (R1, %)</source>
        <translation>每日等待 ≤ 15 分钟比例（R1，%）</translation>
    </message>
    <message>
        <source>R1 daily %</source>
        <translation>R1 每日 %</translation>
    </message>
    <message>
        <source>Customers who waited over 15 min</source>
        <translation>等待超过 15 分钟的顾客</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Waited (min)</source>
        <translation>已等待（分钟）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Services by uncertified technicians</source>
        <translation>非持证技师完成的服务</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Certificate needed</source>
        <translation>所需证书</translation>
    </message>
    <message>
        <source>None: every service was done by a certified technician.</source>
        <translation>无：所有服务均由持证技师完成。</translation>
    </message>
    <message>
        <source>Re-checks refused or late</source>
        <translation>被拒绝或超期的复查</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Hours after service</source>
        <translation>距服务（小时）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>late</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Satisfaction and NPS, this month and the previous 11</source>
        <translation>满意度与净推荐值：本月及前 11 个月</translation>
    </message>
    <message>
        <source>satisfaction %</source>
        <translation>满意度 %</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Quarter {first} to {last}; staff: technicians and receptionists.</source>
        <translation>季度 {first} 至 {last}；员工：技师和前台。</translation>
    </message>
    <message>
        <source>Staff without a training in the quarter</source>
        <translation>本季度尚未参加培训的员工</translation>
    </message>
    <message>
        <source>Everyone has attended a training.</source>
        <translation>所有员工均已参加培训。</translation>
    </message>
    <message>
        <source>late entry</source>
        <translation>补记</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>漏检</translation>
    </message>
    <message>
        <source>due</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>Daily checklists (initials of who signed)</source>
        <translation>每日检查表（签名人）</translation>
    </message>
    <message>
        <source>Per-customer logs (entries per station)</source>
        <translation>一客一消毒记录（各工位条数）</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Wait-time histogram (minutes:seconds → visits)</source>
        <translation>等候时间分布（分:秒 → 到店人次）</translation>
    </message>
    <message>
        <source>limit {minutes} min</source>
        <translation>上限 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Wait (min:s)</source>
        <translation>等候（分:秒）</translation>
    </message>
    <message>
        <source>Weekly and monthly checklists</source>
        <translation>每周和每月检查表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>No weekly or monthly checklist was due in the month.</source>
        <translation>本月没有应做的每周或每月检查。</translation>
    </message>
    <message>
        <source>Failures and corrective actions</source>
        <translation>不合格项与纠正措施</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>put right at once</source>
        <translation>已当场纠正</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格时间</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>确认完成</translation>
    </message>
    <message>
        <source>Maintenance due in the month</source>
        <translation>本月到期的维护保养</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Faults and repairs</source>
        <translation>故障报修与维修</translation>
    </message>
    <message>
        <source>still out of service</source>
        <translation>仍停用</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Item (station)</source>
        <translation>项目（工位）</translation>
    </message>
    <message>
        <source>Every device at month end (quarterly overhaul)</source>
        <translation>月末全部设备（每季度检修）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>no overhaul plan</source>
        <translation>无检修计划</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last overhaul</source>
        <translation>上次检修</translation>
    </message>
    <message>
        <source>Next overhaul due</source>
        <translation>下次检修到期</translation>
    </message>
    <message>
        <source>Faults (ever)</source>
        <translation>故障（累计）</translation>
    </message>
    <message>
        <source>No equipment registered.</source>
        <translation>未登记设备。</translation>
    </message>
    <message>
        <source>Out of use (reported → back in service)</source>
        <translation>停用期间（报修 → 恢复使用）</translation>
    </message>
    <message>
        <source>Hours to repair</source>
        <translation>维修时长（小时）</translation>
    </message>
    <message>
        <source>No fault was reported in the month.</source>
        <translation>本月无故障报修。</translation>
    </message>
    <message>
        <source>Downtime and reliability per asset</source>
        <translation>各设备停用时间与可靠性</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>故障次数</translation>
    </message>
    <message>
        <source>Mean time to repair (h)</source>
        <translation>平均修复时间（小时）</translation>
    </message>
    <message>
        <source>Mean time between faults (h)</source>
        <translation>平均故障间隔（小时）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
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
        <source>By severity</source>
        <translation>按严重程度</translation>
    </message>
    <message>
        <source>Complaints touched in the month</source>
        <translation>本月涉及的投诉</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Open complaints at month end</source>
        <translation>月末未结投诉</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>已持续（天）</translation>
    </message>
    <message>
        <source>Customer-data exports and erasures</source>
        <translation>顾客信息导出与删除</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>open at month end</source>
        <translation>月末未结</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
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
        <source>Save &amp;JSON…</source>
        <translation>保存 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>C&amp;lose month…</source>
        <translation>结月(&amp;L)…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Generate the report first.</source>
        <translation>请先生成报告。</translation>
    </message>
    <message>
        <source>This month is closed.</source>
        <translation>本月已结月。</translation>
    </message>
    <message>
        <source>A month can be closed from %1 on.</source>
        <translation>该月从 %1 起才能结月。</translation>
    </message>
    <message>
        <source>Store this month&apos;s report and register heads for good.</source>
        <translation>永久存档本月的报告和各登记簿链头。</translation>
    </message>
    <message>
        <source>Generating the report for %1…</source>
        <translation>正在生成 %1 的报告…</translation>
    </message>
    <message>
        <source>Closing %1…</source>
        <translation>正在结月 %1…</translation>
    </message>
    <message>
        <source>The month was not closed: %1</source>
        <translation>未能结月：%1</translation>
    </message>
    <message>
        <source>Report for %1: %2 pages. Provisional: the month is not closed.</source>
        <translation>%1 的报告：共 %2 页。临时（未结月）：该月尚未结月。</translation>
    </message>
    <message>
        <source>Report for %1: %2 pages, as stored when %3 closed the month on %4.</source>
        <translation>%1 的报告：共 %2 页，为 %3 于 %4 结月时存档的版本。</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>无法生成报告：%1</translation>
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
        <source>The PDF could not be saved in %1. Choose another folder.</source>
        <translation>无法在 %1 中保存 PDF。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Saved the PDF as %1</source>
        <translation>PDF 已保存为 %1</translation>
    </message>
    <message>
        <source>Save JSON</source>
        <translation>保存 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
</context>
</TS>
