<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Assessment</name>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未考核</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate for {name}</source>
        <translation>{name} 的证书</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>CertificateKind</name>
    <message>
        <source>Hairdressing</source>
        <translation>美发</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>美容</translation>
    </message>
    <message>
        <source>Nail care</source>
        <translation>美甲</translation>
    </message>
    <message>
        <source>Foot care</source>
        <translation>足部护理</translation>
    </message>
    <message>
        <source>Health certificate</source>
        <translation>健康合格证</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Please enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>姓名过长。</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>未知角色。</translation>
    </message>
    <message>
        <source>No staff member with id {id}.</source>
        <translation>不存在编号为 {id} 的员工。</translation>
    </message>
    <message>
        <source>The salon must keep at least one active owner.</source>
        <translation>门店必须至少保留一名在职店长。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>Please enter the certificate number.</source>
        <translation>请输入证书编号。</translation>
    </message>
    <message>
        <source>A certificate cannot end before it starts.</source>
        <translation>证书的有效期截止日不能早于起始日。</translation>
    </message>
    <message>
        <source>Unknown certificate kind.</source>
        <translation>未知证书类型。</translation>
    </message>
    <message>
        <source>A training rating is from 1 to 5.</source>
        <translation>培训评分为 1 到 5。</translation>
    </message>
    <message>
        <source>Please enter the training topic.</source>
        <translation>请输入培训主题。</translation>
    </message>
    <message>
        <source>Pick at least one attendee.</source>
        <translation>请至少选择一名参加人员。</translation>
    </message>
    <message>
        <source>That attendance no longer exists.</source>
        <translation>该参加记录已不存在。</translation>
    </message>
</context>
<context>
    <name>PinResetDialog</name>
    <message>
        <source>Reset PIN</source>
        <translation>重设个人密码</translation>
    </message>
    <message>
        <source>New PIN for {name}. Tell them in private; a locked account is unlocked.</source>
        <translation>为 {name} 设置新的个人密码。请私下告知本人；被锁定的账号将解锁。</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>设置个人密码(&amp;S)</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Add staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <source>from the name</source>
        <translation>按姓名自动生成</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>签名缩写(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>个人密码(&amp;P)：</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>StaffDialogs</name>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的个人密码不一致。</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>{n} expired</source>
        <translation>{n} 个已过期</translation>
    </message>
    <message>
        <source>{n} expiring within 30 days</source>
        <translation>{n} 个将在 30 天内到期</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>齐全有效</translation>
    </message>
    <message>
        <source>Expired {days} days ago</source>
        <translation>已过期 {days} 天</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Expires in {days} days</source>
        <translation>{days} 天后到期</translation>
    </message>
    <message>
        <source>Valid, no expiry</source>
        <translation>有效，长期</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>添加员工(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation>重设个人密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Lift the lockout after too many wrong PINs</source>
        <translation>解除因多次输错个人密码而造成的锁定</translation>
    </message>
    <message>
        <source>Show former staff</source>
        <translation>显示已离职员工</translation>
    </message>
    <message>
        <source>No staff yet. Add the first person with “Add staff member”.</source>
        <translation>还没有员工。请用“添加员工”添加第一位。</translation>
    </message>
    <message>
        <source>Add &amp;certificate…</source>
        <translation>添加证书(&amp;C)…</translation>
    </message>
    <message>
        <source>No training recorded yet. Use “Record training” after each session.</source>
        <translation>还没有培训记录。每次培训后请用“记录培训”登记。</translation>
    </message>
    <message>
        <source>Record &amp;training…</source>
        <translation>记录培训(&amp;T)…</translation>
    </message>
    <message>
        <source>Assessment and &amp;ratings…</source>
        <translation>考核与评分(&amp;R)…</translation>
    </message>
    <message>
        <source>Enter the assessment results and the attendees&apos; ratings of a training</source>
        <translation>填写某次培训的考核结果和参加者评分</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>从业资格证书</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Locked (wrong PINs)</source>
        <translation>已锁定（个人密码输错）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Former staff</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>签名缩写</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>(not passed)</source>
        <translation>（未通过）</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>（未考核）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>{good} of {given} rated 4–5</source>
        <translation>{given} 人中 {good} 人评 4–5 分</translation>
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
        <source>Trainer</source>
        <translation>培训讲师</translation>
    </message>
    <message>
        <source>Attendees (✓ passed)</source>
        <translation>参加人员（✓ 表示通过）</translation>
    </message>
    <message>
        <source>Attendees&apos; ratings</source>
        <translation>参加者评分</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>{n} active staff · {expiring} certificates expiring · {expired} expired</source>
        <translation>在职员工 {n} 人 · {expiring} 个证书即将到期 · {expired} 个已过期</translation>
    </message>
    <message>
        <source>Pick a person to see their certificates.</source>
        <translation>选择一位员工以查看其证书。</translation>
    </message>
    <message>
        <source>No certificates recorded for {name}. Add one with “Add certificate”.</source>
        <translation>{name} 还没有证书记录。请用“添加证书”登记。</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>Certificates of {name}</source>
        <translation>{name} 的证书</translation>
    </message>
    <message>
        <source>Deactivate staff member</source>
        <translation>停用员工</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer log in or sign records. Their records stay, and you can reactivate them later.</source>
        <translation>停用 {name} 吗？停用后将无法登录或签名，其记录会保留，以后可以重新启用。</translation>
    </message>
    <message>
        <source>Pick a training session in the list first.</source>
        <translation>请先在列表中选择一次培训。</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Record training</source>
        <translation>记录培训</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>Their rating</source>
        <translation>本人评分</translation>
    </message>
    <message>
        <source>Training results</source>
        <translation>培训结果</translation>
    </message>
    <message>
        <source>Assessment result and each attendee&apos;s own rating (1–5):</source>
        <translation>考核结果及每位参加者本人的评分（1–5）：</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
</TS>
