<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The computer&apos;s clock is earlier than the newest record. The anomaly was recorded; check the clock.</source>
        <translation>电脑时钟早于最新一条记录的时间。已记录此异常，请检查时钟。</translation>
    </message>
    <message>
        <source>Please enter the template&apos;s name.</source>
        <translation>请输入检查表名称。</translation>
    </message>
    <message>
        <source>A checklist needs at least one item.</source>
        <translation>检查表至少需要一个检查项。</translation>
    </message>
    <message>
        <source>A lower limit is above its upper limit.</source>
        <translation>下限高于上限。</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Every item needs an answer.</source>
        <translation>每个检查项都需要填写结果。</translation>
    </message>
    <message>
        <source>Item {number} needs its {value}.</source>
        <translation>第 {number} 项需要填写{value}。</translation>
    </message>
    <message>
        <source>“{item}” failed: enter the corrective action (what was done, or who must do it by when).</source>
        <translation>“{item}”不合格：请填写纠正措施（已采取的措施，或由谁在何时之前完成）。</translation>
    </message>
    <message>
        <source>“{item}” failed: say who must put it right and by when.</source>
        <translation>“{item}”不合格：请指定负责人和完成期限。</translation>
    </message>
    <message>
        <source>No checklist with id {id}.</source>
        <translation>没有编号为 {id} 的检查表。</translation>
    </message>
    <message>
        <source>No checklist record with id {id}.</source>
        <translation>没有编号为 {id} 的检查记录。</translation>
    </message>
    <message>
        <source>A correction must use the same checklist.</source>
        <translation>更正记录必须使用同一检查表。</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>更正记录需要填写原因。</translation>
    </message>
    <message>
        <source>This checklist has a newer version; reopen it.</source>
        <translation>此检查表已有新版本，请重新打开。</translation>
    </message>
    <message>
        <source>Pick the station this log is for.</source>
        <translation>请选择此记录对应的工位。</translation>
    </message>
    <message>
        <source>A per-customer log is made for today only.</source>
        <translation>一客一消毒记录只能记当天的。</translation>
    </message>
    <message>
        <source>A checklist cannot be signed for a future period.</source>
        <translation>不能为未来的时段签署检查表。</translation>
    </message>
    <message>
        <source>This period has ended: a late entry needs a written reason.</source>
        <translation>该时段已结束：补记（迟录）需要书面说明原因。</translation>
    </message>
    <message>
        <source>A photo of this checklist is not in the database; attach it again.</source>
        <translation>此检查表的一张照片不在数据库中，请重新添加。</translation>
    </message>
    <message>
        <source>Say what was done to put it right.</source>
        <translation>请说明采取了什么措施。</translation>
    </message>
    <message>
        <source>No open corrective action with id {id}.</source>
        <translation>没有编号为 {id} 的未完成纠正措施。</translation>
    </message>
    <message>
        <source>This corrective action is already signed off.</source>
        <translation>此纠正措施已签字确认。</translation>
    </message>
    <message>
        <source>product</source>
        <translation>消毒剂</translation>
    </message>
    <message>
        <source>dilution (mg/L)</source>
        <translation>浓度（mg/L）</translation>
    </message>
    <message>
        <source>contact time (min)</source>
        <translation>作用时间（分钟）</translation>
    </message>
    <message>
        <source>temperature (°C)</source>
        <translation>温度（°C）</translation>
    </message>
    <message>
        <source>time mixed (HH:MM)</source>
        <translation>配制时间（时:分）</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>每位顾客</translation>
    </message>
</context>
<context>
    <name>HygieneDialogs</name>
    <message>
        <source>— pick your name —</source>
        <translation>— 选择你的名字 —</translation>
    </message>
