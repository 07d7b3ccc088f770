<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AbsenceKind</name>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>修改预约</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>(choose the service)</source>
        <translation>（请选择服务项目）</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation>过敏：%1</translation>
    </message>
    <message>
        <source>Contraindication: %1</source>
        <translation>禁忌症：%1</translation>
    </message>
    <message>
        <source>Skin condition: %1</source>
        <translation>皮肤状况：%1</translation>
    </message>
    <message>
        <source>Choose the service.</source>
        <translation>请选择服务项目。</translation>
    </message>
    <message>
        <source>To book anyway, give the reason below and save again.</source>
        <translation>如仍要预约，请在下方填写原因后再次保存。</translation>
    </message>
    <message>
        <source>Only the owner can override this.</source>
        <translation>只有店长可以越过此规则。</translation>
    </message>
    <message>
        <source>Book with override</source>
        <translation>越过规则预约</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>顾客(&amp;C)：</translation>
    </message>
    <message>
        <source>Phone tail, name or pinyin initials</source>
        <translation>手机尾号、姓名或拼音首字母</translation>
    </message>
    <message>
        <source>Or guest:</source>
        <translation>或非会员：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务项目(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>技师(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>St&amp;ation:</source>
        <translation>工位(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>重复(&amp;R)</translation>
    </message>
    <message>
        <source>every</source>
        <translation>每</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Reason for overriding the rule (kept in the audit trail)</source>
        <translation>越过规则的原因（记入操作日志）</translation>
    </message>
</context>
<context>
    <name>AppointmentStatus</name>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Left without service</source>
        <translation>未服务离店</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>前一天（Alt+←）</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>后一天（Alt+→）</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>Technician shown in the week and list views</source>
        <translation>周视图和列表中显示的技师</translation>
    </message>
    <message>
        <source>&amp;New appointment</source>
        <translation>新建预约(&amp;N)</translation>
    </message>
    <message>
        <source>Book in the selected slot (Ctrl+N)</source>
        <translation>在所选时段预约（Ctrl+N）</translation>
    </message>
    <message>
        <source>Confirmation &amp;calls…</source>
        <translation>确认电话(&amp;C)…</translation>
    </message>
    <message>
        <source>Export .&amp;ics…</source>
        <translation>导出 .ics(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Services…</source>
        <translation>服务项目(&amp;S)…</translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>排班(&amp;H)…</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约簿</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>全部技师</translation>
    </message>
    <message>
        <source>No appointments. Double-click a free slot or press Enter on it to book.</source>
        <translation>暂无预约。双击空闲时段或在其上按回车即可预约。</translation>
    </message>
    <message>
        <source>%1 appointments, %2 cancelled, %3 no-shows, %4 with safety warnings</source>
        <translation>%1 个预约，%2 个已取消，%3 个爽约，%4 个有安全警示</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Why is it cancelled? (kept with the appointment)</source>
        <translation>取消原因？（随预约保存）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>确认(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>取消(&amp;C)…</translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation>标记爽约(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel this and later in the &amp;series…</source>
        <translation>取消本次及之后的重复预约(&amp;S)…</translation>
    </message>
    <message>
        <source>Cancel series</source>
        <translation>取消重复预约</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>取消原因？</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>导出排班</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
</context>
<context>
    <name>BufferHolds</name>
    <message>
        <source>Station busy, technician free</source>
        <translation>工位占用，技师空闲</translation>
    </message>
    <message>
        <source>Technician busy, station free</source>
        <translation>技师占用，工位空闲</translation>
    </message>
    <message>
        <source>Technician and station busy</source>
        <translation>技师和工位均占用</translation>
    </message>
    <message>
        <source>No buffer</source>
        <translation>无缓冲时间</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Left message</source>
        <translation>已留言</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>尚未致电</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Service catalogue</source>
        <translation>服务项目目录</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>缓冲时间</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Equipment out of service</source>
        <translation>所需设备停用</translation>
    </message>
    <message>
        <source>Bookable</source>
        <translation>可预约</translation>
    </message>
    <message>
        <source>%1 services, %2 retired.</source>
        <translation>%1 个服务项目，%2 个已停用。</translation>
    </message>
    <message>
        <source>No services yet: press Add to create the first one.</source>
        <translation>还没有服务项目：点“新增”创建第一个。</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>恢复使用(&amp;B)</translation>
    </message>
    <message>
        <source>Retire service</source>
        <translation>停用服务项目</translation>
    </message>
    <message>
        <source>Retire %1? It can no longer be booked; its history is kept.</source>
        <translation>停用 %1？停用后不能再预约，历史记录保留。</translation>
    </message>
</context>
<context>
    <name>ConfirmationCallsDialog</name>
    <message>
        <source>Confirmation calls for %1</source>
        <translation>%1 的确认电话</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>最近一次致电</translation>
    </message>
    <message>
        <source>&amp;Confirmed</source>
        <translation>已确认(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Left message</source>
        <translation>已留言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation>无人接听(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>打印清单(&amp;P)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 appointments to confirm, %2 confirmed by phone.</source>
        <translation>%1 个预约待确认，%2 个已电话确认。</translation>
    </message>
    <message>
        <source>No appointments to confirm for this day.</source>
        <translation>当天没有需要确认的预约。</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <source>Confirmation calls for {day}</source>
        <translation>{day} 预约确认电话清单</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>致电结果</translation>
    </message>
    <message>
        <source>Confirmed / Left message / No answer</source>
        <translation>已确认 / 已留言 / 无人接听</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>共 {count} 个预约</translation>
    </message>
    <message>
        <source>No appointments to confirm.</source>
        <translation>没有需要确认的预约。</translation>
    </message>
    <message>
        <source>Printed {at}</source>
        <translation>打印时间 {at}</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Nobody is on duty this day. Set working hours in the schedule.</source>
        <translation>当天没有技师当班。请在排班中设置工作时间。</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>不上班</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>buffer</source>
        <translation>缓冲</translation>
    </message>
    <message>
        <source>(no customer file)</source>
        <translation>（无顾客档案）</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{technician} already has an appointment at {time}.</source>
        <translation>{technician} 在 {time} 已有预约。</translation>
    </message>
    <message>
        <source>The station is already booked at {time}.</source>
        <translation>该工位在 {time} 已被预约。</translation>
    </message>
    <message>
        <source>Equipment needed for this service is already booked at {time}.</source>
        <translation>此服务项目所需设备在 {time} 已被预约。</translation>
    </message>
    <message>
        <source>{technician} does not work at {time}.</source>
        <translation>{technician} 在 {time} 不上班。</translation>
    </message>
    <message>
        <source>The salon is not open at {time}.</source>
        <translation>门店在 {time} 不营业。</translation>
    </message>
    <message>
        <source>{technician} holds no valid certificate for this service on {day}.</source>
        <translation>{technician} 在 {day} 没有此服务项目的有效从业资格证书。</translation>
    </message>
    <message>
        <source>This colour service needs a valid patch test for the customer.</source>
        <translation>染发服务需要顾客有有效的皮试记录。</translation>
    </message>
    <message>
        <source>{device} is out of service since {since}: this service needs it.</source>
        <translation>{device} 自 {since} 起停用：此服务项目需要该设备。</translation>
    </message>
    <message>
        <source>{time} is in the past. Only the owner can enter a back-dated booking, with a reason.</source>
        <translation>{time} 已经过去。只有店长可以补录过去的预约，并须说明原因。</translation>
    </message>
    <message>
        <source>This service is retired and can no longer be booked.</source>
        <translation>此服务项目已停用，不能再预约。</translation>
    </message>
    <message>
        <source>Please enter the service&apos;s name.</source>
        <translation>请输入服务项目名称。</translation>
    </message>
    <message>
        <source>A service takes between 5 minutes and 12 hours.</source>
        <translation>服务时长须在 5 分钟到 12 小时之间。</translation>
    </message>
    <message>
        <source>The buffer must be between 0 and 240 minutes.</source>
        <translation>缓冲时间须在 0 到 240 分钟之间。</translation>
    </message>
    <message>
        <source>The price must be a number of 0 or more.</source>
        <translation>价格须为不小于 0 的数字。</translation>
    </message>
    <message>
        <source>Unknown service category.</source>
        <translation>未知的服务类别。</translation>
    </message>
    <message>
        <source>Unknown equipment.</source>
        <translation>未知的设备。</translation>
    </message>
    <message>
        <source>Unknown weekday.</source>
        <translation>未知的星期。</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>工作结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>The break must lie inside the working hours.</source>
        <translation>休息时间须在工作时间之内。</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Pick an active staff member.</source>
        <translation>请选择在职员工。</translation>
    </message>
    <message>
        <source>Pick a customer or enter the guest&apos;s name.</source>
        <translation>请选择顾客，或输入非会员顾客的姓名。</translation>
    </message>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation>预约结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>An appointment cannot last more than 12 hours.</source>
        <translation>一个预约不能超过 12 小时。</translation>
    </message>
    <message>
        <source>Unknown station.</source>
        <translation>未知的工位。</translation>
    </message>
    <message>
        <source>Repeat every 1 to 52 weeks, 2 to 52 times, or until a day.</source>
        <translation>重复间隔为 1 到 52 周，共 2 到 52 次，或重复到某一天。</translation>
    </message>
    <message>
        <source>An appointment that is {old} cannot become {new}.</source>
        <translation>状态为{old}的预约不能改为{new}。</translation>
    </message>
    <message>
        <source>Please give the reason for cancelling.</source>
        <translation>请填写取消原因。</translation>
    </message>
    <message>
        <source>An appointment can only be marked no-show after it was due.</source>
        <translation>预约时间到了以后才能标记爽约。</translation>
    </message>
    <message>
        <source>Only booked or confirmed appointments can be changed.</source>
        <translation>只有已预约或已确认的预约可以修改。</translation>
    </message>
    <message>
        <source>An override needs a written reason.</source>
        <translation>越过规则须填写原因。</translation>
    </message>
    <message>
        <source>Only the owner can override this rule: {rule}</source>
        <translation>只有店长可以越过此规则：{rule}</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Add leave</source>
        <translation>添加请假</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>技师：</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Staff schedule</source>
        <translation>员工排班</translation>
    </message>
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
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Add &amp;leave…</source>
        <translation>添加请假(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Cancel leave</source>
        <translation>取消请假(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Weekly hours (double-click or Enter to change; empty = not working):</source>
        <translation>每周工作时间（双击或按回车修改；留空 = 不上班）：</translation>
    </message>
    <message>
        <source>Leave and days off, from four weeks ago:</source>
        <translation>请假和休息日（自四周前起）：</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>%1: hours and break, e.g. 10:00-19:00 13:00-14:00 (empty: not working)</source>
        <translation>%1：工作时间和休息时间，例如 10:00-19:00 13:00-14:00（留空：不上班）</translation>
    </message>
    <message>
        <source>Write the hours as 10:00-19:00, optionally followed by the break.</source>
        <translation>请按 10:00-19:00 的格式填写工作时间，可在后面加上休息时间。</translation>
    </message>
</context>
<context>
    <name>ServiceCategory</name>
    <message>
        <source>Cut</source>
        <translation>剪发</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>染发</translation>
    </message>
    <message>
        <source>Perm</source>
        <translation>烫发</translation>
    </message>
    <message>
        <source>Styling</source>
        <translation>造型</translation>
    </message>
    <message>
        <source>Hair care</source>
        <translation>头发护理</translation>
    </message>
    <message>
        <source>Facial</source>
        <translation>面部护理</translation>
    </message>
    <message>
        <source>Manicure</source>
        <translation>美甲</translation>
    </message>
    <message>
        <source>Pedicure</source>
        <translation>足部护理</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>按摩</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Add service</source>
        <translation>新增服务项目</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>修改服务项目</translation>
    </message>
    <message>
        <source>Any certificate</source>
        <translation>任一从业资格证书</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>不需要工位</translation>
    </message>
</context>
</TS>
