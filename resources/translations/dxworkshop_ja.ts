<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AutoMixDialog</name>
    <message>
        <source>{size} people × {count}</source>
        <translation>{size}人 × {count}</translation>
    </message>
    <message>
        <source>Trainees: {trainees} → groups: {groups} ({sizes})</source>
        <translation>受講者 {trainees}人 → {groups}グループ（{sizes}）</translation>
    </message>
    <message>
        <source>There are no trainees to group yet.</source>
        <translation>グループに分ける受講者がまだいません。</translation>
    </message>
    <message>
        <source>Every group has at most one trainee from each municipality.</source>
        <translation>どのグループも、同じ市町村の受講者は1人までです。</translation>
    </message>
    <message>
        <source>{municipality} has more trainees than there are groups, so some groups have up to {count} trainees of one municipality. A smaller group size mixes more.</source>
        <translation>{municipality}の受講者数がグループ数より多いため、同じ市町村の受講者が最大{count}人入るグループがあります。1グループの人数を減らすと、より混ざります。</translation>
    </message>
    <message>
        <source>The current groups ({count}) are reused in order and their members replaced. Undo puts everything back.</source>
        <translation>今あるグループ（{count}）を順に使い、メンバーを入れ替えます。「元に戻す」ですべて元どおりになります。</translation>
    </message>
    <message>
        <source>New groups are created. Undo removes them again.</source>
        <translation>新しいグループを作ります。「元に戻す」で取り消せます。</translation>
    </message>
    <message>
        <source>Auto-mix Groups</source>
        <translation>グループの自動編成</translation>
    </message>
    <message>
        <source>Deals every trainee into groups of the chosen size so that each group mixes municipalities as much as possible.</source>
        <translation>受講者全員を指定した人数のグループに振り分けます。各グループでできるだけ市町村が混ざるようにします。</translation>
    </message>
    <message>
        <source>&amp;Trainees per group:</source>
        <translation>1グループの人数(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>Something went wrong inside dxworkshop. Your programme file is safe: every edit made before this was already saved.</source>
        <translation>dxworkshop の内部で問題が発生しました。研修ファイルは無事です。ここまでの編集はすべて保存済みです。</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>（ログファイルなし）</translation>
    </message>
    <message>
        <source>If it happens again, copy the details and send them to whoever supports dxworkshop for you. The log file is: {path}</source>
        <translation>再び起きる場合は、詳細をコピーしてサポート担当者に送ってください。ログファイル: {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
</context>
<context>
    <name>CriteriaTableModel</name>
    <message>
        <source>Criterion</source>
        <translation>評価基準</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低点</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高点</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>向き</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>絶対条件</translation>
    </message>
    <message>
        <source>Matrix axis</source>
        <translation>マトリクスの軸</translation>
    </message>
    <message>
        <source>How much the criterion counts in the weighted total (0–100)</source>
        <translation>重み付き合計でこの基準をどれだけ重視するか（0〜100）</translation>
    </message>
    <message>
        <source>Lowest score (0–10)</source>
        <translation>最低点（0〜10）</translation>
    </message>
    <message>
        <source>Highest score (0–10)</source>
        <translation>最高点（0〜10）</translation>
    </message>
    <message>
        <source>A yes/no condition; an issue that fails it is not ranked</source>
        <translation>はい／いいえで判定する条件。満たさない課題は順位付けしません</translation>
    </message>
    <message>
        <source>Horizontal (x)</source>
        <translation>横軸（x）</translation>
    </message>
    <message>
        <source>Vertical (y)</source>
        <translation>縦軸（y）</translation>
    </message>
    <message>
        <source>A gate is scored 0 (no) or 1 (yes)</source>
        <translation>絶対条件は 0（いいえ）か 1（はい）で採点します</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>高いほど良い</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>低いほど良い</translation>
    </message>
</context>
<context>
    <name>DepartmentTableModel</name>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>市町村</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>(untitled programme)</source>
        <translation>（名称未設定の研修）</translation>
    </message>
    <message>
        <source>FY{year}</source>
        <translation>{year}年度</translation>
    </message>
    <message>
        <source>Organiser: {name}</source>
        <translation>主催：{name}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}〜{end}</translation>
    </message>
    <message>
        <source>No dates yet.</source>
        <translation>日程は未設定です。</translation>
    </message>
    <message>
        <source>Today is {today}. The programme has no sessions yet: add them in Programme settings.</source>
        <translation>今日は{today}です。研修回がまだありません。「研修設定」で追加してください。</translation>
    </message>
    <message>
        <source>Today is {today}. Every session has been held.</source>
        <translation>今日は{today}です。すべての研修回が終了しました。</translation>
    </message>
    <message>
        <source>Today is {today}: {title}.</source>
        <translation>今日は{today}、{title}の日です。</translation>
    </message>
    <message numerus="yes">
        <source>Today is {today}. Next: {title} in %n day(s).</source>
        <translation>
            <numerusform>今日は{today}です。次回は{title}（あと%n日）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Progress by phase</source>
        <translation>段階ごとの進み具合</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Setup</source>
        <translation>準備</translation>
    </message>
    <message>
        <source>Pre-hearing</source>
        <translation>事前ヒアリング</translation>
    </message>
    <message>
        <source>Issue extraction</source>
        <translation>課題抽出</translation>
    </message>
    <message>
        <source>Prioritisation</source>
        <translation>優先順位付け</translation>
    </message>
    <message>
        <source>Improvement plans</source>
        <translation>改善計画</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>フィードバック</translation>
    </message>
    <message>
        <source>Workplace practice</source>
        <translation>職場実践</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>上司</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>DX contact</source>
        <translation>DX推進担当者</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>ファシリテーター</translation>
    </message>
    <message>
        <source>language-code</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New Programme…</source>
        <extracomment>Pages built in their own modules: navigator key → (module, class). A phase whose module is absent shows what the phase is for (PhasePage) until it is built.</extracomment>
        <translation>新しい研修(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>名簿の取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About dxworkshop</source>
        <translation>dxworkshop について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>dxworkshop</source>
        <translation>dxworkshop</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>元に戻す：{what}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>やり直す：{what}(&amp;R)</translation>
    </message>
    <message>
        <source>All changes are saved automatically</source>
        <translation>変更はすべて自動的に保存されます</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Programme settings</source>
        <translation>研修設定</translation>
    </message>
    <message>
        <source>(untitled programme)</source>
        <translation>（名称未設定の研修）</translation>
    </message>
    <message>
        <source>{programme} — {file} — dxworkshop</source>
        <translation>{programme} — {file} — dxworkshop</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>{time} に保存しました</translation>
    </message>
    <message>
        <source>Could not undo/redo: {reason}</source>
        <translation>元に戻す／やり直すができませんでした：{reason}</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>dxworkshop programmes (*{suffix});;All files (*)</source>
        <translation>dxworkshop 研修ファイル (*{suffix});;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open Programme</source>
        <translation>研修ファイルを開く</translation>
    </message>
    <message>
        <source>Save Programme As</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <source>Choose a different file name.</source>
        <translation>別のファイル名を選んでください。</translation>
    </message>
    <message>
        <source>Saved a copy as {file}</source>
        <translation>{file} として保存しました</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}). The programme is unchanged.</source>
        <translation>バックアップを復元できませんでした（{reason}）。研修ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Restored the backup of {time}</source>
        <translation>{time} のバックアップから復元しました</translation>
    </message>
    <message>
        <source>About dxworkshop</source>
        <translation>dxworkshop について</translation>
    </message>
    <message>
        <source>dxworkshop {version}
