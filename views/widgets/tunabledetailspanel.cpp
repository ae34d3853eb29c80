// SPDX-License-Identifier: GPL-2.0-or-later
#include "tunabledetailspanel.h"

#include "pagesize.h"
#include "tunableguide.h"
#include "tunables.h"
#include "tunablesmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kaleido {

namespace {

using Grammar = privileged::TunableInfo::Grammar;

QLabel* wrappingLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString unitSymbol(TunableUnit unit)
{
    switch (unit) {
    case TunableUnit::Percent:
        return TunableDetailsPanel::tr("% of RAM");
    case TunableUnit::KiB:
        return TunableDetailsPanel::tr("KiB");
    case TunableUnit::Milliseconds:
        return TunableDetailsPanel::tr("ms");
    case TunableUnit::Pages:
        return TunableDetailsPanel::tr("pages");
    case TunableUnit::ScaleFactor:
        return TunableDetailsPanel::tr("× 0.01 % of each zone");
    default:
        break;
    }
    return {};
}

} // namespace

TunableDetailsPanel::TunableDetailsPanel(TunablesModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_body(new QWidget(this))
    , m_identity(wrappingLabel(this, QStringLiteral("tunableIdentity")))
    , m_values(new QFormLayout)
    , m_current(wrappingLabel(this, QStringLiteral("tunableCurrent")))
    , m_original(wrappingLabel(this, QStringLiteral("tunableOriginal")))
    , m_before(wrappingLabel(this, QStringLiteral("tunableBefore")))
    , m_editors(new QStackedWidget(this))
    , m_number(new QLineEdit(this))
    , m_numberUnit(new QLabel(this))
    , m_choice(new QComboBox(this))
    , m_actions(new QWidget(this))
    , m_actionsLayout(new QHBoxLayout(m_actions))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_revertOriginal(new QPushButton(tr("Revert to &Original"), this))
    , m_lastChange(wrappingLabel(this, QStringLiteral("tunableLastChange")))
    , m_accepts(wrappingLabel(this, QStringLiteral("tunableAccepts")))
    , m_explanation(wrappingLabel(this, QStringLiteral("tunableExplanation")))
{
    setObjectName(QStringLiteral("tunableDetails"));
    m_title->setObjectName(QStringLiteral("tunableTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_identity->setToolTip(tr("The key kaleido-cli set uses, and the kernel file behind it"));
    QPalette dim = m_identity->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_identity->setPalette(dim);

    QFont big = m_current->font();
    big.setBold(true);
    m_current->setFont(big);
    m_current->setToolTip(tr("The value the kernel reports now, refreshed with the rest of the page"));
    m_original->setToolTip(tr("The value Kaleido found the first time it read this setting on this system; "
                              "Revert to Original writes it back"));
    m_before->setToolTip(tr("The value before you first changed it in this session; Revert writes it back"));
    auto* values = m_values;
    values->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    values->addRow(tr("Now:"), m_current);
    values->addRow(tr("Original:"), m_original);
    values->addRow(tr("Before this session:"), m_before);

    // Editors: a number with its unit, a list of choices, or one button per action.
    m_number->setObjectName(QStringLiteral("tunableNumber"));
    m_number->setClearButtonEnabled(false);
    m_numberUnit->setObjectName(QStringLiteral("tunableNumberUnit"));
    auto* numberRow = new QWidget(this);
    auto* numberLayout = new QHBoxLayout(numberRow);
    numberLayout->setContentsMargins(0, 0, 0, 0);
    numberLayout->addWidget(m_number, 1);
    numberLayout->addWidget(m_numberUnit);
    m_choice->setObjectName(QStringLiteral("tunableChoice"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_actions->setObjectName(QStringLiteral("tunableActions"));
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);
    m_editors->addWidget(numberRow);
    m_editors->addWidget(m_choice);
    m_editors->addWidget(m_actions);
    m_editors->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_number, &QLineEdit::textEdited, this, [this] {
        m_editorTouched = true;
        updateButtons();
    });
    connect(m_number, &QLineEdit::returnPressed, m_apply, &QPushButton::click);
    connect(m_choice, &QComboBox::activated, this, [this] {
        m_editorTouched = true;
        updateButtons();
    });

    m_apply->setObjectName(QStringLiteral("tunableApply"));
    m_apply->setToolTip(tr("Write the new value; the system asks for an administrator's password"));
    m_revert->setObjectName(QStringLiteral("tunableRevert"));
    m_revert->setToolTip(
        tr("Put this setting back to the value it had before you changed it in this session"));
    m_revertOriginal->setObjectName(QStringLiteral("tunableRevertOriginal"));
    m_revertOriginal->setToolTip(
        tr("Put this setting back to the value Kaleido found the first time it ran on this system"));
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const QString value = editorValue();
        if (!m_key.isEmpty() && !value.isEmpty()) {
            m_editorTouched = false;
            Q_EMIT applyRequested(m_key, value);
        }
    });
    connect(m_revert, &QPushButton::clicked, this, &TunableDetailsPanel::revertRequested);
    connect(m_revertOriginal, &QPushButton::clicked, this, &TunableDetailsPanel::revertToOriginalRequested);

    auto* editRow = new QHBoxLayout;
    editRow->addWidget(m_editors, 1);
    editRow->addWidget(m_apply);
    auto* revertRow = new QHBoxLayout;
    revertRow->addWidget(m_revert);
    revertRow->addWidget(m_revertOriginal);
    revertRow->addStretch(1);
    m_lastChange->setToolTip(tr("What happened to the last change of this setting"));

    auto* acceptsTitle = new QLabel(tr("<b>Accepts</b>"), this);
    m_accepts->setTextFormat(Qt::RichText);
    m_accepts->setToolTip(tr("The values Kaleido will write, and what each choice does"));
    auto* explanationTitle = new QLabel(tr("<b>What it does</b>"), this);
    m_explanation->setToolTip(tr("A plain explanation of the setting"));

    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(values);
    bodyLayout->addLayout(editRow);
    bodyLayout->addLayout(revertRow);
    bodyLayout->addWidget(m_lastChange);
    bodyLayout->addWidget(acceptsTitle);
    bodyLayout->addWidget(m_accepts);
    bodyLayout->addWidget(explanationTitle);
    bodyLayout->addWidget(m_explanation);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_identity);
    layout->addWidget(m_body);
    layout->addStretch(1);

    showTunable(QString());
}

