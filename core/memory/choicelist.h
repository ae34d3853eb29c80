// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelattributes.h"
#include "result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace kaleido {

/**
 * A sysfs setting that lists its options and brackets the selected one, as the THP and KSM knobs do:
 * @code
 * always [madvise] never
 * always defer defer+madvise [madvise] never
 * @endcode
 */
struct ChoiceList
{
    QStringList options; ///< every option, without brackets, in file order
    int selected = -1;   ///< index into options

    QString selectedOption() const { return selected >= 0 ? options.at(selected) : QString(); }
};

/// Parses a choice list; nullopt unless exactly one option is bracketed and no option is empty.
std::optional<ChoiceList> parseChoiceList(QByteArrayView text);

/// The attribute @p name of @p attributes as a choice list: its read error, or Malformed when it is not one.
Result<ChoiceList> choiceAttribute(const KernelAttributes& attributes, const QString& name);

} // namespace kaleido
