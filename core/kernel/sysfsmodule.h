// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kaleido {

/**
 * /sys/module/<name>/: what the kernel exposes about one module.
 *
 * A loadable module has
 * @code
 * initstate   live            (coming while its init runs, going while it is removed)
 * refcnt      3               (-1 while going)
 * coresize    49152           initsize 0 (init memory is freed once the module is live)
 * taint       OE              (empty line when untainted)
 * version     3.5.36          srcversion AD0B51B72ADF76F3A4A97CF   (only with MODULE_VERSION)
 * holders/    one symlink per module that uses this one
 * parameters/ one file per parameter, with the mode given to module_param()
 * @endcode
 * Built-in code (also on kernels without loadable modules) has only parameters/ and sometimes version: no
 * initstate, refcnt, sizes or holders. builtIn() tells them apart by initstate.
 *
 * Directory listings cannot be stored in a captured tree, so captures (tests/fixtures/capture.sh) add two
 * sidecar files that the reader prefers when present and that hold what the live reader gets from
 * readdir()/lstat():
 * @code
 * holders.names      9p            one holder name per line
 *                    9pnet_virtio
 * parameters.modes   max_loop 444  "<parameter> <octal mode>" per line
 *                    max_part 444
 * @endcode
 */
struct SysfsModule
{
    enum class InitState
    {
        Live,
        Coming,
        Going,
        Unknown
    };

    struct Parameter
    {
        QString name;
        std::optional<quint32> mode;    ///< permission bits; nullopt when not known
        std::optional<QString> value;   ///< the current value, nullopt when not readable (see readError)
        std::optional<Error> readError; ///< why the value could not be read (e.g. PermissionDenied for 0400)

        bool readable() const { return mode && (*mode & 0444); }
        bool writable() const { return mode && (*mode & 0222); }
    };

    QString name;
    std::optional<InitState> initState; ///< nullopt: no initstate file, i.e. built-in code
    QString initStateText;
    std::optional<qint64> refcount;
    std::optional<quint64> coreSize;
    std::optional<quint64> initSize;
    std::optional<QString> taint; ///< letters, "" when untainted; nullopt for built-in code
    std::optional<QString> version;
    std::optional<QString> srcVersion;
    std::optional<QStringList> holders; ///< nullopt when there is no holders/ directory
    QList<Parameter> parameters;        ///< in directory order (sorted by name in captures)
    QList<Error> unreadable;            ///< files that exist but could not be read or parsed

    bool builtIn() const { return !initState.has_value(); }
    const Parameter* parameter(const QString& parameterName) const;
};

struct ParameterMode
{
    QString name;
    quint32 mode = 0;
};

/// /sys/module/<m>/initstate: "live", "coming" or "going". Unknown words are kept as Unknown.
SysfsModule::InitState parseModuleInitState(QByteArrayView data);

/// A holders.names sidecar: one name per line, blank lines ignored. Never fails.
QStringList parseNameList(QByteArrayView data);

struct ParameterModes
{
    QList<ParameterMode> parameters;
    QList<Error> skippedLines;
};
/// A parameters.modes sidecar: "<name> <octal mode>" per line. Fails only when lines exist and none is
/// usable.
Result<ParameterModes> parseParameterModes(QByteArrayView data, const QString& path);

/// Which parts of a module directory readSysfsModule() reads.
enum class SysfsModuleParts
{
    All,               ///< everything, parameter values included
    WithoutParameters, ///< state, sizes, taint, versions and holders: what a module list (lsmod) needs
};

/**
 * Reads /sys/module/@p name below @p fs's root. Absent when there is no such directory; files a module does
 * not have are simply missing (nullopt), files that exist but cannot be read are listed in `unreadable`.
 */
Result<SysfsModule> readSysfsModule(const KernelFs& fs, const QString& name,
                                    SysfsModuleParts parts = SysfsModuleParts::All);

/// The names of all directories in /sys/module (loadable and built-in), in directory order.
Result<QStringList> listSysfsModules(const KernelFs& fs);

} // namespace kaleido
