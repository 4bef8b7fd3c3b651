<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActionItemModel</name>
    <message>
        <source>Action item</source>
        <extracomment>column → editor kind of the columns editable inline</extracomment>
        <translation>実践項目</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Past its due date</source>
        <translation>期限を過ぎています</translation>
    </message>
</context>
<context>
    <name>AffinityBoard</name>
    <message>
        <source>Rename Label</source>
        <extracomment>The kinds of records the board shows.</extracomment>
        <translation>表札を変更</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>{count} cards are too many for one board. Choose a group or a municipality above to show fewer.</source>
        <translation>カードが {count} 枚あり、1枚のボードには多すぎます。上で班や市町村を選んで絞り込んでください。</translation>
    </message>
    <message>
        <source>No issue cards yet. Type them in above; they will appear here.</source>
        <translation>課題カードはまだありません。上の欄に入力すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>No card matches the filter.</source>
        <translation>条件に合うカードはありません。</translation>
    </message>
    <message>
        <source>Group cards</source>
        <translation>カードをグループにまとめる</translation>
    </message>
    <message numerus="yes">
        <source>Put %n card(s) in “{label}”</source>
        <translation>
            <numerusform>カード%n枚を「{label}」に入れる</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n card(s) out of their group</source>
        <translation>
            <numerusform>カード%n枚をグループから出す</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>カード%n枚を移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Put “{label}” in “{parent}”</source>
        <translation>「{label}」を「{parent}」の中に入れる</translation>
    </message>
    <message>
        <source>Take “{label}” out of its group</source>
        <translation>「{label}」を親グループから出す</translation>
    </message>
    <message>
        <source>Move “{label}”</source>
        <translation>「{label}」を移動</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新しいグループ</translation>
    </message>
    <message>
        <source>Dissolve “{label}”</source>
        <translation>「{label}」を解散</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>色を変更</translation>
    </message>
    <message>
        <source>Tidy up the board</source>
        <translation>ボードを整列</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>カード%n枚を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename “{old}”</source>
        <translation>「{old}」の表札を変更</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Dissolve Group</source>
        <translation>グループを解散</translation>
    </message>
    <message>
        <source>Group Selected Cards</source>
        <translation>選択したカードをまとめる</translation>
    </message>
    <message>
        <source>Take Out of Group</source>
        <translation>グループから出す</translation>
    </message>
    <message>
        <source>Delete Card</source>
        <translation>カードを削除</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>新しいグループ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
</context>
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
    <name>ChartWidgets</name>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>Plans reported: {n}</source>
        <translation>報告済みの計画：{n}件</translation>
    </message>
</context>
<context>
    <name>CheckInModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>課題・障害</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>必要な支援</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>municipalities</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>班</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>研修回</translation>
    </message>
    <message>
        <source>hearings</source>
        <translation>ヒアリング</translation>
    </message>
    <message>
        <source>issues</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>clusters</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>評価基準</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>評点</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>改善テーマ</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>改善計画</translation>
    </message>
    <message>
        <source>plan_versions</source>
        <translation>計画の版</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>フィードバック</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>実践項目</translation>
    </message>
    <message>
        <source>check_ins</source>
        <translation>進捗報告</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>効果測定</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>{imported} people imported ({created} new, {updated} updated, {unchanged} unchanged), {municipalities} municipalities, {departments} departments and {supervisors} supervisors added, {rejected} rows rejected, {warnings} warnings</source>
        <translation>{imported}人を取り込みました（新規 {created}人、更新 {updated}人、変更なし {unchanged}人）。追加：市町村 {municipalities}件、所属 {departments}件、上司 {supervisors}人。取込不可 {rejected}行、注意 {warnings}件</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: ファイルが見つかりません</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{path}: no sheet named “{sheet}”; the workbook&apos;s sheets are {sheets}</source>
        <translation>{path}: 「{sheet}」というシートはありません（ブックのシート：{sheets}）</translation>
    </message>
    <message>
        <source>{path}: no row of column headings was found near the top of the sheet; the list needs headings such as 氏名, 市町村 and 所属 above the people</source>
        <translation>{path}: シートの先頭付近に見出し行が見つかりません。名簿の上に 氏名・市町村・所属 などの見出しを付けてください</translation>
    </message>
    <message>
        <source>{path}: this file cannot be read ({reason})</source>
        <translation>{path}: このファイルは読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>the JSON document cannot be loaded: {problems}</source>
        <translation>JSON 文書を読み込めません: {problems}</translation>
    </message>
    <message>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <translation>{text} は日付ではありません（YYYY-MM-DD の形で指定してください）</translation>
    </message>
    <message>
        <source>{text} is not a scale (a whole number from 1 to {max})</source>
        <translation>{text} は倍率ではありません（1〜{max} の整数で指定してください）</translation>
    </message>
    <message>
        <source>created {path}</source>
        <translation>{path} を作成しました</translation>
    </message>
    <message>
        <source>dry run: </source>
        <translation>試行（変更なし）: </translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>注意: {warning}</translation>
    </message>
    <message>
        <source>rejected: row {row}: {reason}</source>
        <translation>取込不可: {row}行目: {reason}</translation>
    </message>
    <message>
        <source>{path}: integrity check failed: {problem}</source>
        <translation>{path}: 整合性チェックで問題が見つかりました: {problem}</translation>
    </message>
    <message>
        <source>{path}: ok — schema version {version}, programme “{name}”</source>
        <translation>{path}: 正常 — スキーマバージョン {version}、研修「{name}」</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{label} {n}</source>
        <translation>{label} {n}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} を書き出しました</translation>
    </message>
    <message>
        <source>{path}: already exists (not replaced; --force replaces it)</source>
        <translation>{path}: すでにあります（置き換えていません。--force を付けると置き換えます）</translation>
    </message>
    <message>
        <source>{path}: could not write ({reason})</source>
        <translation>{path}: 書き込めませんでした（{reason}）</translation>
    </message>
    <message>
        <source>{path}: could not read ({reason})</source>
        <translation>{path}: 読み込めませんでした（{reason}）</translation>
    </message>
    <message>
        <source>, {scale}×</source>
        <translation>、{scale}倍</translation>
    </message>
    <message>
        <source>small</source>
        <translation>小規模</translation>
    </message>
    <message>
        <source>large</source>
        <translation>大規模</translation>
    </message>
    <message>
        <source>created {path} ({size} demo programme{times})</source>
        <translation>{path} を作成しました（{size}のデモ研修{times}）</translation>
    </message>
    <message>
        <source>no municipality named “{name}” (the programme has: {known})</source>
        <translation>「{name}」という市町村はありません（この研修の市町村：{known}）</translation>
    </message>
    <message>
        <source>--report hearing-sheet needs --municipality NAME</source>
        <translation>--report hearing-sheet には --municipality 市町村名 が必要です</translation>
    </message>
    <message>
        <source>more than one supervisor is named “{name}”</source>
        <translation>「{name}」という名前の上司が複数います</translation>
    </message>
    <message>
        <source>no supervisor named “{name}” (the programme has: {known})</source>
        <translation>「{name}」という上司はいません（この研修の上司：{known}）</translation>
    </message>
    <message>
        <source>no feedback round {number} (the programme has: {known})</source>
        <translation>フィードバック第{number}回はありません（この研修の回：{known}）</translation>
    </message>
    <message>
        <source>--report feedback-form needs --supervisor NAME and --round N</source>
        <translation>--report feedback-form には --supervisor 上司名 と --round 回 が必要です</translation>
    </message>
    <message>
        <source>wrote {path} ({count} trainee(s))</source>
        <translation>{path} を書き出しました（受講者 {count}人）</translation>
    </message>
    <message>
        <source>--report programme covers the whole programme: use --all or nothing</source>
        <translation>--report programme は研修全体が対象です。--all を付けるか、何も指定しないでください</translation>
    </message>
    <message>
        <source>--report {report} needs one of {flags}</source>
        <translation>--report {report} には {flags} のいずれか1つが必要です</translation>
    </message>
    <message>
        <source>no trainee named “{name}”</source>
        <translation>「{name}」という受講者はいません</translation>
    </message>
    <message>
        <source>more than one trainee is named “{name}” ({where}): add --municipality NAME</source>
        <translation>「{name}」という名前の受講者が複数います（{where}）。--municipality 市町村名 を付けてください</translation>
    </message>
    <message>
        <source>no supervisor of a trainee is named “{name}”</source>
        <translation>受講者の上司に「{name}」という人はいません</translation>
    </message>
    <message>
        <source>--blank and --round do not apply to --report {report}</source>
        <translation>--blank と --round は --report {report} には使えません</translation>
    </message>
    <message>
        <source>{count} documents: -o must name a folder, not {name}</source>
        <translation>文書が {count}件あります。-o には {name} ではなくフォルダーを指定してください</translation>
    </message>
    <message>
        <source>--pdf needs LibreOffice (soffice) on the PATH</source>
        <translation>--pdf には LibreOffice（soffice）が PATH 上に必要です</translation>
    </message>
    <message>
        <source>{folder}: {count} document already exists ({names}); nothing was written (--force replaces them)</source>
        <translation>{folder}: 文書が {count}件すでにあります（{names}）。何も書き出していません（--force を付けると置き換えます）</translation>
    </message>
    <message>
        <source>{folder}: {count} documents already exist ({names}); nothing was written (--force replaces them)</source>
        <translation>{folder}: 文書が {count}件すでにあります（{names}）。何も書き出していません（--force を付けると置き換えます）</translation>
    </message>
    <message>
        <source>failed: {label}: {reason}</source>
        <translation>失敗: {label}: {reason}</translation>
    </message>
    <message>
        <source>{failed} of {total} documents could not be written</source>
        <translation>{total}件中 {failed}件の文書を書き出せませんでした</translation>
    </message>
    <message>
        <source>{name}: not a hearing sheet or feedback request form made by dxworkshop (no form properties)</source>
        <translation>{name}: dxworkshop で作成した事前ヒアリングシートやフィードバック依頼票ではありません（様式の情報がありません）</translation>
    </message>
    <message>
        <source>{name}: a {kind} form cannot be imported</source>
        <translation>{name}: {kind} の様式は取り込めません</translation>
    </message>
    <message>
        <source>Headless commands of dxworkshop (run without a command to open the app).</source>
        <translation>dxworkshop のコマンド（画面なしで動きます。コマンドなしで実行するとアプリが開きます）。</translation>
    </message>
    <message>
        <source>create a workshop file for a new programme</source>
        <translation>新しい研修のファイルを作成する</translation>
    </message>
    <message>
        <source>programme name</source>
        <translation>研修名</translation>
    </message>
    <message>
        <source>年度, e.g. 2026</source>
        <translation>年度（例：2026）</translation>
    </message>
    <message>
        <source>organiser, e.g. 岡山県</source>
        <translation>主催者（例：岡山県）</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD): generates the schedule</source>
        <translation>初日（YYYY-MM-DD）：日程を作成します</translation>
    </message>
    <message>
        <source>the prefecture the programme belongs to, e.g. 岡山県: rosters may then name its municipalities without a 団体コード</source>
        <translation>研修の都道府県（例：岡山県）：指定すると、名簿で市町村を団体コードなしで書けます</translation>
    </message>
    <message>
        <source>import people from an Excel (.xlsx) or CSV roster</source>
        <translation>Excel（.xlsx）または CSV の名簿から参加者を取り込む</translation>
    </message>
    <message>
        <source>worksheet name (default: the first)</source>
        <translation>シート名（省略時：最初のシート）</translation>
    </message>
    <message>
        <source>show what would happen, change nothing</source>
        <translation>何が起きるかを表示するだけで、何も変更しない</translation>
    </message>
    <message>
        <source>check a workshop file&apos;s integrity, version and contents</source>
        <translation>研修ファイルの整合性・バージョン・内容を確認する</translation>
    </message>
    <message>
        <source>write the programme as JSON (interchange format v1)</source>
        <translation>研修を JSON（交換形式 v1）で書き出す</translation>
    </message>
    <message>
        <source>write to OUT instead of standard output</source>
        <translation>標準出力ではなく OUT に書き出す</translation>
    </message>
    <message>
        <source>replace OUT if it exists (never a .dxw)</source>
        <translation>OUT がすでにあれば置き換える（.dxw は置き換えません）</translation>
    </message>
    <message>
        <source>create a workshop file from interchange JSON</source>
        <translation>交換形式の JSON から研修ファイルを作成する</translation>
    </message>
    <message>
        <source>create a realistic demo programme</source>
        <translation>実際に近いデモ研修を作成する</translation>
    </message>
    <message>
        <source>N times the programme, 1 to 8 (N× the trainees, municipalities, issues, …)</source>
        <translation>研修の N 倍、1〜8（受講者・市町村・課題などが N 倍）</translation>
    </message>
    <message>
        <source>write a report or form (Word)</source>
        <translation>報告書や様式（Word）を書き出す</translation>
    </message>
    <message>
        <source>what to write</source>
        <translation>書き出すもの</translation>
    </message>
    <message>
        <source>the municipality (hearing-sheet, municipality, supervisor-summary)</source>
        <translation>市町村（hearing-sheet、municipality、supervisor-summary）</translation>
    </message>
    <message>
        <source>without the answers known so far</source>
        <translation>これまでの回答を入れずに</translation>
    </message>
    <message>
        <source>the supervisor (feedback-form, supervisor-summary)</source>
        <translation>上司（feedback-form、supervisor-summary）</translation>
    </message>
    <message>
        <source>the feedback round (feedback-form)</source>
        <translation>フィードバックの回（feedback-form）</translation>
    </message>
    <message>
        <source>one trainee (supervisor-summary)</source>
        <translation>受講者1人（supervisor-summary）</translation>
    </message>
    <message>
        <source>every trainee or municipality (batch export)</source>
        <translation>すべての受講者または市町村（一括書き出し）</translation>
    </message>
    <message>
        <source>游ゴシック or ＭＳ 明朝</source>
        <translation>游ゴシック または ＭＳ 明朝</translation>
    </message>
    <message>
        <source>dates in 和暦 (令和8年9月1日)</source>
        <translation>日付を和暦で（令和8年9月1日）</translation>
    </message>
    <message>
        <source>also a PDF of each (needs LibreOffice)</source>
        <translation>それぞれの PDF も作る（LibreOffice が必要）</translation>
    </message>
    <message>
        <source>file or folder to write to (a folder for several)</source>
        <translation>書き出し先のファイルまたはフォルダー（複数のときはフォルダー）</translation>
    </message>
    <message>
        <source>replace documents of the same name (never a .dxw)</source>
        <translation>同じ名前の文書を置き換える（.dxw は置き換えません）</translation>
    </message>
    <message>
        <source>import a filled-in form (a returned hearing sheet or feedback request form)</source>
        <translation>記入済みの様式（返送された事前ヒアリングシートやフィードバック依頼票）を取り込む</translation>
    </message>
    <message>
        <source>show what would change, change nothing</source>
        <translation>何が変わるかを表示するだけで、何も変更しない</translation>
    </message>
    <message>
        <source>dxworkshop: 業務改善・DX実践研修のファシリテーション. Commands: {commands} (dxworkshop COMMAND --help).</source>
        <translation>dxworkshop：業務改善・DX実践研修のファシリテーション。コマンド：{commands}（dxworkshop コマンド --help）。</translation>
    </message>
    <message>
        <source>workshop file (.dxw) to open</source>
        <translation>開く研修ファイル（.dxw）</translation>
    </message>
    <message>
        <source>open a generated demo programme</source>
        <translation>生成したデモ研修を開く</translation>
    </message>
    <message>
        <source>start, open, show every page, quit (exit 0)</source>
        <translation>起動し、開き、すべてのページを表示して終了する（終了コード 0）</translation>
    </message>
    <message>
        <source>log unexpected errors instead of a dialog</source>
        <translation>予期しないエラーをダイアログではなくログに記録する</translation>
    </message>
    <message>
        <source>dxworkshop: interrupted</source>
        <translation>dxworkshop: 中断しました</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>dxworkshop {command}: {where}: unexpected database error ({detail})</source>
        <translation>dxworkshop {command}: {where}: 予期しないデータベースのエラー（{detail}）</translation>
    </message>
