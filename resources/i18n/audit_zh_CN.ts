<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditTab</name>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>locked (wrong PINs)</source>
        <translation>锁定（个人密码错误）</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>重设个人密码</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>exported all customers</source>
        <translation>导出了全部顾客</translation>
    </message>
    <message>
        <source>exported the whole salon</source>
        <translation>导出了全店数据</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入了</translation>
    </message>
    <message>
        <source>restored a backup</source>
        <translation>恢复了备份</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>解除了锁定</translation>
    </message>
    <message>
        <source>used the command line</source>
        <translation>使用了命令行</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>从业资格证书</translation>
    </message>
    <message>
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Search values, fields, ids…</source>
        <translation>搜索值、字段、编号…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>No changes match. Widen the period or clear the filters.</source>
        <translation>没有符合条件的修改。请扩大时间范围或清除筛选条件。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Showing the newest {n} changes; narrow the filter to see older ones.</source>
        <translation>仅显示最近 {n} 条修改；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>{n} 条修改</translation>
    </message>
</context>
</TS>
