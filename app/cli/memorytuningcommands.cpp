// SPDX-License-Identifier: GPL-2.0-or-later
// Memory commands for the tunable features: thp, ksm, overcommit (registered in memorycommands.cpp).
#include "memorycommands.h"

#include "choicelist.h"
#include "kernelattributes.h"
#include "ksm.h"
#include "overcommit.h"
#include "pagesize.h"
#include "transparenthugepages.h"
#include "units.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kaleido::cli::memory {

namespace {

int fail(Output& out, const Error& error)
{
    out.error = error.message();
    return 1;
}

// One attribute as a table row (name, value, options) and as JSON: a number, {selected, options} for a choice
// list, the text otherwise, {"writeOnly": true} or {"error": …}.
QJsonValue addAttribute(Output& out, const QString& prefix, const KernelAttribute& a)
{
    const QString name = prefix + a.name;
    if (a.writeOnly) {
        out.addRow({name, QCoreApplication::translate("kaleido::cli", "(write-only)"), QString()});
        return QJsonObject{{QStringLiteral("writeOnly"), true}};
    }
    if (a.notRead) {
        out.addRow(
            {name, QCoreApplication::translate("kaleido::cli", "(not read: reading it acts)"), QString()});
        return QJsonObject{{QStringLiteral("notRead"), true}};
    }
    if (a.error) {
        out.addRow({name, a.error->message(), QString()});
        return QJsonObject{{QStringLiteral("error"), a.error->message()}};
    }
    if (const auto list = parseChoiceList(a.text)) {
        out.addRow({name, list->selectedOption(), list->options.join(QLatin1Char(' '))});
        return QJsonObject{{QStringLiteral("selected"), list->selectedOption()},
                           {QStringLiteral("options"), QJsonArray::fromStringList(list->options)}};
    }
    const QString text = QString::fromUtf8(a.text);
    out.addRow({name, text, QString()});
    if (const auto n = parseAttributeNumber(a.text, a.path))
        return jsonCount(*n);
    if (const auto n = parseAttributeSignedNumber(a.text, a.path))
        return QJsonValue(*n);
    return text;
}

QJsonObject addAttributes(Output& out, const QString& prefix, const KernelAttributes& attributes)
{
    QJsonObject json;
    for (const KernelAttribute& a : attributes.items)
        json.insert(a.name, addAttribute(out, prefix, a));
    return json;
}

// "4096", "64K", "512M", "1G", "2GiB", "1T": binary multiples, as the kernel's sizes are.
std::optional<quint64> parseSize(QString text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1String("iB"), Qt::CaseInsensitive))
        text.chop(2);
    else if (text.endsWith(QLatin1Char('B'), Qt::CaseInsensitive))
        text.chop(1);
    quint64 factor = 1;
    if (!text.isEmpty()) {
        switch (text.back().toUpper().toLatin1()) {
        case 'K':
            factor = quint64(1) << 10;
            break;
        case 'M':
            factor = quint64(1) << 20;
            break;
        case 'G':
            factor = quint64(1) << 30;
            break;
        case 'T':
            factor = quint64(1) << 40;
            break;
        default:
            break;
        }
        if (factor != 1)
            text.chop(1);
    }
    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    if (!ok || text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1Char('-')) ||
        value > std::numeric_limits<quint64>::max() / factor)
        return std::nullopt;
    return value * factor;
}

QString kB(quint64 bytes)
{
    return QString::number(bytes / 1024) + QStringLiteral(" kB");
}

QJsonObject verdictJson(const Overcommit::Verdict& v)
{
    return QJsonObject{{QStringLiteral("refused"), v.refused},
                       {QStringLiteral("requestBytes"), jsonCount(v.requestBytes)},
                       {QStringLiteral("comparedBytes"), jsonCount(v.comparedBytes)},
                       {QStringLiteral("limitBytes"), jsonCount(v.limitBytes)}};
}

QString verdictText(const Overcommit::Verdict& v)
{
    return v.refused ? QCoreApplication::translate("kaleido::cli", "refused (%1 ≥ %2)")
                           .arg(kB(v.comparedBytes), kB(v.limitBytes))
                     : QCoreApplication::translate("kaleido::cli", "granted (%1 < %2)")
                           .arg(kB(v.comparedBytes), kB(v.limitBytes));
}

} // namespace