void TunableDetailsPanel::showTunable(const QString& key)
{
    m_key = key;
    m_editorTouched = false;
    m_lastChange->clear();
    m_lastChange->hide();
    const privileged::TunableInfo* info = privileged::findTunable(key);
    m_body->setVisible(info != nullptr);
    if (!info) {
        m_title->setText(tr("Select a setting"));
        m_identity->setText(tr("Its value, what it accepts and what it does appear here."));
        return;
    }
    m_title->setText(privileged::tunableLabel(*info));
    m_identity->setText(tr("%1 · /%2").arg(key, QLatin1StringView(info->path)));
    const TunableGuide guide = tunableGuide(key);
    m_explanation->setText(guide.explanation.isEmpty() ? privileged::tunableDescription(*info)
                                                       : guide.explanation);
    // An action has no value of its own to show, keep or go back to.
    const bool trigger = info->grammar == Grammar::Trigger;
    m_values->setRowVisible(m_current, !trigger);
    m_values->setRowVisible(m_original, !trigger);
    m_values->setRowVisible(m_before, !trigger);
    m_revert->setVisible(!trigger);
    m_revertOriginal->setVisible(!trigger);
    rebuildEditor();
    updateValues();
}

void TunableDetailsPanel::rebuildEditor()
{
    const privileged::TunableInfo* info = privileged::findTunable(m_key);
    if (!info)
        return;
    const TunableGuide guide = tunableGuide(m_key);
    qDeleteAll(m_actions->findChildren<QPushButton*>(Qt::FindDirectChildrenOnly));
    m_choice->clear();
    m_apply->setVisible(info->grammar != Grammar::Trigger);
    if (info->grammar == Grammar::Trigger) {
        for (const QString& value : info->choices) {
            const TunableChoice* choice = guide.choice(value);
            auto* button = new QPushButton(
                choice ? tr("%1 (%2)").arg(choice->name, value) : tr("Write %1").arg(value), m_actions);
            button->setObjectName(QStringLiteral("tunableAction") + value);
            button->setToolTip((choice ? choice->meaning + QLatin1Char(' ') : QString()) +
                               tr("Runs at once through the privileged helper."));
            button->setEnabled(m_writesEnabled);
            connect(button, &QPushButton::clicked, this,
                    [this, value] { Q_EMIT applyRequested(m_key, value); });
            m_actionsLayout->addWidget(button);
        }
        m_editors->setCurrentWidget(m_actions);
        m_editors->setToolTip(tr("Each button runs the action once"));
        return;
    }
    if (!guide.choices.isEmpty() || info->grammar == Grammar::Choice) {
        const QStringList values = info->grammar == Grammar::Choice ? info->choices : QStringList();
        if (!guide.choices.isEmpty()) {
            for (const TunableChoice& c : guide.choices)
                m_choice->addItem(tr("%1 — %2").arg(c.value, c.name), c.value);
        } else {
            for (const QString& v : values)
                m_choice->addItem(v, v);
        }
        for (int i = 0; i < m_choice->count(); ++i) {
            if (const TunableChoice* c = guide.choice(m_choice->itemData(i).toString()))
                m_choice->setItemData(i, c->meaning, Qt::ToolTipRole);
        }
        m_choice->setToolTip(tr("Pick the new value, then Apply; hover a choice to read what it does"));
        m_editors->setCurrentWidget(m_choice);
        return;
    }
    m_number->setValidator(
        new QRegularExpressionValidator(QRegularExpression(info->minimum < 0 ? QStringLiteral("-?[0-9]{1,19}")
                                                                             : QStringLiteral("[0-9]{1,19}")),
                                        m_number));
    m_number->setPlaceholderText(tr("%1 to %2").arg(info->minimum).arg(info->maximum));
    m_number->setToolTip(tr("A whole number from %1 to %2; press Enter or Apply to write it")
                             .arg(QLocale().toString(info->minimum), QLocale().toString(info->maximum)));
    m_numberUnit->setText(unitSymbol(guide.unit));
    m_numberUnit->setToolTip(tr("The unit of the number"));
    m_editors->setCurrentIndex(0);
}

