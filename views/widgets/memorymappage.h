// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "error.h"
#include "kernelfs.h"
#include "memorymapexport.h"
#include "memorymapmodel.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;
class QToolButton;
class QTreeView;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
} // namespace privileged

class AddressSpaceStrip;
class MemoryMapGroupModel;
class MemoryMapProxyModel;
class MemoryMapTotalsLine;
class RefreshClock;
class SmapsStreamReader;

/**
 * Memory ▸ Map: one process's virtual memory areas (/proc/PID/smaps), where its memory is and what kind it
 * is. A process is chosen by PID (or from Processes ▸ details, "Memory map…"); the page shows
 *
 * - an address-space strip (AddressSpaceStrip) coloured by kind, with its legend; a click selects the area;
 * - every area with all smaps counters (sortable by value, each header explained in its tooltip, VmFlags in
 *   words), or grouped by file (MemoryMapGroupModel), and a totals line under the columns as `pmap -X`
 *   prints it;
 * - Take Snapshot, then what changed since (added, removed, grown, shrunk areas marked in the table and the
 *   strip, and said in words with sizes): watch the heap grow;
 * - Export as CSV or JSON (MemoryMapExport).
 *
 * The map is read and parsed on the model's worker thread, again on every tick of the RefreshClock while the
 * page is shown; the GUI thread never waits for it, and a first read of a large map shows its progress. When
 * the process has exited, or belongs to another user (reading needs root), the page says so in words; for
 * another user's process it offers to read the map through Kaleido's privileged helper (a stream of smaps
 * snapshots, StreamSource::Smaps).
 */
class MemoryMapPage : public QWidget
{
    Q_OBJECT
public:
    MemoryMapPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
                  QWidget* parent = nullptr);
    ~MemoryMapPage() override;

    /// Shows @p pid's map (read at once, then on every tick while the page is visible).
    void showProcess(qint32 pid);
    qint32 pid() const { return m_pid; }

    MemoryMapModel* model() const { return m_model; }
    MemoryMapGroupModel* groupModel() const { return m_groups; }
    QSortFilterProxyModel* proxyModel() const;
    QTreeView* view() const { return m_view; }
    AddressSpaceStrip* strip() const { return m_strip; }

    bool isGrouped() const;
    void setGrouped(bool grouped);

    /// Keeps the current map to compare every later read against; clearSnapshot() stops comparing.
    void takeSnapshot();
    void clearSnapshot();
    /// The comparison in words ("" without a snapshot).
    QString diffText() const;
    /// The line about the process ("bash, user alice").
    QString processText() const;
    /// The status or error shown above the map ("" when there is none).
    QString statusText() const;
    /// Whether the page offers to read the map through the privileged helper.
    bool offersHelper() const;
    /// The totals line's raw value under a MemoryMapModel column (bytes; the number of areas under Path).
    QVariant totalValue(int column) const;
    /// The totals line as shown, column by column ("" for columns without a sum).
    QStringList totalsTexts() const;

    /// Selects the area of the model's @p row in the table (or its file's row when grouped) and the strip.
    void selectSourceRow(int row);
    /// The model rows of the selection (all areas of a selected file when grouped).
    QList<int> selectedSourceRows() const;

    /// Writes the map (and the diff, after a snapshot) as JSON or CSV; false when the file cannot be written.
    bool exportTo(const QString& fileName, bool json);
    MemoryMapExport::Source exportSource() const;

    /// Reads the map again now (what a tick does while the page is visible).
    void refresh();
    /// Opens the privileged helper's smaps stream for the current process (another user's process).
    void readThroughHelper();

Q_SIGNALS:
    /// A read was applied (rows and totals are in).
    void loaded();
    /// A read failed; @p text says why.
    void failed(const QString& text);
    /// One plain sentence for the status bar.
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyLoaded();
    void applyError(const Error& error);
    void updateProcessText();
    void updateSummary();
    void updateDiff();
    void updateProgress();
    void updateButtons();
    void syncStripSelection();
    void setStatus(const QString& text, bool error);
    void connectHelperReader();
    void rememberSelection();
    void restoreSelection();
    void applyColumnWidths();
    void exportAs(bool json);
    void saveSettings() const;
    void restoreSettings();

    KernelFs m_fs;
    RefreshClock* m_clock;
    QPointer<privileged::PrivilegedClient> m_client;
    MemoryMapModel* m_model;
    MemoryMapGroupModel* m_groups;
    MemoryMapProxyModel* m_proxy;
    QLineEdit* m_pidEdit;
    QLabel* m_process;
    QCheckBox* m_grouped;
    QCheckBox* m_onlyChanges;
    QLineEdit* m_filter;
    QComboBox* m_scale;
    QPushButton* m_snapshot;
    QPushButton* m_clearSnapshot;
    QToolButton* m_export;
    QLabel* m_status;
    QPushButton* m_helper;
    QProgressBar* m_progress;
    QTimer* m_progressTimer;
    QLabel* m_summary;
    QLabel* m_diff;
    AddressSpaceStrip* m_strip;
    QTreeView* m_view;
    MemoryMapTotalsLine* m_totals;
    SmapsStreamReader* m_reader;

    qint32 m_pid = 0;
    QString m_command;
    QString m_owner;
    bool m_live = false;       ///< re-read on ticks (false after the process exited or reading was refused)
    bool m_firstLoad = false;  ///< the read under way is the first of this process: show its progress
    bool m_firstFrame = false; ///< no frame of the helper's stream has been shown yet
    QElapsedTimer m_loadTimer;
    qint64 m_lastLoadMs = -1;
    QList<quint64> m_selectedStarts; ///< kept across a reset of the rows
    QStringList m_selectedPaths;
    int m_scrollValue = 0;
    bool m_restoreScroll = false;
};

} // namespace kaleido
