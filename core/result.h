// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "error.h"

#include <optional>
#include <utility>

namespace kaleido {

/// A value or the Error that prevented it (std::expected is C++23; this is the part Kaleido needs).
template<typename T>
class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): returning a value must stay terse
        : m_value(std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }

    /// Only meaningful when !ok().
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace kaleido
