<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The action could not be done.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <source>Please check the input.</source>
        <translation>请检查输入内容。</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>未找到该记录。</translation>
    </message>
    <message>
        <source>This clashes with an existing record.</source>
        <translation>与已有记录冲突。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>个人密码错误。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>个人密码为 4 至 8 位数字。</translation>
    </message>
    <message>
        <source>This staff account is not active.</source>
        <translation>该员工账号已停用。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {minutes} min.</source>
        <translation>个人密码错误次数过多，请 {minutes} 分钟后再试。</translation>
    </message>
    <message>
        <source>Wrong PIN. {left} tries left.</source>
        <translation>个人密码错误，还可尝试 {left} 次。</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this: {permission}.</source>
        <translation>您的角色（{role}）无权执行此操作：{permission}。</translation>
    </message>
    <message>
        <source>This salon is already set up.</source>
        <translation>本店已完成初始设置。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>店长</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
</context>
</TS>
