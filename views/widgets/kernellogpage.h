// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "error.h"
#include "kernelfs.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;
class QTreeView;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
class PrivilegedStream;
struct OperationResult;
} // namespace privileged

class KernelLogFeed;
class KernelLogFilterModel;
class KernelLogModel;
class RefreshClock;

/**
 * Kernel log: /dev/kmsg like `dmesg --follow`, with filters by level, facility, text and module, colours by
 * level, relative or wall-clock times, and the lines of one module operation on request (showSequences()).
 *
 * The page reads /dev/kmsg directly while the kernel lets it (root, or kernel.dmesg_restrict = 0) and follows
 * it as the kernel writes. When the kernel refuses, the page explains why and offers a read stream through
 * Kaleido's privileged helper; the helper's records then drive the page. A captured tree's log is read once.
 * Clear View empties the table only: the kernel's own buffer is never cleared.
 */
class KernelLogPage : public QWidget
{
    Q_OBJECT
public:
    enum class State
    {
        Direct,             ///< /dev/kmsg (or a capture) read directly
        Unavailable,        ///< the log cannot be read for another reason than permissions
        NeedsAuthorization, ///< the kernel refused: waiting for the user to ask the helper
        Connecting,         ///< the stream was asked for (the desktop may be asking for a password)
        Streaming,          ///< records from the helper drive the page
        Failed,             ///< the stream could not be opened
        Ended,              ///< the stream ended: the records read so far stay
    };
    Q_ENUM(State)

    KernelLogPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
                  QWidget* parent = nullptr);
    ~KernelLogPage() override;

    State state() const { return m_state; }
    QString sourceText() const;
    QPushButton* sourceButton() const { return m_sourceButton; }
    KernelLogModel* model() const { return m_model; }
    KernelLogFilterModel* filterModel() const { return m_filter; }
    KernelLogFeed* feed() const { return m_feed; }
    QTreeView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QAction* followAction() const { return m_follow; }
    QString statusText() const;
    /// The text of the range/module filter chips shown above the table (empty when none is).
    QString chipText() const;

    /// Shows only the records with sequence numbers first…last (an operation's lines, titled @p title in a
    /// removable chip), highlights, selects and scrolls to them. Following stops so they stay in view.
    void showSequences(quint64 first, quint64 last, const QString& title);
    /// Shows only the messages of module @p module (those that begin with "module:"); empty = all.
    void filterModule(const QString& module);
    void clearRange();

    /// (Re)opens the log directly; called once at construction.
    void startDirect();
    /// Asks the helper for a read stream (the source button does this).
    void startStream();
    void stopStream();

    /// The shown rows (or only the selected ones) as text, one line per record like dmesg.
    QString shownText(bool selectedOnly = false) const;
    /// Writes the shown rows to @p path; false with a plain-language @p error when it cannot.
    bool saveText(const QString& path, QString* error) const;
    void copySelection() const;

Q_SIGNALS:
    void stateChanged(kaleido::KernelLogPage::State state);
    /// One sentence for the status bar.
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void setState(State state, const QString& text = {});
    void onSourceButton();
    void onNeedsAuthorization(const Error& error);
    void onUnavailable(const Error& error);
    void onStreamOpened();
    void onStreamFailed(const privileged::OperationResult& result);
    void onStreamEnded(const QString& reason);
    void dropStream();
    void onRowsAdded();
    void updateStatus();
    void readConsoleLevel();
    void updateLevels();
    void rebuildFacilityMenu();
    void updateFacilities();
    void updateSearch();
    void updateChips();
    void updatePalette();
    void sizeTimeColumn();
    void selectRange();
    void saveAs();

    RefreshClock* m_clock;
    privileged::PrivilegedClient* m_client;
    KernelFs m_fs;
    State m_state = State::Direct;
    QString m_stateText;
    QPointer<privileged::PrivilegedStream> m_stream;
    bool m_recordsSeen = false;
    QString m_rangeTitle;
    int m_skipped = 0;
    std::optional<int> m_consoleLevel;

    KernelLogModel* m_model;
    KernelLogFilterModel* m_filter;
    KernelLogFeed* m_feed;
    QTreeView* m_view;
    QWidget* m_sourcePanel;
    QLabel* m_sourceLabel;
    QPushButton* m_sourceButton;
    QWidget* m_chips = nullptr;
    QWidget* m_rangeChip;
    QLabel* m_rangeLabel;
    QWidget* m_moduleChip;
    QLabel* m_moduleLabel;
    QAction* m_follow;
    QToolButton* m_levelButton;
    QMenu* m_levelMenu;
    QList<QAction*> m_levelActions;
    QToolButton* m_facilityButton;
    QMenu* m_facilityMenu;
    QLineEdit* m_search;
    QCheckBox* m_regex;
    QComboBox* m_timeMode;
    QLabel* m_status;
};

} // namespace kaleido
