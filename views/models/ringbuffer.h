// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>

#include <algorithm>

namespace kaleido {

/**
 * A first-in, first-out buffer of at most capacity() elements: appending to a full buffer drops the oldest
 * one. The storage grows as elements arrive and never past the capacity, so a history kept in one uses
 * bounded memory however long the program runs. Index 0 is the oldest element.
 */
template<typename T>
class RingBuffer
{
public:
    explicit RingBuffer(qsizetype capacity = 1)
        : m_capacity(std::max<qsizetype>(1, capacity))
    {}

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool isFull() const { return m_size == m_capacity; }
    qsizetype capacity() const { return m_capacity; }
    /// Elements of storage held: grows up to capacity(), never beyond it.
    qsizetype allocated() const { return m_storage.size(); }

    /// The element @p i places after the oldest.
    const T& at(qsizetype i) const { return m_storage.at((m_head + i) % m_storage.size()); }
    const T& first() const { return at(0); }
    const T& last() const { return at(m_size - 1); }

    /// Appends @p value; returns true when the oldest element had to go to make room.
    bool append(T value)
    {
        if (m_size < m_storage.size()) {
            // A slot freed by removeFirst().
            m_storage[(m_head + m_size) % m_storage.size()] = std::move(value);
            ++m_size;
            return false;
        }
        if (m_storage.size() < m_capacity) {
            // Still growing: put the elements in storage order, then add one slot.
            if (m_head != 0) {
                std::rotate(m_storage.begin(), m_storage.begin() + m_head, m_storage.end());
                m_head = 0;
            }
            m_storage.append(std::move(value));
            ++m_size;
            return false;
        }
        m_storage[m_head] = std::move(value);
        m_head = (m_head + 1) % m_storage.size();
        return true;
    }

    /// Drops the @p n oldest elements (all of them when @p n ≥ size()).
    void removeFirst(qsizetype n = 1)
    {
        n = std::clamp<qsizetype>(n, 0, m_size);
        if (n == 0)
            return;
        if (n == m_size) {
            clear();
            return;
        }
        m_head = (m_head + n) % m_storage.size();
        m_size -= n;
    }

    void clear()
    {
        m_storage.clear();
        m_head = 0;
        m_size = 0;
    }

    /// A new bound; the newest elements are kept when it is smaller than size().
    void setCapacity(qsizetype capacity)
    {
        capacity = std::max<qsizetype>(1, capacity);
        QList<T> kept;
        const qsizetype keep = std::min(m_size, capacity);
        kept.reserve(keep);
        for (qsizetype i = m_size - keep; i < m_size; ++i)
            kept.append(at(i));
        m_storage = std::move(kept);
        m_storage.squeeze();
        m_capacity = capacity;
        m_head = 0;
        m_size = keep;
    }

private:
    QList<T> m_storage; ///< grows to m_capacity, then is reused in place
    qsizetype m_capacity;
    qsizetype m_head = 0; ///< storage index of the oldest element
    qsizetype m_size = 0;
};

} // namespace kaleido
