// SPDX-License-Identifier: GPL-2.0-or-later
#include "tunablesmodel.h"

#include "kernelidentity.h"
#include "tunableguide.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFont>
#include <QLocale>
#include <QSettings>

#include <memory>

namespace kaleido {

namespace {

using Grammar = privileged::TunableInfo::Grammar;

const QString kRatio = QStringLiteral("vm.overcommit_ratio");
const QString kKbytes = QStringLiteral("vm.overcommit_kbytes");

QString accepts(const privileged::TunableInfo& info)
{
    const QString key = QLatin1StringView(info.key);
    if (info.grammar == Grammar::Integer && tunableGuide(key).choices.isEmpty())
        return TunablesModel::tr("%1 to %2")
            .arg(formatTunableValue(key, QString::number(info.minimum)),
                 formatTunableValue(key, QString::number(info.maximum)));
    if (info.grammar == Grammar::Integer)
        return TunablesModel::tr("%1 to %2").arg(info.minimum).arg(info.maximum);
    return info.choices.join(QStringLiteral(", "));
}

} // namespace

TunablesModel::TunablesModel(KernelFs fs, QObject* parent, const QString& settingsFile)
    : QAbstractTableModel(parent)
    , m_fs(std::move(fs))
    , m_settingsFile(settingsFile)
{
    for (const privileged::TunableInfo& info : privileged::tunableTable())
        m_rows.append(Row{&info, QString(), false});
    loadOriginals();
    refresh();
}

QString TunablesModel::settingsGroup(const KernelFs& fs)
{
    if (fs.isLive())
        return QStringLiteral("TunablesOriginal");
    const QByteArray hash =
        QCryptographicHash::hash(fs.root().toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("TunablesOriginal-") + QString::fromLatin1(hash);
}

void TunablesModel::loadOriginals()
{
    std::unique_ptr<QSettings> settings =
        m_settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                 : std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
    settings->beginGroup(settingsGroup(m_fs));
    for (const Row& row : std::as_const(m_rows)) {
        const QString key = QLatin1StringView(row.info->key);
        if (!settings->childGroups().contains(key))
            continue;
        settings->beginGroup(key);
        Original original;
        original.value = settings->value(QStringLiteral("value")).toString();
        original.recorded = settings->value(QStringLiteral("recorded")).toDateTime();
        original.kernel = settings->value(QStringLiteral("kernel")).toString();
        settings->endGroup();
        if (!original.value.isEmpty())
            m_originals.insert(key, original);
    }
}

void TunablesModel::storeOriginals(const QStringList& keys)
{
    std::unique_ptr<QSettings> settings =
        m_settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                 : std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
    settings->beginGroup(settingsGroup(m_fs));
    for (const QString& key : keys) {
        const Original& original = m_originals[key];
        settings->beginGroup(key);
        settings->setValue(QStringLiteral("value"), original.value);
        settings->setValue(QStringLiteral("recorded"), original.recorded);
        settings->setValue(QStringLiteral("kernel"), original.kernel);
        settings->endGroup();
    }
}

int TunablesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TunablesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TunablesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const privileged::TunableInfo& info = *row.info;
    const QString key = QLatin1StringView(info.key);
    const bool trigger = info.grammar == Grammar::Trigger;
    const bool differs = differsFromOriginal(key);
    switch (role) {
    case KeyRole:
        return key;
    case GrammarRole:
        return static_cast<int>(info.grammar);
    case ChoicesRole:
        return info.choices;
    case MinimumRole:
        return info.minimum;
    case MaximumRole:
        return info.maximum;
    case ChangedRole:
        return m_before.contains(key);
    case DiffersFromOriginalRole:
        return differs;
    default:
        break;
    }

    if (role == Qt::ToolTipRole) {
        QString tip = QStringLiteral("<p><b>%1</b> (%2)</p><p>%3</p>")
                          .arg(privileged::tunableLabel(info).toHtmlEscaped(), key,
                               privileged::tunableDescription(info).toHtmlEscaped());
        tip += QStringLiteral("<p>") + tr("File: /%1").arg(QLatin1StringView(info.path)).toHtmlEscaped() +
               QStringLiteral("<br>") + describeAccepted(key).toHtmlEscaped() + QStringLiteral("</p>");
        if (index.column() == OriginalColumn && m_originals.contains(key)) {
            const Original& original = m_originals[key];
            QString when = QLocale().toString(original.recorded.toLocalTime(), QLocale::ShortFormat);
            if (!original.kernel.isEmpty())
                when = tr("%1 on Linux %2").arg(when, original.kernel);
            tip += QStringLiteral("<p>") +
                   tr("Kaleido first saw %1 here (%2). Revert to Original writes it back.")
                       .arg(formatTunableValue(key, original.value), when)
                       .toHtmlEscaped() +
                   QStringLiteral("</p>");
        }
        if (differs)
            tip += QStringLiteral("<p>") +
                   tr("Differs from the original value, %1.")
                       .arg(formatTunableValue(key, originalValue(key)))
                       .toHtmlEscaped() +
                   QStringLiteral("</p>");
        if (index.column() == ValueColumn && !trigger)
            tip += QStringLiteral("<p>") +
                   tr("Double-click to change it; the system asks for an administrator's password.")
                       .toHtmlEscaped() +
                   QStringLiteral("</p>");
        if (trigger)
            tip += QStringLiteral("<p>") +
                   tr("An action, not a setting: double-click to run it.").toHtmlEscaped() +
                   QStringLiteral("</p>");
        return tip;
    }

    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        const bool edit = role == Qt::EditRole;
        switch (index.column()) {
        case SettingColumn:
            return privileged::tunableLabel(info);
        case ValueColumn:
            if (trigger)
                return edit ? QString() : tr("(action)");
            if (!row.readable)
                return edit ? QString() : row.value;
            return edit ? row.value : formatTunableValue(key, row.value);
        case OriginalColumn:
            if (trigger || !m_originals.contains(key))
                return QString();
            return edit ? originalValue(key) : formatTunableValue(key, originalValue(key));
        case BeforeColumn:
            return edit ? m_before.value(key) : formatTunableValue(key, m_before.value(key));
        case AcceptsColumn:
            return accepts(info);
        case KeyColumn:
            return key;
        default:
            return {};
        }
    }
    if (role == RawValueRole) {
        if (index.column() == ValueColumn || index.column() == OriginalColumn ||
            index.column() == BeforeColumn) {
            const QString text = index.column() == ValueColumn      ? row.value
                                 : index.column() == OriginalColumn ? originalValue(key)
                                                                    : m_before.value(key);
            bool ok = false;
            const qlonglong number = text.toLongLong(&ok);
            return ok ? QVariant(number) : QVariant(text);
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::TextAlignmentRole && info.grammar == Grammar::Integer &&
        (index.column() == ValueColumn || index.column() == OriginalColumn || index.column() == BeforeColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == ValueColumn && m_before.contains(key)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::BackgroundRole && differs &&
        (index.column() == ValueColumn || index.column() == OriginalColumn))
        return QBrush(QColor(255, 196, 0, 70)); // amber, readable on light and dark palettes
    return {};
}

QVariant TunablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SettingColumn:
            return tr("Setting");
        case ValueColumn:
            return tr("Value");
        case OriginalColumn:
            return tr("Original");
        case BeforeColumn:
            return tr("Before");
        case AcceptsColumn:
            return tr("Accepts");
        case KeyColumn:
            return tr("Key");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SettingColumn:
            return tr("What the setting controls; select a row to read more and see what it affects");
        case ValueColumn:
            return tr("The value the kernel reports now, with its unit; double-click to change it");
        case OriginalColumn:
            return tr("The value Kaleido found the first time it ran on this system; highlighted where the "
                      "value now differs. Revert to Original writes it back");
        case BeforeColumn:
            return tr("The value before you changed it in this session; Revert restores it");
        case AcceptsColumn:
            return tr("The values Kaleido will write to this setting");
        case KeyColumn:
            return tr("The sysctl-style name, as kaleido-cli set uses it");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags TunablesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TunablesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() != ValueColumn)
        return false;
    const Row& row = m_rows.at(index.row());
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || (row.info->grammar != Grammar::Trigger && text == row.value))
        return false;
    Q_EMIT changeRequested(QLatin1StringView(row.info->key), text);
    return false; // nothing changed yet: the value shows once the kernel has it
}

