// The record-level fast path: parallel chunks (registrychunk.cpp), then one merge on the
// calling thread into the marginal cells of the observation cube.

#include "registryreader.h"

#include "importtext.h"
#include "interpretcontext.h"
#include "registrychunk.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

namespace medtour {

namespace {

using namespace detail;

// One record starting at `p`: its end (after the line break) and whether readDelimitedText()
// skips it (blank, all fields empty, '#' comment). `lines` gets the line breaks passed.
const char *scanRecord(const char *p, const char *end, char delim, bool *skipped, int *lines)
{
    bool inQuotes = false;
    bool text = false;
    const bool comment = p < end && *p == '#';
    for (; p < end; ++p) {
        const char c = *p;
        if (c == '"') {
            inQuotes = !inQuotes;
            text = true;
        } else if (c == '\n') {
            ++*lines;
            if (!inQuotes) {
                ++p;
                break;
            }
        } else if (!inQuotes && c != delim && c != '\r') {
            text = true;
        }
    }
    *skipped = comment || !text;
    return p;
}

// 1-based column (characters) of `at` in its line.
int columnOf(const char *dataBegin, const char *at)
{
    const char *lineStart = at;
    while (lineStart > dataBegin && lineStart[-1] != '\n')
        --lineStart;
    return static_cast<int>(QString::fromUtf8(lineStart, at - lineStart).size()) + 1;
}

bool fitsFastPath(const ImportSpec &spec, const QStringList &header, RegistryLayout *layout)
{
    if (spec.shape != Shape::RecordLevel || spec.columns.size() != header.size())
        return false;
    const ColumnIndex ix = ColumnIndex::from(spec, header);
    for (int d = 0; d < kDimensionCount; ++d) {
        if (ix.categoryKo[static_cast<std::size_t>(d)] >= 0)
            return false;  // Korean-name columns: the general reader pairs them up
    }
    layout->width = static_cast<int>(header.size());
    layout->yearColumn = ix.year;
    layout->dateColumn = ix.year >= 0 ? -1 : ix.date;
    layout->category = ix.category;
    return ix.year >= 0 || ix.date >= 0;
}

// Appends the counts of `counter` to `cube` in key order under `measureOf(key)`.
template <typename MeasureOf>
void appendSorted(const KeyCounter &counter, MeasureOf measureOf, ObservationCube &cube)
{
    std::vector<std::pair<std::uint64_t, std::uint64_t>> sorted;
    for (const auto &slot : counter.entries()) {
        if (slot.key != 0)
            sorted.emplace_back(slot.key, slot.count);
    }
    std::sort(sorted.begin(), sorted.end());
    for (const auto &[key, count] : sorted) {
        ObservationCube::Row row;
        row.key.year = static_cast<int>(key >> 48);
        row.key.measure = measureOf(key);
        for (int d = 0; d < kDimensionCount; ++d) {
            const auto code = static_cast<std::uint16_t>((key >> (36 - 12 * d)) & 0xFFF);
            row.key.codes[static_cast<std::size_t>(d)] = code;
            if (code != kTotalCode && cube.dictionary(kAllDimensions[static_cast<std::size_t>(d)]).category(code).isAggregate)
                row.isAggregate = true;
        }
        row.value = static_cast<qint64>(count);
        row.status = ObservationStatus::Exact;
        cube.append(row);
    }
}

// The marginal cells of the merged full-combination counts, appended to `cube` in key order;
// each cell's measure is recordMeasure() of its specialty (Total or a category). With a
// specialty column, the department-based totals (the sum of the cells by specialty of the
// other coordinates; records without a specialty are not in them) follow, as countRecords()
// makes them.
void emitMarginals(const KeyCounter &full, const ImportSpec &spec, ObservationCube &cube)
{
    constexpr int kSpecialtyShift = 36 - 12 * static_cast<int>(Dimension::Specialty);
    constexpr std::uint64_t kSpecialtyBits = std::uint64_t(0xFFF) << kSpecialtyShift;
    KeyCounter cells;
    KeyCounter specialtyTotals;
    const Measure totalMeasure = recordMeasure(spec, true);
    const Measure specialtyMeasure = recordMeasure(spec, false);
    for (const auto &slot : full.entries()) {
        if (slot.key == 0)
            continue;
        int broken[kDimensionCount];
        int n = 0;
        for (int d = 0; d < kDimensionCount; ++d) {
            if ((slot.key >> (36 - 12 * d)) & 0xFFF)
                broken[n++] = d;
        }
        for (int mask = 0; mask < (1 << n); ++mask) {
            std::uint64_t key = slot.key;
            for (int b = 0; b < n; ++b) {
                if (!(mask & (1 << b)))
                    key &= ~(std::uint64_t(0xFFF) << (36 - 12 * broken[b]));
            }
            cells.add(key, slot.count);
            if (specialtyMeasure != totalMeasure && (key & kSpecialtyBits))
                specialtyTotals.add(key & ~kSpecialtyBits, slot.count);
        }
    }
    appendSorted(cells, [&](std::uint64_t key) { return (key & kSpecialtyBits) ? specialtyMeasure : totalMeasure; }, cube);
    appendSorted(specialtyTotals, [&](std::uint64_t) { return specialtyMeasure; }, cube);
}

}  // namespace

std::optional<ImportResult> readRegistry(const RegistryInput &in, const ImportOptions &options)
{
    RegistryLayout layout;
    layout.delimiter = in.delimiter;
    layout.releasePages = in.fileMapping;
    if (!fitsFastPath(in.spec, in.header, &layout))
        return std::nullopt;
    const char *const fileEnd = in.data + in.size;
    // The header: the first record that is not blank or a comment.
    const char *p = in.data;
    int line = 1;
    int headerLine = 0;
    while (p < fileEnd && !headerLine) {
        bool skipped = false;
        const int at = line;
        p = scanRecord(p, fileEnd, in.delimiter, &skipped, &line);
        if (!skipped)
            headerLine = at;
    }
    const char *const dataBegin = p;

    const int n = std::max(1, in.threads > 0 ? in.threads : static_cast<int>(std::thread::hardware_concurrency()));
    std::vector<const char *> starts(static_cast<std::size_t>(n) + 1, fileEnd);
    starts[0] = dataBegin;
    for (int k = 1; k < n; ++k) {
        const char *raw = dataBegin + (fileEnd - dataBegin) * k / n;
        raw = std::max(raw, starts[static_cast<std::size_t>(k) - 1]);
        const auto *nl = static_cast<const char *>(std::memchr(raw, '\n', static_cast<std::size_t>(fileEnd - raw)));
        starts[static_cast<std::size_t>(k)] = nl ? nl + 1 : fileEnd;
    }
    std::vector<ChunkResult> results(static_cast<std::size_t>(n));
    ChunkShared shared;
    if (options.progress && !options.progress(0, in.size))
        shared.cancel = true;
    std::mutex mutex;
    std::condition_variable finished;
    int running = shared.cancel ? 0 : n;
    std::vector<std::thread> workers;
    for (int k = 0; k < n && !shared.cancel; ++k) {
        workers.emplace_back([&, k] {
            const CategoryResolver resolver;
            parseChunk(layout, resolver, starts[static_cast<std::size_t>(k)], starts[static_cast<std::size_t>(k) + 1],
                       fileEnd, shared, results[static_cast<std::size_t>(k)]);
            std::lock_guard lock(mutex);
            --running;
            finished.notify_all();
        });
    }
    {
        std::unique_lock lock(mutex);
        while (!finished.wait_for(lock, std::chrono::milliseconds(25), [&] { return running == 0; })) {
            if (options.progress && !shared.cancel) {
                lock.unlock();
                if (!options.progress(shared.bytesDone.load(), in.size))
                    shared.cancel = true;
                lock.lock();
            }
        }
    }
    for (auto &w : workers)
        w.join();
    if (options.progress && !shared.cancel)
        options.progress(in.size, in.size);

    ImportResult result;
    result.provenance.file = in.fileName;
    if (shared.cancel) {
        result.cancelled = true;
        result.error = Error{in.fileName, 0, 0, ImportText::tr("import cancelled")};
        return result;
    }
    // Check the chunk boundaries in order; a chunk that began inside a quoted field is read again.
    const CategoryResolver resolver;
    qint64 firstLine = line;
    for (int k = 0; k < n; ++k) {
        ChunkResult &r = results[static_cast<std::size_t>(k)];
        if (r.status == ChunkResult::Status::Unsupported)
            return std::nullopt;
        if (r.status == ChunkResult::Status::Error) {
            const int column = r.errorAt ? columnOf(in.data, r.errorAt) : r.errorColumn;
            result.error = Error{in.fileName, static_cast<int>(firstLine + r.errorLine), column, r.errorText};
            return result;
        }
        firstLine += r.lines;
        if (k + 1 < n) {
            ChunkResult &next = results[static_cast<std::size_t>(k) + 1];
            const char *nextEnd = starts[static_cast<std::size_t>(k) + 2];
            if (r.end != starts[static_cast<std::size_t>(k) + 1]) {
                next = ChunkResult{};
                starts[static_cast<std::size_t>(k) + 1] = r.end;
                if (r.end < nextEnd)
                    parseChunk(layout, resolver, r.end, nextEnd, fileEnd, shared, next);
                else
                    next.end = r.end;
            }
        }
    }

    // Merge: local codes -> cube codes, chunk counts -> one table of full combinations.
    ObservationCube cube;
    cube.setProvenance(in.fileName);
    KeyCounter full;
    qint64 records = 0;
    std::array<qint64, kDimensionCount> withoutCategory{};
    QStringList totalLines;
    qint64 chunkLine = line;
    for (ChunkResult &r : results) {
        std::array<std::vector<std::uint16_t>, kDimensionCount> toCube;
        for (int d = 0; d < kDimensionCount; ++d) {
            const auto &values = r.dicts[static_cast<std::size_t>(d) + 1].values;
            auto &map = toCube[static_cast<std::size_t>(d)];
            map.assign(values.size(), kTotalCode);
            for (std::size_t c = 1; c < values.size(); ++c) {
                const auto &cat = values[c].category;
                if (!values[c].empty && !cat.total)
                    map[c] = cube.dictionary(kAllDimensions[static_cast<std::size_t>(d)])
                                 .intern(cat.id, cat.nameKo, cat.isAggregate, cat.nameJa);
            }
            withoutCategory[static_cast<std::size_t>(d)] += r.withoutCategory[static_cast<std::size_t>(d)];
        }
        for (const auto &slot : r.counts.entries()) {
            if (slot.key == 0)
                continue;
            std::uint64_t key = slot.key & (std::uint64_t(0xFFFF) << 48);
            for (int d = 0; d < kDimensionCount; ++d) {
                const int shift = 36 - 12 * d;
                const std::uint16_t code = toCube[static_cast<std::size_t>(d)][(slot.key >> shift) & 0xFFF];
                if (code > 0xFFF)
                    return std::nullopt;
                key |= static_cast<std::uint64_t>(code) << shift;
            }
            full.add(key, slot.count);
        }
        for (qint64 l : r.totalRowLines)
            totalLines << QString::number(chunkLine + l);
        records += r.records;
        chunkLine += r.lines;
    }
    emitMarginals(full, in.spec, cube);
    if (cube.rowCount() == 0) {
        result.error = Error{in.fileName, headerLine + 1, 1,
                             ImportText::tr("expected at least one data row with a year and a count")};
        return result;
    }

    for (Dimension d : kAllDimensions) {
        if (const qint64 k = withoutCategory[static_cast<std::size_t>(d)])
            result.warnings << ImportText::recordsWithoutCategory(in.fileName, k, d);
    }
    if (!totalLines.isEmpty())
        result.warnings << ImportText::totalRowsNotCounted(in.fileName, totalLines);
    QList<int> ignored;
    for (int i = 0; i < in.header.size(); ++i) {
        const ColumnRole role = in.spec.columns.at(i).role;
        if (role != ColumnRole::Year && role != ColumnRole::Date && role != ColumnRole::Category
            && !in.header.at(i).trimmed().isEmpty())
            ignored << i;
    }
    if (!ignored.isEmpty())
        result.warnings << ImportText::columnsNotInCube(in.fileName, static_cast<int>(headerLine), in.header, ignored);

    ImportProvenance &prov = result.provenance;
    prov.encoding = in.encoding;
    prov.delimiter = QLatin1Char(in.delimiter);
    prov.shape = Shape::RecordLevel;
    prov.dataRows = static_cast<int>(records + totalLines.size());
    prov.observations = cube.rowCount();
    if (const QString note = recordMeasureNote(in.spec); !note.isEmpty())
        prov.guesses << note;
    prov.guesses << ImportText::recordsCounted(records);
    if (n == 1)
        prov.guesses << (in.fileMapping ? ImportText::tr("read by the parallel record-level reader (1 thread, memory-mapped)")
                                        : ImportText::tr("read by the parallel record-level reader (1 thread)"));
    else
        prov.guesses << (in.fileMapping ? ImportText::tr("read by the parallel record-level reader (%1 threads, memory-mapped)")
                                        : ImportText::tr("read by the parallel record-level reader (%1 threads)"))
                            .arg(n);
    result.spec = in.spec;
    result.cube = std::move(cube);
    return result;
}

}  // namespace medtour
