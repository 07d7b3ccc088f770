<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DashboardTab</name>
    <message>
        <source>Daily median wait (min)</source>
        <translation>每日等待时间中位数（分钟）</translation>
    </message>
    <message>
        <source>R1 wait ≤ 15 min (%)</source>
        <translation>R1 等待 ≤ 15 分钟（%）</translation>
    </message>
    <message>
        <source>Satisfaction (%) and NPS</source>
        <translation>满意度（%）与净推荐值（NPS）</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>投诉分类统计</translation>
    </message>
    <message>
        <source>H1 checklist completion (%)</source>
        <translation>H1 检查表完成率（%）</translation>
    </message>
    <message>
        <source>E1 maintenance on time (%)</source>
        <translation>E1 维护保养按时率（%）</translation>
    </message>
    <message>
        <source>S5 cleanliness, S6 privacy (%)</source>
        <translation>S5 环境卫生、S6 隐私（%）</translation>
    </message>
    <message>
        <source>T1–T3 training (%)</source>
        <translation>T1–T3 员工培训（%）</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Hover over a point for its value; click it to see the records behind it.</source>
        <translation>鼠标悬停查看数值；点击数据点查看对应记录。</translation>
    </message>
    <message>
        <source>Trends:</source>
        <translation>趋势：</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Last %1 months</source>
        <translation>最近 %1 个月</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Click to see the records behind this number.</source>
        <translation>点击查看此数字背后的记录。</translation>
    </message>
    <message>
        <source>Trends could not be computed: %1</source>
        <translation>无法计算趋势：%1</translation>
    </message>
    <message>
        <source>median wait</source>
        <translation>等待时间中位数</translation>
    </message>
    <message>
        <source>Waited over 15 min</source>
        <translation>等待超过 15 分钟</translation>
    </message>
    <message>
        <source>Left without service</source>
        <translation>未服务离店</translation>
    </message>
    <message>
        <source>Ratings by month</source>
        <translation>各月评价</translation>
    </message>
    <message>
        <source>Staff without a training this quarter</source>
        <translation>本季度尚未参加培训的员工</translation>
    </message>
    <message>
        <source>Late runs</source>
        <translation>补记（迟录）</translation>
    </message>
    <message>
        <source>Missed runs</source>
        <translation>漏检</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>Maintenance due in the month</source>
        <translation>本月到期的维护保养</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Complaints touched in the month</source>
        <translation>本月涉及的投诉</translation>
    </message>
    <message>
        <source>waiting now</source>
        <translation>正在等待</translation>
    </message>
    <message>
        <source>waited over 15 min today</source>
        <translation>今日等待超过 15 分钟</translation>
    </message>
    <message>
        <source>checklists due or missed</source>
        <translation>待完成或漏检的检查表</translation>
    </message>
    <message>
        <source>complaints past a deadline</source>
        <translation>已超时限的投诉</translation>
    </message>
    <message>
        <source>maintenance overdue</source>
        <translation>逾期的维护保养</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>(in progress)</source>
        <translation>（进行中）</translation>
    </message>
</context>
</TS>