</context>
<context>
    <name>CohortModel</name>
    <message>
        <source>Trainee</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>改善テーマ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Items done</source>
        <translation>完了項目</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>最終報告</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>削減時間</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>(no plan yet)</source>
        <translation>（計画なし）</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>未報告</translation>
    </message>
    <message numerus="yes">
        <source>{date} (%n day(s))</source>
        <translation>
            <numerusform>{date}（%n日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No check-in for %n day(s)</source>
        <translation>
            <numerusform>%n日間報告がありません</numerusform>
        </translation>
    </message>
    <message>
        <source>{share}% of the expected hours</source>
        <translation>計画の{share}%</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>No hearing</source>
        <translation>ヒアリングなし</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>未回答</translation>
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
    <name>FeedbackEditor</name>
    <message>
        <source>{item}: {value} of {high}</source>
        <translation>{item}：{value}（{high}段階）</translation>
    </message>
    <message>
        <source>{trainee} — {reviewer} ({role})</source>
        <translation>{trainee}さん — {reviewer}（{role}）</translation>
    </message>
    <message>
        <source>Round {number}: {title}</source>
        <translation>第{number}回：{title}</translation>
    </message>
    <message>
        <source>on {version}</source>
        <translation>{version}が対象</translation>
    </message>
    <message>
        <source>({latest} exists now)</source>
        <translation>（現在の最新は{latest}）</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>期限 {date}</translation>
    </message>
    <message>
        <source>Addressed in {version} of the plan.</source>
        <translation>改善計画の{version}で対応済みです。</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状況：</translation>
    </message>
    <message>
        <source>requested → received → addressed</source>
        <translation>依頼中 → 回収済み → 対応済み</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>判定：</translation>
    </message>
    <message>
        <source>Rubric ratings</source>
        <translation>評価観点ごとの評価</translation>
    </message>
    <message>
        <source>Good points</source>
        <translation>良い点</translation>
    </message>
    <message>
        <source>What is good about the plan</source>
        <translation>計画の良いところ</translation>
    </message>
    <message>
        <source>Points to improve</source>
        <translation>改善すべき点</translation>
    </message>
    <message>
        <source>What the trainee should change</source>
        <translation>受講者が見直すべきところ</translation>
    </message>
    <message>
        <source>Support offered</source>
        <translation>提供できる支援</translation>
    </message>
    <message>
        <source>What the reviewer will do to help (time, people, budget)</source>
        <translation>評価者として手助けできること（時間・人員・予算）</translation>
    </message>
    <message>
        <source>Trainee&apos;s response</source>
        <translation>受講者の対応</translation>
    </message>
    <message>
        <source>How the trainee answered the feedback</source>
        <translation>フィードバックに受講者がどう対応したか</translation>
    </message>
    <message>
        <source>Remove Request</source>
        <translation>依頼を取り消す</translation>
    </message>
    <message>
        <source>Take this request back (undo brings it back)</source>
        <translation>この依頼を取り消します（元に戻すで復元できます）。</translation>
    </message>
</context>
<context>
    <name>FeedbackFormDialog</name>
    <message numerus="yes">
        <source>The form of {supervisor} (round {round}) changes %n value(s) of the feedback on {trainees} trainee(s). Areas left blank on the form are kept as they are.</source>
        <translation>
            <numerusform>{supervisor}さんの様式（第{round}回）により、受講者{trainees}人分のフィードバックの値が%n件変更されます。様式で空欄の箇所は現在の内容のまま残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The form of {supervisor} (round {round}) holds nothing new: everything on it is already in the feedback.</source>
        <translation>{supervisor}さんの様式（第{round}回）に新しい内容はありません。記入内容はすべてフィードバックに反映済みです。</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>ご注意ください：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Import Returned Feedback Form</source>
        <translation>返送されたフィードバック様式の取り込み</translation>
    </message>
</context>
<context>
    <name>FeedbackLabels</name>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>条件付き承認</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>再検討</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>依頼中</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>回収済み</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>対応済み</translation>
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
        <source>Not requested</source>
        <translation>未依頼</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Overdue {days} d</source>
        <extracomment>Short marks of the decisions for the overview grid (○△× as on Japanese office forms). (background, text) of each state in the overview grid and its legend.</extracomment>
        <translation>期限超過 {days}日</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>The status moves one step at a time: requested → received → addressed.</source>
        <extracomment>the date overdue is judged against (None: the clock&apos;s date); tests fix it</extracomment>
        <translation>状況は 依頼中 → 回収済み → 対応済み の順に1段階ずつ進みます。</translation>
    </message>
    <message>
        <source>This person does not have that role yet: give it to them on the participants page.</source>
        <translation>この人にはまだその役割がありません。参加者ページで役割を付けてください。</translation>
    </message>
    <message>
        <source>This supervisor has no trainee with a plan yet.</source>
        <translation>この上司の受講者には、まだ改善計画がありません。</translation>
    </message>
    <message>
        <source>That feedback has not come in yet.</source>
        <translation>そのフィードバックはまだ回収されていません。</translation>
    </message>
    <message>
        <source>This reviewer&apos;s feedback is already requested in this round.</source>
        <translation>この評価者には、この回のフィードバックをすでに依頼しています。</translation>
    </message>
    <message>
        <source>There is already a round with this number.</source>
        <translation>この番号の回はすでにあります。</translation>
    </message>
    <message>
        <source>The rating is outside the rubric&apos;s scale.</source>
        <translation>評価が評価観点の尺度の範囲外です。</translation>
    </message>
    <message>
        <source>Round {number}: {title}</source>
        <translation>第{number}回：{title}</translation>
    </message>
    <message>
        <source>No feedback round yet: add one.</source>
        <translation>フィードバック回がまだありません。追加してください。</translation>
    </message>
    <message>
        <source>{requested} waiting · {received} received · {addressed} addressed</source>
        <translation>依頼中 {requested}件 · 回収済み {received}件 · 対応済み {addressed}件</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b91c1c&apos;&gt;{count} overdue&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b91c1c&apos;&gt;期限超過 {count}件&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rename round {number}</source>
        <translation>第{number}回のタイトルを変更</translation>
    </message>
    <message>
        <source>Renumber round {number}</source>
        <translation>第{number}回の番号を変更</translation>
    </message>
    <message>
        <source>Change due date of round {number}</source>
        <translation>第{number}回の期限を変更</translation>
    </message>
    <message>
        <source>Feedback round {number}</source>
        <translation>第{number}回フィードバック</translation>
    </message>
    <message>
        <source>Add round {number}</source>
        <translation>第{number}回を追加</translation>
    </message>
    <message>
        <source>Delete round {number}</source>
        <translation>第{number}回を削除</translation>
    </message>
    <message>
        <source>{trainee} — {role}</source>
        <translation>{trainee}さん — {role}</translation>
    </message>
    <message>
        <source>{trainee} has no improvement plan yet, so there is nothing to review.</source>
        <translation>{trainee}さんの改善計画がまだないため、フィードバックの対象がありません。</translation>
    </message>
    <message>
        <source>No feedback has been requested from this reviewer in this round.</source>
        <translation>この回では、この評価者にフィードバックを依頼していません。</translation>
    </message>
    <message>
        <source>Request feedback for round {number}</source>
        <translation>第{number}回のフィードバックを依頼</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) made</source>
        <translation>
            <numerusform>%n件を依頼しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already asked</source>
        <translation>
            <numerusform>（%n件は依頼済み）</numerusform>
        </translation>
    </message>
    <message>
        <source>; no supervisor registered for: {names}</source>
        <translation>（上司が未登録：{names}）</translation>
    </message>
    <message>
        <source>; no instructor registered</source>
        <translation>（講師が未登録）</translation>
    </message>
    <message>
        <source>Request feedback from {name}</source>
        <translation>{name}さんにフィードバックを依頼</translation>
    </message>
    <message>
        <source>Remove feedback request</source>
        <translation>フィードバック依頼を取り消し</translation>
    </message>
    <message>
        <source>Edit feedback: {field}</source>
        <translation>フィードバックの編集：{field}</translation>
    </message>
    <message>
        <source>good points</source>
        <translation>良い点</translation>
    </message>
    <message>
        <source>points to improve</source>
        <translation>改善すべき点</translation>
    </message>
    <message>
        <source>support offered</source>
        <translation>提供できる支援</translation>
    </message>
    <message>
        <source>trainee&apos;s response</source>
        <translation>受講者の対応</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Rate feedback</source>
        <translation>評価を入力</translation>
    </message>
    <message>
        <source>Export Feedback Forms to Folder</source>
        <translation>フィードバック様式をフォルダーに書き出し</translation>
    </message>
    <message>
        <source>Could not write the forms: {reason}</source>
        <translation>様式を書き出せませんでした：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n form(s) to {folder}</source>
        <translation>
            <numerusform>{folder} に様式を%n件書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>No supervisor has a trainee with a plan yet.</source>
        <translation>改善計画を作成した受講者がいる上司は、まだいません。</translation>
    </message>
    <message>
        <source>Import Returned Feedback Form</source>
        <translation>返送されたフィードバック様式の取り込み</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文書 (*.docx)</translation>
    </message>
    <message>
        <source>Import feedback form of {name}</source>
        <translation>{name}さんのフィードバック様式を取り込み</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) imported from {file}</source>
        <translation>
            <numerusform>{file} から値を%n件取り込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>“{file}” is not a Word document that can be read.</source>
        <translation>「{file}」は Word 文書として読み取れません。</translation>
    </message>
    <message>
        <source>“{file}” is not a form made by dxworkshop (its identification is missing).</source>
        <translation>「{file}」は dxworkshop で作成した様式ではありません（識別情報がありません）。</translation>
    </message>
    <message>
        <source>“{file}” is another kind of form, not a feedback request form.</source>
        <translation>「{file}」は別の種類の様式で、フィードバック依頼の様式ではありません。</translation>
    </message>
    <message>
        <source>“{file}” is a form of another programme ({detail}); it cannot be imported here.</source>
        <translation>「{file}」は別の研修（{detail}）の様式のため、この研修には取り込めません。</translation>
    </message>
    <message>
        <source>“{file}” is the form of round {detail}, not of the round shown. Choose round {detail} first.</source>
        <translation>「{file}」は第{detail}回の様式で、表示中の回のものではありません。先に第{detail}回を選んでください。</translation>
    </message>
    <message>
        <source>“{file}” names round {detail}, which is not a feedback round of this programme. Nothing was imported.</source>
        <translation>「{file}」は第{detail}回のフォームとなっていますが、この研修にその回のフィードバックはありません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>“{file}” contradicts itself: its identification and what its pages show disagree ({detail}). It may have been edited to pass for another form; export a new form. Nothing was imported.</source>
        <translation>「{file}」は内容に矛盾があります。識別情報と本文の記載が一致しません（{detail}）。別のフォームに見せかけるよう編集された可能性があります。フォームを書き出し直してください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>“{file}” is far larger than any returned form (its part {detail} is beyond the limits), so it is not read. Nothing was imported.</source>
        <translation>「{file}」は返送されるフォームとしては大きすぎるため（内部の {detail} が上限を超えています）、読み込みません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>There is not enough memory to read “{file}”; a returned form needs far less. Nothing was imported.</source>
        <translation>「{file}」を読み込むためのメモリが足りません。返送されるフォームならはるかに少ないメモリで読めます。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>“{file}” is the form of {detail}, who is no longer in the programme.</source>
        <translation>「{file}」は{detail}さんの様式ですが、この方はもう研修に登録されていません。</translation>
    </message>
    <message>
        <source>A plan on “{file}” is no longer in the programme. Nothing was imported.</source>
        <translation>「{file}」に載っている改善計画のうち、この研修にもう存在しないものがあります。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>{detail}&apos;s plan has changed since “{file}” was made, so the feedback on it may no longer fit. Export a new form. Nothing was imported.</source>
        <translation>「{file}」の作成後に{detail}さんの改善計画が変わったため、記入されたフィードバックが合わない可能性があります。様式を書き出し直してください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The rubric has changed since “{file}” was made. Export a new form. Nothing was imported.</source>
        <translation>「{file}」の作成後に評価観点が変更されました。様式を書き出し直してください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>“{file}” has been changed too much to be read safely (tables or rows were deleted, copied or merged). Nothing was imported.</source>
        <translation>「{file}」は表や行の削除・コピー・結合など変更が大きいため、安全に読み取れません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>フィードバック回：</translation>
    </message>
    <message>
        <source>The feedback round shown</source>
        <translation>表示するフィードバック回です。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>The round&apos;s number</source>
        <translation>この回の番号です。</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <source>What the round asks feedback on</source>
        <translation>この回でフィードバックを求める内容です。</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Requests still waiting after this day are overdue</source>
        <translation>この日を過ぎても回収されていない依頼は期限超過になります。</translation>
    </message>
    <message>
        <source>Add Round</source>
        <translation>回を追加</translation>
    </message>
    <message>
        <source>Delete Round</source>
        <translation>回を削除</translation>
    </message>
    <message>
        <source>Request Feedback for This Round</source>
        <translation>この回のフィードバックを依頼</translation>
    </message>
    <message>
        <source>Ask every trainee&apos;s supervisor and an instructor for feedback on the latest plan version (nothing is asked twice)</source>
        <translation>各受講者の上司と講師に、改善計画の最新版へのフィードバックを依頼します（同じ依頼を重ねて行うことはありません）。</translation>
    </message>
    <message>
        <source>Export Forms…</source>
        <translation>様式の書き出し…</translation>
    </message>
    <message>
        <source>One Word form per supervisor, covering only their trainees</source>
        <translation>上司ごとに、その上司の受講者だけを載せた Word の様式を作成します。</translation>
    </message>
    <message>
        <source>Import Returned Form…</source>
        <translation>返送様式の取り込み…</translation>
    </message>
    <message>
        <source>Read a form a supervisor filled in and sent back (with a preview)</source>
        <translation>上司が記入して返送した様式を読み込みます（プレビューで確認できます）。</translation>
    </message>
    <message>
        <source>Filter by trainee, municipality or reviewer</source>
        <translation>受講者・市町村・評価者で絞り込み</translation>
    </message>
    <message>
        <source>Waiting only</source>
        <translation>依頼中のみ</translation>
    </message>
    <message>
        <source>Show only trainees with a request still waiting for comments</source>
        <translation>コメント待ちの依頼がある受講者だけを表示します。</translation>
    </message>
    <message>
        <source>Click a cell to open that feedback</source>
        <translation>セルをクリックすると、そのフィードバックを開きます。</translation>
    </message>
    <message>
        <source>Click a cell of the grid to see and edit that reviewer&apos;s feedback.</source>
        <translation>一覧のセルをクリックすると、その評価者のフィードバックを表示・編集できます。</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>評価者：</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>依頼する</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>Finding</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Made into a candidate issue</source>
        <translation>課題候補にしました</translation>
    </message>
