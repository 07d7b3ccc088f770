<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AbnormalEnd</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The last session of SalonDesk (started {started}) ended abnormally: the program stopped without closing, so the closing backup was not made. Everything saved before that moment is in the database.</source>
        <translation>SalonDesk 上次运行（开始于 {started}）异常结束：程序未经正常关闭就停止了，因此没有进行关闭时的备份。在此之前保存的所有内容都在数据库中。</translation>
    </message>
    <message>
        <source>What SalonDesk could record about the failure is in this file:
{path}

If it happens again, send that file to your support contact.</source>
        <translation>SalonDesk 记录下的故障信息在此文件中：
{path}

如果再次发生，请将该文件发送给您的技术支持联系人。</translation>
    </message>
    <message>
        <source>Nothing was recorded about the cause (the computer may have been switched off or the program ended by force). The log folder is:
{path}</source>
        <translation>没有记录到原因（可能是电脑被关机或程序被强制结束）。日志文件夹：
{path}</translation>
    </message>
    <message>
        <source>SalonDesk did not close properly</source>
        <translation>SalonDesk 上次未正常关闭</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>(the database was new)</source>
        <translation>（数据库是新建的）</translation>
    </message>
    <message>
        <source>SalonDesk could not start</source>
        <translation>SalonDesk 无法启动</translation>
    </message>
    <message>
        <source>This database was written by a newer version of SalonDesk (schema {revision}); this is version {version}. Nothing was changed. Please install the newer version to open it.</source>
        <translation>此数据库由更新版本的 SalonDesk 门店管理写入（数据库结构 {revision}）；当前版本为 {version}。未做任何更改。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>The database could not be upgraded to this version of SalonDesk. It has been put back exactly as it was, from the backup {file}.

Nothing was lost. Please keep using the previous version and send this message to your support contact:

{error}</source>
        <translation>数据库无法升级到此版本的 SalonDesk，已从备份 {file} 原样恢复。

没有丢失任何数据。请继续使用之前的版本，并把这条信息发给您的技术支持联系人：