int thp(const Context& context, Output& out)
{
    const auto thp = readTransparentHugepages(context.fs);
    if (!thp)
        return fail(out, thp.error());
    out.addColumn(QStringLiteral("Setting"));
    out.addColumn(QStringLiteral("Value"));
    out.addColumn(QStringLiteral("Options"));
    QJsonObject json{
        {QStringLiteral("settings"), addAttributes(out, QString(), thp->settings)},
        {QStringLiteral("khugepaged"), addAttributes(out, QStringLiteral("khugepaged/"), thp->khugepaged)}};
    QJsonArray sizes;
    for (const TransparentHugepages::Size& size : thp->sizes) {
        QJsonObject entry{{QStringLiteral("directory"), size.directory},
                          {QStringLiteral("sizeBytes"), jsonCount(size.sizeBytes)},
                          {QStringLiteral("settings"),
                           addAttributes(out, size.directory + QLatin1Char('/'), size.settings)}};
        if (size.hasStats)
            entry.insert(QStringLiteral("stats"),
                         addAttributes(out, size.directory + QStringLiteral("/stats/"), size.stats));
        sizes.append(entry);
    }
    json.insert(QStringLiteral("sizes"), sizes);
    out.json = json;
    return 0;
}

int ksm(const Context& context, Output& out)
{
    const auto ksm = readKsm(context.fs);
    if (!ksm)
        return fail(out, ksm.error());
    out.addColumn(QStringLiteral("Setting"));
    out.addColumn(QStringLiteral("Value"));
    out.addColumn(QStringLiteral("Options"));
    QJsonObject json{{QStringLiteral("attributes"), addAttributes(out, QString(), ksm->attributes)}};

    if (const auto run = ksm->run()) {
        const QString meaning =
            *run == Ksm::Run::Stopped
                ? QCoreApplication::translate("kaleido::cli", "stopped: merged pages stay merged")
            : *run == Ksm::Run::Running
                ? QCoreApplication::translate("kaleido::cli", "running: ksmd scans and merges")
                : QCoreApplication::translate("kaleido::cli", "unmerging every merged page, then stopping");
        out.text += QStringLiteral("run: %1\n").arg(meaning);
        json.insert(QStringLiteral("runMeaning"), meaning);
    }
    // pages_sharing counts the extra mappings of shared pages: each is a page that would otherwise be a copy.
    const quint64 pageSize = systemPageSize();
    if (const auto sharing = ksm->value(QStringLiteral("pages_sharing"))) {
        const quint64 saved = *sharing * pageSize;
        out.text +=
            QCoreApplication::translate("kaleido::cli", "saved by merging (pages_sharing × %1 B): %2\n")
                .arg(pageSize)
                .arg(Units::formatBytes(saved));
        json.insert(QStringLiteral("savedBytes"), jsonCount(saved));
    }
    if (const auto profit = ksm->signedValue(QStringLiteral("general_profit"))) {
        out.text += QCoreApplication::translate("kaleido::cli",
                                                "general_profit (saved minus KSM's own metadata): %1\n")
                        .arg(Units::formatBytes(double(*profit)));
    }
    out.json = json;
    return 0;
}