</context>
<context>
    <name>FormChangesModel</name>
    <message>
        <source>Trainee</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
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
    <name>HearingLabels</name>
    <message>
        <source>Text</source>
        <translation>記述</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>尺度</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>実施済み</translation>
    </message>
</context>
<context>
    <name>HearingPage</name>
    <message>
        <source>Sheet with the answers so far…</source>
        <translation>これまでの回答を記入したシート…</translation>
    </message>
    <message>
        <source>Blank sheet…</source>
        <translation>空欄のシート…</translation>
    </message>
    <message>
        <source>This question has answers, so its kind cannot change. Retire it and add a new question instead.</source>
        <translation>この質問にはすでに回答があるため、回答の種類は変更できません。この質問を使用中止にして、新しい質問を追加してください。</translation>
    </message>
    <message>
        <source>{field}: an option or column that is used in answers cannot be removed.</source>
        <translation>{field}：回答で使われている選択肢や列は削除できません。</translation>
    </message>
    <message>
        <source>{field}: a choice or scale needs at least two options, a table at least one column.</source>
        <translation>{field}：選択式と尺度には2つ以上の選択肢、表には1つ以上の列が必要です。</translation>
    </message>
    <message>
        <source>There is already a hearing for it.</source>
        <translation>この市町村（所属）のヒアリングはすでにあります。</translation>
    </message>
    <message>
        <source>Hearings: {count} ({done} done)</source>
        <translation>ヒアリング：{count}件（実施済み {done}件）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>使用再開</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>使用中止</translation>
    </message>
    <message>
        <source>Whole municipality</source>
        <translation>市町村全体</translation>
    </message>
    <message>
        <source>Add hearing of {name}</source>
        <translation>{name}のヒアリングを追加</translation>
    </message>
    <message numerus="yes">
        <source>Plan %n hearing(s)</source>
        <translation>
            <numerusform>ヒアリング%n件を予定に追加</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete hearing of {name}</source>
        <translation>{name}のヒアリングを削除</translation>
    </message>
    <message>
        <source>Change date of {name}</source>
        <translation>{name}の実施日を変更</translation>
    </message>
    <message>
        <source>Change status of {name}</source>
        <translation>{name}の状態を変更</translation>
    </message>
    <message>
        <source>Change interviewer of {name}</source>
        <translation>{name}の聞き取り担当者を変更</translation>
    </message>
    <message>
        <source>Change attendees of {name}</source>
        <translation>{name}の出席者を変更</translation>
    </message>
    <message>
        <source>Change notes of {name}</source>
        <translation>{name}のメモを変更</translation>
    </message>
    <message>
        <source>Answer “{question}”</source>
        <translation>「{question}」に回答</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>所見を追加</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>所見を編集</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>所見を削除</translation>
    </message>
    <message>
        <source>Move finding</source>
        <translation>所見を並べ替え</translation>
    </message>
    <message>
        <source>Make candidate issues from {name}</source>
        <translation>{name}から課題候補を作成</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate issue(s) made</source>
        <translation>
            <numerusform>課題候補を%n件作成しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already there)</source>
        <translation>
            <numerusform>（%n件は作成済み）</numerusform>
        </translation>
    </message>
    <message>
        <source>Register trainees of {name}</source>
        <translation>{name}の受講者を登録</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added</source>
        <translation>
            <numerusform>%n人を追加しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already registered)</source>
        <translation>
            <numerusform>（%n人は登録済み）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Hearing Sheet</source>
        <translation>ヒアリングシートの書き出し</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文書 (*.docx)</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>{file} を書き出せませんでした：{reason}</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>{file} を書き出しました</translation>
    </message>
    <message>
        <source>Import Returned Hearing Sheet</source>
        <translation>返送されたヒアリングシートの取り込み</translation>
    </message>
    <message>
        <source>Import sheet of {name}</source>
        <translation>{name}のシートを取り込み</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) imported from {file}</source>
        <translation>
            <numerusform>{file} から回答を%n件取り込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>DX procedure step</source>
        <translation>自治体DX全体手順書のステップ</translation>
    </message>
    <message>
        <source>Progress of the priority measures</source>
        <translation>重点取組事項の進捗</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>No answers to compare yet</source>
        <translation>比較できる回答はまだありません</translation>
    </message>
    <message>
        <source>Questions of “{section}”</source>
        <translation>「{section}」の質問</translation>
    </message>
    <message>
        <source>Choose a section</source>
        <translation>大項目を選んでください</translation>
    </message>
    <message>
        <source>Add section {title}</source>
        <translation>大項目「{title}」を追加</translation>
    </message>
    <message>
        <source>Rename section {title}</source>
        <translation>大項目「{title}」の名前を変更</translation>
    </message>
    <message>
        <source>Move section {title}</source>
        <translation>大項目「{title}」を並べ替え</translation>
    </message>
    <message>
        <source>Retire section {title}</source>
        <translation>大項目「{title}」を使用中止</translation>
    </message>
    <message>
        <source>Restore section {title}</source>
        <translation>大項目「{title}」の使用を再開</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>質問を追加</translation>
    </message>
    <message>
        <source>Edit question “{question}”</source>
        <translation>質問「{question}」を編集</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>質問を並べ替え</translation>
    </message>
    <message>
        <source>Retire question “{question}”</source>
        <translation>質問「{question}」を使用中止</translation>
    </message>
    <message>
        <source>Restore question “{question}”</source>
        <translation>質問「{question}」の使用を再開</translation>
    </message>
    <message>
        <source>“{file}” is not a Word document that can be read.</source>
        <translation>「{file}」は Word 文書として読み取れません。ファイルが壊れていないか、.docx 形式かどうかを確認してください。</translation>
    </message>
    <message>
        <source>“{file}” is not a hearing sheet made by dxworkshop (its identification is missing).</source>
        <translation>「{file}」は dxworkshop で作成したヒアリングシートではありません（識別情報がありません）。dxworkshop で書き出したシートを選んでください。</translation>
    </message>
    <message>
        <source>“{file}” is another kind of form, not a hearing sheet.</source>
        <translation>「{file}」は別の種類の様式で、ヒアリングシートではありません。ヒアリングシートを選んでください。</translation>
    </message>
    <message>
        <source>“{file}” is a hearing sheet of another programme ({detail}); it cannot be imported here.</source>
        <translation>「{file}」は別の研修（{detail}）のヒアリングシートのため、この研修には取り込めません。</translation>
    </message>
    <message>
        <source>“{file}” is the hearing sheet of {detail}, not of this hearing&apos;s municipality. Choose the hearing of {detail} first.</source>
        <translation>「{file}」は{detail}のヒアリングシートで、このヒアリングの市町村のものではありません。先に{detail}のヒアリングを選んでから取り込んでください。</translation>
    </message>
    <message>
        <source>“{file}” is the hearing sheet of {detail}, which is no longer in the programme.</source>
        <translation>「{file}」は{detail}のヒアリングシートですが、{detail}はすでにこの研修から削除されているため、取り込めません。</translation>
    </message>
    <message>
        <source>“{file}” has been changed too much to be read safely (answer rows or tables were deleted, copied or merged). Nothing was imported.</source>
        <translation>「{file}」は様式が大きく変更されているため、正しく読み取れません（回答欄の行や表が削除・複製・結合されています）。何も取り込んでいません。新しいシートを書き出して、記入し直してもらってください。</translation>
    </message>
    <message>
        <source>The question “{detail}” has changed since “{file}” was made. Export a new sheet for the municipality. Nothing was imported.</source>
        <translation>「{file}」の作成後に、質問「{detail}」が変更されています。この市町村のシートを新しく書き出してください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>“{file}” contradicts itself: its identification and what its pages show disagree ({detail}). It may have been edited to pass for another municipality&apos;s sheet; export a new sheet. Nothing was imported.</source>
        <translation>「{file}」は内容に矛盾があります。識別情報と本文の記載が一致しません（{detail}）。他の市町村のシートに見せかけるよう編集された可能性があります。シートを書き出し直してください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>“{file}” is far larger than any returned sheet (its part {detail} is beyond the limits), so it is not read. Nothing was imported.</source>
        <translation>「{file}」は返送されるシートとしては大きすぎるため（内部の {detail} が上限を超えています）、読み込みません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>There is not enough memory to read “{file}”; a returned sheet needs far less. Nothing was imported.</source>
        <translation>「{file}」を読み込むためのメモリが足りません。返送されるシートならはるかに少ないメモリで読めます。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>ヒアリング一覧</translation>
    </message>
    <message>
        <source>Filter municipalities…</source>
        <translation>市町村を絞り込み…</translation>
    </message>
    <message>
        <source>Municipality of the new hearing</source>
        <translation>新しいヒアリングの市町村</translation>
    </message>
    <message>
        <source>Optionally, one department of it</source>
        <translation>必要に応じて、その市町村の所属を1つ選びます</translation>
    </message>
    <message>
        <source>Add Hearing</source>
        <translation>ヒアリングを追加</translation>
    </message>
    <message>
        <source>Plan All</source>
        <translation>すべて予定に追加</translation>
    </message>
    <message>
        <source>Add a planned hearing for every municipality that has none</source>
        <translation>ヒアリングがまだない市町村すべてに、予定のヒアリングを追加します。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Add a hearing for a municipality on the left (or Plan All), then fill in its answers here.</source>
        <translation>左の一覧で市町村のヒアリングを追加し（または「すべて予定に追加」）、ここで回答を入力してください。</translation>
    </message>
    <message>
        <source>Export Sheet</source>
        <translation>シートを書き出す</translation>
    </message>
    <message>
        <source>Write the hearing sheet (.docx) for this municipality</source>
        <translation>この市町村のヒアリングシート（.docx）を書き出します。</translation>
    </message>
    <message>
        <source>Import Returned Sheet…</source>
        <translation>返送シートの取り込み…</translation>
    </message>
    <message>
        <source>Fill the hearing from a sheet the municipality sent back</source>
        <translation>市町村から返送されたシートの回答を、このヒアリングに取り込みます。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>聞き取り担当者</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Who was interviewed (department, title, name)</source>
        <translation>聞き取りの相手（所属・職名・氏名）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Notes from the interview</source>
        <translation>聞き取りのメモ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>New finding — Enter adds it</source>
        <translation>新しい所見 — Enter で追加</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>From this hearing</source>
        <translation>このヒアリングから</translation>
    </message>
    <message>
        <source>Make Candidate Issues</source>
        <translation>課題候補を作成</translation>
    </message>
    <message>
        <source>Turn the current business issues and the findings into candidate issues</source>
        <translation>現在の業務課題と所見から、課題候補を作成します。</translation>
    </message>
    <message>
        <source>Register Trainees</source>
        <translation>受講者を登録</translation>
    </message>
    <message>
        <source>Add the planned trainees (with their supervisors) to the participants</source>
        <translation>派遣予定の受講者（とその上司）を参加者に追加します。</translation>
    </message>
    <message>
        <source>Done again, nothing is added twice.</source>
        <translation>もう一度実行しても、二重には追加されません。</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Each municipality&apos;s answers to the scale questions, from not started (red) to done (green). Double-click a row to open its hearing.</source>
        <translation>尺度の質問に対する各市町村の回答を、未着手（赤）から完了（緑）まで色分けして表示します。行をダブルクリックすると、その市町村のヒアリングを開きます。</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>The questions of this programme&apos;s hearings. Retiring a question hides it from the form and the sheet; the answers already given are kept and come back when it is restored. Double-click to edit.</source>
        <translation>この研修のヒアリングで使う質問です。使用中止にした質問は入力画面とシートに表示されなくなりますが、回答済みの内容は残り、使用を再開すると再び表示されます。ダブルクリックで編集できます。</translation>
    </message>
    <message>
        <source>New section title</source>
        <translation>新しい大項目の名前</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新しい質問</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>回答の種類</translation>
    </message>
    <message>
        <source>Options or columns, separated by /</source>
        <translation>選択肢または列（/ で区切る）</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>使用中止の項目も表示</translation>
    </message>
</context>
<context>
    <name>HearingSheetDialog</name>
    <message numerus="yes">
        <source>The sheet of {municipality} changes %n answer(s) of its hearing. Answers left blank on the sheet are kept as they are.</source>
        <translation>
            <numerusform>{municipality}のシートを取り込むと、ヒアリングの回答が%n件変わります。シートで空欄の回答は、今の内容のまま残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet of {municipality} holds nothing new: every answer on it is already in the hearing.</source>
        <translation>{municipality}のシートに新しい内容はありません。シートの回答はすべてヒアリングに入力済みです。</translation>
    </message>
    <message>
        <source>A hearing is added for the municipality.</source>
        <translation>この市町村のヒアリングを新しく追加します。</translation>
    </message>
    <message>
        <source>Not read (left as they are):</source>
        <translation>読み取れなかった項目（変更しません）：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Import Returned Hearing Sheet</source>
        <translation>返送されたヒアリングシートの取り込み</translation>
    </message>
</context>
<context>
    <name>HearingTableModel</name>
    <message>
        <source>Municipality</source>
        <extracomment>Level colours from the lowest label to the highest (pale red → green), readable text.</extracomment>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Interviewer: {who}
Attendees: {attendees}</source>
        <translation>聞き取り担当者：{who}
