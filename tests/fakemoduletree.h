// SPDX-License-Identifier: GPL-2.0-or-later
// A module tree built at test time, nothing binary committed: tiny C files holding only a .modinfo section
// (and, for dependencies, an exported symbol) are compiled with cc, placed under
// <root>/lib/modules/<release>/kernel/drivers/test/, and indexed with depmod -b. Nothing is ever inserted
// into a kernel.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace kaleido::testing {

inline QString findTool(const QString& name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                     QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    return path;
}

inline bool writeFile(const QString& path, const QByteArray& content, QFile::Permissions permissions = {})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return false;
    file.close();
    return permissions == QFile::Permissions() || file.setPermissions(permissions);
}

struct FakeModule
{
    QString name;
    QStringList modinfo; ///< "key=value" strings besides name= and vermagic=
    QString exports;     ///< a symbol it exports (others depend on it by using it)
    QStringList uses;    ///< symbols it uses
};

/// C source of an object file whose .modinfo is @p m's (vermagic= left out when @p vermagic is null).
inline QByteArray fakeModuleSource(const FakeModule& m, const QString& vermagic)
{
    QByteArray source;
    if (!m.exports.isEmpty()) {
        const QByteArray symbol = m.exports.toLatin1();
        source += "char " + symbol + "[1];\n";
        source += "static const char ksymtab[] __attribute__((section(\"__ksymtab_strings\"), used)) = \"" +
                  symbol + "\";\n";
    }
    for (const QString& used : m.uses)
        source += "extern char " + used.toLatin1() + "[];\nvoid* ref_" + used.toLatin1() + " = " +
                  used.toLatin1() + ";\n";
    source += "static const char modinfo[] __attribute__((section(\".modinfo\"), used, aligned(1))) =\n";
    QStringList strings{QStringLiteral("name=") + m.name};
    if (!vermagic.isNull())
        strings.append(QStringLiteral("vermagic=") + vermagic);
    strings += m.modinfo;
    for (const QString& s : strings)
        source += "    \"" + s.toLatin1() + "\\0\"\n";
    source += ";\n";
    return source;
}

/// Compiles @p source to @p output with @p cc; empty on success, else the compiler's complaint.
inline QString compileObject(const QString& cc, const QByteArray& source, const QString& output)
{
    const QString c = output + QStringLiteral(".c");
    if (!writeFile(c, source))
        return QStringLiteral("cannot write ") + c;
    QProcess run;
    run.start(cc, {QStringLiteral("-c"), QStringLiteral("-o"), output, c});
    if (!run.waitForFinished(60000) || run.exitCode() != 0)
        return QString::fromLocal8Bit(run.readAllStandardError());
    QFile::remove(c);
    return {};
}

/**
 * <root>/lib/modules/<release>/ with fake modules, modules.builtin(.modinfo), a modprobe.d directory at
 * <root>/etc/modprobe.d, indexed by depmod().
 */
class FakeModuleTree
{
public:
    explicit FakeModuleTree(const QString& root, const QString& release = QStringLiteral("1.0.0-test"))
        : m_root(root)
        , m_release(release)
    {
        m_cc = findTool(QStringLiteral("cc"));
        if (m_cc.isEmpty())
            m_cc = findTool(QStringLiteral("gcc"));
        m_depmod = findTool(QStringLiteral("depmod"));
    }

    /// Why the tree cannot be built here (no compiler, no depmod), or empty.
    QString skipReason() const
    {
        if (m_cc.isEmpty())
            return QStringLiteral("no C compiler (cc/gcc) to build the fake modules");
        if (m_depmod.isEmpty())
            return QStringLiteral("depmod (kmod) is not installed");
        return {};
    }

    QString root() const { return m_root; }
    QString release() const { return m_release; }
    QString modulesDirectory() const { return m_root + QStringLiteral("/lib/modules/") + m_release; }
    QString configDirectory() const { return m_root + QStringLiteral("/etc/modprobe.d"); }
    QString defaultVermagic() const { return m_release + QStringLiteral(" SMP mod_unload"); }
    QString modulePath(const QString& name) const
    {
        return modulesDirectory() + QStringLiteral("/kernel/drivers/test/") + name + QStringLiteral(".ko");
    }

    /// Adds @p m to the tree (vermagic: defaultVermagic() when null). Empty on success.
    QString add(const FakeModule& m, const QString& vermagic = QString())
    {
        return compileObject(m_cc, fakeModuleSource(m, vermagic.isNull() ? defaultVermagic() : vermagic),
                             modulePath(m.name));
    }

    /// A module file outside the index (for the .ko inspector and loadFile). Empty on success.
    QString addFile(const FakeModule& m, const QString& path, const QString& vermagic)
    {
        return compileObject(m_cc, fakeModuleSource(m, vermagic), path);
    }

    QString compile(const QByteArray& source, const QString& output) const
    {
        return compileObject(m_cc, source, output);
    }