Facilitation of business-improvement and DX training for municipal staff.</source>
        <translation>dxworkshop {version}
市町村職員向け 業務改善・DX実践研修のファシリテーション支援ツール</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>“{file}” is already open by {user} on {host} (process {pid}, since {since}). Close it there first, or open a copy.</source>
        <translation>「{file}」は {host} の {user} さんが開いています（プロセス {pid}、{since} から）。先にそちらで閉じるか、コピーを開いてください。</translation>
    </message>
    <message>
        <source>“{file}” is already open in another dxworkshop window.</source>
        <translation>「{file}」は別の dxworkshop で開かれています。</translation>
    </message>
    <message>
        <source>“{file}” is damaged and cannot be opened ({detail}). It has not been changed. Use File ▸ Restore from backup to go back to a recent copy.</source>
        <translation>「{file}」は破損しているため開けません（{detail}）。ファイルは変更していません。［ファイル］▸［バックアップから復元］で最近のコピーに戻せます。</translation>
    </message>
    <message>
        <source>“{file}” was saved by a newer version of dxworkshop (file format {found}; this version reads up to {supported}). Update dxworkshop to open it. The file has not been changed.</source>
        <translation>「{file}」は新しいバージョンの dxworkshop で保存されています（ファイル形式 {found}、このバージョンは {supported} まで対応）。dxworkshop を更新してから開いてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>“{file}” is a database of another application, not a dxworkshop programme.</source>
        <translation>「{file}」は別のアプリケーションのデータベースで、dxworkshop の研修ファイルではありません。</translation>
    </message>
    <message>
        <source>“{file}” is not a dxworkshop programme file.</source>
        <translation>「{file}」は dxworkshop の研修ファイルではありません。</translation>
    </message>
    <message>
        <source>“{file}” does not exist (moved or deleted?).</source>
        <translation>「{file}」が見つかりません（移動または削除された可能性があります）。</translation>
    </message>
    <message>
        <source>“{file}” is a folder, not a programme file.</source>
        <translation>「{file}」はフォルダーです。研修ファイルを選んでください。</translation>
    </message>
    <message>
        <source>“{file}” already exists. Choose another name.</source>
        <translation>「{file}」はすでに存在します。別の名前を付けてください。</translation>
    </message>
    <message>
        <source>You do not have permission to use “{file}” or its folder. Copy it to a folder of your own and open the copy.</source>
        <translation>「{file}」またはそのフォルダーを使う権限がありません。ご自身のフォルダーにコピーしてから開いてください。</translation>
    </message>
    <message>
        <source>“{file}” could not be upgraded to this version of dxworkshop. The original is unchanged{backup}.</source>
        <translation>「{file}」をこのバージョンの dxworkshop 用に更新できませんでした。元のファイルはそのままです{backup}。</translation>
    </message>
    <message>
        <source>Could not write to “{file}”: the disk may be full or removed. Your last edit was not saved.</source>
        <translation>「{file}」に書き込めませんでした。ディスクの空きがないか、取り外された可能性があります。直前の編集は保存されていません。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>団体コード</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>上司</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>尺度</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>1グループの人数</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>絶対条件</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>評価基準</translation>
    </message>
    <message>
        <source>Matrix axes</source>
        <translation>マトリクスの軸</translation>
    </message>
    <message>
        <source>Horizontal axis</source>
        <translation>横軸</translation>
    </message>
    <message>
        <source>Vertical axis</source>
        <translation>縦軸</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主催</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Issue category</source>
        <translation>課題の分類</translation>
    </message>
    <message>
        <source>DX means</source>
        <translation>DX手段</translation>
    </message>
    <message>
        <source>{field} must not be empty.</source>
        <translation>{field}を入力してください。</translation>
    </message>
    <message>
        <source>{field}: this value is already used.</source>
        <translation>{field}：この値はすでに使われています。</translation>
    </message>
    <message>
        <source>{field} is out of range.</source>
        <translation>{field}が範囲外です。</translation>
    </message>
    <message>
        <source>{field} must be six digits.</source>
        <translation>{field}は6桁の数字で入力してください。</translation>
    </message>
    <message>
        <source>{field} has a value that is not allowed.</source>
        <translation>{field}に使えない値が入っています。</translation>
    </message>
    <message>
        <source>{field} is before the start date.</source>
        <translation>{field}が開始日より前になっています。</translation>
    </message>
    <message>
        <source>{field} belongs to another municipality.</source>
        <translation>{field}は別の市町村に属しています。</translation>
    </message>
    <message>
        <source>{field}: a person cannot supervise themselves.</source>
        <translation>{field}：本人を自分の上司にすることはできません。</translation>
    </message>
    <message>
        <source>{field}: this would make a loop of supervisors.</source>
        <translation>{field}：上司の関係が循環してしまいます。</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>This item no longer exists (it may have been deleted).</source>
        <translation>この項目はもう存在しません（削除された可能性があります）。</translation>
    </message>