出席者：{attendees}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>(untitled programme)</source>
        <extracomment>(page key, record id | None): an item asked to open where it is fixed</extracomment>
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
        <source>Practice &lt;b style=&apos;font-size:large&apos;&gt;{percent}%&lt;/b&gt;</source>
        <translation>実践の平均進捗 &lt;b style=&apos;font-size:large&apos;&gt;{percent}%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hours saved &lt;b style=&apos;font-size:large&apos;&gt;{measured}&lt;/b&gt; / {expected} h a year</source>
        <translation>削減時間 &lt;b style=&apos;font-size:large&apos;&gt;{measured}&lt;/b&gt; / {expected} 時間/年</translation>
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
        <source> issues</source>
        <translation>件</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Measured (reported / plans)</source>
        <translation>実測（報告数/計画数）</translation>
    </message>
    <message>
        <source>{hours} ({done}/{plans})</source>
        <translation>{hours}（{done}/{plans}）</translation>
    </message>
    <message>
        <source>hours a year</source>
        <translation>時間/年</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>ほか{n}市町村</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Average progress</source>
        <translation>平均進捗</translation>
    </message>
    <message>
        <source>Steady pace</source>
        <translation>目安</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>まだデータがありません</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>次にやること</translation>
    </message>
    <message>
        <source>Click an action to open the place where it is done</source>
        <translation>項目をクリックすると、その作業を行う画面を開きます。</translation>
    </message>
    <message>
        <source>Nothing needs your attention today.</source>
        <translation>今日対応が必要なことはありません。</translation>
    </message>
    <message>
        <source>Progress by phase</source>
        <translation>段階ごとの進み具合</translation>
    </message>
    <message>
        <source>Issues by category</source>
        <translation>カテゴリ別の課題数</translation>
    </message>
    <message>
        <source>Hours saved by municipality</source>
        <translation>市町村別の削減時間</translation>
    </message>
    <message>
        <source>Practice progress</source>
        <translation>職場実践の進捗</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <source>no name ({column})</source>
        <translation>氏名がありません（{column}列）</translation>
    </message>
    <message>
        <source>“{value}” is a number, not a name ({column})</source>
        <translation>「{value}」は数字です。氏名ではありません（{column}列）</translation>
    </message>
    <message>
        <source>“{value}” is a number, not the name of a municipality ({column}); a 団体コード goes in its own column</source>
        <translation>「{value}」は数字です。市町村名ではありません（{column}列）。団体コードは団体コードの列に入れてください</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address ({column})</source>
        <translation>メールアドレスの形式ではありません（{column}列：“{value}”）</translation>
    </message>
    <message>
        <source>unknown role “{value}” ({column}); use 受講者, 上司, 講師, DX推進担当者 or ファシリテーター</source>
        <translation>役割「{value}」は使えません（{column}列）。受講者・上司・講師・DX推進担当者・ファシリテーターのいずれかにしてください</translation>
    </message>
    <message>
        <source>団体コード “{value}” is not a number</source>
        <translation>団体コード「{value}」が数字ではありません</translation>
    </message>
    <message>
        <source>団体コード {value} has more than six digits</source>
        <translation>団体コード {value} は桁数が多すぎます（6桁です）</translation>
    </message>
    <message>
        <source>団体コード {value} is not valid (no prefecture {prefecture})</source>
        <translation>団体コード {value} は正しくありません（都道府県コード {prefecture} はありません）</translation>
    </message>
    <message>
        <source>団体コード {value} is not valid (its check digit would be {expected})</source>
        <translation>団体コード {value} の検査数字が違います（正しくは末尾が {expected}）</translation>
    </message>
    <message>
        <source>団体コード {value} is not valid</source>
        <translation>団体コード {value} は正しくありません</translation>
    </message>
    <message>
        <source>団体コード {value} is not valid: no municipality in Japan has it</source>
        <translation>団体コード {value} は正しくありません（この団体コードの市区町村は全国にありません）</translation>
    </message>
    <message>
        <source>団体コード {value} may be {known}: give the municipality&apos;s name (市町村) too</source>
        <translation>団体コード {value} は{known}のどちらかです。市町村名も記入してください</translation>
    </message>
    <message>
        <source>{municipality} is not a municipality of {prefecture}, the programme&apos;s prefecture</source>
        <translation>{municipality}は研修の都道府県（{prefecture}）の市町村ではありません</translation>
    </message>
    <message>
        <source>{municipality} is not a municipality of {prefecture}, the programme&apos;s prefecture; did you mean {nearest}?</source>
        <translation>{municipality}は研修の都道府県（{prefecture}）の市町村ではありません。{nearest}の誤りではありませんか</translation>
    </message>
    <message>
        <source>same person as row {other_row} ({name}), with other details</source>
        <translation>{other_row}行目（{name}）と同じ人ですが、内容が異なります</translation>
    </message>
    <message>
        <source>matches the same person in the programme as row {other_row} ({name})</source>
        <translation>{other_row}行目と同じ登録済みの人（{name}）に当たります</translation>
    </message>
    <message>
        <source>団体コード {code} belongs to {known}, not {municipality}</source>
        <translation>団体コード {code} は{known}のコードで、{municipality}のものではありません</translation>
    </message>
    <message>
        <source>{municipality} has 団体コード {known} in the programme, not {code}</source>
        <translation>{municipality}の団体コードは研修ファイルでは {known} で、{code} ではありません</translation>
    </message>
    <message>
        <source>団体コード {code} matches no municipality in the programme or the list, and the row names none</source>
        <translation>団体コード {code} の市町村が研修ファイルにも名簿にもなく、市町村名もありません</translation>
    </message>
    <message>
        <source>{column} holds bytes that are not {encoding} text; correct the cell and import the row again</source>
        <translation>{column}に {encoding} の文字として読めないバイトがあります。セルを直してから、この行をもう一度取り込んでください</translation>
    </message>
    <message>
        <source>column {column} “{heading}” ignored: column {mapped} is set to “{field}”</source>
        <translation>{column}列「{heading}」は読み込みません（{mapped}列を「{field}」にしているため）</translation>
    </message>
    <message>
        <source>column {column} “{heading}” repeats column {first}; ignored</source>
        <translation>{column}列「{heading}」は{first}列と同じ項目のため、読み込みません</translation>
    </message>
    <message>
        <source>column {column} “{heading}” is not a roster column; ignored</source>
        <translation>{column}列「{heading}」は名簿の項目ではないため、読み込みません</translation>
    </message>
    <message>
        <source>no 市町村 column: people are imported without a municipality</source>
        <translation>市町村の列がありません。市町村なしで取り込みます</translation>
    </message>
    <message>
        <source>row {row} repeats row {other_row} ({name}); skipped</source>
        <translation>{row}行目は{other_row}行目（{name}）と同じ内容のため、読み飛ばします</translation>
    </message>
    <message>
        <source>a CSV file has no sheets; “{sheet}” ignored</source>
        <translation>CSVファイルにはシートがないため、シート「{sheet}」の指定は使いません</translation>
    </message>
    <message>
        <source>read sheet “{sheet}”; the workbook also has {others}</source>
        <translation>シート「{sheet}」を読み込みました（ブックにはほかに{others}があります）</translation>
    </message>
    <message>
        <source>row {row}: {name} is already in the programme with another e-mail address; added as a second person</source>
        <translation>{row}行目：{name}は別のメールアドレスで登録済みのため、別の人として追加します</translation>
    </message>
    <message>
        <source>row {row}: 所属 “{department}” left out because the row has no 市町村</source>
        <translation>{row}行目：市町村がないため、所属「{department}」は登録しません</translation>
    </message>
    <message>
        <source>row {row}: {name} is named as their own 上司; not linked</source>
        <translation>{row}行目：{name}本人が上司として書かれているため、上司は設定しません</translation>
    </message>
    <message>
        <source>row {row}: {supervisor} as 上司 of {name} would make a loop of supervisors; not linked</source>
        <translation>{row}行目：{supervisor}を{name}の上司にすると上司関係が循環するため、設定しません</translation>
    </message>
    <message>
        <source>read the hidden sheet “{sheet}”: the visible sheets {others} hold no list</source>
        <translation>非表示のシート「{sheet}」を読み込みました（表示されているシート {others} には名簿がありません）</translation>
    </message>
    <message>
        <source>row {row}: {column} had a character no document can hold ({character}); removed</source>
        <translation>{row}行目：{column}に文書に保存できない文字（{character}）があったため取り除きました</translation>
    </message>
    <message>
        <source>cells right of column {limit} are ignored (the first in row {row}, column {column})</source>
        <translation>{limit}列目より右のセルは読み込みません（最初のものは{row}行目の{column}列目）</translation>
    </message>
    <message>
        <source>this is a folder, not a roster file.</source>
        <translation>フォルダーです。名簿のファイルを選んでください。</translation>
    </message>
    <message>
        <source>the file is too big for a roster ({size} bytes).</source>
        <translation>名簿としては大きすぎます（{size} バイト）。</translation>
    </message>
    <message>
        <source>you do not have permission to read it.</source>
        <translation>読み取りの権限がありません。</translation>
    </message>
    <message>
        <source>reading it failed ({detail}).</source>
        <translation>ファイルを読み取れませんでした（{detail}）。</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>the workbook is password-protected. Remove the password in Excel (ファイル → 情報 → ブックの保護) and save it again.</source>
        <translation>パスワードで保護されたブックです。Excel でパスワードを解除し（ファイル → 情報 → ブックの保護）、保存し直してください。</translation>
    </message>
    <message>
        <source>it is an Excel 97–2003 workbook (.xls). Open it in Excel and save it as “Excel ブック (.xlsx)” or as CSV.</source>
        <translation>Excel 97–2003 形式（.xls）のブックです。Excel で開き、「Excel ブック (.xlsx)」または CSV 形式で保存し直してください。</translation>
    </message>
    <message>
        <source>it is neither an Excel workbook (.xlsx) nor a CSV text file. Save it from Excel as “Excel ブック (.xlsx)” or as CSV.</source>
        <translation>Excel ブック（.xlsx）でも CSV テキストでもありません。Excel で「Excel ブック (.xlsx)」または CSV 形式で保存してください。</translation>
    </message>
    <message>
        <source>its name ends in .xlsx, but it is not an Excel workbook. Save it from Excel as “Excel ブック (.xlsx)” or as CSV.</source>
        <translation>拡張子は .xlsx ですが、Excel ブックではありません。Excel で「Excel ブック (.xlsx)」または CSV 形式で保存し直してください。</translation>
    </message>
    <message>
        <source>it is not a CSV file that can be read ({detail}).</source>
        <translation>CSV ファイルとして読み取れません（{detail}）。</translation>
    </message>
    <message>
        <source>it is not an Excel workbook that can be read; it may be damaged ({detail}).</source>
        <translation>Excel ブックとして読み取れません。ファイルが壊れている可能性があります（{detail}）。</translation>
    </message>
    <message>
        <source>the workbook has no worksheets.</source>
        <translation>ブックにワークシートがありません。</translation>
    </message>
    <message>
        <source>there is not enough memory to read it. A list of participants needs far less: is it one?</source>
        <translation>読み込むためのメモリが足りません。参加者名簿ならはるかに少ないメモリで読めます。名簿のファイルでしょうか。</translation>
    </message>
    <message>
        <source>the file has more than {limit} cells (the limit for a list of participants).</source>
        <translation>ファイルのセルが{limit}個を超えています（参加者名簿の上限）。</translation>
    </message>
    <message>
        <source>sheet “{sheet}” has more than {limit} cells (the limit for a list of participants).</source>
        <translation>シート「{sheet}」のセルが{limit}個を超えています（参加者名簿の上限）。</translation>
    </message>
    <message>
        <source>the workbook has {count} parts, more than {limit} (the limit for a list of participants).</source>
        <translation>ブックの内部ファイルが{count}個あり、{limit}個（参加者名簿の上限）を超えています。</translation>
    </message>
    <message>
        <source>its part {member} unpacks to more than {limit} (the limit for a list of participants).</source>
        <translation>内部の {member} は展開すると{limit}（参加者名簿の上限）を超えます。</translation>
    </message>
    <message>
        <source>its XML parts unpack to more than {limit} together (the limit for a list of participants).</source>
        <translation>内部の XML は展開すると合計{limit}（参加者名簿の上限）を超えます。</translation>
    </message>
    <message>
        <source>its parts unpack to more than {limit} together (the limit for a list of participants).</source>
        <translation>内部ファイルは展開すると合計{limit}（参加者名簿の上限）を超えます。</translation>
    </message>
    <message>
        <source>its part {member} unpacks to more than {limit} times its packed size (the limit for a list of participants).</source>
        <translation>内部の {member} は展開すると圧縮時の{limit}倍（参加者名簿の上限）を超えます。</translation>
    </message>
    <message>
        <source>its part {member} declares a DTD (&lt;!DOCTYPE&gt;), which no Excel workbook has; it is not read.</source>
        <translation>内部の {member} が DTD（&lt;!DOCTYPE&gt;）を宣言しています。Excel のブックにはないものなので、読み込みません。</translation>
    </message>
    <message>
        <source>more than one option is marked</source>
        <translation>複数の選択肢に印が付いています</translation>
    </message>
    <message>
        <source>no option can be made out</source>
        <translation>どの選択肢に印が付いているか読み取れません</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>「{text}」は数値として読み取れません</translation>
    </message>
    <message>
        <source>“{text}” is not a date</source>
        <translation>「{text}」は日付として読み取れません</translation>
    </message>
    <message>
        <source>the answer is not a table</source>
        <translation>回答が表の形になっていません</translation>
    </message>
    <message>
        <source>a row has a different number of cells</source>
        <translation>列の数が合わない行があります</translation>
    </message>
    <message>
        <source>the answer is not a single cell</source>
        <translation>回答欄が一つになっていません</translation>
    </message>
    <message>
        <source>「{question}」 is no longer asked; its answer is not read</source>
        <translation>「{question}」は現在の質問にないため、回答は読み込みません</translation>
    </message>
    <message>
        <source>「{question}」: {problem}</source>
        <translation>「{question}」：{problem}</translation>
    </message>
    <message>
        <source>Answer date: {problem}</source>
        <translation>回答日：{problem}</translation>
    </message>
    <message>
        <source>{label}: {character} removed (a character no document can hold)</source>
        <translation>{label}：文書に保存できない文字 {character} を取り除きました</translation>
    </message>
    <message>
        <source>「{question}」 row {row}, {column}: {value} is outside {range}; not stored (left empty for a person to fill in)</source>
        <translation>「{question}」{row}行目の{column}：{value} は範囲（{range}）外のため取り込んでいません（空欄にしました。手入力してください）</translation>
    </message>
    <message>
        <source>{trainee}: the feedback was requested on another version; it is kept with version {version} of the form</source>
        <translation>{trainee}：依頼したものとは別の版へのフィードバックです。この票の第{version}版に対するフィードバックとして記録します</translation>
    </message>
    <message>
        <source>{trainee}「{item}」: {problem}; left as it is</source>
        <translation>{trainee}「{item}」：{problem}。変更しません</translation>
    </message>
    <message>
        <source>{trainee}「判定」: {problem}; left as it is</source>
        <translation>{trainee}「判定」：{problem}。変更しません</translation>
    </message>
    <message>
        <source>{trainee}: the feedback is on version {version}; version {latest} has been made since</source>
        <translation>{trainee}：このフィードバックは第{version}版に対するものです。その後、第{latest}版が作られています</translation>
    </message>
    <message>
        <source>{trainee}「{label}」: {character} removed (a character no document can hold)</source>
        <translation>{trainee}「{label}」：文書に保存できない文字 {character} を取り除きました</translation>
    </message>
    <message>
        <source>{where}: “{text}” is outside the answer fields; not imported</source>
        <translation>{where}：「{text}」は記入欄の外に書かれています。取り込みません</translation>
    </message>
    <message>
        <source>{where}: “{old}” was changed to “{text}” (not an answer field); not imported</source>
        <translation>{where}：「{old}」が「{text}」に書き換えられています（記入欄ではありません）。取り込みません</translation>
    </message>
    <message>
        <source>{where}: a review comment by {author}: “{text}”; not imported</source>
        <translation>{where}：{author} さんのコメント「{text}」があります。取り込みません</translation>
    </message>
    <message>
        <source>{where}: the row appears twice; “{text}” in the other row is not imported</source>
        <translation>{where}：同じ行が2つあります。もう一方の行の「{text}」は取り込みません</translation>
    </message>
    <message>
        <source>{where}: □ is not read as a mark (mark the option with ■): “{text}”; left as it is</source>
        <translation>{where}：「□」は印として読み取れません（選ぶ項目は「■」にしてください）：「{text}」。変更しません</translation>
    </message>
    <message>
        <source>row {row}: {name} already has another 上司; left as it is</source>
        <translation>{row}行目：{name}にはすでに別の上司がいるため、変更しません</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>「{name}」</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>IssueEditor</name>
    <message>
        <source>(no owner)</source>
        <translation>（担当者なし）</translation>
    </message>
    <message>
        <source>— (enter all three)</source>
        <translation>—（3項目すべて入力）</translation>
    </message>
    <message>
        <source>Type a number between {range}, or leave it empty.</source>
        <translation>{range} の数を入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Issue card</source>
        <translation>課題カード</translation>
    </message>
    <message>
        <source>Select a card to see and edit it here.</source>
        <translation>カードを選ぶと、ここで内容を確認・編集できます。</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>課題(&amp;I):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>担当者(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Process:</source>
        <translation>業務名(&amp;P):</translation>
    </message>
    <message>
        <source>The business process (e.g. 児童手当の認定)</source>
        <translation>業務名（例：児童手当の認定）</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>現状・困りごと(&amp;S):</translation>
    </message>
    <message>
        <source>Current state and pain points</source>
        <translation>現状・困りごと</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>分類:</translation>
    </message>
    <message>
        <source>Click a category to tag the card with it (click again to remove)</source>
        <translation>クリックで分類を付けます（もう一度クリックで外します）</translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation>業務量:</translation>
    </message>
    <message>
        <source>Cases per year</source>
        <translation>件数/年</translation>
    </message>
    <message>
        <source>Minutes per case</source>
        <translation>分/件</translation>
    </message>
    <message>
        <source>People doing it</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>cases/yr</source>
        <translation>件/年</translation>
    </message>
    <message>
        <source>min/case</source>
        <translation>分/件</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Annual hours:</source>
        <translation>年間時間:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>出典(&amp;R):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状態(&amp;T):</translation>
    </message>
    <message>
        <source>Delete Card</source>
        <translation>カードを削除</translation>
    </message>
</context>
<context>
    <name>IssueLabels</name>
    <message>
        <source>Workshop</source>
        <translation>ワークショップ</translation>
    </message>
    <message>
        <source>Pre-hearing</source>
        <translation>事前ヒアリング</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Improvement theme</source>
        <translation>改善テーマ</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>見送り</translation>
    </message>
    <message>
        <source>{hours} h/yr</source>
        <translation>{hours} 時間/年</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>班</translation>
    </message>
    <message>
        <source>Hours/yr</source>
        <translation>時間/年</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>業務名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Affinity group</source>
        <translation>表札</translation>
    </message>
</context>
<context>
    <name>IssuesPage</name>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <extracomment>Changes after which every card is read again (each card shows its owner, municipality, group and categories).</extracomment>
        <translation>（担当者なし）</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべての分類</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>すべての市町村</translation>
    </message>
    <message>
        <source>(no municipality)</source>
        <translation>（市町村なし）</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>すべての班</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（班なし）</translation>
    </message>
    <message>
        <source>All trainees</source>
        <translation>すべての受講者</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} card(s)</source>
        <translation>
            <numerusform>{total}枚中 %n枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>受講者 %n人</numerusform>
        </translation>
    </message>
    <message>
        <source>{cards} · {trainees} · {hours} h/yr in all</source>
        <translation>{cards}・{trainees}・計 {hours} 時間/年</translation>
    </message>
    <message>
        <source>Add card “{title}”</source>
        <translation>カード「{title}」を追加</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>「{title}」を編集</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>カード%n枚を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Affinity board (KJ method)</source>
        <translation>親和図（KJ法）</translation>
    </message>
    <message>
        <source>&amp;New card:</source>
        <translation>新しいカード(&amp;N):</translation>
    </message>
    <message>
        <source>Type an issue and press Enter; the next card is ready at once</source>
        <translation>課題を入力して Enter。すぐ次のカードを書けます</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>担当者(&amp;O):</translation>
    </message>
    <message>
        <source>Whose issue this is: the facilitator can write cards for any trainee</source>
        <translation>誰の課題か（ファシリテーターが受講者に代わって入力できます）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Filter by words in the title, process, owner…</source>
        <translation>課題・業務名・担当者などで絞り込み…</translation>
    </message>
    <message>
        <source>Show only the cards of this municipality</source>
        <translation>この市町村のカードだけを表示</translation>
    </message>
    <message>
        <source>Show only the cards of this group</source>
        <translation>この班のカードだけを表示</translation>
    </message>
    <message>
        <source>Show only the cards of this trainee</source>
        <translation>この受講者のカードだけを表示</translation>
    </message>
    <message>
        <source>Show only the cards of this category</source>
        <translation>この分類のカードだけを表示</translation>
    </message>
    <message>
        <source>Show only the cards with this status</source>
        <translation>この状態のカードだけを表示</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Affinity Board (KJ)</source>
        <translation>親和図（KJ法）</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>新しいグループ</translation>
    </message>
    <message>
        <source>Make a group of the selected cards (or an empty group)</source>
        <translation>選択したカードをグループにまとめます（未選択なら空のグループ）</translation>
    </message>
    <message>
        <source>Tidy Up</source>
        <translation>整列</translation>
    </message>
    <message>
        <source>Lay out every group and card neatly (undoable)</source>
        <translation>すべてのグループとカードをきれいに並べ直します（元に戻せます）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Show the whole board (Ctrl+0)</source>
        <translation>ボード全体を表示（Ctrl+0）</translation>
    </message>
    <message>
        <source>Drag a card onto another to make a group; double-click a label to rename it.</source>
        <translation>カードを別のカードに重ねるとグループになります。表札はダブルクリックで変更できます。</translation>
    </message>
    <message>
        <source>Card Details</source>
        <translation>カードの詳細</translation>
    </message>
    <message>
        <source>Show the editor of the selected card beside the board (double-click a card)</source>
        <translation>選択したカードの編集欄をボードの横に表示（カードのダブルクリックでも開きます）</translation>
    </message>
    <message>
        <source>Presentation Mode</source>
        <translation>プレゼンテーションモード</translation>
    </message>
    <message>
        <source>Show the board full screen on the projector or large display (Esc to leave)</source>
        <translation>プロジェクターや大型ディスプレイに全画面で表示します（Esc で終了）</translation>
    </message>
    <message>
        <source>Delete the selected cards (undoable)</source>
        <translation>選択したカードを削除（元に戻せます）</translation>
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
        <extracomment>Pages built in their own modules: navigator key → (module, class). A phase whose module is absent shows what the phase is for (PhasePage) until it is built. What changed while a page was out of sight: it catches up when shown again.</extracomment>
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
        <source>⚠ Automatic backup failed at {time}</source>
        <translation>⚠ {time} の自動バックアップに失敗しました</translation>
    </message>
    <message>
        <source>The copy in the backup folder could not be written (disk full, or the folder not usable?). Your edits are still saved in the programme file. The next backup is tried at the usual interval; details are in the log.</source>
        <translation>バックアップフォルダーにコピーを書き込めませんでした（ディスクがいっぱいか、フォルダーが使えない可能性があります）。編集内容は研修ファイルに保存されています。次のバックアップはいつもの間隔で試みます。詳細はログをご覧ください。</translation>
    </message>
    <message>
        <source>Could not undo/redo: {reason}</source>
        <translation>元に戻す／やり直すができませんでした：{reason}</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>{file} を開いています…</translation>
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
    <name>MatrixBoard</name>
    <message>
        <source>Do now</source>
        <translation>すぐやる</translation>
    </message>
    <message>
        <source>Plan for it</source>
        <translation>計画的に取り組む</translation>
    </message>
    <message>
        <source>If time allows</source>
        <translation>余力で</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>見送り</translation>
    </message>
    <message>
        <source>Choose the matrix axes in Programme settings.</source>
        <extracomment>The quadrants&apos; names, in deep tones of their fill colours. On a shared screen cards keep the size of their text scale (≥ 24 px at the presentation&apos;s default): a crowded matrix grows and scrolls instead of shrinking.</extracomment>
        <translation>「研修設定」でマトリクスの軸を選んでください。</translation>
    </message>
    <message>
        <source>No issues to place yet.</source>
        <translation>配置する課題はまだありません。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Fails a gate criterion</source>
        <translation>絶対条件を満たしていません</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>見送り</translation>
    </message>
    <message>
        <source>{name}  →  better</source>
        <translation>{name}  →  良い</translation>
    </message>
    <message>
        <source>Not placed yet ({count})</source>
        <translation>未配置（{count}）</translation>
    </message>
