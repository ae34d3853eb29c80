// SPDX-License-Identifier: GPL-2.0-or-later
// Hand-built /proc trees in a temporary directory for the sampler and differ tests: each task gets a stat
// line with every field the kernel prints, the process a status with its Uid line, and task/TID/stat per
// thread.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QTemporaryDir>

namespace kaleido::test {

struct FakeTask
{
    int pid = 0;
    int tid = 0; ///< 0: same as pid
    QByteArray comm = "task";
    char state = 'S';
    int ppid = 1;
    int pgrp = 0;
    int session = 0;
    int ttyNr = 0;
    quint32 flags = 0x00400000; // PF_RANDOMIZE, as user processes have
    quint64 minFlt = 0;
    quint64 majFlt = 0;
    quint64 utime = 0;
    quint64 stime = 0;
    int priority = 20;
    int nice = 0;
    int numThreads = 1;
    quint64 startTime = 100;
    quint64 vsize = 1 << 20;
    qint64 rss = 10;
    int processor = 0;
    quint32 policy = 0;
    quint32 uid = 1000;

    QByteArray statLine() const
    {
        const int id = tid ? tid : pid;
        QByteArray s = QByteArray::number(id) + " (" + comm + ") " + state;
        const QList<qint64> fields = {ppid, pgrp, session, ttyNr, -1, qint64(flags), qint64(minFlt), 0,
                                      qint64(majFlt), 0, qint64(utime), qint64(stime), 0, 0, priority, nice,
                                      numThreads, 0, qint64(startTime), qint64(vsize), rss,
                                      // rsslim … exit_signal (fields 25–38)
                                      4096, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, processor, 0,
                                      qint64(policy),
                                      // delayacct … exit_code (fields 42–52)
                                      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        for (const qint64 f : fields)
            s += ' ' + QByteArray::number(f);
        return s + '\n';
    }
};

class FakeProc
{
public:
    FakeProc() { QDir(m_dir.path()).mkpath(QStringLiteral("proc")); }

    QString root() const { return m_dir.path(); }
    QString path(const QString& relative) const { return m_dir.path() + QStringLiteral("/proc/") + relative; }

    /// A process and its threads (none: one thread, the leader, with the process's own line).
    void addProcess(const FakeTask& process, QList<FakeTask> threads = {})
    {
        const QString pid = QString::number(process.pid);
        QDir().mkpath(path(pid));
        write(pid + QStringLiteral("/stat"), process.statLine());
        write(pid + QStringLiteral("/status"), "Name:\t" + process.comm + "\nUid:\t" +
                                                   QByteArray::number(process.uid) + '\t' +
                                                   QByteArray::number(process.uid) + "\t0\t0\n");
        if (threads.isEmpty())
            threads.append(process);
        for (FakeTask thread : threads) {
            const int tid = thread.tid ? thread.tid : thread.pid;
            thread.tid = tid;
            const QString dir = pid + QStringLiteral("/task/") + QString::number(tid);
            QDir().mkpath(path(dir));
            write(dir + QStringLiteral("/stat"), thread.statLine());
        }
    }

    void removeProcess(int pid) { QDir(path(QString::number(pid))).removeRecursively(); }

    void write(const QString& relative, const QByteArray& content) const
    {
        QFile file(path(relative));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(content);
    }

private:
    QTemporaryDir m_dir;
};

} // namespace kaleido::test