QString TunableDetailsPanel::editorValue() const
{
    if (m_editors->currentWidget() == m_choice)
        return m_choice->currentData().toString();
    if (m_editors->currentIndex() == 0)
        return m_number->text().trimmed();
    return {};
}

void TunableDetailsPanel::setEditorValue(const QString& value)
{
    if (m_editors->currentWidget() == m_choice) {
        const int at = m_choice->findData(value);
        if (at >= 0)
            m_choice->setCurrentIndex(at);
    } else if (m_editors->currentIndex() == 0) {
        m_number->setText(value);
    }
    m_editorTouched = true;
    updateButtons();
}

void TunableDetailsPanel::updateValues()
{
    if (m_key.isEmpty())
        return;
    const quint64 pageSize = systemPageSize();
    const privileged::TunableInfo* info = privileged::findTunable(m_key);
    const bool trigger = info && info->grammar == Grammar::Trigger;
    const QString current = m_model->currentValue(m_key);
    const TunableGuide guide = tunableGuide(m_key);

    if (trigger) {
        m_current->setText(tr("an action, run with the buttons below; it has no value to read back"));
    } else if (current.isNull()) {
        const QString why = m_model->readError(m_key);
        m_current->setText(why.isEmpty() ? tr("Cannot be read") : why);
    } else {
        QString text = describeTunableValue(m_key, current, pageSize);
        if (const TunableChoice* c = guide.choice(current); c && !current.front().isDigit())
            text = tr("%1 (%2)").arg(text, c->name);
        m_current->setText(text);
    }

    const QString original = m_model->originalValue(m_key);
    if (trigger) {
        m_original->setText(tr("—"));
    } else if (original.isNull()) {
        m_original->setText(tr("not recorded yet: it is recorded the first time the value can be read"));
    } else {
        QString when =
            QLocale().toString(m_model->originalRecorded(m_key).toLocalTime(), QLocale::ShortFormat);
        if (!m_model->originalKernel(m_key).isEmpty())
            when = tr("%1, Linux %2").arg(when, m_model->originalKernel(m_key));
        QString text = tr("%1 (first seen %2)").arg(describeTunableValue(m_key, original, pageSize), when);
        if (m_model->differsFromOriginal(m_key))
            text = tr("%1 — differs from now").arg(text);
        m_original->setText(text);
    }
    const QString before = m_model->beforeValue(m_key);
    m_before->setText(before.isNull() ? tr("unchanged") : describeTunableValue(m_key, before, pageSize));

    // What it accepts; for enumerations every choice with what it does, the current one marked.
    if (!guide.choices.isEmpty()) {
        QString html = QStringLiteral("<table cellspacing=\"2\">");
        for (const TunableChoice& c : guide.choices) {
            QString marks;
            if (c.value == current)
                marks += QStringLiteral(" <i>") + tr("(now)").toHtmlEscaped() + QStringLiteral("</i>");
            if (c.value == original && original != current)
                marks += QStringLiteral(" <i>") + tr("(original)").toHtmlEscaped() + QStringLiteral("</i>");
            html +=
                QStringLiteral("<tr><td valign=\"top\"><b>%1</b>&nbsp;</td><td>%2%3</td></tr>")
                    .arg(
                        c.value.toHtmlEscaped(),
                        (c.name == c.value ? c.meaning : tr("%1: %2").arg(c.name, c.meaning)).toHtmlEscaped(),
                        marks);
        }
        html += QStringLiteral("</table>");
        m_accepts->setText(html);
    } else {
        m_accepts->setText(describeAccepted(m_key).toHtmlEscaped());
    }

    if (!m_editorTouched && !trigger) {
        if (m_editors->currentWidget() == m_choice) {
            const int at = m_choice->findData(current);
            if (at >= 0)
                m_choice->setCurrentIndex(at);
        } else {
            m_number->setText(current);
        }
    }
    updateButtons();
}

void TunableDetailsPanel::updateButtons()
{
    if (m_key.isEmpty())
        return;
    const QString value = editorValue();
    const QString current = m_model->currentValue(m_key);
    m_apply->setEnabled(m_writesEnabled && !value.isEmpty() && value != current);
    m_revert->setEnabled(m_writesEnabled && !m_model->beforeValue(m_key).isNull());
    m_revertOriginal->setEnabled(m_writesEnabled && m_model->differsFromOriginal(m_key));
    for (QPushButton* button : m_actions->findChildren<QPushButton*>(Qt::FindDirectChildrenOnly))
        button->setEnabled(m_writesEnabled);
}

void TunableDetailsPanel::setWritesEnabled(bool enabled)
{
    m_writesEnabled = enabled;
    updateButtons();
}

void TunableDetailsPanel::showLastChange(const QString& text)
{
    m_lastChange->setText(text);
    m_lastChange->setVisible(!text.isEmpty() && !m_key.isEmpty());
}

} // namespace kaleido
