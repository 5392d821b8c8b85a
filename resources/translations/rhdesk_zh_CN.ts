<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CostConfirm</name>
    <message>
        <source>Queue a costly batch?</source>
        <translation>要加入花费较高的批次吗？</translation>
    </message>
    <message numerus="yes">
        <source>These %n run(s) will cost about %1 coins in all (about %2 coins each, from this app&apos;s past runs). Queue them?</source>
        <translation>
            <numerusform>这 %n 次运行共约花费 %1 RH币（按此应用以往的运行估计，每次约 %2 RH币）。要加入队列吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the built-in simulated RunningHub (no account, no cost).</source>
        <translation>使用内置的模拟 RunningHub（无需账号，不产生费用）。</translation>
    </message>
    <message>
        <source>Talk to another server, e.g. a company proxy or a test server.</source>
        <translation>连接其他服务器，例如公司代理或测试服务器。</translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Desktop client for RunningHub AI apps.

Your settings: %1
Your history, presets and caches: %2
With --sandbox: %3 and %4 (nothing the sandbox does is seen outside them).</source>
        <translation>RunningHub AI 应用的桌面客户端。

设置：%1
历史记录、预设和缓存：%2
使用 --sandbox 时：%3 和 %4（沙盒的一切操作都只留在这两处）。</translation>
    </message>
    <message>
        <source>Sandbox (this computer)</source>
        <translation>沙盒（本机）</translation>
    </message>
</context>
<context>
    <name>rh::AccountBook</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
</context>
<context>
    <name>rh::AccountCombo</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>The RunningHub account runs go to: its site and its key (File → Accounts…)</source>
        <translation>运行发往的 RunningHub 账号：使用它的站点和密钥（文件 → 账号…）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>account name — its site</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>rh::AccountStatusLabel</name>
    <message>
        <source>Account status</source>
        <translation>账号状态</translation>
    </message>
    <message>
        <source>RunningHub did not answer the last question about this account: the figure may be old.</source>
        <translation>RunningHub 没有响应最近一次账号查询：显示的数字可能已过时。</translation>
    </message>
    <message>
        <source>What is left on this RunningHub account, and its tasks running now.</source>
        <translation>此 RunningHub 账号的余额，以及当前正在运行的任务数。</translation>
    </message>
    <message>
        <source>%1 · %2 running</source>
        <translation>%1 · %2 个运行中</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>account figures · money</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>rh::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>设为默认(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>自定义服务器</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>站点(&amp;S)：</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>服务器地址(&amp;U)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>添加账号(&amp;A)</translation>
    </message>
    <message>
        <source>%1 — %2 (default)</source>
        <translation>%1 — %2（默认）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The server URL must start with http:// or https://.</source>
        <translation>服务器地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation>已重命名。</translation>
    </message>
    <message>
        <source>Removed “%1” and forgot its key.</source>
        <translation>已移除“%1”，并删除了它的密钥。</translation>
    </message>
    <message>
        <source>The form&apos;s key is filled in: give it a name and press Add account to keep it as an account.</source>
        <translation>表单中已填有密钥：起个名称并按“添加账号”，即可将其保存为账号。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s), without their keys.</source>
        <translation>
            <numerusform>已导出 %n 个账号，不含其密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not an accounts file of rhdesk.</source>
        <translation>%1 不是 rhdesk 的账号文件。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s); type each one&apos;s API key before using it.</source>
        <translation>
            <numerusform>已导入 %n 个账号；使用前请为每个账号输入 API 密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation>导出账号</translation>
    </message>
    <message>
        <source>accounts.json</source>
        <translation>accounts.json</translation>
    </message>
    <message>
        <source>Accounts (*.json)</source>
        <translation>账号文件 (*.json)</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>导入账号</translation>
    </message>
