// SPDX-License-Identifier: GPL-2.0-or-later
#include "choicelist.h"

#include "zoneheader.h"

#include <QCoreApplication>

namespace kaleido {

std::optional<ChoiceList> parseChoiceList(QByteArrayView text)
{
    ChoiceList list;
    QByteArrayView rest = text.trimmed();
    for (QByteArrayView token = nextToken(rest); !token.isEmpty(); token = nextToken(rest)) {
        const bool bracketed = token.startsWith('[') && token.endsWith(']') && token.size() >= 2;
        if (bracketed) {
            token = token.sliced(1, token.size() - 2);
            if (list.selected >= 0)
                return std::nullopt; // two selected options
            list.selected = int(list.options.size());
        }
        if (token.isEmpty() || token.contains('[') || token.contains(']'))
            return std::nullopt;
        list.options.append(QString::fromUtf8(token));
    }
    if (list.selected < 0)
        return std::nullopt;
    return list;
}

Result<ChoiceList> choiceAttribute(const KernelAttributes& attributes, const QString& name)
{
    const auto text = attributes.text(name);
    if (!text)
        return text.error();
    if (auto list = parseChoiceList(*text))
        return *list;
    return Error::malformed(attributes.find(name)->path, 0,
                            QCoreApplication::translate(
                                "kaleido::ChoiceList", "expected options with the selected one in brackets"));
}

} // namespace kaleido
