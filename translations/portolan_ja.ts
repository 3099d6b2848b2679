<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+43"/>
        <source>Which process holds this port?</source>
        <translation>このポートを使っているのはどのプロセスか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log level: trace, debug, info, warn, error, off.</source>
        <translation>ログ レベル: trace、debug、info、warn、error、off。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read /proc/net instead of NETLINK_SOCK_DIAG (Linux).</source>
        <translation>NETLINK_SOCK_DIAG の代わりに /proc/net を読み取ります (Linux)。</translation>
    </message>
    <message>
        <location filename="../app/gui_options.cpp" line="+21"/>
        <source>Refresh interval in milliseconds (default: the last one used, else 1000).</source>
        <translation>更新間隔（ミリ秒）。既定値は前回使った値、なければ 1000。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with refreshes paused.</source>
        <translation>更新を一時停止した状態で起動します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The view to start in: table or processes.</source>
        <translation>起動時のビュー: table (表) または processes (プロセス)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low-bandwidth mode, for remote desktops: no row highlighting, no animations, slower refresh.</source>
        <translation>低帯域モード (リモートデスクトップ向け): 行の強調表示なし、アニメーションなし、更新を遅くします。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+2"/>
        <source>Quit after this many milliseconds (scripted runs and screenshots).</source>
        <translation>指定したミリ秒後に終了します (スクリプト実行とスクリーンショット用)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --quit-after: save a picture of the window to this file first.</source>
        <translation>--quit-after と併用: 終了前にウィンドウの画像をこのファイルに保存します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The interface language: %1, or system (the default).</source>
        <translation>表示言語: %1、または system (既定)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A capture to open (netstat, ss, TCPView, PowerShell, Portolan JSON); a second one is compared with the first.</source>
        <translation>開くキャプチャ (netstat、ss、TCPView、PowerShell、Portolan JSON)。2 つ目を指定すると 1 つ目と比較します。</translation>
    </message>
