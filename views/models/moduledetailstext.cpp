// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduledetailstext.h"

#include "operationresult.h"

#include <QCoreApplication>

namespace kaleido {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral(
               "<tr><td style=\"padding-right:12px; vertical-align:top\"><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString severityColour(LoadCheck::Severity s)
{
    switch (s) {
    case LoadCheck::Severity::Refusal:
        return QStringLiteral("#c0392b");
    case LoadCheck::Severity::Warning:
        return QStringLiteral("#b9770e");
    case LoadCheck::Severity::Note:
        break;
    }
    return QString();
}

} // namespace

QString moduleDetailsHtml(const ModuleInfo& info, const QList<ModprobeRule>& rules,
                          const QList<LoadCheck>& checks, const std::optional<QString>& kernelVermagic)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(info.name));
    if (!info.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(info.description));

    html += QStringLiteral("<table>");
    if (info.builtIn)
        html += row(QCoreApplication::translate("kaleido::ModuleDetails", "File"),
                    esc(QCoreApplication::translate("kaleido::ModuleDetails",
                                                    "none: built into the kernel (modules.builtin)")));
    else
        html += row(QCoreApplication::translate("kaleido::ModuleDetails", "File"), esc(info.filename));
    if (!info.version.isEmpty())
        html += row(QCoreApplication::translate("kaleido::ModuleDetails", "Version"), esc(info.version));
    if (!info.srcVersion.isEmpty())
        html += row(QCoreApplication::translate("kaleido::ModuleDetails", "Source version"),
                    esc(info.srcVersion));
    html += row(QCoreApplication::translate("kaleido::ModuleDetails", "License"),
                info.license.isEmpty()
                    ? esc(QCoreApplication::translate("kaleido::ModuleDetails", "(none declared)"))
                    : esc(info.license));
    if (!info.authors.isEmpty())
        html += row(QCoreApplication::translate("kaleido::ModuleDetails", "Authors"),
                    esc(info.authors.join(QStringLiteral("; "))));
    if (!info.builtIn) {
        html +=
            row(QCoreApplication::translate("kaleido::ModuleDetails", "In tree"),
                esc(info.inTree ? QCoreApplication::translate("kaleido::ModuleDetails", "yes")
                                : QCoreApplication::translate("kaleido::ModuleDetails",
                                                              "no (out-of-tree: loading taints with O)")));
        QString signature;
        if (info.isSigned()) {
            signature = esc(QCoreApplication::translate("kaleido::ModuleDetails", "signed by %1")
                                .arg(info.signer.isEmpty() ? QStringLiteral("?") : info.signer));
            if (!info.signingKey.isEmpty())
                signature +=
                    QStringLiteral("<br>") +
                    esc(QCoreApplication::translate("kaleido::ModuleDetails", "key %1").arg(info.signingKey));
            if (!info.signatureHashAlgorithm.isEmpty())
                signature += QStringLiteral("<br>") +
                             esc(QCoreApplication::translate("kaleido::ModuleDetails", "hash %1, %2")
                                     .arg(info.signatureHashAlgorithm, info.signatureId));
        } else {
            signature = esc(QCoreApplication::translate("kaleido::ModuleDetails", "not signed"));
        }
        html += row(QCoreApplication::translate("kaleido::ModuleDetails", "Signature"), signature);
        QString magic = info.vermagic.isEmpty()
                            ? esc(QCoreApplication::translate("kaleido::ModuleDetails", "(none)"))
                            : esc(info.vermagic);
        if (kernelVermagic && !info.vermagic.isEmpty()) {
            const VermagicComparison c = compareVermagic(info.vermagic, *kernelVermagic);
            const bool same = c.releaseMatches && c.flagsMatch;
            magic +=
                QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(same ? QStringLiteral("#1e8449") : QStringLiteral("#b9770e"),
                         esc(same ? QCoreApplication::translate("kaleido::ModuleDetails",
                                                                "matches this kernel")
                                  : QCoreApplication::translate("kaleido::ModuleDetails", "this kernel: %1")
                                        .arg(kernelVermagic->trimmed())));
        }
        html += row(QCoreApplication::translate("kaleido::ModuleDetails", "Vermagic"), magic);
    }
    html += row(QCoreApplication::translate("kaleido::ModuleDetails", "Depends"),
                info.depends.isEmpty() ? esc(QCoreApplication::translate("kaleido::ModuleDetails", "nothing"))
                                       : esc(info.depends.join(QStringLiteral(", "))));
    if (!info.softDependencies.isEmpty())
        html += row(QCoreApplication::translate("kaleido::ModuleDetails", "Soft dependencies"),
                    esc(info.softDependencies.join(QStringLiteral("; "))));
    if (!info.importedNamespaces.isEmpty())
        html += row(QCoreApplication::translate("kaleido::ModuleDetails", "Imports namespaces"),
                    esc(info.importedNamespaces.join(QStringLiteral(", "))));
    if (!info.aliases.isEmpty()) {
        constexpr qsizetype shown = 12;
        QString aliases = esc(info.aliases.mid(0, shown).join(QStringLiteral(", ")));
        if (info.aliases.size() > shown)
            aliases += esc(QCoreApplication::translate("kaleido::ModuleDetails", " … and %1 more")
                               .arg(info.aliases.size() - shown));
        html += row(QCoreApplication::translate("kaleido::ModuleDetails", "Aliases"), aliases);
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4>")
                .arg(esc(QCoreApplication::translate("kaleido::ModuleDetails", "Parameters")));
    if (info.parameters.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate("kaleido::ModuleDetails", "None declared.")));
    } else {
        html += QStringLiteral("<table>");
        for (const auto& p : info.parameters) {
            html += QStringLiteral("<tr><td style=\"padding-right:12px\"><tt>%1</tt></td><td "
                                   "style=\"padding-right:12px\"><i>%2</i></td><td>%3</td></tr>")
                        .arg(esc(p.name),
                             esc(p.type.value_or(
                                 QCoreApplication::translate("kaleido::ModuleDetails", "no type"))),
                             esc(p.description.value_or(QString())));
        }
        html += QStringLiteral("</table>");
    }

    if (!rules.isEmpty()) {
        html +=
            QStringLiteral("<h4>%1</h4><table>")
                .arg(esc(QCoreApplication::translate("kaleido::ModuleDetails", "modprobe rules that apply")));
        for (const ModprobeRule& r : rules) {
            const QString text = r.kind == ModprobeRule::Kind::Alias
                                     ? QStringLiteral("alias %1 %2").arg(r.value, r.module)
                                     : (r.keyword() + QLatin1Char(' ') + r.module +
                                        (r.value.isEmpty() ? QString() : QLatin1Char(' ') + r.value));
            html += QStringLiteral("<tr><td style=\"padding-right:12px\"><tt>%1</tt></td><td>%2</td></tr>")
                        .arg(esc(text), esc(r.source));
        }
        html += QStringLiteral("</table>");
    }

    if (!checks.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>")
                    .arg(esc(QCoreApplication::translate("kaleido::ModuleDetails", "Before loading")));
        for (const LoadCheck& c : checks) {
            QString text = esc(c.text);
            if (c.severity == LoadCheck::Severity::Refusal && c.expectedErrno != 0)
                text = esc(QCoreApplication::translate("kaleido::ModuleDetails",
                                                       "The kernel will refuse it (%1): ")
                               .arg(privileged::errnoSymbol(c.expectedErrno))) +
                       text;
            const QString colour = severityColour(c.severity);
            html += colour.isEmpty()
                        ? QStringLiteral("<li>%1</li>").arg(text)
                        : QStringLiteral("<li><span style=\"color:%1\">%2</span></li>").arg(colour, text);
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace kaleido