</context>
<context>
    <name>rh::AdvancedSection</name>
    <message>
        <source>Advanced: webhook, node table, request preview</source>
        <translation>高级：webhook、节点表格、请求预览</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <source>Optional: https://your-server/hook, called when the task ends</source>
        <translation>可选：https://your-server/hook，任务结束时调用</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>客户端 ID：</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>请求预览</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>Webhook URL：</translation>
    </message>
    <message>
        <source>Preview as &amp;JSON</source>
        <translation>以 JSON 预览(&amp;J)</translation>
    </message>
    <message>
        <source>Cop&amp;y as curl</source>
        <translation>复制为 curl(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>rh::AppBar</name>
    <message>
        <source>My apps</source>
        <translation>我的应用</translation>
    </message>
    <message>
        <source>My apps: recent and favourite apps</source>
        <translation>我的应用：最近使用和收藏的应用</translation>
    </message>
    <message>
        <source>Apps you opened before, favourites first</source>
        <translation>打开过的应用，收藏的排在前面</translation>
    </message>
    <message>
        <source>Webapp ID</source>
        <translation>应用 ID</translation>
    </message>
    <message>
        <source>App ID or link, e.g. 1877265245566922753</source>
        <translation>应用 ID 或链接，例如 1877265245566922753</translation>
    </message>
    <message>
        <source>&amp;Load app</source>
        <translation>加载应用(&amp;L)</translation>
    </message>
    <message>
        <source>Load app</source>
        <translation>加载应用</translation>
    </message>
    <message>
        <source>Fetch the app&apos;s name and inputs from RunningHub</source>
        <translation>从 RunningHub 获取应用的名称和输入项</translation>
    </message>
    <message>
        <source>App cover</source>
        <translation>应用封面</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>应用名称</translation>
    </message>
    <message>
        <source>Favourite app</source>
        <translation>收藏应用</translation>
    </message>
    <message>
        <source>Keep this app at the top of My apps</source>
        <translation>将此应用固定在“我的应用”顶部</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>The inputs differ from what was last loaded (the app&apos;s defaults, a preset or a run) or saved as a preset.</source>
        <translation>输入项与上次加载的内容（应用默认值、预设或某次运行）或已保存的预设不同。</translation>
    </message>
    <message>
        <source>Open on RunningHub</source>
        <translation>在 RunningHub 上打开</translation>
    </message>
    <message>
        <source>Open the app&apos;s page on RunningHub</source>
        <translation>在 RunningHub 上打开应用页面</translation>
    </message>
</context>
<context>
    <name>rh::AppController</name>
    <message>
        <source>Uploading… %1%</source>
        <translation>正在上传… %1%</translation>
    </message>
    <message>
        <source>%1 (%2 KB) → %3</source>
        <translation>%1（%2 KB）→ %3</translation>
    </message>
    <message>
        <source>Already on RunningHub: %1 was not uploaded again.</source>
        <translation>%1 已在 RunningHub 上，未重复上传。</translation>
    </message>
    <message>
        <source>Uploaded %1.</source>
        <translation>已上传 %1。</translation>
    </message>
    <message>
        <source>Loading the app&apos;s inputs…</source>
        <translation>正在加载应用的输入项…</translation>
    </message>
    <message numerus="yes">
        <source>Loaded “%1”: %n input(s).</source>
        <translation>
            <numerusform>已加载“%1”：%n 个输入项。</numerusform>
        </translation>
    </message>
    <message>
        <source>The app&apos;s inputs have not changed.</source>
        <translation>应用的输入项没有变化。</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>移除：%1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>变更：%1</translation>
    </message>
    <message>
        <source>The app&apos;s inputs changed since it was last loaded — %1.</source>
        <translation>应用的输入项自上次加载后有变化——%1。</translation>
    </message>
    <message>
        <source>%1 (%2 KB), uploading…</source>
        <translation>%1（%2 KB），正在上传…</translation>
    </message>
</context>
<context>
    <name>rh::AppPicker</name>
    <message>
        <source>Search your apps</source>
        <translation>搜索我的应用</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>按名称或 ID 搜索</translation>
    </message>
    <message>
        <source>Your apps</source>
        <translation>我的应用</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>%1 (app %2)</source>
        <translation>%1（应用 %2）</translation>
    </message>
    <message>
        <source>Apps you open appear here. Paste an app&apos;s ID or link into the box to start.</source>
        <translation>打开过的应用会显示在这里。在输入框中粘贴应用 ID 或链接即可开始。</translation>
    </message>
    <message>
        <source>No app matches “%1”.</source>
        <translation>没有与“%1”匹配的应用。</translation>
    </message>
</context>
<context>
    <name>rh::BatchCheck</name>
    <message>
        <source>row %1, column &apos;%2&apos;: &apos;%3&apos; is not one of: %4</source>
        <translation>第 %1 行，“%2”列：“%3”不在可选项中：%4</translation>
    </message>
    <message>
        <source>row %1, column &apos;%2&apos;: &apos;%3&apos; is not a number</source>
        <translation>第 %1 行，“%2”列：“%3”不是数字</translation>
    </message>
    <message>
        <source>row %1, column &apos;%2&apos;: &apos;%3&apos; is not a whole number</source>
        <translation>第 %1 行，“%2”列：“%3”不是整数</translation>
    </message>
    <message>
        <source>row %1, column &apos;%2&apos;: %3 is below the minimum %4</source>
        <translation>第 %1 行，“%2”列：%3 小于最小值 %4</translation>
    </message>
    <message>
        <source>row %1, column &apos;%2&apos;: %3 is above the maximum %4</source>
        <translation>第 %1 行，“%2”列：%3 大于最大值 %4</translation>
    </message>
    <message>
        <source>row %1, column &apos;%2&apos;: file &apos;%3&apos; does not exist</source>
        <translation>第 %1 行，“%2”列：文件“%3”不存在</translation>
    </message>
    <message>
        <source>row %1, column &apos;%2&apos;: &apos;%3&apos; is not a file this input takes (%4)</source>
        <translation>第 %1 行，“%2”列：“%3”不是此输入项接受的文件（%4）</translation>
    </message>
    <message>
        <source>row %1, column &apos;%2&apos;: file &apos;%3&apos; is empty</source>
        <translation>第 %1 行，“%2”列：文件“%3”是空的</translation>
    </message>
    <message>
        <source>row %1, column &apos;%2&apos;: file &apos;%3&apos; is larger than 30 MB</source>
        <translation>第 %1 行，“%2”列：文件“%3”超过 30 MB</translation>
    </message>
    <message>
        <source>row %1, column &apos;%2&apos;: a value is required</source>
        <translation>第 %1 行，“%2”列：必须填写</translation>
    </message>
    <message>
        <source>row %1, column &apos;%2&apos;: &apos;%3&apos; is not an http(s) address</source>
        <translation>第 %1 行，“%2”列：“%3”不是 http(s) 地址</translation>
    </message>
    <message>
        <source>row %1, column &apos;%2&apos;: the number %3 lost digits in the spreadsheet; store ids as text</source>
        <translation>第 %1 行，“%2”列：数字 %3 在表格中丢失了位数；请把 ID 存为文本</translation>
    </message>
    <message>
        <source>%1 · row %2</source>
        <translation>%1 · 第 %2 行</translation>
    </message>
</context>
<context>
    <name>rh::BatchController</name>
    <message>
        <source>Import batch</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>表格 (*.xlsx *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Export batch</source>
        <translation>导出批次</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Import &amp;batch…</source>
        <translation>导入批次(&amp;B)…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>E&amp;xport batch…</source>
        <translation>导出批次(&amp;X)…</translation>
    </message>
    <message>
        <source>Queue one run per row of a spreadsheet, checked cell by cell first</source>
        <translation>表格的每一行加入一次运行，先逐个单元格检查</translation>
    </message>
    <message>
        <source>Queue one run per image, video or audio file of a folder</source>
        <translation>文件夹中的每个图片、视频或音频文件加入一次运行</translation>
    </message>
    <message>
        <source>Save a batch&apos;s manifest and result files in one ZIP archive</source>
        <translation>把批次的清单和结果文件存入一个 ZIP 压缩包</translation>
    </message>
    <message>
        <source>No batch in the queue has a manifest yet.</source>
        <translation>队列中还没有带清单的批次。</translation>
    </message>
    <message>
        <source>Exported the batch to %1; result files no longer on disk: %2.</source>
        <translation>批次已导出到 %1；以下结果文件已不在磁盘上：%2。</translation>
    </message>
    <message>
        <source>Exported the batch to %1.</source>
        <translation>批次已导出到 %1。</translation>
    </message>
    <message>
        <source>The batch could not be exported: %1</source>
        <translation>无法导出批次：%1</translation>
    </message>
    <message>
        <source>Load an app first: a sheet&apos;s columns are matched to its inputs.</source>
        <translation>请先加载应用：表格的列要与应用的输入项对应。</translation>
    </message>
    <message>
        <source>Queued 1 run from the sheet.</source>
        <translation>已从表格加入 1 次运行。</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n runs from the sheet.</source>
        <translation>
            <numerusform>已从表格加入 %n 次运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste batch from clipboard</source>
        <translation>从剪贴板粘贴批次(&amp;P)</translation>
    </message>
    <message>
        <source>Queue one run per row of the cells copied in a spreadsheet, checked cell by cell first</source>
        <translation>为从表格复制的单元格的每一行排入一次运行，先逐格检查</translation>
    </message>
    <message>
        <source>The clipboard holds no cells: copy them in the spreadsheet first.</source>
        <translation>剪贴板中没有单元格：请先在表格软件中复制它们。</translation>
    </message>
</context>
<context>
    <name>rh::BatchCostLabel</name>
    <message>
        <source>What the batch has spent</source>
        <translation>本批次已花费</translation>
    </message>
    <message>
        <source>What the batch&apos;s runs that said their cost spent in all, every attempt counted</source>
        <translation>本批次中报告了费用的运行的总花费，每次尝试都计入</translation>
    </message>
    <message>
        <source>Spent so far: no run of this batch has said its cost yet.</source>
        <translation>已花费：本批次还没有运行报告费用。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>coins · money</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Spent so far: %1</source>
        <translation>已花费：%1</translation>
    </message>
</context>
<context>
    <name>rh::BatchDialog</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Batch preview</source>
        <translation>批次预览</translation>
    </message>
    <message>
        <source>Batch &amp;preview</source>
        <translation>批次预览(&amp;P)</translation>
    </message>
    <message>
        <source>Batch problems</source>
        <translation>批次问题</translation>
    </message>
    <message>
        <source>Request of the selected run</source>
        <translation>所选运行的请求</translation>
    </message>
    <message>
        <source>Batch p&amp;roblems</source>
        <translation>批次问题(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;quest of the selected run (the API key is masked)</source>
        <translation>所选运行的请求（API 密钥已隐藏）(&amp;Q)</translation>
    </message>
    <message>
        <source>Batch estimate</source>
        <translation>批次估算</translation>
    </message>
    <message>
        <source>&amp;Skip rows with problems (they are listed in the manifest)</source>
        <translation>跳过有问题的行（它们会列在清单中）(&amp;S)</translation>
    </message>
    <message>
        <source>Queue runs</source>
        <translation>加入队列</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <source>Label of the run</source>
        <translation>运行的标签</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>实例类型</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <source>%1 (%2:%3)</source>
        <translation>%1（%2:%3）</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>Batch &amp;preview: 1 run</source>
        <translation>批次预览(&amp;P)：1 次运行</translation>
    </message>
    <message numerus="yes">
        <source>Batch &amp;preview: %n runs</source>
        <translation>
            <numerusform>批次预览(&amp;P)：%n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue 1 run</source>
        <translation>加入 1 次运行</translation>
    </message>
    <message numerus="yes">
        <source>Queue %n runs</source>
        <translation>
            <numerusform>加入 %n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue could not be saved; nothing was added.</source>
        <translation>无法保存队列，未添加任何运行。</translation>
    </message>
    <message>
        <source>Sa&amp;ve as preset…</source>
        <translation>另存为预设(&amp;V)…</translation>
    </message>
    <message>
        <source>The clipboard holds no cells: copy them in the spreadsheet first.</source>
        <translation>剪贴板中没有单元格：请先在表格软件中复制它们。</translation>
    </message>
    <message>
        <source>Pasted cells have no file to read again: save them as a sheet first</source>
        <translation>粘贴的单元格没有可重新读取的文件：请先将其保存为表格文件</translation>
    </message>
    <message>
        <source>Keep this sheet, these columns and the form&apos;s other values as a preset</source>
        <translation>将此表格、这些列的对应关系以及表单中的其他值保存为预设</translation>
    </message>
    <message>
        <source>Pasted cells</source>
        <translation>粘贴的单元格</translation>
    </message>
</context>
<context>
    <name>rh::BatchPreviewModel</name>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 个问题</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>rh::BatchSourceBox</name>
    <message>
        <source>P&amp;aste cells</source>
        <translation>粘贴单元格(&amp;A)</translation>
    </message>
    <message>
        <source>Take the cells copied in a spreadsheet (the first row names the columns) instead</source>
        <translation>改用从表格复制的单元格（第一行为列名）</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
    <message>
        <source>Cells pasted from the clipboard</source>
        <translation>从剪贴板粘贴的单元格</translation>
    </message>
    <message>
        <source>Relative file paths in the cells are taken from %1</source>
        <translation>单元格中的相对文件路径以 %1 为起点</translation>
    </message>
</context>
<context>
    <name>rh::BatchText</name>
    <message>
        <source>Nothing to queue.</source>
        <translation>没有可加入队列的运行。</translation>
    </message>
    <message>
        <source>no estimate: this app has no finished runs yet</source>
        <translation>无法估算：此应用还没有完成的运行</translation>
    </message>
    <message>
        <source>About %1 coins (1 run × %2 coins, the median of this app&apos;s runs)</source>
        <translation>约 %1 RH币（1 次运行 × %2 RH币，此应用运行费用的中位数）</translation>
    </message>
    <message numerus="yes">
        <source>About %1 coins (%n runs × %2 coins, the median of this app&apos;s runs)</source>
        <translation>
            <numerusform>约 %1 RH币（%n 次运行 × %2 RH币，此应用运行费用的中位数）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 with 1 slot</source>
        <translation>%1；按 1 个并发，用时%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 with %n slots</source>
        <translation>
            <numerusform>%1；按 %n 个并发，用时%2</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>约 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>约 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>表格是空的。</translation>
    </message>
    <message>
        <source>The sheet is too large to import (%1).</source>
        <translation>表格太大，无法导入（%1）。</translation>
    </message>
    <message>
        <source>The sheet&apos;s text is not in this encoding; choose another one.</source>
        <translation>表格的文字不是这种编码；请换一种编码。</translation>
    </message>
    <message>
        <source>The sheet is not a CSV file that can be read (%1).</source>
        <translation>无法读取此 CSV 文件（%1）。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx).</source>
        <translation>此文件不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The workbook is damaged (%1).</source>
        <translation>工作簿已损坏（%1）。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;%1&apos;.</source>
        <translation>工作簿中没有名为“%1”的工作表。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>GB18030 (GBK)</source>
        <translation>GB18030 (GBK)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>pasted cells</source>
        <translation>粘贴的单元格</translation>
    </message>
    <message>
        <source>Batch preset “%1” — %2</source>
        <translation>批次预设“%1” — %2</translation>
    </message>
    <message>
        <source>Import batch — %1</source>
        <translation>导入批次 — %1</translation>
    </message>
    <message>
        <source>The sheet has columns the preset “%1” did not have: %2. Check what they feed before queueing.</source>
        <translation>表格中有预设“%1”没有的列：%2。加入队列前请检查它们对应的输入项。</translation>
    </message>
    <message>
        <source>The sheet no longer has columns the preset “%1” used: %2. Their inputs keep the form&apos;s values; check the columns before queueing.</source>
        <translation>表格中已没有预设“%1”用到的列：%2。对应的输入项保留表单中的值；加入队列前请检查各列。</translation>
    </message>
    <message>
        <source>The sheet&apos;s columns changed since the preset “%1” was saved: new %2; gone %3. Check the columns before queueing.</source>
        <translation>自预设“%1”保存以来，表格的列已变化：新增 %2；缺少 %3。加入队列前请检查各列。</translation>
    </message>
    <message>
        <source>The sheet of the preset “%1” is not at %2 any more: its other values are in the form. Import the sheet again and save the preset anew.</source>
        <translation>预设“%1”的表格已不在 %2：其他值已填入表单。请重新导入表格，并重新保存预设。</translation>
    </message>
</context>
<context>
    <name>rh::Budget</name>
    <message>
        <source>Batch cap of %1 coins reached (spent %2)</source>
        <translation>已达到批次上限 %1 RH币（已花费 %2）</translation>
    </message>
    <message>
        <source>Balance of %1 coins is below the floor of %2</source>
        <translation>余额 %1 RH币低于下限 %2</translation>
    </message>
</context>
<context>
    <name>rh::DisplayFormat</name>
    <message>
        <source>%1 s</source>
        <comment>run time in seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 RH coins, simulated</source>
        <translation>%1 RH币（模拟）</translation>
    </message>
    <message>
        <source>%1 RH coins</source>
        <translation>%1 RH币</translation>
    </message>
    <message>
        <source>%1, simulated</source>
        <translation>%1（模拟）</translation>
    </message>
    <message>
        <source>run time unknown</source>
        <translation>运行时长未知</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>run time · cost</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Simulated cost</source>
        <translation>模拟费用</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1（模拟）</translation>
    </message>
</context>
<context>
    <name>rh::DriftNotice</name>
    <message>
        <source>The app changed since the preset was saved</source>
        <translation>应用在保存预设后有了变化</translation>
    </message>
    <message>
        <source>“Load as is” keeps the inputs the app no longer has in the table, marked: remove them before running, or RunningHub may refuse the task.</source>
        <translation>“按原样加载”会把应用已不再有的输入项保留在表格中并加以标记：运行前请删除它们，否则 RunningHub 可能拒绝该任务。</translation>
    </message>
    <message>
        <source>&amp;Fix and load</source>
        <translation>修正并加载(&amp;F)</translation>
    </message>
    <message>
        <source>Fix and load</source>
        <translation>修正并加载</translation>
    </message>
    <message>
        <source>Leave out the inputs the app dropped and give new inputs the app&apos;s defaults</source>
        <translation>略去应用已删除的输入项，新输入项使用应用的默认值</translation>
    </message>
    <message>
        <source>Load &amp;as is</source>
        <translation>按原样加载(&amp;A)</translation>
    </message>
    <message>
        <source>Load as is</source>
        <translation>按原样加载</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel loading the preset</source>
        <translation>取消加载预设</translation>
    </message>
    <message>
        <source>The app “%1” changed since the preset “%2” was saved.</source>
        <translation>应用“%1”在预设“%2”保存后有了变化。</translation>
    </message>
</context>
<context>
    <name>rh::ErrorText</name>
    <message>
        <source>The request has a missing or malformed field.</source>
        <translation>请求中有字段缺失或格式错误。</translation>
    </message>
    <message>
        <source>This workflow does not exist. Check the id, and whether it belongs to runninghub.cn or runninghub.ai.</source>
        <translation>该工作流不存在。请检查 ID，并确认它属于 runninghub.cn 还是 runninghub.ai。</translation>
    </message>
    <message>
        <source>The server did not accept the address or the API key. Check the key and the site in Settings.</source>
        <translation>服务器不接受该地址或 API 密钥。请在设置中检查密钥和站点。</translation>
    </message>
    <message>
        <source>Not enough compute balance. Top up your RunningHub account, then run again.</source>
        <translation>算力余额不足。请为 RunningHub 账号充值后再运行。</translation>
    </message>
    <message>
        <source>All dedicated machines are busy. No task was created; wait a moment and run again.</source>
        <translation>所有专属实例都在忙。未创建任务，请稍后再运行。</translation>
    </message>
    <message>
        <source>Your wallet is empty. Top up your RunningHub account, then run again.</source>
        <translation>钱包余额不足。请为 RunningHub 账号充值后再运行。</translation>
    </message>
    <message>
        <source>This API key already runs as many tasks as it may. No task was created; wait for one to finish and run again.</source>
        <translation>此 API 密钥的并发任务数已达上限。未创建任务，请等待某个任务完成后再运行。</translation>
    </message>
    <message>
        <source>RunningHub does not know this task. It may have expired or belong to another account.</source>
        <translation>RunningHub 找不到此任务。它可能已过期，或属于其他账号。</translation>
    </message>
    <message>
        <source>The inputs failed the workflow&apos;s validation. Check the marked inputs.</source>
        <translation>输入项未通过工作流校验。请检查标记的输入项。</translation>
    </message>
    <message>
        <source>No exclusive 48 GB instance was found. Choose the instance type “plus” or check your plan.</source>
        <translation>未找到 48 GB 专属实例。请选择实例类型“plus”，或检查您的套餐。</translation>
    </message>
    <message>
        <source>Your exclusive membership has expired. Renew it on RunningHub, or use the default instance.</source>
        <translation>您的专属会员已过期。请在 RunningHub 续费，或使用默认实例。</translation>
    </message>
    <message>
        <source>RunningHub had an internal error. Try again in a moment.</source>
        <translation>RunningHub 发生内部错误。请稍后重试。</translation>
    </message>
    <message>
        <source>Free accounts cannot use the API. Upgrade your RunningHub account to run apps from rhdesk.</source>
        <translation>免费账号无法使用 API。请升级 RunningHub 账号，以便从 rhdesk 运行应用。</translation>
    </message>
    <message>
        <source>The API key is invalid, expired or disabled. Copy it again from your RunningHub account page.</source>
        <translation>API 密钥无效、已过期或已停用。请从 RunningHub 账号页面重新复制。</translation>
    </message>
    <message>
        <source>An input of this request is not in the app any more. Reload the app&apos;s inputs and run again.</source>
        <translation>此请求中的某个输入项已不在应用中。请重新加载应用的输入项后再运行。</translation>
    </message>
    <message>
        <source>The task failed on RunningHub.</source>
        <translation>任务在 RunningHub 上失败。</translation>
    </message>
    <message>
        <source>RunningHub found no user for this API key. Check the key and the site.</source>
        <translation>RunningHub 找不到此 API 密钥对应的用户。请检查密钥和站点。</translation>
    </message>
    <message>
        <source>The upload failed. Try again.</source>
        <translation>上传失败。请重试。</translation>
    </message>
    <message>
        <source>The file is larger than RunningHub&apos;s 30 MB limit. Compress it or choose a smaller file.</source>
        <translation>文件超过 RunningHub 的 30 MB 上限。请压缩文件或选择更小的文件。</translation>
    </message>
    <message>
        <source>This workflow has not been saved or run yet. Run it once on the RunningHub site first.</source>
        <translation>该工作流尚未保存或运行过。请先在 RunningHub 网站上运行一次。</translation>
    </message>
    <message>
        <source>This app does not exist. Check the app id, and whether it belongs to runninghub.cn or runninghub.ai.</source>
        <translation>该应用不存在。请检查应用 ID，并确认它属于 runninghub.cn 还是 runninghub.ai。</translation>
    </message>
    <message>
        <source>Could not reach the server. Check your internet connection or proxy, then try again.</source>
        <translation>无法连接服务器。请检查网络连接或代理后重试。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>服务器响应超时。请稍后重试。</translation>
    </message>
    <message>
        <source>The run was sent but no answer came back, so a task may have been created. It was not sent again, to avoid paying twice. Check your task list on RunningHub before running again.</source>
        <translation>运行请求已发出，但没有收到响应，任务可能已经创建。为避免重复扣费，未再次发送。再次运行前，请先在 RunningHub 上查看任务列表。</translation>
    </message>
    <message>
        <source>The server answered with an error page (HTTP %1) instead of data. This is usually a passing problem of RunningHub or a proxy; try again in a moment.</source>
        <translation>服务器返回了错误页面（HTTP %1），而不是数据。这通常是 RunningHub 或代理的临时问题，请稍后重试。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (it was cut short or not in the expected form). Try again in a moment.</source>
        <translation>无法读取服务器的响应（响应不完整或格式不符）。请稍后重试。</translation>
    </message>
    <message>
        <source>RunningHub answered with code %1: %2</source>
        <translation>RunningHub 返回错误码 %1：%2</translation>
    </message>
    <message>
        <source>%1 (code %2: %3)</source>
        <translation>%1（错误码 %2：%3）</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Task ID: %1.</source>
        <translation>任务 ID：%1。</translation>
    </message>
    <message>
        <source>Row %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Enter your API key (from your RunningHub account page).</source>
        <translation>请输入 API 密钥（可在 RunningHub 账号页面获取）。</translation>
    </message>
    <message>
        <source>Enter the app&apos;s ID or paste its link.</source>
        <translation>请输入应用 ID 或粘贴其链接。</translation>
    </message>
    <message>
        <source>The app ID must be 1 to 19 digits, like 1877265245566922753.</source>
        <translation>应用 ID 须为 1 到 19 位数字，例如 1877265245566922753。</translation>
    </message>
    <message>
        <source>The app ID is too large to be a RunningHub id. Check that it was copied whole.</source>
        <translation>应用 ID 数值过大，不是有效的 RunningHub ID。请检查是否复制完整。</translation>
    </message>
    <message>
        <source>%1: the node ID is empty.</source>
        <translation>%1：节点 ID 为空。</translation>
    </message>
    <message>
        <source>%1: the field name is empty.</source>
        <translation>%1：字段名为空。</translation>
    </message>
    <message>
        <source>%1: this node and field name appear twice; remove one.</source>
        <translation>%1：此节点和字段名重复出现，请删除其中一个。</translation>
    </message>
    <message>
        <source>The webhook URL must start with http:// or https://, or be left empty.</source>
        <translation>Webhook URL 须以 http:// 或 https:// 开头，或留空。</translation>
    </message>
    <message>
        <source>Choose an instance type from the list.</source>
        <translation>请从列表中选择实例类型。</translation>
    </message>
    <message>
        <source>Add at least one input to the table.</source>
        <translation>请在表格中至少添加一个输入项。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <source>Stopped watching</source>
        <translation>已停止跟踪</translation>
    </message>
    <message>
        <source>Sending the task to RunningHub…</source>
        <translation>正在将任务发送到 RunningHub…</translation>
    </message>
    <message>
        <source>Waiting in RunningHub&apos;s queue.</source>
        <translation>正在 RunningHub 队列中等待。</translation>
    </message>
    <message>
        <source>Running on RunningHub.</source>
        <translation>正在 RunningHub 上运行。</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>The task failed.</source>
        <translation>任务失败。</translation>
    </message>
    <message>
        <source>RunningHub rejected the inputs; the task will not run. Fix the marked inputs and run again.</source>
        <translation>RunningHub 拒绝了这些输入项，任务不会运行。请修正标记的输入项后再运行。</translation>
    </message>
    <message>
        <source>The task was cancelled.</source>
        <translation>任务已取消。</translation>
    </message>
    <message>
        <source>RunningHub does not know this task.</source>
        <translation>RunningHub 找不到此任务。</translation>
    </message>
    <message>
        <source>No answer came back; a task may have been created. It was not sent again.</source>
        <translation>没有收到响应，任务可能已经创建。未再次发送。</translation>
    </message>
    <message>
        <source>Stopped watching the task; it may still finish on RunningHub. To look again, select it under History and press Look again.</source>
        <translation>已停止跟踪该任务，它仍可能在 RunningHub 上完成。要再次查看，请在“历史记录”中选中它并点击“重新查询”。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Node %1 (#%2): %3</source>
        <translation>节点 %1（#%2）：%3</translation>
    </message>
    <message>
        <source>Asking RunningHub to cancel the task…</source>
        <translation>正在请求 RunningHub 取消任务…</translation>
    </message>
    <message>
        <source>The task will be cancelled as soon as RunningHub confirms it was created.</source>
        <translation>RunningHub 确认任务已创建后，将立即取消该任务。</translation>
    </message>
    <message>
        <source>A cancel request is already on its way; waiting for RunningHub&apos;s answer.</source>
        <translation>取消请求已发出，正在等待 RunningHub 的响应。</translation>
    </message>
    <message>
        <source>Nothing to cancel: rhdesk is not following a task now.</source>
        <translation>没有可取消的任务：rhdesk 当前未在跟踪任何任务。</translation>
    </message>
    <message>
        <source>The cancel request could not be sent. Press Cancel task to try again.</source>
        <translation>无法发送取消请求。请点击“取消任务”重试。</translation>
    </message>
    <message>
        <source>RunningHub accepted the cancel request; waiting for the task to stop.</source>
        <translation>RunningHub 已接受取消请求，正在等待任务停止。</translation>
    </message>
    <message>
        <source>The cancel request failed: %1 The task&apos;s state is as RunningHub reports it; press Cancel task to try again.</source>
        <translation>取消请求失败：%1任务状态以 RunningHub 报告的为准；请点击“取消任务”重试。</translation>
    </message>
    <message>
        <source>App %1</source>
        <translation>应用 %1</translation>
    </message>
    <message>
        <source>Nothing was sent: an upload failed. Choose the file again, or another file, for the marked input.</source>
        <translation>未发送任何内容：有文件上传失败。请为标记的输入项重新选择该文件或其他文件。</translation>
    </message>
    <message>
        <source>Waiting for uploads to finish; the task starts right after.</source>
        <translation>正在等待上传完成，完成后任务将立即开始。</translation>
    </message>
    <message>
        <source>Nothing was sent. Fix these first:</source>
        <translation>未发送任何内容。请先修正以下问题：</translation>
    </message>
    <message>
        <source>RunningHub found problems with these inputs:</source>
        <translation>RunningHub 发现以下输入项有问题：</translation>
    </message>
    <message numerus="yes">
        <source>Checking the task failed %n time(s) in a row; trying again. (%1)</source>
        <translation>
            <numerusform>查询任务状态已连续失败 %n 次，正在重试。（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>The cancel request failed: %1</source>
        <translation>取消请求失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) could not be saved. They stay on RunningHub for about 24 hours.</source>
        <translation>
            <numerusform>%n 个结果无法保存。它们会在 RunningHub 上保留约 24 小时。</numerusform>
        </translation>
    </message>
    <message>
        <source>RunningHub does not take this kind of file here. Use one of: %1.</source>
        <translation>RunningHub 此处不接受这种文件。请使用以下格式之一：%1。</translation>
    </message>
    <message>
        <source>The file is empty or cannot be read.</source>
        <translation>文件为空或无法读取。</translation>
    </message>
    <message>
        <source>“%1” is not a number; the value was not changed.</source>
        <translation>“%1”不是数字，值未更改。</translation>
    </message>
    <message>
        <source>“%1” is not a number. Allowed: %2.</source>
        <translation>“%1”不是数字。允许范围：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number; the value was not changed.</source>
        <translation>“%1”不是整数，值未更改。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number. Allowed: whole numbers %2.</source>
        <translation>“%1”不是整数。允许范围：%2（整数）。</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2; the value was not changed.</source>
        <translation>%1 超出允许范围 %2，值未更改。</translation>
    </message>
    <message>
        <source>There is no file “%1” on this computer. Press Choose… to pick the file.</source>
        <translation>本机上没有文件“%1”。请点击“选择…”选取文件。</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>上传失败：%1</translation>
    </message>
    <message>
        <source>The app&apos;s inputs could not be loaded. %1</source>
        <translation>无法加载应用的输入项。%1</translation>
    </message>
    <message>
        <source>Enter your API key first: RunningHub shows an app&apos;s inputs only to a key holder.</source>
        <translation>请先输入 API 密钥：RunningHub 只向持有密钥的用户显示应用的输入项。</translation>
    </message>
    <message>
        <source>This server is reached over plain http: your API key would cross the network unencrypted, where others can read it. Use an https:// address unless the server is on this computer.</source>
        <translation>此服务器使用未加密的 http 连接：API 密钥将以明文在网络上传输，他人可以读取。除非服务器就在本机上，否则请使用 https:// 地址。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 is too large to hold presets.</source>
        <translation>未导入任何内容：%1过大，不可能包含预设。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 is not JSON text. Choose a file exported by rhdesk, or copy a request body from RunningHub&apos;s documentation.</source>
        <translation>未导入任何内容：%1不是 JSON 文本。请选择由 rhdesk 导出的文件，或从 RunningHub 文档中复制请求体。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 holds neither rhdesk presets nor a RunningHub request with a nodeInfoList.</source>
        <translation>未导入任何内容：%1中既没有 rhdesk 预设，也没有带 nodeInfoList 的 RunningHub 请求。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 was written by a newer rhdesk (file version %2). Update rhdesk to import it.</source>
        <translation>未导入任何内容：%1由更新版本的 rhdesk 写入（文件版本 %2）。请更新 rhdesk 后再导入。</translation>
    </message>
    <message>
        <source>The file itself has a missing or wrong “%1”.</source>
        <translation>文件本身的“%1”缺失或有误。</translation>
    </message>
    <message>
        <source>Preset %1 has a missing or wrong “%2”.</source>
        <translation>第 %1 个预设的“%2”缺失或有误。</translation>
    </message>
    <message>
        <source>Preset %1, input %2 has a missing or wrong “%3”.</source>
        <translation>第 %1 个预设中第 %2 个输入项的“%3”缺失或有误。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. %2</source>
        <translation>未从%1导入任何内容。%2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 could not be read (%2).</source>
        <translation>未导入任何内容：无法读取%1（%2）。</translation>
    </message>
    <message>
        <source>The presets could not be written to %1 (%2).</source>
        <translation>无法将预设写入%1（%2）。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 holds no text. Copy a request body or a nodeInfoList first.</source>
        <translation>未导入任何内容：%1中没有文本。请先复制请求体或 nodeInfoList。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 holds no presets.</source>
        <translation>未导入任何内容：%1中没有预设。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 names no app. Load the app in the form first, then import again.</source>
        <translation>未导入任何内容：%1未指定应用。请先在表单中加载应用，再重新导入。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: the preset database refused the change.</source>
        <translation>未从%1导入任何内容：预设数据库拒绝了更改。</translation>
    </message>
    <message>
        <source>“%1” (node %2)</source>
        <translation>“%1”（节点 %2）</translation>
    </message>
    <message>
        <source>The app no longer has the input %1; the saved value “%2” cannot be used.</source>
        <translation>应用已没有输入项 %1，已保存的值“%2”无法使用。</translation>
    </message>
    <message>
        <source>The app has a new input %1; it starts empty.</source>
        <translation>应用新增了输入项 %1，初始为空。</translation>
    </message>
    <message>
        <source>The app has a new input %1; it gets the app&apos;s default “%2”.</source>
        <translation>应用新增了输入项 %1，将使用应用的默认值“%2”。</translation>
    </message>
    <message>
        <source>The input %1 now takes %2; it took %3 when the preset was saved.</source>
        <translation>输入项 %1 现在接受%2，保存预设时接受的是%3。</translation>
    </message>
    <message>
        <source>The input %1 no longer offers the saved choice “%2”; pick another one after loading.</source>
        <translation>输入项 %1 不再提供已保存的选项“%2”，请在加载后另选一个。</translation>
    </message>
    <message>
        <source>The input %1 offers different choices now; the saved choice “%2” is still one of them.</source>
        <translation>输入项 %1 的可选项已改变，但已保存的选项“%2”仍在其中。</translation>
    </message>
    <message>
        <source>The app no longer has this input. Remove the row before running, or RunningHub may refuse the task.</source>
        <translation>应用已没有此输入项。请在运行前删除该行，否则 RunningHub 可能拒绝该任务。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a choice from a list</source>
        <translation>列表选项</translation>
    </message>
    <message>
        <source>an on/off choice</source>
        <translation>开关选项</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>a sound file</source>
        <translation>音频文件</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>任意值</translation>
    </message>
    <message>
        <source>a value of type %1</source>
        <translation>%1 类型的值</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>上传中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>已暂挂</translation>
    </message>
    <message>
        <source>The queue is on hold: RunningHub did not accept the API key (%1). Check the key and the site, then press Resume; no run is lost.</source>
        <translation>队列已暂挂：RunningHub 未接受 API 密钥（%1）。请检查密钥和站点，然后点击“恢复队列”；不会丢失任何运行。</translation>
    </message>
    <message>
        <source>The queue is on hold: your RunningHub account has run out of coins or money (%1). Top up, then press Resume; the waiting runs are kept.</source>
        <translation>队列已暂挂：您的 RunningHub 账号的 RH币或余额已用完（%1）。充值后点击“恢复队列”；等待中的运行会保留。</translation>
    </message>
    <message>
        <source>The queue is on hold: RunningHub cannot run this app (%1). Check the app ID and the site, then press Resume.</source>
        <translation>队列已暂挂：RunningHub 无法运行此应用（%1）。请检查应用 ID 和站点，然后点击“恢复队列”。</translation>
    </message>
    <message>
        <source>This batch is on hold: its first 3 runs failed the same way (%1). Fix the inputs, or press Resume to run the rest anyway.</source>
        <translation>此批次已暂挂：前 3 次运行都以相同方式失败（%1）。请修正输入，或点击“恢复队列”仍然运行其余各次。</translation>
    </message>
    <message>
        <source>Waiting: your RunningHub account is busy (%1)</source>
        <translation>等待中：您的 RunningHub 账号正忙（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Offline, retrying in %n s</source>
        <translation>
            <numerusform>离线，%n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was stopped and your API key was not sent. Check the site or custom server in Settings, or your proxy. (%1)</source>
        <translation>服务器的证书不受信任，连接已中止，API 密钥没有发出。请在设置中检查站点或自定义服务器，或检查代理。（%1）</translation>
    </message>
    <message>
        <source>Result %1 was not saved: it is larger than %2, the most rhdesk saves for one result.</source>
        <translation>结果 %1 未保存：它大于 %2，超出 rhdesk 单个结果的保存上限。</translation>
    </message>
    <message>
        <source>Result %1 was not saved: the disk of the results folder is nearly full (%2 free). Free some space; the result stays on RunningHub for about 24 hours.</source>
        <translation>结果 %1 未保存：结果文件夹所在磁盘快满了（剩余 %2）。请腾出空间；结果会在 RunningHub 上保留约 24 小时。</translation>
    </message>
    <message>
        <source>Result %1 was not saved: the download broke off (%2).</source>
        <translation>结果 %1 未保存：下载中断（%2）。</translation>
    </message>
    <message>
        <source>Result %1 was not saved: the file server stopped sending.</source>
        <translation>结果 %1 未保存：文件服务器停止了发送。</translation>
    </message>
    <message>
        <source>Result %1 was not saved: the file server answered HTTP %2; the link may have expired.</source>
        <translation>结果 %1 未保存：文件服务器返回 HTTP %2，链接可能已过期。</translation>
    </message>
    <message>
        <source>Result %1 was not saved: the file could not be written (%2).</source>
        <translation>结果 %1 未保存：无法写入文件（%2）。</translation>
    </message>
    <message>
        <source>Result %1 was not saved: RunningHub gave no usable link for it.</source>
        <translation>结果 %1 未保存：RunningHub 没有给出可用的下载链接。</translation>
    </message>
    <message>
        <source>Result %1 was not saved: the download was stopped.</source>
        <translation>结果 %1 未保存：下载已停止。</translation>
    </message>
    <message>
        <source>History, presets and the app cache do not work: Qt&apos;s SQLite driver is not installed. Install the package libqt6sql6-sqlite (sudo apt install libqt6sql6-sqlite) and start rhdesk again. Runs still work, but nothing is remembered.</source>
        <translation>历史记录、预设和应用缓存无法使用：未安装 Qt 的 SQLite 驱动。请安装软件包 libqt6sql6-sqlite（sudo apt install libqt6sql6-sqlite）后重新启动 rhdesk。运行任务仍可使用，但不会保存任何记录。</translation>
    </message>
    <message>
        <source>History, presets and the app cache do not work: %1 cannot be created or written. Check that its folder exists and is yours, and that the disk is not full or read-only, then start rhdesk again.</source>
        <translation>历史记录、预设和应用缓存无法使用：无法创建或写入 %1。请确认其所在文件夹存在且属于您，磁盘未满且不是只读，然后重新启动 rhdesk。</translation>
    </message>
    <message>
        <source>History, presets and the app cache do not work: %1 was written by a newer rhdesk. Update rhdesk; the file was left untouched.</source>
        <translation>历史记录、预设和应用缓存无法使用：%1 由更新版本的 rhdesk 写入。请更新 rhdesk；该文件未被改动。</translation>
    </message>
    <message>
        <source>History, presets and the app cache do not work: %1 could not be brought up to date, and was left as it was. Keep a copy of it and report the problem.</source>
        <translation>历史记录、预设和应用缓存无法使用：%1 无法升级，已保持原样。请保留一份副本并报告此问题。</translation>
    </message>
    <message>
        <source>“%1” (node %2, %3)</source>
        <translation>“%1”（节点 %2，%3）</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>node %1 (%2)</source>
        <translation>节点 %1（%2）</translation>
    </message>
    <message>
        <source>%1 is more than the largest value allowed.</source>
        <translation>%1 超过了允许的最大值。</translation>
    </message>
    <message>
        <source>%1 is less than the smallest value allowed.</source>
        <translation>%1 低于允许的最小值。</translation>
    </message>
    <message>
        <source>%1 is %2, more than the largest value allowed (%3). Enter %3 or less.</source>
        <translation>%1 为 %2，超过了允许的最大值（%3）。请输入不大于 %3 的值。</translation>
    </message>
    <message>
        <source>%1 is %2, less than the smallest value allowed (%3). Enter %3 or more.</source>
        <translation>%1 为 %2，低于允许的最小值（%3）。请输入不小于 %3 的值。</translation>
    </message>
    <message>
        <source>%1 has a value that is not one of the app&apos;s choices. Choose one from the list.</source>
        <translation>%1 的值不是应用提供的选项之一。请从列表中选择。</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the app&apos;s choices. Choose one from the list.</source>
        <translation>%1：“%2”不是应用提供的选项之一。请从列表中选择。</translation>
    </message>
    <message>
        <source>The app&apos;s own check refused %1. For a file, choose it again so that it is uploaded again; otherwise check the value.</source>
        <translation>应用自身的检查拒绝了 %1。如果是文件，请重新选择以便重新上传；否则请检查该值。</translation>
    </message>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 必须是%2。</translation>
    </message>
    <message>
        <source>%1 has a value of the wrong kind.</source>
        <translation>%1 的值类型不对。</translation>
    </message>
    <message>
        <source>%1 needs a value, and none was sent. Fill it in.</source>
        <translation>%1 需要一个值，但没有发送。请填写。</translation>
    </message>
    <message>
        <source>RunningHub could not check %1: the check itself failed. Try again later.</source>
        <translation>RunningHub 无法检查 %1：检查本身失败了。请稍后重试。</translation>
    </message>
    <message>
        <source>The app&apos;s workflow is wired wrongly at %1; only the app&apos;s author can fix it.</source>
        <translation>应用的工作流在 %1 处连接有误；只有应用作者能修复。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>RunningHub checked the inputs and refused them.</source>
        <translation>RunningHub 检查了输入项并拒绝了它们。</translation>
    </message>
    <message>
        <source>RunningHub checked the inputs and refused them; the marked inputs say why.</source>
        <translation>RunningHub 检查了输入项并拒绝了它们；标出的输入项说明了原因。</translation>
    </message>
    <message>
        <source>The app&apos;s workflow has no output; only the app&apos;s author can fix it.</source>
        <translation>应用的工作流没有输出；只有应用作者能修复。</translation>
    </message>
    <message>
        <source>The app uses a node RunningHub does not have; only the app&apos;s author can fix it.</source>
        <translation>应用用到了 RunningHub 没有的节点；只有应用作者能修复。</translation>
    </message>
    <message>
        <source>RunningHub could not check the app&apos;s workflow. Try again later; if it stays, tell the app&apos;s author.</source>
        <translation>RunningHub 无法检查应用的工作流。请稍后重试；如果一直如此，请告知应用作者。</translation>
    </message>
    <message>
        <source>RunningHub refused the run: %1</source>
        <translation>RunningHub 拒绝了此次运行：%1</translation>
    </message>
    <message>
        <source>On hold: %1. Raise the limit in Settings or top up, then press Resume.</source>
        <translation>已暂挂：%1。请在设置中提高上限或充值，然后按“恢复队列”。</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown placeholder(s) in the file names: %1. Use {app}, {label}, {date}, {time}, {taskId} and {n}.</source>
        <translation>
            <numerusform>文件名中有 %n 个未知占位符：%1。请使用 {app}、{label}、{date}、{time}、{taskId} 和 {n}。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
RunningHub&apos;s words: %2</source>
        <translation>%1
RunningHub 的原话：%2</translation>
    </message>
    <message>
        <source>This account has no API key on this computer. Give it one in File → Accounts….</source>
        <translation>此账号在这台电脑上没有 API 密钥。请在“文件 → 账号…”中为它添加。</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（错误码 %2）</translation>
    </message>
</context>
<context>
    <name>rh::FieldDelegate</name>
    <message>
        <source>%1 (not offered by the app)</source>
        <translation>%1（应用未提供此项）</translation>
    </message>
    <message>
        <source>Choose, drop or paste a file; or type an uploaded fileName</source>
        <translation>选择、拖放或粘贴文件；或输入已上传文件的 fileName</translation>
    </message>
</context>
<context>
    <name>rh::FormText</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>正在上传…</translation>
    </message>
    <message>
        <source>Uploaded as %1</source>
        <translation>已上传为 %1</translation>
    </message>
    <message>
        <source>Choose a file, drop one here, or paste a picture.</source>
        <translation>选择文件、拖放到此处，或粘贴图片。</translation>
    </message>
    <message>
        <source>The app&apos;s sample file on RunningHub</source>
        <translation>RunningHub 上的应用示例文件</translation>
    </message>
    <message>
        <source>A file already on RunningHub</source>
        <translation>已在 RunningHub 上的文件</translation>
    </message>
</context>
<context>
    <name>rh::HistoryCostLabel</name>
    <message>
        <source>What the runs shown cost</source>
        <translation>所显示运行的花费</translation>
    </message>
    <message>
        <source>The runs of this filter and what those that said their cost spent in all</source>
        <translation>此筛选条件下的运行，以及其中报告了费用的运行的总花费</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>runs · coins</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>runs · money</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>The runs of this filter and the coins those that said their cost spent in all. Their money is not summed: it was paid in %n currencies, which cannot be added.</source>
        <translation>
            <numerusform>此筛选条件下的运行，以及其中报告了费用的运行花费的 RH币总数。金额没有合计：它们以 %n 种货币支付，无法相加。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rh::HistoryModel</name>
    <message>
        <source>%1 s</source>
        <comment>run time in seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>App ID: %1</source>
        <translation>应用 ID：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>运行时长</translation>
    </message>
</context>
<context>
    <name>rh::HistoryView</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Filter history</source>
        <translation>筛选历史记录</translation>
    </message>
    <message>
        <source>Filter by app name, app ID or task ID</source>
        <translation>按应用名称、应用 ID 或任务 ID 筛选</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Run details</source>
        <translation>运行详情</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>事件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Outputs</source>
        <translation>输出(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>请求(&amp;Q)</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>再次运行</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>显示结果</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新查询</translation>
    </message>
    <message>
        <source>Ask RunningHub again about a task this app stopped watching.</source>
        <translation>向 RunningHub 重新查询本程序已停止跟踪的任务。</translation>
    </message>
    <message>
        <source>Select a run to see its request, events and results.</source>
        <translation>选择一次运行，查看其请求、事件和结果。</translation>
    </message>
    <message>
        <source>no task ID yet</source>
        <translation>尚无任务 ID</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>%1 (app %2), %3: %4</source>
        <translation>%1（应用 %2），%3：%4</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（错误码 %2）</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 / %n 次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill the form</source>
        <translation>填入表单</translation>
    </message>
    <message>
        <source>Put this run&apos;s inputs into the form, to change them or run them again.</source>
        <translation>将此次运行的输入项填入表单，以便修改或再次运行。</translation>
    </message>
    <message>
        <source>Run a&amp;gain</source>
        <translation>再次运行(&amp;G)</translation>
    </message>
    <message>
        <source>Send this run&apos;s inputs again now, after the usual checks.</source>
        <translation>经常规检查后，立即再次发送此次运行的输入项。</translation>
    </message>
    <message>
        <source>Queue job %1, attempt %2.</source>
        <translation>队列项 %1，第 %2 次尝试。</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) shown, counting…</source>
        <translation>
            <numerusform>已显示 %n 次运行，正在统计…</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Fill the for&amp;m</source>
        <translation>填入表单(&amp;M)</translation>
    </message>
    <message>
        <source>Sho&amp;w results</source>
        <translation>查看结果(&amp;W)</translation>
    </message>
    <message>
        <source>Loo&amp;k again</source>
        <translation>重新查询(&amp;K)</translation>
    </message>
</context>
<context>
    <name>rh::InputRow</name>
    <message>
        <source>Allowed: %1</source>
        <translation>允许范围：%1</translation>
    </message>
</context>
<context>
    <name>rh::InputSheet</name>
    <message>
        <source>Paste an app&apos;s ID or link above, or pick one of your apps, to see its inputs here.</source>
        <translation>在上方粘贴应用 ID 或链接，或从“我的应用”中选择一个，即可在此查看其输入项。</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>输入项 %1</translation>
    </message>
    <message>
        <source>Node %1 (%2), field %3</source>
        <translation>节点 %1（%2），字段 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rh::KeyRow</name>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>32 characters, from your RunningHub account page</source>
        <translation>32 个字符，可在 RunningHub 账号页面获取</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>Remember the API key</source>
        <translation>记住 API 密钥</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain</source>
        <translation>将密钥保存在系统密钥环中</translation>
    </message>
    <message>
        <source>No keychain: the key is kept for this session only</source>
        <translation>没有可用的密钥环：密钥仅在本次会话中保留</translation>
    </message>
    <message>
        <source>Remem&amp;ber</source>
        <translation>记住(&amp;B)</translation>
    </message>
</context>
<context>
    <name>rh::MainWindow</name>
    <message>
        <source>rhdesk — Sandbox</source>
        <translation>rhdesk — 沙盒</translation>
    </message>
    <message>
        <source>rhdesk</source>
        <translation>rhdesk</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run task</source>
        <translation>运行任务(&amp;R)</translation>
    </message>
    <message>
        <source>Load &amp;app</source>
        <translation>加载应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About rhdesk</source>
        <translation>关于 rhdesk(&amp;A)</translation>
    </message>
    <message>
        <source>About rhdesk</source>
        <translation>关于 rhdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;rhdesk %1&lt;/b&gt;&lt;p&gt;A native desktop client for RunningHub AI apps: load an app, fill its inputs, run it, and find the results on disk.&lt;/p&gt;&lt;p&gt;Qt %2.&lt;/p&gt;</source>
        <translation>&lt;b&gt;rhdesk %1&lt;/b&gt;&lt;p&gt;RunningHub AI 应用的原生桌面客户端：加载应用、填写输入项并运行，结果保存在本机磁盘上。&lt;/p&gt;&lt;p&gt;基于 Qt %2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>运行队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Add to &amp;queue</source>
        <translation>加入队列(&amp;Q)</translation>
    </message>
    <message>
        <source>The form now holds that run&apos;s inputs. Change them, or press Run to send them again.</source>
        <translation>表单已填入该次运行的输入项。可以修改，或点击“运行”再次发送。</translation>
    </message>
    <message>
        <source>Sent that run&apos;s inputs again; the Task tab follows it.</source>
        <translation>已再次发送该次运行的输入项，可在“任务”标签页中查看。</translation>
    </message>
    <message>
        <source>History and presets are unavailable</source>
        <translation>历史记录和预设不可用</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>账号(&amp;C)…</translation>
    </message>
    <message>
        <source>Ru&amp;n</source>
        <translation>运行(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>RunningHub API &amp;documentation</source>
        <translation>RunningHub API 文档(&amp;D)</translation>
    </message>
</context>
<context>
    <name>rh::MediaField</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose, drop or paste a file</source>
        <translation>选择、拖放或粘贴文件</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>为 %1 选择文件</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>音频</translation>
    </message>
</context>
<context>
    <name>rh::MediaFiles</name>
    <message>
        <source>Choose a file to upload</source>
        <translation>选择要上传的文件</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mov *.mkv)</source>
        <translation>视频 (*.mp4 *.avi *.mov *.mkv)</translation>
    </message>
    <message>
        <source>Audio (*.mp3 *.wav *.flac)</source>
        <translation>音频 (*.mp3 *.wav *.flac)</translation>
    </message>
    <message>
        <source>The pasted image could not be saved to %1.</source>
        <translation>粘贴的图片无法保存到 %1。</translation>
    </message>
</context>
<context>
    <name>rh::NodeTableEditor</name>
    <message>
        <source>Node inputs</source>
        <translation>节点输入项</translation>
    </message>
    <message>
        <source>+ Add</source>
        <translation>+ 添加</translation>
    </message>
    <message>
        <source>Add an input row</source>
        <translation>添加一行输入项</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− 删除</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Duplicate the row</source>
        <translation>复制此行</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move the row up</source>
        <translation>上移此行</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move the row down</source>
        <translation>下移此行</translation>
    </message>
    <message>
        <source>Paste JSON</source>
        <translation>粘贴 JSON</translation>
    </message>
    <message>
        <source>Paste a nodeInfoList (as copied from RunningHub&apos;s docs) into the table</source>
        <translation>将 nodeInfoList（从 RunningHub 文档中复制）粘贴到表格中</translation>
    </message>
    <message>
        <source>Node details</source>
        <translation>节点详情</translation>
    </message>
    <message>
        <source>Show the node ID and field name columns</source>
        <translation>显示节点 ID 和字段名列</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose a file for the selected image, video or audio input</source>
        <translation>为所选的图片、视频或音频输入项选择文件</translation>
    </message>
    <message>
        <source>The clipboard holds no nodeInfoList. Copy a JSON list such as [{&quot;nodeId&quot;: &quot;6&quot;, &quot;fieldName&quot;: &quot;text&quot;, &quot;fieldValue&quot;: &quot;…&quot;}] and paste again.</source>
        <translation>剪贴板中没有 nodeInfoList。请复制形如 [{&quot;nodeId&quot;: &quot;6&quot;, &quot;fieldName&quot;: &quot;text&quot;, &quot;fieldValue&quot;: &quot;…&quot;}] 的 JSON 列表后再粘贴。</translation>
    </message>
    <message>
        <source>This app has no image, video or audio input.</source>
        <translation>此应用没有图片、视频或音频输入项。</translation>
    </message>
    <message>
        <source>&lt;b&gt;nodeInfoList&lt;/b&gt; (what is sent)</source>
        <translation>&lt;b&gt;nodeInfoList&lt;/b&gt;（实际发送的内容）</translation>
    </message>
</context>
<context>
    <name>rh::NodeTableModel</name>
    <message>
        <source>The app does not offer this value (%1). It is kept as it is; choose another if the run fails.</source>
        <translation>应用未提供此值（%1）。该值保持不变；如果运行失败，请另选一个。</translation>
    </message>
    <message>
        <source>Node %1 (%2), field %3</source>
        <translation>节点 %1（%2），字段 %3</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Node ID</source>
        <translation>节点 ID</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>字段名</translation>
    </message>
    <message>
        <source>Node name</source>
        <translation>节点名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>说明（英文）</translation>
    </message>
    <message>
        <source>Field data</source>
        <translation>字段数据</translation>
    </message>
</context>
<context>
    <name>rh::OptionComboBox</name>
    <message>
        <source>%1 (not offered by the app)</source>
        <translation>%1（应用未提供此项）</translation>
    </message>
</context>
<context>
    <name>rh::PresetController</name>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Save preset &amp;as…</source>
        <translation>预设另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import presets…</source>
        <translation>导入预设(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export presets…</source>
        <translation>导出预设(&amp;E)…</translation>
    </message>
    <message>
        <source>Import a &amp;request from the clipboard</source>
        <translation>从剪贴板导入请求(&amp;R)</translation>
    </message>
    <message>
        <source>The app “%1” changed since this preset was saved. See the notice.</source>
        <translation>应用“%1”在此预设保存后有了变化。请查看提示。</translation>
    </message>
    <message>
        <source>Loaded preset “%1”.</source>
        <translation>已加载预设“%1”。</translation>
    </message>
    <message>
        <source>Save &amp;preset</source>
        <translation>保存预设(&amp;P)</translation>
    </message>
</context>
<context>
    <name>rh::PresetListModel</name>
    <message>
        <source>These presets name no app.</source>
        <translation>这些预设未指定应用。</translation>
    </message>
    <message>
        <source>Webapp ID %1</source>
        <translation>应用 ID %1</translation>
    </message>
    <message>
        <source>%1, favourite</source>
        <translation>%1（已收藏）</translation>
    </message>
    <message>
        <source>Saved %1, last used %2.</source>
        <translation>保存于 %1，上次使用于 %2。</translation>
    </message>
    <message>
        <source>Saved %1, never used.</source>
        <translation>保存于 %1，从未使用。</translation>
    </message>
    <message>
        <source>App %1</source>
        <translation>应用 %1</translation>
    </message>
    <message>
        <source>No app</source>
        <translation>无应用</translation>
    </message>
    <message>
        <source>Unnamed preset</source>
        <translation>未命名预设</translation>
    </message>
    <message>
        <source>A batch: loading it reads %1 again.</source>
        <translation>批次：加载时会重新读取 %1。</translation>
    </message>
</context>
<context>
    <name>rh::PresetLoadUndo</name>
    <message>
        <source>Undo loading the preset</source>
        <translation>撤销加载预设</translation>
    </message>
    <message>
        <source>Loaded “%1” over your edits. Undo (Ctrl+Z) brings them back.</source>
        <translation>已加载“%1”，覆盖了您的修改。撤销（Ctrl+Z）可恢复这些修改。</translation>
    </message>
    <message>
        <source>The form is back as it was before the preset was loaded.</source>
        <translation>表单已恢复为加载预设之前的状态。</translation>
    </message>
</context>
<context>
    <name>rh::PresetPanel</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Search presets</source>
        <translation>搜索预设</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Load preset</source>
        <translation>加载预设</translation>
    </message>
    <message>
        <source>Put the preset&apos;s inputs into the form (Enter or double-click)</source>
        <translation>将预设的输入项填入表单（回车或双击）</translation>
    </message>
    <message>
        <source>R&amp;un preset</source>
        <translation>运行预设(&amp;U)</translation>
    </message>
    <message>
        <source>Run preset</source>
        <translation>运行预设</translation>
    </message>
    <message>
        <source>Load the preset and run it at once</source>
        <translation>加载预设并立即运行</translation>
    </message>
    <message>
        <source>That preset no longer exists; the list has been brought up to date.</source>
        <translation>该预设已不存在，列表已更新。</translation>
    </message>
    <message>
        <source>Loaded the preset %1.</source>
        <translation>已加载预设%1。</translation>
    </message>
    <message>
        <source>Running the preset %1.</source>
        <translation>正在运行预设%1。</translation>
    </message>
    <message>
        <source>Saved the preset %1.</source>
        <translation>已保存预设%1。</translation>
    </message>
    <message>
        <source>Enter or load an app before saving a preset.</source>
        <translation>请先输入或加载应用，再保存预设。</translation>
    </message>
    <message>
        <source>Save preset as</source>
        <translation>预设另存为</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <source>A preset needs a name; nothing was changed.</source>
        <translation>预设需要名称，未作任何更改。</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>重命名预设</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>已将%1重命名为%2。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Made a copy named %1.</source>
        <translation>已创建副本%1。</translation>
    </message>
    <message>
        <source>%1 is no longer a favourite.</source>
        <translation>已取消收藏%1。</translation>
    </message>
    <message>
        <source>%1 is now a favourite: it comes first among its app&apos;s presets.</source>
        <translation>已收藏%1：它将排在该应用的预设之首。</translation>
    </message>
    <message>
        <source>Delete the preset %1?</source>
        <translation>删除预设%1？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除%1。</translation>
    </message>
    <message>
        <source>Deleted the preset %1.</source>
        <translation>已删除预设%1。</translation>
    </message>
    <message>
        <source>Brought back the preset %1.</source>
        <translation>已恢复预设%1。</translation>
    </message>
    <message>
        <source>Import presets</source>
        <translation>导入预设</translation>
    </message>
    <message>
        <source>Name the pasted preset</source>
        <translation>为粘贴的预设命名</translation>
    </message>
    <message>
        <source>There are no presets to export yet.</source>
        <translation>还没有可导出的预设。</translation>
    </message>
    <message>
        <source>Export presets</source>
        <translation>导出预设</translation>
    </message>
    <message>
        <source>No presets yet. Fill in the form and press Ctrl+S to save one.</source>
        <translation>还没有预设。填写表单后按 Ctrl+S 即可保存。</translation>
    </message>
    <message>
        <source>No preset matches %1.</source>
        <translation>没有与%1匹配的预设。</translation>
    </message>
    <message>
        <source>The preset database refused the change to %1; nothing was changed.</source>
        <translation>预设数据库拒绝了对%1的更改，未作任何更改。</translation>
    </message>
    <message>
        <source>Loa&amp;d preset</source>
        <translation>加载预设(&amp;D)</translation>
    </message>
</context>
<context>
    <name>rh::PresetPrompts</name>
    <message>
        <source>rhdesk presets (*.json);;All files (*)</source>
        <translation>rhdesk 预设 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>rh::PresetToolBar</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the form into the loaded preset (Ctrl+S)</source>
        <translation>将表单保存到已加载的预设（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the form as a new preset</source>
        <translation>将表单另存为新预设</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>创建副本(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>收藏(&amp;F)</translation>
    </message>
    <message>
        <source>Favourites come first among their app&apos;s presets</source>
        <translation>收藏的预设排在该应用的预设之首</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import presets…</source>
        <translation>导入预设(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export presets…</source>
        <translation>导出预设(&amp;E)…</translation>
    </message>
    <message>
        <source>Import from &amp;clipboard</source>
        <translation>从剪贴板导入(&amp;C)</translation>
    </message>
    <message>
        <source>Make a preset from a copied request body or nodeInfoList</source>
        <translation>根据复制的请求体或 nodeInfoList 创建预设</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <source>Save as new preset</source>
        <translation>另存为新预设</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>重命名预设</translation>
    </message>
    <message>
        <source>Duplicate preset</source>
        <translation>创建预设副本</translation>
    </message>
    <message>
        <source>Favourite preset</source>
        <translation>收藏预设</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <source>More preset actions</source>
        <translation>更多预设操作</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
</context>
<context>
    <name>rh::PresetTransfer</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 (pasted)</source>
        <translation>%1（粘贴）</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1（导入）</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>Imported one preset from %1.</source>
        <translation>已从%1导入 1 个预设。</translation>
    </message>
    <message>
        <source>Imported %1 presets from %2.</source>
        <translation>已从%2导入 %1 个预设。</translation>
    </message>
    <message>
        <source>Exported one preset to %1.</source>
        <translation>已将 1 个预设导出到%1。</translation>
    </message>
    <message>
        <source>Exported %1 presets to %2.</source>
        <translation>已将 %1 个预设导出到%2。</translation>
    </message>
</context>
<context>
    <name>rh::QueueController</name>
    <message>
        <source>Nothing was queued: wait for the uploads to finish, or choose the file again for the marked input.</source>
        <translation>未加入队列：请等待上传完成，或为标记的输入项重新选择文件。</translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation>未加入队列：%1</translation>
    </message>
    <message>
        <source>Run %1 of %2</source>
        <translation>第 %1 次，共 %2 次</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n run(s) to the queue.</source>
        <translation>
            <numerusform>已将 %n 次运行加入队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue could not be saved; nothing was added.</source>
        <translation>无法保存队列，未添加任何运行。</translation>
    </message>
    <message>
        <source>%1% · %2</source>
        <translation>%1% · %2</translation>
    </message>
    <message>
        <source>Batch finished: %1</source>
        <translation>批次已完成：%1</translation>
    </message>
    <message>
        <source>Queued runs finished</source>
        <translation>队列中的运行已完成</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>未加入任何运行。</translation>
    </message>
    <message>
        <source>No file manager answered. The results are in %1</source>
        <translation>没有文件管理器响应。结果保存在 %1</translation>
    </message>
    <message>
        <source>No file manager could select the file; its folder was opened: %1</source>
        <translation>没有文件管理器能选中该文件；已打开其所在文件夹：%1</translation>
    </message>
</context>
<context>
    <name>rh::QueueModel</name>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>消耗</translation>
    </message>
</context>
<context>
    <name>rh::QueueText</name>
    <message>
        <source>no estimate yet</source>
        <translation>暂无预估</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>剩余约 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>剩余约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>剩余约 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome unknown</source>
        <translation>
            <numerusform>%n 个状态未知</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on hold</source>
        <translation>
            <numerusform>%n 个已暂挂</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n 个成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 个已取消</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done: %2</source>
        <translation>已完成 %1 个：%2</translation>
    </message>
</context>
<context>
    <name>rh::QueueView</name>
    <message>
        <source>Queue notice</source>
        <translation>队列提示</translation>
    </message>
    <message>
        <source>Queue progress</source>
        <translation>队列进度</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>批次进度</translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation>运行队列</translation>
    </message>
    <message>
        <source>Add to &amp;queue</source>
        <translation>加入队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Add the form&apos;s request to the queue (Ctrl+Shift+Enter)</source>
        <translation>将表单中的请求加入队列（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
        <source>Run times</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>Run &amp;times:</source>
        <translation>运行次数(&amp;T)：</translation>
    </message>
    <message>
        <source>Pause queue</source>
        <translation>暂停队列</translation>
    </message>
    <message>
        <source>&amp;Cancel selected</source>
        <translation>取消所选(&amp;C)</translation>
    </message>
    <message>
        <source>Remove &amp;finished</source>
        <translation>移除已结束项(&amp;F)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>上移（Ctrl+Up）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>下移（Ctrl+Down）</translation>
    </message>
    <message>
        <source>Outcome unknown — this run may have been charged</source>
        <translation>状态未知——此次运行可能已扣费</translation>
    </message>
    <message>
        <source>Run again &amp;anyway</source>
        <translation>仍然再次运行(&amp;A)</translation>
    </message>
    <message>
        <source>F&amp;orget</source>
        <translation>忽略(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Move to &amp;top</source>
        <translation>移至顶部(&amp;T)</translation>
    </message>
    <message>
        <source>Run again &amp;anyway…</source>
        <translation>仍然再次运行(&amp;A)…</translation>
    </message>
    <message>
        <source>The queue is paused: nothing new is sent. Runs already on RunningHub go on.</source>
        <translation>队列已暂停：不会发送新的运行。已在 RunningHub 上的运行会继续。</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>恢复队列</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>队列为空。</translation>
    </message>
    <message>
        <source>Batch “%1”: %2</source>
        <translation>批次“%1”：%2</translation>
    </message>
    <message>
        <source>RunningHub may already have made this run and charged for it; its answer was lost. Running it again may charge you twice. Run it again anyway?</source>
        <translation>RunningHub 可能已完成此次运行并已扣费，但其响应丢失了。再次运行可能会重复扣费。仍要再次运行吗？</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>再次运行</translation>
    </message>
    <message>
        <source>R&amp;etry failed</source>
        <translation>重试失败的运行(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;move finished</source>
        <translation>移除已结束的(&amp;M)</translation>
    </message>
</context>
<context>
    <name>rh::QuitGuard</name>
    <message numerus="yes">
        <source>%n task(s) still running. They go on at RunningHub, and rhdesk watches them again and downloads their results the next time it starts. Quit now?</source>
        <translation>
            <numerusform>仍有 %n 个任务在运行。它们会在 RunningHub 上继续运行，rhdesk 下次启动时会重新跟踪它们并下载结果。是否立即退出？</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit rhdesk?</source>
        <translation>退出 rhdesk？</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>不退出(&amp;K)</translation>
    </message>
</context>
<context>
    <name>rh::RequestExport</name>
    <message>
        <source>Request preview</source>
        <translation>请求预览</translation>
    </message>
    <message>
        <source>This is the JSON that Run sends (the API key is masked):</source>
        <translation>这是“运行”将发送的 JSON（API 密钥已隐去）：</translation>
    </message>
    <message>
        <source>Request JSON</source>
        <translation>请求 JSON</translation>
    </message>
</context>
<context>
    <name>rh::RequestForm</name>
    <message>
        <source>&amp;API key:</source>
        <translation>API 密钥(&amp;A)：</translation>
    </message>
    <message>
        <source>runninghub.cn (China)</source>
        <translation>runninghub.cn（国内站）</translation>
    </message>
    <message>
        <source>runninghub.ai (international)</source>
        <translation>runninghub.ai（国际站）</translation>
    </message>
    <message>
        <source>Custom server (Settings)</source>
        <translation>自定义服务器（见设置）</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>站点(&amp;S)：</translation>
    </message>
    <message>
        <source>default — 24 GB</source>
        <translation>标准（24 GB 显存）</translation>
    </message>
    <message>
        <source>plus — 48 GB</source>
        <translation>Plus（48 GB 显存）</translation>
    </message>
    <message>
        <source>&amp;Instance type:</source>
        <translation>实例类型(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run task</source>
        <translation>运行任务</translation>
    </message>
    <message>
        <source>Run the app with these inputs (Ctrl+Enter)</source>
        <translation>用这些输入项运行应用（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Copied a curl command. Set RUNNINGHUB_API_KEY in your shell before running it.</source>
        <translation>已复制 curl 命令。运行前请在 shell 中设置 RUNNINGHUB_API_KEY。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation>应用(&amp;P)：</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>实例类型</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inputs&lt;/b&gt;</source>
        <translation>&lt;b&gt;输入项&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>rh::ResultsView</name>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>复制 URL</translation>
    </message>
    <message>
        <source>%1
Saved as %2</source>
        <translation>%1
已保存为 %2</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>%1
The picture could not be read.</source>
        <translation>%1
无法读取该图片。</translation>
    </message>
    <message>
        <source>Op&amp;en folder</source>
        <translation>打开文件夹(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>复制 URL(&amp;C)</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copy the file&apos;s path</source>
        <translation>复制文件的路径</translation>
    </message>
    <message>
        <source>No file manager answered, so the folder could not be opened. The file is saved as %1</source>
        <translation>没有文件管理器响应，因此无法打开文件夹。文件保存在 %1</translation>
    </message>
</context>
<context>
    <name>rh::RightPanel</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>运行队列</translation>
    </message>
</context>
<context>
    <name>rh::RunController</name>
    <message>
        <source>Downloading result %1 (%2 of %3 KB)…</source>
        <translation>正在下载结果 %1（%2 / %3 KB）…</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>任务%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n result(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个结果保存到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n unfinished task(s) from last time.</source>
        <translation>
            <numerusform>正在跟踪上次未完成的 %n 个任务。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rh::RunManager</name>
    <message>
        <source>Not followed: the account this run was sent as is no longer on this computer, and another account&apos;s key cannot see its task.</source>
        <translation>未跟踪：发送此运行的账号已不在这台电脑上，其他账号的密钥看不到它的任务。</translation>
    </message>
</context>
<context>
    <name>rh::SandboxBanner</name>
    <message>
        <source>Sandbox: a simulated RunningHub on this computer. Nothing is sent to RunningHub and nothing costs money. Demo apps: %1.</source>
        <translation>沙盒：在本机模拟的 RunningHub。不会向 RunningHub 发送任何内容，也不会产生任何费用。演示应用：%1。</translation>
    </message>
</context>
<context>
    <name>rh::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>runninghub.cn (China)</source>
        <translation>runninghub.cn（国内站）</translation>
    </message>
    <message>
        <source>runninghub.ai (international)</source>
        <translation>runninghub.ai（国际站）</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>自定义服务器</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>站点(&amp;S)：</translation>
    </message>
    <message>
        <source>Custom server URL</source>
        <translation>自定义服务器 URL</translation>
    </message>
    <message>
        <source>Custom server &amp;URL:</source>
        <translation>自定义服务器 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>客户端 ID：</translation>
    </message>
    <message>
        <source>Results folder</source>
        <translation>结果文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Results folder:</source>
        <translation>结果文件夹(&amp;R)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Check the task &amp;every:</source>
        <translation>任务查询间隔(&amp;E)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Stop &amp;watching after:</source>
        <translation>最长跟踪时间(&amp;W)：</translation>
    </message>
    <message>
        <source>System keychain (recommended)</source>
        <translation>系统密钥环（推荐）</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>仅本次会话</translation>
    </message>
    <message>
        <source>A file on this computer (not encrypted)</source>
        <translation>本机文件（未加密）</translation>
    </message>
    <message>
        <source>Keep the API &amp;key in:</source>
        <translation>API 密钥保存位置(&amp;K)：</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation>界面语言（重启后生效）(&amp;L)：</translation>
    </message>
    <message>
        <source>The custom server URL must start with http:// or https://.</source>
        <translation>自定义服务器 URL 须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Store the key unencrypted?</source>
        <translation>以未加密方式保存密钥？</translation>
    </message>
    <message>
        <source>The API key will be written to a file that anyone with access to your user account can read. Use this only when no keychain is available. Continue?</source>
        <translation>API 密钥将写入一个文件，任何能访问您用户账户的人都可以读取。请仅在没有可用的密钥环时使用此方式。是否继续？</translation>
    </message>
    <message>
        <source>Queue: runs at &amp;once:</source>
        <translation>队列并发数(&amp;O)：</translation>
    </message>
    <message>
        <source>Consumer API keys run 1 task at a time; enterprise keys allow more. When the account is full, queued runs wait (421) and are sent when a task ends.</source>
        <translation>个人版 API 密钥一次只能运行 1 个任务，企业版密钥允许更多。账号并发已满时，队列中的运行会等待（421），并在有任务结束后发送。</translation>
    </message>
    <message>
        <source>Neither org.freedesktop.login1 nor org.freedesktop.ScreenSaver answers on D-Bus here: the computer may fall asleep while a batch runs.</source>
        <translation>此处的 D-Bus 上 org.freedesktop.login1 和 org.freedesktop.ScreenSaver 均无响应：批次运行期间计算机可能会进入睡眠。</translation>
    </message>
    <message>
        <source>Send the key unencrypted?</source>
        <translation>以未加密方式发送密钥？</translation>
    </message>
    <message>
        <source>Play a sou&amp;nd when a batch ends</source>
        <translation>批次结束时播放提示音(&amp;N)</translation>
    </message>
    <message>
        <source> coins</source>
        <translation> RH币</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>A batch stops before a run would make it spend more than this (estimated from the app&apos;s past runs).</source>
        <translation>一次运行若会使批次花费超过此值（按应用以往的运行估算），批次会在此之前停止。</translation>
    </message>
    <message>
        <source>Batch ca&amp;p:</source>
        <translation>批次上限(&amp;P)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The queue stops while the account has less than this left.</source>
        <translation>账号余额低于此值时，队列停止。</translation>
    </message>
    <message>
        <source>Balance &amp;floor:</source>
        <translation>余额下限(&amp;F)：</translation>
    </message>
    <message>
        <source>Never ask</source>
        <translation>从不询问</translation>
    </message>
    <message>
        <source>Ask before &amp;queueing more than:</source>
        <translation>加入队列前询问，若超过(&amp;Q)：</translation>
    </message>
    <message>
        <source>{app} the app&apos;s name, {label} the queue job&apos;s label, {date} and {time} when the results were saved, {taskId} the task&apos;s id, {n} the file&apos;s number in the task. A file that exists is never overwritten.</source>
        <translation>{app} 应用名称，{label} 队列任务的标签，{date} 和 {time} 结果保存的日期和时间，{taskId} 任务 ID，{n} 文件在任务中的序号。已存在的文件永远不会被覆盖。</translation>
    </message>
    <message>
        <source>File n&amp;ames:</source>
        <translation>文件名(&amp;A)：</translation>
    </message>
    <message>
        <source>Names safe for web uploa&amp;ds</source>
        <translation>适合网页上传的文件名(&amp;D)</translation>
    </message>
    <message>
        <source>Only ASCII letters, digits, - and _: Chinese is spelt in pinyin (文生图 becomes wen_sheng_tu), other characters become _.</source>
        <translation>仅使用 ASCII 字母、数字、- 和 _：中文转写为拼音（文生图 变为 wen_sheng_tu），其他字符变为 _。</translation>
    </message>
    <message>
        <source>Text to image</source>
        <translation>文生图</translation>
    </message>
    <message>
        <source>Row 7</source>
        <translation>第 7 行</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>示例：%1</translation>
    </message>
</context>
<context>
    <name>rh::StateText</name>
    <message>
        <source>Sending the task to the sandbox…</source>
        <translation>正在将任务发送到沙盒…</translation>
    </message>
    <message>
        <source>Waiting in the sandbox&apos;s queue.</source>
        <translation>正在沙盒队列中等待。</translation>
    </message>
    <message>
        <source>Running in the sandbox.</source>
        <translation>正在沙盒中运行。</translation>
    </message>
    <message>
        <source>The sandbox rejected the inputs; the task will not run. Fix the marked inputs and run again.</source>
        <translation>沙盒拒绝了这些输入项，任务不会运行。请修正标记的输入项后再运行。</translation>
    </message>
    <message>
        <source>The sandbox does not know this task.</source>
        <translation>沙盒找不到此任务。</translation>
    </message>
    <message>
        <source>Stopped watching the task; it may still finish in the sandbox. To look again, select it under History and press Look again.</source>
        <translation>已停止跟踪该任务，它仍可能在沙盒中完成。要再次查看，请在“历史记录”中选中它并点击“重新查询”。</translation>
    </message>
</context>
<context>
    <name>rh::SwitchField</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rh::TaskPanel</name>
    <message>
        <source>Task status</source>
        <translation>任务状态</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy task ID</source>
        <translation>复制任务 ID</translation>
    </message>
    <message>
        <source>Task ID:</source>
        <translation>任务 ID：</translation>
    </message>
    <message>
        <source>Cost and run time</source>
        <translation>消耗与运行时长</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>消耗：</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Problems with the inputs</source>
        <translation>输入项的问题</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Failure details</source>
        <translation>失败详情</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>取消请求</translation>
    </message>
    <message>
        <source>Time in this state</source>
        <translation>处于此状态的时长</translation>
    </message>
    <message>
        <source>Cancel &amp;task</source>
        <translation>取消任务(&amp;T)</translation>
    </message>
    <message>
        <source>Simulated cost:</source>
        <translation>模拟费用：</translation>
    </message>
</context>
<context>
    <name>rh::UndoNotice</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>隐藏此提示</translation>
    </message>
    <message>
        <source>Hide the delete notice</source>
        <translation>隐藏删除提示</translation>
    </message>
</context>
<context>
    <name>rh::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>此版本中缺少用户指南。</translation>
    </message>
</context>
</TS>