{error}</translation>
    </message>
    <message>
        <source>Log in as one of the demo staff:</source>
        <translation>请用以下任一演示员工登录：</translation>
    </message>
    <message>
        <source>{name} ({role}) — PIN {pin}</source>
        <translation>{name}（{role}）— 个人密码 {pin}</translation>
    </message>
    <message>
        <source>The demo salon is ready</source>
        <translation>演示门店已就绪</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>created</source>
        <translation>创建了</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改了</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>重新启用了</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>停用了</translation>
    </message>
    <message>
        <source>logged in as</source>
        <translation>登录：</translation>
    </message>
    <message>
        <source>locked after wrong PINs:</source>
        <translation>因密码错误次数过多锁定：</translation>
    </message>
    <message>
        <source>reset the PIN of</source>
        <translation>重置了个人密码：</translation>
    </message>
    <message>
        <source>chose the first PIN of</source>
        <translation>设置了首个个人密码：</translation>
    </message>
    <message>
        <source>signed with the PIN of</source>
        <translation>用个人密码签名：</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>导出了</translation>
    </message>
    <message>
        <source>exported all of</source>
        <translation>导出了全部</translation>
    </message>
    <message>
        <source>exported every customer file with the whole salon:</source>
        <translation>随整店数据导出了全部顾客档案：</translation>
    </message>
    <message>
        <source>restored a backup into</source>
        <translation>将备份恢复到</translation>
    </message>
    <message>
        <source>lifted the PIN lockout of</source>
        <translation>解除了个人密码锁定：</translation>
    </message>
    <message>
        <source>used the command line:</source>
        <translation>使用了命令行：</translation>
    </message>
    <message>
        <source>erased the personal data of</source>
        <translation>删除了个人信息：</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>合并了</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>查看了</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入了</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消了</translation>
    </message>
    <message>
        <source>recorded a confirmation call for</source>
        <translation>记录了确认电话：</translation>
    </message>
    <message>
        <source>changed the status of</source>
        <translation>更改了状态：</translation>
    </message>
    <message>
        <source>overrode a booking rule for</source>
        <translation>越过预约规则：</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>更正了</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>停用了</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>备份了</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>结月：</translation>
    </message>
    <message>
        <source>saved with the clock earlier than the newest record:</source>
        <translation>保存时电脑时钟早于最新记录：</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>attached file</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>从业资格证书</translation>
    </message>
    <message>
        <source>checklist record</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>complaint entry</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <source>corrective action sign-off</source>
        <translation>纠正措施确认</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>fault report</source>
        <translation>故障报修</translation>
    </message>
    <message>
        <source>maintenance plan</source>
        <translation>维护保养计划</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>patch test</source>
        <translation>皮试</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>re-check</source>
        <translation>免费复查</translation>
    </message>
    <message>
        <source>whole salon</source>
        <translation>全店数据</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>absence</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>training result</source>
        <translation>培训结果</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>maintenance work</source>
        <translation>维护保养工作</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>到店时间</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>batch number</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>birthday (day)</source>
        <translation>生日（日）</translation>
    </message>
    <message>
        <source>birthday (month)</source>
        <translation>生日（月）</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>buffer holds</source>
        <translation>缓冲时间占用</translation>
    </message>
    <message>
        <source>buffer (min)</source>
        <translation>缓冲（分钟）</translation>
    </message>
    <message>
        <source>call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>certificate needed</source>
        <translation>所需证书</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>contraindications</source>
        <translation>禁忌症</translation>
    </message>
    <message>
        <source>corrects</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>with PINs</source>
        <translation>含个人密码</translation>
    </message>
    <message>
        <source>customer&apos;s phone</source>
        <translation>顾客电话</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>replaced database kept as</source>
        <translation>被替换的数据库另存为</translation>
    </message>
    <message>
        <source>due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>duration (min)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>entered on the login of</source>
        <translation>录入时登录的账号</translation>
    </message>
    <message>
        <source>failed items</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>first due</source>
        <translation>首次到期</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>health data consent</source>
        <translation>健康信息同意</translation>
    </message>
    <message>
        <source>health consent version</source>
        <translation>健康信息同意版本</translation>
    </message>
    <message>
        <source>health and safety</source>
        <translation>健康与安全</translation>
    </message>
    <message>
        <source>held on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>cleanliness</source>
        <translation>卫生</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>缩写</translation>
    </message>
    <message>
        <source>every (days)</source>
        <translation>间隔（天）</translation>
    </message>
    <message>
        <source>items</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>late entry</source>
        <translation>补记（迟录）</translation>
    </message>
    <message>
        <source>locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>marketing consent</source>
        <translation>营销同意</translation>
    </message>
    <message>
        <source>marketing consent given</source>
        <translation>营销同意时间</translation>
    </message>
    <message>
        <source>file type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>member number</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>merged from</source>
        <translation>合并自</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>合并至</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>records moved</source>
        <translation>转移的记录</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>needs a patch test</source>
        <translation>需要皮试</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>original service record</source>
        <translation>原服务记录</translation>
    </message>
    <message>
        <source>other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>个人密码</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>privacy notice accepted</source>
        <translation>隐私告知确认时间</translation>
    </message>
    <message>
        <source>privacy notice version</source>
        <translation>隐私告知版本</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>products used</source>
        <translation>使用的产品</translation>
    </message>
    <message>
        <source>purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>why received earlier</source>
        <translation>提前收到的原因</translation>
    </message>
    <message>
        <source>re-check of</source>
        <translation>复查对象</translation>
    </message>
    <message>
        <source>would recommend</source>
        <translation>推荐意愿</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>referral source</source>
        <translation>推荐来源</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>remedy</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>failed item</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>salon name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>saved to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>station kind</source>
        <translation>工位类型</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>tested</source>
        <translation>测试时间</translation>
    </message>
    <message>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>what the customer wants</source>
        <translation>顾客诉求</translation>
    </message>
    <message>
        <source>within 7 days</source>
        <translation>7 天内</translation>
    </message>
    <message>
        <source>work done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 项</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>database URL (default: $SALONDESK_DB_URL, else a SQLite file in the user data folder)</source>
        <translation>数据库 URL（默认：$SALONDESK_DB_URL，否则为用户数据文件夹中的 SQLite 文件）</translation>
    </message>
    <message>
        <source>language: en or zh_CN</source>
        <translation>语言：en 或 zh_CN</translation>
    </message>
    <message>
        <source>read the owner&apos;s PIN from the first line of stdin (for scripts)</source>
        <translation>从标准输入的第一行读取店长的个人密码（供脚本使用）</translation>
    </message>
    <message>
        <source>SalonDesk: front desk and compliance records. Without a command: start the app.</source>
        <translation>SalonDesk 门店管理：前台与合规记录。不带命令时启动程序。</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Say what to {command}: see `salondesk {command} --help`.</source>
        <translation>请说明要 {command} 什么：见 `salondesk {command} --help`。</translation>
    </message>
    <message>
        <source>This command reads or changes the salon&apos;s records and needs the owner&apos;s PIN: run it in a terminal to be asked for it, or pass --pin-stdin and the PIN on the first line of stdin.</source>
        <translation>此命令会读取或更改本店的记录，需要店长的个人密码：请在终端中运行以便输入密码，或使用 --pin-stdin 并在标准输入第一行给出密码。</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>The database was written by a newer version of SalonDesk (schema {revision}); this is version {version}. Nothing was changed: install the newer version to open it.</source>
        <translation>此数据库由更新版本的 SalonDesk 门店管理写入（数据库结构 {revision}）；当前版本为 {version}。未做任何更改：请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>The database upgrade failed ({cause}); the database was restored from {file}. Nothing was changed.</source>
        <translation>数据库升级失败（{cause}）；已从 {file} 恢复数据库，数据未作任何更改。</translation>
    </message>
    <message>
        <source>Backup error: {message}</source>
        <translation>备份错误：{message}</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}); nothing was committed. Details are in the log.</source>
        <translation>意外错误（{kind}）；未保存任何更改。详情见日志。</translation>
    </message>
    <message>
        <source>Database upgraded; the previous version is kept in {file}.</source>
        <translation>数据库已升级；升级前的版本保存在 {file}。</translation>
    </message>
    <message>
        <source>take a verified backup now</source>
        <translation>立即备份并校验</translation>
    </message>
    <message>
        <source>Copy the database into the backup folder (or --to DIR), check the copy, and prune old backups.</source>
        <translation>将数据库复制到备份文件夹（或 --to 指定的文件夹），校验副本，并清理旧备份。</translation>
    </message>
    <message>
        <source>folder for the backup (default: Settings)</source>
        <translation>备份文件夹（默认：设置中的文件夹）</translation>
    </message>
    <message>
        <source>replace the database with a backup file</source>
        <translation>用备份文件替换数据库（恢复）</translation>
    </message>
    <message>
        <source>Replace the database with a backup. The file must pass the integrity check; the current database is kept aside.</source>
        <translation>用备份替换数据库。备份文件必须通过完整性检查；当前数据库会另行保留。</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>不再询问确认</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and schema version</source>
        <translation>检查数据库完整性和结构版本</translation>
    </message>
    <message>
        <source>Integrity check (quick, or --full) and whether migrations are at head.</source>
        <translation>完整性检查（快速检查，或 --full 完整检查），并检查数据库结构是否为最新版本。</translation>
    </message>
    <message>
        <source>full integrity_check instead of quick_check (slower)</source>
        <translation>使用完整的 integrity_check 代替 quick_check（较慢）</translation>
    </message>
    <message>
        <source>Backup written and verified: {file}</source>
        <translation>备份已写入并通过校验：{file}</translation>
    </message>
    <message>
        <source>File not found: {file}</source>
        <translation>找不到文件：{file}</translation>
    </message>
    <message>
        <source>restore replaces a SQLite file; for a server database use `salondesk import` into an empty database.</source>
        <translation>恢复只能替换 SQLite 数据库文件；服务器数据库请用 `salondesk import` 导入到空数据库。</translation>
    </message>
    <message>
        <source>Replace the database {db} with {file}?</source>
        <translation>用 {file} 替换数据库 {db}？</translation>
    </message>
    <message>
        <source>Nothing was restored (confirm with --yes).</source>
        <translation>未恢复任何数据（请用 --yes 确认）。</translation>
    </message>
    <message>
        <source>Restored {file}. The previous database is kept in {aside}.</source>
        <translation>已恢复 {file}。原数据库保存在 {aside}。</translation>
    </message>
    <message>
        <source>Restored {file}.</source>
        <translation>已恢复 {file}。</translation>
    </message>
    <message>
        <source>Integrity: not applicable (checked by the database server).</source>
        <translation>完整性：不适用（由数据库服务器检查）。</translation>
    </message>
    <message>
        <source>Integrity: ok ({check}).</source>
        <translation>完整性：正常（{check}）。</translation>
    </message>
    <message>
        <source>Integrity: FAILED ({check}). Restore a backup.</source>
        <translation>完整性：检查失败（{check}）。请恢复备份。</translation>
    </message>
    <message>
        <source>Schema: at head ({revision}).</source>
        <translation>数据库结构：已是最新版本（{revision}）。</translation>
    </message>
    <message>
        <source>Schema: at {revision}, the code is at {head}; start SalonDesk to upgrade.</source>
        <translation>数据库结构：当前为 {revision}，程序为 {head}；启动 SalonDesk 即可升级。</translation>
    </message>
    <message>
        <source>write every record of the salon to a JSON file (or one kind of record)</source>
        <translation>将门店的全部记录导出为 JSON 文件（或只导出一类记录）</translation>
    </message>
    <message>
        <source>Export the whole salon (default) or one kind of record.</source>
        <translation>导出整个门店（默认）或一类记录。</translation>
    </message>
    <message>
        <source>the whole salon as versioned JSON (the default)</source>
        <translation>整个门店，带版本号的 JSON（默认）</translation>
    </message>
    <message>
        <source>also write the staff PIN hashes (left out by default: anyone holding the file could work out a 4-8 digit PIN); recorded in the audit trail</source>
        <translation>同时写入员工个人密码的哈希值（默认不写入：拿到文件的人可以推算出 4–8 位数字的个人密码）；会记入操作日志</translation>
    </message>
    <message>
        <source>load a whole-salon JSON export into an empty database (or one kind of record)</source>
        <translation>将整店 JSON 导出文件导入空数据库（或只导入一类记录）</translation>
    </message>
    <message>
        <source>Import a whole-salon export (default) or one kind of record.</source>
        <translation>导入整店导出文件（默认）或一类记录。</translation>
    </message>
    <message>
        <source>a whole-salon export, into an empty database (the default)</source>
        <translation>整店导出文件，导入空数据库（默认）</translation>
    </message>
    <message>
        <source>read the owner&apos;s new PIN from standard input (an export without PINs; for scripts)</source>
        <translation>从标准输入读取店长的新个人密码（用于不含个人密码的导出文件；供脚本使用）</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Exported {rows} records to {file}.</source>
        <translation>已将 {rows} 条记录导出到 {file}。</translation>
    </message>
    <message>
        <source>The file holds the staff PIN hashes: keep it as safe as the PC itself.</source>
        <translation>该文件包含员工个人密码的哈希值：请像保管这台电脑一样妥善保管它。</translation>
    </message>
    <message>
        <source>Staff PINs are not in the file: each person chooses one at first login.</source>
        <translation>文件中不含员工个人密码：每位员工在首次登录时自行设置。</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Imported {rows} records from {file}.</source>
        <translation>已从 {file} 导入 {rows} 条记录。</translation>
    </message>
    <message>
        <source>The export has no staff PINs. {name} (owner), choose a PIN of 4 to 8 digits.</source>
        <translation>导出文件中没有员工个人密码。请{name}（店长）设置一个 4 至 8 位数字的个人密码。</translation>
    </message>
    <message>
        <source>New PIN: </source>
        <translation>新个人密码：</translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>再次输入个人密码：</translation>
    </message>
    <message>
        <source>No PIN was set: {name} chooses one at the first login instead.</source>
        <translation>未设置个人密码：{name}将在首次登录时设置。</translation>
    </message>
    <message>
        <source>No PIN was set ({reason}): {name} chooses one at the first login.</source>
        <translation>未设置个人密码（{reason}）：{name}将在首次登录时设置。</translation>
    </message>
    <message>
        <source>PIN set for {name}. {count} other staff choose theirs at first login.</source>
        <translation>已为{name}设置个人密码。其他 {count} 位员工将在首次登录时设置。</translation>
    </message>
    <message>
        <source>its content does not match its hash (changed after signing)</source>
        <translation>内容与其哈希值不符（签名后被修改）</translation>
    </message>
    <message>
        <source>it does not link to the entry before it (an entry removed or reordered)</source>
        <translation>未与前一条记录相链接（有记录被删除或顺序被改动）</translation>
    </message>
    <message>
        <source>it has no hash (written outside the app)</source>
        <translation>没有哈希值（在本软件之外写入）</translation>
    </message>
    <message>
        <source>it is not the entry stored at the last month close (entries before the close were changed)</source>
        <translation>它不是上次结月时存档的那条记录（结月前的记录被改动过）</translation>
    </message>
    <message>
        <source>attachment {hash}: ALTERED: its bytes no longer match its hash</source>
        <translation>附件 {hash}：已被改动：内容与其哈希值不符</translation>
    </message>
    <message>
        <source>attachment {hash}: MISSING: cited by {where} but not in the database</source>
        <translation>附件 {hash}：缺失：{where} 引用了它，但数据库中没有</translation>
    </message>
    <message>
        <source>check the hash chains of the compliance records</source>
        <translation>校验合规记录的哈希链</translation>
    </message>
    <message>
        <source>recompute every chain from its first entry (by default, from the heads the last month close verified and stored)</source>
        <translation>从第一条记录起重新计算每条哈希链（默认从上次结月时核验并存档的链头开始）</translation>
    </message>
    <message>
        <source>{register}: OK ({entries} entries; the {new} since the {month} close recomputed)</source>
        <translation>{register}：正常（共 {entries} 条；重新计算了 {month} 结月后的 {new} 条）</translation>
    </message>
    <message>
        <source>{register}: {count} entries were stored when {month} was closed, only {now} are left (entries deleted).</source>
        <translation>{register}：{month} 结月时存档 {count} 条，现在只剩 {now} 条（记录被删除）。</translation>
    </message>
    <message>
        <source>{register}: entry {count} is not the one stored when {month} was closed (hash {stored}…): entries before the close were changed or replaced.</source>
        <translation>{register}：第 {count} 条不是 {month} 结月时存档的那一条（哈希 {stored}…）：结月前的记录被更改或替换。</translation>
    </message>
    <message>
        <source>Every register holds the heads stored at the close of {months}.</source>
        <translation>每个登记簿都与 {months} 结月时存档的链头一致。</translation>
    </message>
    <message>
        <source>{count} attachment(s) missing or altered.</source>
        <translation>{count} 个附件缺失或被改动。</translation>
    </message>
    <message>
        <source>attachments: OK ({count} files re-hashed)</source>
        <translation>附件：正常（已重新校验 {count} 个文件）</translation>
    </message>
    <message>
        <source>{count} check(s) failed verification.</source>
        <translation>{count} 项核对未通过。</translation>
    </message>
    <message>
        <source>Entries up to the {month} close were verified by it; --full recomputes them too.</source>
        <translation>{month} 结月之前的记录已在结月时核验；加 --full 可全部重新计算。</translation>
    </message>
    <message>
        <source>{register}: OK ({entries} entries)</source>
        <translation>{register}：正常（{entries} 条）</translation>
    </message>
    <message>
        <source>Recompute the hash chain of every register (hygiene, equipment, complaints) and report the first broken entry, then check every register against the heads stored when each month was closed (entries removed or changed since); re-hash every attachment and name a missing or altered one. Exit code 1 when anything fails.</source>
        <translation>重新计算每个登记簿（卫生、设备、投诉）的哈希链并报告第一条损坏的记录，再将每个登记簿与每次结月时存档的链头核对（之后被删除或更改的记录）；重新计算每个附件的哈希值，指出缺失或被改动的附件。任何一项不通过时退出码为 1。</translation>
    </message>
    <message>
        <source>{register}: BROKEN at entry {entry}: {reason}</source>
        <translation>{register}：在第 {entry} 条断链：{reason}</translation>
    </message>
    <message>
        <source>All {count} registers verified.</source>
        <translation>全部 {count} 本登记簿校验通过。</translation>
    </message>
    <message>
        <source>the monthly compliance report (PDF and JSON)</source>
        <translation>月度合规报告（PDF 和 JSON）</translation>
    </message>
    <message>
        <source>Compute every commitment figure of a month and write the printable PDF and/or the figures as JSON (both from the same data). A month that has not ended is marked provisional.</source>
        <translation>计算某月的全部服务承诺指标，生成可打印的 PDF 和/或 JSON 指标文件（两者来自同一份数据）。未结束的月份标记为临时（未结月）。</translation>
    </message>
    <message>
        <source>the month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>write the PDF here</source>
        <translation>PDF 保存位置</translation>
    </message>
    <message>
        <source>write the figures here</source>
        <translation>指标 JSON 保存位置</translation>
    </message>
    <message>
        <source>for a closed month: compute it again from today&apos;s records and list what changed since the close (the stored report is kept as it is)</source>
        <translation>对已结月的月份：按今天的记录重新计算，并列出结月后的变更（存档报告保持不变）</translation>
    </message>
    <message>
        <source>close a month: store its report and the register heads (owner PIN)</source>
        <translation>结月：存档报告和各登记簿链头（需店长密码）</translation>
    </message>
    <message>
        <source>Close a month from the 1st of the next month on: the report as of now (figures and PDF), the instant, the owner and every register&apos;s head are stored and never change. The owner&apos;s PIN is asked on the terminal, or read from the first line of standard input with --pin-stdin.</source>
        <translation>从下月 1 日起可结月：存档此刻的报告（指标和 PDF）、时间、店长和每个登记簿的链头，永不更改。店长密码在终端输入，或用 --pin-stdin 从标准输入的第一行读取。</translation>
    </message>
    <message>
        <source>the owner closing it (when there are several)</source>
        <translation>结月的店长（有多位店长时）</translation>
    </message>
    <message>
        <source>read the owner&apos;s PIN from standard input (for scripts)</source>
        <translation>从标准输入读取店长密码（供脚本使用）</translation>
    </message>
    <message>
        <source>also write the PDF here</source>
        <translation>同时将 PDF 写到此处</translation>
    </message>
    <message>
        <source>{month} was closed on {at} by {who}: this is its stored report. --recompute lists what changed since.</source>
        <translation>{month} 已于 {at} 由 {who} 结月：这是存档的报告。用 --recompute 列出结月后的变更。</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>计算中</translation>
    </message>
    <message>
        <source>{month} is not closed: the report is provisional.</source>
        <translation>{month} 尚未结月：报告为临时版本。</translation>
    </message>
    <message>
        <source>Changed since the month was closed ({at}, {who}):</source>
        <translation>结月后的变更（{at}，{who}）：</translation>
    </message>
    <message>
        <source>  nothing: the stored report still holds.</source>
        <translation>  无：存档报告依然有效。</translation>
    </message>
    <message>
        <source>  {figure}: {before} → {after}</source>
        <translation>  {figure}：{before} → {after}</translation>
    </message>
    <message>
        <source>    + {record}</source>
        <translation>    + {record}</translation>
    </message>
    <message>
        <source>    − {record}</source>
        <translation>    − {record}</translation>
    </message>
    <message>
        <source>  {register}: {before} → {after} entries</source>
        <translation>  {register}：{before} → {after} 条</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>结月中</translation>
    </message>
    <message>
        <source>{month} closed by {who}; its report and register heads are stored.</source>
        <translation>{month} 已由 {who} 结月；报告和各登记簿链头已存档。</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN: </source>
        <translation>店长密码：</translation>
    </message>
    <message>
        <source>Figures written to {path}.</source>
        <translation>指标已写入 {path}。</translation>
    </message>
    <message>
        <source>drawing</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>报告已写入 {path}。</translation>
    </message>
    <message>
        <source>complaint {number}, entry {entry}</source>
        <translation>投诉 {number}，记录 #{entry}</translation>
    </message>
    <message>
        <source>hygiene record {record}, answer {answer}</source>
        <translation>检查记录 #{record}，答复 #{answer}</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate</source>
        <translation>从业资格证书</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>证书编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>有效期自(&amp;F)：</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>长期有效（无截止日期）</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>有效期至(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Welcome to SalonDesk</source>
        <translation>欢迎使用 SalonDesk 门店管理</translation>
    </message>
    <message>
        <source>There is no salon in this database yet. How would you like to start?</source>
        <translation>此数据库中还没有门店。您想如何开始？</translation>
    </message>
    <message>
        <source>Set up my salon (name, time zone, opening hours, owner account)</source>
        <translation>设置我的门店（名称、时区、营业时间、店长账号）</translation>
    </message>
    <message>
        <source>Load the demo salon instead, to try SalonDesk with sample staff and data</source>
        <translation>改为载入演示门店，用示例员工和数据试用 SalonDesk</translation>
    </message>
    <message>
        <source>Three short steps. You become the owner; you add your staff afterwards under Staff.</source>
        <translation>只需三个简短步骤。您将成为店长，之后可在“员工”中添加员工。</translation>
    </message>
    <message>
        <source>A realistic sample salon with staff, customers and records, to explore every screen. Do not use it for real customers.</source>
        <translation>一个包含员工、顾客和各类记录的真实感示例门店，可用来浏览每个界面。请勿用于真实顾客。</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>No services yet. The owner sets them up in Appointments → Services….</source>
        <translation>还没有服务项目。店长可在“预约簿 → 服务项目…”中设置。</translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation>4–8 位数字</translation>
    </message>
    <message>
        <source>SalonDesk</source>
        <translation>SalonDesk 门店管理</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>You have changed this form. Close it without saving?</source>
        <translation>您已修改此表单。不保存就关闭吗？</translation>
    </message>
</context>
<context>
    <name>ComplaintEntryDialog</name>
    <message>
        <source>Complaint entry</source>
        <translation>投诉处理记录</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Remedy:</source>
        <translation>处理方案(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>售后结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>满意度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Corrects:</source>
        <translation>更正的记录(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Your &amp;PIN:</source>
        <translation>个人密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>ComplaintIntakeDialog</name>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>顾客(&amp;U)：</translation>
    </message>
    <message>
        <source>Name (not registered)</source>
        <translation>姓名（未建档）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Health or safety issue (critical, tell the owner now)</source>
        <translation>涉及健康或安全(&amp;H)（紧急，立即告知店长）</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>渠道(&amp;N)：</translation>
    </message>
    <message>
        <source>V&amp;isit:</source>
        <translation>到店记录(&amp;I)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>Te&amp;chnician:</source>
        <translation>技师(&amp;C)：</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>服务项目(&amp;R)：</translation>
    </message>
    <message>
        <source>Which service, if known</source>
        <translation>相关服务项目（如已知）</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Batch number</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Purchase &amp;date:</source>
        <translation>购买日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>投诉内容(&amp;W)：</translation>
    </message>
    <message>
        <source>What the cust&amp;omer wants:</source>
        <translation>顾客诉求(&amp;O)：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>Arrived &amp;earlier (e.g. overnight message):</source>
        <translation>较早收到(&amp;E)（如夜间留言）：</translation>
    </message>
    <message>
        <source>Why it is recorded later than it arrived</source>
        <translation>为何晚于收到时间录入</translation>
    </message>
    <message>
        <source>PIN to si&amp;gn:</source>
        <translation>签名密码(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Something went wrong. SalonDesk keeps running; what you were doing may not be saved.</source>
        <translation>出错了。SalonDesk 仍在运行；您刚才的操作可能没有保存。</translation>
    </message>
    <message>
        <source>The details are in the log file:
%1</source>
        <translation>详细信息见日志文件：
%1</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DashboardDetails</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>still waiting</source>
        <translation>仍在等待</translation>
    </message>
    <message>
        <source>served late</source>
        <translation>等待超时后服务</translation>
    </message>
    <message>
        <source>left without service</source>
        <translation>未服务即离开</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>late entry</source>
        <translation>补记（迟录）</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>漏检</translation>
    </message>
    <message>
        <source>due</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Wait (min:s)</source>
        <translation>等待（分:秒）</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经手人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>清洁</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
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
        <source>Account created</source>
        <translation>账户创建时间</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>开始等待</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Requested technician</source>
        <translation>指定技师</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Deadline missed</source>
        <translation>超过时限</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>The demo salon</source>
        <translation>演示门店</translation>
    </message>
    <message>
        <source>SalonDesk will fill this database with a sample salon: an owner, receptionists and technicians with certificates, opening hours and services. Use it to look around; to run your own salon later, start SalonDesk with a new, empty database.

The demo staff&apos;s names and PINs are listed in the README (the owner&apos;s PIN is shown when the demo is ready).</source>
        <translation>SalonDesk 将在此数据库中创建一个示例门店：店长、前台和持证技师，以及营业时间和服务项目。可用它随意浏览；以后要管理您自己的门店，请用一个新的空数据库启动 SalonDesk。

演示员工的姓名和个人密码列在 README 中（演示门店就绪后也会显示）。</translation>
    </message>
    <message>
        <source>The demo salon could not be created: {error}</source>
        <translation>无法创建演示门店：{error}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The action could not be done.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <source>{year}-{month}-{day}</source>
        <translation>{year}年{month}月{day}日</translation>
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
        <source>Your staff account has been deactivated. Please log in again.</source>
        <translation>您的员工账号已被停用。请重新登录。</translation>
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
        <source>The database is busy: another computer is saving right now. Nothing was saved; please try again.</source>
        <translation>数据库正忙：另一台电脑正在保存。本次未保存任何内容，请重试。</translation>
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
        <source>{name} has no PIN yet: choose one at the login screen.</source>
        <translation>{name}还没有个人密码：请在登录界面设置。</translation>
    </message>
    <message>
        <source>Wrong PIN. {left} tries left.</source>
        <translation>个人密码错误，还可尝试 {left} 次。</translation>
    </message>
    <message>
        <source>{name} already has a PIN.</source>
        <translation>{name}已经有个人密码。</translation>
    </message>
    <message>
        <source>This salon has no active owner to check the PIN of.</source>
        <translation>本店没有在职的店长，无法核对个人密码。</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this: {permission}.</source>
        <translation>您的角色（{role}）无权执行此操作：{permission}。</translation>
    </message>
    <message>
        <source>This salon is already set up.</source>
        <translation>本店已完成初始设置。</translation>
    </message>
    <message>
        <source>The export file could not be read.</source>
        <translation>无法读取导出文件。</translation>
    </message>
    <message>
        <source>{file} is not a readable SalonDesk export (not JSON, or not UTF-8 text).</source>
        <translation>{file} 不是可读取的 SalonDesk 导出文件（不是 JSON，或不是 UTF-8 文本）。</translation>
    </message>
    <message>
        <source>{file} is not a SalonDesk export.</source>
        <translation>{file} 不是 SalonDesk 导出文件。</translation>
    </message>
    <message>
        <source>Export format version {found} is not supported (expected {wanted}).</source>
        <translation>不支持导出格式版本 {found}（应为 {wanted}）。</translation>
    </message>
    <message>
        <source>The export was made at schema revision {found}, this version is at {wanted}.</source>
        <translation>该导出文件的数据库结构版本为 {found}，本程序为 {wanted}。</translation>
    </message>
    <message>
        <source>The database must be upgraded before an import.</source>
        <translation>导入前必须先升级数据库。</translation>
    </message>
    <message>
        <source>Import needs an empty database; this one holds records.</source>
        <translation>导入需要空数据库；此数据库已有记录。</translation>
    </message>
    <message>
        <source>The export holds tables this version does not know: {names}.</source>
        <translation>导出文件包含本版本不认识的数据表：{names}。</translation>
    </message>
    <message>
        <source>The rows of table {table} do not fit the database (a duplicate or a wrong value).</source>
        <translation>表 {table} 的数据与数据库不符（有重复或错误的值）。</translation>
    </message>
    <message>
        <source>Table {table} in the export has columns {found}, expected {wanted}.</source>
        <translation>导出文件中数据表 {table} 的列为 {found}，应为 {wanted}。</translation>
    </message>
    <message>
        <source>A row of table {table} has the wrong number of values.</source>
        <translation>数据表 {table} 中有一行的值个数不对。</translation>
    </message>
    <message>
        <source>Only a SQLite database file can be backed up this way.</source>
        <translation>只有 SQLite 数据库文件可以这样备份。</translation>
    </message>
    <message>
        <source>The backup {file} failed its integrity check.</source>
        <translation>备份 {file} 未通过完整性检查。</translation>
    </message>
    <message>
        <source>Restoring a backup needs a SQLite database file.</source>
        <translation>恢复备份需要 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>{file} failed the integrity check; nothing was restored.</source>
        <translation>{file} 未通过完整性检查；未恢复任何数据。</translation>
    </message>
    <message>
        <source>{file} is not a SalonDesk database; nothing was restored.</source>
        <translation>{file} 不是 SalonDesk 数据库；未恢复任何数据。</translation>
    </message>
    <message>
        <source>An in-memory database cannot be backed up.</source>
        <translation>内存数据库无法备份。</translation>
    </message>
    <message>
        <source>Restoring replaces a SQLite file; for a server database import an export instead.</source>
        <translation>恢复只能替换 SQLite 数据库文件；服务器数据库请改为导入导出文件。</translation>
    </message>
    <message>
        <source>Reports cover months from {first}-01 to {last}-12.</source>
        <translation>报告的月份范围为 {first}-01 至 {last}-12。</translation>
    </message>
    <message>
        <source>A month is written YYYY-MM, e.g. 2026-10.</source>
        <translation>月份格式为 YYYY-MM，例如 2026-10。</translation>
    </message>
    <message>
        <source>Name the owner who closes the month with --owner (an active owner).</source>
        <translation>请用 --owner 指定结月的店长（须为在职店长）。</translation>
    </message>
    <message>
        <source>{month} can be closed from {day} on.</source>
        <translation>{month} 从 {day} 起才能结月。</translation>
    </message>
    <message>
        <source>{month} was already closed on {at}; a closed month is never closed again.</source>
        <translation>{month} 已于 {at} 结月；已结月的月份不能再次结月。</translation>
    </message>
    <message>
        <source>A month is closed by the owner, with their PIN.</source>
        <translation>结月须由店长用个人密码完成。</translation>
    </message>
    <message>
        <source>{url} is not a database address. Use sqlite:///PATH/TO/FILE.sqlite3 or postgresql+psycopg://USER@HOST/DATABASE.</source>
        <translation>{url} 不是数据库地址。请使用 sqlite:///路径/文件.sqlite3 或 postgresql+psycopg://用户@主机/数据库。</translation>
    </message>
    <message>
        <source>SalonDesk works with a SQLite file or a PostgreSQL server, not with {backend} ({url}).</source>
        <translation>SalonDesk 门店管理只支持 SQLite 文件或 PostgreSQL 服务器，不支持 {backend}（{url}）。</translation>
    </message>
    <message>
        <source>{file} is a folder, not a database file.</source>
        <translation>{file} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>No database at {file}. Check the --db address; `salondesk demo` or the first start creates one.</source>
        <translation>{file} 处没有数据库。请检查 --db 地址；`salondesk demo` 或首次启动会创建数据库。</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>无法读取 {file}（{reason}）。</translation>
    </message>
    <message>
        <source>{file} is not a SQLite database file.</source>
        <translation>{file} 不是 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>The database {file} is read-only: this command changes it, so nothing was done. Check the file&apos;s permissions or the drive.</source>
        <translation>数据库 {file} 是只读的：此命令需要修改它，因此未执行任何操作。请检查文件权限或磁盘。</translation>
    </message>
    <message>
        <source>The drive is full ({where}): nothing was changed. Free some space and try again.</source>
        <translation>磁盘已满（{where}）：未做任何更改。请释放空间后重试。</translation>
    </message>
    <message>
        <source>{file} cannot be written or read ({reason}); nothing was changed.</source>
        <translation>无法写入或读取 {file}（{reason}）；未做任何更改。</translation>
    </message>
    <message>
        <source>File problem with {file} ({reason}); nothing was changed.</source>
        <translation>文件 {file} 出现问题（{reason}）；未做任何更改。</translation>
    </message>
    <message>
        <source>SalonDesk cannot use the database address {url}.</source>
        <translation>SalonDesk 门店管理无法使用数据库地址 {url}。</translation>
    </message>
    <message>
        <source>The database driver for {url} is not installed.</source>
        <translation>未安装 {url} 所需的数据库驱动。</translation>
    </message>
    <message>
        <source>The database {url} is busy (locked by another program); try again.</source>
        <translation>数据库 {url} 正忙（被其他程序锁定）；请重试。</translation>
    </message>
    <message>
        <source>The database file {url} cannot be opened (check the path and permissions).</source>
        <translation>无法打开数据库文件 {url}（请检查路径和权限）。</translation>
    </message>
    <message>
        <source>The database server {url} cannot be reached or refused the login. Check that it is running, the address, the user and the password.</source>
        <translation>无法连接数据库服务器 {url}，或登录被拒绝。请检查服务器是否运行，以及地址、用户名和密码。</translation>
    </message>
    <message>
        <source>The database {url} reported an error; nothing was changed.</source>
        <translation>数据库 {url} 报告了错误；未做任何更改。</translation>
    </message>
    <message>
        <source>An unexpected error stopped this ({kind}); nothing was saved.</source>
        <translation>意外错误中断了操作（{kind}）；未保存任何内容。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: a value is required.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：此值必填。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: expected a whole number.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：应为整数。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: the number is out of range.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：数字超出范围。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: expected a finite number.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：应为有限数值。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: expected an amount (a finite decimal number).</source>
        <translation>表 {table} 第 {row} 行 {column} 列：应为金额（有限的十进制数）。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: the amount has too many digits.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：金额位数过多。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: expected true or false.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：应为 true 或 false。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: expected text.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：应为文本。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: the text contains a NUL or invalid character.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：文本含有 NUL 或无效字符。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: longer than {limit} characters.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: {value} is not one of {allowed}.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：{value} 不是 {allowed} 之一。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: expected a date and time (ISO 8601) in the years {first}–{last}.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：应为 {first}–{last} 年之间的日期时间（ISO 8601）。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: expected a date (YYYY-MM-DD) in the years {first}–{last}.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：应为 {first}–{last} 年之间的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: expected a time (HH:MM).</source>
        <translation>表 {table} 第 {row} 行 {column} 列：应为时间（HH:MM）。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: expected base64 data.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：应为 base64 数据。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: the JSON value holds a number that is not finite.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：JSON 值中含有非有限数值。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: expected JSON text.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：应为 JSON 文本。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: {value} is already used by an earlier row.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：{value} 已被前面的行使用。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}: refers to {target} {value}, which is not in the export.</source>
        <translation>表 {table} 第 {row} 行 {column} 列：引用的 {target} {value} 不在导出文件中。</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: expected a list of {count} values.</source>
        <translation>表 {table} 第 {row} 行：应为包含 {count} 个值的列表。</translation>
    </message>
    <message>
        <source>Table {table} comes before {parents}, which it refers to.</source>
        <translation>表 {table} 出现在它所引用的 {parents} 之前。</translation>
    </message>
    <message>
        <source>Table {table}: the rows come before the list of columns.</source>
        <translation>表 {table}：数据行出现在列名列表之前。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Supplier contact</source>
        <translation>供应商联系方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>{label} contains a control character that cannot be stored.</source>
        <translation>{label}含有无法保存的控制字符。</translation>
    </message>
    <message>
        <source>{label} can be at most {limit} characters long (it has {length}).</source>
        <translation>{label}最多 {limit} 个字符（现为 {length} 个）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file is {size} MB; files up to {limit} MB can be kept.</source>
        <translation>该文件为 {size} MB；只能保存不超过 {limit} MB 的文件。</translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG, HEIC) and PDF documents can be kept; this file is none of them.</source>
        <translation>只能保存照片（JPEG、PNG、HEIC）和 PDF 文件；此文件都不是。</translation>
    </message>
    <message>
        <source>The HEIC photo cannot be read; save it as JPEG and try again.</source>
        <translation>无法读取该 HEIC 照片；请另存为 JPEG 后重试。</translation>
    </message>
    <message>
        <source>The photo cannot be read; it may be damaged.</source>
        <translation>无法读取该照片，文件可能已损坏。</translation>
    </message>
    <message>
        <source>The stored file no longer matches its hash: it was changed after it was kept.</source>
        <translation>保存的文件与其哈希值不符：保存后被改动过。</translation>
    </message>
    <message>
        <source>The file is not in the database.</source>
        <translation>数据库中没有该文件。</translation>
    </message>
    <message>
        <source>The copy could not be written to {name}.</source>
        <translation>无法将副本写入 {name}。</translation>
    </message>
    <message>
        <source>SalonDesk is open on this database (process {pid} on {host}). Close that SalonDesk window, then restore again. Nothing was restored.</source>
        <translation>SalonDesk 正在使用此数据库（{host} 上的进程 {pid}）。请关闭该 SalonDesk 窗口后再恢复。本次未恢复任何内容。</translation>
    </message>
    <message>
        <source>Another program has the database {file} open (another SalonDesk, a backup tool or a database browser). Close it, then restore again. Nothing was restored.</source>
        <translation>另一个程序正打开数据库 {file}（另一个 SalonDesk、备份工具或数据库浏览器）。请关闭它后再恢复。本次未恢复任何内容。</translation>
    </message>
    <message>
        <source>The file was not imported: “{register}” is broken at entry {entry}.</source>
        <translation>文件未导入：其中的“{register}”在第 {entry} 条断开。</translation>
    </message>
    <message>
        <source>The file was not imported: “{register}” is broken at entry {entry}, whose content does not match its hash (changed after it was signed).</source>
        <translation>文件未导入：其中的“{register}”在第 {entry} 条断开，该条内容与其哈希不符（签名后被改动）。</translation>
    </message>
    <message>
        <source>The file was not imported: “{register}” is broken at entry {entry}, which does not link to the entry before it (an entry removed, added or reordered).</source>
        <translation>文件未导入：其中的“{register}”在第 {entry} 条断开，该条未与前一条相连（有记录被删除、添加或调换顺序）。</translation>
    </message>
    <message>
        <source>The file was not imported: “{register}” is broken at entry {entry}, which has no hash (written outside SalonDesk).</source>
        <translation>文件未导入：其中的“{register}”在第 {entry} 条断开，该条没有哈希（在 SalonDesk 之外写入）。</translation>
    </message>
    <message>
        <source>The PIN is not the PIN of an owner in this file. Nothing was imported.</source>
        <translation>该个人密码不是此文件中任何店长的个人密码。本次未导入任何内容。</translation>
    </message>
    <message>
        <source>The file has no active owner. Nothing was imported.</source>
        <translation>文件中没有在职店长，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Evidence: {name}</source>
        <translation>证据：{name}</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;100 %</source>
        <translation>原始大小(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>另存副本(&amp;S)…</translation>
    </message>
    <message>
        <source>JPEG photo</source>
        <translation>JPEG 照片</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>file of an unknown type</source>
        <translation>未知类型的文件</translation>
    </message>
    <message>
        <source>{name} — {kind}, {size} · sha256 {hash} (checked)</source>
        <translation>{name} — {kind}，{size} · sha256 {hash}（已校验）</translation>
    </message>
    <message>
        <source>The photo cannot be shown; it may be damaged.</source>
        <translation>无法显示该照片，文件可能已损坏。</translation>
    </message>
    <message>
        <source>The PDF cannot be shown; it may be damaged.</source>
        <translation>无法显示该 PDF，文件可能已损坏。</translation>
    </message>
    <message>
        <source>Files of this type are not shown, for safety. The owner can save a copy.</source>
        <translation>为安全起见，不显示此类型的文件。店长可以另存副本。</translation>
    </message>
    <message>
        <source>Save a copy of the evidence</source>
        <translation>另存证据副本</translation>
    </message>
    <message>
        <source>Saved a copy to {file}.</source>
        <translation>副本已保存到 {file}。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>SalonDesk — first start</source>
        <translation>SalonDesk — 首次启动</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Creating the demo salon…</source>
        <translation>正在创建演示门店…</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>Untick the days the salon is closed. You can change this later in Settings.</source>
        <translation>取消勾选门店休息的日子。以后可在“设置”中修改。</translation>
    </message>
    <message>
        <source>{day}: the salon must open before it closes.</source>
        <translation>{day}：开门时间必须早于打烊时间。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — SalonDesk</source>
        <translation>登录 — SalonDesk</translation>
    </message>
    <message>
        <source>You have no PIN yet (the salon was moved from another PC). Choose one of 4 to 8 digits.</source>
        <translation>您还没有个人密码（门店数据是从另一台电脑迁移来的）。请设置一个 4 至 8 位数字的个人密码。</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit SalonDesk</source>
        <translation>退出 SalonDesk(&amp;Q)</translation>
    </message>
    <message>
        <source>Loading the staff list…</source>
        <translation>正在读取员工名单…</translation>
    </message>
    <message>
        <source>Pick your name first.</source>
        <translation>请先选择您的姓名。</translation>
    </message>
    <message>
        <source>One moment: SalonDesk is still starting…</source>
        <translation>请稍候：SalonDesk 仍在启动…</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>请输入您的个人密码。</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>两次输入的个人密码不一致，请输入相同的个人密码两次。</translation>
    </message>
    <message>
        <source>Staff &amp;member:</source>
        <translation>员工(&amp;M)：</translation>
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
    <name>MainWindow</name>
    <message>
        <source>SalonDesk</source>
        <translation>SalonDesk 门店管理</translation>
    </message>
    <message>
        <source>SalonDesk is locked. Log in to continue.</source>
        <translation>SalonDesk 已锁定。请登录后继续。</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export salon…</source>
        <translation>导出门店数据(&amp;E)…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找顾客(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;About SalonDesk</source>
        <translation>关于 SalonDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Only the owner can back up the salon.</source>
        <translation>只有店长可以备份门店数据。</translation>
    </message>
    <message>
        <source>Only the owner can restore a backup.</source>
        <translation>只有店长可以恢复备份。</translation>
    </message>
    <message>
        <source>Only the owner can export the whole salon.</source>
        <translation>只有店长可以导出整个门店的数据。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Salon time ({zone})</source>
        <translation>门店时间（{zone}）</translation>
    </message>
    <message>
        <source>Backups are the database server&apos;s job</source>
        <translation>备份由数据库服务器负责</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>上次备份：{when}</translation>
    </message>
    <message>
        <source>Backup failed: {error}</source>
        <translation>备份失败：{error}</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>There is no customer search on this screen.</source>
        <translation>此界面没有顾客搜索。</translation>
    </message>
    <message>
        <source>Backups of a database server are made on the server.</source>
        <translation>数据库服务器的备份在服务器上进行。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Your staff account has been deactivated. Please log in again.</source>
        <translation>您的员工账号已被停用。请重新登录。</translation>
    </message>
    <message>
        <source>Backup saved: {file}</source>
        <translation>备份已保存：{file}</translation>
    </message>
    <message>
        <source>The backup failed: {error}</source>
        <translation>备份失败：{error}</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>已有备份正在进行。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>SalonDesk backups (salondesk-*.sqlite3.gz salondesk-*.sqlite3);;All files (*)</source>
        <translation>SalonDesk 备份 (salondesk-*.sqlite3.gz salondesk-*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace ALL current data with the backup {file}?</source>
        <translation>用备份 {file} 替换当前的全部数据吗？</translation>
    </message>
    <message>
        <source>Are you sure? Everything entered since that backup will be gone from the app (the current database is kept aside as a file).</source>
        <translation>确定吗？该备份之后录入的所有内容都将从软件中消失（当前数据库会另存为一个文件）。</translation>
    </message>
    <message>
        <source>Nothing was restored: {error}</source>
        <translation>未恢复任何内容：{error}</translation>
    </message>
    <message>
        <source>The backup was restored. The previous database was kept as {file}. Please log in again.</source>
        <translation>备份已恢复。之前的数据库已保存为 {file}。请重新登录。</translation>
    </message>
    <message>
        <source>Export salon</source>
        <translation>导出门店数据</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Include the staff PIN hashes?

No (recommended): everyone chooses a new PIN at their first login on the new PC. Yes: the file lets anyone holding it work out the PINs; it is recorded in the audit trail.</source>
        <translation>是否包含员工个人密码的哈希值？

否（推荐）：每位员工在新电脑上首次登录时设置新的个人密码。是：拿到文件的人可以推算出个人密码；此操作会记入操作日志。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Salon exported to {file}</source>
        <translation>门店数据已导出到 {file}</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
    <message>
        <source>About SalonDesk</source>
        <translation>关于 SalonDesk</translation>
    </message>
    <message>
        <source>SalonDesk {version}
Front desk and compliance records for a beauty or hair salon.</source>
        <translation>SalonDesk {version}
美容美发门店的前台与合规记录软件。</translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <source>Open</source>
        <translation>营业</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>开门时间</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>打烊时间</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <source>Owner account</source>
        <translation>店长账号</translation>
    </message>
    <message>
        <source>The owner manages staff, settings and backups. The PIN is 4 to 8 digits; keep it private.</source>
        <translation>店长管理员工、设置和备份。个人密码为 4 到 8 位数字，请勿告诉他人。</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>您的姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>个人密码(&amp;P)：</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的个人密码不一致。</translation>
    </message>
</context>
<context>
    <name>PinResetDialog</name>
    <message>
        <source>Reset PIN</source>
        <translation>重设个人密码</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>新个人密码(&amp;P)：</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>正在打印第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <source>Printing failed. Check that the printer is on and has paper, then try again.</source>
        <translation>打印失败。请检查打印机是否已开机、有纸，然后重试。</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>Hygiene checklist records</source>
        <translation>卫生检查记录</translation>
    </message>
    <message>
        <source>Corrective-action sign-offs</source>
        <translation>纠正措施签核</translation>
    </message>
    <message>
        <source>Equipment in and out of service</source>
        <translation>设备启用与停用记录</translation>
    </message>
    <message>
        <source>Fault reports</source>
        <translation>故障报修</translation>
    </message>
    <message>
        <source>Maintenance work records</source>
        <translation>维护保养记录</translation>
    </message>
    <message>
        <source>Complaint entries</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <source>Closed months</source>
        <translation>已结月报告</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Other register</source>
        <translation>其他登记簿</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Reception and appointments</source>
        <translation>接待与预约</translation>
    </message>
    <message>
        <source>Service quality and satisfaction</source>
        <translation>服务质量与满意度</translation>
    </message>
    <message>
        <source>Hygiene and disinfection</source>
        <translation>卫生与消毒</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Staff training</source>
        <translation>员工培训</translation>
    </message>
    <message>
        <source>Complaints and after-sales</source>
        <translation>投诉与售后</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Wait ≤ 15 min rate</source>
        <translation>等待 ≤ 15 分钟比例</translation>
    </message>
    <message>
        <source>A customer waits no more than 15 min</source>
        <translation>顾客等待不超过 15 分钟</translation>
    </message>
    <message>
        <source>Median / 90th-percentile wait (min)</source>
        <translation>等待时间中位数 / 第 90 百分位（分钟）</translation>
    </message>
    <message>
        <source>Wait times</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>Punctuality</source>
        <translation>预约准时率</translation>
    </message>
    <message>
        <source>Appointments are kept on time</source>
        <translation>预约按时履行</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>爽约率</translation>
    </message>
    <message>
        <source>Left without service</source>
        <translation>未服务离店</translation>
    </message>
    <message>
        <source>Still waiting at closing</source>
        <translation>打烊时仍在等待</translation>
    </message>
    <message>
        <source>Certified-service rate</source>
        <translation>持证服务率</translation>
    </message>
    <message>
        <source>Every treatment is done by a certified technician</source>
        <translation>每项服务均由持证技师完成</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Annual customer satisfaction ≥ 90 %</source>
        <translation>年度客户满意度 ≥ 90 %</translation>
    </message>
    <message>
        <source>12-month satisfaction</source>
        <translation>12 个月满意度</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message>
        <source>Net Promoter Score ≥ 50</source>
        <translation>净推荐值（NPS）≥ 50</translation>
    </message>
    <message>
        <source>Re-checks given</source>
        <translation>免费复查 / 调整</translation>
    </message>
    <message>
        <source>Free re-check or adjustment within 7 days of a service</source>
        <translation>服务后 7 天内免费复查或调整</translation>
    </message>
    <message>
        <source>Hygiene satisfaction</source>
        <translation>环境卫生满意度</translation>
    </message>
    <message>
        <source>Customers satisfied with cleanliness ≥ 95 %</source>
        <translation>环境卫生满意度 ≥ 95 %</translation>
    </message>
    <message>
        <source>Privacy satisfaction</source>
        <translation>客户隐私满意度</translation>
    </message>
    <message>
        <source>Customers satisfied with privacy ≥ 97 %</source>
        <translation>客户隐私满意度 ≥ 97 %</translation>
    </message>
    <message>
        <source>Checklist completion</source>
        <translation>检查表完成率</translation>
    </message>
    <message>
        <source>Premises cleaned and disinfected every day; weekly and monthly plans</source>
        <translation>每日清洁消毒营业场所；执行每周和每月计划</translation>
    </message>
    <message>
        <source>Late entries</source>
        <translation>补记（迟录）</translation>
    </message>
    <message>
        <source>Records kept honestly</source>
        <translation>如实记录</translation>
    </message>
    <message>
        <source>Open failures</source>
        <translation>未整改的不合格项</translation>
    </message>
    <message>
        <source>A failed item is put right</source>
        <translation>不合格项得到纠正</translation>
    </message>
    <message>
        <source>Maintenance on time</source>
        <translation>维护保养按时率</translation>
    </message>
    <message>
        <source>Equipment serviced on schedule (quarterly overhaul)</source>
        <translation>设备按计划维护保养（每季度检修）</translation>
    </message>
    <message>
        <source>Overdue at month end</source>
        <translation>月末逾期</translation>
    </message>
    <message>
        <source>Out-of-service time</source>
        <translation>停用时间</translation>
    </message>
    <message>
        <source>Faulty equipment is taken out of use</source>
        <translation>故障设备停用</translation>
    </message>
    <message>
        <source>Training coverage</source>
        <translation>培训覆盖率</translation>
    </message>
    <message>
        <source>Training coverage 100 %</source>
        <translation>培训覆盖率 100 %</translation>
    </message>
    <message>
        <source>Assessment pass rate</source>
        <translation>考核合格率</translation>
    </message>
    <message>
        <source>Assessment pass rate ≥ 95 %</source>
        <translation>考核合格率 ≥ 95 %</translation>
    </message>
    <message>
        <source>Training satisfaction</source>
        <translation>培训满意度</translation>
    </message>
    <message>
        <source>Training satisfaction ≥ 90 %</source>
        <translation>培训满意度 ≥ 90 %</translation>
    </message>
    <message>
        <source>Response on time</source>
        <translation>首次响应按时率</translation>
    </message>
    <message>
        <source>Every complaint answered within 48 h</source>
        <translation>每件投诉 48 小时内首次响应</translation>
    </message>
    <message>
        <source>Investigation on time</source>
        <translation>调查按时率</translation>
    </message>
    <message>
        <source>Initial investigation within 24 h</source>
        <translation>24 小时内开始调查</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>按时解决率</translation>
    </message>
    <message>
        <source>Resolved within 30 days</source>
        <translation>30 天内解决</translation>
    </message>
    <message>
        <source>Follow-up on time</source>
        <translation>回访按时率</translation>
    </message>
    <message>
        <source>Customer called back within 7 days of the resolution</source>
        <translation>解决后 7 天内回访顾客</translation>
    </message>
    <message>
        <source>Complaint satisfaction</source>
        <translation>投诉处理满意度</translation>
    </message>
    <message>
        <source>Complaint handling satisfaction ≥ 95 %</source>
        <translation>投诉处理满意度 ≥ 95 %</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>投诉分类统计</translation>
    </message>
    <message>
        <source>Privacy complaints</source>
        <translation>隐私投诉</translation>
    </message>
    <message>
        <source>Customer information kept confidential</source>
        <translation>顾客信息保密</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
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
<context>
    <name>SalonPage</name>
    <message>
        <source>Your salon</source>
        <translation>您的门店</translation>
    </message>
    <message>
        <source>Days, months and report periods follow the salon&apos;s time zone.</source>
        <translation>日、月和报告周期均按门店所在时区计算。</translation>
    </message>
    <message>
        <source>Salon na&amp;me:</source>
        <translation>门店名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Please enter the salon&apos;s name.</source>
        <translation>请输入门店名称。</translation>
    </message>
    <message>
        <source>Please pick a time zone from the list.</source>
        <translation>请从列表中选择时区。</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Name in &amp;Chinese:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Buffer after:</source>
        <translation>之后的缓冲时间(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>价格(&amp;P)：</translation>
    </message>
    <message>
        <source>Certi&amp;ficate needed:</source>
        <translation>所需从业资格证书(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Station kind:</source>
        <translation>工位类型(&amp;S)：</translation>
    </message>
    <message>
        <source>Needs a valid patch &amp;test (colour)</source>
        <translation>需要有效的皮试（染发）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Equipment needed:</source>
        <translation>所需设备(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training session</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>培训讲师(&amp;R)：</translation>
    </message>
    <message>
        <source>Attendees (tick who attended; set their assessment result and their own rating 1–5):</source>
        <translation>参加人员（勾选参加者；填写考核结果及其本人评分 1–5）：</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需的参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 中必须给出一个</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 一起使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了显式给出的参数 %r</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
</context>
</TS>
