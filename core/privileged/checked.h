// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace kaleido::privileged {

/**
 * A request's arguments after validation: the canonical value the operation will use, or the plain-language
 * reason it was refused. Validation runs before polkit is asked and before the kernel sees anything, so a
 * Rejection never causes a password prompt.
 */
struct Rejection
{
    QString reason; ///< e.g. "“../x” is not a module name: only letters, digits, '_' and '-' are allowed."
};

template<typename T>
class Checked
{
public:
    Checked(T value) // NOLINT(google-explicit-constructor)
        : m_value(std::move(value))
    {
    }
    Checked(Rejection rejection) // NOLINT(google-explicit-constructor)
        : m_rejection(std::move(rejection))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    /// Only meaningful when !ok().
    const QString& reason() const { return m_rejection.reason; }

private:
    std::optional<T> m_value;
    Rejection m_rejection;
};

} // namespace kaleido::privileged
