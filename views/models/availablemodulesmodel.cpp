// SPDX-License-Identifier: GPL-2.0-or-later
#include "availablemodulesmodel.h"

#include <QCoreApplication>

namespace kaleido {

namespace {

QString searchText(const ModuleInfo& m)
{
    QStringList parts{m.name, m.description, m.authors.join(QLatin1Char(' '))};
    parts += m.aliases;
    for (const auto& p : m.parameters)
        parts += p.name;
    return parts.join(QLatin1Char('\n')).toLower();
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("kaleido::AvailableModulesModel", "yes")
                 : QCoreApplication::translate("kaleido::AvailableModulesModel", "no");
}

} // namespace

AvailableModulesModel::AvailableModulesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int AvailableModulesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_modules.size());
}

int AvailableModulesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AvailableModulesModel::stateText(ModuleState state)
{
    switch (state) {
    case ModuleState::Loadable:
        return QCoreApplication::translate("kaleido::AvailableModulesModel", "loadable");
    case ModuleState::BuiltIn:
        return QCoreApplication::translate("kaleido::AvailableModulesModel", "built in");
    case ModuleState::Loaded:
        return QCoreApplication::translate("kaleido::AvailableModulesModel", "loaded");
    case ModuleState::Blacklisted:
        return QCoreApplication::translate("kaleido::AvailableModulesModel", "blacklisted");
    }
    return {};
}

AvailableModulesModel::ModuleState AvailableModulesModel::state(int row) const
{
    const ModuleInfo& m = m_modules.at(row);
    if (m.builtIn)
        return ModuleState::BuiltIn;
    if (m_loaded.contains(m.name))
        return ModuleState::Loaded;
    if (m_blacklisted.contains(m.name))
        return ModuleState::Blacklisted;
    return ModuleState::Loadable;
}

QVariant AvailableModulesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_modules.size() || index.column() >= ColumnCount)
        return {};
    const ModuleInfo& m = m_modules.at(index.row());
    switch (role) {
    case ModuleInfoRole:
        return QVariant::fromValue(m);
    case ModuleNameRole:
        return m.name;
    case StateRole:
        return int(state(index.row()));
    case SearchTextRole:
        return m_search.at(index.row());
    case Qt::ToolTipRole:
        if (index.column() == Description && !m.description.isEmpty())
            return m.description;
        if (index.column() == Signed && m.isSigned())
            return QCoreApplication::translate("kaleido::AvailableModulesModel",
                                               "Signed by %1 with key %2 (%3)")
                .arg(m.signer, m.signingKey, m.signatureHashAlgorithm);
        if (index.column() == Name && !m.filename.isEmpty())
            return m.filename;
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return m.name;
        case Description:
            return m.description;
        case Version:
            return m.version;
        case License:
            return m.license;
        case Authors:
            return m.authors.join(QStringLiteral("; "));
        case InTree:
            return m.builtIn ? QString() : yesNo(m.inTree);
        case Signed:
            if (m.builtIn)
                return QString();
            return m.isSigned() ? (m.signer.isEmpty() ? yesNo(true) : m.signer) : yesNo(false);
        case Depends:
            return m.depends.join(QStringLiteral(", "));
        case Parameters:
            return m.parameters.isEmpty() ? QString() : QString::number(m.parameters.size());
        case State:
            return stateText(state(index.row()));
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Name:
            return m.name.toLower();
        case Description:
            return m.description.toLower();
        case Version:
            return m.version;
        case License:
            return m.license.toLower();
        case Authors:
            return m.authors.join(QStringLiteral("; ")).toLower();
        case InTree:
            return m.builtIn ? -1 : int(m.inTree);
        case Signed:
            return m.builtIn      ? QString()
                   : m.isSigned() ? QStringLiteral("1") + m.signer
                                  : QStringLiteral("0");
        case Depends:
            return int(m.depends.size());
        case Parameters:
            return int(m.parameters.size());
        case State:
            return int(state(index.row()));
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant AvailableModulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Name:
            return tr("Name");
        case Description:
            return tr("Description");
        case Version:
            return tr("Version");
        case License:
            return tr("License");
        case Authors:
            return tr("Authors");
        case InTree:
            return tr("In tree");
        case Signed:
            return tr("Signed");
        case Depends:
            return tr("Depends");
        case Parameters:
            return tr("Parameters");
        case State:
            return tr("State");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Name:
            return tr("The module's name as the kernel knows it (modinfo name; '-' is written '_').");
        case Description:
            return tr("What the module says it is (MODULE_DESCRIPTION).");
        case Version:
            return tr("The module's own version string (MODULE_VERSION), when it declares one.");
        case License:
            return tr(
                "The module's license (MODULE_LICENSE). One the kernel does not count as GPL-compatible "
                "taints it with P on load.");
        case Authors:
            return tr("MODULE_AUTHOR entries.");
        case InTree:
            return tr("Whether the module was built with the kernel (intree: Y). Out-of-tree modules taint "
                      "the kernel with O on load.");
        case Signed:
            return tr("Who signed the module file (signer), or no. A kernel that checks signatures is "
                      "tainted with E by an unsigned module, or refuses it with sig_enforce or lockdown.");
        case Depends:
            return tr("Modules that must be loaded first (modinfo depends); modprobe loads them for you.");
        case Parameters:
            return tr("How many parameters the module declares (module_param).");
        case State:
            return tr("loadable; built in (always there, modules.builtin); loaded (in /proc/modules now); "
                      "blacklisted (a modprobe.d blacklist rule names it).");
        case ColumnCount:
            break;
        }
    }
    return {};
}

void AvailableModulesModel::clear()
{
    beginResetModel();
    m_modules.clear();
    m_search.clear();
    m_rows.clear();
    endResetModel();
}

void AvailableModulesModel::appendModules(const QList<ModuleInfo>& modules)
{
    QList<ModuleInfo> fresh;
    for (const ModuleInfo& m : modules) {
        if (!m_rows.contains(m.name) && !m.name.isEmpty())
            fresh.append(m);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_modules.size());
    beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
    for (ModuleInfo& m : fresh) {
        m_rows.insert(m.name, int(m_modules.size()));
        m_search.append(searchText(m));
        m_modules.append(std::move(m));
    }
    endInsertRows();
}

void AvailableModulesModel::setLoaded(const QSet<QString>& names)
{
    if (names == m_loaded)
        return;
    m_loaded = names;
    emitStateChanged();
}

void AvailableModulesModel::setBlacklisted(const QSet<QString>& names)
{
    if (names == m_blacklisted)
        return;
    m_blacklisted = names;
    emitStateChanged();
}

void AvailableModulesModel::emitStateChanged()
{
    if (!m_modules.isEmpty())
        Q_EMIT dataChanged(index(0, State), index(rowCount() - 1, State),
                           {Qt::DisplayRole, SortRole, StateRole});
}

const ModuleInfo* AvailableModulesModel::module(int row) const
{
    return row >= 0 && row < m_modules.size() ? &m_modules.at(row) : nullptr;
}

int AvailableModulesModel::rowOf(const QString& name) const
{
    return m_rows.value(QString(name).replace(QLatin1Char('-'), QLatin1Char('_')), -1);
}

} // namespace kaleido
