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
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field} 必须介于 {low} 与 {high} 之间。</translation>
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
</context>
</TS>