</context>
<context>
    <name>MeasurementModel</name>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>達成率</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>“{file}” is already open by {user} on {host} (process {pid}, since {since}). Close it there first, or open a copy.</source>
        <extracomment>How these sentences are translated: the application&apos;s translators, or (the command line, which has no QApplication) a catalogue of its own (``cli_text.gui_messages``).</extracomment>
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
        <source>“{file}” was saved by an older version of dxworkshop (file format {found}). Open it in dxworkshop once to bring it up to date (a backup is kept first).</source>
        <translation>「{file}」は古いバージョンの dxworkshop で保存されています（ファイル形式 {found}）。一度 dxworkshop で開くと最新の形式に更新されます（先にバックアップを残します）。</translation>
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
        <source>Prefecture</source>
        <translation>都道府県</translation>
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
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>選択肢・列</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>回答の種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>事前ヒアリング</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>評点</translation>
    </message>
    <message>
        <source>Dot</source>
        <translation>ドット</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>1人あたりのドット数</translation>
    </message>
    <message>
        <source>Most dots on one issue</source>
        <translation>1課題あたりの上限ドット数</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>改善テーマ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>表札</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Parent group</source>
        <translation>親グループ</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Cases per year</source>
        <translation>件数/年</translation>
    </message>
    <message>
        <source>Minutes per case</source>
        <translation>分/件</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Reason for the version</source>
        <translation>改訂理由</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>計画の版</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>改善計画</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>実施手順</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>評価者</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>フィードバック</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>ECRS</source>
        <translation>ECRS</translation>
    </message>
    <message>
        <source>Good points</source>
        <translation>良い点</translation>
    </message>
    <message>
        <source>Points to improve</source>
        <translation>改善すべき点</translation>
    </message>
    <message>
        <source>Support offered</source>
        <translation>提供できる支援</translation>
    </message>
    <message>
        <source>Trainee&apos;s response</source>
        <translation>受講者の対応</translation>
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
        <source>{field} must be between {range}.</source>
        <translation>{field}は {range} の範囲で入力してください。</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>団体コード “{value}” is not a number.</source>
        <translation>団体コード「{value}」は数字ではありません。</translation>
    </message>
    <message>
        <source>団体コード {value} has more than six digits.</source>
        <translation>団体コード {value} は7桁以上あります。</translation>
    </message>
    <message>
        <source>団体コード {value} is not valid: no prefecture has the number {prefecture}.</source>
        <translation>団体コード {value} は正しくありません（都道府県番号 {prefecture} はありません）。</translation>
    </message>
    <message>
        <source>団体コード {value} is not valid: its check digit would be {expected}.</source>
        <translation>団体コード {value} は正しくありません（検査数字は {expected} のはずです）。</translation>
    </message>
    <message>
        <source>団体コード {value} is not valid: it has six digits, or five without the check digit.</source>
        <translation>団体コード {value} は正しくありません。6桁（検査数字を除くなら5桁）で入力してください。</translation>
    </message>
    <message>
        <source>No municipality has the 団体コード {value}.</source>
        <translation>団体コード {value} の市区町村はありません。</translation>
    </message>
    <message>
        <source>団体コード {value} is {known}, not {name}.</source>
        <translation>団体コード {value} は{known}のコードです。{name}ではありません。</translation>
    </message>
    <message>
        <source>団体コード {value} may be {known}: give the municipality&apos;s name too.</source>
        <translation>団体コード {value} は{known}のどちらかです。市区町村名も入力してください。</translation>
    </message>
    <message>
        <source>{name} is not a municipality of {prefecture}, the programme&apos;s prefecture.</source>
        <translation>{name}は研修の都道府県（{prefecture}）の市町村ではありません。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{name} is not a municipality of {prefecture}, the programme&apos;s prefecture. Did you mean {names}?</source>
        <translation>{name}は研修の都道府県（{prefecture}）の市町村ではありません。{names}の誤りではありませんか。</translation>
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
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
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
        <source>&amp;Prefecture:</source>
        <translation>都道府県(&amp;P)：</translation>
    </message>
    <message>
        <source>The prefecture the programme belongs to: rosters and the Participants page then take its municipalities by name alone</source>
        <translation>研修を実施する都道府県です。設定すると、名簿の取り込みと参加者ページで、その市町村を名前だけで登録できます</translation>
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
    <name>NextActions</name>
    <message>
        <source>%n municipality(s) not heard yet</source>
        <translation>事前ヒアリング未実施の市町村 %n件</translation>
    </message>
    <message>
        <source>%n trainee(s) without a supervisor</source>
        <translation>上司が未登録の受講者 %n人</translation>
    </message>
    <message>
        <source>%n trainee(s) without issues</source>
        <translation>課題が未登録の受講者 %n人</translation>
    </message>
    <message>
        <source>%n trainee(s) without a theme</source>
        <translation>改善テーマ未決定の受講者 %n人</translation>
    </message>
    <message>
        <source>%n theme(s) without a plan</source>
        <translation>改善計画が未作成のテーマ %n件</translation>
    </message>
    <message>
        <source>%n feedback request(s) overdue</source>
        <translation>期限切れのフィードバック依頼 %n件</translation>
    </message>
    <message>
        <source>%n feedback request(s) due soon</source>
        <translation>期限間近のフィードバック依頼 %n件</translation>
    </message>
    <message>
        <source>%n plan(s) without action items</source>
        <translation>実践項目のない計画 %n件</translation>
    </message>
    <message>
        <source>%n trainee(s) without a check-in for two weeks</source>
        <translation>2週間進捗報告のない受講者 %n人</translation>
    </message>
    <message>
        <source>%n action item(s) blocked</source>
        <translation>停滞中の実践項目 %n件</translation>
    </message>
    <message>
        <source>%n action item(s) past their due date</source>
        <translation>期限を過ぎた実践項目 %n件</translation>
    </message>
    <message>
        <source>%n plan(s) without an outcome</source>
        <translation>成果が未記録の計画 %n件</translation>
    </message>
    <message>
        <source>Hold the pre-hearings before day 1 so the training fits the field.</source>
        <translation>研修内容を現場の実情に合わせるため、初日までに事前ヒアリングを実施してください。</translation>
    </message>
    <message>
        <source>Each trainee needs a supervisor for the feedback on their plan.</source>
        <translation>改善計画へのフィードバックのため、受講者ごとに上司を登録してください。</translation>
    </message>
    <message>
        <source>Collect their issues before the prioritisation session.</source>
        <translation>優先順位付けの研修回までに課題を集めてください。</translation>
    </message>
    <message>
        <source>Help them pick an improvement theme from their issues.</source>
        <translation>課題の中から改善テーマを選べるよう支援してください。</translation>
    </message>
    <message>
        <source>Their plan is needed before the first feedback round.</source>
        <translation>最初のフィードバック回までに改善計画が必要です。</translation>
    </message>
    <message>
        <source>Remind the reviewers: the round&apos;s due date has passed.</source>
        <translation>回の期限を過ぎています。評価者に提出を促してください。</translation>
    </message>
    <message>
        <source>The round is due within three days.</source>
        <translation>回の期限まで3日以内です。</translation>
    </message>
    <message>
        <source>Create the action items from the plan&apos;s steps.</source>
        <translation>改善計画の実施手順から実践項目を作成してください。</translation>
    </message>
    <message>
        <source>Ask how the practice is going and record a check-in.</source>
        <translation>職場実践の状況を聞き取り、進捗報告を記録してください。</translation>
    </message>
    <message>
        <source>Find out what blocks them and who can help.</source>
        <translation>何が妨げになっているか、誰が支援できるかを確認してください。</translation>
    </message>
    <message>
        <source>Update their status or agree on a new date.</source>
        <translation>状況を更新するか、新しい期限を決めてください。</translation>
    </message>
    <message>
        <source>Record the measured hours saved before the results session.</source>
        <translation>成果報告の研修回までに、実測した削減時間を記録してください。</translation>
    </message>
    <message>
        <source>{month}/{day}</source>
        <translation>{month}/{day}</translation>
    </message>
    <message>
        <source>by {date} (in %n day(s))</source>
        <translation>{date}まで（あと%n日）</translation>
    </message>
    <message>
        <source>today ({date})</source>
        <translation>本日（{date}）</translation>
    </message>
    <message>
        <source>since {date} (%n day(s) ago)</source>
        <translation>{date}期限（%n日超過）</translation>
    </message>
    <message>
        <source>{trainee}&apos;s plan — {reviewer}</source>
        <translation>{trainee}さんの計画 — {reviewer}</translation>
    </message>
    <message>
        <source>{trainee}: {item}</source>
        <translation>{trainee}：{item}</translation>
    </message>
    <message>
        <source>{name} ({detail})</source>
        <translation>{name}（{detail}）</translation>
    </message>
