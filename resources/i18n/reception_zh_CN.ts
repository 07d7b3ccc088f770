<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Customers</name>
    <message>
        <source>Left without service</source>
        <translation>未服务离店</translation>
    </message>
    <message>
        <source>Re-check / adjustment</source>
        <translation>免费复查 / 调整</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Choose a customer or enter the walk-in&apos;s name.</source>
        <translation>请选择顾客，或输入散客姓名。</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>姓名过长。</translation>
    </message>
    <message>
        <source>No visit with id {id}.</source>
        <translation>没有编号为 {id} 的到店记录。</translation>
    </message>
    <message>
        <source>This customer is no longer waiting.</source>
        <translation>该顾客已不在等待中。</translation>
    </message>
    <message>
        <source>This service has not started or is already finished.</source>
        <translation>该服务尚未开始或已结束。</translation>
    </message>
    <message>
        <source>This appointment is already checked in.</source>
        <translation>该预约已签到。</translation>
    </message>
    <message>
        <source>This appointment is cancelled, a no-show or already done.</source>
        <translation>该预约已取消、爽约或已完成。</translation>
    </message>
    <message>
        <source>No appointment with id {id}.</source>
        <translation>没有编号为 {id} 的预约。</translation>
    </message>
    <message>
        <source>Choose the technician who serves.</source>
        <translation>请选择服务的技师。</translation>
    </message>
    <message>
        <source>This technician is not active.</source>
        <translation>该技师已停用。</translation>
    </message>
    <message>
        <source>{name} is already serving another customer.</source>
        <translation>{name} 正在为其他顾客服务。</translation>
    </message>
    <message>
        <source>{name} holds no certificate valid today for this service. Give a reason to go ahead.</source>
        <translation>{name} 今日没有此服务项目所需的有效从业资格证书。如需继续，请填写原因。</translation>
    </message>
    <message>
        <source>Choose the service.</source>
        <translation>请选择服务项目。</translation>
    </message>
    <message>
        <source>Unknown or retired service.</source>
        <translation>服务项目不存在或已停用。</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>请填写所做的服务内容。</translation>
    </message>
    <message>
        <source>The salon is closed now (opening hours and closed days in Settings). To take a walk-in after hours anyway, write the reason in the note.</source>
        <translation>本店现在不在营业时间内（营业时间和休息日见“设置”）。如确需在营业时间外接待散客，请在备注中写明原因。</translation>
    </message>
    <message>
        <source>Satisfaction is 1 to 5.</source>
        <translation>满意度为 1 到 5 分。</translation>
    </message>
    <message>
        <source>Recommendation is 0 to 10.</source>
        <translation>推荐意愿为 0 到 10 分。</translation>
    </message>
    <message>
        <source>The cleanliness answer is 1 to 5.</source>
        <translation>卫生评分为 1 到 5。</translation>
    </message>
    <message>
        <source>The privacy answer is 1 to 5.</source>
        <translation>隐私评分为 1 到 5。</translation>
    </message>
    <message>
        <source>This visit has already been rated.</source>
        <translation>本次到店已评价。</translation>
    </message>
    <message>
        <source>Only a finished visit can be rated.</source>
        <translation>只有已完成的服务才能评价。</translation>
    </message>
    <message>
        <source>No service record with id {id}.</source>
        <translation>没有编号为 {id} 的服务记录。</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>{value} is not a valid phone number.</source>
        <translation>{value} 不是有效的电话号码。</translation>
    </message>
    <message>
        <source>A re-check cannot come before the service it checks.</source>
        <translation>复查不能早于原服务。</translation>
    </message>
    <message>
        <source>No customer with id {id}.</source>
        <translation>没有编号为 {id} 的顾客。</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>Finish service — service record</source>
        <translation>完成服务 — 服务记录</translation>
    </message>
    <message>
        <source>&amp;Work done:</source>
        <translation>服务内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Products / colour formula:</source>
        <translation>产品 / 染发配方(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {service} by {staff}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {service}，技师 {staff}</translation>
    </message>
    <message>
        <source>e.g. Wella Koleston 6/0 + 6 % 1:1, 35 min</source>
        <translation>例如：威娜 6/0 + 6% 双氧 1:1，停留 35 分钟</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>How was your visit?</source>
        <translation>您对本次服务满意吗？</translation>
    </message>
    <message>
        <source>How satisfied are you with today&apos;s service? (1 = not at all, 5 = very)</source>
        <translation>您对今天的服务满意吗？（1 = 非常不满意，5 = 非常满意）</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend? (0 = not at all, 10 = certainly)</source>
        <translation>您有多大可能向朋友推荐我们？（0 = 完全不可能，10 = 一定会）</translation>
    </message>
    <message>
        <source>How clean did you find the salon and the tools? (1 = not at all, 5 = very)</source>
        <translation>您觉得店内环境和工具干净吗？（1 = 很不干净，5 = 非常干净）</translation>
    </message>
    <message>
        <source>Did we treat your personal information with care? (1 = not at all, 5 = fully)</source>
        <translation>我们是否妥善保护了您的个人信息？（1 = 完全没有，5 = 非常妥善）</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>10+ min</source>
        <translation>已超 10 分钟</translation>
    </message>
    <message>
        <source>over 15 min</source>
        <translation>超过 15 分钟</translation>
    </message>
    <message>
        <source>nobody free today</source>
        <translation>今日无技师可接</translation>
    </message>
    <message>
        <source>{name} is not free today</source>
        <translation>{name} 今日无空</translation>
    </message>
    <message>
        <source>nobody on duty is certified for this service</source>
        <translation>当班技师均无此服务项目的有效证书</translation>
    </message>
    <message>
        <source>equipment out of service</source>
        <translation>所需设备已停用</translation>
    </message>
    <message>
        <source>due</source>
        <translation>待到店</translation>
    </message>
    <message>
        <source>late {minutes} min</source>
        <translation>迟到 {minutes} 分钟</translation>
    </message>
    <message>
        <source>no-show? (Del)</source>
        <translation>爽约？(Del)</translation>
    </message>
</context>
<context>
    <name>ReceptionDialogs</name>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name}（{minutes} 分钟）</translation>
    </message>
    <message>
        <source>any kind</source>
        <translation>任意类别</translation>
    </message>
    <message>
        <source>Allergy: {text}</source>
        <translation>过敏：{text}</translation>
    </message>
    <message>
        <source>Contraindication: {text}</source>
        <translation>禁忌症：{text}</translation>
    </message>
    <message>
        <source>Skin: {text}</source>
        <translation>皮肤状况：{text}</translation>
    </message>
    <message>
        <source>Patch test FAILED</source>
        <translation>皮试未通过</translation>
    </message>
    <message>
        <source>No patch test</source>
        <translation>无皮试记录</translation>
    </message>
    <message>
        <source>Patch test expired</source>
        <translation>皮试已过期</translation>
    </message>
    <message>
        <source>Patch test under 48 h</source>
        <translation>皮试未满 48 小时</translation>
    </message>
    <message>
        <source>Patch test</source>
        <translation>皮试</translation>
    </message>
    <message>
        <source>Out of service: {device} since {day}</source>
        <translation>设备停用：{device}，自 {day} 起</translation>
    </message>
