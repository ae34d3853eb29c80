// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "operationresult.h"
#include "tunablelivefigures.h"
#include "tunablesmodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTreeView;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
}

class RefreshClock;
class TunableDetailsPanel;
class TunableFiguresView;

/**
 * Memory ▸ Tunables: overcommit, swappiness, watermarks, THP, KSM and the console log level. The table lists
 * every setting with its value, its original (the first value Kaleido ever saw) and the value before this
 * session's change; under it TunableFiguresView shows the live figures the selected setting affects,
 * refreshed on every tick, and beside it TunableDetailsPanel explains the setting and edits it. Writes go
 * through the privileged client (polkit asks for a password), one at a time; the outcome, old → new, is shown
 * under the table, in the details pane and in the window's status bar (message()).
 */
class TunablesPage : public QWidget
{
    Q_OBJECT

public:
    /// @p settingsFile: where the originals are kept (TunablesModel); empty for the application's settings.
    TunablesPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
                 QWidget* parent = nullptr, const QString& settingsFile = QString());

    TunablesModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    TunableDetailsPanel* details() const { return m_details; }
    TunableFiguresView* figuresView() const { return m_figuresView; }
    /// The last outcome shown under the table.
    QString statusText() const;
    /// The selected setting's key; empty when none.
    QString selectedKey() const;
    /// Selects @p key's row (and shows it in the details pane).
    void selectKey(const QString& key);
    /// A write is under way or queued.
    bool isBusy() const { return m_pending > 0 || !m_queue.isEmpty(); }

    /// Writes @p value to @p key through the client (what editing a value does).
    void requestChange(const QString& key, const QString& value);
    /// The selected setting back to its value before this session's change.
    void revertSelected();
    /// Every setting changed in this session back to its value before.
    void revertAll();
    /// The selected setting back to its original (first seen) value.
    void revertSelectedToOriginal();
    /// Every setting that differs from its original back to it.
    void revertAllToOriginal();
    /// Reads the values and the selected setting's live figures again (what every tick does).
    void refresh();

Q_SIGNALS:
    /// A write finished (tests wait for it).
    void changeFinished(const kaleido::privileged::OperationResult& result);
    /// A sentence for the window's status bar.
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void enqueue(const QList<TunablesModel::Write>& writes);
    void startNext();
    void showResult(const QString& key, const QString& value, const privileged::OperationResult& result);
    void updateButtons();
    void updateDetails();
    void saveSettings() const;
    void saveSplitters() const;
    void restoreSettings();

    privileged::PrivilegedClient* m_client;
    KernelFs m_fs;
    TunablesModel* m_model;
    TunableLiveFigures m_figures;
    QSortFilterProxyModel* m_proxy;
    QSplitter* m_splitter;
    QSplitter* m_leftSplitter;
    QTreeView* m_view;
    TunableDetailsPanel* m_details;
    TunableFiguresView* m_figuresView;
    QLabel* m_status;
    QPushButton* m_revertAll;
    QPushButton* m_revertAllOriginal;
    QList<TunablesModel::Write> m_queue;
    int m_pending = 0;
    bool m_leftSized = false; ///< the table's height was restored or fitted to its rows
};

} // namespace kaleido
