<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>medtour::Breadcrumb</name>
    <message>
        <location filename="../../views/breadcrumb.cpp" line="+42"/>
        <source>Active filters</source>
        <translation>적용된 필터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All data ›</source>
        <translation>전체 데이터 ›</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear every filter</source>
        <translation>모든 필터 해제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every filter and show all data</source>
        <translation>모든 필터를 해제하고 전체 데이터를 표시합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a slice or bar to filter every view to it; Esc goes back.</source>
        <translation>조각이나 막대를 클릭하면 모든 화면이 해당 항목으로 필터링됩니다. Esc 키로 돌아갑니다.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>, </source>
        <comment>between the selected categories</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <comment>chip: dimension: selected categories</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove filter %1: %2</source>
        <translation>필터 해제 %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: Other expanded</source>
        <translation>%1: 기타 펼침</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fold %1 back into top %2 and Other</source>
        <translation>%1을(를) 상위 %2개와 기타로 다시 접기</translation>
    </message>
</context>
<context>
    <name>medtour::BreakdownTableModel</name>
    <message>
        <location filename="../../model/breakdowntablemodel.cpp" line="+69"/>
        <source>No published breakdown by %1 in %2–%3</source>
        <translation>%2–%3 %1별 공표 자료 없음</translation>
    </message>
</context>
<context>
    <name>medtour::BuiltinDataset</name>
    <message>
        <location filename="../../model/builtindataset.cpp" line="+39"/>
        <source>MOHW / KHIDI, 외국인환자 유치실적</source>
        <comment>the official statistics inside a source line</comment>
        <translation>보건복지부·한국보건산업진흥원, 외국인환자 유치실적</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (user file)</source>
        <comment>a loaded file inside a source line</comment>
        <translation>%1 (사용자 파일)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source: %1</source>
        <comment>source line of loaded data</comment>
        <translation>출처: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Built-in: MOHW / KHIDI foreign patient statistics 2009–2024</source>
        <translation>내장: 보건복지부·한국보건산업진흥원 외국인환자 통계 2009–2024</translation>
    </message>