int overcommit(const Context& context, Output& out)
{
    std::optional<quint64> request;
    if (context.args.size() > 1) {
        out.error = QCoreApplication::translate("kaleido::cli", "overcommit takes at most one SIZE");
        return 2;
    }
    if (context.args.size() == 1) {
        request = parseSize(context.args.constFirst());
        if (!request) {
            out.error =
                QCoreApplication::translate("kaleido::cli", "“%1” is not a size (e.g. 4096, 512M, 2G)")
                    .arg(context.args.constFirst());
            return 2;
        }
    }
    const quint64 pageSize = systemPageSize();
    const auto o = readOvercommit(context.fs, pageSize);
    if (!o)
        return fail(out, o.error());
    const CommitLimitInputs& in = o->inputs;

    out.addColumn(QStringLiteral("Field"));
    out.addColumn(QStringLiteral("Value"), true);
    out.addColumn(QStringLiteral("Detail"));
    out.addRow({QStringLiteral("overcommit_memory"), number(quint64(o->mode)),
                overcommitModeName(o->mode) + QStringLiteral(": ") + overcommitModeMeaning(o->mode)});
    out.addRow({QStringLiteral("overcommit_ratio"), number(in.overcommitRatio),
                in.overcommitKbytes != 0
                    ? QCoreApplication::translate("kaleido::cli", "unused: overcommit_kbytes is set")
                    : QCoreApplication::translate("kaleido::cli", "% of RAM less hugetlb")});
    out.addRow({QStringLiteral("overcommit_kbytes"), number(in.overcommitKbytes),
                in.overcommitKbytes != 0
                    ? QCoreApplication::translate("kaleido::cli", "replaces the ratio")
                    : QCoreApplication::translate("kaleido::cli", "0: the ratio applies")});
    out.addRow({QStringLiteral("MemTotal"), kB(in.memTotalBytes), QString()});
    out.addRow({QStringLiteral("SwapTotal"), kB(in.swapTotalBytes), QString()});
    out.addRow({QStringLiteral("Hugetlb"), kB(in.hugetlbBytes),
                QCoreApplication::translate("kaleido::cli", "pages in hugetlb pools, not overcommittable")});
    const QString formula =
        in.overcommitKbytes != 0
            ? QCoreApplication::translate("kaleido::cli", "overcommit_kbytes + SwapTotal")
            : QCoreApplication::translate("kaleido::cli",
                                          "(MemTotal − Hugetlb) × %1 / 100 + SwapTotal, in whole pages")
                  .arg(in.overcommitRatio);
    out.addRow({QStringLiteral("CommitLimit (computed)"), kB(o->commitLimit), formula});
    const QString agreement =
        !o->kernelCommitLimit ? QCoreApplication::translate("kaleido::cli", "not reported by this kernel")
        : o->agreesWithKernel()
            ? QCoreApplication::translate("kaleido::cli", "agrees with the computed value")
            : QCoreApplication::translate("kaleido::cli", "differs from the computed value");
    out.addRow({QStringLiteral("CommitLimit (kernel)"),
                o->kernelCommitLimit ? kB(*o->kernelCommitLimit) : QStringLiteral("-"), agreement});
    out.addRow(
        {QStringLiteral("Committed_AS"), o->committedAs ? kB(*o->committedAs) : QStringLiteral("-"),
         o->committedAs && o->commitLimit > 0
             ? QCoreApplication::translate("kaleido::cli", "%1% of CommitLimit")
                   .arg(QString::number(100.0 * double(*o->committedAs) / double(o->commitLimit), 'f', 1))
             : QString()});
    out.addRow({QStringLiteral("admin_reserve_kbytes"), number(o->adminReserveBytes / 1024),
                QCoreApplication::translate("kaleido::cli",
                                            "kept back from processes without CAP_SYS_ADMIN in mode 2")});
    out.addRow(
        {QStringLiteral("user_reserve_kbytes"), number(o->userReserveBytes / 1024),
         QCoreApplication::translate(
             "kaleido::cli", "at most this, or total_vm / 32, kept back from each process in mode 2")});

    QJsonObject json{{QStringLiteral("mode"), int(o->mode)},
                     {QStringLiteral("modeName"), overcommitModeName(o->mode)},
                     {QStringLiteral("overcommitRatio"), jsonCount(in.overcommitRatio)},
                     {QStringLiteral("overcommitKbytes"), jsonCount(in.overcommitKbytes)},
                     {QStringLiteral("pageSize"), jsonCount(in.pageSize)},
                     {QStringLiteral("memTotalBytes"), jsonCount(in.memTotalBytes)},
                     {QStringLiteral("swapTotalBytes"), jsonCount(in.swapTotalBytes)},
                     {QStringLiteral("hugetlbBytes"), jsonCount(in.hugetlbBytes)},
                     {QStringLiteral("commitLimitComputedBytes"), jsonCount(o->commitLimit)},
                     {QStringLiteral("agreesWithKernel"), o->agreesWithKernel()},
                     {QStringLiteral("adminReserveBytes"), jsonCount(o->adminReserveBytes)},
                     {QStringLiteral("userReserveBytes"), jsonCount(o->userReserveBytes)}};
    if (o->kernelCommitLimit)
        json.insert(QStringLiteral("commitLimitKernelBytes"), jsonCount(*o->kernelCommitLimit));
    if (o->committedAs)
        json.insert(QStringLiteral("committedAsBytes"), jsonCount(*o->committedAs));

    if (request) {
        // A new, small process asks: no user reserve (its total_vm / 32 is about 0).
        const auto never = VmSysctls::OvercommitMode::Never;
        const auto asRoot = o->check(*request, never, true);
        const auto asUser = o->check(*request, never, false);
        const auto now = o->check(*request, o->mode, false);
        const QString size = Units::formatBytes(*request);
        out.addRow({QCoreApplication::translate("kaleido::cli", "%1 in mode 2, as root").arg(size),
                    kB(asRoot.requestBytes), verdictText(asRoot)});
        out.addRow({QCoreApplication::translate("kaleido::cli", "%1 in mode 2, as a user").arg(size),
                    kB(asUser.requestBytes), verdictText(asUser)});
        out.addRow({QCoreApplication::translate("kaleido::cli", "%1 now (mode %2), as a user")
                        .arg(size)
                        .arg(int(o->mode)),
                    kB(now.requestBytes),
                    now.refused ? QCoreApplication::translate("kaleido::cli", "refused")
                                : QCoreApplication::translate("kaleido::cli", "granted")});
        json.insert(QStringLiteral("request"),
                    QJsonObject{{QStringLiteral("bytes"), jsonCount(*request)},
                                {QStringLiteral("mode2Root"), verdictJson(asRoot)},
                                {QStringLiteral("mode2User"), verdictJson(asUser)},
                                {QStringLiteral("currentModeUser"), verdictJson(now)}});
    }
    out.json = json;
    return 0;
}

} // namespace kaleido::cli::memory
