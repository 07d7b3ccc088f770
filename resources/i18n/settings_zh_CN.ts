<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Unknown setting: {field}.</source>
        <translation>未知设置：{field}。</translation>
    </message>
    <message>
        <source>The salon needs a name.</source>
        <translation>请填写门店名称。</translation>
    </message>
    <message>
        <source>Unknown time zone: {value}.</source>
        <translation>未知时区：{value}。</translation>
    </message>
    <message>
        <source>Unknown phone region: {value}.</source>
        <translation>未知电话地区：{value}。</translation>
    </message>
    <message>
        <source>A closed day is not a valid date.</source>
        <translation>休息日不是有效日期。</translation>
    </message>
    <message>
        <source>Unknown language: {value}.</source>
        <translation>未知语言：{value}。</translation>
    </message>
    <message>
        <source>The refund limit must be a number.</source>
        <translation>退款限额必须是数字。</translation>
    </message>
    <message>
        <source>The screen lock time (minutes)</source>
        <translation>自动锁屏时间（分钟）</translation>
    </message>
    <message>
        <source>The number of daily backups kept</source>
        <translation>保留的每日备份份数</translation>
    </message>
    <message>
        <source>The number of weekly backups kept</source>
        <translation>保留的每周备份份数</translation>
    </message>
    <message>
        <source>The number of monthly backups kept</source>
        <translation>保留的每月备份份数</translation>
    </message>
    <message>
        <source>The late time (minutes)</source>
        <translation>迟到时间（分钟）</translation>
    </message>
    <message>
        <source>The no-show time (minutes)</source>
        <translation>爽约时间（分钟）</translation>
    </message>
    <message>
        <source>The largest evidence file (MB)</source>
        <translation>证据文件大小上限（MB）</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}.</source>
        <translation>{name}必须介于 {low} 与 {high} 之间。</translation>
    </message>
    <message>
        <source>Opening hours for {day} must be HH:MM–HH:MM, opening first.</source>
        <translation>{day} 的营业时间格式须为 HH:MM–HH:MM，且开门时间在前。</translation>
    </message>
    <message>
        <source>Unknown figure: {value}.</source>
        <translation>未知指标：{value}。</translation>
    </message>
    <message>
        <source>The target for {value} must be between {low} and {high}.</source>
        <translation>{value} 的目标值必须介于 {low} 与 {high} 之间。</translation>
    </message>
    <message>
        <source>A booking can be offered as a no-show only after it shows as late: set at least {grace} min (the late time).</source>
        <translation>预约须先显示为迟到，才能列为爽约候选：请至少设为 {grace} 分钟（迟到时间）。</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
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
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>撤销修改(&amp;U)</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>与电脑一致</translation>
    </message>
    <message>
        <source>Takes effect when SalonDesk is next started.</source>
        <translation>下次启动 SalonDesk 时生效。</translation>
    </message>
    <message>
        <source>Salon &amp;name:</source>
        <translation>门店名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>电话区号地区(&amp;R)：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Opening hours and closed days</source>
        <translation>营业时间与休息日</translation>
    </message>
    <message>
        <source>Closed days (holidays):</source>
        <translation>休息日（节假日）：</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <source>Commitment targets (printed in the monthly report)</source>
        <translation>服务承诺目标值（印在月度合规报告中）</translation>
    </message>
    <message>
        <source>Default: {value}</source>
        <translation>默认：{value}</translation>
    </message>
    <message>
        <source>Reset targets to the defaults</source>
        <translation>目标值恢复默认</translation>
    </message>
    <message>
        <source>Counter and complaints</source>
        <translation>前台与投诉</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Lock the screen after (no input):</source>
        <translation>无操作自动锁屏时间：</translation>
    </message>
    <message>
        <source>A booking shows as late this long after its start:</source>
        <translation>预约开始后多久显示为迟到：</translation>
    </message>
    <message>
        <source>…and is offered as a no-show this long after its start:</source>
        <translation>……预约开始后多久列为爽约候选：</translation>
    </message>
    <message>
        <source>Refunds above this need the owner:</source>
        <translation>超过此金额的退款需店长批准：</translation>
    </message>
    <message>
        <source>Remedies offered for complaints:</source>
        <translation>投诉可用的处理方案：</translation>
    </message>
    <message>
        <source>Largest evidence file or photo:</source>
        <translation>证据文件或照片的大小上限：</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Keep one backup for each of the last:</source>
        <translation>保留最近每天、每周、每月各一份备份：</translation>
    </message>
    <message>
        <source>Space used:</source>
        <translation>占用空间：</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} GB</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Last good backup:</source>
        <translation>上次有效备份：</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backups of a database server are made on the server.</source>
        <translation>数据库服务器的备份在服务器上进行。</translation>
    </message>
    <message>
        <source>{size} in {folder} (files: {files})</source>
        <translation>{folder} 中共 {size}（{files} 个文件）</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <source>{when} — {file}</source>
        <translation>{when} — {file}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The new language is used when SalonDesk is next started.</source>
        <translation>新的界面语言将在下次启动 SalonDesk 时使用。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>Customers served within 15 min</source>
        <translation>顾客等待不超过 15 分钟</translation>
    </message>
    <message>
        <source>Appointment punctuality</source>
        <translation>预约准时率</translation>
    </message>
    <message>
        <source>Services by a certified technician</source>
        <translation>持证技师服务率</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>顾客满意度</translation>
    </message>
    <message>
        <source>Customer satisfaction over 12 months</source>
        <translation>12 个月客户满意度</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message>
        <source>Satisfied with cleanliness</source>
        <translation>环境卫生满意度</translation>
    </message>
    <message>
        <source>Satisfied with privacy</source>
        <translation>客户隐私满意度</translation>
    </message>
    <message>
        <source>Hygiene checklist completion</source>
        <translation>卫生检查表完成率</translation>
    </message>
    <message>
        <source>Late checklist entries (count)</source>
        <translation>补记（迟录）条数</translation>
    </message>
    <message>
        <source>Open hygiene failures at month end (count)</source>
        <translation>月末未整改的卫生不合格项（条）</translation>
    </message>
    <message>
        <source>Maintenance on time</source>
        <translation>设备按时维护保养率</translation>
    </message>
    <message>
        <source>Overdue maintenance at month end (count)</source>
        <translation>月末逾期未维护保养（项）</translation>
    </message>
    <message>
        <source>Staff trained in the quarter</source>
        <translation>本季度员工培训覆盖率</translation>
    </message>
    <message>
        <source>Training assessments passed</source>
        <translation>培训考核合格率</translation>
    </message>
    <message>
        <source>Training satisfaction</source>
        <translation>培训满意度</translation>
    </message>
    <message>
        <source>Complaints answered within 48 h</source>
        <translation>投诉 48 小时内首次响应</translation>
    </message>
    <message>
        <source>Investigation started within 24 h</source>
        <translation>24 小时内开始调查</translation>
    </message>
    <message>
        <source>Complaints resolved within 30 days</source>
        <translation>投诉 30 天内解决</translation>
    </message>
    <message>
        <source>Follow-up call within 7 days</source>
        <translation>7 天内回访</translation>
    </message>
    <message>
        <source>Complaint handling satisfaction</source>
        <translation>投诉处理满意度</translation>
    </message>
    <message>
        <source>Privacy complaints (count)</source>
        <translation>隐私投诉（条）</translation>
    </message>
</context>
</TS>
