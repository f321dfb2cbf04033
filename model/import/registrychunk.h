#pragma once

// Internal to medtour_import: the per-thread part of the record-level fast path. parseChunk()
// reads the records of one byte range of a UTF-8 CSV (no copies, no per-row QString), interns
// the bytes of each mapped column once per distinct value, resolves each distinct value once
// (year of a date, category of a name) and counts rows per packed key (year, four local
// category codes). Each thread owns its ChunkResult; the caller merges them.

#include "categoryresolver.h"

#include <QString>

#include <array>
#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace medtour::detail {

// What the parser needs to know about the file's columns (-1 = absent).
struct RegistryLayout {
    char delimiter = ',';
    int width = 0;                                  // header cells
    int yearColumn = -1;                            // a year column, or
    int dateColumn = -1;                            // a date column (the year is taken from it)
    std::array<int, kDimensionCount> category{-1, -1, -1, -1};
    bool releasePages = false;                      // the bytes are a read-only file mapping
};

// One distinct value of a mapped column, resolved once.
struct InternedValue {
    std::string bytes;                 // as written (quotes removed), untrimmed
    int year = 0;                      // year / date column: 0 = not a year
    CategoryResolver::Resolved category;
    bool empty = false;                // category column: blank (counted only in the totals)
};

// Byte-span dictionary of one column: open addressing over FNV-1a hashes; code 0 unused.
class SpanDictionary
{
public:
    SpanDictionary();
    /// Code (1-based) of the bytes [b, e) whose hash is `hash`, adding it when new (`isNew` set).
    std::uint32_t intern(const char *b, const char *e, std::uint64_t hash, bool *isNew);
    std::vector<InternedValue> values{InternedValue{}};  // by code

private:
    void grow();
    struct Slot { std::uint64_t hash = 0; std::uint32_t code = 0; };
    std::vector<Slot> m_slots;
};

// Counts per packed key (never 0): year << 48 | code[0] << 36 | ... | code[3] (12-bit local codes).
class KeyCounter
{
public:
    KeyCounter();
    void add(std::uint64_t key, std::uint64_t n = 1)
    {
        std::size_t i = mix(key) & m_mask;
        while (true) {
            Slot &s = m_slots[i];
            if (s.key == key) { s.count += n; return; }
            if (s.key == 0) { s.key = key; s.count = n; if (++m_used * 2 > m_slots.size()) grow(); return; }
            i = (i + 1) & m_mask;
        }
    }
    struct Slot { std::uint64_t key = 0; std::uint64_t count = 0; };
    const std::vector<Slot> &entries() const { return m_slots; }

private:
    static std::size_t mix(std::uint64_t k) { k ^= k >> 29; k *= 0xbf58476d1ce4e5b9ULL; return k ^ (k >> 32); }
    void grow();
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_used = 0;
};

// The outcome of parsing one chunk.
struct ChunkResult {
    enum class Status { Ok, Error, Unsupported, Cancelled };
    Status status = Status::Ok;
    const char *end = nullptr;         // where the last record ended (next chunk must start here)
    qint64 lines = 0;                  // line breaks passed (the next chunk's first line offset)
    qint64 records = 0;                // rows counted
    std::array<SpanDictionary, kDimensionCount + 1> dicts;  // [0] year/date, [1..4] dimensions
    KeyCounter counts;
    std::array<qint64, kDimensionCount> withoutCategory{};
    std::vector<qint64> totalRowLines; // chunk-relative 0-based lines of 합계 / Total rows
    qint64 errorLine = 0;              // chunk-relative 0-based line of the error's row
    const char *errorAt = nullptr;     // byte where the error is (for the column), or
    int errorColumn = 0;               // its 1-based column when errorAt is null
    QString errorText;
    QString unsupported;               // why the fast path cannot read this file
};

// Shared between the threads: progress in bytes and the cancel flag.
struct ChunkShared {
    std::atomic<qint64> bytesDone{0};
    std::atomic<bool> cancel{false};
};

/// Parses the records starting at `begin` (a record start) up to `end` (a record may run past
/// `end` inside quotes, up to `fileEnd`) into `out`.
void parseChunk(const RegistryLayout &layout, const CategoryResolver &resolver, const char *begin,
                const char *end, const char *fileEnd, ChunkShared &shared, ChunkResult &out);

}  // namespace medtour::detail
