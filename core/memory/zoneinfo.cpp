// SPDX-License-Identifier: GPL-2.0-or-later
#include "zoneinfo.h"

#include "zoneheader.h"

#include <QCoreApplication>

namespace kaleido {

namespace {

std::optional<quint64> lookup(const QList<ZoneInfo::Value>& values, QByteArrayView name)
{
    for (const ZoneInfo::Value& v : values) {
        if (v.name == name)
            return v.value;
    }
    return std::nullopt;
}

qsizetype indentation(QByteArrayView line)
{
    return line.size() - skipBlanks(line).size();
}

// "(0, 3019, 7499)" → {0, 3019, 7499}; nullopt on anything else.
std::optional<QList<quint64>> parseProtection(QByteArrayView text)
{
    text = text.trimmed();
    if (!text.startsWith('(') || !text.endsWith(')'))
        return std::nullopt;
    text = text.sliced(1, text.size() - 2);
    QList<quint64> values;
    if (text.trimmed().isEmpty())
        return values;
    while (true) {
        const qsizetype comma = text.indexOf(',');
        const QByteArrayView item = (comma < 0 ? text : text.first(comma)).trimmed();
        const auto number = tokenToUnsigned(item);
        if (!number)
            return std::nullopt;
        values.append(*number);
        if (comma < 0)
            break;
        text = text.sliced(comma + 1);
    }
    return values;
}

} // namespace

std::optional<quint64> ZoneInfo::Pageset::value(QByteArrayView name) const
{
    return lookup(values, name);
}

std::optional<quint64> ZoneInfo::Zone::field(QByteArrayView name) const
{
    return lookup(fields, name);
}

std::optional<quint64> ZoneInfo::Zone::stat(QByteArrayView name) const
{
    return lookup(stats, name);
}

std::optional<quint64> ZoneInfo::Node::stat(QByteArrayView name) const
{
    return lookup(stats, name);
}

const ZoneInfo::Zone* ZoneInfo::find(int node, QStringView zone) const
{
    for (const Zone& z : zones) {
        if (z.node == node && z.name == zone)
            return &z;
    }
    return nullptr;
}

const ZoneInfo::Node* ZoneInfo::findNode(int id) const
{
    for (const Node& n : nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

Result<ZoneInfo> parseZoneinfo(QByteArrayView data, const QString& path)
{
    ZoneInfo info;
    auto malformed = [&](int lineNo, const QString& what) {
        info.skippedLines.append(Error::malformed(path, lineNo, what));
    };

    enum class Section
    {
        Head,
        NodeStats,
        Zone,
        Pagesets
    };
    Section section = Section::Head;
    bool afterProtection = false;
    qsizetype cpuIndent = -1;
    ZoneInfo::Node* node = nullptr;

    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        const QByteArrayView text = line.trimmed();
        if (text.isEmpty())
            return;
        if (const auto header = parseNodeZoneHeader(line); header && header->rest.trimmed().isEmpty()) {
            ZoneInfo::Zone zone;
            zone.node = header->node;
            zone.name = QString::fromLatin1(header->zone);
            info.zones.append(zone);
            section = Section::Head;
            afterProtection = false;
            cpuIndent = -1;
            node = nullptr;
            return;
        }
        if (info.zones.isEmpty()) {
            malformed(lineNo,
                      QCoreApplication::translate("kaleido::ZoneInfo", "expected “Node N, zone NAME”"));
            return;
        }
        ZoneInfo::Zone& zone = info.zones.last();

        if (text == "per-node stats") {
            auto it = std::find_if(info.nodes.begin(), info.nodes.end(),
                                   [&](const ZoneInfo::Node& n) { return n.id == zone.node; });
            if (it == info.nodes.end()) {
                info.nodes.append(ZoneInfo::Node{zone.node, {}});
                it = info.nodes.end() - 1;
            }
            node = &*it;
            section = Section::NodeStats;
            return;
        }
        if (text == "pagesets") {
            section = Section::Pagesets;
            return;
        }
        if (text.startsWith("protection:")) {
            const auto values = parseProtection(text.sliced(11));
            if (!values) {
                malformed(lineNo, QCoreApplication::translate("kaleido::ZoneInfo",
                                                              "expected “protection: (a, b, …)”"));
                return;
            }
            zone.protection = *values;
            afterProtection = true;
            section = Section::Zone;
            return;
        }

        const qsizetype colon = text.indexOf(':');
        if (colon >= 0) {
            // "cpu: 0", "count: 396", "vm stats threshold: 16", "start_pfn: 4096"
            const QByteArrayView name = text.first(colon).trimmed();
            const auto value = tokenToUnsigned(text.sliced(colon + 1).trimmed());
            if (name.isEmpty() || !value) {
                malformed(lineNo,
                          QCoreApplication::translate("kaleido::ZoneInfo", "expected “name: number”"));
                return;
            }
            if (section == Section::Pagesets && name == "cpu") {
                if (*value > quint64(std::numeric_limits<int>::max())) {
                    malformed(lineNo, QCoreApplication::translate("kaleido::ZoneInfo", "value out of range"));
                    return;
                }
                ZoneInfo::Pageset pageset;
                pageset.cpu = int(*value);
                zone.pagesets.append(pageset);
                cpuIndent = indentation(line);
                return;
            }
            if (section == Section::Pagesets && !zone.pagesets.isEmpty()) {
                if (name == "vm stats threshold") {
                    zone.pagesets.last().vmStatsThreshold = *value;
                    return;
                }
                if (indentation(line) > cpuIndent) {
                    zone.pagesets.last().values.append({name.toByteArray(), *value});
                    return;
                }
            }
            zone.fields.append({name.toByteArray(), *value});
            return;
        }

        // "name value" pairs: node counters, zone fields or zone counters.
        QByteArrayView rest = text;
        QByteArrayView name = nextToken(rest);
        const bool pagesLine = name == "pages";
        if (pagesLine) { // "pages free 3840" opens the zone's own block
            name = nextToken(rest);
            section = Section::Zone;
        }
        const QByteArrayView valueToken = nextToken(rest);
        const auto value = tokenToUnsigned(valueToken);
        if (name.isEmpty() || !value || !skipBlanks(rest).isEmpty()) {
            malformed(lineNo, QCoreApplication::translate("kaleido::ZoneInfo", "expected “name number”"));
            return;
        }
        switch (section) {
        case Section::NodeStats:
            node->stats.append({name.toByteArray(), *value});
            return;
        case Section::Head:
            zone.fields.append({name.toByteArray(), *value});
            return;
        case Section::Zone:
            if (pagesLine || (!afterProtection && indentation(line) >= 8))
                zone.fields.append({name.toByteArray(), *value});
            else
                zone.stats.append({name.toByteArray(), *value});
            return;
        case Section::Pagesets:
            malformed(lineNo, QCoreApplication::translate("kaleido::ZoneInfo", "expected “name: number”"));
            return;
        }
    });

    if (info.zones.isEmpty()) {
        if (!info.skippedLines.isEmpty())
            return info.skippedLines.constFirst();
        return Error::malformed(path, 0,
                                QCoreApplication::translate("kaleido::ZoneInfo", "the file is empty"));
    }
    return info;
}

Result<ZoneInfo> readZoneinfo(const KernelFs& fs)
{
    return readParsed(fs, QStringLiteral("/proc/zoneinfo"), parseZoneinfo);
}

} // namespace kaleido
