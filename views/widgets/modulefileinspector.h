// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "moduleenvironment.h"
#include "moduleinfo.h"
#include "moduleloadcheck.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace kaleido {

/**
 * A .ko file looked at before loading it: its modinfo read with libkmod (also .ko.xz/.ko.zst), vermagic
 * compared with the running kernel's, signed or not (signer, key, hash), the taint it would cause, and the
 * refusals Kaleido predicts with the errno the kernel will return; also whether the helper would accept the
 * file at all (plain path, no symbolic link, ELF, not compressed). "Load this file…" asks for the load form.
 */
class ModuleFileInspector : public QWidget
{
    Q_OBJECT

public:
    explicit ModuleFileInspector(QWidget* parent = nullptr);

    void setEnvironment(const ModuleEnvironment& environment);

    /// Reads @p path; false (and a plain message shown) when it is not a readable kernel module.
    bool inspect(const QString& path);

    QString path() const { return m_path; }
    const std::optional<ModuleInfo>& moduleInfo() const { return m_info; }
    const QList<LoadCheck>& checks() const { return m_checks; }
    /// Why the helper would refuse the file before the kernel sees it, or empty.
    QString fileRejection() const { return m_rejection; }
    /// The details as plain text (for tests).
    QString plainText() const;

Q_SIGNALS:
    void loadRequested(const QString& path);

private:
    ModuleEnvironment m_environment;
    QString m_path;
    std::optional<ModuleInfo> m_info;
    QList<LoadCheck> m_checks;
    QString m_rejection;

    QLabel* m_heading;
    QTextBrowser* m_details;
    QPushButton* m_load;
};

/// Whether @p path names a kernel module file by its suffix (.ko, .ko.xz, .ko.zst, .ko.gz).
bool isModuleFileName(const QString& path);

} // namespace kaleido