</context>
<context>
    <name>NextActionsModel</name>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>When</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>OptionSelector</name>
    <message>
        <source>Click or press 1–{n} to choose; Delete clears</source>
        <extracomment>A choice question with more options, or longer ones, gets a drop-down list instead.</extracomment>
        <translation>クリックするか 1〜{n} のキーで選びます。Delete キーで消去します。</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Trainee</source>
        <extracomment>Sorting a status column brings what needs attention first.</extracomment>
        <translation>受講者</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>改善計画</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>計画なし</translation>
    </message>
    <message>
        <source>On {version}</source>
        <translation>{version}が対象</translation>
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
    <name>PlanCompare</name>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>削減時間</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>2つの版に違いはありません。</translation>
    </message>
</context>
<context>
    <name>PlanFeedbackModel</name>
    <message>
        <source>Round</source>
        <translation>回</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>評価者</translation>
    </message>
    <message>
        <source>On</source>
        <translation>対象の版</translation>
    </message>
    <message>
        <source>Points to improve</source>
        <translation>改善すべき点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>対応した版</translation>
    </message>
    <message>
        <source>Good points: {text}</source>
        <translation>良い点：{text}</translation>
    </message>
    <message>
        <source>Points to improve: {text}</source>
        <translation>改善すべき点：{text}</translation>
    </message>
    <message>
        <source>Response: {text}</source>
        <translation>受講者の対応：{text}</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Target process</source>
        <translation>対象業務</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>現状</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題点</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>真因</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>改善策</translation>
    </message>
    <message>
        <source>ECRS</source>
        <translation>ECRS</translation>
    </message>
    <message>
        <source>DX means</source>
        <translation>DX手段</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>実施計画</translation>
    </message>
    <message>
        <source>Cases per year after</source>
        <translation>改善後の件数/年</translation>
    </message>
    <message>
        <source>Minutes per case after</source>
        <translation>改善後の分/件</translation>
    </message>
    <message>
        <source>People after</source>
        <translation>改善後の人数</translation>
    </message>
    <message>
        <source>Risks and constraints</source>
        <translation>リスク・制約</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>必要な支援</translation>
    </message>
    <message>
        <source>Reason for the version</source>
        <translation>改訂理由</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Eliminate</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>結合</translation>
    </message>
    <message>
        <source>Rearrange</source>
        <translation>交換</translation>
    </message>
    <message>
        <source>Simplify</source>
        <translation>簡素化</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>第{number}版</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>Trainee</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>改善テーマ</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>削減時間</translation>
    </message>
    <message>
        <source>(no theme yet)</source>
        <translation>（テーマ未決定）</translation>
    </message>
    <message>
        <source>Theme: {title}</source>
        <translation>テーマ：{title}</translation>
    </message>
    <message>
        <source>Supervisor: {name}</source>
        <translation>上司：{name}</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>計画未作成</translation>
    </message>
    <message>
        <source>Now {before}, after {after}</source>
        <translation>現在 {before} → 改善後 {after}</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>This version is frozen: only the newest version of a plan can be edited.</source>
        <extracomment>A3 text fields → the widget that edits each. The kinds of edits the plan list follows row by row (the rest reads the list again).</extracomment>
        <translation>この版は確定済みです。編集できるのは最新の版だけです。</translation>
    </message>
    <message>
        <source>The trainee has no improvement theme yet. Choose one on the prioritisation page first.</source>
        <translation>この受講者はまだ改善テーマが決まっていません。先に優先順位付けのページでテーマを選んでください。</translation>
    </message>
    <message>
        <source>That feedback has not come in yet, so no change can answer it.</source>
        <translation>そのフィードバックはまだ回収されていないため、版を関連付けることはできません。</translation>
    </message>
    <message>
        <source>Link the comment to a version made after the one it was given on.</source>
        <translation>コメントは、その対象となった版より後に作成した版に関連付けてください。</translation>
    </message>
    <message>
        <source>Feedback refers to this version, so it stays.</source>
        <translation>この版にはフィードバックがあるため、削除できません。</translation>
    </message>
    <message>
        <source>A plan keeps its first version.</source>
        <translation>計画の第1版は削除できません。</translation>
    </message>
    <message>
        <source>The trainee already has a plan for this theme.</source>
        <translation>この受講者には、このテーマの改善計画がすでにあります。</translation>
    </message>
    <message>
        <source>Say why a new version is started (e.g. which feedback).</source>
        <translation>新しい版を作成する理由を入力してください（どのフィードバックへの対応かなど）。</translation>
    </message>
    <message>
        <source>{field} must be a number between {range}.</source>
        <translation>{field}は {range} の数で入力してください。</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>{plans} of {themes} themes have a plan</source>
        <translation>改善テーマ{themes}件中 {plans}件で計画作成済み</translation>
    </message>
    <message>
        <source>Choose a trainee on the left.</source>
        <translation>左の一覧から受講者を選んでください。</translation>
    </message>
    <message>
        <source>{name} has not chosen an improvement theme yet. Themes are chosen on the prioritisation page.</source>
        <translation>{name}さんはまだ改善テーマを決めていません。テーマは優先順位付けのページで決めます。</translation>
    </message>
    <message>
        <source>{name}&apos;s theme is “{theme}”. Create Plan starts the improvement plan from it, with the target process and current state filled in.</source>
        <translation>{name}さんの改善テーマは「{theme}」です。［計画を作成］を押すと、このテーマをもとに対象業務と現状を記入した改善計画を作成します。</translation>
    </message>
    <message>
        <source>{version} of {date}</source>
        <translation>{version}（{date}）</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>改訂理由：{reason}</translation>
    </message>
    <message>
        <source>(a plan for an earlier theme)</source>
        <translation>（以前のテーマの計画）</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation>（最新）</translation>
    </message>
    <message>
        <source> (frozen)</source>
        <translation>（確定済み）</translation>
    </message>
    <message>
        <source>{version} is frozen and shown read only. {latest} is the one being worked on.</source>
        <translation>{version}は確定済みのため、読み取り専用で表示しています。現在作業中の版は{latest}です。</translation>
    </message>
    <message>
        <source>Workload now: not known (see the issue card).</source>
        <translation>現在の業務量：不明（課題カードを確認してください）。</translation>
    </message>
    <message>
        <source>Workload now: {cases} cases/yr × {minutes} min × {people} people = {hours}</source>
        <translation>現在の業務量：{cases}件/年 × {minutes}分 × {people}人 = {hours}</translation>
    </message>
    <message>
        <source>Feedback Responses ({count})</source>
        <translation>フィードバックへの対応（{count}）</translation>
    </message>
    <message>
        <source>Feedback Responses</source>
        <translation>フィードバックへの対応</translation>
    </message>
    <message>
        <source>Link to {version}</source>
        <translation>{version}と関連付け</translation>
    </message>
    <message>
        <source>Good points</source>
        <translation>良い点</translation>
    </message>
    <message>
        <source>Points to improve</source>
        <translation>改善すべき点</translation>
    </message>
    <message>
        <source>Support offered</source>
        <translation>提供できる支援</translation>
    </message>
    <message>
        <source>Trainee&apos;s response</source>
        <translation>受講者の対応</translation>
    </message>
    <message>
        <source>Now {before}. Enter all three numbers to see the hours saved.</source>
        <translation>現在 {before}。3つの数値をすべて入力すると削減時間が表示されます。</translation>
    </message>
    <message>
        <source>After the change {after} (the workload now is not known).</source>
        <translation>改善後 {after}（現在の業務量は不明です）。</translation>
    </message>
    <message>
        <source>Now {before} → after {after}: saves {saved}</source>
        <translation>現在 {before} → 改善後 {after}：{saved}の削減</translation>
    </message>
    <message>
        <source>Edit {field} of {name}&apos;s plan</source>
        <translation>{name}さんの計画の{field}を編集</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a number.</source>
        <translation>{field}：「{text}」は数値ではありません。</translation>
    </message>
    <message>
        <source>Create plan of {name}</source>
        <translation>{name}さんの計画を作成</translation>
    </message>
    <message>
        <source>Start {version} of {name}&apos;s plan</source>
        <translation>{name}さんの計画の{version}を作成</translation>
    </message>
    <message>
        <source>{version} started; {previous} is frozen.</source>
        <translation>{version}を作成しました。{previous}は確定済みになりました。</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>実施手順を追加</translation>
    </message>
    <message>
        <source>Delete step “{what}”</source>
        <translation>実施手順「{what}」を削除</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>実施手順を並べ替え</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>「{text}」は日付ではありません。</translation>
    </message>
    <message>
        <source>Edit step: {field}</source>
        <translation>実施手順の編集：{field}</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n項目が変更されています</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Link {version} to {name}&apos;s comment</source>
        <translation>{name}さんのコメントに{version}を関連付け</translation>
    </message>
    <message>
        <source>Remove the link of {name}&apos;s comment</source>
        <translation>{name}さんのコメントの関連付けを解除</translation>
    </message>
    <message>
        <source>Trainees and Plans</source>
        <translation>受講者と改善計画</translation>
    </message>
    <message>
        <source>Filter by name, municipality or theme</source>
        <translation>氏名・市町村・テーマで絞り込み</translation>
    </message>
    <message>
        <source>Create Plan</source>
        <translation>計画を作成</translation>
    </message>
    <message>
        <source>Start the trainee&apos;s plan from their theme (対象業務 and 現状 filled in)</source>
        <translation>受講者の改善テーマから改善計画を作成します（対象業務と現状は記入済みになります）。</translation>
    </message>
    <message>
        <source>Choose a trainee on the left. A trainee with a theme can start an improvement plan.</source>
        <translation>左の一覧から受講者を選んでください。改善テーマが決まっている受講者は改善計画を作成できます。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版：</translation>
    </message>
    <message>
        <source>Older versions are frozen and shown read only</source>
        <translation>以前の版は確定済みで、読み取り専用で表示されます。</translation>
    </message>
    <message>
        <source>Start New Version…</source>
        <translation>新しい版を作成…</translation>
    </message>
    <message>
        <source>Freeze this version and continue on a copy (brush-up)</source>
        <translation>この版を確定し、コピーした新しい版で作業を続けます（ブラッシュアップ）。</translation>
    </message>
    <message>
        <source>Why a new version?</source>
        <translation>改訂理由：</translation>
    </message>
    <message>
        <source>e.g. after the supervisor&apos;s feedback: goal in hours per year</source>
        <translation>例：上司のフィードバックを受け、目標を時間/年で設定</translation>
    </message>
    <message>
        <source>Start Version</source>
        <translation>版を作成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Plan (A3)</source>
        <translation>改善計画（A3）</translation>
    </message>
    <message>
        <source>Target process</source>
        <translation>対象業務</translation>
    </message>
    <message>
        <source>The business process the plan improves</source>
        <translation>この計画で改善する業務</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>現状</translation>
    </message>
    <message>
        <source>How the work is done today, and what it costs</source>
        <translation>現在の業務の進め方と、かかっている手間・コスト</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題点</translation>
    </message>
    <message>
        <source>What goes wrong: errors, waiting, rework, overtime</source>
        <translation>起きている問題：ミス、待ち時間、手戻り、時間外勤務など</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>真因</translation>
    </message>
    <message>
        <source>Why it happens (ask why five times)</source>
        <translation>問題が起きる理由（「なぜ」を5回繰り返す）</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>改善策</translation>
    </message>
    <message>
        <source>What will change, and how</source>
        <translation>何を、どのように変えるか</translation>
    </message>
    <message>
        <source>ECRS:</source>
        <translation>ECRS：</translation>
    </message>
    <message>
        <source>Eliminate</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Stop doing it</source>
        <translation>その作業をやめます。</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>結合</translation>
    </message>
    <message>
        <source>Do two steps as one</source>
        <translation>2つの工程を1つにまとめます。</translation>
    </message>
    <message>
        <source>Rearrange</source>
        <translation>交換</translation>
    </message>
    <message>
        <source>Change the order, place or person</source>
        <translation>順序・場所・担当者を入れ替えます。</translation>
    </message>
    <message>
        <source>Simplify</source>
        <translation>簡素化</translation>
    </message>
    <message>
        <source>Make it easier</source>
        <translation>作業をより簡単にします。</translation>
    </message>
    <message>
        <source>DX means:</source>
        <translation>DX手段：</translation>
    </message>
    <message>
        <source>Tick the DX means the improvement uses (the programme&apos;s catalogue)</source>
        <translation>改善策で使うDX手段にチェックを付けます（研修で定めた一覧から選びます）。</translation>
    </message>
    <message>
        <source>Goal and KPI</source>
        <translation>目標・KPI</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>What the change should achieve, with numbers</source>
        <translation>改善で達成したいこと（数値で）</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>How progress is measured, e.g. minutes per case</source>
        <translation>進み具合を測る指標（例：1件あたりの処理時間）</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>実施計画</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>手順を追加</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>手順を削除</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>期待効果</translation>
    </message>
    <message>
        <source>Workload after the change:</source>
        <translation>改善後の業務量：</translation>
    </message>
    <message>
        <source>Cases per year</source>
        <translation>件数/年</translation>
    </message>
    <message>
        <source>Minutes per case</source>
        <translation>分/件</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>How many cases a year after the change (件数/年)</source>
        <translation>改善後の年間件数です（件数/年）。</translation>
    </message>
    <message>
        <source>Minutes one case takes after the change (分/件)</source>
        <translation>改善後に1件の処理にかかる時間です（分/件）。</translation>
    </message>
    <message>
        <source>People who handle each case after the change (人数)</source>
        <translation>改善後に1件の処理に関わる人数です（人数）。</translation>
    </message>
    <message>
        <source>Risks and constraints</source>
        <translation>リスク・制約</translation>
    </message>
    <message>
        <source>What could get in the way; rules, systems, people</source>
        <translation>妨げになりそうなこと（規則、システム、人員など）</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>必要な支援</translation>
    </message>
    <message>
        <source>Help needed from the supervisor, IT staff or others</source>
        <translation>上司や情報部門などから必要な支援</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>版の比較</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>with</source>
        <translation>と</translation>
    </message>
    <message>
        <source>Changed fields only</source>
        <translation>変更した項目のみ</translation>
    </message>
    <message>
        <source>Feedback this plan received. Link a version to the comment that prompted it: the comment then counts as addressed.</source>
        <translation>この計画に寄せられたフィードバックです。コメントを受けて作成した版をそのコメントに関連付けると、対応済みになります。</translation>
    </message>
    <message>
        <source>Link to the Version Shown</source>
        <translation>表示中の版と関連付け</translation>
    </message>
    <message>
        <source>The version shown above answers the chosen comment</source>
        <translation>上に表示している版を、選んだコメントへの対応として関連付けます。</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>関連付けを解除</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>To do</source>
        <extracomment>which editor a cell wants: &quot;text&quot;, &quot;date&quot;, &quot;optional_date&quot;, &quot;percent&quot;, &quot;status&quot;, &quot;owner&quot; or &quot;number&quot; the owner column&apos;s choices: tuple of (person id, name) a percentage (int, or None) drawn as a bar by ProgressBarDelegate</extracomment>
        <translation>未着手</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>停滞</translation>
    </message>
