<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>create the demo salon in an empty database</source>
        <translation>在空数据库中创建演示门店</translation>
    </message>
    <message>
        <source>Create a realistic demo salon (deterministic for a seed) and print the staff logins.</source>
        <translation>创建一个逼真的演示门店（同一随机种子结果相同），并列出员工登录信息。</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>随机种子（默认 1）</translation>
    </message>
    <message>
        <source>number of customers (default 400; 200000 for benchmarks)</source>
        <translation>顾客数量（默认 400；性能测试用 200000）</translation>
    </message>
    <message>
        <source>months of history (default 6)</source>
        <translation>历史数据月数（默认 6）</translation>
    </message>
    <message>
        <source>--customers must be 0 or more and --months 1 or more.</source>
        <translation>--customers 须不小于 0，--months 须不小于 1。</translation>
    </message>
    <message>
        <source>Demo salon {name} created in {seconds:.1f} s (seed {seed}, {customers} customers, {months} months).</source>
        <translation>演示门店 {name} 已创建，用时 {seconds:.1f} 秒（种子 {seed}，{customers} 位顾客，{months} 个月）。</translation>
    </message>
    <message>
        <source>Log in as:</source>
        <translation>可用以下身份登录：</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The demo needs an empty database; this one already holds a salon.</source>
        <translation>演示门店需要空数据库；此数据库中已有门店。</translation>
    </message>
</context>
</TS>
