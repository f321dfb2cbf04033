#include "registrychunk.h"

#include "headersynonyms.h"
#include "importtext.h"

#include <QSysInfo>

#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace medtour::detail {

namespace {

constexpr std::uint32_t kMaxLocalCode = 4095;  // 12 bits per dimension in the packed key
constexpr int kRowsPerCheck = 16384;           // progress / cancel / page release period

std::uint64_t load8(const char *p, std::size_t n)
{
    std::uint64_t w = 0;
    std::memcpy(&w, p, n);
    return w;
}

inline std::uint64_t mixWord(std::uint64_t h, std::uint64_t w)
{
    h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 31);
}

constexpr std::uint64_t kHashSeed = 0x9E3779B97F4A7C15ULL;

inline std::uint64_t finishHash(std::uint64_t h, std::size_t len)
{
    return (h + len * 0x94D049BB133111EBULL) | 1;  // never 0: 0 marks an empty slot
}

// Word-at-a-time hash of a byte span; the field scanner computes the same value on the fly.
std::uint64_t spanHash(const char *b, const char *e)
{
    std::uint64_t h = kHashSeed;
    const std::size_t len = static_cast<std::size_t>(e - b);
    for (; e - b >= 8; b += 8)
        h = mixWord(h, load8(b, 8));
    if (b < e)
        h = mixWord(h, load8(b, static_cast<std::size_t>(e - b)));
    return finishHash(h, len);
}

// Bytes of `x` equal to `c`, as their high bits (exact for the lowest matching byte).
inline std::uint64_t matches(std::uint64_t x, std::uint64_t c)
{
    const std::uint64_t v = x ^ (c * 0x0101010101010101ULL);
    return (v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL;
}

// Offset of the first byte that is not valid UTF-8 in [b, e), or -1.
qint64 invalidUtf8(const char *b, const char *e)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b);
    const auto *end = reinterpret_cast<const unsigned char *>(e);
    while (p < end) {
        const unsigned char c = *p;
        int n = 0;
        if (c < 0x80) { ++p; continue; }
        if (c >= 0xC2 && c <= 0xDF) n = 1;
        else if (c >= 0xE0 && c <= 0xEF) n = 2;
        else if (c >= 0xF0 && c <= 0xF4) n = 3;
        else return reinterpret_cast<const char *>(p) - b;
        if (end - p <= n)
            return reinterpret_cast<const char *>(p) - b;
        for (int i = 1; i <= n; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return reinterpret_cast<const char *>(p) - b;
        }
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F) || (c == 0xF0 && p[1] < 0x90)
            || (c == 0xF4 && p[1] > 0x8F))
            return reinterpret_cast<const char *>(p) - b;
        p += n + 1;
    }
    return -1;
}

// Drops already parsed pages of a file mapping from the resident set (they stay in the page
// cache), so that the process' peak memory does not grow with the file.
void releasePages(const char *from, const char *to)
{
#ifdef Q_OS_LINUX
    static const std::uintptr_t page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const std::uintptr_t b = (reinterpret_cast<std::uintptr_t>(from) + page - 1) & ~(page - 1);
    const std::uintptr_t e = reinterpret_cast<std::uintptr_t>(to) & ~(page - 1);
    if (e > b)
        madvise(reinterpret_cast<void *>(b), e - b, MADV_DONTNEED);
#else
    Q_UNUSED(from);
    Q_UNUSED(to);
#endif
}

bool blank(const char *b, const char *e)
{
    for (; b < e; ++b) {
        if (*b != ' ' && *b != '\t')
            return false;
    }
    return true;
}

}  // namespace

