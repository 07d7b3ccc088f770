<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>customers from a CSV file (SalonDesk, Fresha or Square)</source>
        <translation>从 CSV 文件导入顾客（SalonDesk、Fresha 或 Square）</translation>
    </message>
    <message>
        <source>the file&apos;s format (default: detected from the header row)</source>
        <translation>文件格式（默认：根据标题行自动识别）</translation>
    </message>
    <message>
        <source>check and report, change nothing</source>
        <translation>只检查并报告，不做任何更改</translation>
    </message>
    <message>
        <source>fill in empty fields of customers already in SalonDesk instead of skipping</source>
        <translation>对 SalonDesk 中已有的顾客补全空白字段，而不是跳过</translation>
    </message>
    <message>
        <source>every customer file as SalonDesk CSV (owner)</source>
        <translation>将全部顾客档案导出为 SalonDesk CSV（仅店长）</translation>
    </message>
    <message>
        <source>No such file: {file}</source>
        <translation>文件不存在：{file}</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>line {line}: {name}: {problem}</source>
        <translation>第 {line} 行：{name}：{problem}</translation>
    </message>
    <message>
        <source>… and {count} more problems.</source>
        <translation>……另有 {count} 个问题。</translation>
    </message>
    <message>
        <source>Format {format} ({encoding}): {created} new, {merged} merged, {skipped} skipped, {invalid} invalid.</source>
        <translation>格式 {format}（{encoding}）：新建 {created} 个，合并 {merged} 个，跳过 {skipped} 个，无效 {invalid} 个。</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未做任何更改。</translation>
    </message>
    <message>
        <source>Wrote {count} customers to {file}.</source>
        <translation>已将 {count} 位顾客写入 {file}。</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer file</source>
        <translation>新建顾客档案</translation>
    </message>
    <message>
        <source>Edit customer file</source>
        <translation>编辑顾客档案</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <source>1990-03-14, or 03-14 without the year</source>
        <translation>1990-03-14，不知道年份时写 03-14</translation>
    </message>
    <message>
        <source>138 1234 5678</source>
        <translation>138 1234 5678</translation>
    </message>
    <message>
        <source>VIP, colour, …</source>
        <translation>VIP, 染发, …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Privacy notice {version} accepted {at}.</source>
        <translation>已于 {at} 接受隐私告知 {version}。</translation>
    </message>
    <message>
        <source>Health data consent (text {version}) given {at}.</source>
        <translation>已于 {at} 单独同意保存健康信息（文本版本 {version}）。</translation>
    </message>
    <message>
        <source>Without the separate consent the health data will be removed when you save.</source>
        <translation>没有单独同意，保存时将删除健康信息。</translation>
    </message>
    <message>
        <source>The birthday is not a date: write 1990-03-14 or 03-14.</source>
        <translation>生日不是有效日期：请写 1990-03-14 或 03-14。</translation>
    </message>
    <message>
        <source>Customer already exists</source>
        <translation>顾客已存在</translation>
    </message>
    <message>
        <source>{text}

Open that file instead?</source>
        <translation>{text}

