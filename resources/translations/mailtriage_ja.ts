<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActorVerdictCommand</name>
    <message>
        <source>Use MailTriage&apos;s attribution for &quot;%1&quot;</source>
        <translation>「%1」の送信者判定を MailTriage の判定に戻す</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; as written by the %2</source>
        <translation>「%1」の送信者を%2とする</translation>
    </message>
    <message>
        <source>attacker</source>
        <translation>攻撃者</translation>
    </message>
    <message>
        <source>party</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>unknown sender</source>
        <translation>不明な送信者</translation>
    </message>
</context>
<context>
    <name>CaseEditCommand</name>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Set BEC type to %1</source>
        <translation>BEC タイプを「%1」に設定</translation>
    </message>
    <message>
        <source>Set damage to %1</source>
        <translation>被害を「%1」に設定</translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation>案件名の変更</translation>
    </message>
    <message>
        <source>Add tag &quot;%1&quot;</source>
        <translation>タグ「%1」を追加</translation>
    </message>
    <message>
        <source>Remove tag &quot;%1&quot;</source>
        <translation>タグ「%1」を削除</translation>
    </message>
</context>
<context>
    <name>DemoCase</name>
    <message>
        <source>Demo: hijacked invoice thread (fictional)</source>
        <translation>デモ: 乗っ取られた請求書スレッド（架空事例）</translation>
    </message>
    <message>
        <source>Could not write the demo file %1.</source>
        <translation>デモファイル %1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>This build has no demo files.</source>
        <translation>このビルドにはデモファイルが含まれていません。</translation>
    </message>
</context>
<context>
    <name>MailTriage::AttachmentListModel</name>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>by reference</source>
        <translation>参照のみ</translation>
    </message>
    <message>
        <source>The file name holds hidden or direction-changing characters, shown here as [U+…]: the name other programs display may hide the real extension.</source>
        <translation>ファイル名に不可視文字または表示方向を変える文字が含まれています（ここでは [U+…] と表示）。他のプログラムでは本当の拡張子が隠れて見える可能性があります。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>MailTriage::AttachmentsView</name>
    <message>
        <source>&amp;Save as...</source>
        <translation>名前を付けて保存(&amp;S)...</translation>
    </message>
    <message>
        <source>Write a copy of the attachment to a file. MailTriage never opens attachments.</source>
        <translation>添付ファイルのコピーをファイルに保存します。MailTriage が添付ファイルを開くことはありません。</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>名前を付けて保存...</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>SHA-256 をコピー</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>添付ファイルはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s). They are never opened here; save a copy to examine it in a sandbox.</source>
        <translation>
            <numerusform>添付ファイル %n 件。ここでは開きません。中身を調べる場合はコピーを保存し、サンドボックス環境で確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No attachment selected.</source>
        <translation>添付ファイルが選択されていません。</translation>
    </message>
    <message>
        <source>This attachment is only a reference to a file elsewhere; the message does not contain it.</source>
        <translation>この添付ファイルは外部ファイルへの参照のみで、メールには含まれていません。</translation>
    </message>
    <message>
        <source>The attachment&apos;s bytes are not available in this view (Outlook .msg attachments are not extracted yet).</source>
        <translation>この画面では添付ファイルのデータを取り出せません（Outlook .msg の添付ファイルの抽出は未対応です）。</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>添付ファイルの保存</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>添付ファイルに名前を付けて保存</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>MailTriage::AuthBadgeBar</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1: no verdict recorded by the receiving side</source>
        <translation>%1: 受信側の判定記録なし</translation>
    </message>
    <message>
        <source>%1: %2 (recorded by the receiving side)</source>
        <translation>%1: %2（受信側の判定）</translation>
    </message>
    <message>
        <source>verdicts of %1</source>
        <translation>%1 による判定</translation>
    </message>
    <message>
        <source>no transport headers (a sent-folder copy)</source>
        <translation>配送ヘッダーなし（送信済みフォルダーのコピー）</translation>
    </message>
    <message>
        <source>no Authentication-Results of the receiving side</source>
        <translation>受信側の Authentication-Results なし</translation>
    </message>