</context>
<context>
    <name>HygieneTab</name>
    <message>
        <source>Hygiene</source>
        <translation>卫生消毒</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Missed — sign late with a reason</source>
        <translation>漏检 — 注明原因后补记</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>今日 · %1</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Per-customer disinfection logs (per station)</source>
        <translation>一客一消毒记录（按工位）</translation>
    </message>
    <message>
        <source>No checklists yet. The owner adds stations and templates under Setup.</source>
        <translation>还没有检查表。店长可在“设置与打印”中添加工位和检查表模板。</translation>
    </message>
    <message>
        <source>%1 done, %2 due, %3 missed or overdue · %4 open corrective actions</source>
        <translation>已完成 %1 项，待完成 %2 项，漏检或逾期 %3 项 · 未完成纠正措施 %4 项</translation>
    </message>
    <message>
        <source>Last: %1 at %2</source>
        <translation>最近：%1 于 %2</translation>
    </message>
    <message>
        <source>%1 · signed by %2 at %3</source>
        <translation>%1 · %2 于 %3 签名</translation>
    </message>
    <message>
        <source>Log a customer</source>
        <translation>记录一位顾客</translation>
    </message>
    <message>
        <source>Sign late…</source>
        <translation>补记…</translation>
    </message>
    <message>
        <source>View / correct</source>
        <translation>查看 / 更正</translation>
    </message>
    <message>
        <source>Tick now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Records are never changed: a correction is a new record that names this one, with a reason.</source>
        <translation>记录永不修改：更正是一条新记录，注明所更正的原记录和原因。</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Late entry</source>
        <translation>补记（迟录）</translation>
    </message>
    <message>
        <source>Entries today: %1</source>
        <translation>今日记录：%1</translation>
    </message>
    <message>
        <source>No entry yet</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <source>Done · %1 failed</source>
        <translation>已完成 · %1 项不合格</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>漏检</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Why late: %1</source>
        <translation>迟录原因：%1</translation>
    </message>
    <message>
        <source>Corrects No. %1: %2</source>
        <translation>更正第 %1 号：%2</translation>
    </message>
    <message>
        <source>Corrected by No. %1</source>
        <translation>已由第 %1 号更正</translation>
    </message>
    <message>
        <source>Clock anomaly recorded</source>
        <translation>已记录时钟异常</translation>
    </message>
    <message>
        <source>%1 records, %2 late, %3 corrections</source>
        <translation>共 %1 条记录，补记 %2 条，更正 %3 条</translation>
    </message>
    <message>
        <source>📷 Photo (double-click or Enter to view)</source>
        <translation>📷 照片（双击或按回车键查看）</translation>
    </message>
    <message>
        <source>Hygiene photo</source>
        <translation>卫生照片</translation>
    </message>
    <message>
        <source>Select a record to correct.</source>
        <translation>请先选择要更正的记录。</translation>
    </message>
    <message>
        <source>Failed on</source>
        <translation>不合格时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>By</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>&amp;Sign off…</source>
        <translation>签字确认(&amp;S)…</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>No open corrective actions.</source>
        <translation>没有未完成的纠正措施。</translation>
    </message>
    <message>
        <source>%1 open, %2 past their date</source>
        <translation>未完成 %1 项，已过期限 %2 项</translation>
    </message>
    <message>
        <source>Corrective actions (%1)</source>
        <translation>纠正措施（%1）</translation>
    </message>
    <message>
        <source>Select an action to sign off.</source>
        <translation>请先选择要签字确认的纠正措施。</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Add &amp;station…</source>
        <translation>添加工位(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Retire station</source>
        <translation>停用工位(&amp;R)</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <source>&amp;Edit template…</source>
        <translation>编辑模板(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>新建模板(&amp;N)…</translation>
    </message>
    <message>
        <source>Printouts</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Blank weekly sheets (PDF)…</source>
        <translation>空白周检查表（PDF）…</translation>
    </message>
    <message>
        <source>Paper sheets for a power cut: one page per checklist for next week.</source>
        <translation>停电时使用的纸质表：下周每个检查表一页。</translation>
    </message>
    <message>
        <source>Station logs for a month (PDF)…</source>
        <translation>各工位月度消毒记录（PDF）…</translation>
    </message>
    <message>
        <source>Setup &amp;&amp; print</source>
        <translation>设置与打印</translation>
    </message>
    <message>
        <source>Only the owner changes stations and templates.</source>
        <translation>只有店长可以修改工位和检查表模板。</translation>
    </message>
    <message>
        <source>items</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Retire station</source>
        <translation>停用工位</translation>
    </message>
    <message>
        <source>Retire %1? Its logs are kept.</source>
        <translation>停用 %1？其记录会保留。</translation>
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
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ItemResult</name>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>No service today</source>
        <translation>今日无此服务</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>Correction of record #%1</source>
        <translation>更正记录 #%1</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>技师(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>工位(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Late entry — reason:</source>
        <translation>补记（迟录）原因(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction:</source>
        <translation>更正原因(&amp;R)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Your &amp;PIN:</source>
        <translation>个人密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Why is this entered after its period ended?</source>
        <translation>为什么在时段结束后才录入？</translation>
    </message>
    <message>
        <source>&amp;All pass</source>
        <translation>全部合格(&amp;A)</translation>
    </message>
    <message>
        <source>Every item not answered yet passes; change any of them before signing.</source>
        <translation>尚未选择的项目全部记为合格；签名前仍可逐项更改。</translation>
    </message>
    <message>
        <source>Values are filled in from the last record: check them.</source>
        <translation>数值已按上次检查记录预填，请核对。</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>用个人密码签名(&amp;S)</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <source>Corrective action: what was done, or what must be done</source>
        <translation>纠正措施：已采取的措施，或需要采取的措施</translation>
    </message>
    <message>
        <source>Put right now</source>
        <translation>已当场纠正</translation>
    </message>
    <message>
        <source>— who —</source>
        <translation>— 负责人 —</translation>
    </message>
    <message>
        <source>A value is outside its limit: this item fails.</source>
        <translation>有数值超出限值：此项不合格。</translation>
    </message>
    <message>
        <source>Attach a photo</source>
        <translation>附加照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic)</translation>
    </message>
    <message>
        <source>Photo ✓</source>
        <translation>照片 ✓</translation>
    </message>
    <message>
        <source>Item %1 has no answer yet: tap Pass, Fail, N/A or No service.</source>
        <translation>第 %1 项还没有结果：请点“合格”“不合格”“不适用”或“今日无此服务”。</translation>
    </message>
    <message>
        <source>Pick your name first.</source>
        <translation>请先选择你的名字。</translation>
    </message>
</context>
<context>
    <name>SignoffDialog</name>
    <message>
        <source>Sign off a corrective action</source>
        <translation>纠正措施签字确认</translation>
    </message>
    <message>
        <source>Signed b&amp;y:</source>
        <translation>签字人(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>采取的措施(&amp;W)：</translation>
    </message>
    <message>
        <source>Your &amp;PIN:</source>
        <translation>个人密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>签字确认(&amp;S)</translation>
    </message>
    <message>
        <source>Pick your name first.</source>
        <translation>请先选择你的名字。</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <source>Add station</source>
        <translation>添加工位</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>StationKind</name>
    <message>
        <source>Chair</source>
        <translation>座椅</translation>
    </message>
    <message>
        <source>Shampoo bowl</source>
        <translation>洗头盆</translation>
    </message>
    <message>
        <source>Manicure table</source>
        <translation>美甲台</translation>
    </message>
    <message>
        <source>Foot spa</source>
        <translation>足浴盆</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Checklist template</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <source>Saving creates version %1; records made with older versions keep theirs.</source>
        <translation>保存后生成第 %1 版；用旧版本做的检查记录保持原版本不变。</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <source>Name (Chinese):</source>
        <translation>名称（中文）：</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>频次(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加检查项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>删除检查项(&amp;R)</translation>
    </message>
    <message>
        <source>Item (English)</source>
        <translation>检查项（英文）</translation>
    </message>
    <message>
        <source>Item (Chinese)</source>
        <translation>检查项（中文）</translation>
    </message>
    <message>
        <source>%1 limits</source>
        <translation>%1 限值</translation>
    </message>
    <message>
        <source>Limits: leave empty for no value; &apos;-&apos; for a value without limits; &apos;15&apos; or &apos;15-&apos; for at least 15; &apos;-40&apos; for at most 40; &apos;200-500&apos; for a range.</source>
        <translation>限值：留空表示不需填数值；“-”表示需填数值但无限值；“15”或“15-”表示不少于 15；“-40”表示不超过 40；“200-500”表示范围。</translation>
    </message>
</context>
<context>
    <name>ValueKind</name>
    <message>
        <source>Product</source>
        <translation>消毒剂</translation>
    </message>
    <message>
        <source>Dilution (mg/L)</source>
        <translation>浓度（mg/L）</translation>
    </message>
    <message>
        <source>Contact time (min)</source>
        <translation>作用时间（分钟）</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>温度（°C）</translation>
    </message>
    <message>
        <source>Time mixed (HH:MM)</source>
        <translation>配制时间（时:分）</translation>
    </message>
</context>
</TS>