</context>
<context>
    <name>ReceptionTab</name>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>接待</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>free re-check</source>
        <translation>免费复查</translation>
    </message>
    <message>
        <source>re-check, LATE</source>
        <translation>复查，已超 7 天</translation>
    </message>
    <message>
        <source>now · {who}</source>
        <translation>现在 · {who}</translation>
    </message>
    <message>
        <source>~{minutes} min · {who}</source>
        <translation>约 {minutes} 分钟 · {who}</translation>
    </message>
    <message>
        <source>arrived {time}</source>
        <translation>{time} 到店</translation>
    </message>
    <message>
        <source>booked {time}, arrived {arrived}</source>
        <translation>预约 {time}，{arrived} 到店</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>指定技师</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>不指定</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>预计等待</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Booked / arrived</source>
        <translation>预约 / 到店</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>预计结束</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>已评价</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>Check in (F3)</source>
        <translation>签到 (F3)</translation>
    </message>
    <message>
        <source>Walk-in (F2)</source>
        <translation>散客 (F2)</translation>
    </message>
    <message>
        <source>Start (F6)</source>
        <translation>开始服务 (F6)</translation>
    </message>
    <message>
        <source>Finish (F7)</source>
        <translation>完成服务 (F7)</translation>
    </message>
    <message>
        <source>Left without service (F8)</source>
        <translation>未服务离店 (F8)</translation>
    </message>
    <message>
        <source>No-show (Del)</source>
        <translation>爽约 (Del)</translation>
    </message>
    <message>
        <source>Mark the selected booking as a no-show: offered once it is past the no-show time or at closing</source>
        <translation>将所选预约记为爽约：超过爽约时限或打烊后可用</translation>
    </message>
    <message>
        <source>Re-check (F9)</source>
        <translation>免费复查 (F9)</translation>
    </message>
    <message>
        <source>Queue display (F10)</source>
        <translation>叫号屏 (F10)</translation>
    </message>
    <message>
        <source>To check in today</source>
        <translation>今日待签到</translation>
    </message>
    <message>
        <source>Finished today</source>
        <translation>今日已完成</translation>
    </message>
    <message>
        <source>Reception queue — waiting</source>
        <translation>接待队列 — 等待中</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>No more bookings to check in today. Walk-ins: press F2.</source>
        <translation>今日已无待签到的预约。散客请按 F2。</translation>
    </message>
    <message>
        <source>Nobody is waiting. Check in a booked customer (F3) or add a walk-in (F2).</source>
        <translation>当前无人等待。可为预约顾客签到 (F3) 或添加散客 (F2)。</translation>
    </message>
    <message>
        <source>Nobody is being served. Select a waiting customer and press F6.</source>
        <translation>当前无人在服务中。选择等待中的顾客后按 F6。</translation>
    </message>
    <message>
        <source>Finished services appear here. Select one in service and press F7.</source>
        <translation>完成的服务会显示在这里。选择服务中的顾客后按 F7。</translation>
    </message>
    <message>
        <source>New walk-in</source>
        <translation>新散客</translation>
    </message>
    <message>
        <source>New walk-in (F2)</source>
        <translation>新散客 (F2)</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Check in a booked customer (F3)</source>
        <translation>为预约顾客签到 (F3)</translation>
    </message>
    <message>
        <source>Today R1 wait ≤ 15 min: {rate}</source>
        <translation>今日 R1 等待 ≤ 15 分钟：{rate}</translation>
    </message>
    <message>
        <source>Today R3 punctuality: {rate}</source>
        <translation>今日 R3 预约准时率：{rate}</translation>
    </message>
    <message>
        <source>No technician free today</source>
        <translation>今日无空闲技师</translation>
    </message>
    <message>
        <source>Next free: {name}, now</source>
        <translation>最先空闲：{name}，现在</translation>
    </message>
    <message>
        <source>Next free: {name} at {time}</source>
        <translation>最先空闲：{name}，{time}</translation>
    </message>
    <message numerus="yes">
        <source>%n over 15 min today</source>
        <translation>
            <numerusform>今日 %n 人超过 15 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody over 15 min today</source>
        <translation>今日无人等待超过 15 分钟</translation>
    </message>
    <message>
        <source>To check in today: {count}</source>
        <translation>今日待签到：{count}</translation>
    </message>
    <message>
        <source>To check in today: {count} ({late} late, {no_show} no-show?)</source>
        <translation>今日待签到：{count}（{late} 个迟到，{no_show} 个可能爽约）</translation>
    </message>
    <message>
        <source>{waiting} waiting, {over} over 15 min</source>
        <translation>{waiting} 人等待，{over} 人超过 15 分钟</translation>
    </message>
    <message>
        <source>No booking selected. Walk-ins: press F2.</source>
        <translation>未选择预约。散客请按 F2。</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>当前无人等待。</translation>
    </message>
    <message>
        <source>Nobody is being served.</source>
        <translation>当前无人在服务中。</translation>
    </message>
    <message>
        <source>This visit has already been rated.</source>
        <translation>本次到店已评价。</translation>
    </message>
    <message>
        <source>Left without service</source>
        <translation>未服务离店</translation>
    </message>
    <message>
        <source>Record that {name} left without service?</source>
        <translation>确认记录 {name} 未接受服务即离店？</translation>
    </message>
    <message>
        <source>More than 7 days after the service: the re-check is recorded as late.</source>
        <translation>距原服务已超过 7 天：本次复查记为逾期。</translation>
    </message>
    <message>
        <source>Welcome — we will call you shortly</source>
        <translation>欢迎光临 — 请稍候，我们会尽快为您服务</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Now being served</source>
        <translation>正在服务</translation>
    </message>
    <message>
        <source>No one is waiting</source>
        <translation>当前无人等待</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>RecheckDialog</name>
    <message>
        <source>Re-check / adjustment for {name}</source>
        <translation>{name} 的免费复查 / 调整</translation>
    </message>
    <message>
        <source>Which service is it about?</source>
        <translation>针对哪一次服务？</translation>
    </message>
    <message>
        <source>free re-check (within 7 days)</source>
        <translation>免费复查（7 天内）</translation>
    </message>
    <message>
        <source>LATE: more than 7 days ago</source>
        <translation>逾期：已超过 7 天</translation>
    </message>
    <message>
        <source>No service records for this customer yet: add them as a walk-in instead.</source>
        <translation>该顾客还没有服务记录：请按散客添加。</translation>
    </message>
    <message>
        <source>Note, or the reason when refusing</source>
        <translation>备注，或拒绝的原因</translation>
    </message>
    <message>
        <source>&amp;Add to queue</source>
        <translation>加入队列(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>拒绝(&amp;R)…</translation>
    </message>
    <message>
        <source>Please give the reason for refusing.</source>
        <translation>请填写拒绝的原因。</translation>
    </message>
</context>
<context>
    <name>StartServiceDialog</name>
    <message>
        <source>Start service</source>
        <translation>开始服务</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>技师(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务项目(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reason to go ahead:</source>
        <translation>继续的原因(&amp;R)：</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>{name} (busy until {time})</source>
        <translation>{name}（忙至 {time}）</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Not certified: {name} holds no valid certificate today (needed: {kind}). S1 will count this service as uncertified.</source>
        <translation>未持证：{name} 今日没有有效的从业资格证书（需要：{kind}）。S1 将把本次服务计为未持证服务。</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>New walk-in</source>
        <translation>新散客</translation>
    </message>
    <message>
        <source>&amp;Find a customer (phone tail, name or pinyin initials):</source>
        <translation>查找顾客（手机尾号、姓名或拼音首字母）(&amp;F)：</translation>
    </message>
    <message>
        <source>Or a new walk-in&apos;s &amp;name:</source>
        <translation>或输入新散客姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务项目(&amp;S)：</translation>
    </message>
    <message>
        <source>Requested &amp;technician:</source>
        <translation>指定技师(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. 5678 or zw</source>
        <translation>例如 5678 或 zw</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>（暂未选择）</translation>
    </message>
    <message>
        <source>(anyone)</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <source>&amp;Add to queue</source>
        <translation>加入队列(&amp;A)</translation>
    </message>
    <message>
        <source>Find the customer</source>
        <translation>查找顾客</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>选择(&amp;C)</translation>
    </message>
    <message>
        <source>warning on file</source>
        <translation>档案有警示</translation>
    </message>
    <message>
        <source>No customer found. A new walk-in? Type the name and phone below.</source>
        <translation>未找到顾客。新散客？请在下方输入姓名和电话。</translation>
    </message>
    <message>
        <source>Customer: &lt;b&gt;{name}&lt;/b&gt; — press Enter to choose.</source>
        <translation>顾客：&lt;b&gt;{name}&lt;/b&gt; — 按回车选定。</translation>
    </message>
    <message>
        <source>Customer: &lt;b&gt;{name}&lt;/b&gt; — choose the service (↓), Enter adds to the queue.</source>
        <translation>顾客：&lt;b&gt;{name}&lt;/b&gt; — 请选择服务项目（↓），按回车加入队列。</translation>
    </message>
</context>
</TS>
