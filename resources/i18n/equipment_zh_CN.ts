<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>EquipmentDialog</name>
    <message>
        <source>Add equipment</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Edit equipment</source>
        <translation>编辑设备</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;tation:</source>
        <translation>工位(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>生产厂家(&amp;M)：</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>型号(&amp;O)：</translation>
    </message>
    <message>
        <source>Se&amp;rial number:</source>
        <translation>序列号(&amp;R)：</translation>
    </message>
    <message>
        <source>Suppli&amp;er:</source>
        <translation>供应商(&amp;E)：</translation>
    </message>
    <message>
        <source>Supplier cont&amp;act:</source>
        <translation>供应商联系方式(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Purchased:</source>
        <translation>购买日期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;In service since:</source>
        <translation>启用日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Warranty until:</source>
        <translation>保修截止(&amp;W)：</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>EquipmentDialogs</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>— pick your name —</source>
        <translation>— 选择你的名字 —</translation>
    </message>
</context>
<context>
    <name>EquipmentStatus</name>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>报废</translation>
    </message>
</context>
<context>
    <name>EquipmentTab</name>
    <message>
        <source>&amp;Add equipment…</source>
        <translation>添加设备(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Add &amp;plan…</source>
        <translation>添加计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Record &amp;work…</source>
        <translation>记录维护保养(&amp;W)…</translation>
    </message>
    <message>
        <source>Report &amp;fault…</source>
        <translation>故障报修(&amp;F)…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>更改状态(&amp;S)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Open faults</source>
        <translation>未关闭故障</translation>
    </message>
    <message>
        <source>Manufacturer / model</source>
        <translation>厂家 / 型号</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Every (days)</source>
        <translation>间隔（天）</translation>
    </message>
    <message>
        <source>Equipment status</source>
        <translation>设备状态</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Time to repair (h)</source>
        <translation>修复用时（小时）</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation>原定到期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Parts / cost</source>
        <translation>配件 / 费用</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>设备台账</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>待维护保养</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>故障报修</translation>
    </message>
    <message>
        <source>Work history</source>
        <translation>维护保养记录</translation>
    </message>
    <message>
        <source>Only the owner changes the register.</source>
        <translation>只有店长可以修改设备台账。</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Overdue by %n day(s)</source>
        <translation>已逾期 %n 天</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>%1 items · %2 overdue · %3 due within 14 days · %4 out of service · %5 open faults</source>
        <translation>共 %1 台 · 逾期 %2 项 · 14 天内到期 %3 项 · 停用 %4 台 · 未关闭故障 %5 项</translation>
    </message>
    <message>
        <source>Maintenance due (%1 overdue)</source>
        <translation>待维护保养（逾期 %1 项）</translation>
    </message>
    <message>
        <source>No equipment yet: the owner adds it with “Add equipment…”.</source>
        <translation>还没有设备：店长可点“添加设备…”录入。</translation>
    </message>
    <message>
        <source>Select a piece of equipment first.</source>
        <translation>请先选择一台设备。</translation>
    </message>
    <message>
        <source>%1 has no open task or fault.</source>
        <translation>%1 没有待办任务或未关闭的故障。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Please enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>An asset cannot go into service before it was bought.</source>
        <translation>设备启用日期不能早于购买日期。</translation>
    </message>
    <message>
        <source>No equipment with id {id}.</source>
        <translation>没有编号为 {id} 的设备。</translation>
    </message>
    <message>
        <source>Another asset has serial number {serial}.</source>
        <translation>已有其他设备使用序列号 {serial}。</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>This asset is scrapped.</source>
        <translation>该设备已报废。</translation>
    </message>
    <message>
        <source>Repairs are not planned.</source>
        <translation>维修不能作为计划任务。</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 3660 days.</source>
        <translation>间隔必须在 1 到 3660 天之间。</translation>
    </message>
    <message>
        <source>The cost must be a number.</source>
        <translation>费用必须是数字。</translation>
    </message>
    <message>
        <source>Work is either for a maintenance plan or for a fault.</source>
        <translation>工作记录须对应一项维护保养计划或一次故障报修。</translation>
    </message>
    <message>
        <source>No maintenance plan with id {id}.</source>
        <translation>没有编号为 {id} 的维护保养计划。</translation>
    </message>
    <message>
        <source>No fault report with id {id}.</source>
        <translation>没有编号为 {id} 的故障报修。</translation>
    </message>
    <message>
        <source>This fault is already closed.</source>
        <translation>该故障已关闭。</translation>
    </message>
    <message>
        <source>Describe the fault.</source>
        <translation>请描述故障。</translation>
    </message>
</context>
<context>
    <name>FaultDialog</name>
    <message>
        <source>Report a fault</source>
        <translation>故障报修</translation>
    </message>
    <message>
        <source>A fault report opens a repair job.</source>
        <translation>故障报修会生成一项维修任务。</translation>
    </message>
    <message>
        <source>&amp;Equipment:</source>
        <translation>设备(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;What is wrong:</source>
        <translation>故障描述(&amp;W)：</translation>
    </message>
    <message>
        <source>Take it &amp;out of service now (bookings that need it are blocked)</source>
        <translation>立即停用(&amp;O)（需要该设备的预约将被阻止）</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报修(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MaintenanceKind</name>
    <message>
        <source>Overhaul</source>
        <translation>检修</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>清洁</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Add maintenance plan</source>
        <translation>添加维护保养计划</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Every (days):</source>
        <translation>间隔天数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;First due:</source>
        <translation>首次到期(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>新状态(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Scrap equipment</source>
        <translation>设备报废</translation>
    </message>
    <message>
        <source>Scrap %1? It stays in the register with its history but can never be used again.</source>
        <translation>确定将 %1 报废？它会连同历史记录保留在设备台账中，但不能再使用。</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>not due yet</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <source>Record maintenance work</source>
        <translation>记录维护保养</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>任务(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Parts:</source>
        <translation>更换配件(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>费用(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Done &amp;by:</source>
        <translation>执行人(&amp;B)：</translation>
    </message>
    <message>
        <source>Your P&amp;IN:</source>
        <translation>个人密码(&amp;I)：</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1，到期 %2</translation>
    </message>
    <message>
        <source>Repair: %1</source>
        <translation>维修：%1</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>用个人密码签名(&amp;S)</translation>
    </message>
    <message>
        <source>This asset has no open task or fault.</source>
        <translation>该设备没有待办任务或未关闭的故障。</translation>
    </message>
    <message>
        <source>Pick your name first.</source>
        <translation>请先选择你的名字。</translation>
    </message>
</context>
<context>
    <name>WorkResult</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>Not repairable</source>
        <translation>无法修复</translation>
    </message>
</context>
</TS>
