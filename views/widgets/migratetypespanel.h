// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
}

class MigrateTypesModel;
class RefreshClock;
class ZonesFeed;

/**
 * The migrate-type breakdown of Memory ▸ Zones: the table when /proc/pagetypeinfo could be read (directly as
 * root, or streamed through kaleido-helper), otherwise a plain sentence saying why it is missing and, when
 * the helper can help, a button that opens the stream. An empty table is never shown in place of data that
 * was not read.
 */
class MigrateTypesPanel : public QWidget
{
    Q_OBJECT
public:
    MigrateTypesPanel(ZonesFeed* feed, MigrateTypesModel* model, privileged::PrivilegedClient* client,
                      RefreshClock* clock, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    QPushButton* streamButton() const { return m_button; }
    /// True while the table (not the explanation) is shown.
    bool isShowingTable() const;
    /// The sentence shown instead of the table, or above it.
    QString messageText() const;

    /// What the button does: asks the helper for /proc/pagetypeinfo.
    void openStream();

private:
    void updateState();

    ZonesFeed* m_feed;
    MigrateTypesModel* m_model;
    privileged::PrivilegedClient* m_client;
    RefreshClock* m_clock;
    QStackedWidget* m_stack;
    QLabel* m_message;
    QPushButton* m_button;
    QLabel* m_source;
    QTreeView* m_view;
};

} // namespace kaleido
