// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace kaleido {

class TunablesModel;

/**
 * Beside Memory ▸ Tunables' table, everything about the selected setting: its current, original and
 * before-this-session values with units, an editor for a new value, what it accepts (for enumerations what
 * each choice does) and a plain explanation; the live figures it affects are TunableFiguresView's, under the
 * table. It only asks: applyRequested(), revertRequested() and revertToOriginalRequested()
 * go to the page, which writes through the privileged client.
 */
class TunableDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TunableDetailsPanel(TunablesModel* model, QWidget* parent = nullptr);

    /// Shows @p key (empty: nothing selected); the editor is reset to the current value.
    void showTunable(const QString& key);
    /// The values changed (a refresh or a write): updates the texts, and the editor only if untouched.
    void updateValues();
    /// Enables the buttons that write (off while a write is under way).
    void setWritesEnabled(bool enabled);
    /// The last outcome, old → new, shown in the pane too.
    void showLastChange(const QString& text);

    QString key() const { return m_key; }
    /// The value the editor holds (the choice's value, or the typed number).
    QString editorValue() const;
    void setEditorValue(const QString& value);

Q_SIGNALS:
    void applyRequested(const QString& key, const QString& value);
    void revertRequested();
    void revertToOriginalRequested();

private:
    void rebuildEditor();
    void updateButtons();

    TunablesModel* m_model;
    QString m_key;
    bool m_writesEnabled = true;
    bool m_editorTouched = false;

    QLabel* m_title;
    QWidget* m_body;
    QLabel* m_identity;
    QFormLayout* m_values;
    QLabel* m_current;
    QLabel* m_original;
    QLabel* m_before;
    QStackedWidget* m_editors;
    QLineEdit* m_number;
    QLabel* m_numberUnit;
    QComboBox* m_choice;
    QWidget* m_actions;
    QHBoxLayout* m_actionsLayout;
    QPushButton* m_apply;
    QPushButton* m_revert;
    QPushButton* m_revertOriginal;
    QLabel* m_lastChange;
    QLabel* m_accepts;
    QLabel* m_explanation;
};

} // namespace kaleido