void TunablesModel::refresh()
{
    const privileged::TunableWriter reader(m_fs);
    int first = -1;
    int last = -1;
    QStringList firstSeen;
    QString release;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        const QString key = QLatin1StringView(row.info->key);
        const auto value = reader.read(key);
        if (value.ok() && row.info->grammar != Grammar::Trigger && !m_originals.contains(key)) {
            if (firstSeen.isEmpty()) {
                if (const auto id = readKernelIdentity(m_fs))
                    release = id->release;
            }
            m_originals.insert(key, Original{*value, QDateTime::currentDateTimeUtc(), release});
            firstSeen.append(key);
            if (first < 0)
                first = i;
            last = i;
        }
        const QString text = value ? *value : value.reason();
        // A value back where it was before this session's change (reverted elsewhere, or the linked setting
        // written back with its partner) is no longer a change.
        if (value.ok() && m_before.value(key) == text && m_before.remove(key) > 0) {
            if (first < 0)
                first = i;
            last = std::max(last, i);
        }
        if (text == row.value && value.ok() == row.readable)
            continue;
        row.value = text;
        row.readable = value.ok();
        if (first < 0)
            first = i;
        last = std::max(last, i);
    }
    if (!firstSeen.isEmpty())
        storeOriginals(firstSeen);
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int TunablesModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (key == QLatin1StringView(m_rows.at(i).info->key))
            return i;
    }
    return -1;
}

