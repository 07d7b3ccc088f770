<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditTab</name>
    <message>
        <source>Search values, names, numbers…</source>
        <translation>搜索内容、姓名、编号…</translation>
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
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Select an action to see each value it changed.</source>
        <translation>选择一条操作，查看它修改的每一项。</translation>
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
        <source>What</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Showing the newest {n} actions; narrow the filter to see older ones.</source>
        <translation>显示最新的 {n} 条操作；缩小筛选范围以查看更早的记录。</translation>
    </message>
    <message>
        <source>{n} actions</source>
        <translation>{n} 条操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
</TS>