    /// modules.builtin and modules.builtin.modinfo: @p modinfo is "module.key=value" strings.
    bool setBuiltIn(const QStringList& names, const QStringList& modinfo = {}) const
    {
        QByteArray list;
        for (const QString& n : names)
            list += "kernel/drivers/test/" + n.toLatin1() + ".ko\n";
        QByteArray info;
        for (const QString& s : modinfo)
            info += s.toUtf8() + '\0';
        return writeFile(modulesDirectory() + QStringLiteral("/modules.builtin"), list) &&
               writeFile(modulesDirectory() + QStringLiteral("/modules.builtin.modinfo"), info);
    }

    bool writeConfig(const QString& fileName, const QByteArray& content) const
    {
        return writeFile(configDirectory() + QLatin1Char('/') + fileName, content);
    }

    /// depmod -b <root> <release>. Empty on success, else depmod's complaint.
    QString depmod() const
    {
        QProcess run;
        run.start(m_depmod, {QStringLiteral("-b"), m_root, m_release});
        if (!run.waitForFinished(60000) || run.exitCode() != 0)
            return QString::fromLocal8Bit(run.readAllStandardError());
        return {};
    }

private:
    QString m_root;
    QString m_release;
    QString m_cc;
    QString m_depmod;
};

/**
 * The tree the Available page, the load form and their tests use:
 * - theta (exports theta_sym) ← beta (bool flag; exports beta_sym) ← alpha (depends beta; x int, label charp,
 *   ids array of int, opaque without type, mode custom_t, count uint, wide ulong, level byte; aliases
 *   alpha-alias, shared-alias; license GPL, author, description);
 * - gamma (alias shared-alias; blacklisted), delta (install rule), omega (softdep pre: theta post: sigma),
 *   sigma, outsider (out of tree, proprietary licence);
 * - zeta and eta built in, zeta with modules.builtin.modinfo (description, a parameter);
 * - modprobe.d/test.conf: blacklist gamma, install delta, softdep omega, options alpha x=5, remove beta,
 *   alias my-alpha alpha.
 * Empty on success.
 */
inline QString buildStandardModuleTree(FakeModuleTree& tree)
{
    const QList<FakeModule> modules = {
        {QStringLiteral("theta"),
         {QStringLiteral("intree=Y"), QStringLiteral("license=GPL")},
         QStringLiteral("theta_sym"),
         {}},
        {QStringLiteral("beta"),
         {QStringLiteral("intree=Y"), QStringLiteral("license=GPL"), QStringLiteral("parm=flag:a bool"),
          QStringLiteral("parmtype=flag:bool"), QStringLiteral("description=Beta helper")},
         QStringLiteral("beta_sym"),
         {QStringLiteral("theta_sym")}},
        {QStringLiteral("alpha"),
         {QStringLiteral("depends=beta"),
          QStringLiteral("intree=Y"),
          QStringLiteral("license=GPL"),
          QStringLiteral("author=Ada Lovelace <ada@example.org>"),
          QStringLiteral("description=Alpha test driver"),
          QStringLiteral("version=1.2"),
          QStringLiteral("parm=x:an int"),
          QStringLiteral("parmtype=x:int"),
          QStringLiteral("parm=label:a string"),
          QStringLiteral("parmtype=label:charp"),
          QStringLiteral("parm=ids:some ids"),
          QStringLiteral("parmtype=ids:array of int"),
          QStringLiteral("parm=opaque:no parmtype"),
          QStringLiteral("parmtype=mode:custom_t"),
          QStringLiteral("parmtype=count:uint"),
          QStringLiteral("parmtype=wide:ulong"),
          QStringLiteral("parm=level:a byte"),
          QStringLiteral("parmtype=level:byte"),
          QStringLiteral("alias=alpha-alias"),
          QStringLiteral("alias=shared-alias")},
         {},
         {QStringLiteral("beta_sym")}},
        {QStringLiteral("gamma"), {QStringLiteral("intree=Y"), QStringLiteral("alias=shared-alias")}, {}, {}},
        {QStringLiteral("delta"), {QStringLiteral("intree=Y")}, {}, {}},
        {QStringLiteral("omega"),
         {QStringLiteral("intree=Y"), QStringLiteral("alias=pci:v0000ABCDd*")},
         {},
         {}},
        {QStringLiteral("sigma"), {QStringLiteral("intree=Y")}, {}, {}},
        {QStringLiteral("outsider"), {QStringLiteral("license=Proprietary")}, {}, {}},
    };
    for (const FakeModule& m : modules) {
        const QString error = tree.add(m);
        if (!error.isEmpty())
            return error;
    }
    if (!tree.setBuiltIn({QStringLiteral("zeta"), QStringLiteral("eta")},
                         {QStringLiteral("zeta.description=Zeta built in"),
                          QStringLiteral("zeta.license=GPL"), QStringLiteral("zeta.parm=speed:how fast"),
                          QStringLiteral("zeta.parmtype=speed:int")}))
        return QStringLiteral("cannot write modules.builtin");
    if (!tree.writeConfig(QStringLiteral("test.conf"), "# the administrator's rules\n"
                                                       "blacklist gamma\n"
                                                       "install delta /bin/true\n"
                                                       "softdep omega pre: theta post: sigma\n"
                                                       "options alpha x=5\n"
                                                       "remove beta /bin/true\n"
                                                       "alias my-alpha alpha\n"))
        return QStringLiteral("cannot write modprobe.d");
    return tree.depmod();
}

} // namespace kaleido::testing