void parseChunk(const RegistryLayout &layout, const CategoryResolver &resolver, const char *begin,
                const char *end, const char *fileEnd, ChunkShared &shared, ChunkResult &out)
{
    std::vector<int> slotOf(static_cast<std::size_t>(layout.width), -1);
    const int yearColumn = layout.yearColumn >= 0 ? layout.yearColumn : layout.dateColumn;
    slotOf[static_cast<std::size_t>(yearColumn)] = 0;
    for (int d = 0; d < kDimensionCount; ++d) {
        if (layout.category[d] >= 0)
            slotOf[static_cast<std::size_t>(layout.category[d])] = d + 1;
    }
    const char delim = layout.delimiter;
    std::string scratch;
    std::array<std::uint32_t, kDimensionCount + 1> codes{};
    std::array<const char *, kDimensionCount + 1> at{};
    const char *p = begin;
    const char *reported = begin;
    qint64 line = 0;
    int sinceCheck = 0;
    auto fail = [&](ChunkResult::Status s, qint64 atLine, const char *where, const QString &text) {
        out.status = s;
        out.errorLine = atLine;
        out.errorAt = where;
        (s == ChunkResult::Status::Unsupported ? out.unsupported : out.errorText) = text;
        out.end = p;
        out.lines = line;
    };
    auto badUtf8 = [&](qint64 atLine, const char *b, qint64 offset) {
        const QString hex = QString::number(static_cast<unsigned char>(b[offset]), 16).toUpper();
        fail(ChunkResult::Status::Error, atLine, b + offset,
             ImportText::tr("invalid byte 0x%1: expected valid UTF-8 text").arg(hex.rightJustified(2, QLatin1Char('0'))));
    };
    while (p < end) {
        if (++sinceCheck == kRowsPerCheck) {
            sinceCheck = 0;
            shared.bytesDone.fetch_add(p - reported, std::memory_order_relaxed);
            if (layout.releasePages && p - reported > (1 << 20))
                releasePages(reported, p - 4096);
            reported = p;
            if (shared.cancel.load(std::memory_order_relaxed)) {
                out.status = ChunkResult::Status::Cancelled;
                return;
            }
        }
        const qint64 recordLine = line;
        if (*p == '\n' || (*p == '\r' && p + 1 < fileEnd && p[1] == '\n')) {
            p += *p == '\n' ? 1 : 2;
            ++line;
            continue;
        }
        const bool comment = *p == '#';
        codes.fill(0);
        int col = 0;
        bool anyText = false;
        const char *extra = nullptr;
        while (true) {
            const char *fieldStart = p;
            const char *fb = p;
            const char *fe = p;
            bool ascii = true;
            std::uint64_t hash = 0;
            if (p < fileEnd && *p == '"') {
                const qint64 quoteLine = line;
                const char *s = ++p;
                bool escaped = false;
                while (true) {
                    const auto *q = static_cast<const char *>(std::memchr(p, '"', static_cast<std::size_t>(fileEnd - p)));
                    if (!q) {
                        p = fieldStart;
                        fail(ChunkResult::Status::Error, quoteLine, fieldStart,
                             ImportText::tr("unterminated quoted field: expected a closing '\"'"));
                        return;
                    }
                    for (const char *c = p; c < q; ++c) {
                        line += *c == '\n';
                        ascii = ascii && static_cast<unsigned char>(*c) < 0x80;
                    }
                    if (q + 1 < fileEnd && q[1] == '"') {
                        if (!escaped)
                            scratch.clear();
                        scratch.append(s, static_cast<std::size_t>(q + 1 - s));
                        escaped = true;
                        p = s = q + 2;
                        continue;
                    }
                    if (escaped) {
                        scratch.append(s, static_cast<std::size_t>(q - s));
                        fb = scratch.data();
                        fe = fb + scratch.size();
                    } else {
                        fb = s;
                        fe = q;
                    }
                    p = q + 1;
                    break;
                }
                hash = spanHash(fb, fe);
                if (p < fileEnd && *p != delim && *p != '\n' && *p != '\r') {
                    fail(ChunkResult::Status::Unsupported, line, p, QStringLiteral("text after a closing quote"));
                    return;
                }
            } else {
                std::uint64_t wide = 0;
                std::uint64_t h = kHashSeed;
                while (QSysInfo::ByteOrder == QSysInfo::LittleEndian && fileEnd - p >= 8) {  // 8 bytes at a time
                    const std::uint64_t x = load8(p, 8);
                    const std::uint64_t hit = matches(x, static_cast<unsigned char>(delim)) | matches(x, '\n')
                        | matches(x, '\r') | matches(x, '"');
                    if (hit) {
                        const int n = __builtin_ctzll(hit) / 8;
                        if (n) {
                            const std::uint64_t m = x & (~std::uint64_t(0) >> (64 - 8 * n));
                            wide |= m;
                            h = mixWord(h, m);
                        }
                        p += n;
                        break;
                    }
                    wide |= x;
                    h = mixWord(h, x);
                    p += 8;
                }
                const char *const hashedTo = p;  // the byte loop below only runs near the end
                unsigned char acc = (wide & 0x8080808080808080ULL) ? 0x80 : 0;
                while (p < fileEnd) {
                    const unsigned char c = static_cast<unsigned char>(*p);
                    if (c == static_cast<unsigned char>(delim) || c == '\n' || c == '\r' || c == '"')
                        break;
                    acc |= c;
                    ++p;
                }
                fe = p;
                ascii = acc < 0x80;
                hash = p == hashedTo && QSysInfo::ByteOrder == QSysInfo::LittleEndian
                    ? finishHash(h, static_cast<std::size_t>(fe - fb)) : spanHash(fb, fe);
                if (p < fileEnd && *p == '"') {
                    fail(ChunkResult::Status::Unsupported, line, p, QStringLiteral("a quote inside an unquoted field"));
                    return;
                }
            }
            if (p < fileEnd && *p == '\r' && !(p + 1 < fileEnd && p[1] == '\n')) {
                fail(ChunkResult::Status::Unsupported, line, p, QStringLiteral("line ends other than LF or CRLF"));
                return;
            }
            anyText = anyText || fe > fb;
            const int slot = col < layout.width ? slotOf[static_cast<std::size_t>(col)] : -1;
            if (slot >= 0 && !comment) {
                bool isNew = false;
                SpanDictionary &dict = out.dicts[static_cast<std::size_t>(slot)];
                const std::uint32_t code = dict.intern(fb, fe, hash, &isNew);
                if (isNew) {
                    if (invalidUtf8(fb, fe) >= 0) {  // located in the field as written (quotes are ASCII)
                        badUtf8(recordLine, fieldStart, invalidUtf8(fieldStart, p));
                        return;
                    }
                    InternedValue &v = dict.values[code];
                    const QString text = QString::fromUtf8(fb, fe - fb).trimmed();
                    if (slot == 0) {
                        v.year = layout.yearColumn >= 0 ? parseYear(text).value_or(0) : yearOfDate(text).value_or(0);
                    } else if (text.isEmpty()) {
                        v.empty = true;
                    } else {
                        v.category = resolver.resolve(kAllDimensions[static_cast<std::size_t>(slot - 1)], text);
                        if (code > kMaxLocalCode) {
                            fail(ChunkResult::Status::Unsupported, recordLine, fb,
                                 QStringLiteral("more than %1 distinct values in a column").arg(kMaxLocalCode));
                            return;
                        }
                    }
                }
                codes[static_cast<std::size_t>(slot)] = code;
                at[static_cast<std::size_t>(slot)] = fieldStart;
            } else if (!ascii) {
                if (const qint64 bad = invalidUtf8(fieldStart, p); bad >= 0) {
                    badUtf8(recordLine, fieldStart, bad);
                    return;
                }
            }
            if (col >= layout.width && !extra && !blank(fb, fe))
                extra = fieldStart;
            ++col;
            if (p >= fileEnd)
                break;
            if (*p == delim) {
                ++p;
                continue;
            }
            p += *p == '\r' ? 2 : 1;
            ++line;
            break;
        }
        if (comment || !anyText)
            continue;
        if (extra) {
            fail(ChunkResult::Status::Error, recordLine, extra,
                 ImportText::tr("expected at most %1 fields as in the header, found %2").arg(layout.width).arg(col));
            return;
        }
        const InternedValue &year = out.dicts[0].values[codes[0]];
        if (year.year <= 0 || year.year > 0xFFFF) {
            const QString found = QString::fromStdString(year.bytes).trimmed();
            out.errorColumn = yearColumn + 1;
            fail(ChunkResult::Status::Error, recordLine, codes[0] ? at[0] : nullptr,
                 layout.yearColumn >= 0
                     ? ImportText::tr("expected a year such as 2024, found \"%1\"").arg(found)
                     : ImportText::tr("expected a date such as 2024-03-05, found \"%1\"").arg(found));
            return;
        }
        std::uint64_t key = static_cast<std::uint64_t>(year.year) << 48;
        bool total = false;
        for (int d = 0; d < kDimensionCount; ++d) {
            if (layout.category[d] < 0)
                continue;
            const std::uint32_t c = codes[static_cast<std::size_t>(d + 1)];
            const InternedValue &v = out.dicts[static_cast<std::size_t>(d + 1)].values[c];
            if (c == 0 || v.empty) {
                ++out.withoutCategory[static_cast<std::size_t>(d)];
                continue;
            }
            if (v.category.total) {
                total = true;
                break;
            }
            key |= static_cast<std::uint64_t>(c) << (36 - 12 * d);
        }
        if (total) {
            out.totalRowLines.push_back(recordLine);
            continue;
        }
        ++out.records;
        out.counts.add(key);
    }
    shared.bytesDone.fetch_add(p - reported, std::memory_order_relaxed);
    if (layout.releasePages)
        releasePages(reported, p - 4096);
    out.end = p;
    out.lines = line;
}

}  // namespace medtour::detail
