// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTextBrowser;
class QTreeView;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
class PrivilegedStream;
struct OperationResult;
struct StreamFrame;
} // namespace privileged

class RefreshClock;
class SeriesLegendModel;
class SlabCacheModel;
class SlabHistoryModel;
class TimeSeriesChart;
struct MemInfo;
struct SlabInfo;

/**
 * Memory ▸ Slab: the kernel's slab caches like `slabtop` — a sortable, filterable table, a chart of the
 * largest caches over time, the totals beside /proc/meminfo's Slab figures, and the kmalloc size classes
 * explained.
 *
 * /proc/slabinfo is readable by root only. The page reads it directly on every tick of the RefreshClock while
 * that works (Kaleido runs as root, or a captured tree is shown). When the kernel refuses, the page shows
 * nothing but an explanation and a button that opens an authorized read stream through the privileged helper;
 * the helper's frames then drive the page. A refused or failed stream is said in plain words with a button to
 * try again; a stream that ends leaves its last figures greyed out and marked as stopped. Rows are never
 * shown for a source that is not (or no longer) being read.
 */
class SlabPage : public QWidget
{
    Q_OBJECT
public:
    enum class State
    {
        Direct,             ///< read from /proc/slabinfo on every tick
        Unavailable,        ///< the file cannot be read for another reason than permissions (absent, garbled)
        NeedsAuthorization, ///< the kernel refused: waiting for the user to ask the helper
        Connecting,         ///< the stream was asked for (the desktop may be asking for a password)
        Streaming,          ///< frames from the helper drive the page
        Failed,             ///< the stream could not be opened (not authorized, helper unavailable, …)
        Ended,              ///< the stream ended: the last figures stay, marked as stopped
    };
    Q_ENUM(State)

    SlabPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
             QWidget* parent = nullptr);
    ~SlabPage() override;

    State state() const { return m_state; }
    /// The sentence about the source shown above the table (empty while reading directly without trouble).
    QString sourceText() const;
    QPushButton* sourceButton() const { return m_sourceButton; }

    SlabCacheModel* model() const { return m_model; }
    QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    SlabHistoryModel* historyModel() const { return m_history; }
    TimeSeriesChart* chart() const { return m_chart; }
    QTreeView* view() const { return m_view; }
    QLineEdit* filterField() const { return m_filter; }
    QString totalsText() const;
    QString kmallocText() const;

    /// Reads /proc/slabinfo directly once, unless a stream is (or was) in charge (called on each tick).
    void sample();
    /// Asks the helper for a read stream (the source button does this).
    void startStream();
    /// Ends the stream; its last figures stay, marked as stopped.
    void stopStream();
    /// Selects the row of cache @p name (also its kmalloc explanation); false when it is not shown.
    bool selectCache(const QString& name);

Q_SIGNALS:
    void stateChanged(kaleido::SlabPage::State state);
    /// A sample (direct or from the stream) was taken into the table.
    void sampled();

private:
    void setState(State state, const QString& text = {});
    void apply(const SlabInfo& info, qint64 msecs);
    void discard();
    void onStreamOpened();
    void onStreamFailed(const privileged::OperationResult& result);
    void onFrame(const privileged::StreamFrame& frame);
    void onStreamEnded(const QString& reason);
    void onStreamSilent();
    int silenceLimitMs() const;
    void dropStream();
    void onSourceButton();
    void updateTotals();
    void updateKmalloc();
    void currentChanged();
    void saveSettings() const;
    void restoreSettings();

    RefreshClock* m_clock;
    privileged::PrivilegedClient* m_client;
    KernelFs m_fs;
    State m_state = State::Direct;
    QString m_stateText;
    QPointer<privileged::PrivilegedStream> m_stream;
    QTimer m_silence;
    bool m_framesSeen = false;
    int m_streamIntervalMs = 1000;
    QString m_kmallocHtml;
    std::optional<quint64> m_slab, m_reclaimable, m_unreclaimable;

    SlabCacheModel* m_model;
    QSortFilterProxyModel* m_proxy;
    SlabHistoryModel* m_history;
    SeriesLegendModel* m_legend;
    TimeSeriesChart* m_chart;
    QTreeView* m_view;
    QTreeView* m_legendView;
    QLineEdit* m_filter;
    QSpinBox* m_topCount;
    QPushButton* m_compareButton;
    QWidget* m_sourcePanel;
    QLabel* m_sourceLabel;
    QPushButton* m_sourceButton;
    QLabel* m_totals;
    QTextBrowser* m_kmalloc;
    QStringList m_hiddenSeries;
};

} // namespace kaleido