</context>
<context>
    <name>PracticeDelegate</name>
    <message>
        <source>(nobody)</source>
        <extracomment>the date box&apos;s &quot;no date&quot; (its minimum, shown as &quot;—&quot;)</extracomment>
        <translation>（なし）</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>すべての市町村</translation>
    </message>
    <message>
        <source>Trainees: {count}</source>
        <translation>受講者 {count}人</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>{total}人中 {shown}人を表示</translation>
    </message>
    <message>
        <source>No trainees yet.</source>
        <translation>受講者がいません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; plans in practice</source>
        <translation>実践中の計画 &lt;b&gt;{count}&lt;/b&gt;件</translation>
    </message>
    <message>
        <source>average progress &lt;b&gt;{percent}%&lt;/b&gt;</source>
        <translation>平均進捗 &lt;b&gt;{percent}%&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; blocked item(s)</source>
        <translation>
            <numerusform>停滞 &lt;b&gt;%n&lt;/b&gt;件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; without a check-in for two weeks</source>
        <translation>
            <numerusform>2週間報告なし &lt;b&gt;%n&lt;/b&gt;人</numerusform>
        </translation>
    </message>
    <message>
        <source>hours saved &lt;b&gt;{measured}&lt;/b&gt; measured ({reported} reported) of {expected} expected per year</source>
        <translation>削減時間 実測 &lt;b&gt;{measured}&lt;/b&gt;（{reported}件報告）／計画 {expected} 時間/年</translation>
    </message>
    <message>
        <source>Theme: &lt;b&gt;{theme}&lt;/b&gt;</source>
        <translation>テーマ：&lt;b&gt;{theme}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>plan version {number}</source>
        <translation>計画 第{number}版</translation>
    </message>
    <message>
        <source>progress &lt;b&gt;{percent}%&lt;/b&gt;</source>
        <translation>進捗 &lt;b&gt;{percent}%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>last check-in {date}</source>
        <translation>最終報告 {date}</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{total}件中 {done}件完了</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>報告 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>expected by the plan: {hours} h/year</source>
        <translation>計画上の削減：{hours} 時間/年</translation>
    </message>
    <message numerus="yes">
        <source>Create %n action item(s) from the plan&apos;s steps</source>
        <translation>
            <numerusform>計画の実施手順から実践項目を%n件作成します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every step of the plan already has an action item</source>
        <translation>計画のすべての実施手順に実践項目があります。</translation>
    </message>
    <message>
        <source>Create action items from the plan</source>
        <translation>計画から実践項目を作成</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>新しい実践項目</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>実践項目を追加</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>実践項目を編集</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action item(s)</source>
        <translation>
            <numerusform>実践項目%n件を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Add check-in</source>
        <translation>進捗報告を追加</translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation>進捗報告を編集</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n check-in(s)</source>
        <translation>
            <numerusform>進捗報告%n件を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>測定を追加</translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>効果測定を編集</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n measurement(s)</source>
        <translation>
            <numerusform>効果測定%n件を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit outcome</source>
        <translation>成果を編集</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>受講者一覧</translation>
    </message>
    <message>
        <source>Filter by name, municipality or theme</source>
        <translation>氏名・市町村・テーマで絞り込み</translation>
    </message>
    <message>
        <source>Needs attention only</source>
        <translation>要対応のみ</translation>
    </message>
    <message>
        <source>Trainees with blocked items or no check-in for two weeks</source>
        <translation>停滞中の実践項目があるか、2週間進捗報告のない受講者を表示します。</translation>
    </message>
    <message>
        <source>Double-click a trainee to open their practice.</source>
        <translation>受講者をダブルクリックすると実践の詳細を開きます。</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>受講者：</translation>
    </message>
    <message>
        <source>Type a name or municipality to find a trainee</source>
        <translation>氏名や市町村を入力して受講者を探せます。</translation>
    </message>
    <message>
        <source>Previous trainee</source>
        <translation>前の受講者を表示します。</translation>
    </message>
    <message>
        <source>Next trainee</source>
        <translation>次の受講者を表示します。</translation>
    </message>
    <message>
        <source>No plan yet: the practice follows the improvement plan.</source>
        <translation>改善計画がまだありません。職場実践は改善計画に基づいて進めます。</translation>
    </message>
    <message>
        <source>Open the plans</source>
        <translation>改善計画を開く</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>実践項目</translation>
    </message>
    <message>
        <source>Create from plan steps</source>
        <translation>計画の実施手順から作成</translation>
    </message>
    <message>
        <source>One action item per step of the plan&apos;s 実施計画 that has none yet</source>
        <translation>実施計画の手順のうち、実践項目がまだないものから1件ずつ作成します。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>進捗報告</translation>
    </message>
    <message>
        <source>Record today&apos;s report: progress, obstacles, support needed</source>
        <translation>本日の報告（進捗、課題・障害、必要な支援）を記録します。</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>効果測定</translation>
    </message>
    <message>
        <source>Record a KPI value (the last metric, baseline and target are copied)</source>
        <translation>KPIの値を記録します（直前の指標・基準値・目標を引き継ぎます）。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Hours saved per year:</source>
        <translation>年間削減時間：</translation>
    </message>
    <message>
        <source>Hours per year actually saved, as measured</source>
        <translation>実測した年間の削減時間です。</translation>
    </message>
    <message>
        <source>Effects:</source>
        <translation>定性的な効果：</translation>
    </message>
    <message>
        <source>Qualitative effects: what changed at the workplace</source>
        <translation>職場で何が変わったか</translation>
    </message>
    <message>
        <source>Spread potential:</source>
        <translation>横展開の可能性：</translation>
    </message>
    <message>
        <source>横展開: other departments or municipalities that could do the same</source>
        <translation>同じ改善ができる他の課・市町村</translation>
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
        <translation>ワークショップのタイマー</translation>
    </message>
    <message>
        <source>Minutes on the timer</source>
        <translation>タイマーの時間（分）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Show every card</source>
        <translation>すべてのカードを表示</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>Stop cards from being moved by accident</source>
        <translation>誤ってカードを動かさないようにします。</translation>
    </message>
    <message>
        <source>Exit (Esc)</source>
        <translation>終了（Esc）</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
</context>
<context>
    <name>PrioritizeMessages</name>
    <message>
        <source>This person has used all their dots.</source>
        <translation>この人はドットをすべて使い切っています。</translation>
    </message>
    <message>
        <source>This person has put the most dots allowed on this issue.</source>
        <translation>この人はこの課題に、置けるドットの上限まで置いています。</translation>
    </message>
    <message>
        <source>This issue fails a gate criterion and takes no dots.</source>
        <translation>この課題は絶対条件を満たしていないため、ドットを置けません。</translation>
    </message>
    <message>
        <source>This person has no dot on this issue.</source>
        <translation>この人はこの課題にドットを置いていません。</translation>
    </message>
    <message>
        <source>Someone has already used more dots than that. Reset the round first.</source>
        <translation>すでにそれより多くのドットを使った人がいます。先にラウンドをリセットしてください。</translation>
    </message>
    <message>
        <source>Someone has already put more dots than that on one issue. Reset the round first.</source>
        <translation>すでに1つの課題にそれより多くのドットを置いた人がいます。先にラウンドをリセットしてください。</translation>
    </message>
    <message>
        <source>The dots allowed on one issue cannot exceed the dots per person.</source>
        <translation>1課題あたりの上限は、1人あたりのドット数を超えられません。</translation>
    </message>
    <message>
        <source>This issue fails a gate criterion and cannot be a theme.</source>
        <translation>この課題は絶対条件を満たしていないため、改善テーマにできません。</translation>
    </message>
    <message>
        <source>Only trainees choose a theme.</source>
        <translation>改善テーマを決めるのは受講者だけです。</translation>
    </message>
    <message>
        <source>Choose the matrix axes in Programme settings first.</source>
        <translation>先に「研修設定」でマトリクスの軸を選んでください。</translation>
    </message>
    <message>
        <source>The score is outside the criterion&apos;s scale.</source>
        <translation>評点が評価基準の尺度の範囲外です。</translation>
    </message>
</context>
<context>
    <name>PrioritizePage</name>
    <message>
        <source>Clear Score</source>
        <translation>評点を消去</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>すべての班</translation>
    </message>
    <message>
        <source>Agreed (consensus)</source>
        <translation>合意</translation>
    </message>
    <message>
        <source>{name} ({count} scores)</source>
        <translation>{name}（評点{count}件）</translation>
    </message>
    <message>
        <source>(no voting round)</source>
        <translation>（投票ラウンドなし）</translation>
    </message>
    <message>
        <source>{cast} dots from {voters} people</source>
        <translation>{voters}人が計{cast}ドットを投票</translation>
    </message>
    <message>
        <source>(ruled out)</source>
        <translation>（対象外）</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>課題 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>on the matrix: {placed}</source>
        <translation>マトリクス上：{placed}</translation>
    </message>
    <message>
        <source>ruled out by a gate: {gated}</source>
        <translation>絶対条件で対象外：{gated}</translation>
    </message>
    <message>
        <source>No trainees in this group.</source>
        <translation>この班には受講者がいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) have no theme yet: </source>
        <translation>
            <numerusform>改善テーマ未定の受講者（%n人）： </numerusform>
        </translation>
    </message>
    <message>
        <source>Every trainee has chosen a theme.</source>
        <translation>全員が改善テーマを決めました。</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>改善テーマ</translation>
    </message>
    <message>
        <source>Themes ({missing} missing)</source>
        <translation>改善テーマ（未定 {missing}）</translation>
    </message>
    <message>
        <source>Payoff Matrix — {name} is voting ({left} dots left)</source>
        <translation>ペイオフマトリクス — {name}さんが投票中（残り{left}ドット）</translation>
    </message>
    <message>
        <source>Payoff Matrix — choose who is voting</source>
        <translation>ペイオフマトリクス — 投票する人を選んでください</translation>
    </message>
    <message>
        <source>Payoff Matrix</source>
        <translation>ペイオフマトリクス</translation>
    </message>
    <message>
        <source>This issue has no owner to take it as a theme.</source>
        <translation>この課題には担当者がいないため、改善テーマにできません。</translation>
    </message>
    <message>
        <source>Dot vote {number}</source>
        <translation>ドット投票 第{number}回</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>班：</translation>
    </message>
    <message>
        <source>Show the issues of one group (班)</source>
        <translation>1つの班の課題だけを表示します。</translation>
    </message>
    <message>
        <source>Themes only</source>
        <translation>改善テーマのみ</translation>
    </message>
    <message>
        <source>Show only the issues chosen as someone&apos;s improvement theme</source>
        <translation>いずれかの受講者の改善テーマに選ばれた課題だけを表示します。</translation>
    </message>
    <message>
        <source>Scores of:</source>
        <translation>評点：</translation>
    </message>
    <message>
        <source>The group&apos;s agreed scores, or one trainee&apos;s own</source>
        <translation>班で合意した評点、または受講者1人の評点を表示します。</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Lay the matrix out to fill the view (Ctrl+0)</source>
        <translation>マトリクスを画面いっぱいに表示します（Ctrl+0）。</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>Stop cards from being moved by accident</source>
        <translation>誤ってカードを動かさないようにします。</translation>
    </message>
    <message>
        <source>Presentation Mode</source>
        <translation>プレゼンテーションモード</translation>
    </message>
    <message>
        <source>Show the matrix full screen, in large type, on the projector or touch display</source>
        <translation>プロジェクターやタッチディスプレイに、マトリクスを大きな文字で全画面表示します。</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>評点</translation>
    </message>
    <message>
        <source>Make It the Owner&apos;s Theme</source>
        <translation>担当者の改善テーマにする</translation>
    </message>
    <message>
        <source>The selected issue becomes its owner&apos;s improvement theme</source>
        <translation>選択した課題を、その担当者の改善テーマにします。</translation>
    </message>
    <message>
        <source>Type a number in a score cell, or drag cards on the matrix. Delete clears a score.</source>
        <translation>評点のセルに数値を入力するか、マトリクス上でカードをドラッグしてください。Delete キーで評点を消去します。</translation>
    </message>
    <message>
        <source>Dot Voting</source>
        <translation>ドット投票</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>ラウンド：</translation>
    </message>
    <message>
        <source>New Round</source>
        <translation>新しいラウンド</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Dots per person:</source>
        <translation>1人あたりのドット数：</translation>
    </message>
    <message>
        <source>Most dots on one issue:</source>
        <translation>1課題あたりの上限：</translation>
    </message>
    <message>
        <source>How many of their dots one person may put on the same issue</source>
        <translation>1人が同じ課題に置けるドットの最大数です。</translation>
    </message>
    <message>
        <source>Vote by Clicking Cards</source>
        <translation>カードをクリックして投票</translation>
    </message>
    <message>
        <source>Click a card to give it a dot from the chosen person; right-click or Shift+click takes one back</source>
        <translation>カードをクリックすると、選んだ人のドットを1つ置きます。右クリックまたは Shift+クリックで1つ取り消します。</translation>
    </message>
    <message>
        <source>Reset Round</source>
        <translation>ラウンドをリセット</translation>
    </message>
    <message>
        <source>Remove every dot of this round (can be undone)</source>
        <translation>このラウンドのドットをすべて取り除きます（元に戻せます）。</translation>
    </message>
    <message>
        <source>Who is voting? Choose a person, then click cards on the matrix.</source>
        <translation>誰が投票しますか？ 投票する人を選んでから、マトリクス上のカードをクリックしてください。</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>改善テーマ：</translation>
    </message>
    <message>
        <source>The chosen trainee&apos;s issues, best ranked first</source>
        <translation>選んだ受講者の課題（順位の高い順）</translation>
    </message>
    <message>
        <source>Set Theme</source>
        <translation>テーマに決定</translation>
    </message>
    <message>
        <source>Clear Theme</source>
        <translation>テーマを解除</translation>
    </message>
