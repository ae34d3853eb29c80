// SPDX-License-Identifier: GPL-2.0-or-later
#include "kmsgjoiner.h"

namespace kaleido {

QString kmsgCaller(const KmsgRecord& record)
{
    static const QString prefix = QStringLiteral("caller=");
    for (const QString& field : record.extraHeaderFields) {
        if (field.startsWith(prefix))
            return field.mid(prefix.size());
    }
    return {};
}

QList<KmsgRecord> KmsgJoiner::add(QList<KmsgRecord> records)
{
    QList<KmsgRecord> complete;
    complete.reserve(records.size());
    for (KmsgRecord& record : records) {
        if (record.flag == '+') {
            const QString caller = kmsgCaller(record);
            qsizetype target = -1;
            for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
                if (caller.isEmpty() || kmsgCaller(m_pending.at(i)).isEmpty() ||
                    kmsgCaller(m_pending.at(i)) == caller) {
                    target = i;
                    break;
                }
            }
            if (target < 0) {
                complete.append(std::move(record));
                continue;
            }
            KmsgRecord& open = m_pending[target];
            open.message += record.message;
            open.properties += record.properties;
            continue;
        }
        if (record.flag == 'c') {
            // A new start from the same caller completes that caller's previous line.
            const QString caller = kmsgCaller(record);
            for (qsizetype i = 0; i < m_pending.size();) {
                if (kmsgCaller(m_pending.at(i)) == caller) {
                    complete.append(m_pending.takeAt(i));
                    complete.last().flag = '-';
                    continue;
                }
                ++i;
            }
            m_pending.append(std::move(record));
            continue;
        }
        complete += flush();
        complete.append(std::move(record));
    }
    return complete;
}

QList<KmsgRecord> KmsgJoiner::flush()
{
    QList<KmsgRecord> done;
    done.swap(m_pending);
    for (KmsgRecord& record : done)
        record.flag = '-';
    return done;
}

} // namespace kaleido