</context>
<context>
    <name>portolan::AddressResolving</name>
    <message>
        <location filename="../app/address_resolving.cpp" line="+17"/>
        <source>Resol&amp;ve remote addresses</source>
        <translation>リモート アドレスを解決(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the remote host&apos;s DNS name in the Remote host column (looked up for the rows on screen only, in the background)</source>
        <translation>リモート ホストの DNS 名を [リモート ホスト] 列に表示します (画面に表示されている行についてのみ、バックグラウンドで検索します)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remote addresses are resolved again (%L1 endpoints)</source>
        <translation>リモート アドレスの解決を再開しました (エンドポイント %L1 個)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crowded host (%L1 endpoints): remote addresses are no longer resolved; Ctrl+R turns it back on</source>
        <translation>過密ホスト (エンドポイント %L1 個): リモート アドレスの解決を停止しました。Ctrl+R で再び有効にできます</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogueDialog</name>
    <message>
        <location filename="../widgets/catalogue_dialog.cpp" line="+44"/>
        <source>Known-service catalogue</source>
        <translation>既知のサービスのカタログ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>定義元</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your overrides (%1). An entry with a shipped id changes only the fields it gives; &quot;enabled&quot;: false removes one; a new id adds one.</source>
        <translation>ユーザー定義の上書き (%1)。付属の ID を持つエントリは指定したフィールドだけを変更し、&quot;enabled&quot;: false で削除、新しい ID で追加します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems.</source>
        <translation>問題はありません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not saved:
%1</source>
        <translation>保存されていません:
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>portolan::CompareDialog</name>
    <message>
        <location filename="../widgets/compare_dialog.cpp" line="+33"/>
        <source>Compare: %1 → %2</source>
        <translation>比較: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 added, %L2 removed, %L3 changed, %L4 unchanged (%L5 → %L6 endpoints)</source>
        <translation>追加 %L1、削除 %L2、変更 %L3、変更なし %L4 (エンドポイント %L5 → %L6)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>Process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delta</source>
        <translation>差分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — the first %L1 rows are listed; `portolan diff` prints all</source>
        <translation> — 最初の %L1 行を表示しています。すべて表示するには `portolan diff` を使います</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per process</source>
        <translation>プロセス別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints</source>
        <translation>エンドポイント</translation>
    </message>
</context>
<context>
    <name>portolan::ConflictPanel</name>
    <message>
        <location filename="../widgets/conflict_panel.cpp" line="+19"/>
        <source>critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown holder</source>
        <translation>不明な保持者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk</source>
        <translation>リスクあり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked ephemeral ports</source>
        <translation>ブロックされたエフェメラル ポート</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS server socket pool</source>
        <translation>DNS サーバーのソケット プール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UDP socket pool</source>
        <translation>UDP ソケット プール</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fix…</source>
        <translation>修正…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo last fix</source>
        <translation>最後の修正を元に戻す</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflict findings</source>
        <translation>競合の検出事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known-service ports held by the wrong process, most severe first</source>
        <translation>誤ったプロセスが保持している既知のサービスのポート (重大なものから順に表示)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding details</source>
        <translation>検出事項の詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a fix for the selected finding and show it before anything changes</source>
        <translation>選択した検出事項の修正を計画し、何かを変更する前にその内容を表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last fix applied from this window</source>
        <translation>このウィンドウから適用した最後の修正を元に戻します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held by</source>
        <translation>保持しているプロセス</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&lt;p&gt;No known-service port is held by an unexpected process.&lt;/p&gt;</source>
        <translation>&lt;p&gt;既知のサービスのポートを想定外のプロセスが保持している例はありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;出典:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Fixes:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;修正方法:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Apply with &lt;code&gt;portolan fix %1 --plan-out plan.json&lt;/code&gt;, review the plan, then &lt;code&gt;portolan apply plan.json&lt;/code&gt; (it elevates, backs up and verifies; &lt;code&gt;portolan undo&lt;/code&gt; restores).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;code&gt;portolan fix %1 --plan-out plan.json&lt;/code&gt; で計画を作成して確認し、&lt;code&gt;portolan apply plan.json&lt;/code&gt; で適用します (権限の昇格、バックアップ、検証を行います。&lt;code&gt;portolan undo&lt;/code&gt; で元に戻せます)。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;p&gt;%Ln evidence row(s) selected in the table.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;根拠となる %Ln 行を表で選択しました。&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ElevatedCliRun</name>
    <message>
        <location filename="../app/elevated_cli_run.cpp" line="+23"/>
        <source>Cannot start %1: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create a temporary file: %1</source>
        <translation>一時ファイルを作成できません: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>portolan-cli exited with code %1 and left no result.</source>
        <translation>portolan-cli はコード %1 で終了し、結果を残しませんでした。</translation>
    </message>
</context>
<context>
    <name>portolan::EndpointTableModel</name>
    <message>
        <location filename="../model/qt/endpoint_table_model.cpp" line="+79"/>
        <source>Process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local address</source>
        <translation>ローカル アドレス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local port</source>
        <translation>ローカル ポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote address</source>
        <translation>リモート アドレス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote port</source>
        <translation>リモート ポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First seen</source>
        <translation>初回検出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote host</source>
        <translation>リモート ホスト</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source> (+%Ln more)</source>
        <comment>other processes sharing the socket</comment>
        <translation>
            <numerusform> (他 %Ln 個)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[time wait]</source>
        <comment>socket held by the kernel after close, no process</comment>
        <translation>[TIME_WAIT]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[system]</source>
        <translation>[システム]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[access denied]</source>
        <translation>[アクセス拒否]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[pid %1]</source>
        <translation>[PID %1]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[unknown]</source>
        <translation>[不明]</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name lookups are off (View &gt; Resolve remote addresses)</source>
        <translation>名前の解決はオフです ([表示] &gt; [リモート アドレスを解決])</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up the name…</source>
        <translation>名前を検索しています…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No name: %1</source>
        <translation>名前なし: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>TCPv6</source>
        <translation>TCPv6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UDPv6</source>
        <translation>UDPv6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
</context>
<context>
    <name>portolan::EndpointTableView</name>
    <message>
        <location filename="../widgets/endpoint_table_view.cpp" line="+17"/>
        <source>Endpoint table</source>
        <translation>エンドポイント表</translation>
    </message>
</context>
<context>
    <name>portolan::ExhaustionPanel</name>
    <message>
        <location filename="../widgets/exhaustion_panel.cpp" line="+27"/>
        <source>[time wait]</source>
        <translation>[TIME_WAIT]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[system]</source>
        <translation>[システム]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[access denied]</source>
        <translation>[アクセス拒否]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other processes</source>
        <translation>その他のプロセス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[unknown]</source>
        <translation>[不明]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Range / consumer</source>
        <translation>範囲 / 使用元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dynamic range usage</source>
        <translation>動的ポート範囲の使用状況</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each dynamic port range with its top consumers, the TIME_WAIT owners and the busiest remote endpoints</source>
        <translation>各動的ポート範囲と、その上位の使用元、TIME_WAIT の所有者、最も多く使われているリモート エンドポイント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhaustion warnings</source>
        <translation>枯渇の警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic ports in use per process over time</source>
        <translation>プロセス別の使用中の動的ポートの推移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dynamic ports in use per process</source>
        <translation>プロセス別の使用中の動的ポート</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2 %3–%4</source>
        <translation>%1 %2 %3–%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+35"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 holds %2 of the %3 dynamic range</source>
        <translation>%1 が動的ポート範囲 %3 の %2 を使用しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1 of the %2 dynamic range is free</source>
        <translation>動的ポート範囲 %2 の空きは %1 だけです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 dynamic range is exhausted</source>
        <translation>動的ポート範囲 %1 が枯渇しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 dynamic range has no usable port</source>
        <translation>動的ポート範囲 %1 に使用できるポートがありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No exhaustion warnings.</source>
        <translation>枯渇の警告はありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 dynamic %3–%4</source>
        <translation>%1 %2 動的 %3–%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in use</source>
        <translation>%1 使用中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 free</source>
        <translation>空き %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 usable of %2; %3 reserved or excluded; from %4</source>
        <translation>%2 のうち %1 が使用可能、%3 が予約済みまたは除外、取得元: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+59"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>TIME_WAIT by owner</source>
        <translation>所有者別の TIME_WAIT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unattributed (client side)</source>
        <translation>割り当てなし (クライアント側)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by the listening port</source>
        <translation>待ち受けポートから判定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top remote endpoints</source>
        <translation>上位のリモート エンドポイント</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 established, %2 TIME_WAIT</source>
        <translation>確立 %1、TIME_WAIT %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>portolan::FilterBar</name>
    <message>
        <location filename="../widgets/filter_bar.cpp" line="+50"/>
        <source>Hide &amp;loopback</source>
        <translation>ループバックを隠す(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only liste&amp;ning</source>
        <translation>待ち受けのみ(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the &amp;dynamic range</source>
        <translation>動的範囲内のみ(&amp;Y)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dele&amp;te</source>
        <translation>削除(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TCP and UDP</source>
        <translation>TCP と UDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 と IPv6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+195"/>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>name contains</source>
        <translation>名前に含む文字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 1024-5000</source>
        <translation>例: 1024-5000</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>local side</source>
        <translation>ローカル側</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remote side</source>
        <translation>リモート側</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either side</source>
        <translation>どちらか一方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which port of a connection the range applies to</source>
        <translation>範囲をどちらのポートに適用するか</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide sockets on 127.0.0.0/8 and ::1</source>
        <translation>127.0.0.0/8 と ::1 のソケットを隠します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP listeners, and UDP sockets that receive from anyone</source>
        <translation>待ち受け中の TCP と、誰からでも受信する UDP ソケット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local port inside this machine&apos;s dynamic (ephemeral) port range</source>
        <translation>ローカルポートがこのマシンの動的（エフェメラル）ポート範囲内にあるもの</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved filters</source>
        <translation>保存したフィルター</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the current filter as a preset</source>
        <translation>現在のフィルターをプリセットとして保存します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected preset</source>
        <translation>選択したプリセットを削除します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear</source>
        <translation>クリア(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every row again</source>
        <translation>すべての行を再び表示します</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P&amp;rotocol:</source>
        <translation>プロトコル(&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fa&amp;mily:</source>
        <translation>アドレス種別(&amp;M):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Ports:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pre&amp;set:</source>
        <translation>プリセット(&amp;S):</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Pr&amp;ocess:</source>
        <translation>プロセス(&amp;O):</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>(no preset)</source>
        <translation>（プリセットなし）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save filter preset</source>
        <translation>フィルターのプリセットを保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of this filter:</source>
        <translation>このフィルターの名前:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>States: %L1</source>
        <translation>状態: %L1</translation>
    </message>
</context>
<context>
    <name>portolan::FixPreviewDialog</name>
    <message>
        <location filename="../widgets/fix_preview_dialog.cpp" line="+17"/>
        <source>Fix: preview of every change</source>
        <translation>修正: すべての変更のプレビュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Takes effect</source>
        <translation>反映のタイミング</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A reboot is needed before some values take effect.</source>
        <translation>一部の値を反映するには再起動が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restarts %1.</source>
        <translation>%1 を再起動します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been changed yet. Apply asks for administrator rights, saves every previous value in a journal first, applies, and reads each value back; Undo restores from that journal.</source>
        <translation>まだ何も変更されていません。[適用] は管理者権限を要求し、まず変更前の値をすべてジャーナルに保存してから適用し、各値を読み戻して確認します。[元に戻す] はそのジャーナルから復元します。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not everything was applied:</source>
        <translation>一部は適用されませんでした:</translation>
    </message>
</context>
<context>
    <name>portolan::HostNameCache</name>
    <message>
        <location filename="../model/qt/host_name_cache.cpp" line="+36"/>
        <source>no PTR record</source>
        <translation>PTR レコードなし</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 of the captured machine&apos;s own network: not looked up here</source>
        <translation>キャプチャ元のマシン自身のネットワークの%1: ここでは解決しません</translation>
    </message>
</context>
<context>
    <name>portolan::LanguageMenu</name>
    <message>
        <location filename="../app/translation_loader.cpp" line="+21"/>
        <source>The language changes when Portolan is started again.</source>
        <translation>言語は Portolan の次回起動時に切り替わります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../widgets/language_menu.cpp" line="+9"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>portolan::MainWindow</name>
    <message>
        <location filename="../app/main_window.cpp" line="+88"/>
        <location line="+752"/>
        <source>Portolan — live</source>
        <translation>Portolan — ライブ</translation>
    </message>
    <message>
        <location line="-752"/>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Recording</source>
        <translation>記録</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter &amp;bar</source>
        <translation>フィルターバー(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the filters: protocol, family, state, process, ports, presets (Ctrl+Shift+F)</source>
        <translation>フィルターを表示: プロトコル、アドレス種別、状態、プロセス、ポート、プリセット (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset to &amp;defaults</source>
        <translation>既定に戻す(&amp;D)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open capture…</source>
        <translation>キャプチャを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a capture</source>
        <translation>キャプチャを開く</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Captures (*.txt *.log *.csv *.json *.out);;All files (*)</source>
        <translation>キャプチャ (*.txt *.log *.csv *.json *.out);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mpare with capture…</source>
        <translation>キャプチャと比較(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with a capture</source>
        <translation>キャプチャと比較</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to &amp;live</source>
        <translation>ライブに戻る(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replay recording…</source>
        <translation>記録を再生(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay a recording</source>
        <translation>記録を再生</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Portolan recordings (*.jsonl *.recording);;All files (*)</source>
        <translation>Portolan の記録 (*.jsonl *.recording);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;cord session to…</source>
        <translation>セッションを記録(&amp;C)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record every snapshot to</source>
        <translation>すべてのスナップショットの記録先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portolan recordings (*.jsonl)</source>
        <translation>Portolan の記録 (*.jsonl)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save snapshot…</source>
        <translation>スナップショットを保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+654"/>
        <source>Save snapshot</source>
        <translation>スナップショットを保存</translation>
    </message>
    <message>
        <location line="-654"/>
        <source>Portolan snapshot (*.json)</source>
        <translation>Portolan スナップショット (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export view…</source>
        <translation>ビューをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the current view</source>
        <translation>現在のビューをエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML report (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>HTML レポート (*.html);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter…</source>
        <translation>フィルター(&amp;F)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Known-service &amp;catalogue…</source>
        <translation>既知のサービスのカタログ(&amp;K)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Table</source>
        <translation>表(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Processes</source>
        <translation>プロセス(&amp;P)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lo&amp;w bandwidth</source>
        <translation>低帯域(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For remote desktops: no green and red rows, no animations, a refresh every %L1 s at most</source>
        <translation>リモートデスクトップ向け: 緑と赤の行なし、アニメーションなし、更新は最短でも %L1 秒ごと</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;hresholds…</source>
        <translation>しきい値(&amp;H)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How to read this…</source>
        <translation>Portolan の見方(&amp;H)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About Portolan</source>
        <translation>Portolan について(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Portolan</source>
        <translation>Portolan について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Portolan&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Which process holds this port, and is that the process that should?&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Portolan&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;このポートを使っているのはどのプロセスか、そしてそれは本来使うべきプロセスか。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by process</source>
        <translation>プロセス別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by service</source>
        <translation>サービス別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by remote address</source>
        <translation>リモート アドレス別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by local port range</source>
        <translation>ローカル ポート範囲別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the process view groups endpoints</source>
        <translation>プロセス ビューでのエンドポイントのグループ化方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the process view</source>
        <translation>プロセスビューのグループ化</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> Interval: </source>
        <translation> 間隔: </translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/window_settings.cpp" line="+179"/>
        <source>%L1 s</source>
        <translation>%L1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh interval</source>
        <translation>更新間隔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide others</source>
        <translation>ほかを非表示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing only these local ports (from the histogram). Click to show all.</source>
        <translation>これらのローカル ポートだけを表示しています (ヒストグラムから)。クリックするとすべて表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local port filter</source>
        <translation>ローカルポートのフィルター</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Port ranges</source>
        <translation>ポート範囲</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exhaustion</source>
        <translation>枯渇</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Docked panels</source>
        <translation>ドッキングされたパネル</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>DNS server socket pool</source>
        <translation>DNS サーバーのソケット プール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UDP socket pool</source>
        <translation>UDP ソケット プール</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Ports %1–%2 ✕</source>
        <translation>ポート %1–%2 ✕</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>● Replay: %1 (%L2 of %L3)</source>
        <translation>● 再生中: %1 (%L2 / %L3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Capture: %1</source>
        <translation>● キャプチャ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Not live</source>
        <translation>● ライブではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Live, recording to %1</source>
        <translation>● ライブ、%1 に記録中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Paused</source>
        <translation>● 一時停止中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● Live</source>
        <translation>● ライブ</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+137"/>
        <source>Cannot open capture</source>
        <translation>キャプチャを開けません</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Portolan — %1 (%2) — capture, read-only</source>
        <translation>Portolan — %1 (%2) — キャプチャ、読み取り専用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>separator of the capture&apos;s details in the title</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 rows loaded, %L2 skipped, %L3 lines were not rows</source>
        <translation>%L1 行を読み込み、%L2 行をスキップ、%L3 行はデータ行ではありませんでした</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and %L1 more</source>
        <translation>… ほか %L1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some rows could not be read</source>
        <translation>一部の行を読み取れませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 of %L2 rows in %3 could not be read; everything else is shown.</source>
        <translation>%3 の %L2 行のうち %L1 行を読み取れませんでした。それ以外はすべて表示しています。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is nothing to compare yet.</source>
        <translation>比較できるものがまだありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>capture %1</source>
        <translation>キャプチャ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live on %1</source>
        <translation>%1 のライブ</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+45"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Portolan report</source>
        <translation>Portolan レポート</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot replay</source>
        <translation>再生できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds no frame that could be read.

%2</source>
        <translation>%1 には読み取れるフレームがありません。

%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Portolan — %1 — replay, read-only</source>
        <translation>Portolan — %1 — 再生、読み取り専用</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln line(s) of the recording could not be read</source>
        <translation>
            <numerusform>記録の %Ln 行を読み取れませんでした</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>There are no findings yet.</source>
        <translation>検出事項はまだありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A capture is shown: fixes apply to this machine only. Go back to live first.</source>
        <translation>キャプチャを表示中です。修正はこのコンピューターにのみ適用されます。先にライブに戻ってください。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot create a temporary file.</source>
        <translation>一時ファイルを作成できません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>portolan-cli did not finish: %1</source>
        <translation>portolan-cli が終了しませんでした: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>portolan-cli %1 exited with %2: %3</source>
        <translation>portolan-cli %1 が %2 で終了しました: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 → %3 (%4%5)</source>
        <translation>%1: %2 → %3 (%4%5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, verified</source>
        <translation>、検証済み</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cannot write the plan file.</source>
        <translation>計画ファイルを書き込めません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The fix was applied and verified.</source>
        <translation>修正を適用し、検証しました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The fix was not fully applied.</source>
        <translation>修正は完全には適用されませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>

Journal: %1</source>
        <translation>

ジャーナル: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous values are back.</source>
        <translation>以前の値に戻しました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo did not restore everything.</source>
        <translation>元に戻す操作ですべては復元されませんでした。</translation>
    </message>
</context>
<context>
    <name>portolan::PortHistogramChart</name>
    <message>
        <location filename="../widgets/port_histogram_chart.cpp" line="+67"/>
        <source>Local port histogram</source>
        <translation>ローカルポートのヒストグラム</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>other (%Ln processes)</source>
        <translation>
            <numerusform>その他 (%Ln 個のプロセス)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[time wait]</source>
        <translation>[TIME_WAIT]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[system]</source>
        <translation>[システム]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[access denied]</source>
        <translation>[アクセス拒否]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[unknown]</source>
        <translation>[不明]</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Local port</source>
        <translation>ローカル ポート</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endpoints per %L1 ports</source>
        <translation>%L1 ポートあたりのエンドポイント数</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>well-known 0–1023</source>
        <translation>ウェルノウン ポート 0–1023</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dynamic %1–%2%3</source>
        <translation>動的 %1–%2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (assumed)</source>
        <translation> (推定)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reserved %1–%2</source>
        <translation>予約済み %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>excluded %1–%2</source>
        <translation>除外 %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS pool excluded %1–%2</source>
        <translation>DNS プールから除外 %1–%2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ports %1–%2: %3 endpoints</source>
        <translation>ポート %1–%2: エンドポイント %3 個</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
</context>
<context>
    <name>portolan::PortRangePanel</name>
    <message>
        <location filename="../widgets/port_range_panel.cpp" line="+21"/>
        <source>%L1 ports</source>
        <translation>%L1 ポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP and UDP</source>
        <translation>TCP と UDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+50"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening</source>
        <translation>待ち受け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established</source>
        <translation>確立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME_WAIT</source>
        <translation>TIME_WAIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bound (unconnected)</source>
        <translation>バインド済み (未接続)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Histogram bucket size</source>
        <translation>ヒストグラムの区間の幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram protocol</source>
        <translation>ヒストグラムのプロトコル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram socket state</source>
        <translation>ヒストグラムのソケット状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port range summary</source>
        <translation>ポート範囲の概要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bucket:</source>
        <translation>区間:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Click a bucket or drag across several to show only those local ports in the table.</source>
        <translation>区間をクリックするか複数の区間をドラッグすると、表にはそのローカル ポートだけが表示されます。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 %2–%3%4</source>
        <translation>%1 %2–%3%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (assumed)</source>
        <translation> (推定)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Dynamic range: %1 · %Ln endpoints counted</source>
        <translation>
            <numerusform>動的ポート範囲: %1 · 集計したエンドポイント %Ln 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>portolan::ProcessPropertiesDialog</name>
    <message>
        <location filename="../widgets/process_properties_dialog.cpp" line="+16"/>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Properties of %1 (PID %2)</source>
        <translation>%1 のプロパティ (PID %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process:</source>
        <translation>プロセス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID:</source>
        <translation>PID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line:</source>
        <translation>コマンド ライン:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started:</source>
        <translation>開始時刻:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services:</source>
        <translation>サービス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Endpoints (%L1):</source>
        <translation>エンドポイント (%L1):</translation>
    </message>
</context>
<context>
    <name>portolan::ProcessTreeModel</name>
    <message>
        <location filename="../model/qt/process_tree_model.cpp" line="+55"/>
        <source>Process / endpoint</source>
        <translation>プロセス / エンドポイント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoints</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP listening</source>
        <translation>TCP 待ち受け</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP established</source>
        <translation>TCP 確立</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIME_WAIT</source>
        <translation>TIME_WAIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP other</source>
        <translation>TCP その他</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In dynamic range</source>
        <translation>動的ポート範囲内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of dynamic range</source>
        <translation>動的ポート範囲に占める割合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services / command line</source>
        <translation>サービス / コマンド ライン</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>[time wait]</source>
        <comment>socket held by the kernel after close</comment>
        <translation>[TIME_WAIT]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[system]</source>
        <translation>[システム]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[access denied]</source>
        <translation>[アクセス拒否]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[unknown]</source>
        <translation>[不明]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no service name)</source>
        <translation>(サービス名なし)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not connected)</source>
        <translation>(未接続)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Well-known ports 0–1023</source>
        <translation>ウェルノウン ポート 0–1023</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports 1024–65535</source>
        <translation>ポート 1024–65535</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered ports 1024–%1</source>
        <translation>登録済みポート 1024–%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dynamic range %1–%2</source>
        <translation>動的ポート範囲 %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above the dynamic range %1–65535</source>
        <translation>動的ポート範囲より上 %1–65535</translation>
    </message>
    <message>
        <location line="+441"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>portolan::ProcessTreeView</name>
    <message>
        <location filename="../widgets/process_tree_view.cpp" line="+15"/>
        <source>Process view</source>
        <translation>プロセスビュー</translation>
    </message>
</context>
<context>
    <name>portolan::QuickFilterEdit</name>
    <message>
        <location filename="../widgets/quick_filter_edit.cpp" line="+8"/>
        <source>Filter: process, PID, port, address or state</source>
        <translation>フィルター: プロセス、PID、ポート、アドレス、状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick filter</source>
        <translation>クイックフィルター</translation>
    </message>
</context>
<context>
    <name>portolan::ReadingGuideDialog</name>
    <message>
        <location filename="../widgets/reading_guide_dialog.cpp" line="+30"/>
        <source>How to read Portolan</source>
        <translation>Portolan の見方</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rows and colours</source>
        <translation>行と色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row is one endpoint: a protocol, a local address and port, and for TCP the remote side and the connection&apos;s state. The process that holds it is in the Process and PID columns; sockets that belong to no process (TIME_WAIT) are shown as [time wait], and processes Portolan may not read as [access denied].</source>
        <translation>各行は 1 つのエンドポイントです。プロトコル、ローカル アドレスとポート、TCP の場合はリモート側と接続の状態を示します。保持しているプロセスは [プロセス] 列と [PID] 列にあります。どのプロセスにも属さないソケット (TIME_WAIT) は [time wait]、Portolan が読み取れないプロセスは [access denied] と表示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new row is green and a closed row red for one refresh, as in TCPView. Rows tinted in the conflict colour hold a port that a known service needs.</source>
        <translation>新しい行は 1 回の更新の間だけ緑、閉じた行は赤で表示されます (TCPView と同じ)。競合の色で示された行は、既知のサービスが必要とするポートを使用しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>States</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;LISTEN&lt;/b&gt;: a server waits for connections on this port. &lt;b&gt;ESTABLISHED&lt;/b&gt;: a connection is open. &lt;b&gt;TIME_WAIT&lt;/b&gt;: the connection is closed, but the side that closed first keeps the port pair for a while (60 seconds on Linux, TcpTimedWaitDelay on Windows) so that late packets are not mistaken for a new connection. &lt;b&gt;CLOSE_WAIT&lt;/b&gt;: the peer closed and the program has not; many of them point to a program that leaks connections. &lt;b&gt;BOUND&lt;/b&gt;: a UDP socket, or a TCP socket bound but not listening.</source>
        <translation>&lt;b&gt;LISTEN&lt;/b&gt;: サーバーがこのポートで接続を待っています。&lt;b&gt;ESTABLISHED&lt;/b&gt;: 接続が開いています。&lt;b&gt;TIME_WAIT&lt;/b&gt;: 接続は閉じていますが、先に閉じた側が遅れて届くパケットを新しい接続と取り違えないよう、ポートの組をしばらく保持しています (Linux では 60 秒、Windows では TcpTimedWaitDelay)。&lt;b&gt;CLOSE_WAIT&lt;/b&gt;: 相手は閉じたがプログラムはまだ閉じていません。多い場合は接続をリークしているプログラムを示します。&lt;b&gt;BOUND&lt;/b&gt;: UDP ソケット、またはバインドされているが待ち受けていない TCP ソケットです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thousands of TIME_WAIT rows from one process to one remote endpoint are the usual cause of running out of ephemeral ports: the Exhaustion dock counts them by owner.</source>
        <translation>1 つのプロセスから 1 つの宛先への何千もの TIME_WAIT 行は、エフェメラル ポート枯渇のよくある原因です。[枯渇] パネルが所有者ごとに数えます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dynamic ranges</source>
        <translation>動的範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing connections and unbound UDP sockets get a port from the dynamic (ephemeral) range. Windows Vista and Server 2008 and later use 49152–65535 (%1); Windows Server 2003 used 1025–5000 unless MaxUserPort raised it (%2); Linux uses net.ipv4.ip_local_port_range, 32768–60999 by default (%3).</source>
        <translation>送信接続とバインドされていない UDP ソケットには、動的 (エフェメラル) 範囲のポートが割り当てられます。Windows Vista と Server 2008 以降は 49152–65535 (%1)、Windows Server 2003 は MaxUserPort で広げない限り 1025–5000 (%2)、Linux は net.ipv4.ip_local_port_range で既定は 32768–60999 (%3) です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The histogram shades the machine&apos;s real dynamic range, and the reserved or excluded ranges inside it. A service whose fixed port lies inside the dynamic range can lose it to any program at any time.</source>
        <translation>ヒストグラムは、このコンピューターの実際の動的範囲と、その中の予約済みまたは除外された範囲を網掛けで示します。固定ポートが動的範囲内にあるサービスは、いつでも任意のプログラムにそのポートを奪われる可能性があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Socket pools</source>
        <translation>ソケット プール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since MS08-037 the Windows DNS server opens a pool of 2,500 UDP sockets on random ports at start (%1). When one of them lands on a port another service needs — RADIUS 1645/1646 and 1812/1813, L2TP 1701, IPsec NAT-T 4500, ActiveSync 2883, the cluster service&apos;s 3343 — that service cannot start (%2). Portolan labels such a pool in every view and in the histogram&apos;s legend.</source>
        <translation>MS08-037 以降、Windows DNS サーバーは起動時にランダムなポートで 2,500 個の UDP ソケットのプールを開きます (%1)。そのいずれかが他のサービスに必要なポート (RADIUS 1645/1646 と 1812/1813、L2TP 1701、IPsec NAT-T 4500、ActiveSync 2883、クラスター サービスの 3343) に当たると、そのサービスは起動できません (%2)。Portolan はこのようなプールをすべてのビューとヒストグラムの凡例で示します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts and fixes</source>
        <translation>競合と修正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Conflicts dock lists known-service ports (%1) held by another process, ports at risk inside the dynamic or socket-pool range, and blocked ephemeral ports. Selecting a finding selects its rows.</source>
        <translation>[競合] パネルには、別のプロセスが使用している既知のサービスのポート (%1)、動的範囲やソケット プールの範囲内で危険にさらされているポート、ブロックされたエフェメラル ポートが表示されます。検出結果を選択すると、その行が選択されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix… shows every change before it is made: ReservedPorts (%1), the DNS server&apos;s SocketPoolExcludedPortRanges or SocketPoolSize (%2), a persistent excluded port range, or on Linux net.ipv4.ip_local_reserved_ports; and which services must restart. Apply asks for administrator rights, saves the previous values first, and Undo last fix puts them back.</source>
        <translation>[修正…] は、変更を行う前にすべての変更を表示します: ReservedPorts (%1)、DNS サーバーの SocketPoolExcludedPortRanges または SocketPoolSize (%2)、永続的な除外ポート範囲、Linux では net.ipv4.ip_local_reserved_ports、そして再起動が必要なサービス。[適用] は管理者権限を求め、先に以前の値を保存します。[最後の修正を元に戻す] で元に戻せます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Captures and the stale marker</source>
        <translation>キャプチャと「古いデータ」マーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A capture opened from another machine is read-only: its title names the file, the machine and the time, and the actions on processes and connections are disabled. Lines that could not be read are listed with their file and line.</source>
        <translation>別のコンピューターから開いたキャプチャは読み取り専用です。タイトルにファイル、コンピューター、時刻が表示され、プロセスと接続に対する操作は無効になります。読み取れなかった行は、ファイルと行番号付きで一覧表示されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When no snapshot can be taken (the kernel&apos;s tables cannot be read), the live view keeps the last rows it had and an amber Stale marker in the status bar says since when; it clears by itself when snapshots work again.</source>
        <translation>スナップショットを取得できない場合 (カーネルのテーブルを読み取れない場合)、ライブ ビューは最後の行を保持し、ステータス バーの黄色の「古いデータ」マークがいつからかを示します。スナップショットが再び取得できるようになると自動的に消えます。</translation>
    </message>
</context>
<context>
    <name>portolan::RowActions</name>
    <message>
        <location filename="../app/row_actions.cpp" line="+139"/>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lose connection</source>
        <translation>接続を閉じる(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the selected TCP connections (the peer sees a reset)</source>
        <translation>選択した TCP 接続をリセットします (相手側にはリセットが届きます)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End process…</source>
        <translation>プロセスを終了(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open file location</source>
        <translation>ファイルの場所を開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;roperties…</source>
        <translation>プロパティ(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy as text</source>
        <translation>テキストとしてコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as C&amp;SV</source>
        <translation>CSV としてコピー(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look &amp;up remote address</source>
        <translation>リモート アドレスを検索(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse DNS of the remote address (asynchronous; the answer shows in the status bar)</source>
        <translation>リモート アドレスの逆引き DNS (非同期。結果はステータス バーに表示されます)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Whois…</source>
        <translation>Whois(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the whois registries who holds the remote address (asynchronous; the answer shows in a window)</source>
        <translation>リモート アドレスの保有者を whois レジストリに問い合わせます (非同期。結果はウィンドウに表示されます)</translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <location line="+11"/>
        <source>Closed %n connection(s)</source>
        <translation>
            <numerusform>%n 個の接続を閉じました</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+5"/>
        <source>Close connection</source>
        <translation>接続を閉じる</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n connection(s) could not be closed.</source>
        <translation>
            <numerusform>%n 個の接続を閉じられませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+42"/>
        <location line="+4"/>
        <source>End process</source>
        <translation>プロセスの終了</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>%1 (PID %2) is no longer running.</source>
        <translation>%1 (PID %2) はもう実行されていません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>End %1 (PID %2)?</source>
        <translation>%1 (PID %2) を終了しますか?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Path: %1</source>
        <translation>パス: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services: %1</source>
        <translation>サービス: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It holds %n endpoint(s); they close with it.</source>
        <translation>
            <numerusform>%n 個のエンドポイントを保持しています。プロセスと共に閉じられます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (PID %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This needs administrator rights:
%1</source>
        <translation>これには管理者権限が必要です:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portolan will run, asking for administrator rights:
%1</source>
        <translation>Portolan は管理者権限を要求して次を実行します:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: administrator rights were not requested.</source>
        <translation>実行しませんでした: 管理者権限は要求されませんでした。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot open %1</source>
        <translation>%1 を開けません</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (the capture does not say when that machine started)</source>
        <translation>%1 (キャプチャにはそのマシンの起動時刻が記録されていません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+19"/>
        <source>%1 is %2</source>
        <translation>%1 は %2 です</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Looking up %1…</source>
        <translation>%1 を検索しています…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has no name (%2)</source>
        <translation>%1 には名前がありません (%2)</translation>
    </message>
</context>
<context>
    <name>portolan::RowFind</name>
    <message>
        <location filename="../app/row_find.cpp" line="+18"/>
        <source>&amp;Hide rows that do not match</source>
        <translation>一致しない行を非表示(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On: the box filters the rows. Off: every row stays and the box finds; F3 and Shift+F3 step through the matches</source>
        <translation>オン: ボックスで行を絞り込みます。オフ: すべての行を表示したままボックスで検索し、F3 と Shift+F3 で一致する行を順に移動します</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+14"/>
        <source>No row matches &quot;%1&quot;</source>
        <translation>「%1」に一致する行はありません</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Type what to find in the filter box (Ctrl+F), then F3 finds the next row</source>
        <translation>フィルター ボックス (Ctrl+F) に検索する文字列を入力すると、F3 で次の行を検索できます</translation>
    </message>
</context>
<context>
    <name>portolan::SnapshotStatusBar</name>
    <message>
        <location filename="../widgets/snapshot_status_bar.cpp" line="+15"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint counts</source>
        <translation>エンドポイント数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot timing</source>
        <translation>スナップショットの所要時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <comment>a status bar label&apos;s accessible name: its role, its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stale data</source>
        <translation>古いデータ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 endpoints (TCP %2, UDP %3) · %4 listening · %5 established · %6 TIME_WAIT · %7 processes</source>
        <translation>エンドポイント %1 (TCP %2、UDP %3) · 待ち受け %4 · 確立 %5 · TIME_WAIT %6 · プロセス %7</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · %1 shown</source>
        <translation> · %1 件を表示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>snapshot %1 ms (%2)</source>
        <translation>スナップショット %1 ミリ秒 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Snapshots are slow: refreshing every %L1 s instead</source>
        <translation>スナップショットに時間がかかっています: 代わりに %L1 秒ごとに更新します</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>⚠ %Ln conflict(s)</source>
        <translation>
            <numerusform>⚠ 競合 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>検出事項 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stale: showing data from %1</source>
        <translation>古いデータ: %1 時点の表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale: no snapshot could be taken</source>
        <translation>古いデータ: スナップショットを取得できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refreshing failed: %1</source>
        <translation>更新に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>portolan::SnapshotWorker</name>
    <message>
        <location filename="../model/qt/snapshot_worker.cpp" line="+111"/>
        <source>Writing the recording failed; recording stopped.</source>
        <translation>記録の書き込みに失敗したため、記録を停止しました。</translation>
    </message>
</context>
<context>
    <name>portolan::SocketState</name>
    <message>
        <location filename="../model/qt/state_text.cpp" line="+18"/>
        <source>UNKNOWN</source>
        <comment>socket state as netstat shows it</comment>
        <translation>UNKNOWN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LISTEN</source>
        <comment>socket state as netstat shows it</comment>
        <translation>LISTEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYN_SENT</source>
        <comment>socket state as netstat shows it</comment>
        <translation>SYN_SENT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYN_RECEIVED</source>
        <comment>socket state as netstat shows it</comment>
        <translation>SYN_RECEIVED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESTABLISHED</source>
        <comment>socket state as netstat shows it</comment>
        <translation>ESTABLISHED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIN_WAIT_1</source>
        <comment>socket state as netstat shows it</comment>
        <translation>FIN_WAIT_1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIN_WAIT_2</source>
        <comment>socket state as netstat shows it</comment>
        <translation>FIN_WAIT_2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLOSE_WAIT</source>
        <comment>socket state as netstat shows it</comment>
        <translation>CLOSE_WAIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLOSING</source>
        <comment>socket state as netstat shows it</comment>
        <translation>CLOSING</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST_ACK</source>
        <comment>socket state as netstat shows it</comment>
        <translation>LAST_ACK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME_WAIT</source>
        <comment>socket state as netstat shows it</comment>
        <translation>TIME_WAIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLOSED</source>
        <comment>socket state as netstat shows it</comment>
        <translation>CLOSED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELETE_TCB</source>
        <comment>socket state as netstat shows it</comment>
        <translation>DELETE_TCB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOUND</source>
        <comment>socket state as netstat shows it</comment>
        <translation>BOUND</translation>
    </message>
</context>
<context>
    <name>portolan::ThresholdSettings</name>
    <message>
        <location filename="../app/threshold_settings.cpp" line="+93"/>
        <source>The owner share warning threshold</source>
        <translation>所有者の割合の警告しきい値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner share critical threshold</source>
        <translation>所有者の割合の重大しきい値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The free share warning threshold</source>
        <translation>空きの割合の警告しきい値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The free share critical threshold</source>
        <translation>空きの割合の重大しきい値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The socket pool minimum</source>
        <translation>ソケット プールの最小値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The crowded host endpoint count</source>
        <translation>過密ホストと判定するエンドポイント数</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 は %2 から %3 までの範囲で指定してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The owner share warning threshold (%1) must be below the critical one (%2).</source>
        <translation>所有者の割合の警告しきい値 (%1) は重大しきい値 (%2) より小さくする必要があります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The free share warning threshold (%1) must be above the critical one (%2): free ports run out through the warning first.</source>
        <translation>空きの割合の警告しきい値 (%1) は重大しきい値 (%2) より大きくする必要があります。空きポートが減るときは、先に警告に達する必要があるためです。</translation>
    </message>
</context>
<context>
    <name>portolan::ThresholdsDialog</name>
    <message>
        <location filename="../widgets/thresholds_dialog.cpp" line="+58"/>
        <source>Thresholds</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dynamic port exhaustion</source>
        <translation>動的ポートの枯渇</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One process holds more than (&amp;warning):</source>
        <translation>1 つのプロセスの使用が次を超える (警告)(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner share warning threshold</source>
        <translation>所有者の割合の警告しきい値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn when one process, or the TIME_WAIT sockets, hold more than this share of the usable ports of a dynamic range. Default %1 %: Microsoft&apos;s port exhaustion guidance names one or two processes using 90-95 % of the dynamic range as the pattern; warning at half leaves time to act.</source>
        <translation>1 つのプロセス、または TIME_WAIT のソケットが、動的ポート範囲の使用可能なポートのうちこの割合を超えて保持すると警告します。既定値は %1 %。Microsoft のポート枯渇に関するガイダンスでは、1 つか 2 つのプロセスが動的ポート範囲の 90-95 % を使用するのが典型的なパターンとされています。半分で警告すれば、対処する時間が残ります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One process holds more than (&amp;critical):</source>
        <translation>1 つのプロセスの使用が次を超える (重大)(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner share critical threshold</source>
        <translation>所有者の割合の重大しきい値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical when one process holds more than this share of the usable ports of a dynamic range. Default %1 %: the low end of the 90-95 % that Microsoft&apos;s port exhaustion guidance describes. Must be above the warning share.</source>
        <translation>1 つのプロセスが動的ポート範囲の使用可能なポートのうちこの割合を超えて保持すると重大とします。既定値は %1 % で、Microsoft のポート枯渇に関するガイダンスが示す 90-95 % の下限です。警告の割合より大きくする必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free ports below (w&amp;arning):</source>
        <translation>空きポートが次を下回る (警告)(&amp;A):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free share warning threshold</source>
        <translation>空きの割合の警告しきい値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn when less than this share of the usable ports of a dynamic range is free, whoever holds them. Default %1 %.</source>
        <translation>どのプロセスが保持しているかにかかわらず、動的ポート範囲の使用可能なポートのうち空きがこの割合を下回ると警告します。既定値は %1 %。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free ports below (c&amp;ritical):</source>
        <translation>空きポートが次を下回る (重大)(&amp;R):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free share critical threshold</source>
        <translation>空きの割合の重大しきい値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical when less than this share of the usable ports of a dynamic range is free: new outbound connections are about to fail. Default %1 %. Must be below the warning share.</source>
        <translation>動的ポート範囲の使用可能なポートのうち空きがこの割合を下回ると重大とします。新しい送信接続がまもなく失敗する状態です。既定値は %1 %。警告の割合より小さくする必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Socket pools and crowded hosts</source>
        <translation>ソケット プールと過密ホスト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Socket pool: at least (UDP &amp;sockets):</source>
        <translation>ソケット プール: 最小 UDP ソケット数(&amp;S):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Socket pool minimum UDP sockets</source>
        <translation>ソケット プールの最小 UDP ソケット数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A process needs at least this many UDP sockets, spread at random over a wide range, to count as a socket pool (shown folded, as one line). Default %L1: an order of magnitude below the %L2-port socket pool a Windows DNS server binds since MS08-037 (KB 953230), well above what an ordinary service opens.</source>
        <translation>プロセスがソケット プール (1 行に折りたたんで表示) とみなされるには、広い範囲にランダムに分散した UDP ソケットを少なくともこの数だけ開いている必要があります。既定値は %L1 で、Windows DNS サーバーが MS08-037 (KB 953230) 以降にバインドする %L2 ポートのソケット プールより 1 桁小さく、通常のサービスが開く数よりは十分に大きい値です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Crowded host: more than (&amp;endpoints):</source>
        <translation>過密ホスト: エンドポイント数が次を超える(&amp;E):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crowded host endpoint count</source>
        <translation>過密ホストのエンドポイント数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above this many endpoints the host counts as crowded, and costly extras such as reverse DNS of every remote address are off by default. Default %L1.</source>
        <translation>エンドポイントがこの数を超えるとホストは過密とみなされ、すべてのリモート アドレスの逆引き DNS など、負荷の高い追加機能が既定でオフになります。既定値は %L1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Threshold problems</source>
        <translation>しきい値の問題</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore &amp;defaults</source>
        <translation>既定値に戻す(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the default values in the inputs (nothing is stored before OK)</source>
        <translation>入力欄に既定値を設定します (OK を押すまで何も保存されません)</translation>
    </message>
</context>
<context>
    <name>portolan::ViewExport</name>
    <message>
        <location filename="../model/qt/view_export.cpp" line="+58"/>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoints</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%L1 more rows not shown; export CSV for all of them.</source>
        <translation>ほか %L1 行は表示していません。すべて必要な場合は CSV でエクスポートしてください。</translation>
    </message>
</context>
<context>
    <name>portolan::WhoisDialog</name>
    <message>
        <location filename="../widgets/whois_dialog.cpp" line="+31"/>
        <source>Whois status</source>
        <translation>Whois の状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whois summary</source>
        <translation>Whois の概要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers asked</source>
        <translation>問い合わせたサーバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whois %1</source>
        <translation>Whois %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whois answer</source>
        <translation>Whois の応答</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the whois answer</source>
        <translation>Whois の応答をコピーします</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Asking %1…</source>
        <translation>%1 に問い合わせています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answered by Portolan: %1</source>
        <translation>Portolan による回答: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer cut at %L1 KiB</source>
        <translation>応答は %L1 KiB で切り捨てられました</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No server asked</source>
        <translation>問い合わせたサーバーはありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked: %1</source>
        <translation>問い合わせ先: %1</translation>
    </message>
</context>
<context>
    <name>portolan::WhoisLookup</name>
    <message>
        <location filename="../model/qt/whois_lookup.cpp" line="+84"/>
        <location line="+24"/>
        <source>the unspecified address (no address yet)</source>
        <translation>未指定アドレス (アドレス未設定)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>a &quot;this network&quot; address (0.0.0.0/8)</source>
        <translation>「このネットワーク」アドレス (0.0.0.0/8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a loopback address (127.0.0.0/8: this machine itself)</source>
        <translation>ループバック アドレス (127.0.0.0/8: このコンピューター自身)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a private address (RFC 1918: 10.0.0.0/8)</source>
        <translation>プライベート アドレス (RFC 1918: 10.0.0.0/8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a private address (RFC 1918: 172.16.0.0/12)</source>
        <translation>プライベート アドレス (RFC 1918: 172.16.0.0/12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a private address (RFC 1918: 192.168.0.0/16)</source>
        <translation>プライベート アドレス (RFC 1918: 192.168.0.0/16)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a carrier-grade NAT address (RFC 6598: 100.64.0.0/10, shared inside a provider)</source>
        <translation>キャリア グレード NAT アドレス (RFC 6598: 100.64.0.0/10、プロバイダー内で共有)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a link-local address (169.254.0.0/16: valid on one network segment only)</source>
        <translation>リンクローカル アドレス (169.254.0.0/16: 1 つのネットワーク セグメント内でのみ有効)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a documentation address (RFC 5737: 192.0.2.0/24)</source>
        <translation>ドキュメント用アドレス (RFC 5737: 192.0.2.0/24)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a documentation address (RFC 5737: 198.51.100.0/24)</source>
        <translation>ドキュメント用アドレス (RFC 5737: 198.51.100.0/24)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a documentation address (RFC 5737: 203.0.113.0/24)</source>
        <translation>ドキュメント用アドレス (RFC 5737: 203.0.113.0/24)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a benchmarking address (RFC 2544: 198.18.0.0/15)</source>
        <translation>ベンチマーク用アドレス (RFC 2544: 198.18.0.0/15)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a multicast address (224.0.0.0/4: a group, not a host)</source>
        <translation>マルチキャスト アドレス (224.0.0.0/4: ホストではなくグループ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the broadcast address</source>
        <translation>ブロードキャスト アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reserved address (240.0.0.0/4)</source>
        <translation>予約済みアドレス (240.0.0.0/4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the loopback address (::1: this machine itself)</source>
        <translation>ループバック アドレス (::1: このコンピューター自身)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a link-local address (fe80::/10: valid on one network segment only)</source>
        <translation>リンクローカル アドレス (fe80::/10: 1 つのネットワーク セグメント内でのみ有効)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a site-local address (fec0::/10, deprecated by RFC 3879)</source>
        <translation>サイトローカル アドレス (fec0::/10、RFC 3879 で廃止)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a unique local address (RFC 4193: fc00::/7, IPv6&apos;s private range)</source>
        <translation>ユニーク ローカル アドレス (RFC 4193: fc00::/7、IPv6 のプライベート範囲)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a multicast address (ff00::/8: a group, not a host)</source>
        <translation>マルチキャスト アドレス (ff00::/8: ホストではなくグループ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a documentation address (RFC 3849: 2001:db8::/32)</source>
        <translation>ドキュメント用アドレス (RFC 3849: 2001:db8::/32)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a documentation address (RFC 9637: 3fff::/20)</source>
        <translation>ドキュメント用アドレス (RFC 9637: 3fff::/20)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 は %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not an IP address.</source>
        <translation>%1 は IP アドレスではありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is %2.

The whois registries hold only public addresses, so Portolan answered this itself, without asking any server.</source>
        <translation>%1 は%2です。

whois レジストリには公開アドレスしか登録されていないため、Portolan はサーバーに問い合わせずに自身で回答しました。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot ask %1: %2</source>
        <translation>%1 に問い合わせできません: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 は応答せずに接続を閉じました。</translation>
    </message>
</context>
</TS>
