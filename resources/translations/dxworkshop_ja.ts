<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