</context>
<context>
    <name>medtour::CategoryChecklist</name>
    <message>
        <location filename="../../views/categorychecklist.cpp" line="+29"/>
        <source>&amp;Nationality</source>
        <translation>국적(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Specialty</source>
        <translation>진료과(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institution type</source>
        <translation>의료기관 종별(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion</source>
        <translation>지역(&amp;G)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Search %1 (English, 한국어, 日本語)</source>
        <comment>%1 = dimension name</comment>
        <translation>%1 검색 (English, 한국어, 日本語)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search %1</source>
        <comment>%1 = dimension name</comment>
        <translation>%1 검색</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 filter</source>
        <comment>%1 = dimension name</comment>
        <translation>%1 필터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check categories to filter; none checked means all</source>
        <translation>필터링할 항목을 선택하세요. 선택하지 않으면 전체입니다.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (%2)</source>
        <comment>category name (its English id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>all</source>
        <comment>no category checked: all are included</comment>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <comment>checked categories of all</comment>
        <translation>%2개 중 %1개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <comment>dimension (how many are checked)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>medtour::ChartLegend</name>
    <message>
        <location filename="../../views/chartlegend.cpp" line="+185"/>
        <source>Click to show</source>
        <translation>클릭하여 표시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to hide</source>
        <translation>클릭하여 숨기기</translation>
    </message>
</context>
<context>
    <name>medtour::ChartPanel</name>
    <message>
        <location filename="../../views/chartpanel.cpp" line="+141"/>
        <source>Export as PNG…</source>
        <translation>PNG로 내보내기…</translation>
    </message>
</context>
<context>
    <name>medtour::ChartToolTips</name>
    <message>
        <location filename="../../views/charttooltips.cpp" line="+19"/>
        <source>Patients</source>
        <translation>환자 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department-based count</source>
        <translation>진료과 기준 건수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>국가 수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other</source>
        <comment>remainder after the top N categories</comment>
        <translation>기타</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <comment>tooltip head: category name (its English id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <comment>tooltip head: category · year</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3)</source>
        <comment>count label: count (status)</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share: %1</source>
        <translation>비중: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YoY growth: %1 (as published)</source>
        <translation>전년 대비 증감률: %1 (공표값)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YoY growth: %1</source>
        <translation>전년 대비 증감률: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: %1</source>
        <comment>source ids of a value</comment>
        <translation>출처: %1</translation>
    </message>
</context>
<context>
    <name>medtour::ComparisonTableModel</name>
    <message>
        <location filename="../../model/comparisontablemodel.cpp" line="+62"/>
        <source>No published %1 figures for %2 or %3 under this filter</source>
        <translation>이 필터 조건에서 %2 또는 %3의 %1 공표 수치 없음</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <comment>column header: B minus A</comment>
        <translation>증감</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %</source>
        <comment>column header: change in percent of A</comment>
        <translation>증감률</translation>
    </message>
</context>
<context>
    <name>medtour::ComparisonView</name>
    <message>
        <location filename="../../views/comparisonview.cpp" line="+123"/>
        <source>Two years</source>
        <translation>두 연도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two categories</source>
        <translation>두 항목</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare what</source>
        <translation>비교 대상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison dimension</source>
        <translation>비교 구분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison A</source>
        <translation>비교 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison B</source>
        <translation>비교 B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Of</source>
        <translation>구분(&amp;O)</translation>
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
        <translation>비교 표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison chart</source>
        <translation>비교 차트</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>%1: %2 vs %3</source>
        <translation>%1: %2 대 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 vs %2 by year</source>
        <translation>연도별 %1 대 %2</translation>
    </message>
</context>
<context>
    <name>medtour::CsvExport</name>
    <message>
        <location filename="../../model/csvexport.cpp" line="+110"/>
        <location line="+3"/>
        <source>cannot write: %1</source>
        <translation>쓸 수 없음: %1</translation>
    </message>
</context>
<context>
    <name>medtour::CubeQuery</name>
    <message>
        <location filename="../../model/cubequery.cpp" line="+123"/>
        <source>combined rows are not summed with their parts</source>
        <translation>합산 행은 구성 항목과 더하지 않음</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sum of %1 published values</source>
        <translation>공표값 %1개의 합</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not all selected categories have a published value</source>
        <translation>선택한 항목 중 일부는 공표값 없음</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>a selected category is not in this dataset</source>
        <translation>선택한 항목이 이 데이터셋에 없음</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No published breakdown by %1 for %2</source>
        <translation>%2 %1별 공표 자료 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No published breakdown by %1 for %2 in %3</source>
        <translation>%3 조건에서 %2 %1별 공표 자료 없음</translation>
    </message>
</context>
<context>
    <name>medtour::DataTableView</name>
    <message>
        <location filename="../../views/datatableview.cpp" line="+69"/>
        <source>Observations</source>
        <translation>관측값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation count</source>
        <translation>관측값 수</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 observations</source>
        <translation>관측값 %1건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 observations</source>
        <translation>관측값 %2건 중 %1건</translation>
    </message>
</context>
<context>
    <name>medtour::DatasetController</name>
    <message>
        <location filename="../../app/datasetcontroller.cpp" line="+90"/>
        <source>Built-in: MOHW / KHIDI 2009–2024</source>
        <translation>내장: 보건복지부·한국보건산업진흥원 2009–2024</translation>
    </message>
    <message>
        <location filename="../../app/datasetentries.cpp" line="+16"/>
        <source>%1 observations</source>
        <translation>관측값 %1개</translation>
    </message>
    <message>
        <location filename="../../app/datasetcontroller.cpp" line="+35"/>
        <source>Data files (*.csv *.tsv *.txt *.xlsx);;CSV (*.csv);;Tab-separated (*.tsv *.txt);;Excel workbook (*.xlsx);;All files (*)</source>
        <translation>데이터 파일 (*.csv *.tsv *.txt *.xlsx);;CSV (*.csv);;탭 구분 (*.tsv *.txt);;Excel 통합 문서 (*.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open data file…</source>
        <translation>데이터 파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Open data file</source>
        <translation>데이터 파일 열기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import with preview…</source>
        <translation>미리 보기로 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Import with preview</source>
        <translation>미리 보기로 가져오기</translation>
    </message>
    <message>
        <location filename="../../app/datasetentries.cpp" line="-1"/>
        <source>Foreign patient statistics, MOHW / KHIDI (compiled in)</source>
        <translation>외국인환자 유치실적, 보건복지부·한국보건산업진흥원 (내장)</translation>
    </message>
    <message>
        <location filename="../../app/datasetcontroller.cpp" line="+5"/>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
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
        <translation>(없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear the list</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;data</source>
        <translation>데이터 내보내기(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Filtered table as CSV…</source>
        <translation>필터 적용된 표를 CSV로(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nationality shares table as CSV…</source>
        <translation>국적별 비중 표를 CSV로(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Growth table as CSV…</source>
        <translation>증감률 표를 CSV로(&amp;G)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Specialty table as CSV…</source>
        <translation>진료과 표를 CSV로(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write numbers as &amp;displayed (1,170,467 · ≈ · n/a)</source>
        <translation>화면 표시대로 숫자 쓰기(&amp;D) (1,170,467 · ≈ · 자료 없음)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Datasets</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 will be read after the current import</source>
        <translation>현재 가져오기가 끝나면 %1을(를) 읽습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>Wait for the current import to finish</source>
        <translation>현재 가져오기가 끝날 때까지 기다려 주십시오</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+56"/>
        <source>Import of %1 cancelled; the previous dataset stays active</source>
        <translation>%1 가져오기를 취소했습니다. 이전 데이터셋을 계속 사용합니다</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Cannot open %1</source>
        <translation>%1을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1

The previous dataset stays active.</source>
        <translation>%1

이전 데이터셋을 계속 사용합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open %1; the previous dataset stays active</source>
        <translation>%1을(를) 열 수 없습니다. 이전 데이터셋을 계속 사용합니다</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loaded %1: %2 observations</source>
        <translation>%1 불러옴: 관측값 %2개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded %1: %2 observations, %3 warning(s) — see the Datasets panel</source>
        <translation>%1 불러옴: 관측값 %2개, 경고 %3개 — 데이터셋 패널을 확인하십시오</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export data as CSV</source>
        <translation>데이터를 CSV로 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV export failed</source>
        <translation>CSV 내보내기 실패</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1</source>
        <translation>%1 저장함</translation>
    </message>
</context>
<context>
    <name>medtour::DatasetLoader</name>
    <message>
        <location filename="../../app/datasetloader.cpp" line="+51"/>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
</context>
<context>
    <name>medtour::DatasetModel</name>
    <message>
        <location filename="../../model/datasetmodel.cpp" line="+68"/>
        <source>Total</source>
        <comment>the dimension is not broken down</comment>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <comment>column header: what a value counts</comment>
        <translation>측정 항목</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patients</source>
        <translation>환자 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <comment>column header: percent of the total</comment>
        <translation>비중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <comment>column header: observation status</comment>
        <translation>관측 상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>medtour::DatasetRegistry</name>
    <message>
        <location filename="../../model/datasetregistry.cpp" line="+107"/>
        <source>Warnings (%1):</source>
        <translation>경고 (%1건):</translation>
    </message>
</context>
<context>
    <name>medtour::DatasetsPanel</name>
    <message>
        <location filename="../../views/datasetspanel.cpp" line="+49"/>
        <source>active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>⚠ %1 warning(s) — hover for details</source>
        <translation>⚠ 경고 %1건 — 마우스를 올리면 자세히 표시</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Datasets</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded datasets</source>
        <translation>불러온 데이터셋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make active</source>
        <translation>사용하기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive the dashboard with the selected dataset</source>
        <translation>선택한 데이터셋으로 대시보드를 표시합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the selected file again with the same encoding and column mapping</source>
        <translation>같은 인코딩과 열 매핑으로 선택한 파일을 다시 읽습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the selected file (the built-in dataset stays)</source>
        <translation>선택한 파일을 목록에서 제거합니다 (기본 데이터셋은 유지)</translation>
    </message>
</context>
<context>
    <name>medtour::ExplorationActions</name>
    <message>
        <location filename="../../app/explorationactions.cpp" line="+57"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>실행 취소(&amp;U): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>다시 실행(&amp;R): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go up one drill level (Esc, Alt+Left)</source>
        <translation>드릴다운 한 단계 위로 (Esc, Alt+←)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear filters</source>
        <translation>필터 모두 지우기(&amp;C)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nationality shares as &amp;donut</source>
        <translation>국적별 비중을 도넛 차트로(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality shares as ranked &amp;bars</source>
        <translation>국적별 비중을 순위 막대로(&amp;B)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nationality bars show &amp;shares</source>
        <translation>국적 막대에 비중 표시(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Specialties: focus year</source>
        <translation>진료과: 기준 연도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialties: grouped across years</source>
        <translation>진료과: 연도별 묶음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specialties: stacked across years</source>
        <translation>진료과: 연도별 누적</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specialties: 100% across years</source>
        <translation>진료과: 연도별 100% 누적</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Specialty bars show s&amp;hares</source>
        <translation>진료과 막대에 비중 표시(&amp;H)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Growth on a log scale</source>
        <translation>증감 차트를 로그 척도로(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Korean units (117만)</source>
        <translation>만 단위 표시(&amp;K) (117만)</translation>
    </message>
</context>
<context>
    <name>medtour::ExplorationCompare</name>
    <message>
        <location filename="../../app/explorationcompare.cpp" line="+28"/>
        <source>Compare two years or two categories</source>
        <translation>두 연도 또는 두 범주 비교</translation>
    </message>
</context>
<context>
    <name>medtour::ExplorationController</name>
    <message>
        <location filename="../../app/explorationcontroller.cpp" line="+25"/>
        <source>nationality</source>
        <comment>dimension inside an undo text</comment>
        <translation>국적</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialty</source>
        <comment>dimension inside an undo text</comment>
        <translation>진료과</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>institution type</source>
        <comment>dimension inside an undo text</comment>
        <translation>의료기관 종별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <comment>dimension inside an undo text</comment>
        <translation>시도</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Filter %1 to %2</source>
        <translation>%1 필터: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expand &quot;Other&quot; (%1)</source>
        <translation>&quot;기타&quot; 펼치기 (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back (%1)</source>
        <translation>뒤로 (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove filter %1</source>
        <translation>%1 필터 제거</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fold &quot;Other&quot; (%1)</source>
        <translation>&quot;기타&quot; 접기 (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clear filters</source>
        <translation>필터 모두 지우기</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reset filters</source>
        <translation>필터 초기화</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change filter</source>
        <translation>필터 변경</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Focus on %1</source>
        <translation>%1에 초점</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shares as donut</source>
        <translation>비중을 도넛 차트로</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shares as bars</source>
        <translation>비중을 막대로</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Specialty chart mode</source>
        <translation>진료과 차트 방식</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nationality values</source>
        <translation>국적 값 표시</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Specialty values</source>
        <translation>진료과 값 표시</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Korean units</source>
        <translation>만 단위</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plain numbers</source>
        <translation>일반 숫자</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log scale</source>
        <translation>로그 척도</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linear scale</source>
        <translation>선형 척도</translation>
    </message>
</context>
<context>
    <name>medtour::ExplorationViewFiles</name>
    <message>
        <location filename="../../app/explorationviewfiles.cpp" line="+114"/>
        <source>Ope&amp;n view…</source>
        <translation>보기 열기(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save vie&amp;w…</source>
        <translation>보기 저장(&amp;W)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MedTour views (*.medtour-view.json *.json)</source>
        <translation>MedTour 보기 (*.medtour-view.json *.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open view %1</source>
        <translation>보기 열기 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Save view</source>
        <translation>보기 저장</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>Open view</source>
        <translation>보기 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The view was opened, but the data differs from when it was saved:

%1</source>
        <translation>보기를 열었지만 저장할 때와 데이터가 다릅니다:

%1</translation>
    </message>
</context>
<context>
    <name>medtour::ExportController</name>
    <message>
        <location filename="../../app/exportcontroller.cpp" line="+76"/>
        <source>Export as SVG…</source>
        <translation>SVG로 내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy chart</source>
        <translation>차트 복사</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export chart as PNG</source>
        <translation>차트를 PNG로 내보내기(&amp;E)</translation>
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
        <translation>모든 차트 내보내기(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export chart tables as &amp;XLSX…</source>
        <translation>차트 표를 XLSX로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page set&amp;up…</source>
        <translation>페이지 설정(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pre&amp;view…</source>
        <translation>인쇄 미리 보기(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export chart as PNG</source>
        <translation>차트를 PNG로 내보내기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PNG export failed</source>
        <translation>PNG 내보내기 실패</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <location line="+41"/>
        <location line="+57"/>
        <source>Wrote %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Export chart as SVG</source>
        <translation>차트를 SVG로 내보내기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SVG export failed</source>
        <translation>SVG 내보내기 실패</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied %1 (%2 × %3 px)</source>
        <translation>%1 복사함 (%2 × %3 px)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export all charts to folder</source>
        <translation>모든 차트를 폴더로 내보내기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chart export failed</source>
        <translation>차트 내보내기 실패</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1 files (PNG and SVG) to %2</source>
        <translation>파일 %1개(PNG 및 SVG)를 %2에 저장함</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export chart tables as XLSX</source>
        <translation>차트 표를 XLSX로 내보내기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+136"/>
        <source>Nationality shares</source>
        <translation>국적별 비중</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+135"/>
        <source>YoY growth</source>
        <translation>전년 대비 증감률</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Specialty breakdown</source>
        <translation>진료과별 분포</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export chart as SV&amp;G</source>
        <translation>차트를 SVG로 내보내기(&amp;G)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export summary as PD&amp;F…</source>
        <translation>요약 보고서를 PDF로 내보내기(&amp;F)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cop&amp;y chart</source>
        <translation>차트 복사(&amp;Y)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Specialties</source>
        <translation>진료과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>관측값</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XLSX export failed</source>
        <translation>XLSX 내보내기 실패</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report pages: %1</source>
        <translation>보고서 페이지: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No printer installed: save the report as PDF</source>
        <translation>설치된 프린터 없음: 보고서를 PDF로 저장</translation>
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
        <translation>설치된 프린터가 없어 PDF로 저장했습니다: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No printer is installed; saved as PDF instead:
%1</source>
        <translation>설치된 프린터가 없어 PDF로 저장했습니다:
%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export summary as PDF</source>
        <translation>요약 보고서를 PDF로 내보내기</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF export failed</source>
        <translation>PDF 내보내기 실패</translation>
    </message>
</context>
<context>
    <name>medtour::FilterPanel</name>
    <message>
        <location filename="../../views/filterpanel.cpp" line="+106"/>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Focus year</source>
        <translation>기준 연도(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Years</source>
        <translation>기간(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <comment>year range: from … to …</comment>
        <translation>~</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Top N</source>
        <translation>상위 N(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus year</source>
        <translation>기준 연도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the KPIs, shares and specialty breakdown</source>
        <translation>주요 지표, 비중, 진료과별 현황의 기준 연도</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year range from</source>
        <translation>기간 시작 연도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year range to</source>
        <translation>기간 종료 연도</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top N categories</source>
        <translation>상위 N개 항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories shown before &quot;Other&quot; in ranked charts</source>
        <translation>순위 차트에서 &quot;기타&quot; 앞에 표시할 항목 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset filters</source>
        <translation>필터 초기화(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset filters</source>
        <translation>필터 초기화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All years, all categories, top 5</source>
        <translation>전체 연도, 전체 항목, 상위 5</translation>
    </message>
</context>
<context>
    <name>medtour::FilterState</name>
    <message>
        <location filename="../../model/filterstate.cpp" line="+49"/>
        <source>Focus year: %1</source>
        <translation>기준 연도: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years: %1–%2</source>
        <translation>기간: %1–%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all</source>
        <comment>no category selected</comment>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top N: %1</source>
        <translation>상위 N: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other expanded: %1</source>
        <translation>기타 펼침: %1</translation>
    </message>
</context>
<context>
    <name>medtour::GrowthChart</name>
    <message>
        <location filename="../../views/growthchart.cpp" line="+100"/>
        <source>Department-based counts per year and YoY growth</source>
        <translation>연도별 진료과 기준 건수와 전년 대비 증감률</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patients per year and YoY growth</source>
        <translation>연도별 환자 수와 전년 대비 증감률</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Department-based counts per year and YoY growth, %1–%2</source>
        <translation>연도별 진료과 기준 건수와 전년 대비 증감률, %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients per year and YoY growth, %1–%2</source>
        <translation>연도별 환자 수와 전년 대비 증감률, %1–%2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>YoY growth (%)</source>
        <translation>전년 대비 증감률 (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>YoY (%)</source>
        <translation>증감률 (%)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+99"/>
        <source>YoY growth (%) – %1</source>
        <comment>legend: growth line of a series</comment>
        <translation>전년 대비 증감률 (%) – %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Count (log scale)</source>
        <translation>건수 (로그 척도)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients (log scale)</source>
        <translation>환자 수 (로그 척도)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Department-based count</source>
        <translation>진료과 기준 건수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patients</source>
        <translation>환자 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <location filename="../../views/growthmarks.cpp" line="+68"/>
        <source>(YoY growth line)</source>
        <translation>(전년 대비 증감률 선)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to filter to %1</source>
        <translation>클릭하여 %1 필터 적용</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: %2</source>
        <comment>chart title: why it has no data</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 (%3)</source>
        <comment>year, count (growth)</comment>
        <translation>%1 %2 (%3)</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2.</source>
        <comment>chart title. the values of each series</comment>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <comment>between the series of a description</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>medtour::GrowthTableModel</name>
    <message>
        <location filename="../../model/growthtablemodel.cpp" line="+32"/>
        <source>All patients (department-based)</source>
        <translation>전체 환자 (진료과 기준)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All patients</source>
        <translation>전체 환자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (department-based)</source>
        <translation>%1 (진료과 기준)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No published counts for this selection in %1–%2</source>
        <translation>%1–%2 이 선택의 공표 수치 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No published counts for %1 in %2–%3</source>
        <translation>%2–%3 %1 공표 수치 없음</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 patients</source>
        <comment>column header: counts of a series</comment>
        <translation>%1 환자 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 YoY</source>
        <comment>column header: YoY growth of a series</comment>
        <translation>%1 전년 대비 증감률</translation>
    </message>
</context>
<context>
    <name>medtour::Import</name>
    <message>
        <location filename="../../model/csvsplit.cpp" line="+42"/>
        <location filename="../../model/import/delimitedtext.cpp" line="+110"/>
        <location line="+60"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../../model/import/registrychunk.cpp" line="+184"/>
        <source>unterminated quoted field: expected a closing &apos;&quot;&apos;</source>
        <translation>닫히지 않은 따옴표 필드: 닫는 &apos;&quot;&apos; 필요</translation>
    </message>
    <message>
        <location filename="../../model/import/delimitedtext.cpp" line="-109"/>
        <location filename="../../model/import/importtext.cpp" line="+21"/>
        <source>tab</source>
        <comment>the tab delimiter</comment>
        <translation>탭</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the file is empty: expected a header row and data rows</source>
        <translation>빈 파일: 머리글 행과 데이터 행 필요</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no header: the file has only blank or &apos;#&apos; comment lines; expected a header row and data rows</source>
        <translation>머리글 없음: 빈 줄이나 &apos;#&apos; 주석 줄만 있음. 머리글 행과 데이터 행 필요</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>line %1 has %2</source>
        <translation>%1행은 %2개</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 row(s) do not have the header&apos;s %3 cells (%4; delimiter %5)</source>
        <translation>%1: 머리글의 셀 %3개와 맞지 않는 행 %2개 (%4, 구분자 %5)</translation>
    </message>
    <message>
        <location filename="../../model/import/importer.cpp" line="+34"/>
        <source>the file is empty: expected a table with a header row</source>
        <translation>빈 파일: 머리글 행이 있는 표 필요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>old binary Excel (.xls) workbooks are not read: expected CSV, TSV or XLSX (save the file as .xlsx or CSV)</source>
        <translation>이전 바이너리 Excel(.xls) 통합 문서는 읽을 수 없음: CSV, TSV 또는 XLSX 필요 (.xlsx 또는 CSV로 저장)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+40"/>
        <location filename="../../model/import/registryreader.cpp" line="+207"/>
        <source>import cancelled</source>
        <translation>가져오기 취소됨</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>XLSX workbook, sheet &quot;%1&quot; (the first)</source>
        <translation>XLSX 통합 문서, 시트 &quot;%1&quot; (첫 번째)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLSX workbook, sheet &quot;%1&quot;</source>
        <translation>XLSX 통합 문서, 시트 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cannot open the file: %1</source>
        <translation>파일을 열 수 없음: %1</translation>
    </message>
    <message>
        <location filename="../../model/import/importtext.cpp" line="-13"/>
        <source>nationality</source>
        <comment>dimension in import messages</comment>
        <translation>국적</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialty</source>
        <comment>dimension in import messages</comment>
        <translation>진료과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>institution_type</source>
        <comment>dimension in import messages</comment>
        <translation>의료기관 종별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <comment>dimension in import messages</comment>
        <translation>시도</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;,&apos; (comma)</source>
        <translation>&apos;,&apos; (쉼표)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;;&apos; (semicolon)</source>
        <translation>&apos;;&apos; (세미콜론)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>encoding %1 (detected)</source>
        <translation>인코딩 %1 (자동 감지)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>encoding %1 (given)</source>
        <translation>인코딩 %1 (지정)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delimiter %1 (detected)</source>
        <translation>구분자 %1 (자동 감지)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delimiter %1 (given)</source>
        <translation>구분자 %1 (지정)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shape %1, column mapping given</source>
        <translation>형태 %1, 열 매핑 지정</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 records counted</source>
        <translation>레코드 %1건 집계</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: 1 record without a %2 counted only in the totals</source>
        <translation>%1: %2 없는 레코드 1건은 합계에만 포함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 records without a %3 counted only in the totals</source>
        <translation>%1: %3 없는 레코드 %2건은 합계에만 포함</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: 1 total row (합계 / Total) not counted as records: line %2</source>
        <translation>%1: 합계 행(합계 / Total) 1개는 레코드로 집계하지 않음: %2행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 total rows (합계 / Total) not counted as records: lines %3</source>
        <translation>%1: 합계 행(합계 / Total) %2개는 레코드로 집계하지 않음: %3행</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; (column %2)</source>
        <translation>&quot;%1&quot; (%2열)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: column not in the cube: %2</source>
        <translation>%1: 큐브에 넣지 않은 열: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: columns not in the cube: %2</source>
        <translation>%1: 큐브에 넣지 않은 열: %2</translation>
    </message>
    <message>
        <location filename="../../model/import/interpretcontext.cpp" line="+72"/>
        <location filename="../../model/import/registrychunk.cpp" line="+134"/>
        <source>expected a year such as 2024, found &quot;%1&quot;</source>
        <translation>2024 같은 연도가 필요하지만 &quot;%1&quot;임</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../model/import/registrychunk.cpp" line="+1"/>
        <source>expected a date such as 2024-03-05, found &quot;%1&quot;</source>
        <translation>2024-03-05 같은 날짜가 필요하지만 &quot;%1&quot;임</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: no total (합계 / Total) of %2 for %3: the key figures, shares and growth of those years cannot be computed; add a total row</source>
        <translation>%1: %3년의 %2 합계(합계 / Total) 행이 없음: 그 연도의 주요 지표, 비중, 증감률을 계산할 수 없음; 합계 행을 추가하세요</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: the %2 %3 parts sum to %4, more than their published total %5 (%6)</source>
        <translation>%1: %3 항목 %2개의 합 %4이(가) 공표 합계 %5보다 큼 (%6)</translation>
    </message>
    <message>
        <location filename="../../model/import/recordcounter.cpp" line="+35"/>
        <source>record-level: each row counted as one patient; cells by specialty are department-based counts</source>
        <translation>레코드 단위: 각 행을 환자 1명으로 집계, 진료과별 셀은 진료과 기준 집계</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record-level: each row counted as one patient</source>
        <translation>레코드 단위: 각 행을 환자 1명으로 집계</translation>
    </message>
    <message>
        <location filename="../../model/import/registrychunk.cpp" line="-175"/>
        <source>invalid byte 0x%1: expected valid UTF-8 text</source>
        <translation>잘못된 바이트 0x%1: 올바른 UTF-8 텍스트 필요</translation>
    </message>
    <message>
        <location line="+165"/>
        <location filename="../../model/import/tableinterpreter.cpp" line="+227"/>
        <source>expected at most %1 fields as in the header, found %2</source>
        <translation>머리글처럼 필드가 최대 %1개여야 하지만 %2개임</translation>
    </message>
    <message>
        <location filename="../../model/import/registryreader.cpp" line="+73"/>
        <location filename="../../model/import/tableinterpreter.cpp" line="+48"/>
        <source>expected at least one data row with a year and a count</source>
        <translation>연도와 수치가 있는 데이터 행이 하나 이상 필요</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>read by the parallel record-level reader (1 thread, memory-mapped)</source>
        <translation>병렬 레코드 단위 리더로 읽음 (스레드 1개, 메모리 매핑)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read by the parallel record-level reader (1 thread)</source>
        <translation>병렬 레코드 단위 리더로 읽음 (스레드 1개)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read by the parallel record-level reader (%1 threads, memory-mapped)</source>
        <translation>병렬 레코드 단위 리더로 읽음 (스레드 %1개, 메모리 매핑)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read by the parallel record-level reader (%1 threads)</source>
        <translation>병렬 레코드 단위 리더로 읽음 (스레드 %1개)</translation>
    </message>
    <message>
        <location filename="../../model/import/specguesser.cpp" line="+22"/>
        <source>year</source>
        <comment>column role</comment>
        <translation>연도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date (the year is taken from it)</source>
        <comment>column role</comment>
        <translation>날짜 (연도를 추출)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measure</source>
        <comment>column role</comment>
        <translation>측정 항목</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (Korean name)</source>
        <comment>column role</comment>
        <translation>%1 (한국어 이름)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>count</source>
        <comment>column role</comment>
        <translation>환자 수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share (%)</source>
        <comment>column role</comment>
        <translation>비중 (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status</source>
        <comment>column role</comment>
        <translation>관측 상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counts of %1</source>
        <comment>column role</comment>
        <translation>%1년 수치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attribute</source>
        <comment>column role</comment>
        <translation>속성</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ignored</source>
        <comment>column role</comment>
        <translation>무시</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>column %1 &quot;%2&quot;</source>
        <translation>%1열 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 ignored: %2 is the %3 column (two candidates)</source>
        <translation>%1 무시: %2을(를) %3 열로 사용 (후보 2개)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ignored: the year column is used</source>
        <translation>%1 무시: 연도 열을 사용</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 ignored: the file has a year column</source>
        <translation>%1 무시: 파일에 연도 열이 있음</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ignored: a total across columns</source>
        <translation>%1 무시: 열 합계</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 = %2 (guessed from its values)</source>
        <translation>%1 = %2 (값으로 추정)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = year (guessed from its values)</source>
        <translation>%1 = 연도 (값으로 추정)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 = count (guessed from its values)</source>
        <translation>%1 = 환자 수 (값으로 추정)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ignored: not a known column</source>
        <translation>%1 무시: 알 수 없는 열</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 = %2 (kept with each observation)</source>
        <translation>%1 = %2 (관측값마다 보관)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>shape tidy: the measure is a column (resources/data/FORMAT.md layout)</source>
        <translation>형태 정돈형 (tidy): 측정 항목이 열임 (resources/data/FORMAT.md 형식)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no year: expected a column such as 연도 / year</source>
        <translation>연도 없음: 연도 / year 같은 열 필요</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>shape wide: 1 year column (%1)</source>
        <translation>형태 가로형 (wide): 연도 열 1개 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape wide: %1 year columns (%2)</source>
        <translation>형태 가로형 (wide): 연도 열 %1개 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shape long: one row per observation</source>
        <translation>형태 세로형 (long): 관측값마다 한 행</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no count column: only shares are read</source>
        <translation>수치 열 없음: 비중만 읽음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shape record-level: no count column, each row counts 1</source>
        <translation>형태 레코드형 (record-level): 수치 열 없음, 각 행을 1로 집계</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no category column: only yearly totals are counted</source>
        <translation>항목 열 없음: 연도별 합계만 집계</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no year: expected a column such as 연도 / year / 방문일자, or years as column headers</source>
        <translation>연도 없음: 연도 / year / 방문일자 같은 열 또는 연도로 된 열 머리글 필요</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no category column: is %1 a nationality, specialty, institution type or region?</source>
        <translation>항목 열 없음: %1은(는) 국적, 진료과, 의료기관 종별, 시도 중 무엇입니까?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>measure department_based: the categories are specialties (진료과 기준)</source>
        <translation>측정 항목 진료과 기준 (department_based): 항목이 진료과임</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measure department_based: the count column says 진료과 기준</source>
        <translation>측정 항목 진료과 기준 (department_based): 수치 열 이름이 진료과 기준임</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the count column says real patients (실환자) but the categories are specialties</source>
        <translation>수치 열은 실환자이지만 항목은 진료과임</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>measure real_patients</source>
        <translation>측정 항목 실환자 (real_patients)</translation>
    </message>
    <message>
        <location filename="../../model/import/tableinterpreter.cpp" line="-231"/>
        <source>expected a whole number such as %1 (empty, &quot;-&quot; or &quot;n/a&quot; if not published), found &quot;%2&quot;</source>
        <translation>%1 같은 정수가 필요하지만 &quot;%2&quot;임 (미공표는 빈칸, &quot;-&quot; 또는 &quot;n/a&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: negative count %2</source>
        <translation>%1: 음수 수치 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a share in percent such as %1, found &quot;%2&quot;</source>
        <translation>%1 같은 비중(%)이 필요하지만 &quot;%2&quot;임</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a growth in percent such as %1, found &quot;%2&quot;</source>
        <translation>%1 같은 증감률(%)이 필요하지만 &quot;%2&quot;임</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: share %2% over 100</source>
        <translation>%1: 비중 %2%가 100 초과</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: duplicate observation (%2), first on line %3; the first is kept</source>
        <translation>%1: 중복 관측값 (%2), 처음 나온 곳은 %3행. 처음 값을 유지</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>expected real_patients, department_based or countries_of_origin, found &quot;%1&quot;</source>
        <translation>real_patients, department_based 또는 countries_of_origin이 필요하지만 &quot;%1&quot;임</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>expected nationality, specialty, institution_type or region, found &quot;%1&quot;</source>
        <translation>nationality, specialty, institution_type 또는 region이 필요하지만 &quot;%1&quot;임</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected exact, rounded_100, rounded_1000, rounded_10000, approx, share_only or derived, found &quot;%1&quot;</source>
        <translation>exact, rounded_100, rounded_1000, rounded_10000, approx, share_only 또는 derived가 필요하지만 &quot;%1&quot;임</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the column mapping has %1 columns, expected %2 as in the header</source>
        <translation>열 매핑은 %1열이지만 머리글처럼 %2열 필요</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected columns named by year, such as 2023 or 2024년</source>
        <translation>2023, 2024년처럼 연도로 된 열 이름 필요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a year or date column such as 연도, year or 방문일자</source>
        <translation>연도, year, 방문일자 같은 연도 또는 날짜 열 필요</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>column %1 &quot;%2&quot;: numbers written 1.170.467 / 37,7 (detected)</source>
        <translation>%1열 &quot;%2&quot;: 숫자 표기 1.170.467 / 37,7 (자동 감지)</translation>
    </message>
    <message>
        <location filename="../../model/import/textdecoding.cpp" line="+202"/>
        <source>invalid bytes: expected valid %1 text</source>
        <translation>잘못된 바이트: 올바른 %1 텍스트 필요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data ends inside a character (truncated file?): expected valid %1 text</source>
        <translation>문자 중간에서 데이터가 끝남 (잘린 파일?): 올바른 %1 텍스트 필요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid byte 0x%1: expected valid %2 text</source>
        <translation>잘못된 바이트 0x%1: 올바른 %2 텍스트 필요</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>binary data (a NUL byte): expected a text file (CSV, TSV) or an XLSX workbook</source>
        <translation>바이너리 데이터 (NUL 바이트): 텍스트 파일(CSV, TSV) 또는 XLSX 통합 문서 필요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot tell the text encoding: expected UTF-8, UTF-16 with a byte-order mark or CP949 (choose the encoding explicitly)</source>
        <translation>텍스트 인코딩을 알 수 없음: UTF-8, BOM이 있는 UTF-16 또는 CP949 필요 (인코딩을 직접 선택)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown encoding &quot;%1&quot;: expected UTF-8, UTF-16LE, UTF-16BE or CP949</source>
        <translation>알 수 없는 인코딩 &quot;%1&quot;: UTF-8, UTF-16LE, UTF-16BE 또는 CP949 필요</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no decoder for encoding &quot;%1&quot;</source>
        <translation>인코딩 &quot;%1&quot;의 디코더 없음</translation>
    </message>
    <message>
        <location filename="../../model/import/xlsxpackage.cpp" line="+107"/>
        <source>not an XLSX workbook: the part %1 is missing</source>
        <translation>XLSX 통합 문서가 아님: %1 부분 없음</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the zip archive is damaged: cannot unpack %1 (error %2)</source>
        <translation>zip 압축 파일 손상: %1을(를) 풀 수 없음 (오류 %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an Excel 97-2003 (.xls) workbook: expected an .xlsx workbook (save it as .xlsx or CSV)</source>
        <translation>Excel 97-2003(.xls) 통합 문서: .xlsx 통합 문서 필요 (.xlsx 또는 CSV로 저장)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not an XLSX workbook: expected a zip archive (Office Open XML)</source>
        <translation>XLSX 통합 문서가 아님: zip 압축 파일(Office Open XML) 필요</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the workbook has no sheets: expected at least one</source>
        <translation>통합 문서에 시트 없음: 시트가 하나 이상 필요</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>malformed XML in %1: %2</source>
        <translation>%1의 XML 형식 오류: %2</translation>
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
        <translation>셀 참조 &quot;%1&quot;: A~XFD 열 필요</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cell %1: shared string %2 does not exist (the workbook has %3)</source>
        <translation>셀 %1: 공유 문자열 %2 없음 (통합 문서에는 %3개)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>no sheet named &quot;%1&quot;; the workbook has: %2</source>
        <translation>&quot;%1&quot; 시트 없음. 통합 문서의 시트: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>sheet &quot;%1&quot; is empty: expected a header row and data rows</source>
        <translation>&quot;%1&quot; 시트가 비어 있음: 머리글 행과 데이터 행 필요</translation>
    </message>
</context>
<context>
    <name>medtour::ImportDialog</name>
    <message>
        <location filename="../../app/importdialog.cpp" line="+257"/>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma ,</source>
        <translation>쉼표 ,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Semicolon ;</source>
        <translation>세미콜론 ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long: one row per observation</source>
        <translation>세로형: 관측값마다 한 행</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wide: one column per year</source>
        <translation>가로형: 연도마다 한 열</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record-level: one row per patient or visit</source>
        <translation>레코드형: 환자 또는 방문마다 한 행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidy: MedTour observation layout</source>
        <translation>정돈형: MedTour 관측값 형식</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries of origin</source>
        <translation>출신 국가 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet:</source>
        <translation>시트:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>인코딩:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation>구분 기호:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers are written:</source>
        <translation>숫자 표기:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shape:</source>
        <translation>형태:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts are:</source>
        <translation>집계 기준:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Column roles and the first %1 rows:</source>
        <translation>열 역할과 처음 %1행:</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Ignore</source>
        <translation>무시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>진료과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution type</source>
        <translation>의료기관 종별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>시도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients (count)</source>
        <translation>환자 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share (%)</source>
        <translation>비중 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year value (wide)</source>
        <translation>연도별 값 (가로형)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>측정 기준</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>관측 상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality, Korean name</source>
        <translation>국적, 한국어 이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty, Korean name</source>
        <translation>진료과, 한국어 이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution type, Korean name</source>
        <translation>의료기관 종별, 한국어 이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region, Korean name</source>
        <translation>시도, 한국어 이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (kept as attribute)</source>
        <translation>기타 (속성으로 보관)</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>Real patients</source>
        <translation>실환자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department-based counts</source>
        <translation>진료과 기준</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(not detected)</source>
        <translation>(감지되지 않음)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(detected: %1)</source>
        <translation>(감지됨: %1)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Using the mapping remembered for this header.</source>
        <translation>이 머리글에 대해 기억된 매핑을 사용합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The importer&apos;s guess; check the roles marked below.</source>
        <translation>가져오기 도구의 추정입니다. 아래 표시된 역할을 확인하십시오.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+20"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
</context>
<context>
    <name>medtour::ImportProvenance</name>
    <message>
        <location filename="../../app/importoptionsjson.cpp" line="+20"/>
        <source>tab-separated</source>
        <translation>탭 구분</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon-separated</source>
        <translation>세미콜론 구분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated</source>
        <translation>쉼표 구분</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>long</source>
        <translation>세로형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wide</source>
        <translation>가로형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record-level</source>
        <translation>레코드형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidy</source>
        <translation>정돈형</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>XLSX sheet “%1”</source>
        <translation>XLSX 시트 “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows → %2 observations</source>
        <translation>%1행 → 관측값 %2개</translation>
    </message>
</context>
<context>
    <name>medtour::KpiStrip</name>
    <message>
        <location filename="../../views/kpistrip.cpp" line="+48"/>
        <location line="+113"/>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>not published</source>
        <translation>미공표</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source ids: %1</source>
        <translation>출처 ID: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note in the dataset: %1</source>
        <comment>a note quoted from the data file, in its own language</comment>
        <translation>데이터셋 메모 (원문): %1</translation>
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
        <translation>주요 지표</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counted once per department (진료과 기준)</source>
        <translation>진료과별로 한 번씩 집계 (진료과 기준)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real patients (실환자)</source>
        <translation>실환자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <comment>KPI detail · status</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department-based count %1</source>
        <translation>진료과 기준 건수 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Foreign patients %1</source>
        <translation>외국인환자 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vs %1</source>
        <comment>growth against the previous year</comment>
        <translation>%1 대비</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comparable figure for %1</source>
        <translation>%1 비교 가능한 수치 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · published rate</source>
        <translation>%1 · 공표 증감률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth of the department-based total against %1</source>
        <translation>%1 대비 진료과 기준 합계의 증감률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth of the patient total against %1</source>
        <translation>%1 대비 환자 합계의 증감률</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YoY growth %1</source>
        <translation>전년 대비 증감률 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top nationality %1</source>
        <translation>최다 국적 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 patients</source>
        <comment>count of real patients</comment>
        <translation>%1명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No nationality breakdown for this filter</source>
        <translation>이 필터에는 국적별 자료가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the real-patient total</source>
        <translation>실환자 합계 대비 비중</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top specialty %1</source>
        <translation>최다 진료과 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of department-based counts</source>
        <translation>진료과 기준 %1건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No specialty breakdown for this filter</source>
        <translation>이 필터에는 진료과별 자료가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of department-based counts (진료과 기준), not of real patients: a patient treated in two departments counts twice</source>
        <translation>실환자가 아닌 진료과 기준 건수 대비 비중: 두 진료과에서 진료받은 환자는 두 번 집계됩니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Countries of origin %1</source>
        <translation>출신 국가 수 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>countries patients came from</source>
        <translation>환자의 출신 국가 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published only for all patients, unfiltered</source>
        <translation>필터 없이 전체 환자 기준으로만 공표됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in this dataset</source>
        <comment>no countries-of-origin figure in the loaded data</comment>
        <translation>이 데이터셋에 없음</translation>
    </message>
</context>
<context>
    <name>medtour::LanguageController</name>
    <message>
        <location filename="../../app/languagecontroller.cpp" line="+34"/>
        <location line="+13"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
</context>
<context>
    <name>medtour::MainWindow</name>
    <message>
        <location filename="../../app/mainwindow.cpp" line="+231"/>
        <source>MedTour Dashboard — foreign patients in Korea</source>
        <translation>MedTour 대시보드 — 한국의 외국인환자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation>대시보드(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>C&amp;ompare</source>
        <translation>비교(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the &amp;built-in dataset</source>
        <translation>내장 데이터셋 사용(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark &amp;palette</source>
        <translation>어두운 테마(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare two years or categories</source>
        <translation>두 연도 또는 범주 비교(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Navigation</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Dataset: %1</source>
        <translation>데이터셋: %1</translation>
    </message>
</context>
<context>
    <name>medtour::NationalityShareChart</name>
    <message>
        <location filename="../../views/nationalitysharechart.cpp" line="+50"/>
        <source>Other</source>
        <comment>remainder after the top N nationalities</comment>
        <translation>기타</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+88"/>
        <location line="+122"/>
        <source>Patients</source>
        <translation>환자 수</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Nationality shares, %1 (department-based counts)</source>
        <translation>국적별 비중, %1 (진료과 기준)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality shares, %1 (real patients)</source>
        <translation>국적별 비중, %1 (실환자)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No published nationality breakdown for %1 under this filter</source>
        <translation>이 필터 조건에서 공표된 %1 국적별 자료가 없습니다</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Department-based count</source>
        <translation>진료과 기준 건수</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Share (%)</source>
        <translation>비중 (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <location filename="../../views/nationalitysharemarks.cpp" line="+69"/>
        <source>Double-click to show its members</source>
        <translation>더블클릭하여 구성 국가 표시</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to filter to %1</source>
        <translation>클릭하여 %1 필터 적용</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: %2</source>
        <comment>chart title: why it has no data</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 (count n/a)</source>
        <comment>name, share</comment>
        <translation>%1 %2 (건수 자료 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (%3 patients)</source>
        <comment>name, share, count</comment>
        <translation>%1 %2 (%3명)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (%3 counts)</source>
        <comment>name, share, department-based count</comment>
        <translation>%1 %2 (%3건)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <comment>chart title: list of its marks</comment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>medtour::NumberFormat</name>
    <message>
        <location filename="../../model/numberformat.cpp" line="+44"/>
        <source>n/a</source>
        <extracomment>a figure that was not published (missing is never zero)</extracomment>
        <translation>자료 없음</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1</source>
        <comment>a count of real patients with its counter word (Korean 명)</comment>
        <translation>%1명</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1</source>
        <comment>a department-based count with its counter word (Korean 건)</comment>
        <translation>%1건</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1</source>
        <comment>a count of countries with its counter word (Korean 개국)</comment>
        <translation>%1개국</translation>
    </message>
</context>
<context>
    <name>medtour::Observation</name>
    <message>
        <location filename="../../model/observation.cpp" line="+30"/>
        <source>Nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>진료과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution type</source>
        <translation>의료기관 종별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>시도</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Real patients</source>
        <translation>실환자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department-based</source>
        <translation>진료과 기준</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of origin</source>
        <translation>유치 국가 수</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>exact</source>
        <translation>정확값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounded to 100</source>
        <translation>100 단위 반올림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounded to 1,000</source>
        <translation>1,000 단위 반올림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounded to 10,000</source>
        <translation>10,000 단위 반올림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approximate</source>
        <translation>근삿값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share only</source>
        <translation>비중만 공표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived</source>
        <translation>산출값</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported growth only</source>
        <translation>증감률만 공표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum of published parts</source>
        <translation>공표 항목의 합</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Source: MOHW / KHIDI, 외국인환자 유치실적</source>
        <translation>출처: 보건복지부·한국보건산업진흥원, 외국인환자 유치실적</translation>
    </message>
</context>
<context>
    <name>medtour::PngExportDialog</name>
    <message>
        <location filename="../../app/pngexportdialog.cpp" line="+70"/>
        <source>Export chart as PNG</source>
        <translation>차트를 PNG로 내보내기</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Default (1600 × 1000, 144 dpi)</source>
        <translation>기본 (1600 × 1000, 144 dpi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide 16:9 (1920 × 1080, 144 dpi)</source>
        <translation>슬라이드 16:9 (1920 × 1080, 144 dpi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print, half A4 (2480 × 1754, 300 dpi)</source>
        <translation>인쇄용, A4 절반 (2480 × 1754, 300 dpi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Square (1200 × 1200, 144 dpi)</source>
        <translation>정사각형 (1200 × 1200, 144 dpi)</translation>
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
        <translation>흰색 배경</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transparent</source>
        <translation>투명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>사전 설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>높이</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>배경</translation>
    </message>
</context>
<context>
    <name>medtour::ReportCover</name>
    <message>
        <location filename="../../views/reportcover.cpp" line="+27"/>
        <source>%1 · %2 department-based counts; no published total for this filter</source>
        <translation>%1 · 진료과 기준 %2건; 이 필터에는 공표된 합계 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 of %3 department-based counts, not of real patients</source>
        <translation>%1 · 진료과 기준 %3건 중 %2건 (실환자 기준 아님)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Department-based counts, %1</source>
        <translation>%1 진료과 기준 건수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign patients, %1</source>
        <translation>%1 외국인환자</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>department-based counts for the selected specialty</source>
        <translation>선택한 진료과의 진료과 기준 건수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>real patients, de-duplicated</source>
        <translation>실환자 (중복 제외)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (published growth rate)</source>
        <translation>%1: %2 (공표된 증감률)</translation>
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
        <translation>%1 대비 증감률</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries of origin</source>
        <translation>환자 국적 수</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>countries patients came from in %1</source>
        <translation>%1 외국인환자의 출신 국가 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not published for a filtered slice</source>
        <translation>필터 적용 시 공표되지 않음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in this dataset</source>
        <comment>no countries-of-origin figure in the loaded data</comment>
        <translation>이 데이터셋에 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top nationality</source>
        <translation>1위 국적</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 patients · share of real patients</source>
        <translation>환자 %1명 · 실환자 대비 비중</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no published breakdown by nationality for this filter</source>
        <translation>이 필터에는 국적별 공표 자료 없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top specialty</source>
        <translation>1위 진료과</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no published breakdown by specialty for this filter</source>
        <translation>이 필터에는 진료과별 공표 자료 없음</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>진료과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution type</source>
        <translation>의료기관 종별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Focus year: %1</source>
        <translation>기준 연도: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years: %1–%2</source>
        <translation>기간: %1–%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>all</source>
        <comment>no filter on a dimension</comment>
        <translation>전체</translation>
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
        <translation>상위 N: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other expanded: %1</source>
        <translation>기타 펼침: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Official statistics of foreign patients (MOHW / KHIDI) · %1</source>
        <translation>보건복지부·한국보건산업진흥원 외국인환자 유치실적 · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data from %1 · %2</source>
        <comment>report subtitle for loaded data</comment>
        <translation>자료: %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generated %1, %2
Dataset: %3</source>
        <translation>작성: %1 %2
데이터셋: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none loaded</source>
        <translation>불러온 데이터셋 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied filters</source>
        <translation>적용된 필터</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No dataset is loaded.</source>
        <translation>불러온 데이터셋이 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key figures, %1</source>
        <translation>%1 주요 지표</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inside: nationality shares, year-over-year growth and the specialty breakdown, each chart with its table; the top 10 nationalities; definitions and source.</source>
        <translation>수록 내용: 국적별 비중, 전년 대비 증감률, 진료과별 현황(각 차트와 표), 상위 10개 국적, 정의 및 출처.</translation>
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
        <translation>레터</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 landscape, margins %2</source>
        <translation>%1 가로, 여백 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 portrait, margins %2</source>
        <translation>%1 세로, 여백 %2</translation>
    </message>
</context>
<context>
    <name>medtour::ReportSections</name>
    <message>
        <location filename="../../views/reportsections.cpp" line="+44"/>
        <source>%1.</source>
        <comment>a reason from the model as a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Chart data</source>
        <translation>차트 데이터</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rows for this filter.</source>
        <translation>이 필터에 해당하는 행이 없습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Top 10 nationalities, %1</source>
        <translation>%1 상위 10개 국적</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No published breakdown by nationality for this filter.</source>
        <translation>이 필터에는 국적별 공표 자료가 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rank</source>
        <comment>column header: position in the ranking</comment>
        <translation>순위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <comment>column header</comment>
        <translation>국적</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients</source>
        <comment>column header: number of patients</comment>
        <translation>환자 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <comment>column header: percent of the total</comment>
        <translation>비중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YoY growth</source>
        <comment>column header: change against the previous year</comment>
        <translation>전년 대비 증감률</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All nationalities</source>
        <comment>total row of the table</comment>
        <translation>전체 국적</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Patients: department-based counts in %1. Share: of the total of the same measure (published share where available). YoY growth: against %2; a published rate where %2 has no count. Ranked by share.</source>
        <translation>환자 수: %1 진료과 기준 건수. 비중: 같은 지표 합계 대비(공표된 비중이 있으면 공표값). 전년 대비 증감률: %2 대비이며, %2 건수가 없으면 공표된 증감률. 비중 순 정렬.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patients: real patients in %1. Share: of the total of the same measure (published share where available). YoY growth: against %2; a published rate where %2 has no count. Ranked by share.</source>
        <translation>환자 수: %1 실환자. 비중: 같은 지표 합계 대비(공표된 비중이 있으면 공표값). 전년 대비 증감률: %2 대비이며, %2 건수가 없으면 공표된 증감률. 비중 순 정렬.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Department-based counts: a patient is counted once per department visited; specialty shares are shares of these counts, not of real patients.</source>
        <translation>진료과 기준 건수: 환자 한 명을 방문한 진료과마다 한 번씩 셉니다. 진료과별 비중은 이 건수에 대한 비중이며 실환자 기준이 아닙니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Years %1–%2 shown; every year is in the CSV and XLSX export.</source>
        <translation>%1–%2만 표시합니다. 전체 연도는 CSV·XLSX 내보내기에 있습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nationality shares, %1</source>
        <translation>%1 국적별 비중</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Year-over-year growth, %1–%2</source>
        <translation>전년 대비 증감률, %1–%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Specialties, %1</source>
        <translation>%1 진료과별 현황</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Real patients: de-duplicated foreign patients; each person is counted once per year (all foreign patients, %1: %2).</source>
        <translation>실환자: 중복을 제외한 외국인환자로, 한 사람을 연도마다 한 번 셉니다 (전체 외국인환자, %1: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Department-based counts: a patient is counted once per department visited, so their total (all specialties, %1: %2) is larger than the real-patient total. Specialty shares use the department-based total, not the real patients.</source>
        <translation>진료과 기준 건수: 환자 한 명을 방문한 진료과마다 한 번씩 세므로, 그 합계(전체 진료과, %1: %2)는 실환자 합계보다 큽니다. 진료과별 비중은 실환자가 아니라 진료과 기준 합계에 대한 비중입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>≈ marks rounded, approximate, share-only or derived values (computed from other official figures); %1 means not published. Missing values are never shown as zero.</source>
        <translation>≈는 반올림값, 근삿값, 비중만 공표된 값 또는 산출값(다른 공식 수치에서 계산)을 나타내며, ‘%1’은 공표되지 않은 값입니다. 누락된 값은 0으로 표시하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YoY growth: change against the previous year&apos;s value of the same measure, or the published growth rate where the previous count is not published.</source>
        <translation>전년 대비 증감률: 같은 지표의 전년 값 대비 변화율이며, 전년 건수가 공표되지 않은 경우에는 공표된 증감률입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Definitions</source>
        <translation>정의</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <comment>heading: where the data comes from</comment>
        <translation>출처</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataset: %1</source>
        <translation>데이터셋: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Observations under the applied filters (rows: %1)</source>
        <translation>적용된 필터의 관측값 (행: %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No observation matches the applied filters.</source>
        <translation>적용된 필터에 해당하는 관측값이 없습니다.</translation>
    </message>
</context>
<context>
    <name>medtour::ReportSetupDialog</name>
    <message>
        <location filename="../../app/reportsetupdialog.cpp" line="+66"/>
        <source>Append the observations table</source>
        <translation>관측값 표 덧붙이기</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Report page setup</source>
        <translation>보고서 페이지 설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>레터 (8.5 × 11인치)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>세로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>가로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The filtered data table, continued over as many pages as it needs</source>
        <translation>필터 적용된 데이터 표를 필요한 만큼 여러 페이지에 이어서 싣습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>용지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation</source>
        <translation>방향</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margins</source>
        <translation>여백</translation>
    </message>
</context>
<context>
    <name>medtour::ShareTableModel</name>
    <message>
        <location filename="../../model/sharetablemodel.cpp" line="+50"/>
        <source>published total minus the categories shown</source>
        <translation>공표 합계에서 표시 항목을 뺀 값</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Korean name</source>
        <translation>한국어 이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department-based count</source>
        <translation>진료과 기준 환자 수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patients</source>
        <translation>환자 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <comment>column header: percent of the total</comment>
        <translation>비중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YoY growth</source>
        <translation>전년 대비 증감률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <comment>column header: observation status</comment>
        <translation>관측 상태</translation>
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
        <translation>진료과 기준 건수</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Specialty breakdown, %1</source>
        <comment>%1 = a year or a range of years</comment>
        <translation>진료과별 현황, %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>department-based counts: a patient may count in several departments</source>
        <translation>진료과 기준: 한 환자가 여러 진료과에서 집계될 수 있음</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <comment>chart heading (its note)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No published specialty breakdown under this filter</source>
        <translation>이 필터 조건에서 공표된 진료과별 자료가 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No published specialty counts for %1 under this filter</source>
        <translation>이 필터 조건에서 공표된 %1 진료과별 건수가 없습니다</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+73"/>
        <location filename="../../views/specialtymarks.cpp" line="+1"/>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+71"/>
        <location filename="../../views/specialtymarks.cpp" line="-1"/>
        <source>Share of department-based counts (%)</source>
        <translation>진료과 기준 비중 (%)</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+72"/>
        <location filename="../../views/specialtymarks.cpp" line="+1"/>
        <source>Share (%)</source>
        <translation>비중 (%)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Not itemised</source>
        <comment>share of the department-based total not broken down by specialty</comment>
        <translation>세부 미공표</translation>
    </message>
    <message>
        <location filename="../../views/specialtymarks.cpp" line="+33"/>
        <source>Click to filter to %1</source>
        <translation>클릭하여 %1 필터 적용</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1: %2</source>
        <comment>chart title: why it has no data</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 (%3)</source>
        <comment>name, count (share)</comment>
        <translation>%1 %2 (%3)</translation>
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
        <translation>진료과별 현황, %1 진료과 기준 건수: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>medtour::SummaryReport</name>
    <message>
        <location filename="../../views/reportcontent.cpp" line="+18"/>
        <source>Foreign patients in Korea — summary report</source>
        <translation>한국 외국인환자 — 요약 보고서</translation>
    </message>
    <message>
        <location filename="../../views/summaryreport.cpp" line="+99"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 페이지</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>MedTour Dashboard summary report %1</source>
        <translation>MedTour Dashboard 요약 보고서 %1</translation>
    </message>
</context>
<context>
    <name>medtour::ViewFiles</name>
    <message>
        <location filename="../../app/explorationviewfiles.cpp" line="-131"/>
        <source>cannot write the view: %1</source>
        <translation>보기를 저장할 수 없음: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the view: %1</source>
        <translation>보기를 읽을 수 없음: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not valid JSON: %1</source>
        <translation>올바른 JSON이 아님: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a saved view: expected a JSON object {&quot;format&quot;: &quot;medtour-view&quot;, …}, found an array</source>
        <translation>저장된 보기가 아님: JSON 객체 {&quot;format&quot;: &quot;medtour-view&quot;, …}가 필요하지만 배열임</translation>
    </message>
</context>
<context>
    <name>medtour::ViewState</name>
    <message>
        <location filename="../../model/viewstate.cpp" line="+62"/>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <location line="+30"/>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&quot;%1&quot;: expected %2, found %3; ignored</source>
        <translation>&quot;%1&quot;: %2이(가) 필요하지만 %3임; 무시함</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;filter.top_n&quot;: %1 is outside 1–50; %2 is used</source>
        <translation>&quot;filter.top_n&quot;: %1은(는) 1–50 범위 밖임; %2을(를) 사용함</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a list of names [&quot;Japan&quot;, …]</source>
        <translation>이름 목록 [&quot;Japan&quot;, …]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not a MedTour view (expected &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>MedTour 보기 파일이 아님 (&quot;format&quot;: &quot;%1&quot; 필요)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>view format version %1 is not supported (this program reads version %2)</source>
        <translation>보기 형식 버전 %1은(는) 지원하지 않음 (이 프로그램이 읽는 버전: %2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 &quot;%2&quot; is not in the data; left out</source>
        <translation>%1 &quot;%2&quot;은(는) 데이터에 없어 제외함</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>years %1–%2 (focus %3) moved into the data&apos;s %4–%5</source>
        <translation>연도 %1–%2(기준 %3)를 데이터 범위 %4–%5로 조정함</translation>
    </message>
</context>
<context>
    <name>medtour::XlsxTableExport</name>
    <message>
        <location filename="../../views/xlsxtableexport.cpp" line="+205"/>
        <source>MedTour Dashboard tables</source>
        <translation>MedTour Dashboard 표</translation>
    </message>
</context>
</TS>