</context>
<context>
    <name>MunicipalityTableModel</name>
    <message>
        <source>Municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>団体コード</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>受講者</translation>
    </message>
</context>
<context>
    <name>NewProgrammeWizard</name>
    <message>
        <source>programme</source>
        <translation>研修</translation>
    </message>
    <message>
        <source>{count} sessions from {start} to {end} will be scheduled.</source>
        <translation>{start}から{end}まで、{count}回の日程を作成します。</translation>
    </message>
    <message>
        <source>New Programme File</source>
        <translation>新しい研修ファイル</translation>
    </message>
    <message>
        <source>dxworkshop programmes (*{suffix})</source>
        <translation>dxworkshop 研修ファイル (*{suffix})</translation>
    </message>
    <message>
        <source>Choose where to save the programme.</source>
        <translation>保存場所を選んでください。</translation>
    </message>
    <message>
        <source>New Programme</source>
        <translation>新しい研修</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>研修の概要</translation>
    </message>
    <message>
        <source>Name the training programme. The schedule, evaluation criteria, rubric and hearing questions are prepared from the standard two-month template; you can change them later.</source>
        <translation>研修の名称などを入力してください。日程・評価基準・評価観点・ヒアリング項目は標準の2か月テンプレートから作成され、あとから変更できます。</translation>
    </message>
    <message>
        <source>Programme &amp;name:</source>
        <translation>研修名(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Business improvement and DX training for municipal staff</source>
        <translation>例：市町村職員 業務改善・DX実践研修</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>主催(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. the prefecture</source>
        <translation>例：岡山県</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>開始日(&amp;S)：</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>保存場所</translation>
    </message>
    <message>
        <source>The whole programme lives in this one file. It contains personal data: keep it on your own computer, not on a shared drive.</source>
        <translation>研修のすべてがこの1つのファイルに保存されます。個人情報を含むため、共有フォルダではなくご自身のパソコンに保存してください。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>All roles</source>
        <translation>すべての役割</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>People: {count} ({roles})</source>
        <translation>{count}人（{roles}）</translation>
    </message>
    <message>
        <source>People: {count}</source>
        <translation>{count}人</translation>
    </message>
    <message>
        <source>Showing {shown} of {all}</source>
        <translation>{all}件中 {shown}件を表示</translation>
    </message>
    <message>
        <source>Municipalities: {count}</source>
        <translation>市町村：{count}</translation>
    </message>
    <message>
        <source>Departments: {count}</source>
        <translation>所属：{count}</translation>
    </message>
    <message>
        <source>Groups: {count}</source>
        <translation>グループ：{count}</translation>
    </message>
    <message>
        <source>Trainees without a group: {count}</source>
        <translation>グループ未所属の受講者：{count}人</translation>
    </message>
    <message>
        <source>Move or delete its people ({count}) first.</source>
        <translation>先に所属する人（{count}人）を移動するか削除してください。</translation>
    </message>
    <message>
        <source>Deal all trainees into groups of a chosen size that mix municipalities</source>
        <translation>受講者全員を、市町村が混ざるように指定人数のグループへ振り分けます</translation>
    </message>
    <message>
        <source>Add trainees first.</source>
        <translation>先に受講者を登録してください。</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>すべての市町村</translation>
    </message>
    <message>
        <source>(No municipality)</source>
        <translation>（市町村なし）</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name}を追加</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name}を編集</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name}を削除</translation>
    </message>
    <message>
        <source>Delete {count} people</source>
        <translation>{count}人を削除</translation>
    </message>
    <message>
        <source>Departments of {municipality}</source>
        <translation>{municipality}の所属</translation>
    </message>
    <message>
        <source>Select a municipality to see its departments.</source>
        <translation>市町村を選ぶと、その所属が表示されます。</translation>
    </message>
    <message>
        <source>{name} still has people: move or delete them first.</source>
        <translation>{name}にはまだ人が登録されています。先に移動するか削除してください。</translation>
    </message>
    <message>
        <source>Select the municipality of the department first.</source>
        <translation>先に所属の市町村を選んでください。</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>{name}の名前を変更</translation>
    </message>
    <message>
        <source>Members of {group}</source>
        <translation>{group}のメンバー</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Group {number}</source>
        <translation>{number}班</translation>
    </message>
    <message>
        <source>Add members to {group}</source>
        <translation>{group}にメンバーを追加</translation>
    </message>
    <message>
        <source>Remove members from {group}</source>
        <translation>{group}からメンバーを外す</translation>
    </message>
    <message>
        <source>Auto-mix groups of {size}</source>
        <translation>{size}人ずつグループを自動編成</translation>
    </message>
    <message>
        <source>Trainees and Others</source>
        <translation>受講者・関係者</translation>
    </message>
    <message>
        <source>Filter by name, reading, municipality, department…</source>
        <translation>氏名・ふりがな・市町村・所属で絞り込み…</translation>
    </message>
    <message>
        <source>Show only people with this role</source>
        <translation>この役割の人だけを表示</translation>
    </message>
    <message>
        <source>Show only people of this municipality</source>
        <translation>この市町村の人だけを表示</translation>
    </message>
    <message>
        <source>Add Person…</source>
        <translation>人を追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Import Roster…</source>
        <translation>名簿の取り込み…</translation>
    </message>
    <message>
        <source>Import the people of an Excel or CSV roster</source>
        <translation>Excel・CSVの名簿から参加者を取り込みます</translation>
    </message>
    <message>
        <source>Municipalities and Departments</source>
        <translation>市町村・所属</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Filter municipalities…</source>
        <translation>市町村を絞り込み…</translation>
    </message>
    <message>
        <source>Municipality (e.g. 倉敷市)</source>
        <translation>市町村名（例：倉敷市）</translation>
    </message>
    <message>
        <source>Reading (くらしきし)</source>
        <translation>ふりがな（くらしきし）</translation>
    </message>
    <message>
        <source>Code (6 digits)</source>
        <translation>団体コード（6桁）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Delete Municipality</source>
        <translation>市町村を削除</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Department (e.g. 市民課)</source>
        <translation>所属名（例：市民課）</translation>
    </message>
    <message>
        <source>Delete Department</source>
        <translation>所属を削除</translation>
    </message>
    <message>
        <source>Work Groups</source>
        <translation>グループ（班）</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Add Group</source>
        <translation>グループを追加</translation>
    </message>
    <message>
        <source>Auto-mix…</source>
        <translation>自動編成…</translation>
    </message>
    <message>
        <source>Remove from Group</source>
        <translation>グループから外す</translation>
    </message>
    <message>
        <source>Not in a Group</source>
        <translation>グループ未所属</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>絞り込み…</translation>
    </message>
    <message>
        <source>Trainees only</source>
        <translation>受講者のみ</translation>
    </message>
    <message>
        <source>▲ Add to Group</source>
        <translation>▲ グループに追加</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>column → field name of the columns editable inline number of columns (views ask very often; ``headers()`` translates each time)</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>上司</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add Person</source>
        <translation>人を追加</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>人を編集</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Choose the supervisor from the list.</source>
        <translation>上司を一覧から選んでください。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 山田 太郎</source>
        <translation>例：山田 太郎</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>ふりがな(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. やまだ たろう (used for 五十音順)</source>
        <translation>例：やまだ たろう（五十音順の並べ替えに使います）</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>市町村(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>所属(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>職名(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. 主任</source>
        <translation>例：主任</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>役割：</translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation>上司(&amp;S)：</translation>
    </message>
    <message>
        <source>The trainee&apos;s supervisor (上司), who gives feedback on the plan. Type to search.</source>
        <translation>受講者の上司。改善計画にフィードバックをします。入力して検索できます。</translation>
    </message>
</context>
<context>
    <name>PhasePage</name>
    <message>
        <source>Interview each municipality about its DX situation and current business issues before the training, so the workshops fit the field.</source>
        <translation>研修の前に各市町村のDX推進状況と現在の業務課題を聞き取り、研修内容を現場に合わせます。</translation>
    </message>
    <message>
        <source>Trainees list the problems of their daily work as issue cards with their workload, then group them on the affinity board.</source>
        <translation>受講者が日々の業務の困りごとを業務量とともに課題カードに書き出し、親和図でグループにまとめます。</translation>
    </message>
    <message>
        <source>Score the issues against the criteria, place them on the payoff matrix and let each trainee choose an improvement theme.</source>
        <translation>評価基準で課題を採点し、ペイオフマトリクスに配置して、受講者ごとに改善テーマを決めます。</translation>
    </message>
    <message>
        <source>Each trainee turns the theme into an improvement plan in A3 order and brushes it up version by version.</source>
        <translation>受講者がテーマをA3形式の改善計画にまとめ、版を重ねてブラッシュアップします。</translation>
    </message>
    <message>
        <source>Supervisors and instructors rate each plan with the rubric and comment on it.</source>
        <translation>上司と講師が評価観点に沿って計画を評価し、コメントします。</translation>
    </message>
    <message>
        <source>Follow every trainee while the plan is put into practice: action items, check-ins, measurements and the outcome.</source>
        <translation>職場での実践を受講者ごとに追います：実践項目、進捗報告、効果測定、成果。</translation>
    </message>
    <message>
        <source>Word summaries for supervisors, municipalities and the prefecture.</source>
        <translation>上司・市町村・県に向けたWordの報告書を作成します。</translation>
    </message>
    <message>
        <source>The workspace for this phase comes in a later version of dxworkshop.</source>
        <translation>この段階の作業画面は、dxworkshop の今後のバージョンで提供されます。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>表示言語(&amp;L)：</translation>
    </message>
    <message>
        <source>Show dates in the Japanese era (e.g. 令和8年9月1日)</source>
        <translation>日付を和暦で表示する（例：令和8年9月1日）</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>文字の大きさ(&amp;T)：</translation>
    </message>
    <message>
        <source>Make everything larger for a projector or a large display.</source>
        <translation>プロジェクターや大型ディスプレイ向けに、全体を大きく表示します。</translation>
    </message>
    <message>
        <source>&amp;Backup every:</source>
        <translation>自動バックアップの間隔(&amp;B)：</translation>
    </message>
    <message>
        <source>Minutes between automatic backups while a programme is open (0 = only when opening).</source>
        <translation>研修ファイルを開いている間の自動バックアップの間隔（分）。0 にすると開いたときだけ作成します。</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>バックアップの保存数(&amp;K)：</translation>
    </message>
    <message>
        <source>A new language or text size applies to the whole window at once; the open programme stays open.</source>
        <translation>表示言語や文字の大きさの変更は画面全体にすぐ反映されます。開いている研修はそのままです。</translation>
    </message>
</context>
<context>
    <name>PresentationBar</name>
    <message>
        <source>Workshop timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes on the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop cards from being moved by accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeSettingsPage</name>
    <message numerus="yes">
        <source>Used by %n issue(s)</source>
        <translation>
            <numerusform>%n件の課題で使用中</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>未使用</translation>
    </message>
    <message numerus="yes">
        <source>Proposed in %n plan(s)</source>
        <translation>
            <numerusform>%n件の計画で提案</numerusform>
        </translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>April {start} – March {end}</source>
        <translation>{start}年4月〜{end}年3月</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) or rating(s) already given are outside {low}–{high}. Change them first, or choose a wider scale.</source>
        <translation>
            <numerusform>すでに付けた評点・評価のうち%n件が {low}〜{high} の範囲外になります。先にそれらを修正するか、より広い尺度を選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The lowest score must be below the highest.</source>
        <translation>最低点は最高点より小さくしてください。</translation>
    </message>
    <message>
        <source>A gate criterion is always scored 0 (no) or 1 (yes).</source>
        <translation>絶対条件は常に 0（いいえ）か 1（はい）で採点します。</translation>
    </message>
    <message>
        <source>Choose two different criteria for the matrix axes.</source>
        <translation>マトリクスの軸には異なる2つの評価基準を選んでください。</translation>
    </message>
    <message>
        <source>{field}: a gate criterion cannot be a matrix axis.</source>
        <translation>{field}：絶対条件はマトリクスの軸にできません。</translation>
    </message>
    <message>
        <source>{field}: that criterion has been deleted.</source>
        <translation>{field}：その評価基準は削除されています。</translation>
    </message>
    <message>
        <source>Some issues already carry a tag with that name; choose another name.</source>
        <translation>その名前の分類がすでに付いている課題があります。別の名前にしてください。</translation>
    </message>
    <message>
        <source>This criterion is an axis of the payoff matrix: choose other axes first.</source>
        <translation>この評価基準はペイオフマトリクスの軸です。先に別の軸を選んでください。</translation>
    </message>
    <message>
        <source>A matrix axis cannot be a gate: choose other axes first.</source>
        <translation>マトリクスの軸は絶対条件にできません。先に別の軸を選んでください。</translation>
    </message>
    <message>
        <source>Change programme name</source>
        <translation>研修名の変更</translation>
    </message>
    <message>
        <source>Change organiser</source>
        <translation>主催の変更</translation>
    </message>
    <message>
        <source>Change fiscal year</source>
        <translation>年度の変更</translation>
    </message>
    <message>
        <source>Change start date</source>
        <translation>開始日の変更</translation>
    </message>
    <message>
        <source>Change end date</source>
        <translation>終了日の変更</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>説明の変更</translation>
    </message>
    <message>
        <source>Move session “{title}”</source>
        <translation>研修回「{title}」の日付変更</translation>
    </message>
    <message>
        <source>Edit session “{title}”</source>
        <translation>研修回「{title}」の編集</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新しい研修回</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>研修回の追加</translation>
    </message>
    <message>
        <source>Delete session “{title}”</source>
        <translation>研修回「{title}」の削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n session(s)</source>
        <translation>
            <numerusform>研修回%n件の削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n session(s)</source>
        <translation>
            <numerusform>研修回%n件の日付変更</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit criterion “{name}”</source>
        <translation>評価基準「{name}」の編集</translation>
    </message>
    <message>
        <source>Make “{name}” a gate</source>
        <translation>「{name}」を絶対条件にする</translation>
    </message>
    <message>
        <source>Make “{name}” a scored criterion</source>
        <translation>「{name}」を採点する基準にする</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>新しい評価基準</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>評価基準の追加</translation>
    </message>
    <message>
        <source>Delete criterion “{name}”</source>
        <translation>評価基準「{name}」の削除</translation>
    </message>
    <message>
        <source>Move criterion “{name}”</source>
        <translation>評価基準「{name}」の並べ替え</translation>
    </message>
    <message>
        <source>Change matrix axes</source>
        <translation>マトリクスの軸の変更</translation>
    </message>
    <message>
        <source>Edit rubric item “{name}”</source>
        <translation>評価観点「{name}」の編集</translation>
    </message>
    <message>
        <source>New rubric item</source>
        <translation>新しい評価観点</translation>
    </message>
    <message>
        <source>Add rubric item</source>
        <translation>評価観点の追加</translation>
    </message>
    <message>
        <source>Delete rubric item “{name}”</source>
        <translation>評価観点「{name}」の削除</translation>
    </message>
    <message>
        <source>Move rubric item “{name}”</source>
        <translation>評価観点「{name}」の並べ替え</translation>
    </message>
    <message>
        <source>Add “{entry}”</source>
        <translation>「{entry}」の追加</translation>
    </message>
    <message>
        <source>Rename “{old}” to “{new}”</source>
        <translation>「{old}」を「{new}」に変更</translation>
    </message>
    <message>
        <source>Remove “{entry}”</source>
        <translation>「{entry}」の削除</translation>
    </message>
    <message>
        <source>Move “{entry}”</source>
        <translation>「{entry}」の並べ替え</translation>
    </message>
    <message>
        <source>Programme settings</source>
        <translation>研修設定</translation>
    </message>
    <message>
        <source>Every change is saved as you make it. Undo it with Ctrl+Z.</source>
        <translation>変更はその場で保存されます。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Programme and schedule</source>
        <translation>研修と日程</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>研修</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. FY2026 business improvement and DX training</source>
        <translation>例：令和8年度 業務改善・DX実践研修</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主催</translation>
    </message>
    <message>
        <source>e.g. prefecture DX promotion division</source>
        <translation>例：県 デジタル推進課</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Aims, target staff, notes for the facilitators</source>
        <translation>研修のねらい、対象職員、ファシリテーター向けのメモ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>研修回</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move the selected sessions by</source>
        <translation>選んだ研修回の日付をずらす：</translation>
    </message>
    <message>
        <source>Move dates</source>
        <translation>日付をずらす</translation>
    </message>
    <message>
        <source>Criteria and matrix</source>
        <translation>評価基準とマトリクス</translation>
    </message>
    <message>
        <source>Prioritisation criteria</source>
        <translation>優先順位付けの評価基準</translation>
    </message>
    <message>
        <source>Issues are ranked by the weighted total of their scores. A gate criterion is a yes/no condition: an issue that fails it is not ranked.</source>
        <translation>課題は評点の重み付き合計で順位付けします。絶対条件は「はい／いいえ」で判定し、満たさない課題は順位付けしません。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Payoff matrix</source>
        <translation>ペイオフマトリクス</translation>
    </message>
    <message>
        <source>Horizontal axis (x)</source>
        <translation>横軸（x）</translation>
    </message>
    <message>
        <source>Vertical axis (y)</source>
        <translation>縦軸（y）</translation>
    </message>
    <message>
        <source>Dragging a card on the payoff matrix scores these two criteria. Gate criteria cannot be axes.</source>
        <translation>ペイオフマトリクス上でカードを動かすと、この2つの基準の評点が決まります。絶対条件は軸にできません。</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>評価観点</translation>
    </message>
    <message>
        <source>Rubric for feedback on plans</source>
        <translation>改善計画へのフィードバックの評価観点</translation>
    </message>
    <message>
        <source>Supervisors and instructors rate each improvement plan on these items.</source>
        <translation>上司と講師は、この観点で各改善計画を評価します。</translation>
    </message>
    <message>
        <source>Categories and DX means</source>
        <translation>課題の分類とDX手段</translation>
    </message>
    <message>
        <source>Issue categories</source>
        <translation>課題の分類</translation>
    </message>
    <message>
        <source>Tags for issue cards. Renaming one renames it on every issue.</source>
        <translation>課題カードに付ける分類です。名前を変えると、すべての課題の分類も変わります。</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新しい分類</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>DX means</source>
        <translation>DX手段</translation>
    </message>
    <message>
        <source>Choices for improvement plans. Versions already written keep their wording.</source>
        <translation>改善計画で選べるDX手段です。作成済みの版の記載は変わりません。</translation>
    </message>
    <message>
        <source>New DX means</source>
        <translation>新しいDX手段</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>{time}  ({size} KB)</source>
        <translation>{time}&#x3000;（{size} KB）</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Choose a backup to go back to. The programme as it is now is kept as a backup too, so you can come back to it.</source>
        <translation>戻したいバックアップを選んでください。現在の状態もバックアップとして残るので、あとで戻ることもできます。</translation>
    </message>
    <message>
        <source>There are no backups of this programme yet.</source>
        <translation>この研修のバックアップはまだありません。</translation>
    </message>
</context>
<context>
    <name>RubricTableModel</name>
    <message>
        <source>Rubric item</source>
        <translation>評価観点</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低点</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高点</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>研修回</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>{date}  ◀ today</source>
        <translation>{date}&#x3000;◀ 本日</translation>
    </message>
    <message>
        <source>{date}  ◀ next</source>
        <translation>{date}&#x3000;◀ 次回</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>実施済み</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <extracomment>Role of a column&apos;s choices, a list of (label, value), for a combo-box editor. Role of the id of the row&apos;s object. ``handler(row, field, value) -&gt; saved``: the page&apos;s way of applying a cell edit. field name of each column</extracomment>
        <translation>日付</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>研修回</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to dxworkshop</source>
        <translation>dxworkshop へようこそ</translation>
    </message>
    <message>
        <source>One file holds one training programme: participants, hearings, issues, priorities, plans, feedback and practice. Every change is saved as you make it.</source>
        <translation>1つのファイルに1つの研修をまとめて管理します：参加者、ヒアリング、課題、優先順位、改善計画、フィードバック、職場実践。変更はその場で保存されます。</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>新しい研修…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Recent programmes</source>
        <translation>最近使った研修</translation>
    </message>
</context>
</TS>
