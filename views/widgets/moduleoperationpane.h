// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace kaleido {

/**
 * The result of a module operation (load, load from file, unload, reload, parameter write) in plain words:
 * what happened, or the errno name with what it means and the cause; how the request went (through
 * kaleido-helper or in-process); the /dev/kmsg lines the kernel printed meanwhile, coloured by level; the
 * taint before → after with the meaning of each new letter; links to the module in Loaded and to the lines
 * in the Kernel log.
 */
class ModuleOperationPane : public QWidget
{
    Q_OBJECT

public:
    explicit ModuleOperationPane(QWidget* parent = nullptr);

    /// Shows @p result of the operation called @p title ("Load kaleido_teach"). @p throughHelper as
    /// PendingOperation::wentThroughHelper() says.
    void setResult(const privileged::OperationResult& result, bool throughHelper, const QString& title);
    /// Empties the pane (before a new request): "Working…" with @p title.
    void setRunning(const QString& title);
    void clear();

    /// The module "Show in Loaded" goes to: the module the result names (last one loaded) unless set here.
    void setModuleName(const QString& module);

    // For tests and accessibility: the parts as shown.
    QString outcomeText() const;
    QString causeText() const;
    QString taintText() const;
    QStringList kernelLogLines() const;
    bool kernelLogLinkEnabled() const;
    bool loadedLinkEnabled() const;

Q_SIGNALS:
    /// "Show in Kernel log": the /dev/kmsg sequence numbers the operation printed, inclusive.
    void kernelLogRequested(qint64 first, qint64 last, const QString& title);
    /// "Show in Loaded": select @p module in Modules ▸ Loaded.
    void loadedModuleRequested(const QString& module);

private:
    void updateLinks();

    QVBoxLayout* m_layout = nullptr;
    QLabel* m_title;
    QLabel* m_outcome;
    QLabel* m_cause;
    QLabel* m_route;
    QLabel* m_taint;
    QLabel* m_logHeading;
    QTextBrowser* m_log;
    QPushButton* m_showLoaded;
    QPushButton* m_showLog;
    privileged::OperationResult m_result;
    QString m_titleText;
    QString m_module;
    QString m_explicitModule;
    QStringList m_lines;
};

/// What the errno a module verb failed with means, in one short phrase: "module already loaded" for
/// EEXIST, … Empty for an errno without a module-specific meaning. Translated.
QString moduleErrnoMeaning(const QString& errnoName);

/// "<3>text" → level 3 and "text"; a line without a level prefix gets level -1.
std::pair<int, QString> splitKernelLogLine(const QString& line);

} // namespace kaleido
