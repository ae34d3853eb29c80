// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduleoperationpane.h"

#include "kerneltaint.h"
#include "operationreport.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kaleido {

using privileged::OperationResult;

namespace {

QString levelColour(int level)
{
    if (level >= 0 && level <= 3)
        return QStringLiteral("#c0392b"); // emerg … err
    if (level == 4)
        return QStringLiteral("#b9770e"); // warning
    if (level == 5)
        return QStringLiteral("#1f618d"); // notice
    if (level == 7)
        return QStringLiteral("#7f8c8d"); // debug
    return QString();
}

QString levelName(int level)
{
    static const char* const names[] = {"emerg",   "alert",  "crit", "err",
                                        "warning", "notice", "info", "debug"};
    return level >= 0 && level <= 7 ? QString::fromLatin1(names[level]) : QString();
}

QString taintLetters(const QString& letters)
{
    return letters.isEmpty() ? QCoreApplication::translate("kaleido::ModuleOperationPane", "none") : letters;
}

} // namespace

QString moduleErrnoMeaning(const QString& e)
{
    if (e == QLatin1String("EEXIST"))
        return QCoreApplication::translate("kaleido::ModuleOperationPane", "the module is already loaded");
    if (e == QLatin1String("ENOEXEC"))
        return QCoreApplication::translate("kaleido::ModuleOperationPane",
                                           "invalid module format or version magic mismatch");
    if (e == QLatin1String("EKEYREJECTED"))
        return QCoreApplication::translate("kaleido::ModuleOperationPane", "the signature was rejected");
    if (e == QLatin1String("ENOKEY"))
        return QCoreApplication::translate("kaleido::ModuleOperationPane",
                                           "signed with a key the kernel does not have");
    if (e == QLatin1String("ENOENT"))
        return QCoreApplication::translate("kaleido::ModuleOperationPane", "unknown symbol or missing file");
    if (e == QLatin1String("EINVAL"))
        return QCoreApplication::translate("kaleido::ModuleOperationPane", "invalid parameter or argument");
    if (e == QLatin1String("EPERM"))
        return QCoreApplication::translate("kaleido::ModuleOperationPane",
                                           "not permitted (lockdown, modules_disabled or blacklist)");
    if (e == QLatin1String("EBUSY"))
        return QCoreApplication::translate("kaleido::ModuleOperationPane",
                                           "the module is busy (not live, or permanent)");
    if (e == QLatin1String("EAGAIN") || e == QLatin1String("EWOULDBLOCK"))
        return QCoreApplication::translate("kaleido::ModuleOperationPane", "the module is in use");
    if (e == QLatin1String("EACCES"))
        return QCoreApplication::translate("kaleido::ModuleOperationPane", "permission denied");
    if (e == QLatin1String("ENOMEM"))
        return QCoreApplication::translate("kaleido::ModuleOperationPane", "out of memory");
    if (e == QLatin1String("EFAULT"))
        return QCoreApplication::translate("kaleido::ModuleOperationPane", "bad address");
    return {};
}

std::pair<int, QString> splitKernelLogLine(const QString& line)
{
    if (line.size() >= 3 && line.at(0) == QLatin1Char('<')) {
        const qsizetype close = line.indexOf(QLatin1Char('>'));
        bool ok = false;
        const int prefix = close > 1 ? line.mid(1, close - 1).toInt(&ok) : -1;
        if (ok && prefix >= 0)
            return {prefix & 7, line.mid(close + 1)};
    }
    return {-1, line};
}

