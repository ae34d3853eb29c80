// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "operationresult.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
}

class RefreshClock;
class TunablesModel;

/**
 * Memory ▸ Tunables: overcommit, swappiness, watermarks, THP, KSM and the console log level, each changed
 * with one edit and reverted with one click. Writes go through the privileged client (polkit asks for a
 * password); the outcome, old → new, is shown in plain words under the table.
 */
class TunablesPage : public QWidget
{
    Q_OBJECT

public:
    TunablesPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
                 QWidget* parent = nullptr);

    TunablesModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    /// The last outcome shown under the table.
    QString statusText() const;

    /// Writes @p value to @p key through the client (what editing a value does).
    void requestChange(const QString& key, const QString& value);
    void revertSelected();
    void revertAll();

Q_SIGNALS:
    /// A write finished (tests wait for it).
    void changeFinished(const kaleido::privileged::OperationResult& result);

private:
    void showResult(const QString& key, const privileged::OperationResult& result);
    void updateButtons();
    QString selectedKey() const;

    privileged::PrivilegedClient* m_client;
    TunablesModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
    QLabel* m_status;
    QPushButton* m_change;
    QPushButton* m_revert;
    QPushButton* m_revertAll;
    int m_pending = 0;
};

} // namespace kaleido