</context>
<context>
    <name>PrioritizeState</name>
    <message>
        <source>Move “{title}”</source>
        <extracomment>The kinds of records each part is read from: a change of other kinds leaves it be (a dot cast reads the round again, not the board of every issue). With more issues than this, the page opens on the first group rather than on all. the parts just read again (a frozenset of :class:`Part`); views redraw those</extracomment>
        <translation>「{title}」を移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>カード%n枚を移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Score {criterion}</source>
        <translation>{criterion}を採点</translation>
    </message>
    <message>
        <source>Choose who is voting first.</source>
        <translation>先に投票する人を選んでください。</translation>
    </message>
    <message>
        <source>Remove a dot</source>
        <translation>ドットを取り消す</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <translation>ドットを置く</translation>
    </message>
    <message>
        <source>New voting round</source>
        <translation>投票ラウンドを追加</translation>
    </message>
    <message>
        <source>Change voting round</source>
        <translation>投票ラウンドを変更</translation>
    </message>
    <message>
        <source>Delete voting round</source>
        <translation>投票ラウンドを削除</translation>
    </message>
    <message>
        <source>Reset voting round</source>
        <translation>投票ラウンドをリセット</translation>
    </message>
    <message>
        <source>Clear theme</source>
        <translation>改善テーマを解除</translation>
    </message>
    <message>
        <source>Choose theme</source>
        <translation>改善テーマを決定</translation>
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
        <source>(none)</source>
        <translation>（なし）</translation>
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
        <source>Change prefecture</source>
        <translation>都道府県の変更</translation>
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
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>The prefecture the programme belongs to: rosters and the Participants page then take its municipalities by name alone</source>
        <translation>研修を実施する都道府県です。設定すると、名簿の取り込みと参加者ページで、その市町村を名前だけで登録できます</translation>
    </message>
    <message>
        <source>Its municipalities can be named without a 団体コード.</source>
        <translation>この都道府県の市町村は、団体コードなしで名前だけで登録できます。</translation>
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
    <name>ProgressLines</name>
    <message>
        <source>Supervisor set</source>
        <translation>上司の登録</translation>
    </message>
    <message>
        <source>Municipalities heard</source>
        <translation>ヒアリング済み市町村</translation>
    </message>
    <message>
        <source>Trainees with issues</source>
        <translation>課題を登録した受講者</translation>
    </message>
    <message>
        <source>Trainees with scores</source>
        <translation>評点済みの受講者</translation>
    </message>
    <message>
        <source>Theme chosen</source>
        <translation>テーマ決定</translation>
    </message>
    <message>
        <source>Plan drafted</source>
        <translation>計画作成</translation>
    </message>
    <message>
        <source>Plan brushed up</source>
        <translation>計画の改訂</translation>
    </message>
    <message>
        <source>Round {number} received</source>
        <translation>第{number}回 回収</translation>
    </message>
    <message>
        <source>Practice reported</source>
        <translation>進捗報告あり</translation>
    </message>
    <message>
        <source>Action items done</source>
        <translation>実践項目の完了</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation>成果の記録</translation>
    </message>
</context>
<context>
    <name>QuestionTableModel</name>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Options / columns</source>
        <translation>選択肢／列</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>使用中止</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Gothic (游ゴシック)</source>
        <translation>ゴシック（游ゴシック）</translation>
    </message>
    <message>
        <source>Mincho (ＭＳ 明朝)</source>
        <translation>明朝（ＭＳ 明朝）</translation>
    </message>
    <message>
        <source>PDF copies are made with LibreOffice.</source>
        <translation>PDF は LibreOffice で作成します。</translation>
    </message>
    <message>
        <source>PDF copies need LibreOffice, which was not found on this computer.</source>
        <translation>PDF の作成には LibreOffice が必要ですが、このコンピューターには見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n trainee(s))</source>
        <translation>
            <numerusform>{name}（受講者%n人）</numerusform>
        </translation>
    </message>
    <message>
        <source>The programme could not be read.</source>
        <translation>研修ファイルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>There is nobody to write this report for in this choice.</source>
        <translation>この選択では、報告書の対象となる人がいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) will be written:</source>
        <translation>
            <numerusform>%n件の文書を作成します：</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Documents</source>
        <translation>文書の保存先フォルダー</translation>
    </message>
    <message>
        <source>Choose a folder for the documents.</source>
        <translation>文書の保存先フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>“{folder}” is not a folder.</source>
        <translation>「{folder}」はフォルダーではありません。</translation>
    </message>
    <message>
        <source>Preparing the report data…</source>
        <translation>報告書のデータを準備しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Exporting Reports</source>
        <translation>報告書の作成</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…ほか%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the same name already exist in {folder}:</source>
        <translation>
            <numerusform>{folder} に同じ名前のファイルがすでに%n件あります：</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them with the new documents?</source>
        <translation>新しい文書で置き換えますか？</translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>ファイルの置き換え</translation>
    </message>
    <message>
        <source>“{file}” in the folder is a database (a workshop file?) and is never replaced by a document. Choose another folder, or move that file.</source>
        <translation>フォルダーにある「{file}」はデータベース（研修ファイル？）のため、文書で置き換えることはありません。別のフォルダーを選ぶか、そのファイルを移動してください。</translation>
    </message>
    <message>
        <source>Cancelling after the current document…</source>
        <translation>作成中の文書が終わりしだい中止します…</translation>
    </message>
    <message>
        <source>Written {done} of {total}: {name}</source>
        <translation>{total}件中 {done}件を作成：{name}</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n document(s) written to {folder} (complete; the rest were not started).</source>
        <translation>
            <numerusform>中止しました。{folder} に%n件の文書を作成しました（作成済みの文書は完成しています。残りは作成していません）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written to {folder}.</source>
        <translation>
            <numerusform>{folder} に%n件の文書を作成しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) too.</source>
        <translation>
            <numerusform>PDF も%n件作成しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written: {list}</source>
        <translation>作成できなかった文書：{list}</translation>
    </message>
    <message>
        <source>The export stopped because of an unexpected error.</source>
        <translation>予期しないエラーのため、作成を中止しました。</translation>
    </message>
    <message>
        <source>Choose whom the report is for.</source>
        <translation>報告書の対象を選んでください。</translation>
    </message>
    <message>
        <source>The person or municipality chosen is no longer in the programme.</source>
        <translation>選んだ人または市町村は、この研修にもう登録されていません。</translation>
    </message>
    <message>
        <source>This report cannot be made for this choice.</source>
        <translation>この選択では、この報告書は作成できません。</translation>
    </message>
    <message>
        <source>The folder cannot be created or written to: {detail}</source>
        <translation>フォルダーを作成できないか、書き込めません：{detail}</translation>
    </message>
    <message>
        <source>The place chosen is not a folder.</source>
        <translation>選んだ場所はフォルダーではありません。</translation>
    </message>
    <message>
        <source>PDF copies need LibreOffice.</source>
        <translation>PDF の作成には LibreOffice が必要です。</translation>
    </message>
    <message>
        <source>Files of the same name appeared in the folder meanwhile, so nothing was written: {names}</source>
        <translation>その間にフォルダーに同じ名前のファイルができたため、何も書き出していません：{names}</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>Word documents for supervisors, municipalities and the prefecture. Choose what to write, for whom, and where; the documents are written in the background and you can cancel at any time.</source>
        <translation>上司・市町村・県に向けた Word の報告書を作成します。作成する報告書、対象、保存先を選んでください。文書はバックグラウンドで作成され、いつでも中止できます。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>Supervisor summary</source>
        <translation>上司向けサマリー</translation>
    </message>
    <message>
        <source>One per trainee, for the supervisor: issues, payoff matrix, plan, feedback, practice.</source>
        <translation>受講者ごとに上司向けに1件作成します（課題、ペイオフマトリクス、改善計画、フィードバック、職場実践）。</translation>
    </message>
    <message>
        <source>Municipality summary</source>
        <translation>市町村別サマリー</translation>
    </message>
    <message>
        <source>One per municipality: pre-hearing, trainees, themes, plans and hours saved.</source>
        <translation>市町村ごとに1件作成します（事前ヒアリング、受講者、改善テーマ、改善計画、削減時間）。</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>研修実施報告書</translation>
    </message>
    <message>
        <source>One for the prefecture: the whole programme, with charts and cases to spread.</source>
        <translation>県向けに1件作成します（研修全体の状況、グラフ、横展開できる事例）。</translation>
    </message>
    <message>
        <source>For</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>One trainee</source>
        <translation>受講者1人</translation>
    </message>
    <message>
        <source>A supervisor&apos;s trainees</source>
        <translation>上司の受講者</translation>
    </message>
    <message>
        <source>A municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>フォント(&amp;F)：</translation>
    </message>
    <message>
        <source>Dates in the Japanese era (e.g. 令和8年9月1日)</source>
        <translation>日付を和暦で表示（例：令和8年9月1日）</translation>
    </message>
    <message>
        <source>Also save a PDF of each document</source>
        <translation>各文書の PDF も保存</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation>文書の保存先フォルダー</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
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
    <name>RosterColumnsModel</name>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>例</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>（見出しなし）</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name reading</source>
        <translation>セイ</translation>
    </message>
    <message>
        <source>Given name reading</source>
        <translation>メイ</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>団体コード</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>上司</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>Roles</source>
        <extracomment>The field a column holds, as stored in the model: the field&apos;s value, &quot;&quot; = ignored. The outcome of a preview row (a ``PreviewKind`` value), for the filter.</extracomment>
        <translation>役割</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>取込不可</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <extracomment>The user&apos;s choices: 1-based column → field (None: ignore), over what was detected.</extracomment>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Choose a Roster</source>
        <translation>名簿を選択</translation>
    </message>
    <message>
        <source>Excel or CSV lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Excel・CSV の名簿 (*.xlsx *.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Column headings in row {row}</source>
        <translation>見出し行: {row}行目</translation>
    </message>
    <message>
        <source>New municipalities: {count}</source>
        <translation>追加される市町村: {count}</translation>
    </message>
    <message>
        <source>New departments: {count}</source>
        <translation>追加される所属: {count}</translation>
    </message>
    <message>
        <source>Supervisors added from the supervisor column: {count}</source>
        <translation>上司欄から追加される上司: {count}人</translation>
    </message>
    <message>
        <source>Nothing to import: every person is already as listed.</source>
        <translation>取り込む変更はありません（全員が名簿のとおり登録済みです）。</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>{row}行目：{reason}</translation>
    </message>
    <message>
        <source>Rejected rows ({rejected}) and warnings ({warnings})</source>
        <translation>取込不可の行（{rejected}件）と注意（{warnings}件）</translation>
    </message>
    <message>
        <source>Rejected rows ({rejected})</source>
        <translation>取込不可の行（{rejected}件）</translation>
    </message>
    <message>
        <source>Warnings ({warnings})</source>
        <translation>注意（{warnings}件）</translation>
    </message>
    <message>
        <source>All rows ({count})</source>
        <translation>すべての行（{count}）</translation>
    </message>
    <message>
        <source>Choose a file to see who would be imported.</source>
        <translation>ファイルを選ぶと、取り込まれる人がここに表示されます。</translation>
    </message>
    <message>
        <source>Import roster {file}</source>
        <translation>名簿の取り込み（{file}）</translation>
    </message>
    <message>
        <source>Roster imported: {summary}</source>
        <translation>名簿を取り込みました: {summary}</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>新規 {created}件、更新 {updated}件、変更なし {unchanged}件、取込不可 {rejected}件</translation>
    </message>
    <message>
        <source>“{file}” does not exist.</source>
        <translation>「{file}」が見つかりません。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “{sheet}”.</source>
        <translation>ブックに「{sheet}」というシートはありません。</translation>
    </message>
    <message>
        <source>No row of column headings was found near the top of the sheet. The list needs headings such as 氏名, 市町村 and 所属 above the people.</source>
        <translation>シートの先頭付近に見出し行が見つかりません。名簿の上に 氏名・市町村・所属 などの見出しを付けてください。</translation>
    </message>
    <message>
        <source>No column holds the names. Choose “{name}” (or “{family}” and “{given}”) for the column with the names.</source>
        <translation>氏名の列がありません。氏名が入っている列で「{name}」（または「{family}」と「{given}」）を選んでください。</translation>
    </message>
    <message>
        <source>Columns {first} and {second} are both set to “{field}”.</source>
        <translation>{first}列と{second}列の両方が「{field}」になっています。</translation>
    </message>
    <message>
        <source>This file cannot be read: {reason}</source>
        <translation>このファイルは読み込めません: {reason}</translation>
    </message>
    <message>
        <source>Import Roster</source>
        <translation>名簿の取り込み</translation>
    </message>
    <message>
        <source>Import the people of an Excel (.xlsx) or CSV list. Check what each column holds and look at the preview: nothing changes until you press Import.</source>
        <translation>Excel（.xlsx）または CSV の名簿から参加者を取り込みます。各列の内容とプレビューを確認してください。［取り込む］を押すまで何も変更されません。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Choose an Excel (.xlsx) or CSV file</source>
        <translation>Excel（.xlsx）または CSV ファイルを選択</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>シート(&amp;S):</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列の内容</translation>
    </message>
    <message>
        <source>If a column was not recognised, choose what it holds.</source>
        <translation>見出しが認識されなかった列は、内容を選んでください。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>表示(&amp;H):</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>取込不可の行と注意</translation>
    </message>
</context>
<context>
    <name>RosterPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
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
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Changes: {fields}</source>
        <translation>変更: {fields}</translation>
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
    <name>ScheduleTimeline</name>
    <message>
        <source>Today</source>
        <extracomment>the navigator page of a session&apos;s phase (setup is done on the participants page)</extracomment>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>ScoringTableModel</name>
    <message>
        <source>Yes</source>
        <extracomment>(min, max, is_gate) of a criterion column, for the score delegate the criterion id of a criterion column</extracomment>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>班</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>ばらつき</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>ドット</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>{name}: a gate (yes/no); “no” rules the issue out</source>
        <translation>{name}：絶対条件（はい／いいえ）。「いいえ」の課題は対象外になります</translation>
    </message>
    <message>
        <source>{name}: {low}–{high}, weight {weight:g}</source>
        <translation>{name}：{low}〜{high}、重み {weight:g}</translation>
    </message>
    <message>
        <source>Widest gap between the trainees&apos; own scores of one criterion</source>
        <translation>同じ評価基準での、受講者個人の評点の最大の開き</translation>
    </message>
    <message>
        <source>Weighted total as a share of the best possible</source>
        <translation>満点に対する重み付き合計の割合</translation>
    </message>
    <message>
        <source>Ruled out: {gates}</source>
        <translation>対象外：{gates}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>改善テーマ</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>見送り</translation>
    </message>
    <message>
        <source>Not fully scored</source>
        <translation>未採点の基準あり</translation>
    </message>
    <message>
        <source>{name}: {low}–{high} among {count} trainees (σ {stdev:.1f})</source>
        <translation>{name}：受講者{count}人の評点は {low}〜{high}（σ {stdev:.1f}）</translation>
    </message>
</context>
<context>
    <name>SectionTableModel</name>
    <message>
        <source>Section</source>
        <translation>大項目</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>質問数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>使用中止</translation>
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
    <name>SheetChangesModel</name>
    <message>
        <source>Date</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>From the sheet</source>
        <translation>シートの内容</translation>
    </message>
</context>
<context>
    <name>StepTableModel</name>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>TableAnswerEditor</name>
    <message>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+Enter)</source>
        <translation>行を追加します（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds a row</source>
        <translation>Ctrl+Enter で行を追加</translation>
    </message>
</context>
<context>
    <name>ThemeTableModel</name>
    <message>
        <source>Trainee</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>班</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>改善テーマ</translation>
    </message>
    <message>
        <source>— none yet</source>
        <translation>— 未定</translation>
    </message>
</context>
<context>
    <name>VoterTableModel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>残り</translation>
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
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: エラー: %(message)s
</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了する</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>バージョンを表示して終了する</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r は選べません（%(choices)s から選んでください）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s の値として正しくありません: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>値が1つ必要です</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>値が1つ以上必要です</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>値は1つまでです</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>値が %s 個必要です</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>値が %s 個必要です</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>指定された値 %r は使われません</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>あいまいなオプション: %(option)s は %(matches)s のどれにも当てはまります</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と一緒には使えません</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のいずれかが必要です</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r, maybe you meant %(closest)r?</source>
        <translation>%(value)r は選べません。%(closest)r のことですか？</translation>
    </message>
</context>
</TS>
