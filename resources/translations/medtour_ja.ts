<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>medtour::Breadcrumb</name>
    <message>
        <location filename="../../views/breadcrumb.cpp" line="+42"/>
        <source>Active filters</source>
        <translation>適用中のフィルター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All data ›</source>
        <translation>全データ ›</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear every filter</source>
        <translation>すべてのフィルターを解除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every filter and show all data</source>
        <translation>すべてのフィルターを解除して全データを表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a slice or bar to filter every view to it; Esc goes back.</source>
        <translation>スライスや棒をクリックすると、すべてのビューをその項目で絞り込みます。Esc キーで戻ります。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>, </source>
        <comment>between the selected categories</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <comment>chip: dimension: selected categories</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove filter %1: %2</source>
        <translation>フィルターを解除 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: Other expanded</source>
        <translation>%1：その他を展開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fold %1 back into top %2 and Other</source>
        <translation>%1を上位%2件とその他に戻す</translation>
    </message>
</context>
<context>
    <name>medtour::BreakdownTableModel</name>
    <message>
        <location filename="../../model/breakdowntablemodel.cpp" line="+69"/>
        <source>No published breakdown by %1 in %2–%3</source>
        <translation>%2–%3の%1別の公表データはありません</translation>
    </message>
</context>
<context>
    <name>medtour::BuiltinDataset</name>
    <message>
        <location filename="../../model/builtindataset.cpp" line="+39"/>
        <source>MOHW / KHIDI, 외국인환자 유치실적</source>
        <comment>the official statistics inside a source line</comment>
        <translation>韓国保健福祉部・韓国保健産業振興院「外国人患者誘致実績」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (user file)</source>
        <comment>a loaded file inside a source line</comment>
        <translation>%1（ユーザーのファイル）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source: %1</source>
        <comment>source line of loaded data</comment>
        <translation>出典: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Built-in: MOHW / KHIDI foreign patient statistics 2009–2024</source>
        <translation>内蔵: 韓国保健福祉部・韓国保健産業振興院 外国人患者統計 2009–2024</translation>
    </message>
