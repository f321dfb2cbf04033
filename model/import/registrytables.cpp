// The byte-span dictionary and the key counter of the record-level fast path (registrychunk.h).

#include "registrychunk.h"

#include <cstring>

namespace medtour::detail {

SpanDictionary::SpanDictionary() : m_slots(64) {}

std::uint32_t SpanDictionary::intern(const char *b, const char *e, std::uint64_t h, bool *isNew)
{
    const std::size_t mask = m_slots.size() - 1;
    const std::size_t len = static_cast<std::size_t>(e - b);
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        Slot &s = m_slots[i];
        if (s.hash == 0) {
            s.hash = h;
            s.code = static_cast<std::uint32_t>(values.size());
            values.push_back(InternedValue{std::string(b, len), 0, {}, false});
            *isNew = true;
            const std::uint32_t code = s.code;
            if (values.size() * 2 > m_slots.size())
                grow();
            return code;
        }
        if (s.hash == h) {
            const std::string &v = values[s.code].bytes;
            if (v.size() == len && std::memcmp(v.data(), b, len) == 0) {
                *isNew = false;
                return s.code;
            }
        }
    }
}

void SpanDictionary::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.hash == 0)
            continue;
        std::size_t i = s.hash & mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

KeyCounter::KeyCounter() : m_slots(4096), m_mask(4095) {}

void KeyCounter::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    m_mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.key == 0)
            continue;
        std::size_t i = mix(s.key) & m_mask;
        while (m_slots[i].key != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = s;
    }
}

}  // namespace medtour::detail