改为打开该档案吗？</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>顾客档案</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Other phone:</source>
        <translation>其他电话(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <source>Membe&amp;r no.:</source>
        <translation>会员号(&amp;R)：</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <source>Agrees to rece&amp;ive marketing messages</source>
        <translation>同意接收营销信息(&amp;I)</translation>
    </message>
    <message>
        <source>The customer gives separate consent to keep health &amp;data</source>
        <translation>顾客单独同意保存健康信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;How they found us:</source>
        <translation>了解渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Has read and accepted the &amp;privacy notice</source>
        <translation>已阅读并接受隐私告知(&amp;P)</translation>
    </message>
    <message>
        <source>Health and safety (sensitive)</source>
        <translation>健康与安全（敏感信息）</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>过敏(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;kin/scalp conditions:</source>
        <translation>皮肤/头皮状况(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Contraindications:</source>
        <translation>禁忌症(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>CustomerFileView</name>
    <message>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>Other phone:</source>
        <translation>其他电话：</translation>
    </message>
    <message>
        <source>Member no.:</source>
        <translation>会员号：</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>生日：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>How they found us:</source>
        <translation>了解渠道：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>同意：</translation>
    </message>
    <message>
        <source>Last visit:</source>
        <translation>最近到店：</translation>
    </message>
    <message>
        <source>Contact and personal details are not shown to technicians; you see your own services only.</source>
        <translation>技师看不到联系方式和个人信息；只显示您本人为该顾客做的服务。</translation>
    </message>
    <message>
        <source>No history yet: visits, services and complaints will appear here.</source>
        <translation>暂无记录：到店、服务记录和投诉会显示在这里。</translation>
    </message>
    <message>
        <source>No patch test on file. Colour services need one (Record patch test).</source>
        <translation>档案中没有皮试记录。染发服务需要皮试（点“记录皮试”）。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Patch tests</source>
        <translation>皮试</translation>
    </message>
    <message>
        <source>Tested at</source>
        <translation>测试时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>{name} (erased on request)</source>
        <translation>{name}（已应要求删除个人信息）</translation>
    </message>
    <message>
        <source>{name} (merged into file {id})</source>
        <translation>{name}（已合并到档案 {id}）</translation>
    </message>
    <message>
        <source>privacy notice {version} accepted {at}</source>
        <translation>隐私告知 {version} 于 {at} 接受</translation>
    </message>
    <message>
        <source>privacy notice not yet accepted</source>
        <translation>尚未接受隐私告知</translation>
    </message>
    <message>
        <source>marketing: yes</source>
        <translation>营销信息：同意</translation>
    </message>
    <message>
        <source>marketing: no</source>
        <translation>营销信息：不同意</translation>
    </message>
    <message>
        <source>health data: consent {version} given {at}</source>
        <translation>健康信息：已于 {at} 单独同意（版本 {version}）</translation>
    </message>
    <message>
        <source>health data: no consent (none stored)</source>
        <translation>健康信息：未同意（不保存）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未到店</translation>
    </message>
</context>
<context>
    <name>CustomerSearchWidget</name>
    <message>
        <source>Name, pinyin (zw), last 4 phone digits or member number</source>
        <translation>姓名、拼音（zw）、手机尾号 4 位或会员号</translation>
    </message>
    <message>
        <source>Ctrl+F. Type, then ↓ and Enter to open.</source>
        <translation>Ctrl+F。输入后按 ↓ 和回车打开。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Allergy or contraindication on file</source>
        <translation>档案中有过敏或禁忌症</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Type a name (张伟, Anna), pinyin or initials (zhangwei, zw), the last 4 digits of a phone or a member number.</source>
        <translation>输入姓名（张伟、Anna）、拼音或首字母（zhangwei、zw）、手机尾号 4 位或会员号。</translation>
    </message>
    <message>
        <source>0 found</source>
        <translation>找到 0 位</translation>
    </message>
    <message>
        <source>No customer matches “{text}”. Check the spelling, or open a new file with Ctrl+N.</source>
        <translation>没有与“{text}”匹配的顾客。请检查输入，或按 Ctrl+N 新建档案。</translation>
    </message>
    <message>
        <source>More than {shown} found, first {shown} shown</source>
        <translation>找到超过 {shown} 位，显示前 {shown} 位</translation>
    </message>
    <message>
        <source>{total} found, first {shown} shown</source>
        <translation>找到 {total} 位，显示前 {shown} 位</translation>
    </message>
    <message>
        <source>{total} found</source>
        <translation>找到 {total} 位</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Patch test passed on {date}, valid until {until}.</source>
        <translation>皮试于 {date} 通过，有效期至 {until}。</translation>
    </message>
    <message>
        <source>No patch test on file: colour services need one.</source>
        <translation>档案中没有皮试：染发服务需要皮试。</translation>
    </message>
    <message>
        <source>Patch test passed on {date}: colour services only from {from_} (48 h after the test).</source>
        <translation>皮试于 {date} 通过：{from_} 起（测试 48 小时后）才能做染发服务。</translation>
    </message>
    <message>
        <source>Patch test expired on {until} (more than 6 months old): test again before colouring.</source>
        <translation>皮试已于 {until} 过期（超过 6 个月）：染发前需重新皮试。</translation>
    </message>
    <message>
        <source>Patch test FAILED on {date} ({product}): no colour service.</source>
        <translation>皮试于 {date} 未通过（{product}）：不得做染发服务。</translation>
    </message>
    <message>
        <source>Patch test</source>
        <translation>皮试</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>No birthdays this week.</source>
        <translation>本周没有顾客过生日。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建顾客(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Record &amp;patch test…</source>
        <translation>记录皮试(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport data…</source>
        <translation>导出个人数据(&amp;X)…</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>删除个人信息(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Merge duplicate…</source>
        <translation>合并重复档案(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;all…</source>
        <translation>全部导出(&amp;A)…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>{count} customer files</source>
        <translation>共 {count} 份顾客档案</translation>
    </message>
    <message>
        <source>No customer files yet. Add one with “New customer” (Ctrl+N), import a list from another system with “Import”, or create a demo salon.</source>
        <translation>还没有顾客档案。可用“新建顾客”（Ctrl+N）添加，用“导入”从其他系统导入名单，或创建演示门店。</translation>
    </message>
    <message>
        <source>Find a customer on the left (Ctrl+F), then press Enter to open the file.</source>
        <translation>在左侧查找顾客（Ctrl+F），按回车打开档案。</translation>
    </message>
    <message>
        <source>{count} birthdays this week</source>
        <translation>本周 {count} 位顾客过生日</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>周岁</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Only the owner may do this.</source>
        <translation>只有店长可以执行此操作。</translation>
    </message>
    <message>
        <source>Open an active customer file first.</source>
        <translation>请先打开一份有效的顾客档案。</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>导出顾客数据</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote {json} and {csv} ({count} records).</source>
        <translation>已写入 {json} 和 {csv}（{count} 条记录）。</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出顾客</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {count} customers to {file}.</source>
        <translation>已将 {count} 位顾客写入 {file}。</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase customer data</source>
        <translation>删除顾客个人信息</translation>
    </message>
    <message>
        <source>Erase the personal data of {name}? Name, phones, birthday, notes and health data are removed; service records, complaints and patch tests keep a pseudonymous reference. This cannot be undone.</source>
        <translation>删除 {name} 的个人信息吗？姓名、电话、生日、备注和健康信息将被删除；服务记录、投诉和皮试保留一个化名引用。此操作不可撤销。</translation>
    </message>
    <message>
        <source>Reason, e.g. the customer asked by phone on …</source>
        <translation>原因，例如：顾客于……来电要求</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>删除(&amp;E)…</translation>
    </message>
    <message>
        <source>Really erase {name}? This cannot be undone.</source>
        <translation>确定删除 {name} 的个人信息吗？此操作不可撤销。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{name} already has this mobile number (file {existing_id}).</source>
        <translation>{name} 已使用此手机号（档案 {existing_id}）。</translation>
    </message>
    <message>
        <source>No name: the row is skipped.</source>
        <translation>没有姓名：跳过此行。</translation>
    </message>
    <message>
        <source>Mobile not valid ({value}): imported without a mobile, the number kept as typed in Other phone.</source>
        <translation>手机号无效（{value}）：已导入但不含手机号，原号码按原样保存在“其他电话”中。</translation>
    </message>
    <message>
        <source>Mobile not valid ({value}): imported without a mobile, the number kept as typed in the notes.</source>
        <translation>手机号无效（{value}）：已导入但不含手机号，原号码按原样保存在备注中。</translation>
    </message>
    <message>
        <source>Control characters in this row were removed.</source>
        <translation>此行中的控制字符已被删除。</translation>
    </message>
    <message>
        <source>Member number {value} is longer than {limit} characters: left empty.</source>
        <translation>会员号 {value} 超过 {limit} 个字符：留空。</translation>
    </message>
    <message>
        <source>The file ends in the middle of this row (cut short?): the row is not imported.</source>
        <translation>文件在此行中间结束（文件不完整？）：此行未导入。</translation>
    </message>
    <message>
        <source>Other phone not valid ({value}): kept as typed.</source>
        <translation>其他电话无效（{value}）：按原样保留。</translation>
    </message>
    <message>
        <source>Birthday not understood ({value}): left empty.</source>
        <translation>无法识别生日（{value}）：留空。</translation>
    </message>
    <message>
        <source>Same phone as line {line}: the row is skipped.</source>
        <translation>与第 {line} 行手机号相同：跳过此行。</translation>
    </message>
    <message>
        <source>Already in SalonDesk ({name}): skipped.</source>
        <translation>SalonDesk 中已有此顾客（{name}）：跳过。</translation>
    </message>
    <message>
        <source>Already in SalonDesk ({name}): empty fields filled in.</source>
        <translation>SalonDesk 中已有此顾客（{name}）：已补全空白字段。</translation>
    </message>
    <message>
        <source>The name is longer than 120 characters: the row is skipped.</source>
        <translation>姓名超过 120 个字符：跳过此行。</translation>
    </message>
    <message>
        <source>The file could not be read as a customer list.</source>
        <translation>无法将该文件读取为顾客名单。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding could not be recognised for certain (SalonDesk reads UTF-8, GB18030/GBK, Big5, Shift-JIS and Windows-1252). Save it as CSV (UTF-8) and try again.</source>
        <translation>无法确定文件的文本编码（SalonDesk 门店管理可读取 UTF-8、GB18030/GBK、Big5、Shift-JIS 和 Windows-1252）。请另存为 CSV（UTF-8）后重试。</translation>
    </message>
    <message>
        <source>The file is not a CSV file ({detail}).</source>
        <translation>该文件不是 CSV 文件（{detail}）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The first row is not a SalonDesk, Fresha or Square customer header: {header}</source>
        <translation>第一行不是 SalonDesk、Fresha 或 Square 的顾客标题行：{header}</translation>
    </message>
    <message>
        <source>The header does not match the {format} format: missing {missing}.</source>
        <translation>标题行与 {format} 格式不符：缺少 {missing}。</translation>
    </message>
    <message>
        <source>No customer with id {id}.</source>
        <translation>没有编号为 {id} 的顾客。</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>姓名太长。</translation>
    </message>
    <message>
        <source>{value} is not a valid mobile number.</source>
        <translation>{value} 不是有效的手机号。</translation>
    </message>
    <message>
        <source>{value} is not a valid phone number.</source>
        <translation>{value} 不是有效的电话号码。</translation>
    </message>
    <message>
        <source>Unknown gender.</source>
        <translation>未知的性别。</translation>
    </message>
    <message>
        <source>The birthday is not a valid date.</source>
        <translation>生日不是有效日期。</translation>
    </message>
    <message>
        <source>Allergies, skin conditions and contraindications can only be stored with the customer&apos;s separate consent to keep health data.</source>
        <translation>只有在顾客单独同意保存健康信息后，才能记录过敏、皮肤状况和禁忌症。</translation>
    </message>
    <message>
        <source>Member number {number} already belongs to {name}.</source>
        <translation>会员号 {number} 已属于 {name}。</translation>
    </message>
    <message>
        <source>This customer file was erased or merged and cannot be changed.</source>
        <translation>该顾客档案已删除个人信息或已合并，不能再修改。</translation>
    </message>
    <message>
        <source>Please enter the product tested.</source>
        <translation>请输入皮试所用产品。</translation>
    </message>
    <message>
        <source>Unknown patch test result.</source>
        <translation>未知的皮试结果。</translation>
    </message>
    <message>
        <source>A patch test cannot be in the future.</source>
        <translation>皮试时间不能晚于现在。</translation>
    </message>
    <message>
        <source>Unknown staff member.</source>
        <translation>未知的员工。</translation>
    </message>
    <message>
        <source>Please write down the reason (the customer&apos;s request).</source>
        <translation>请写明原因（顾客的要求）。</translation>
    </message>
    <message>
        <source>This customer file is already erased.</source>
        <translation>该顾客档案的个人信息已被删除。</translation>
    </message>
    <message>
        <source>Pick two different customer files.</source>
        <translation>请选择两份不同的顾客档案。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>导入顾客</translation>
    </message>
    <message>
        <source>A CSV export from SalonDesk, Fresha or Square</source>
        <translation>SalonDesk、Fresha 或 Square 导出的 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>根据标题行识别</translation>
    </message>
    <message>
        <source>SalonDesk CSV</source>
        <translation>SalonDesk CSV</translation>
    </message>
    <message>
        <source>Fresha client export</source>
        <translation>Fresha 客户导出</translation>
    </message>
    <message>
        <source>Square customer export</source>
        <translation>Square 顾客导出</translation>
    </message>
    <message>
        <source>Skip customers already in SalonDesk</source>
        <translation>跳过 SalonDesk 中已有的顾客</translation>
    </message>
    <message>
        <source>Fill in their empty fields (merge)</source>
        <translation>补全其空白字段（合并）</translation>
    </message>
    <message>
        <source>Choose a file to see what would be imported. Nothing changes until you import.</source>
        <translation>选择文件后可预览将导入的内容。点“导入”之前不会做任何更改。</translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation>停止导入(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>顾客名单</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件……</translation>
    </message>
    <message>
        <source>{format} file, {encoding}: {new} new, {merge} to merge, {skip} skipped, {invalid} with errors (of {total} rows). Import is all or nothing.</source>
        <translation>{format} 文件，{encoding}：新建 {new} 个，合并 {merge} 个，跳过 {skip} 个，有错误 {invalid} 个（共 {total} 行）。导入要么全部完成，要么完全不做。</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>正在停止导入…</translation>
    </message>
    <message>
        <source>Imported: {created} new, {merged} merged; {skipped} skipped, {invalid} with errors.</source>
        <translation>已导入：新建 {created} 个，合并 {merged} 个；跳过 {skipped} 个，有错误 {invalid} 个。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>The import failed ({error}). Nothing was imported.</source>
        <translation>导入失败（{error}）。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate into {name}</source>
        <translation>将重复档案合并到 {name}</translation>
    </message>
    <message>
        <source>Find the duplicate file. All its history moves to {name}; its empty fields fill in the kept file; the duplicate is kept hidden, pointing here.</source>
        <translation>查找重复的档案。它的全部历史记录将移到 {name}；保留档案的空白字段由它补全；重复档案会隐藏保留，并指向此档案。</translation>
    </message>
    <message>
        <source>No duplicate chosen yet.</source>
        <translation>尚未选择重复档案。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>That is the file itself: pick the duplicate.</source>
        <translation>这就是当前档案本身：请选择重复的那一份。</translation>
    </message>
    <message>
        <source>Merge {other} ({phone}) into {name}.</source>
        <translation>将 {other}（{phone}）合并到 {name}。</translation>
    </message>
    <message>
        <source>Merge files</source>
        <translation>合并档案</translation>
    </message>
</context>
<context>
    <name>PatchTestDialog</name>
    <message>
        <source>Patch test for {name}</source>
        <translation>{name} 的皮试</translation>
    </message>
    <message>
        <source>Product and shade, e.g. Koleston 6/0</source>
        <translation>产品和色号，例如 Koleston 6/0</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Tested at:</source>
        <translation>测试时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>Tested &amp;by:</source>
        <translation>测试人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SafetyBanner</name>
    <message>
        <source>Allergy: {text}</source>
        <translation>过敏：{text}</translation>
    </message>
    <message>
        <source>Contraindication: {text}</source>
        <translation>禁忌症：{text}</translation>
    </message>
    <message>
        <source>Skin/scalp condition: {text}</source>
        <translation>皮肤/头皮状况：{text}</translation>
    </message>
    <message>
        <source>⚠ SAFETY WARNING</source>
        <translation>⚠ 安全警告</translation>
    </message>
</context>
</TS>