</context>
<context>
    <name>medtour::CategoryChecklist</name>
    <message>
        <location filename="../../views/categorychecklist.cpp" line="+29"/>
        <source>&amp;Nationality</source>
        <translation>国籍(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Specialty</source>
        <translation>診療科(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institution type</source>
        <translation>医療機関種別(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion</source>
        <translation>地域(&amp;G)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Search %1 (English, 한국어, 日本語)</source>
        <comment>%1 = dimension name</comment>
        <translation>%1を検索（English・한국어・日本語）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search %1</source>
        <comment>%1 = dimension name</comment>
        <translation>%1を検索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 filter</source>
        <comment>%1 = dimension name</comment>
        <translation>%1フィルター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check categories to filter; none checked means all</source>
        <translation>絞り込む項目をチェックします。チェックなしはすべてです。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (%2)</source>
        <comment>category name (its English id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>all</source>
        <comment>no category checked: all are included</comment>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <comment>checked categories of all</comment>
        <translation>%2件中%1件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <comment>dimension (how many are checked)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>medtour::ChartLegend</name>
    <message>
        <location filename="../../views/chartlegend.cpp" line="+185"/>
        <source>Click to show</source>
        <translation>クリックで表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to hide</source>
        <translation>クリックで非表示</translation>
    </message>
</context>
<context>
    <name>medtour::ChartPanel</name>
    <message>
        <location filename="../../views/chartpanel.cpp" line="+141"/>
        <source>Export as PNG…</source>
        <translation>PNGとしてエクスポート…</translation>
    </message>
</context>
<context>
    <name>medtour::ChartToolTips</name>
    <message>
        <location filename="../../views/charttooltips.cpp" line="+19"/>
        <source>Patients</source>
        <translation>患者数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department-based count</source>
        <translation>診療科基準の件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>国数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other</source>
        <comment>remainder after the top N categories</comment>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <comment>tooltip head: category name (its English id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <comment>tooltip head: category · year</comment>
        <translation>%1・%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3)</source>
        <comment>count label: count (status)</comment>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share: %1</source>
        <translation>構成比：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YoY growth: %1 (as published)</source>
        <translation>前年比増減率：%1（公表値）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YoY growth: %1</source>
        <translation>前年比増減率：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: %1</source>
        <comment>source ids of a value</comment>
        <translation>出典：%1</translation>
    </message>
</context>
<context>
    <name>medtour::ComparisonTableModel</name>
    <message>
        <location filename="../../model/comparisontablemodel.cpp" line="+62"/>
        <source>No published %1 figures for %2 or %3 under this filter</source>
        <translation>このフィルター条件では%2または%3の%1の公表値はありません</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <comment>column header: B minus A</comment>
        <translation>増減</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %</source>
        <comment>column header: change in percent of A</comment>
        <translation>増減率</translation>
    </message>
</context>
<context>
    <name>medtour::ComparisonView</name>
    <message>
        <location filename="../../views/comparisonview.cpp" line="+123"/>
        <source>Two years</source>
        <translation>2つの年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two categories</source>
        <translation>2つの項目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare what</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison dimension</source>
        <translation>比較の区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison A</source>
        <translation>比較A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison B</source>
        <translation>比較B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Of</source>
        <translation>区分(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;A</source>
        <translation>&amp;A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;B</source>
        <translation>&amp;B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison table</source>
        <translation>比較表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison chart</source>
        <translation>比較グラフ</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>%1: %2 vs %3</source>
        <translation>%1：%2 対 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 vs %2 by year</source>
        <translation>年別 %1 対 %2</translation>
    </message>
</context>
<context>
    <name>medtour::CsvExport</name>
    <message>
        <location filename="../../model/csvexport.cpp" line="+110"/>
        <location line="+3"/>
        <source>cannot write: %1</source>
        <translation>書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>medtour::CubeQuery</name>
    <message>
        <location filename="../../model/cubequery.cpp" line="+123"/>
        <source>combined rows are not summed with their parts</source>
        <translation>合算行は内訳と合計しません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sum of %1 published values</source>
        <translation>公表値%1件の合計</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not all selected categories have a published value</source>
        <translation>選択した項目の一部に公表値がありません</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>a selected category is not in this dataset</source>
        <translation>選択した項目はこのデータセットにありません</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No published breakdown by %1 for %2</source>
        <translation>%2の%1別の公表データはありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No published breakdown by %1 for %2 in %3</source>
        <translation>%3の条件では%2の%1別の公表データはありません</translation>
    </message>
</context>
<context>
    <name>medtour::DataTableView</name>
    <message>
        <location filename="../../views/datatableview.cpp" line="+69"/>
        <source>Observations</source>
        <translation>観測値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation count</source>
        <translation>観測値の数</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 observations</source>
        <translation>観測値 %1件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 observations</source>
        <translation>観測値 %2件中 %1件</translation>
    </message>
</context>
<context>
    <name>medtour::DatasetController</name>
    <message>
        <location filename="../../app/datasetcontroller.cpp" line="+90"/>
        <source>Built-in: MOHW / KHIDI 2009–2024</source>
        <translation>内蔵: 韓国保健福祉部・韓国保健産業振興院 2009–2024</translation>
    </message>
    <message>
        <location filename="../../app/datasetentries.cpp" line="+16"/>
        <source>%1 observations</source>
        <translation>観測値 %1件</translation>
    </message>
    <message>
        <location filename="../../app/datasetcontroller.cpp" line="+35"/>
        <source>Data files (*.csv *.tsv *.txt *.xlsx);;CSV (*.csv);;Tab-separated (*.tsv *.txt);;Excel workbook (*.xlsx);;All files (*)</source>
        <translation>データファイル (*.csv *.tsv *.txt *.xlsx);;CSV (*.csv);;タブ区切り (*.tsv *.txt);;Excel ブック (*.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open data file…</source>
        <translation>データファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Open data file</source>
        <translation>データファイルを開く</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import with preview…</source>
        <translation>プレビューして取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Import with preview</source>
        <translation>プレビューして取り込む</translation>
    </message>
    <message>
        <location filename="../../app/datasetentries.cpp" line="-1"/>
        <source>Foreign patient statistics, MOHW / KHIDI (compiled in)</source>
        <translation>外国人患者誘致実績、韓国保健福祉部・韓国保健産業振興院 (内蔵)</translation>
    </message>
    <message>
        <location filename="../../app/datasetcontroller.cpp" line="+5"/>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;%1 %2</source>
        <comment>recent file: number, file name</comment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear the list</source>
        <translation>一覧をクリア(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;data</source>
        <translation>データのエクスポート(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Filtered table as CSV…</source>
        <translation>フィルター適用後の表を CSV で(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nationality shares table as CSV…</source>
        <translation>国籍別構成比の表を CSV で(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Growth table as CSV…</source>
        <translation>増減率の表を CSV で(&amp;G)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Specialty table as CSV…</source>
        <translation>診療科の表を CSV で(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write numbers as &amp;displayed (1,170,467 · ≈ · n/a)</source>
        <translation>表示どおりに数値を書き出す(&amp;D) (1,170,467 · ≈ · データなし)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Datasets</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 will be read after the current import</source>
        <translation>現在の取り込みが終わったら %1 を読み込みます</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>Wait for the current import to finish</source>
        <translation>現在の取り込みが終わるまでお待ちください</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+56"/>
        <source>Import of %1 cancelled; the previous dataset stays active</source>
        <translation>%1 の取り込みをキャンセルしました。以前のデータセットを引き続き使用します</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Cannot open %1</source>
        <translation>%1 を開けません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1

The previous dataset stays active.</source>
        <translation>%1

以前のデータセットを引き続き使用します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open %1; the previous dataset stays active</source>
        <translation>%1 を開けません。以前のデータセットを引き続き使用します</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loaded %1: %2 observations</source>
        <translation>%1 を読み込みました: 観測値 %2件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded %1: %2 observations, %3 warning(s) — see the Datasets panel</source>
        <translation>%1 を読み込みました: 観測値 %2件、警告 %3件 — データセットパネルを確認してください</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export data as CSV</source>
        <translation>データを CSV でエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV、UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV export failed</source>
        <translation>CSV のエクスポートに失敗しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1</source>
        <translation>%1 を保存しました</translation>
    </message>
</context>
<context>
    <name>medtour::DatasetLoader</name>
    <message>
        <location filename="../../app/datasetloader.cpp" line="+51"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
</context>
<context>
    <name>medtour::DatasetModel</name>
    <message>
        <location filename="../../model/datasetmodel.cpp" line="+68"/>
        <source>Total</source>
        <comment>the dimension is not broken down</comment>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <comment>column header: what a value counts</comment>
        <translation>指標</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patients</source>
        <translation>患者数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <comment>column header: percent of the total</comment>
        <translation>構成比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <comment>column header: observation status</comment>
        <translation>観測ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>medtour::DatasetRegistry</name>
    <message>
        <location filename="../../model/datasetregistry.cpp" line="+107"/>
        <source>Warnings (%1):</source>
        <translation>警告（%1件）:</translation>
    </message>
</context>
<context>
    <name>medtour::DatasetsPanel</name>
    <message>
        <location filename="../../views/datasetspanel.cpp" line="+49"/>
        <source>active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>⚠ %1 warning(s) — hover for details</source>
        <translation>⚠ 警告 %1件 — ポインターを合わせると詳細を表示</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Datasets</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded datasets</source>
        <translation>読み込んだデータセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make active</source>
        <translation>使用する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive the dashboard with the selected dataset</source>
        <translation>選択したデータセットでダッシュボードを表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the selected file again with the same encoding and column mapping</source>
        <translation>同じエンコーディングと列の対応付けで、選択したファイルを再読み込みします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the selected file (the built-in dataset stays)</source>
        <translation>選択したファイルを一覧から削除します（組み込みデータセットは残ります）</translation>
    </message>
</context>
<context>
    <name>medtour::ExplorationActions</name>
    <message>
        <location filename="../../app/explorationactions.cpp" line="+57"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>元に戻す(&amp;U): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>やり直し(&amp;R): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go up one drill level (Esc, Alt+Left)</source>
        <translation>ドリルダウンを1段階戻る (Esc、Alt+←)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear filters</source>
        <translation>フィルターをすべて解除(&amp;C)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nationality shares as &amp;donut</source>
        <translation>国籍別構成比をドーナツグラフで(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality shares as ranked &amp;bars</source>
        <translation>国籍別構成比を順位棒グラフで(&amp;B)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nationality bars show &amp;shares</source>
        <translation>国籍の棒グラフに構成比を表示(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Specialties: focus year</source>
        <translation>診療科: 対象年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialties: grouped across years</source>
        <translation>診療科: 年別グループ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specialties: stacked across years</source>
        <translation>診療科: 年別積み上げ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specialties: 100% across years</source>
        <translation>診療科: 年別100%積み上げ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Specialty bars show s&amp;hares</source>
        <translation>診療科の棒グラフに構成比を表示(&amp;H)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Growth on a log scale</source>
        <translation>推移グラフを対数目盛で(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Korean units (117만)</source>
        <translation>万単位で表示(&amp;K) (117万)</translation>
    </message>
</context>
<context>
    <name>medtour::ExplorationCompare</name>
    <message>
        <location filename="../../app/explorationcompare.cpp" line="+28"/>
        <source>Compare two years or two categories</source>
        <translation>2つの年または2つの区分を比較</translation>
    </message>
</context>
<context>
    <name>medtour::ExplorationController</name>
    <message>
        <location filename="../../app/explorationcontroller.cpp" line="+25"/>
        <source>nationality</source>
        <comment>dimension inside an undo text</comment>
        <translation>国籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialty</source>
        <comment>dimension inside an undo text</comment>
        <translation>診療科</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>institution type</source>
        <comment>dimension inside an undo text</comment>
        <translation>医療機関種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <comment>dimension inside an undo text</comment>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Filter %1 to %2</source>
        <translation>%1を%2に絞り込み</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expand &quot;Other&quot; (%1)</source>
        <translation>「その他」を展開 (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back (%1)</source>
        <translation>戻る (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove filter %1</source>
        <translation>%1 フィルターを解除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fold &quot;Other&quot; (%1)</source>
        <translation>「その他」を折りたたむ (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clear filters</source>
        <translation>フィルターをすべて解除</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reset filters</source>
        <translation>フィルターをリセット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change filter</source>
        <translation>フィルターを変更</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Focus on %1</source>
        <translation>%1 に注目</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shares as donut</source>
        <translation>構成比をドーナツグラフで</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shares as bars</source>
        <translation>構成比を棒グラフで</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Specialty chart mode</source>
        <translation>診療科グラフの表示方法</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nationality values</source>
        <translation>国籍の値の表示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Specialty values</source>
        <translation>診療科の値の表示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Korean units</source>
        <translation>万単位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plain numbers</source>
        <translation>通常の数値</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linear scale</source>
        <translation>線形目盛</translation>
    </message>
</context>
<context>
    <name>medtour::ExplorationViewFiles</name>
    <message>
        <location filename="../../app/explorationviewfiles.cpp" line="+114"/>
        <source>Ope&amp;n view…</source>
        <translation>ビューを開く(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save vie&amp;w…</source>
        <translation>ビューを保存(&amp;W)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MedTour views (*.medtour-view.json *.json)</source>
        <translation>MedTour ビュー (*.medtour-view.json *.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open view %1</source>
        <translation>ビューを開く %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Save view</source>
        <translation>ビューを保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>Open view</source>
        <translation>ビューを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The view was opened, but the data differs from when it was saved:

%1</source>
        <translation>ビューを開きましたが、保存時とデータが異なります:

%1</translation>
    </message>
</context>
<context>
    <name>medtour::ExportController</name>
    <message>
        <location filename="../../app/exportcontroller.cpp" line="+76"/>
        <source>Export as SVG…</source>
        <translation>SVG でエクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy chart</source>
        <translation>グラフをコピー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export chart as PNG</source>
        <translation>グラフを PNG でエクスポート(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1…</source>
        <comment>menu entry: chart name</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;all charts…</source>
        <translation>すべてのグラフをエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export chart tables as &amp;XLSX…</source>
        <translation>グラフの表を XLSX でエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page set&amp;up…</source>
        <translation>ページ設定(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export chart as PNG</source>
        <translation>グラフを PNG でエクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PNG export failed</source>
        <translation>PNG のエクスポートに失敗しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <location line="+41"/>
        <location line="+57"/>
        <source>Wrote %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Export chart as SVG</source>
        <translation>グラフを SVG でエクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SVG export failed</source>
        <translation>SVG のエクスポートに失敗しました</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied %1 (%2 × %3 px)</source>
        <translation>%1 をコピーしました (%2 × %3 px)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export all charts to folder</source>
        <translation>すべてのグラフをフォルダーにエクスポート</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chart export failed</source>
        <translation>グラフのエクスポートに失敗しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1 files (PNG and SVG) to %2</source>
        <translation>%2 に %1 個のファイル (PNG と SVG) を保存しました</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export chart tables as XLSX</source>
        <translation>グラフの表を XLSX でエクスポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+136"/>
        <source>Nationality shares</source>
        <translation>国籍別構成比</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+135"/>
        <source>YoY growth</source>
        <translation>前年比増減率</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Specialty breakdown</source>
        <translation>診療科別内訳</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export chart as SV&amp;G</source>
        <translation>グラフを SVG でエクスポート(&amp;G)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export summary as PD&amp;F…</source>
        <translation>サマリーレポートを PDF でエクスポート(&amp;F)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cop&amp;y chart</source>
        <translation>グラフをコピー(&amp;Y)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Specialties</source>
        <translation>診療科</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>観測値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XLSX export failed</source>
        <translation>XLSX のエクスポートに失敗しました</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report pages: %1</source>
        <translation>レポートのページ: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No printer installed: save the report as PDF</source>
        <translation>プリンターがありません: レポートを PDF で保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No printer is installed; saved as PDF instead: %1</source>
        <translation>プリンターがないため PDF で保存しました: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No printer is installed; saved as PDF instead:
%1</source>
        <translation>プリンターがないため PDF で保存しました:
%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export summary as PDF</source>
        <translation>サマリーレポートを PDF でエクスポート</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF export failed</source>
        <translation>PDF のエクスポートに失敗しました</translation>
    </message>
</context>
<context>
    <name>medtour::FilterPanel</name>
    <message>
        <location filename="../../views/filterpanel.cpp" line="+106"/>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Focus year</source>
        <translation>基準年(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Years</source>
        <translation>期間(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <comment>year range: from … to …</comment>
        <translation>～</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Top N</source>
        <translation>上位N(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus year</source>
        <translation>基準年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the KPIs, shares and specialty breakdown</source>
        <translation>主要指標・構成比・診療科別内訳の基準年</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year range from</source>
        <translation>期間の開始年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year range to</source>
        <translation>期間の終了年</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top N categories</source>
        <translation>上位N項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories shown before &quot;Other&quot; in ranked charts</source>
        <translation>ランキンググラフで「その他」の前に表示する項目数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset filters</source>
        <translation>フィルターをリセット(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset filters</source>
        <translation>フィルターをリセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All years, all categories, top 5</source>
        <translation>全期間・全項目・上位5</translation>
    </message>
</context>
<context>
    <name>medtour::FilterState</name>
    <message>
        <location filename="../../model/filterstate.cpp" line="+49"/>
        <source>Focus year: %1</source>
        <translation>対象年: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years: %1–%2</source>
        <translation>期間: %1–%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all</source>
        <comment>no category selected</comment>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top N: %1</source>
        <translation>上位N: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other expanded: %1</source>
        <translation>その他を展開: %1</translation>
    </message>
</context>
<context>
    <name>medtour::GrowthChart</name>
    <message>
        <location filename="../../views/growthchart.cpp" line="+100"/>
        <source>Department-based counts per year and YoY growth</source>
        <translation>年別の診療科基準件数と前年比増減率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patients per year and YoY growth</source>
        <translation>年別の患者数と前年比増減率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Department-based counts per year and YoY growth, %1–%2</source>
        <translation>年別の診療科基準件数と前年比増減率、%1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients per year and YoY growth, %1–%2</source>
        <translation>年別の患者数と前年比増減率、%1–%2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>YoY growth (%)</source>
        <translation>前年比増減率（%）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>YoY (%)</source>
        <translation>前年比（%）</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+99"/>
        <source>YoY growth (%) – %1</source>
        <comment>legend: growth line of a series</comment>
        <translation>前年比増減率（%）– %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Count (log scale)</source>
        <translation>件数（対数目盛）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients (log scale)</source>
        <translation>患者数（対数目盛）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Department-based count</source>
        <translation>診療科基準の件数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patients</source>
        <translation>患者数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../views/growthmarks.cpp" line="+68"/>
        <source>(YoY growth line)</source>
        <translation>（前年比増減率の折れ線）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to filter to %1</source>
        <translation>クリックで%1に絞り込み</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: %2</source>
        <comment>chart title: why it has no data</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 (%3)</source>
        <comment>year, count (growth)</comment>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <comment>year, count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>series name: its yearly values</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2.</source>
        <comment>chart title. the values of each series</comment>
        <translation>%1。%2。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <comment>between the series of a description</comment>
        <translation>／</translation>
    </message>
</context>
<context>
    <name>medtour::GrowthTableModel</name>
    <message>
        <location filename="../../model/growthtablemodel.cpp" line="+32"/>
        <source>All patients (department-based)</source>
        <translation>全患者（診療科基準）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All patients</source>
        <translation>全患者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (department-based)</source>
        <translation>%1（診療科基準）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No published counts for this selection in %1–%2</source>
        <translation>%1–%2、この選択の公表値はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No published counts for %1 in %2–%3</source>
        <translation>%2–%3、%1の公表値はありません</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 patients</source>
        <comment>column header: counts of a series</comment>
        <translation>%1 患者数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 YoY</source>
        <comment>column header: YoY growth of a series</comment>
        <translation>%1 前年比増減率</translation>
    </message>
</context>
<context>
    <name>medtour::Import</name>
    <message>
        <location filename="../../model/csvsplit.cpp" line="+42"/>
        <location filename="../../model/import/delimitedtext.cpp" line="+110"/>
        <location line="+60"/>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../../model/import/registrychunk.cpp" line="+184"/>
        <source>unterminated quoted field: expected a closing &apos;&quot;&apos;</source>
        <translation>引用符のフィールドが閉じていません: 閉じる &apos;&quot;&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../../model/import/delimitedtext.cpp" line="-109"/>
        <location filename="../../model/import/importtext.cpp" line="+21"/>
        <source>tab</source>
        <comment>the tab delimiter</comment>
        <translation>タブ</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the file is empty: expected a header row and data rows</source>
        <translation>ファイルが空です: ヘッダー行とデータ行が必要です</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no header: the file has only blank or &apos;#&apos; comment lines; expected a header row and data rows</source>
        <translation>ヘッダーがありません: 空行または &apos;#&apos; のコメント行しかありません。ヘッダー行とデータ行が必要です</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>line %1 has %2</source>
        <translation>%1行目は%2個</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 row(s) do not have the header&apos;s %3 cells (%4; delimiter %5)</source>
        <translation>%1: ヘッダーのセル数%3と合わない行が%2行あります（%4、区切り文字 %5）</translation>
    </message>
    <message>
        <location filename="../../model/import/importer.cpp" line="+34"/>
        <source>the file is empty: expected a table with a header row</source>
        <translation>ファイルが空です: ヘッダー行のある表が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>old binary Excel (.xls) workbooks are not read: expected CSV, TSV or XLSX (save the file as .xlsx or CSV)</source>
        <translation>旧形式のバイナリExcel（.xls）ブックは読み込めません: CSV、TSV、XLSXのいずれかが必要です（.xlsxまたはCSVで保存してください）</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+40"/>
        <location filename="../../model/import/registryreader.cpp" line="+207"/>
        <source>import cancelled</source>
        <translation>インポートをキャンセルしました</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>XLSX workbook, sheet &quot;%1&quot; (the first)</source>
        <translation>XLSXブック、シート「%1」（最初のシート）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLSX workbook, sheet &quot;%1&quot;</source>
        <translation>XLSXブック、シート「%1」</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cannot open the file: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <location filename="../../model/import/importtext.cpp" line="-13"/>
        <source>nationality</source>
        <comment>dimension in import messages</comment>
        <translation>国籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialty</source>
        <comment>dimension in import messages</comment>
        <translation>診療科</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>institution_type</source>
        <comment>dimension in import messages</comment>
        <translation>医療機関種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <comment>dimension in import messages</comment>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;,&apos; (comma)</source>
        <translation>&apos;,&apos;（カンマ）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;;&apos; (semicolon)</source>
        <translation>&apos;;&apos;（セミコロン）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>encoding %1 (detected)</source>
        <translation>エンコーディング %1（自動検出）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>encoding %1 (given)</source>
        <translation>エンコーディング %1（指定）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delimiter %1 (detected)</source>
        <translation>区切り文字 %1（自動検出）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delimiter %1 (given)</source>
        <translation>区切り文字 %1（指定）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shape %1, column mapping given</source>
        <translation>形式 %1、列の対応付けは指定済み</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 records counted</source>
        <translation>レコード%1件を集計</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: 1 record without a %2 counted only in the totals</source>
        <translation>%1: %2のないレコード1件は合計にのみ含めました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 records without a %3 counted only in the totals</source>
        <translation>%1: %3のないレコード%2件は合計にのみ含めました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: 1 total row (합계 / Total) not counted as records: line %2</source>
        <translation>%1: 合計行（합계 / Total）1行はレコードとして集計しません: %2行目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 total rows (합계 / Total) not counted as records: lines %3</source>
        <translation>%1: 合計行（합계 / Total）%2行はレコードとして集計しません: %3行目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; (column %2)</source>
        <translation>「%1」（%2列目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: column not in the cube: %2</source>
        <translation>%1: キューブに含めない列: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: columns not in the cube: %2</source>
        <translation>%1: キューブに含めない列: %2</translation>
    </message>
    <message>
        <location filename="../../model/import/interpretcontext.cpp" line="+72"/>
        <location filename="../../model/import/registrychunk.cpp" line="+134"/>
        <source>expected a year such as 2024, found &quot;%1&quot;</source>
        <translation>2024のような年が必要ですが「%1」でした</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../model/import/registrychunk.cpp" line="+1"/>
        <source>expected a date such as 2024-03-05, found &quot;%1&quot;</source>
        <translation>2024-03-05のような日付が必要ですが「%1」でした</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: no total (합계 / Total) of %2 for %3: the key figures, shares and growth of those years cannot be computed; add a total row</source>
        <translation>%1: %3年の%2の合計（합계 / Total）の行がありません: その年の主要指標、構成比、増減率を計算できません。合計の行を追加してください</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: the %2 %3 parts sum to %4, more than their published total %5 (%6)</source>
        <translation>%1: %3の内訳%2件の合計%4が公表合計%5を超えています（%6）</translation>
    </message>
    <message>
        <location filename="../../model/import/recordcounter.cpp" line="+35"/>
        <source>record-level: each row counted as one patient; cells by specialty are department-based counts</source>
        <translation>レコード単位: 各行を患者1人として集計。診療科別のセルは診療科基準の集計</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record-level: each row counted as one patient</source>
        <translation>レコード単位: 各行を患者1人として集計</translation>
    </message>
    <message>
        <location filename="../../model/import/registrychunk.cpp" line="-175"/>
        <source>invalid byte 0x%1: expected valid UTF-8 text</source>
        <translation>不正なバイト 0x%1: 正しいUTF-8テキストが必要です</translation>
    </message>
    <message>
        <location line="+165"/>
        <location filename="../../model/import/tableinterpreter.cpp" line="+227"/>
        <source>expected at most %1 fields as in the header, found %2</source>
        <translation>ヘッダーと同じく最大%1フィールドのはずですが、%2フィールドありました</translation>
    </message>
    <message>
        <location filename="../../model/import/registryreader.cpp" line="+73"/>
        <location filename="../../model/import/tableinterpreter.cpp" line="+48"/>
        <source>expected at least one data row with a year and a count</source>
        <translation>年と数値のあるデータ行が1行以上必要です</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>read by the parallel record-level reader (1 thread, memory-mapped)</source>
        <translation>並列レコード単位リーダーで読み込み（1スレッド、メモリマップ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read by the parallel record-level reader (1 thread)</source>
        <translation>並列レコード単位リーダーで読み込み（1スレッド）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read by the parallel record-level reader (%1 threads, memory-mapped)</source>
        <translation>並列レコード単位リーダーで読み込み（%1スレッド、メモリマップ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read by the parallel record-level reader (%1 threads)</source>
        <translation>並列レコード単位リーダーで読み込み（%1スレッド）</translation>
    </message>
    <message>
        <location filename="../../model/import/specguesser.cpp" line="+22"/>
        <source>year</source>
        <comment>column role</comment>
        <translation>年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date (the year is taken from it)</source>
        <comment>column role</comment>
        <translation>日付（年を取り出します）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measure</source>
        <comment>column role</comment>
        <translation>指標</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (Korean name)</source>
        <comment>column role</comment>
        <translation>%1（韓国語名）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>count</source>
        <comment>column role</comment>
        <translation>患者数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share (%)</source>
        <comment>column role</comment>
        <translation>構成比（%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status</source>
        <comment>column role</comment>
        <translation>観測ステータス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counts of %1</source>
        <comment>column role</comment>
        <translation>%1年の数値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attribute</source>
        <comment>column role</comment>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ignored</source>
        <comment>column role</comment>
        <translation>無視</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>column %1 &quot;%2&quot;</source>
        <translation>%1列目「%2」</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 ignored: %2 is the %3 column (two candidates)</source>
        <translation>%1は無視: %2を%3の列として使用（候補が2つ）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ignored: the year column is used</source>
        <translation>%1は無視: 年の列を使用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 ignored: the file has a year column</source>
        <translation>%1は無視: ファイルに年の列があります</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ignored: a total across columns</source>
        <translation>%1は無視: 列の合計</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 = %2 (guessed from its values)</source>
        <translation>%1 = %2（値から推定）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = year (guessed from its values)</source>
        <translation>%1 = 年（値から推定）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 = count (guessed from its values)</source>
        <translation>%1 = 患者数（値から推定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ignored: not a known column</source>
        <translation>%1は無視: 不明な列</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 = %2 (kept with each observation)</source>
        <translation>%1 = %2（観測値ごとに保持）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>shape tidy: the measure is a column (resources/data/FORMAT.md layout)</source>
        <translation>形式 整然形式 (tidy): 指標が列になっています（resources/data/FORMAT.md の形式）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no year: expected a column such as 연도 / year</source>
        <translation>年がありません: 연도 / year のような列が必要です</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>shape wide: 1 year column (%1)</source>
        <translation>形式 横持ち (wide): 年の列 1列（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape wide: %1 year columns (%2)</source>
        <translation>形式 横持ち (wide): 年の列 %1列（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shape long: one row per observation</source>
        <translation>形式 縦持ち (long): 観測値ごとに1行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no count column: only shares are read</source>
        <translation>数値の列がありません: 構成比のみ読み込みます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shape record-level: no count column, each row counts 1</source>
        <translation>形式 レコード単位 (record-level): 数値の列なし、各行を1として集計</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no category column: only yearly totals are counted</source>
        <translation>区分の列がありません: 年ごとの合計のみ集計します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no year: expected a column such as 연도 / year / 방문일자, or years as column headers</source>
        <translation>年がありません: 연도 / year / 방문일자 のような列、または年の列見出しが必要です</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no category column: is %1 a nationality, specialty, institution type or region?</source>
        <translation>区分の列がありません: %1は国籍、診療科、医療機関種別、地域のどれですか？</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>measure department_based: the categories are specialties (진료과 기준)</source>
        <translation>指標 診療科基準 (department_based): 区分が診療科です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measure department_based: the count column says 진료과 기준</source>
        <translation>指標 診療科基準 (department_based): 数値の列名が「진료과 기준」です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the count column says real patients (실환자) but the categories are specialties</source>
        <translation>数値の列は実患者（실환자）ですが、区分は診療科です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>measure real_patients</source>
        <translation>指標 実患者 (real_patients)</translation>
    </message>
    <message>
        <location filename="../../model/import/tableinterpreter.cpp" line="-231"/>
        <source>expected a whole number such as %1 (empty, &quot;-&quot; or &quot;n/a&quot; if not published), found &quot;%2&quot;</source>
        <translation>%1のような整数が必要ですが「%2」でした（未公表なら空欄、「-」または「n/a」）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: negative count %2</source>
        <translation>%1: 負の数値 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a share in percent such as %1, found &quot;%2&quot;</source>
        <translation>%1のような構成比（%）が必要ですが「%2」でした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a growth in percent such as %1, found &quot;%2&quot;</source>
        <translation>%1のような増減率（%）が必要ですが「%2」でした</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: share %2% over 100</source>
        <translation>%1: 構成比 %2% が100を超えています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: duplicate observation (%2), first on line %3; the first is kept</source>
        <translation>%1: 観測値の重複（%2）、最初は%3行目。最初の値を使用します</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>expected real_patients, department_based or countries_of_origin, found &quot;%1&quot;</source>
        <translation>real_patients、department_based、countries_of_origin のいずれかが必要ですが「%1」でした</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>expected nationality, specialty, institution_type or region, found &quot;%1&quot;</source>
        <translation>nationality、specialty、institution_type、region のいずれかが必要ですが「%1」でした</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected exact, rounded_100, rounded_1000, rounded_10000, approx, share_only or derived, found &quot;%1&quot;</source>
        <translation>exact、rounded_100、rounded_1000、rounded_10000、approx、share_only、derived のいずれかが必要ですが「%1」でした</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the column mapping has %1 columns, expected %2 as in the header</source>
        <translation>列の対応付けは%1列ですが、ヘッダーと同じ%2列が必要です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected columns named by year, such as 2023 or 2024년</source>
        <translation>2023や2024년のような年の列名が必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a year or date column such as 연도, year or 방문일자</source>
        <translation>연도、year、방문일자 のような年または日付の列が必要です</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>column %1 &quot;%2&quot;: numbers written 1.170.467 / 37,7 (detected)</source>
        <translation>%1列目「%2」: 数値の表記 1.170.467 / 37,7（自動検出）</translation>
    </message>
    <message>
        <location filename="../../model/import/textdecoding.cpp" line="+202"/>
        <source>invalid bytes: expected valid %1 text</source>
        <translation>不正なバイト: 正しい%1テキストが必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data ends inside a character (truncated file?): expected valid %1 text</source>
        <translation>文字の途中でデータが終わっています（ファイルが途切れている可能性）: 正しい%1テキストが必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid byte 0x%1: expected valid %2 text</source>
        <translation>不正なバイト 0x%1: 正しい%2テキストが必要です</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>binary data (a NUL byte): expected a text file (CSV, TSV) or an XLSX workbook</source>
        <translation>バイナリデータ（NULバイト）: テキストファイル（CSV、TSV）またはXLSXブックが必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot tell the text encoding: expected UTF-8, UTF-16 with a byte-order mark or CP949 (choose the encoding explicitly)</source>
        <translation>テキストのエンコーディングを判別できません: UTF-8、BOM付きUTF-16、CP949のいずれかが必要です（エンコーディングを指定してください）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown encoding &quot;%1&quot;: expected UTF-8, UTF-16LE, UTF-16BE or CP949</source>
        <translation>不明なエンコーディング「%1」: UTF-8、UTF-16LE、UTF-16BE、CP949のいずれかが必要です</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no decoder for encoding &quot;%1&quot;</source>
        <translation>エンコーディング「%1」のデコーダーがありません</translation>
    </message>
    <message>
        <location filename="../../model/import/xlsxpackage.cpp" line="+107"/>
        <source>not an XLSX workbook: the part %1 is missing</source>
        <translation>XLSXブックではありません: パーツ %1 がありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the zip archive is damaged: cannot unpack %1 (error %2)</source>
        <translation>zipアーカイブが破損しています: %1 を展開できません（エラー %2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an Excel 97-2003 (.xls) workbook: expected an .xlsx workbook (save it as .xlsx or CSV)</source>
        <translation>Excel 97-2003（.xls）ブックです: .xlsxブックが必要です（.xlsxまたはCSVで保存してください）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not an XLSX workbook: expected a zip archive (Office Open XML)</source>
        <translation>XLSXブックではありません: zipアーカイブ（Office Open XML）が必要です</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the workbook has no sheets: expected at least one</source>
        <translation>ブックにシートがありません: 1つ以上のシートが必要です</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>malformed XML in %1: %2</source>
        <translation>%1 のXMLが不正です: %2</translation>
    </message>
    <message>
        <location filename="../../model/import/xlsxreader.cpp" line="+90"/>
        <source>in %1: %2</source>
        <comment>in an XLSX part: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cell reference &quot;%1&quot;: expected a column from A to XFD</source>
        <translation>セル参照「%1」: AからXFDまでの列が必要です</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cell %1: shared string %2 does not exist (the workbook has %3)</source>
        <translation>セル %1: 共有文字列 %2 がありません（ブックには%3個）</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>no sheet named &quot;%1&quot;; the workbook has: %2</source>
        <translation>「%1」というシートはありません。ブックのシート: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>sheet &quot;%1&quot; is empty: expected a header row and data rows</source>
        <translation>シート「%1」は空です: ヘッダー行とデータ行が必要です</translation>
    </message>
</context>
<context>
    <name>medtour::ImportDialog</name>
    <message>
        <location filename="../../app/importdialog.cpp" line="+257"/>
        <source>Import %1</source>
        <translation>%1 の取り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma ,</source>
        <translation>カンマ ,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Semicolon ;</source>
        <translation>セミコロン ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long: one row per observation</source>
        <translation>縦持ち: 観測値ごとに1行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wide: one column per year</source>
        <translation>横持ち: 年ごとに1列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record-level: one row per patient or visit</source>
        <translation>レコード単位: 患者または受診ごとに1行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidy: MedTour observation layout</source>
        <translation>整然形式: MedTour 観測値レイアウト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries of origin</source>
        <translation>出身国数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet:</source>
        <translation>シート:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>エンコーディング:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation>区切り文字:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers are written:</source>
        <translation>数値の表記:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shape:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts are:</source>
        <translation>集計基準:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Column roles and the first %1 rows:</source>
        <translation>列の役割と先頭 %1 行:</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>診療科</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution type</source>
        <translation>医療機関種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients (count)</source>
        <translation>患者数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share (%)</source>
        <translation>構成比 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year value (wide)</source>
        <translation>年別の値 (横持ち)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>集計基準</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>観測ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality, Korean name</source>
        <translation>国籍、韓国語名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty, Korean name</source>
        <translation>診療科、韓国語名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution type, Korean name</source>
        <translation>医療機関種別、韓国語名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region, Korean name</source>
        <translation>地域、韓国語名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (kept as attribute)</source>
        <translation>その他 (属性として保持)</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>Real patients</source>
        <translation>実患者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department-based counts</source>
        <translation>診療科基準</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(not detected)</source>
        <translation>(検出されませんでした)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(detected: %1)</source>
        <translation>(検出: %1)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Using the mapping remembered for this header.</source>
        <translation>このヘッダーについて記憶した対応付けを使用します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The importer&apos;s guess; check the roles marked below.</source>
        <translation>取り込みツールの推定です。下に示した役割を確認してください。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+20"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
</context>
<context>
    <name>medtour::ImportProvenance</name>
    <message>
        <location filename="../../app/importoptionsjson.cpp" line="+20"/>
        <source>tab-separated</source>
        <translation>タブ区切り</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon-separated</source>
        <translation>セミコロン区切り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>long</source>
        <translation>縦持ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wide</source>
        <translation>横持ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record-level</source>
        <translation>レコード単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidy</source>
        <translation>整然形式</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>XLSX sheet “%1”</source>
        <translation>XLSX シート「%1」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows → %2 observations</source>
        <translation>%1 行 → 観測値 %2件</translation>
    </message>
</context>
<context>
    <name>medtour::KpiStrip</name>
    <message>
        <location filename="../../views/kpistrip.cpp" line="+48"/>
        <location line="+113"/>
        <source>Status: %1</source>
        <translation>ステータス：%1</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>not published</source>
        <translation>非公表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source ids: %1</source>
        <translation>出典ID：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note in the dataset: %1</source>
        <comment>a note quoted from the data file, in its own language</comment>
        <translation>データセットの注記（原文）: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2</source>
        <comment>KPI value: category name, share</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Key figures</source>
        <translation>主要指標</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counted once per department (진료과 기준)</source>
        <translation>診療科ごとに1回集計（診療科基準）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real patients (실환자)</source>
        <translation>実患者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <comment>KPI detail · status</comment>
        <translation>%1・%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department-based count %1</source>
        <translation>診療科基準の件数 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Foreign patients %1</source>
        <translation>外国人患者 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vs %1</source>
        <comment>growth against the previous year</comment>
        <translation>%1比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comparable figure for %1</source>
        <translation>%1の比較可能な数値なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · published rate</source>
        <translation>%1・公表値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth of the department-based total against %1</source>
        <translation>%1比の診療科基準合計の増減率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth of the patient total against %1</source>
        <translation>%1比の患者合計の増減率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YoY growth %1</source>
        <translation>前年比増減率 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top nationality %1</source>
        <translation>最多国籍 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 patients</source>
        <comment>count of real patients</comment>
        <translation>%1人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No nationality breakdown for this filter</source>
        <translation>このフィルターには国籍別データがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the real-patient total</source>
        <translation>実患者合計に占める構成比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top specialty %1</source>
        <translation>最多診療科 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of department-based counts</source>
        <translation>診療科基準 %1件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No specialty breakdown for this filter</source>
        <translation>このフィルターには診療科別データがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of department-based counts (진료과 기준), not of real patients: a patient treated in two departments counts twice</source>
        <translation>実患者ではなく診療科基準件数に占める構成比：2つの診療科で受診した患者は2回集計されます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Countries of origin %1</source>
        <translation>出身国数 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>countries patients came from</source>
        <translation>患者の出身国の数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published only for all patients, unfiltered</source>
        <translation>フィルターなしの全患者についてのみ公表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in this dataset</source>
        <comment>no countries-of-origin figure in the loaded data</comment>
        <translation>このデータセットにはありません</translation>
    </message>
</context>
<context>
    <name>medtour::LanguageController</name>
    <message>
        <location filename="../../app/languagecontroller.cpp" line="+34"/>
        <location line="+13"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
</context>
<context>
    <name>medtour::MainWindow</name>
    <message>
        <location filename="../../app/mainwindow.cpp" line="+231"/>
        <source>MedTour Dashboard — foreign patients in Korea</source>
        <translation>MedTour ダッシュボード — 韓国の外国人患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>C&amp;ompare</source>
        <translation>比較(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the &amp;built-in dataset</source>
        <translation>内蔵データセットを使用(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark &amp;palette</source>
        <translation>ダークテーマ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare two years or categories</source>
        <translation>2つの年または区分を比較(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Dataset: %1</source>
        <translation>データセット: %1</translation>
    </message>
</context>
<context>
    <name>medtour::NationalityShareChart</name>
    <message>
        <location filename="../../views/nationalitysharechart.cpp" line="+50"/>
        <source>Other</source>
        <comment>remainder after the top N nationalities</comment>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+88"/>
        <location line="+122"/>
        <source>Patients</source>
        <translation>患者数</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Nationality shares, %1 (department-based counts)</source>
        <translation>国籍別構成比、%1（診療科基準）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality shares, %1 (real patients)</source>
        <translation>国籍別構成比、%1（実患者）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No published nationality breakdown for %1 under this filter</source>
        <translation>このフィルター条件では%1の国籍別データが公表されていません</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Department-based count</source>
        <translation>診療科基準の件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Share (%)</source>
        <translation>構成比（%）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../views/nationalitysharemarks.cpp" line="+69"/>
        <source>Double-click to show its members</source>
        <translation>ダブルクリックで内訳を表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to filter to %1</source>
        <translation>クリックで%1に絞り込み</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: %2</source>
        <comment>chart title: why it has no data</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 (count n/a)</source>
        <comment>name, share</comment>
        <translation>%1 %2（件数データなし）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (%3 patients)</source>
        <comment>name, share, count</comment>
        <translation>%1 %2（%3人）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (%3 counts)</source>
        <comment>name, share, department-based count</comment>
        <translation>%1 %2（%3件）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <comment>chart title: list of its marks</comment>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>medtour::NumberFormat</name>
    <message>
        <location filename="../../model/numberformat.cpp" line="+44"/>
        <source>n/a</source>
        <extracomment>a figure that was not published (missing is never zero)</extracomment>
        <translation>データなし</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1</source>
        <comment>a count of real patients with its counter word (Korean 명)</comment>
        <translation>%1人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1</source>
        <comment>a department-based count with its counter word (Korean 건)</comment>
        <translation>%1件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1</source>
        <comment>a count of countries with its counter word (Korean 개국)</comment>
        <translation>%1か国</translation>
    </message>
</context>
<context>
    <name>medtour::Observation</name>
    <message>
        <location filename="../../model/observation.cpp" line="+30"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>診療科</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution type</source>
        <translation>医療機関種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Real patients</source>
        <translation>実患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department-based</source>
        <translation>診療科基準</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of origin</source>
        <translation>出身国数</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>exact</source>
        <translation>確定値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounded to 100</source>
        <translation>100単位で四捨五入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounded to 1,000</source>
        <translation>1,000単位で四捨五入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounded to 10,000</source>
        <translation>10,000単位で四捨五入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approximate</source>
        <translation>概数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share only</source>
        <translation>構成比のみ公表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived</source>
        <translation>算出値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported growth only</source>
        <translation>増減率のみ公表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum of published parts</source>
        <translation>公表値の合計</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Source: MOHW / KHIDI, 외국인환자 유치실적</source>
        <translation>出典: 韓国保健福祉部・韓国保健産業振興院「外国人患者誘致実績」</translation>
    </message>
</context>
<context>
    <name>medtour::PngExportDialog</name>
    <message>
        <location filename="../../app/pngexportdialog.cpp" line="+70"/>
        <source>Export chart as PNG</source>
        <translation>グラフを PNG でエクスポート</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Default (1600 × 1000, 144 dpi)</source>
        <translation>既定 (1600 × 1000、144 dpi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide 16:9 (1920 × 1080, 144 dpi)</source>
        <translation>スライド 16:9 (1920 × 1080、144 dpi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print, half A4 (2480 × 1754, 300 dpi)</source>
        <translation>印刷用、A4 半分 (2480 × 1754、300 dpi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Square (1200 × 1200, 144 dpi)</source>
        <translation>正方形 (1200 × 1200、144 dpi)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solid white</source>
        <translation>白の背景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
</context>
<context>
    <name>medtour::ReportCover</name>
    <message>
        <location filename="../../views/reportcover.cpp" line="+27"/>
        <source>%1 · %2 department-based counts; no published total for this filter</source>
        <translation>%1 · 診療科基準 %2件。このフィルターでは公表された合計なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 of %3 department-based counts, not of real patients</source>
        <translation>%1 · 診療科基準 %3件のうち %2件（実患者ではない）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Department-based counts, %1</source>
        <translation>%1の診療科基準件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign patients, %1</source>
        <translation>%1の外国人患者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>department-based counts for the selected specialty</source>
        <translation>選択した診療科の診療科基準件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>real patients, de-duplicated</source>
        <translation>実患者（重複除外）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (published growth rate)</source>
        <translation>%1: %2（公表された増減率）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <comment>previous year: its count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth vs %1</source>
        <translation>%1比の増減率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries of origin</source>
        <translation>患者の出身国数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>countries patients came from in %1</source>
        <translation>%1に患者が来た国の数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not published for a filtered slice</source>
        <translation>フィルター適用時は公表なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in this dataset</source>
        <comment>no countries-of-origin figure in the loaded data</comment>
        <translation>このデータセットにはありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top nationality</source>
        <translation>1位の国籍</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 patients · share of real patients</source>
        <translation>患者 %1人 · 実患者に占める構成比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no published breakdown by nationality for this filter</source>
        <translation>このフィルターでは国籍別の公表データなし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top specialty</source>
        <translation>1位の診療科</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no published breakdown by specialty for this filter</source>
        <translation>このフィルターでは診療科別の公表データなし</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>診療科</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution type</source>
        <translation>医療機関種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Focus year: %1</source>
        <translation>対象年: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years: %1–%2</source>
        <translation>期間: %1–%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>all</source>
        <comment>no filter on a dimension</comment>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>filter: its categories</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top N: %1</source>
        <translation>上位N: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other expanded: %1</source>
        <translation>「その他」を展開: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Official statistics of foreign patients (MOHW / KHIDI) · %1</source>
        <translation>韓国保健福祉部・韓国保健産業振興院「外国人患者誘致実績」 · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data from %1 · %2</source>
        <comment>report subtitle for loaded data</comment>
        <translation>データ: %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generated %1, %2
Dataset: %3</source>
        <translation>作成日時: %1 %2
データセット: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none loaded</source>
        <translation>読み込まれていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied filters</source>
        <translation>適用中のフィルター</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No dataset is loaded.</source>
        <translation>データセットが読み込まれていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key figures, %1</source>
        <translation>%1の主要指標</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inside: nationality shares, year-over-year growth and the specialty breakdown, each chart with its table; the top 10 nationalities; definitions and source.</source>
        <translation>内容: 国籍別構成比、前年比増減率、診療科別内訳（各グラフと表）、国籍別上位10、定義と出典。</translation>
    </message>
</context>
<context>
    <name>medtour::ReportPageSetup</name>
    <message>
        <location filename="../../views/reportpagesetup.cpp" line="+31"/>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/%2/%3/%4 mm</source>
        <translation>%1/%2/%3/%4 mm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter</source>
        <comment>US Letter paper size</comment>
        <translation>レター</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 landscape, margins %2</source>
        <translation>%1 横、余白 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 portrait, margins %2</source>
        <translation>%1 縦、余白 %2</translation>
    </message>
</context>
<context>
    <name>medtour::ReportSections</name>
    <message>
        <location filename="../../views/reportsections.cpp" line="+44"/>
        <source>%1.</source>
        <comment>a reason from the model as a sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Chart data</source>
        <translation>グラフのデータ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rows for this filter.</source>
        <translation>このフィルターに該当する行はありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Top 10 nationalities, %1</source>
        <translation>%1の国籍別上位10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No published breakdown by nationality for this filter.</source>
        <translation>このフィルターでは国籍別の公表データがありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rank</source>
        <comment>column header: position in the ranking</comment>
        <translation>順位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <comment>column header</comment>
        <translation>国籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients</source>
        <comment>column header: number of patients</comment>
        <translation>患者数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <comment>column header: percent of the total</comment>
        <translation>構成比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YoY growth</source>
        <comment>column header: change against the previous year</comment>
        <translation>前年比増減率</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All nationalities</source>
        <comment>total row of the table</comment>
        <translation>全国籍</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Patients: department-based counts in %1. Share: of the total of the same measure (published share where available). YoY growth: against %2; a published rate where %2 has no count. Ranked by share.</source>
        <translation>患者数: %1の診療科基準件数。構成比: 同じ指標の合計に対する割合（公表値がある場合は公表値）。前年比増減率: %2比。%2の件数がない場合は公表された増減率。構成比の順。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patients: real patients in %1. Share: of the total of the same measure (published share where available). YoY growth: against %2; a published rate where %2 has no count. Ranked by share.</source>
        <translation>患者数: %1の実患者。構成比: 同じ指標の合計に対する割合（公表値がある場合は公表値）。前年比増減率: %2比。%2の件数がない場合は公表された増減率。構成比の順。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Department-based counts: a patient is counted once per department visited; specialty shares are shares of these counts, not of real patients.</source>
        <translation>診療科基準件数: 患者を受診した診療科ごとに1回数えます。診療科別構成比はこの件数に対する割合で、実患者に対するものではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Years %1–%2 shown; every year is in the CSV and XLSX export.</source>
        <translation>%1–%2のみ表示。全年のデータはCSV・XLSXエクスポートにあります。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nationality shares, %1</source>
        <translation>%1の国籍別構成比</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Year-over-year growth, %1–%2</source>
        <translation>前年比増減率、%1–%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Specialties, %1</source>
        <translation>%1の診療科別内訳</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Real patients: de-duplicated foreign patients; each person is counted once per year (all foreign patients, %1: %2).</source>
        <translation>実患者: 重複を除いた外国人患者で、1人を各年1回数えます（外国人患者全体、%1: %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Department-based counts: a patient is counted once per department visited, so their total (all specialties, %1: %2) is larger than the real-patient total. Specialty shares use the department-based total, not the real patients.</source>
        <translation>診療科基準件数: 患者を受診した診療科ごとに1回数えるため、その合計（全診療科、%1: %2）は実患者の合計より大きくなります。診療科別構成比は実患者ではなく診療科基準の合計に対する割合です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>≈ marks rounded, approximate, share-only or derived values (computed from other official figures); %1 means not published. Missing values are never shown as zero.</source>
        <translation>≈は四捨五入値、概数、構成比のみの値、または算出値（他の公式数値から計算）を示し、「%1」は未公表を意味します。欠損値をゼロとして表示することはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YoY growth: change against the previous year&apos;s value of the same measure, or the published growth rate where the previous count is not published.</source>
        <translation>前年比増減率: 同じ指標の前年値に対する変化率。前年の件数が未公表の場合は公表された増減率です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Definitions</source>
        <translation>定義</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <comment>heading: where the data comes from</comment>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataset: %1</source>
        <translation>データセット: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Observations under the applied filters (rows: %1)</source>
        <translation>適用中のフィルターの観測値（行数: %1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No observation matches the applied filters.</source>
        <translation>適用中のフィルターに該当する観測値はありません。</translation>
    </message>
</context>
<context>
    <name>medtour::ReportSetupDialog</name>
    <message>
        <location filename="../../app/reportsetupdialog.cpp" line="+66"/>
        <source>Append the observations table</source>
        <translation>観測値の表を追加</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Report page setup</source>
        <translation>レポートのページ設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US レター (8.5 × 11 インチ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The filtered data table, continued over as many pages as it needs</source>
        <translation>フィルター適用後のデータ表を、必要なページ数にわたって掲載します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation</source>
        <translation>向き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margins</source>
        <translation>余白</translation>
    </message>
</context>
<context>
    <name>medtour::ShareTableModel</name>
    <message>
        <location filename="../../model/sharetablemodel.cpp" line="+50"/>
        <source>published total minus the categories shown</source>
        <translation>公表合計から表示項目を差し引いた値</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Korean name</source>
        <translation>韓国語名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department-based count</source>
        <translation>診療科基準の患者数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patients</source>
        <translation>患者数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <comment>column header: percent of the total</comment>
        <translation>構成比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YoY growth</source>
        <translation>前年比増減率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <comment>column header: observation status</comment>
        <translation>観測ステータス</translation>
    </message>
</context>
<context>
    <name>medtour::SpecialtyBreakdownChart</name>
    <message>
        <location filename="../../views/specialtybreakdownchart.cpp" line="+59"/>
        <location line="+111"/>
        <location line="+1"/>
        <location line="+72"/>
        <location filename="../../views/specialtymarks.cpp" line="+46"/>
        <source>Department-based count</source>
        <translation>診療科基準の件数</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Specialty breakdown, %1</source>
        <comment>%1 = a year or a range of years</comment>
        <translation>診療科別内訳、%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>department-based counts: a patient may count in several departments</source>
        <translation>診療科基準：1人の患者が複数の診療科で集計される場合があります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <comment>chart heading (its note)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No published specialty breakdown under this filter</source>
        <translation>このフィルター条件では診療科別データが公表されていません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No published specialty counts for %1 under this filter</source>
        <translation>このフィルター条件では%1の診療科別件数が公表されていません</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+73"/>
        <location filename="../../views/specialtymarks.cpp" line="+1"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+71"/>
        <location filename="../../views/specialtymarks.cpp" line="-1"/>
        <source>Share of department-based counts (%)</source>
        <translation>診療科基準の構成比（%）</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+72"/>
        <location filename="../../views/specialtymarks.cpp" line="+1"/>
        <source>Share (%)</source>
        <translation>構成比（%）</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Not itemised</source>
        <comment>share of the department-based total not broken down by specialty</comment>
        <translation>内訳非公表</translation>
    </message>
    <message>
        <location filename="../../views/specialtymarks.cpp" line="+33"/>
        <source>Click to filter to %1</source>
        <translation>クリックで%1に絞り込み</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1: %2</source>
        <comment>chart title: why it has no data</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 (%3)</source>
        <comment>name, count (share)</comment>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <comment>name, count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specialty breakdown, department-based counts in %1: %2.</source>
        <translation>診療科別内訳、%1の診療科基準件数：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>medtour::SummaryReport</name>
    <message>
        <location filename="../../views/reportcontent.cpp" line="+18"/>
        <source>Foreign patients in Korea — summary report</source>
        <translation>韓国の外国人患者 — 概要レポート</translation>
    </message>
    <message>
        <location filename="../../views/summaryreport.cpp" line="+99"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>MedTour Dashboard summary report %1</source>
        <translation>MedTour Dashboard 概要レポート %1</translation>
    </message>
</context>
<context>
    <name>medtour::ViewFiles</name>
    <message>
        <location filename="../../app/explorationviewfiles.cpp" line="-131"/>
        <source>cannot write the view: %1</source>
        <translation>ビューを書き込めません: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the view: %1</source>
        <translation>ビューを読み込めません: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not valid JSON: %1</source>
        <translation>JSON として正しくありません: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a saved view: expected a JSON object {&quot;format&quot;: &quot;medtour-view&quot;, …}, found an array</source>
        <translation>保存したビューではありません: JSON オブジェクト {&quot;format&quot;: &quot;medtour-view&quot;, …} が必要ですが、配列です</translation>
    </message>
</context>
<context>
    <name>medtour::ViewState</name>
    <message>
        <location filename="../../model/viewstate.cpp" line="+62"/>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <location line="+30"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&quot;%1&quot;: expected %2, found %3; ignored</source>
        <translation>&quot;%1&quot;: %2 が必要ですが %3 です。無視しました</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;filter.top_n&quot;: %1 is outside 1–50; %2 is used</source>
        <translation>&quot;filter.top_n&quot;: %1 は 1–50 の範囲外です。%2 を使います</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a list of names [&quot;Japan&quot;, …]</source>
        <translation>名前のリスト [&quot;Japan&quot;, …]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not a MedTour view (expected &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>MedTourのビューではありません（&quot;format&quot;: &quot;%1&quot; が必要です）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>view format version %1 is not supported (this program reads version %2)</source>
        <translation>ビュー形式のバージョン%1には対応していません（このプログラムはバージョン%2を読み込みます）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 &quot;%2&quot; is not in the data; left out</source>
        <translation>%1「%2」はデータにないため除外しました</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>years %1–%2 (focus %3) moved into the data&apos;s %4–%5</source>
        <translation>年 %1–%2（対象 %3）をデータの範囲 %4–%5 に調整しました</translation>
    </message>
</context>
<context>
    <name>medtour::XlsxTableExport</name>
    <message>
        <location filename="../../views/xlsxtableexport.cpp" line="+205"/>
        <source>MedTour Dashboard tables</source>
        <translation>MedTour Dashboard の表</translation>
    </message>
</context>
</TS>