QString TunablesModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? QString(QLatin1StringView(m_rows.at(row).info->key)) : QString();
}

QString TunablesModel::currentValue(const QString& key) const
{
    const int row = rowOf(key);
    return row >= 0 && m_rows.at(row).readable && m_rows.at(row).info->grammar != Grammar::Trigger
               ? m_rows.at(row).value
               : QString();
}

QString TunablesModel::readError(const QString& key) const
{
    const int row = rowOf(key);
    return row >= 0 && !m_rows.at(row).readable ? m_rows.at(row).value : QString();
}

QString TunablesModel::originalValue(const QString& key) const
{
    const auto it = m_originals.constFind(key);
    return it == m_originals.cend() ? QString() : it->value;
}

QDateTime TunablesModel::originalRecorded(const QString& key) const
{
    return m_originals.value(key).recorded;
}

QString TunablesModel::originalKernel(const QString& key) const
{
    return m_originals.value(key).kernel;
}

bool TunablesModel::differsFromOriginal(const QString& key) const
{
    const QString original = originalValue(key);
    const QString current = currentValue(key);
    return !original.isNull() && !current.isNull() && original != current;
}

QStringList TunablesModel::keysDifferingFromOriginal() const
{
    QStringList keys;
    for (const Row& row : m_rows) {
        const QString key = QLatin1StringView(row.info->key);
        if (differsFromOriginal(key))
            keys.append(key);
    }
    return keys;
}

QString TunablesModel::beforeValue(const QString& key) const
{
    return m_before.value(key);
}

QStringList TunablesModel::changedKeys() const
{
    QStringList keys;
    for (const Row& row : m_rows) {
        const QString key = QLatin1StringView(row.info->key);
        if (m_before.contains(key))
            keys.append(key);
    }
    return keys;
}

void TunablesModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TunablesModel::recordChange(const QString& key, const QString& oldValue, const QString& newValue,
                                 const QString& partnerOldValue)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    if (m_rows.at(row).info->grammar == Grammar::Trigger) {
        emitRowChanged(row);
        return;
    }
    if (!m_before.contains(key) && !oldValue.isEmpty())
        m_before.insert(key, oldValue);
    if (m_before.value(key) == newValue)
        m_before.remove(key);
    if (!newValue.isEmpty()) {
        m_rows[row].value = newValue;
        m_rows[row].readable = true;
    }
    emitRowChanged(row);

    const QString partner = linkedTunable(key);
    const int partnerRow = rowOf(partner);
    if (partnerRow >= 0 && !partnerOldValue.isEmpty() && !m_before.contains(partner)) {
        m_before.insert(partner, partnerOldValue);
        emitRowChanged(partnerRow);
    }
}

void TunablesModel::forgetChange(const QString& key)
{
    const int row = rowOf(key);
    if (row >= 0 && m_before.remove(key) > 0)
        emitRowChanged(row);
}

QString TunablesModel::linkedTunable(const QString& key)
{
    if (key == kRatio)
        return kKbytes;
    if (key == kKbytes)
        return kRatio;
    return {};
}

QString TunablesModel::targetOf(const QString& key, RevertTarget target) const
{
    return target == RevertTarget::Original ? originalValue(key) : beforeValue(key);
}

QList<TunablesModel::Write> TunablesModel::revertWrites(const QStringList& keys, RevertTarget target) const
{
    QList<Write> writes;
    bool limitPlanned = false;
    for (const Row& row : m_rows) {
        const QString key = QLatin1StringView(row.info->key);
        if (!keys.contains(key) || row.info->grammar == Grammar::Trigger)
            continue;
        if (!linkedTunable(key).isEmpty()) {
            if (limitPlanned)
                continue;
            limitPlanned = true;
            // An unchanged half of the pair goes back to what it is now.
            QString ratio = targetOf(kRatio, target);
            QString kbytes = targetOf(kKbytes, target);
            if (ratio.isNull())
                ratio = currentValue(kRatio);
            if (kbytes.isNull())
                kbytes = currentValue(kKbytes);
            if (ratio == currentValue(kRatio) && kbytes == currentValue(kKbytes))
                continue;
            if (!kbytes.isEmpty() && kbytes != u"0")
                writes.append({kKbytes, kbytes});
            else if (!ratio.isEmpty())
                writes.append({kRatio, ratio});
            continue;
        }
        const QString value = targetOf(key, target);
        if (value.isEmpty() || value == currentValue(key))
            continue;
        writes.append({key, value});
    }
    return writes;
}

} // namespace kaleido