</context>
<context>
    <name>MailTriage::BodyView</name>
    <message>
        <source>&amp;Plain text</source>
        <translation>テキスト(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;HTML (nothing loaded)</source>
        <translation>HTML・外部読み込みなし(&amp;H)</translation>
    </message>
    <message>
        <source>Link target: %1</source>
        <translation>リンク先: %1</translation>
    </message>
    <message>
        <source>Not opened (MailTriage never follows links): %1</source>
        <translation>開いていません（MailTriage はリンクを開きません）: %1</translation>
    </message>
    <message>
        <source>(no text body)</source>
        <translation>（テキスト本文なし）</translation>
    </message>
    <message>
        <source>No HTML body.</source>
        <translation>HTML 本文はありません。</translation>
    </message>
    <message>
        <source>Remote images, style sheets and files are never loaded; links are never opened.</source>
        <translation>リモート画像・スタイルシート・ファイルは一切読み込まず、リンクも開きません。</translation>
    </message>
    <message numerus="yes">
        <source>%n resource request(s) blocked.</source>
        <translation>
            <numerusform>外部リソースの読み込み要求を %n 件ブロックしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>リンク（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n whose text names another host</source>
        <translation>
            <numerusform>うち %n 件は表示テキストと実際のリンク先のホストが異なる</numerusform>
        </translation>
    </message>
    <message>
        <source>[The text is longer; the rest is not shown here. See the Source tab or save the original.]</source>
        <translation>［本文はさらに続きますが、ここには表示していません。「ソース」タブを見るか、原本を保存してください。］</translation>
    </message>
</context>
<context>
    <name>MailTriage::CaseExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the pseudonym map saved with the case cannot be read: %1</source>
        <translation>案件に保存された仮名対応表を読み込めません: %1</translation>
    </message>
    <message>
        <source>the parser workers could not run</source>
        <translation>解析用ワーカーを実行できませんでした</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止しました</translation>
    </message>
    <message>
        <source>the case holds no message to report on (import some first)</source>
        <translation>報告対象のメールが案件にありません(先にメールを取り込んでください)</translation>
    </message>
    <message>
        <source>choose at least one format to export</source>
        <translation>出力形式を 1 つ以上選んでください</translation>
    </message>
    <message>
        <source>writing a PDF needs the GUI libraries to be initialised (a program error: the program must create a QGuiApplication)</source>
        <translation>PDF の作成には GUI ライブラリの初期化が必要です(プログラムの不具合: QGuiApplication を作成する必要があります)</translation>
    </message>
    <message>
        <source>The export was cancelled: nothing was written.</source>
        <translation>エクスポートを中止しました。ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>Anonymizing</source>
        <translation>匿名化しています</translation>
    </message>
    <message>
        <source>Writing the STIX 2.1 bundle</source>
        <translation>STIX 2.1 バンドルを書き出しています</translation>
    </message>
    <message>
        <source>Writing the CSV of indicators</source>
        <translation>指標(IoC)の CSV を書き出しています</translation>
    </message>
    <message>
        <source>Writing the PDF report</source>
        <translation>PDF レポートを書き出しています</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>MailTriage::CaseOverviewWidget</name>
    <message>
        <source>Case title</source>
        <translation>案件名</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>&amp;BEC type:</source>
        <translation>BEC タイプ(&amp;B):</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>推定:</translation>
    </message>
    <message>
        <source>&amp;Use Suggestion</source>
        <translation>推定を採用(&amp;U)</translation>
    </message>
    <message>
        <source>Tag the case with the suggested type. The decision stays yours.</source>
        <translation>推定されたタイプを案件に設定します。最終判断は分析者が行ってください。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Yes: money or data was lost</source>
        <translation>あり（金銭または情報の損失）</translation>
    </message>
    <message>
        <source>No damage</source>
        <translation>被害なし</translation>
    </message>
    <message>
        <source>&amp;Damage:</source>
        <translation>被害(&amp;D):</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>New tag, then Enter</source>
        <translation>新しいタグを入力して Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected tag (Delete)</source>
        <translation>選択したタグを削除（Delete キー）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Write a note (Ctrl+Enter adds it; notes are kept in the case record and cannot be removed)</source>
        <translation>メモを入力（Ctrl+Enter で追加。メモは案件の記録に残り、削除できません）</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>メモを追加(&amp;N)</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>Messages by finding</source>
        <translation>検出項目別のメール数</translation>
    </message>
    <message>
        <source>Double-click a finding to list its messages.</source>
        <translation>検出項目をダブルクリックすると該当するメールを一覧に表示します。</translation>
    </message>
    <message>
        <source>No case is open. Create or open one (File menu), or drop e-mail files here.</source>
        <translation>案件が開かれていません。「ファイル」メニューから案件を作成するか開くか、メールファイルをここにドロップしてください。</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>読み取り専用で開いています。</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>メモはまだありません。</translation>
    </message>
    <message>
        <source>Reading the case...</source>
        <translation>案件を読み込み中...</translation>
    </message>
    <message numerus="yes">
        <source>%n stored file(s)</source>
        <translation>
            <numerusform>保存ファイル %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct message(s)</source>
        <translation>
            <numerusform>メール %n 通（重複除く）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the attacker</source>
        <translation>
            <numerusform>攻撃者から %n 通</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>検出 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>no suggestion (no BEC pattern found)</source>
        <translation>推定なし（BEC のパターンは見つかりません）</translation>
    </message>
</context>
<context>
    <name>MailTriage::CaseSession</name>
    <message>
        <source>No case is open.</source>
        <translation>案件が開かれていません。</translation>
    </message>
    <message>
        <source>The case is open read-only.</source>
        <translation>案件は読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>変更を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation>案件を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The case is open in %1: it is shown read-only.</source>
        <translation>この案件は %1 で開かれているため、読み取り専用で表示しています。</translation>
    </message>
    <message>
        <source>The case file cannot be written here: it is shown read-only.</source>
        <translation>この場所では案件ファイルに書き込めないため、読み取り専用で表示しています。</translation>
    </message>
    <message>
        <source>%1 is being created or used by %2.</source>
        <translation>%1 は %2 が作成中または使用中です。</translation>
    </message>
    <message>
        <source>The verdict could not be saved: %1</source>
        <translation>判定を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The case is open read-only: the map cannot be saved with it.</source>
        <translation>案件が読み取り専用のため、仮名対応表を案件に保存できません。</translation>
    </message>
    <message>
        <source>The pseudonym map could not be saved: %1</source>
        <translation>仮名対応表を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>取り込みはすでに実行中です。</translation>
    </message>
    <message>
        <source>The message could not be read from the case: %1</source>
        <translation>案件からメールを読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>MailTriage::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>案件を読み込んでいます…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;An incident report to share: the analysis of this case, with the people and organisations replaced by pseudonyms.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;共有用のインシデントレポート: この案件の分析結果を、人名・組織名を仮名に置き換えて出力します。</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>出力形式</translation>
    </message>
    <message>
        <source>&amp;PDF report (J-CSIP style)</source>
        <translation>PDF レポート(J-CSIP 形式)(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;STIX 2.1 bundle</source>
        <translation>STIX 2.1 バンドル(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;CSV of indicators</source>
        <translation>指標の CSV(&amp;C)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Anonymize: replace people, organisations, addresses and internal hosts</source>
        <translation>匿名化(&amp;A): 人名・組織名・アドレス・内部ホストを仮名に置き換える</translation>
    </message>
    <message>
        <source>Also replace the attacker&apos;s &amp;indicators (otherwise kept, defanged)</source>
        <translation>攻撃者の指標も置き換える(&amp;I)(既定では無害化して残す)</translation>
    </message>
    <message>
        <source>Sharing:</source>
        <translation>共有:</translation>
    </message>
    <message>
        <source>&amp;TLP marking:</source>
        <translation>TLP 区分(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>保存先(&amp;I):</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ファイル名(&amp;N):</translation>
    </message>
    <message>
        <source>Pseudonym map</source>
        <translation>仮名対応表</translation>
    </message>
    <message>
        <source>Filter the map…</source>
        <translation>対応表を絞り込む…</translation>
    </message>
    <message>
        <source>A&amp;dd Term to Redact…</source>
        <translation>伏せる語句を追加(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Remove Term</source>
        <translation>語句を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Double-click a pseudonym to change it. Your changes are saved with the case and used by every export of it, the command line&apos;s included.</source>
        <translation>仮名をダブルクリックすると変更できます。変更は案件に保存され、コマンドラインを含むこの案件のすべてのエクスポートで使われます。</translation>
    </message>
    <message>
        <source>Preview: first page</source>
        <translation>プレビュー: 1 ページ目</translation>
    </message>
    <message>
        <source>The preview appears when the case has been read.</source>
        <translation>案件の読み込みが終わるとプレビューを表示します。</translation>
    </message>
    <message>
        <source>&amp;Update Preview</source>
        <translation>プレビューを更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Save the report in</source>
        <translation>レポートの保存先</translation>
    </message>
    <message>
        <source>The case could not be read for a report.</source>
        <translation>レポート用に案件を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Nothing to export: %1</source>
        <translation>エクスポートできる内容がありません: %1</translation>
    </message>
    <message>
        <source>No preview: the case could not be read.</source>
        <translation>プレビューなし: 案件を読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready to export.</source>
        <translation>
            <numerusform>%n 通のメールをエクスポートできます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be read again and are reported from their stored summary: %1</source>
        <translation>
            <numerusform>%n 通のメールを再読み込みできなかったため、保存済みの要約から報告します: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>出力形式を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Choose a folder and a file name.</source>
        <translation>保存先フォルダーとファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Writes %1</source>
        <translation>書き出すファイル: %1</translation>
    </message>
    <message>
        <source>replaces the existing files</source>
        <translation>既存のファイルを置き換えます</translation>
    </message>
    <message>
        <source>NOT anonymized: for internal use only</source>
        <translation>匿名化しません: 組織内での利用に限ってください</translation>
    </message>
    <message>
        <source>Add Term to Redact</source>
        <translation>伏せる語句を追加</translation>
    </message>
    <message>
        <source>A word or phrase to replace in every output (a product line, a project name):</source>
        <translation>すべての出力で置き換える語句(製品名、プロジェクト名など):</translation>
    </message>
    <message>
        <source>Write it as:</source>
        <translation>置き換え後の表記:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the map: change its pseudonym there.</source>
        <translation>「%1」はすでに対応表にあります。表の仮名を変更してください。</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>プレビューなし: %1</translation>
    </message>
    <message>
        <source>Choose at least one format, a folder and a file name.</source>
        <translation>出力形式を 1 つ以上選び、保存先フォルダーとファイル名を指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and cannot be created.</source>
        <translation>フォルダー %1 は存在せず、作成もできません。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>Wrote %1 to %2 (case %3).</source>
        <translation>%1 を %2 に書き出しました(案件 %3)。</translation>
    </message>
    <message>
        <source>The export was cancelled: nothing was written.</source>
        <translation>エクスポートを中止しました。ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>MailTriage::FindingCountModel</name>
    <message>
        <source>Finding</source>
        <translation>検出項目</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>シグナル</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メール数</translation>
    </message>
</context>
<context>
    <name>MailTriage::FindingListModel</name>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出項目</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>箇所</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
</context>
<context>
    <name>MailTriage::HeaderChainModel</name>
    <message>
        <source>%1 (rDNS %2)</source>
        <translation>%1（逆引き %2）</translation>
    </message>
    <message>
        <source> · TLS</source>
        <translation> · TLS</translation>
    </message>
    <message>
        <source>▶ receiving side starts</source>
        <translation>▶ ここから受信側</translation>
    </message>
    <message>
        <source>receiving side</source>
        <translation>受信側</translation>
    </message>
    <message>
        <source>sender side (untrusted)</source>
        <translation>送信側（信頼できない）</translation>
    </message>
    <message>
        <source>Written by the receiving organisation&apos;s own servers: its times, IPs and authentication verdicts can be trusted.</source>
        <translation>受信組織自身のサーバーが記録した行です。時刻・IP アドレス・認証結果は信頼できます。</translation>
    </message>
    <message>
        <source>Written before the message reached the receiving organisation: the sender (or an attacker) can forge this line.</source>
        <translation>メールが受信組織に届く前に記録された行です。送信者（または攻撃者）が偽装できます。</translation>
    </message>
    <message>
        <source>This hop is earlier than the one before it: the chain is out of time order (clock skew or a forged line).</source>
        <translation>このホップは一つ前のホップより時刻が早く、経路の時刻順が逆転しています（時計のずれ、または偽造された行）。</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>記載どおり: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>From host</source>
        <translation>送信元ホスト</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>受信ホスト</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>時刻（ローカル）</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻（UTC）</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>記録した側</translation>
    </message>
</context>
<context>
    <name>MailTriage::HeaderChainView</name>
    <message>
        <source>Sender fields</source>
        <translation>送信者フィールド</translation>
    </message>
    <message>
        <source>Select a finding to see the bytes it comes from.</source>
        <translation>検出項目を選択すると、その根拠となる箇所を表示します。</translation>
    </message>
    <message>
        <source>Received hops (oldest first)</source>
        <translation>Received の経路（古い順）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出項目</translation>
    </message>
    <message>
        <source>Received hops: none (a sent-folder copy or a message never transported)</source>
        <translation>Received の経路: なし（送信済みフォルダーのコピー、または配送されていないメール）</translation>
    </message>
    <message numerus="yes">
        <source>Received hops (oldest first): %n hop(s)</source>
        <translation>
            <numerusform>Received の経路（古い順）: %n ホップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written before the receiving side (can be forged)</source>
        <translation>
            <numerusform>うち %n 件は受信側より前の記録（偽装可能）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sender fields — %n mismatch(es) with From</source>
        <translation>
            <numerusform>送信者フィールド — From との不一致 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>検出項目（%1）</translation>
    </message>
    <message>
        <source>(this finding is not tied to bytes of the message)</source>
        <translation>（この検出項目はメール内の特定の箇所に対応していません）</translation>
    </message>
    <message numerus="yes">
        <source>Reading notes (%n): what the reader could not read as written, or left out</source>
        <translation>
            <numerusform>読み取りメモ (%n 件): そのままでは読めなかった箇所、または読み取りを省いた箇所</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailTriage::ImportErrorsDialog</name>
    <message>
        <source>Files that could not be imported</source>
        <translation>取り込めなかったファイル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>一覧をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MailTriage::ImportProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Stop the import after the current batch; what was imported stays in the case.</source>
        <translation>処理中の単位が終わった時点で取り込みを中止します。取り込み済みのメールは案件に残ります。</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>中止しています...</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>取り込み中...</translation>
    </message>
    <message>
        <source>%1 / %2 files</source>
        <translation>%1 / %2 ファイル</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 通</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 通/秒</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailTriage::LinkListModel</name>
    <message>
        <source>(no text)</source>
        <translation>（テキストなし）</translation>
    </message>
    <message>
        <source>text names another host</source>
        <translation>表示と実際のホストが異なる</translation>
    </message>
    <message>
        <source>Shown text</source>
        <translation>表示テキスト</translation>
    </message>
    <message>
        <source>Real target</source>
        <translation>実際のリンク先</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>MailTriage::MainWindow</name>
    <message>
        <source>&amp;Header Chain</source>
        <translation>ヘッダー経路(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>ソース(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>本文(&amp;B)</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>添付ファイル(&amp;T)</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>タイムライン(&amp;M)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>That message is not in the list.</source>
        <translation>そのメールは一覧にありません。</translation>
    </message>
    <message>
        <source>Analysing the case...</source>
        <translation>案件を分析中...</translation>
    </message>
    <message>
        <source>Reading messages %1 / %2...</source>
        <translation>メールを読み込み中 %1 / %2...</translation>
    </message>
    <message>
        <source>MailTriage</source>
        <translation>MailTriage</translation>
    </message>
    <message>
        <source>&amp;New Case...</source>
        <translation>新規案件(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open Case...</source>
        <translation>案件を開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Demo Case</source>
        <translation>デモ案件を開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import Files...</source>
        <translation>ファイルを取り込む(&amp;I)...</translation>
    </message>
    <message>
        <source>Import &amp;Folder...</source>
        <translation>フォルダーを取り込む(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation>案件を閉じる(&amp;C)</translation>
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
        <source>&amp;Find Messages...</source>
        <translation>メールを検索(&amp;F)...</translation>
    </message>
    <message>
        <source>Add &amp;Tag...</source>
        <translation>タグを追加(&amp;T)...</translation>
    </message>
    <message>
        <source>Add &amp;Note...</source>
        <translation>メモを追加(&amp;N)...</translation>
    </message>
    <message>
        <source>Damage &amp;Unknown</source>
        <translation>被害: 不明(&amp;U)</translation>
    </message>
    <message>
        <source>Damage &amp;Yes</source>
        <translation>被害: あり(&amp;Y)</translation>
    </message>
    <message>
        <source>Damage &amp;No</source>
        <translation>被害: なし(&amp;N)</translation>
    </message>
    <message>
        <source>Message &amp;List</source>
        <translation>メール一覧(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Next Message</source>
        <translation>次のメール(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Message</source>
        <translation>前のメール(&amp;P)</translation>
    </message>
    <message>
        <source>Show Finding in &amp;Source</source>
        <translation>検出箇所をソースで表示(&amp;S)</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>レイアウトを初期状態に戻す(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使った案件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;BEC Type</source>
        <translation>BEC タイプ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Damage</source>
        <translation>被害(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Case Overview</source>
        <translation>案件の概要(&amp;C)</translation>
    </message>
    <message>
        <source>Timeline &amp;Zoom</source>
        <translation>タイムラインの拡大・縮小(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About MailTriage</source>
        <translation>MailTriage について(&amp;A)</translation>
    </message>
    <message>
        <source>%1 — MailTriage</source>
        <translation>%1 — MailTriage</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>案件を開く</translation>
    </message>
    <message>
        <source>Wait for the import to finish (or cancel it) before opening another case.</source>
        <translation>別の案件を開く前に、取り込みの完了を待つか中止してください。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新規案件</translation>
    </message>
    <message>
        <source>Wait for the import to finish (or cancel it) before creating another case.</source>
        <translation>新しい案件を作成する前に、取り込みの完了を待つか中止してください。</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>MailTriage cases (*.%1)</source>
        <translation>MailTriage 案件ファイル (*.%1)</translation>
    </message>
    <message>
        <source>Case title:</source>
        <translation>案件名:</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation>%1 は既に存在します。そのファイルを開くか、別の名前を指定してください。</translation>
    </message>
    <message>
        <source>MailTriage cases (*.%1);;All files (*)</source>
        <translation>MailTriage 案件ファイル (*.%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>メールの取り込み</translation>
    </message>
    <message>
        <source>E-mail files (*.eml *.msg *.mbox);;All files (*)</source>
        <translation>メールファイル (*.eml *.msg *.mbox);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import a folder of messages</source>
        <translation>メールのフォルダーを取り込む</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>案件を閉じる</translation>
    </message>
    <message>
        <source>Wait for the import to finish (or cancel it) before closing the case.</source>
        <translation>案件を閉じる前に、取り込みの完了を待つか中止してください。</translation>
    </message>
    <message>
        <source>Case of %1</source>
        <translation>%1 の案件</translation>
    </message>
    <message>
        <source>Created a new case for the dropped files: %1</source>
        <translation>ドロップされたファイル用に新しい案件を作成しました: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>The case is open read-only; nothing can be imported into it.</source>
        <translation>案件が読み取り専用で開かれているため、取り込みできません。</translation>
    </message>
    <message>
        <source>Queued: the files will be imported after the running import.</source>
        <translation>待機中: 実行中の取り込みが終わった後に取り込みます。</translation>
    </message>
    <message>
        <source>The parser worker program (mailtriage-worker) was not found: files are parsed inside MailTriage itself, without the sandbox.</source>
        <translation>解析用ワーカー (mailtriage-worker) が見つからないため、サンドボックスを使わずに MailTriage 本体でファイルを解析しています。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s)</source>
        <translation>
            <numerusform>%n 通を取り込みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the case</source>
        <translation>
            <numerusform>%n 通は取り込み済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Import cancelled: </source>
        <translation>取り込みを中止しました: </translation>
    </message>
    <message>
        <source>The import could not run: %1</source>
        <translation>取り込みを実行できませんでした: %1</translation>
    </message>
    <message>
        <source>The import stopped: %1. What was imported before stays in the case; importing the same files again continues.</source>
        <translation>取り込みが停止しました: %1。それまでに取り込んだメールは案件に残ります。同じファイルをもう一度取り込むと続きから処理します。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or message(s) could not be imported. The other files were imported.</source>
        <translation>
            <numerusform>%n 件のファイルまたはメールを取り込めませんでした。その他のファイルは取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo case</source>
        <translation>デモ案件</translation>
    </message>
    <message>
        <source>Could not prepare the demo files.</source>
        <translation>デモファイルを準備できませんでした。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>A&amp;ttachments (%1)</source>
        <translation>添付ファイル（%1）(&amp;T)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No case is open.&lt;/b&gt; Create one with File &amp;gt; New Case, open one, try the demo case (File &amp;gt; Open Demo Case), or drop .eml, .msg or .mbox files and folders here.</source>
        <translation>&lt;b&gt;案件が開かれていません。&lt;/b&gt;「ファイル &amp;gt; 新規案件」で作成するか既存の案件を開く、デモ案件を試す（ファイル &amp;gt; デモ案件を開く）、または .eml・.msg・.mbox ファイルやフォルダーをここにドロップしてください。</translation>
    </message>
    <message>
        <source>This case has no messages yet: drop .eml, .msg or .mbox files or folders here, or use File &amp;gt; Import.</source>
        <translation>この案件にはまだメールがありません。.eml・.msg・.mbox ファイルやフォルダーをここにドロップするか、「ファイル &amp;gt; ファイルを取り込む」を使ってください。</translation>
    </message>
    <message>
        <source>Select a message in the list or on the timeline.</source>
        <translation>一覧またはタイムラインでメールを選択してください。</translation>
    </message>
    <message>
        <source>ATTACKER</source>
        <translation>攻撃者</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>copies: %1</source>
        <translation>保存元: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language is used from the next start of MailTriage. Restart now?</source>
        <translation>新しい言語は MailTriage の次回起動時から使われます。今すぐ再起動しますか？</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>About MailTriage</source>
        <translation>MailTriage について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MailTriage %1&lt;/h3&gt;&lt;p&gt;A workbench for triaging suspicious e-mail and business e-mail compromise cases.&lt;/p&gt;&lt;p&gt;Messages are evidence: nothing in them is executed, fetched or opened. Syntax highlighting of the raw source by KSyntaxHighlighting.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MailTriage %1&lt;/h3&gt;&lt;p&gt;不審メールとビジネスメール詐欺（BEC）案件をトリアージするためのワークベンチです。&lt;/p&gt;&lt;p&gt;メールは証拠として扱い、その中身を実行・取得・オープンすることは一切ありません。生ソースの構文ハイライトには KSyntaxHighlighting を使用しています。&lt;/p&gt;&lt;p&gt;ライセンス: GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>取り込み実行中</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit? What was imported so far stays in the case.</source>
        <translation>取り込みがまだ実行中です。中止して終了しますか？ それまでに取り込んだメールは案件に残ります。</translation>
    </message>
    <message>
        <source>&amp;Export Report...</source>
        <translation>レポートをエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>The anonymized incident report (PDF), STIX 2.1 and CSV of the case</source>
        <translation>案件の匿名化インシデントレポート(PDF)、STIX 2.1、CSV</translation>
    </message>
    <message>
        <source>&amp;MailTriage&apos;s Attribution</source>
        <translation>MailTriage の判定(&amp;M)</translation>
    </message>
    <message>
        <source>A &amp;Party (Not the Attacker)</source>
        <translation>当事者(攻撃者ではない)(&amp;P)</translation>
    </message>
    <message>
        <source>The &amp;Attacker</source>
        <translation>攻撃者(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Unknown Sender</source>
        <translation>不明な送信者(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Who Wrote This Message</source>
        <translation>このメールの送信者(&amp;W)</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>取り込みを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>Open a case and wait for its analysis before exporting a report.</source>
        <translation>レポートをエクスポートするには、案件を開いて分析の完了を待ってください。</translation>
    </message>
</context>
<context>
    <name>MailTriage::MessageListModel</name>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>シグナル</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>MailTriage::MessageListPanel</name>
    <message>
        <source>Search subject, addresses, names and text (Ctrl+F)</source>
        <translation>件名・アドレス・名前・本文を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>関係者(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>区分(&amp;A):</translation>
    </message>
    <message>
        <source>Si&amp;gnal:</source>
        <translation>シグナル(&amp;G):</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>重大度(&amp;V):</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Low or higher</source>
        <translation>低以上</translation>
    </message>
    <message>
        <source>Medium or higher</source>
        <translation>中以上</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高のみ</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Any finding</source>
        <translation>検出ありのみ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2 件</translation>
    </message>
</context>
<context>
    <name>MailTriage::PartyListModel</name>
    <message>
        <source>Domains: %1</source>
        <translation>ドメイン: %1</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>レーン</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>MailTriage::PseudonymMapModel</name>
    <message>
        <source>organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>company word</source>
        <translation>社名の語</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>domain label</source>
        <translation>ドメインの名前部分</translation>
    </message>
    <message>
        <source>look-alike domain</source>
        <translation>類似ドメイン</translation>
    </message>
    <message>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人名</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>イニシャル</translation>
    </message>
    <message>
        <source>mailbox name</source>
        <translation>アドレスのローカル部</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>IP network</source>
        <translation>IP ネットワーク</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>銀行口座</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <source>attacker domain</source>
        <translation>攻撃者のドメイン</translation>
    </message>
    <message>
        <source>attacker address</source>
        <translation>攻撃者のアドレス</translation>
    </message>
    <message>
        <source>attacker IP</source>
        <translation>攻撃者の IP</translation>
    </message>
    <message>
        <source>your term</source>
        <translation>追加した語句</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>attachment names</source>
        <translation>添付ファイル名</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not found in the messages&apos; subjects, addresses, bodies or attachment names; it may occur in headers or be derived from another entry.</source>
        <translation>メールの件名・アドレス・本文・添付ファイル名には見つかりません。ヘッダー内にあるか、別の項目から派生した値です。</translation>
    </message>
    <message>
        <source>the organisation of party %1</source>
        <translation>当事者 %1 の組織</translation>
    </message>
    <message>
        <source>Real value</source>
        <translation>実際の値</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>仮名</translation>
    </message>
    <message>
        <source>Pseudonym (Japanese)</source>
        <translation>仮名(日本語)</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>出現箇所</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>回数</translation>
    </message>
</context>
<context>
    <name>MailTriage::SenderFieldsModel</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>同一組織</translation>
    </message>
    <message>
        <source>differs from From</source>
        <translation>From と不一致</translation>
    </message>
    <message>
        <source>The %1 domain %2 does not belong to the From domain&apos;s organisation.</source>
        <translation>%1 のドメイン %2 は From ドメインの組織に属していません。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Compared with From</source>
        <translation>From との比較</translation>
    </message>
</context>
<context>
    <name>MailTriage::SourceView</name>
    <message>
        <source>This message is %1; only the first %2 are shown here. Findings beyond that point cannot be marked. Save the original from the case to read all of it.</source>
        <translation>このメールのサイズは %1 です。ここでは先頭の %2 のみ表示しており、それ以降にある検出箇所はマークできません。全体を確認するには案件から原本を保存してください。</translation>
    </message>
    <message>
        <source>Syntax highlighting is off: kate-syntax-highlighter is not installed (Debian package libkf5syntaxhighlighting-tools).</source>
        <translation>構文ハイライトは無効です: kate-syntax-highlighter がインストールされていません（Debian パッケージ libkf5syntaxhighlighting-tools）。</translation>
    </message>
    <message>
        <source>Highlighted by %1.</source>
        <translation>%1 でハイライト表示しています。</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 を読み込み中...</translation>
    </message>
    <message>
        <source>Loading... %1 %</source>
        <translation>読み込み中... %1 %</translation>
    </message>
</context>
<context>
    <name>MailTriage::TimelinePanel</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Readable Size</source>
        <translation>標準サイズ(&amp;R)</translation>
    </message>
    <message>
        <source>Export as &amp;PNG...</source>
        <translation>PNG で書き出し(&amp;P)...</translation>
    </message>
    <message>
        <source>Export as &amp;SVG...</source>
        <translation>SVG で書き出し(&amp;S)...</translation>
    </message>
    <message>
        <source>full detail</source>
        <translation>詳細表示</translation>
    </message>
    <message>
        <source>one line per message</source>
        <translation>1 通 1 行</translation>
    </message>
    <message>
        <source>arrows only, some time labels</source>
        <translation>矢印のみ（時刻ラベルは間引き）</translation>
    </message>
    <message>
        <source>clustered: several messages per arrow</source>
        <translation>集約表示（矢印 1 本に複数のメール）</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; attacker messages · dotted line: more than 12 h between messages · %2 · Ctrl+wheel zooms</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; 攻撃者のメール · 点線: 前のメールから 12 時間以上 · %2 · Ctrl+ホイールで拡大・縮小</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>タイムラインの書き出し</translation>
    </message>
</context>
<context>
    <name>MailTriage::TimelineView</name>
    <message>
        <source>The timeline appears once the case has messages and has been analysed.</source>
        <translation>案件にメールが取り込まれ、分析が終わるとタイムラインが表示されます。</translation>
    </message>
    <message>
        <source>%1 after the previous message</source>
        <translation>前のメールから %1 後</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>attacker</source>
        <translation>攻撃者</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>ローカル時刻</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メール</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 通</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the attacker</source>
        <translation>
            <numerusform>攻撃者から %n 通</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>Case timeline exported by MailTriage</source>
        <translation>MailTriage で書き出した案件のタイムライン</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>記載どおり: %1</translation>
    </message>
    <message>
        <source>From: %1
To/Cc: %2</source>
        <translation>差出人: %1
宛先/CC: %2</translation>
    </message>
    <message>
        <source>Highest severity: %1</source>
        <translation>最大重大度: %1</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>attacker</source>
        <translation>攻撃者</translation>
    </message>
    <message>
        <source>party</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>X (attacker)</source>
        <translation>X（攻撃者）</translation>
    </message>
    <message>
        <source>? (unknown)</source>
        <translation>?（不明）</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform>（他 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 (analyst)</source>
        <translation>%1(分析者の判定)</translation>
    </message>
    <message>
        <source>Set by the analyst (Edit &gt; Who Wrote This Message); MailTriage found: %1</source>
        <translation>分析者が設定しました(編集 &gt; このメールの送信者)。MailTriage の判定: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Triage workbench for suspicious e-mail and business e-mail compromise cases.</source>
        <translation>不審メールとビジネスメール詐欺（BEC）案件のトリアージ用ワークベンチ。</translation>
    </message>
    <message>
        <source>Open the bundled demo case (imported on first use).</source>
        <translation>同梱のデモ案件を開きます（初回は取り込みを行います）。</translation>
    </message>
    <message>
        <source>A case file to open, or .eml/.msg/.mbox files and folders to import into a new case.</source>
        <translation>開く案件ファイル、または新しい案件に取り込む .eml/.msg/.mbox ファイルやフォルダー。</translation>
    </message>
</context>
</TS>
