<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>Please enter the training topic.</source>
        <translation>请输入培训主题。</translation>
    </message>
    <message>
        <source>Pick at least one attendee.</source>
        <translation>请至少选择一名参加人员。</translation>
    </message>
</context>
</TS>