ModuleOperationPane::ModuleOperationPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_cause(new QLabel(this))
    , m_route(new QLabel(this))
    , m_taint(new QLabel(this))
    , m_logHeading(new QLabel(tr("Kernel log during the operation:"), this))
    , m_log(new QTextBrowser(this))
    , m_showLoaded(new QPushButton(tr("Show in Loaded"), this))
    , m_showLog(new QPushButton(tr("Show in Kernel log"), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel* label : {m_outcome, m_cause, m_route, m_taint}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_outcome->setTextFormat(Qt::RichText);
    m_taint->setTextFormat(Qt::RichText);
    m_title->setToolTip(tr("The operation this result is about."));
    m_outcome->setToolTip(
        tr("Whether the operation succeeded; on failure the system error the kernel returned "
           "and what it means."));
    m_cause->setToolTip(tr("Why it happened, in plain words, from the error and the kernel log."));
    m_route->setToolTip(tr("How the request was made: in this process, or through kaleido-helper with "
                           "administrator permission."));
    m_taint->setToolTip(
        tr("The kernel's taint flags (/proc/sys/kernel/tainted) before and after the operation. "
           "Taints stay until reboot."));
    m_log->setToolTip(
        tr("The lines the kernel printed to /dev/kmsg while the operation ran, coloured by level "
           "(red: error or worse, orange: warning, blue: notice, grey: debug)."));
    m_log->setOpenLinks(false);
    m_log->setMinimumHeight(80);
    m_showLoaded->setToolTip(tr("Select the module in Modules ▸ Loaded."));
    m_showLog->setToolTip(
        tr("Open the Kernel log with the lines this operation printed highlighted. Disabled "
           "when the lines' sequence numbers are not known."));
    connect(m_showLoaded, &QPushButton::clicked, this, [this] {
        if (!m_module.isEmpty())
            Q_EMIT loadedModuleRequested(m_module);
    });
    connect(m_showLog, &QPushButton::clicked, this, [this] {
        if (m_result.kernelLogFirstSequence >= 0 && m_result.kernelLogLastSequence >= 0)
            Q_EMIT kernelLogRequested(m_result.kernelLogFirstSequence, m_result.kernelLogLastSequence,
                                      m_titleText);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_showLoaded);
    buttons->addWidget(m_showLog);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_outcome);
    layout->addWidget(m_cause);
    layout->addWidget(m_route);
    layout->addWidget(m_taint);
    layout->addWidget(m_logHeading);
    layout->addWidget(m_log, 1);
    layout->addStretch(0); // takes the log's room while the log is hidden
    layout->addLayout(buttons);
    m_layout = layout;
    clear();
}

void ModuleOperationPane::clear()
{
    m_result = OperationResult();
    m_titleText.clear();
    m_module.clear();
    m_lines.clear();
    m_title->clear();
    m_outcome->clear();
    m_cause->clear();
    m_route->clear();
    m_taint->clear();
    m_log->clear();
    m_logHeading->hide();
    m_log->hide();
    m_layout->setStretch(m_layout->indexOf(m_log) + 1, 1);
    m_taint->hide();
    m_route->hide();
    m_showLoaded->setEnabled(false);
    m_showLog->setEnabled(m_result.kernelLogFirstSequence >= 0 && m_result.kernelLogLastSequence >= 0);
}

void ModuleOperationPane::setRunning(const QString& title)
{
    clear();
    m_titleText = title;
    m_title->setText(title);
    m_outcome->setText(tr("Working…"));
}

void ModuleOperationPane::setModuleName(const QString& module)
{
    m_explicitModule = module;
    updateLinks();
}

void ModuleOperationPane::setResult(const OperationResult& result, bool throughHelper, const QString& title)
{
    clear();
    m_result = result;
    m_titleText = title;
    m_title->setText(title);

    QString outcome;
    switch (result.outcome) {
    case OperationResult::Outcome::Done:
        outcome = QStringLiteral("<span style=\"color:#1e8449\">%1</span>").arg(tr("Done").toHtmlEscaped());
        break;
    case OperationResult::Outcome::Failed: {
        QString text = result.errnoName.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(result.errnoName);
        const QString meaning = moduleErrnoMeaning(result.errnoName);
        if (!meaning.isEmpty())
            text = tr("%1 — %2").arg(text, meaning);
        outcome = QStringLiteral("<span style=\"color:#c0392b\">%1</span>").arg(text.toHtmlEscaped());
        break;
    }
    case OperationResult::Outcome::Rejected:
        outcome = QStringLiteral("<span style=\"color:#b9770e\">%1</span>")
                      .arg(tr("Refused before anything was asked of the kernel").toHtmlEscaped());
        break;
    case OperationResult::Outcome::NotAuthorized:
        outcome = QStringLiteral("<span style=\"color:#b9770e\">%1</span>")
                      .arg(tr("Not authorized: administrator permission was not given").toHtmlEscaped());
        break;
    case OperationResult::Outcome::HelperUnavailable:
        outcome = QStringLiteral("<span style=\"color:#c0392b\">%1</span>")
                      .arg(tr("kaleido-helper could not be reached").toHtmlEscaped());
        break;
    }
    m_outcome->setText(QStringLiteral("<b>%1</b>").arg(outcome));
    m_cause->setText(result.cause);

    const QString report = operationReport(result, throughHelper);
    if (throughHelper) {
        m_route->setText(report.mid(operationReport(result, false).size()).trimmed());
        m_route->setVisible(!m_route->text().isEmpty());
    }

    if (!result.taintBefore.isEmpty() || !result.taintAfter.isEmpty() ||
        result.outcome == OperationResult::Outcome::Done ||
        result.outcome == OperationResult::Outcome::Failed) {
        QString text = tr("Taint: %1 → %2")
                           .arg(taintLetters(result.taintBefore), taintLetters(result.taintAfter))
                           .toHtmlEscaped();
        QStringList meanings;
        for (const TaintFlag& flag : parseTaintLetters(result.taintAfter.toLatin1())) {
            if (!result.taintBefore.contains(QLatin1Char(flag.letter)))
                meanings << QStringLiteral("<b>%1</b> %2").arg(flag.name(), flag.meaning().toHtmlEscaped());
        }
        if (!meanings.isEmpty())
            text += QStringLiteral("<br>") + tr("New:").toHtmlEscaped() + QLatin1Char(' ') +
                    meanings.join(QStringLiteral("; "));
        else if (result.taintBefore == result.taintAfter)
            text += QStringLiteral(" ") + tr("(unchanged)").toHtmlEscaped();
        m_taint->setText(text);
        m_taint->setVisible(result.outcome == OperationResult::Outcome::Done ||
                            result.outcome == OperationResult::Outcome::Failed);
    }

    m_lines = result.kernelLog;
    QString html;
    for (const QString& line : result.kernelLog) {
        const auto [level, text] = splitKernelLogLine(line);
        const QString colour = levelColour(level);
        const QString levelText = levelName(level);
        QString row =
            levelText.isEmpty()
                ? text.toHtmlEscaped()
                : QStringLiteral("<span title=\"%1\">%2</span>").arg(levelText, text.toHtmlEscaped());
        if (!colour.isEmpty())
            row = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, row);
        html +=
            QStringLiteral("<div style=\"font-family:monospace; white-space:pre-wrap\">%1</div>").arg(row);
    }
    m_log->setHtml(html);
    const bool ran = result.outcome == OperationResult::Outcome::Done ||
                     result.outcome == OperationResult::Outcome::Failed;
    m_logHeading->setText(result.kernelLog.isEmpty() ? tr("The kernel printed nothing while it ran.")
                                                     : tr("Kernel log during the operation:"));
    m_logHeading->setVisible(ran);
    m_log->setVisible(ran && !result.kernelLog.isEmpty());
    m_layout->setStretch(m_layout->indexOf(m_log) + 1, m_log->isHidden() ? 1 : 0);

    m_module = result.loaded.isEmpty() ? QString() : result.loaded.constLast();
    updateLinks();
}

void ModuleOperationPane::updateLinks()
{
    if (!m_explicitModule.isEmpty())
        m_module = m_explicitModule;
    const bool loadedNow = m_result.ok() || m_result.errnoName == QLatin1String("EEXIST");
    m_showLoaded->setEnabled(loadedNow && !m_module.isEmpty());
    m_showLog->setEnabled(m_result.kernelLogFirstSequence >= 0 && m_result.kernelLogLastSequence >= 0);
}

QString ModuleOperationPane::outcomeText() const
{
    return m_outcome->text();
}

QString ModuleOperationPane::causeText() const
{
    return m_cause->text();
}

QString ModuleOperationPane::taintText() const
{
    return m_taint->isHidden() ? QString() : m_taint->text();
}

QStringList ModuleOperationPane::kernelLogLines() const
{
    return m_lines;
}

bool ModuleOperationPane::kernelLogLinkEnabled() const
{
    return m_showLog->isEnabled();
}

bool ModuleOperationPane::loadedLinkEnabled() const
{
    return m_showLoaded->isEnabled();
}

} // namespace kaleido
